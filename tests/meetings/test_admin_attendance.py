"""Attendance without retyping, and follow-up of earlier action items, from the meeting page."""

import datetime

from django.urls import reverse

from meetings import services
from meetings.models import ActionItem, Attendance, Meeting
from tests.meetings.helpers import approve, form_data


def new_meeting(secretary, day=datetime.date(2024, 8, 19)):
    return Meeting.objects.create(
        kind="steering", title="Nytt möte", date=day, status="planned", secretary=secretary.person
    )


def names(meeting):
    return sorted(a.person.name for a in meeting.attendances.select_related("person"))


def test_copying_attendance_takes_the_previous_meetings_members_but_not_its_guests(
    secretary, june_meeting
):
    meeting = new_meeting(secretary)
    previous, added = services.copy_attendance_from_previous(meeting, secretary)
    assert previous == june_meeting
    assert added == 3
    assert names(meeting) == ["Jan Linde", "Kerstin Söderberg", "Soraya Zarza Lundberg"]
    jan = meeting.attendances.get(person__name="Jan Linde")
    assert (jan.group, jan.role) == ("civil_society", "vice_chair")


def test_copying_attendance_twice_never_duplicates_anyone(secretary, june_meeting):
    meeting = new_meeting(secretary)
    services.copy_attendance_from_previous(meeting, secretary)
    _previous, added = services.copy_attendance_from_previous(meeting, secretary)
    assert added == 0
    assert meeting.attendances.count() == 3


def test_copied_attendance_is_stamped_with_the_secretary(secretary, june_meeting):
    meeting = new_meeting(secretary)
    services.copy_attendance_from_previous(meeting, secretary)
    row = Attendance.objects.filter(meeting=meeting).first()
    assert row.history.first().history_user == secretary


def in_office(day, include_officials=False):
    return [
        (t.person.name, t.group, t.role) for t in services.members_in_office(day, include_officials)
    ]


def test_members_in_office_are_members_only_ordered_as_the_minutes_print_them(terms):
    assert in_office(datetime.date(2024, 8, 19)) == [
        ("Soraya Zarza Lundberg", "elected", "chair"),
        ("Jan Linde", "civil_society", "vice_chair"),
        ("Kerstin Söderberg", "civil_society", "member"),
    ]


def test_officials_in_office_come_last_and_only_when_the_secretary_asks(terms):
    officials = in_office(datetime.date(2024, 8, 19), include_officials=True)[3:]
    assert [(group, role) for _name, group, role in officials] == [
        ("official", "secretary"),
        ("official", "process_leader"),
    ]


def test_members_in_office_are_those_of_the_meetings_date(terms):
    names = [name for name, _group, _role in in_office(datetime.date(2024, 3, 1), True)]
    assert "Stefan Lindborg" in names
    assert "Erica Sjölin" not in names  # her term starts in April
    assert "Stefan Lindborg" not in [n for n, _g, _r in in_office(datetime.date(2024, 8, 19))]


def test_the_page_asks_for_members_in_office_of_a_date_not_yet_saved(client_for, secretary, terms):
    url = reverse("admin:meetings_meeting_members_in_office")
    client = client_for(secretary)
    rows = client.get(url, {"datum": "2024-08-19"}).json()["people"]
    assert [r["name"] for r in rows] == ["Soraya Zarza Lundberg", "Jan Linde", "Kerstin Söderberg"]
    assert rows[0]["group"] == "elected" and rows[0]["role"] == "chair"
    assert client.get(url, {"datum": "19 aug"}).status_code == 400


def test_the_secretary_copies_attendance_with_the_button(client_for, secretary, june_meeting):
    meeting = new_meeting(secretary)
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_copy_attendance", args=[meeting.pk])
    page = client.get(url)
    assert "2024-06-10" in page.content.decode()
    assert meeting.attendances.count() == 0  # a GET only asks
    response = client.post(url)
    assert response.status_code == 302
    assert meeting.attendances.count() == 3


