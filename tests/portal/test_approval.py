"""Digital approval: bound to the fingerprint of the exact text; the last approval freezes,
archives and publishes the minutes."""

import hashlib
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from meetings import approval, corrections
from meetings.models import ArchivedMinutes
from meetings.models.meeting import Status

PDF = b"%PDF-1.7 minutes with approvals\n"


@pytest.fixture
def pdf():
    with mock.patch(
        "reports.minutes.minutes_pdf", return_value=("protokoll.pdf", "application/pdf", PDF)
    ) as patched:
        yield patched


def test_fingerprint_is_stable_and_changes_with_any_word(sent_minutes, adjuster):
    before = approval.fingerprint(sent_minutes)
    assert before == approval.fingerprint(sent_minutes)
    assert len(before) == 64
    corrections.save_correction(
        sent_minutes.decisions.get(), adjuster, 1, {"text": "Ett annat ord."}
    )
    assert approval.fingerprint(sent_minutes) != before


def test_fingerprint_from_the_meeting_pages_prefetch_equals_the_fresh_one(sent_minutes):
    from meetings.models import Meeting
    from meetings.views.portal import load_minutes

    meeting = load_minutes(Meeting.objects.get(pk=sent_minutes.pk))
    assert approval.fingerprint(meeting, prefetched=True) == approval.fingerprint(sent_minutes)


def test_meeting_page_shows_the_fingerprint_grouped(client_for, member, sent_minutes):
    page = (
        client_for(member)
        .get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
        .content.decode()
    )
    assert approval.short_fingerprint(approval.fingerprint(sent_minutes)) in page


def test_adjuster_approves_the_version_he_read(client_for, adjuster, sent_minutes, pdf):
    current = approval.fingerprint(sent_minutes)
    response = client_for(adjuster).post(
        reverse("meetings:approve", args=[sent_minutes.pk]), {"fingerprint": current}
    )
    assert response.status_code == 302
    given = sent_minutes.approvals.get()
    assert (given.adjuster.name, given.fingerprint, given.voided_at) == ("Jan Linde", current, None)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.SENT  # Soraya has not approved yet
    pdf.assert_not_called()


def test_approval_of_an_older_version_is_refused(
    client_for, adjuster, second_adjuster, sent_minutes, pdf
):
    opened = approval.fingerprint(sent_minutes)
    corrections.save_correction(
        sent_minutes.decisions.get(), second_adjuster, 1, {"text": "Ändrat under tiden."}
    )
    response = client_for(adjuster).post(
        reverse("meetings:approve", args=[sent_minutes.pk]), {"fingerprint": opened}
    )
    assert response.status_code == 409
    assert "har ändrats sedan du öppnade" in response.content.decode()
    assert not sent_minutes.approvals.exists()


def test_the_adjuster_refused_an_older_version_reads_the_meetings_date_once(
    client_for, adjuster, sent_minutes, pdf
):
    """Titles as the seeds write them end with the date, which the page writes beside them."""
    from meetings.models import Meeting

    Meeting.objects.filter(pk=sent_minutes.pk).update(
        title="Sammanträde med RÖS-gruppen, 20 november 2025"
    )
    response = client_for(adjuster).post(
        reverse("meetings:approve", args=[sent_minutes.pk]), {"fingerprint": "0" * 64}
    )
    assert response.status_code == 409
    lead = response.content.decode().split('<p class="lead">')[1].split("</p>")[0]
    assert lead == "<span>Sammanträde med RÖS-gruppen</span>, 20 november 2025"


def test_member_who_is_not_an_adjuster_cannot_approve(member, sent_minutes):
    with pytest.raises(PermissionDenied):
        approval.approve(sent_minutes, member, approval.fingerprint(sent_minutes))


def test_draft_minutes_cannot_be_approved(adjuster, draft_minutes):
    with pytest.raises(approval.ApprovalRefused):
        approval.approve(draft_minutes, adjuster, approval.fingerprint(draft_minutes))


