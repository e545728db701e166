"""planned → draft → sent → approved, and the logged reopening, as the secretary meets them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from meetings import approval as approval_service
from meetings import services
from meetings.approval import fingerprint
from meetings.models import Approval, Meeting, Reopening
from tests.meetings.helpers import approve, form_data, person


def change_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def send_url(meeting):
    return reverse("admin:meetings_meeting_send", args=[meeting.pk])


def as_shown(meeting):
    """What the confirmation page posts: the fingerprint of the minutes it showed."""
    return {"fingerprint": fingerprint(meeting)}


def test_sending_without_adjusters_is_refused_in_swedish(
    client_for, secretary, august_meeting, mailoutbox
):
    august_meeting.adjusters.clear()
    response = client_for(secretary).post(send_url(august_meeting), follow=True)
    assert "Ange minst en justerare" in response.content.decode()
    august_meeting.refresh_from_db()
    assert august_meeting.status == "draft"
    assert mailoutbox == []


def test_sending_without_adjusters_raises_in_the_service(secretary, august_meeting):
    august_meeting.adjusters.clear()
    with pytest.raises(ValidationError, match="minst en justerare"):
        services.send_for_approval(august_meeting, secretary)


def test_sending_e_mails_each_adjuster_a_link_to_the_minutes(
    client_for, secretary, adjuster, second_adjuster, august_meeting, mailoutbox, settings
):
    settings.SITE_URL = "https://ros.example.se"
    response = client_for(secretary).post(send_url(august_meeting), as_shown(august_meeting))
    assert response.status_code == 302
    august_meeting.refresh_from_db()
    assert august_meeting.status == "sent"
    assert august_meeting.sent_for_approval_at is not None
    assert sorted(m.to[0] for m in mailoutbox) == sorted([adjuster.email, second_adjuster.email])
    for message in mailoutbox:
        assert "19 augusti 2024" in message.subject
        assert "https://ros.example.se/" in message.body
        assert str(august_meeting.pk) in message.body
    assert august_meeting.history.first().history_user == secretary


def test_an_adjuster_without_own_address_gets_it_at_their_login(
    secretary, adjuster, august_meeting, mailoutbox
):
    adjuster.person.email = ""
    adjuster.person.save()
    august_meeting.adjusters.set([adjuster.person])
    services.send_for_approval(august_meeting, secretary)
    assert [m.to for m in mailoutbox] == [[adjuster.email]]


def test_the_secretary_is_told_which_adjuster_has_no_address(
    client_for, secretary, adjuster, august_meeting, mailoutbox
):
    nameless = person("Utan Adress")
    august_meeting.adjusters.add(nameless)
    response = client_for(secretary).post(
        send_url(august_meeting), as_shown(august_meeting), follow=True
    )
    assert "Ingen e-postadress till Utan Adress" in response.content.decode()
    assert len(mailoutbox) == 2


def test_sent_minutes_cannot_be_sent_twice(secretary, august_meeting, mailoutbox):
    services.send_for_approval(august_meeting, secretary)
    with pytest.raises(ValidationError):
        services.send_for_approval(august_meeting, secretary)
    assert len(mailoutbox) == 2


def test_approved_minutes_are_read_only_in_the_admin(
    client_for, secretary, adjuster, august_meeting
):
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    approve(august_meeting, adjuster.person)
    page = client.get(change_url(august_meeting))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="_save"' not in html
    assert 'name="title"' not in html
    assert "Återöppna" in html
    assert "Skicka för justering" not in html
    data["title"] = "Ändrad efter justering"
    assert client.post(change_url(august_meeting), data).status_code == 403
    august_meeting.refresh_from_db()
    assert august_meeting.title != "Ändrad efter justering"


def test_approved_minutes_cannot_be_deleted_or_get_new_rows(
    client_for, secretary, adjuster, june_meeting, august_meeting
):
    approve(august_meeting, adjuster.person)
    client = client_for(secretary)
    delete = reverse("admin:meetings_meeting_delete", args=[august_meeting.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    for name in ["copy_attendance", "send"]:
        url = reverse(f"admin:meetings_meeting_{name}", args=[august_meeting.pk])
        assert client.post(url).status_code == 403, name
    agenda = august_meeting.agenda_items.first()
    url = reverse("admin:meetings_agendaitem_change", args=[agenda.pk])
    assert (
        client.post(url, {"heading": "Ny rubrik", "meeting": august_meeting.pk}).status_code == 403
    )
    assert Meeting.objects.filter(pk=august_meeting.pk).exists()


def test_reopening_needs_a_stated_reason(client_for, secretary, adjuster, august_meeting):
    approve(august_meeting, adjuster.person)
    url = reverse("admin:meetings_meeting_reopen", args=[august_meeting.pk])
    response = client_for(secretary).post(url, {"reason": ""})
    assert response.status_code == 200
    assert "Detta fält måste fyllas i" in response.content.decode()
    august_meeting.refresh_from_db()
    assert august_meeting.status == "approved"
    assert not Reopening.objects.exists()


def test_reopening_logs_the_reason_voids_approvals_and_makes_the_minutes_editable(
    client_for, secretary, adjuster, august_meeting
):
    approve(august_meeting, adjuster.person)
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_reopen", args=[august_meeting.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "Fel belopp i § 1."})
    assert response.status_code == 302
    august_meeting.refresh_from_db()
    assert august_meeting.status == "draft"
    assert august_meeting.approved_at is None
    reopening = Reopening.objects.get(meeting=august_meeting)
    assert (reopening.reason, reopening.by) == ("Fel belopp i § 1.", secretary)
    assert not Approval.objects.filter(meeting=august_meeting, voided_at__isnull=True).exists()
    latest = august_meeting.history.first()
    assert "Fel belopp i § 1." in latest.history_change_reason
    assert latest.history_user == secretary
    assert 'name="_save"' in client.get(change_url(august_meeting)).content.decode()


def test_the_process_leader_who_may_not_reopen_is_not_offered_the_reopen_link(
    client_for, secretary, process_leader, adjuster, august_meeting
):
    approve(august_meeting, adjuster.person)
    url = reverse("admin:meetings_meeting_reopen", args=[august_meeting.pk])
    assert client_for(process_leader).get(url).status_code == 403
    assert url not in client_for(process_leader).get(change_url(august_meeting)).content.decode()
    assert url in client_for(secretary).get(change_url(august_meeting)).content.decode()


def test_only_approved_minutes_can_be_reopened(client_for, secretary, august_meeting):
    url = reverse("admin:meetings_meeting_reopen", args=[august_meeting.pk])
    assert client_for(secretary).post(url, {"reason": "Varför inte"}).status_code == 403


def test_editing_sent_minutes_voids_the_approvals_given_so_far(
    client_for, secretary, adjuster, august_meeting, mailoutbox, monkeypatch
):
    voided_by = []
    real = approval_service.void_approvals
    monkeypatch.setattr(
        approval_service,
        "void_approvals",
        lambda meeting, user, **kw: voided_by.append(user) or real(meeting, user, **kw),
    )
    services.send_for_approval(august_meeting, secretary)
    Approval.objects.create(
        meeting=august_meeting,
        adjuster=adjuster.person,
        fingerprint="y" * 64,
        approved_at="2024-08-21T10:00:00+02:00",
    )
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    data["place"] = "Annan plats"
    assert client.post(change_url(august_meeting), data).status_code == 302
    approval = Approval.objects.get(meeting=august_meeting)
    assert approval.voided_at is not None
    # The one way approvals are voided, as in the portal: the service that tells the adjusters.
    assert voided_by == [secretary]


def test_saving_sent_minutes_unchanged_keeps_the_approvals(
    client_for, secretary, adjuster, august_meeting
):
    services.send_for_approval(august_meeting, secretary)
    Approval.objects.create(
        meeting=august_meeting,
        adjuster=adjuster.person,
        fingerprint="y" * 64,
        approved_at="2024-08-21T10:00:00+02:00",
    )
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    assert client.post(change_url(august_meeting), data).status_code == 302
    assert Approval.objects.get(meeting=august_meeting).voided_at is None


def test_the_secretary_sends_only_the_minutes_she_was_shown(
    client_for, secretary, august_meeting, mailoutbox
):
    shown = as_shown(august_meeting)
    august_meeting.agenda_items.create(order=99, heading="Tillagd i en annan flik")
    response = client_for(secretary).post(send_url(august_meeting), shown, follow=True)
    assert "Anteckningarna har ändrats sedan du öppnade sidan" in response.content.decode()
    august_meeting.refresh_from_db()
    assert august_meeting.status == "draft"
    assert mailoutbox == []


def test_the_send_confirmation_shows_what_is_sent(client_for, secretary, august_meeting):
    page = client_for(secretary).get(send_url(august_meeting)).content.decode()
    assert "Det här skickas: anteckningarna som de är sparade" in page
    assert f'value="{fingerprint(august_meeting)}"' in page
    for item in august_meeting.agenda_items.all():
        assert item.heading in page