def test_the_buttons_need_a_csrf_token(client_for, secretary, june_meeting):
    meeting = new_meeting(secretary)
    client = client_for(secretary)
    client.handler.enforce_csrf_checks = True
    url = reverse("admin:meetings_meeting_copy_attendance", args=[meeting.pk])
    assert client.post(url).status_code == 403
    assert meeting.attendances.count() == 0


def test_open_action_items_from_earlier_meetings_show_for_follow_up(
    client_for, secretary, june_meeting, august_meeting
):
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    html = client_for(secretary).get(url).content.decode()
    assert "Utreda intresset för en nationell konferens" in html
    # The meeting's own new action item is not follow-up.
    follow_up = html.split('id="aterkoppling"')[1]
    assert "Processledarna återkommer" not in follow_up


def test_the_secretary_marks_an_earlier_action_item_done_with_a_note(
    client_for, secretary, june_meeting, august_meeting
):
    action = ActionItem.objects.get(meeting=june_meeting)
    url = reverse("admin:meetings_meeting_follow_up", args=[august_meeting.pk, action.pk])
    response = client_for(secretary).post(url, {"note": "Intresset finns, konferens i mars."})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "done"
    assert action.done_note == "Intresset finns, konferens i mars."
    assert action.done_on == august_meeting.date
    assert action.followed_up_at == august_meeting
    assert action.history.first().history_user == secretary


def test_an_action_item_of_approved_minutes_can_still_be_followed_up(
    client_for, secretary, adjuster, june_meeting, august_meeting
):
    approve(june_meeting, adjuster.person)
    action = ActionItem.objects.get(meeting=june_meeting)
    url = reverse("admin:meetings_meeting_follow_up", args=[august_meeting.pk, action.pk])
    response = client_for(secretary).post(url, {"note": "Klart i augusti."})
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.followed_up_at) == ("done", august_meeting)


def test_follow_up_is_refused_on_approved_minutes(
    client_for, secretary, adjuster, june_meeting, august_meeting
):
    approve(august_meeting, adjuster.person)
    action = ActionItem.objects.get(meeting=june_meeting)
    url = reverse("admin:meetings_meeting_follow_up", args=[august_meeting.pk, action.pk])
    assert client_for(secretary).post(url, {"note": "Klart"}).status_code == 403
    action.refresh_from_db()
    assert action.status == "open"


def test_marking_done_needs_a_note(client_for, secretary, june_meeting, august_meeting):
    action = ActionItem.objects.get(meeting=june_meeting)
    url = reverse("admin:meetings_meeting_follow_up", args=[august_meeting.pk, action.pk])
    client_for(secretary).post(url, {"note": "  "})
    action.refresh_from_db()
    assert action.status == "open"


def test_an_action_item_of_a_later_meeting_cannot_be_followed_up_earlier(
    client_for, secretary, june_meeting, august_meeting
):
    action = ActionItem.objects.get(meeting=august_meeting)
    url = reverse("admin:meetings_meeting_follow_up", args=[june_meeting.pk, action.pk])
    assert client_for(secretary).post(url, {"note": "Klart"}).status_code == 404
    assert client_for(secretary).get(url).status_code == 405


def test_the_secretary_removes_a_row_and_adds_the_same_person_again_in_one_save(
    client_for, secretary, member, august_meeting
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    data = form_data(client.get(url))
    total = int(data["attendances-TOTAL_FORMS"])
    kerstin = next(
        i for i in range(total) if str(data[f"attendances-{i}-person"]) == str(member.person.pk)
    )
    data[f"attendances-{kerstin}-DELETE"] = "on"
    data["attendances-TOTAL_FORMS"] = str(total + 1)
    again = {"person": member.person.pk, "group": "elected", "role": "member", "order": "9"}
    for name, value in {**again, "presence": "absent"}.items():
        data[f"attendances-{total}-{name}"] = value
    response = client.post(url, data)
    assert response.status_code == 302
    row = august_meeting.attendances.get(person=member.person)
    assert (row.group, row.presence) == ("elected", "absent")
