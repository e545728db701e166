"""Jan, an adjuster, approves exactly the version he read: the approval page shows the minutes
and carries their version; whatever changed them in between (the secretary in the admin,
Soraya correcting online, a second tab, any row of the minutes) is refused with a message
telling him to read the new version, and nothing is recorded."""

import datetime
import re
from unittest import mock

import pytest
from django.urls import reverse

from meetings import approval, corrections
from meetings.models import ActionItem, AgendaItem, Approval, Attendance, Decision, Meeting
from meetings.models.meeting import Status
from tests.conftest import make_minutes

READ_AGAIN = "Läs den nya versionen och justera igen."


@pytest.fixture(autouse=True)
def pdf():
    with mock.patch(
        "reports.minutes.minutes_pdf", return_value=("protokoll.pdf", "application/pdf", b"%PDF")
    ):
        yield


def _url(meeting):
    return reverse("meetings:approve", args=[meeting.pk])


def _version_in_form(page):
    return re.search(r'name="fingerprint" value="([0-9a-f]{64})"', page.content.decode()).group(1)


def test_the_approval_page_shows_the_minutes_whose_version_its_form_carries(
    client_for, adjuster, sent_minutes
):
    page = client_for(adjuster).get(_url(sent_minutes))
    html = page.content.decode()
    assert "Budgeten för RÖS-arbetet skrivs upp med 3,1 procent" in html
    assert "RÖS-gruppen beslutade att fira överenskommelsen." in html
    assert "Utreda intresset för en konferens" in html
    assert _version_in_form(page) == approval.fingerprint(sent_minutes)


def test_an_edit_read_on_the_meeting_page_before_is_pointed_out_on_the_approval_page(
    client_for, adjuster, secretary, sent_minutes
):
    client = client_for(adjuster)
    meeting_page = client.get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
    link = re.search(
        r'href="([^"]*/justera/\?version=[0-9a-f]{64})"', meeting_page.content.decode()
    )
    AgendaItem.objects.filter(meeting=sent_minutes).update(body="Budgeten skrivs upp med 4 %.")
    html = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert "Protokollet har ändrats sedan du läste det på mötessidan." in html
    assert "Budgeten skrivs upp med 4 %." in html
    # Straight from the meeting page with nothing changed: no warning.
    same = client.get(f"{_url(sent_minutes)}?version={approval.fingerprint(sent_minutes)}")
    assert "har ändrats sedan du läste" not in same.content.decode()


def _edit_meeting_row(meeting):
    meeting.place = "Vänersborg"
    meeting.save()


def _edit_attendee(meeting):
    row = Attendance.objects.get(meeting=meeting)
    row.note = "tjänsteperson VGR"
    row.save()


def _edit_agenda_item(meeting):
    item = AgendaItem.objects.get(meeting=meeting)
    item.body = "Budgeten skrivs upp med 4 procent."
    item.save()


def _edit_decision(meeting):
    decision = Decision.objects.get(meeting=meeting)
    decision.text = "RÖS-gruppen beslutade att inte fira."
    decision.save()


def _edit_action_item(meeting):
    action = ActionItem.objects.get(meeting=meeting)
    action.due_date = datetime.date(2026, 6, 30)
    action.save()


def _edit_action_owners(meeting):
    ActionItem.objects.get(meeting=meeting).owners.clear()


@pytest.mark.parametrize(
    "edit",
    [
        _edit_meeting_row,
        _edit_attendee,
        _edit_agenda_item,
        _edit_decision,
        _edit_action_item,
        _edit_action_owners,
    ],
)
def test_an_edit_in_the_admin_after_the_page_was_opened_refuses_the_approval(
    client_for, adjuster, sent_minutes, edit
):
    client = client_for(adjuster)
    opened = _version_in_form(client.get(_url(sent_minutes)))
    edit(Meeting.objects.get(pk=sent_minutes.pk))
    response = client.post(_url(sent_minutes), {"fingerprint": opened})
    assert response.status_code == 409
    assert READ_AGAIN in response.content.decode()
    assert not Approval.objects.exists()
    # The page now shows the new version, and its form carries it.
    assert _version_in_form(response) == approval.fingerprint(sent_minutes) != opened


def test_a_correction_by_the_other_adjuster_refuses_the_approval(
    client_for, adjuster, second_adjuster, sent_minutes
):
    client = client_for(adjuster)
    opened = _version_in_form(client.get(_url(sent_minutes)))
    corrections.save_correction(
        sent_minutes.decisions.get(), second_adjuster, 1, {"text": "Rättat av Soraya."}
    )
    response = client.post(_url(sent_minutes), {"fingerprint": opened})
    assert response.status_code == 409
    assert READ_AGAIN in response.content.decode()
    assert not Approval.objects.exists()


def test_pressing_justera_in_an_older_second_tab_is_refused(client_for, adjuster, sent_minutes):
    client = client_for(adjuster)
    first_tab = _version_in_form(client.get(_url(sent_minutes)))
    _edit_agenda_item(sent_minutes)
    second_tab = _version_in_form(client.get(_url(sent_minutes)))
    response = client.post(_url(sent_minutes), {"fingerprint": first_tab})
    assert response.status_code == 409
    assert not Approval.objects.exists()
    client.post(_url(sent_minutes), {"fingerprint": second_tab})
    assert Approval.objects.get().fingerprint == second_tab


def test_an_approval_posted_without_a_version_is_refused_with_a_message(
    client_for, adjuster, sent_minutes
):
    response = client_for(adjuster).post(_url(sent_minutes), {})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Justeringen är inte registrerad: den saknade versionen av protokollet." in html
    assert not Approval.objects.exists()


def test_the_version_of_another_meetings_minutes_is_refused(
    client_for, adjuster, second_adjuster, secretary, member, sent_minutes
):
    other = make_minutes(
        Status.SENT,
        datetime.date(2025, 10, 3),
        adjusters=[adjuster, second_adjuster],
        secretary=secretary,
        owner=member,
    )
    response = client_for(adjuster).post(
        _url(sent_minutes), {"fingerprint": approval.fingerprint(other)}
    )
    assert response.status_code == 409
    assert READ_AGAIN in response.content.decode()
    assert not Approval.objects.exists()


def test_an_approval_left_from_an_earlier_version_does_not_pass_for_the_new_one(
    client_for, adjuster, sent_minutes
):
    """An edit that did not void it (a bulk update from the shell, say): the page offered no
    button ('Du har justerat den här versionen') and a post recorded nothing."""
    client = client_for(adjuster)
    client.post(_url(sent_minutes), {"fingerprint": approval.fingerprint(sent_minutes)})
    AgendaItem.objects.filter(meeting=sent_minutes).update(body="Ändrat utan att upphäva.")
    page = client.get(_url(sent_minutes))
    assert "Du har justerat den här versionen" not in page.content.decode()
    current = _version_in_form(page)
    client.post(_url(sent_minutes), {"fingerprint": current})
    mine = Approval.objects.filter(voided_at__isnull=True).get()
    assert mine.fingerprint == current
    assert Approval.objects.count() == 2  # the earlier one stays on the record, voided