def test_when_both_adjusters_approved_the_minutes_are_frozen_archived_and_published(
    client, adjuster, second_adjuster, sent_minutes, pdf, django_capture_on_commit_callbacks
):
    current = approval.fingerprint(sent_minutes)
    with django_capture_on_commit_callbacks(execute=True):
        approval.approve(sent_minutes, adjuster, current)
        approval.approve(sent_minutes, second_adjuster, current)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED
    assert sent_minutes.approved_at is not None
    archive = ArchivedMinutes.objects.get(meeting=sent_minutes)
    assert bytes(archive.pdf) == PDF
    assert archive.sha256 == hashlib.sha256(PDF).hexdigest()
    assert archive.fingerprint == current
    pdf.assert_called_once()
    assert (
        client.get(reverse("meetings:public_minutes_detail", args=[sent_minutes.pk])).status_code
        == 200
    )
    assert any("justerat och publicerat" in m.subject for m in mail.outbox)
    recipients = {m.to[0] for m in mail.outbox}
    assert {
        "jan@example.se",
        "soraya@example.se",
        "kerstin@example.se",
        "jesper@example.se",
    } <= recipients


def test_pdf_renders_with_the_approvals_already_recorded(adjuster, second_adjuster, sent_minutes):
    seen = {}

    def fake_pdf(meeting, lang="sv"):
        seen["status"] = meeting.status
        seen["approvers"] = sorted(
            a.adjuster.name for a in meeting.approvals.filter(voided_at__isnull=True)
        )
        return "p.pdf", "application/pdf", PDF

    current = approval.fingerprint(sent_minutes)
    with mock.patch("reports.minutes.minutes_pdf", side_effect=fake_pdf):
        approval.approve(sent_minutes, adjuster, current)
        approval.approve(sent_minutes, second_adjuster, current)
    assert seen == {"status": Status.APPROVED, "approvers": ["Jan Linde", "Soraya Zarza Lundberg"]}


def test_a_failing_pdf_leaves_the_minutes_unapproved(adjuster, second_adjuster, sent_minutes):
    current = approval.fingerprint(sent_minutes)
    approval.approve(sent_minutes, adjuster, current)
    with (
        mock.patch("reports.minutes.minutes_pdf", side_effect=RuntimeError("no fonts")),
        pytest.raises(RuntimeError),
    ):
        approval.approve(sent_minutes, second_adjuster, current)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.SENT
    assert not ArchivedMinutes.objects.filter(meeting=sent_minutes).exists()


def test_approving_twice_is_harmless(adjuster, sent_minutes, pdf):
    current = approval.fingerprint(sent_minutes)
    approval.approve(sent_minutes, adjuster, current)
    approval.approve(sent_minutes, adjuster, current)
    assert sent_minutes.approvals.count() == 1


def test_start_page_lists_minutes_waiting_for_my_approval_until_i_approve(
    client_for, adjuster, sent_minutes, pdf
):
    url = reverse("meetings:approve", args=[sent_minutes.pk])
    assert url in client_for(adjuster).get(reverse("meetings:home")).content.decode()
    approval.approve(sent_minutes, adjuster, approval.fingerprint(sent_minutes))
    assert url not in client_for(adjuster).get(reverse("meetings:home")).content.decode()


def test_minutes_reopened_corrected_and_approved_again_get_a_new_archive(
    secretary, adjuster, second_adjuster, sent_minutes, pdf
):
    from meetings.services import reopen

    current = approval.fingerprint(sent_minutes)
    approval.approve(sent_minutes, adjuster, current)
    approval.approve(sent_minutes, second_adjuster, current)
    reopen(sent_minutes, secretary, "Fel belopp i beslutet.")
    decision = sent_minutes.decisions.get()
    corrections.save_correction(decision, secretary, decision.version, {"text": "Rätt belopp."})
    type(sent_minutes).objects.filter(pk=sent_minutes.pk).update(status=Status.SENT)
    corrected = approval.fingerprint(sent_minutes)
    approval.approve(sent_minutes, adjuster, corrected)
    approval.approve(sent_minutes, second_adjuster, corrected)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED
    first, second = ArchivedMinutes.objects.filter(meeting=sent_minutes)
    assert (first.fingerprint, second.fingerprint) == (current, corrected)


def test_after_my_approval_was_voided_the_minutes_wait_for_me_again(
    client_for, adjuster, second_adjuster, sent_minutes, pdf
):
    approval.approve(sent_minutes, adjuster, approval.fingerprint(sent_minutes))
    corrections.save_correction(sent_minutes.decisions.get(), second_adjuster, 1, {"text": "Nytt."})
    approval.approve(sent_minutes, second_adjuster, approval.fingerprint(sent_minutes))
    url = reverse("meetings:approve", args=[sent_minutes.pk])
    assert url in client_for(adjuster).get(reverse("meetings:home")).content.decode()


def _approve_as_shown(adjuster, minutes):
    approval.approve(minutes, adjuster, approval.fingerprint(minutes))


def test_attendance_copied_into_sent_minutes_voids_the_approval_given_so_far(
    client_for, secretary, adjuster, second_adjuster, sent_minutes, june_meeting, pdf
):
    """Jan approved; then the secretary copies the June attendance into the minutes. His
    approval, of a list without Soraya and himself, stood (so it no longer counted and he could
    not give it again): the minutes could never be approved."""
    _approve_as_shown(adjuster, sent_minutes)

    client_for(secretary).post(
        reverse("admin:meetings_meeting_copy_attendance", args=[sent_minutes.pk])
    )

    assert sent_minutes.attendances.count() == 3
    assert not approval.active_approvals(sent_minutes).exists()
    _approve_as_shown(adjuster, sent_minutes)
    _approve_as_shown(second_adjuster, sent_minutes)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED


def test_renaming_someone_on_the_attendance_of_sent_minutes_voids_the_approval_given_so_far(
    client_for, administrator, member, adjuster, second_adjuster, sent_minutes, pdf
):
    from meetings.models import Person
    from tests.meetings.helpers import form_data

    _approve_as_shown(adjuster, sent_minutes)
    kerstin = Person.objects.get(user=member)
    url = reverse("admin:meetings_person_change", args=[kerstin.pk])
    client = client_for(administrator)

    client.post(url, {**form_data(client.get(url)), "name": "Kerstin Söderberg Ek"})

    assert not approval.active_approvals(sent_minutes).exists()
    _approve_as_shown(adjuster, sent_minutes)
    _approve_as_shown(second_adjuster, sent_minutes)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED


@pytest.mark.parametrize("named_as", ["presenter", "owner"])
@pytest.mark.parametrize("change", ["rename", "delete"])
def test_renaming_or_deleting_someone_named_only_on_an_item_of_sent_minutes_voids_the_approval(
    client_for, administrator, adjuster, second_adjuster, sent_minutes, pdf, named_as, change
):
    """Lena presents the budget item (or owns its action item) of the sent minutes but did not
    attend. Jan approved; then the administrator renames or deletes her in the register. The
    minutes now read differently, so Jan's approval is void and the minutes can still be
    approved."""
    from meetings.models import Person
    from tests.meetings.helpers import form_data

    lena = Person.objects.create(name="Lena Berg")
    if named_as == "presenter":
        sent_minutes.agenda_items.get().presenters.add(lena)
    else:
        sent_minutes.action_items.get().owners.add(lena)
    _approve_as_shown(adjuster, sent_minutes)
    client = client_for(administrator)

    if change == "rename":
        url = reverse("admin:meetings_person_change", args=[lena.pk])
        client.post(url, {**form_data(client.get(url)), "name": "Lena Berg Holm"})
    else:
        client.post(reverse("admin:meetings_person_delete", args=[lena.pk]), {"post": "yes"})
        assert not Person.objects.filter(pk=lena.pk).exists()

    assert not approval.active_approvals(sent_minutes).exists()
    _approve_as_shown(adjuster, sent_minutes)
    _approve_as_shown(second_adjuster, sent_minutes)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED
