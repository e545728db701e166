"""Calendar feeds parse with icalendar, carry stable UIDs and Stockholm time, and the public
feed holds no private details."""

from django.urls import reverse
from icalendar import Calendar

from meetings.models import CalendarToken


def _events(body):
    calendar = Calendar.from_ical(body)
    return calendar, list(calendar.walk("VEVENT"))


def test_member_subscribes_to_a_private_feed_with_all_meetings(
    client, member, sent_minutes, draft_minutes, approved_minutes
):
    token = CalendarToken.objects.create(user=member)
    response = client.get(reverse("meetings:calendar_private", args=[token.token]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar, events = _events(response.content)
    assert {str(e["SUMMARY"]) for e in events} >= {sent_minutes.title, draft_minutes.title}
    assert [t["TZID"] for t in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    event = next(e for e in events if str(e["SUMMARY"]) == sent_minutes.title)
    assert event["UID"] == f"meeting-{sent_minutes.pk}@127.0.0.1"
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event["DTSTART"].dt.hour == 9 and event["DTSTART"].dt.minute == 30
    assert "DTSTAMP" in event
    assert str(event["LOCATION"]) == "Regionens hus, Göteborg"
    again = _events(client.get(reverse("meetings:calendar_private", args=[token.token])).content)[1]
    assert {e["UID"] for e in again} == {e["UID"] for e in events}  # stable UIDs


def test_public_feed_has_times_of_approved_meetings_but_no_titles_or_drafts(
    client, approved_minutes, draft_minutes, sent_minutes
):
    _calendar, events = _events(client.get(reverse("meetings:calendar_public")).content)
    assert [e["UID"] for e in events] == [f"meeting-{approved_minutes.pk}@127.0.0.1"]
    assert str(events[0]["SUMMARY"]) == "RÖS-gruppen: styrgruppsmöte"
    assert "LOCATION" not in events[0] and "DESCRIPTION" not in events[0]


def test_public_feed_keeps_the_capitals_of_a_joint_meeting_with_ser(client, sent_minutes):
    type(sent_minutes).objects.create(
        kind="joint_ser",
        title="Gemensamt möte",
        date=sent_minutes.date.replace(day=20),
        status="planned",
    )
    _calendar, events = _events(client.get(reverse("meetings:calendar_public")).content)
    assert [str(e["SUMMARY"]) for e in events] == ["RÖS-gruppen: gemensamt möte RÖS/SER"]


def test_public_event_appears_with_its_title_and_place(client, sent_minutes):
    type(sent_minutes).objects.create(
        kind="dialogue",
        title="Dialogmöte i Skövde",
        date="2026-03-10",
        place="Skövde",
        is_public_event=True,
    )
    _calendar, events = _events(client.get(reverse("meetings:calendar_public")).content)
    assert [(str(e["SUMMARY"]), str(e["LOCATION"])) for e in events] == [
        ("Dialogmöte i Skövde", "Skövde")
    ]


def test_a_title_and_place_pasted_from_word_keep_their_control_characters_out_of_the_feed(
    client, sent_minutes
):
    # Word pastes a line break as a vertical tab; iCalendar text may hold no control
    # character (RFC 5545, 3.3.11), and a strict client drops the whole feed for one.
    type(sent_minutes).objects.create(
        kind="dialogue",
        title="Dialogmöte\x0bi Skövde",
        date="2026-03-10",
        place="Stadshuset\x0cSkövde\nSal 2",
        is_public_event=True,
    )

    body = client.get(reverse("meetings:calendar_public")).content

    assert not any(byte in body for byte in b"\x0b\x0c")
    _calendar, events = _events(body)
    assert [(str(e["SUMMARY"]), str(e["LOCATION"])) for e in events] == [
        ("Dialogmöte i Skövde", "Stadshuset Skövde\nSal 2")
    ]


def test_a_cancelled_public_event_is_marked_cancelled_in_the_public_feed(
    client, secretary, sent_minutes
):
    from meetings.invitations import cancel_meeting

    event = type(sent_minutes).objects.create(
        kind="dialogue",
        title="Dialogmöte i Skövde",
        date="2026-03-10",
        place="Skövde",
        is_public_event=True,
        status="planned",
    )
    cancel_meeting(event, secretary)
    _calendar, events = _events(client.get(reverse("meetings:calendar_public")).content)
    assert [(str(e["SUMMARY"]), str(e.get("STATUS"))) for e in events] == [
        ("Inställt: Dialogmöte i Skövde", "CANCELLED")
    ]


def _planned_steering_meeting(meeting_model):
    return meeting_model.objects.create(
        kind="steering",
        title="Sammanträde med RÖS-gruppen",
        date="2026-02-12",
        start_time="09:30",
        place="Regionens hus, Göteborg",
        status="planned",
    )


def test_a_cancelled_steering_meeting_stays_in_the_public_feed_marked_cancelled(
    client, secretary, sent_minutes
):
    """The public subscriber had it as planned: the same UID, now CANCELLED, removes it."""
    from meetings.invitations import cancel_meeting

    meeting = _planned_steering_meeting(type(sent_minutes))
    url = reverse("meetings:calendar_public")
    [planned] = _events(client.get(url).content)[1]
    assert (str(planned["SUMMARY"]), planned.get("STATUS")) == ("RÖS-gruppen: styrgruppsmöte", None)
    cancel_meeting(meeting, secretary)
    [cancelled] = _events(client.get(url).content)[1]
    assert cancelled["UID"] == planned["UID"] == f"meeting-{meeting.pk}@127.0.0.1"
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "Inställt: RÖS-gruppen: styrgruppsmöte"
    assert "LOCATION" not in cancelled  # still only that and when


def test_a_cancelled_meeting_is_marked_cancelled_in_the_members_feed(
    client, member, secretary, sent_minutes
):
    from meetings.invitations import cancel_meeting

    meeting = _planned_steering_meeting(type(sent_minutes))
    cancel_meeting(meeting, secretary)
    token = CalendarToken.objects.create(user=member)
    events = _events(client.get(reverse("meetings:calendar_private", args=[token.token])).content)[
        1
    ]
    by_uid = {str(e["UID"]): e for e in events}
    cancelled = by_uid[f"meeting-{meeting.pk}@127.0.0.1"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "Inställt: Sammanträde med RÖS-gruppen"
    held = by_uid[f"meeting-{sent_minutes.pk}@127.0.0.1"]
    assert (str(held["SUMMARY"]), held.get("STATUS")) == (sent_minutes.title, None)


def test_renewing_the_link_retires_the_old_one(client, client_for, member, sent_minutes):
    old = CalendarToken.objects.create(user=member).token
    client_for(member).post(reverse("meetings:calendar_renew"))
    new = CalendarToken.objects.get(user=member).token
    assert new != old
    client.logout()
    assert client.get(reverse("meetings:calendar_private", args=[old])).status_code == 404
    assert client.get(reverse("meetings:calendar_private", args=[new])).status_code == 200


def test_calendar_page_shows_the_members_private_url(client_for, member):
    page = client_for(member).get(reverse("meetings:calendar")).content.decode()
    token = CalendarToken.objects.get(user=member).token
    assert f"/kalender/{token}.ics" in page


def test_token_of_someone_who_left_the_group_opens_nothing(client, member):
    import datetime

    from django.utils import timezone

    from meetings.models import Term

    token = CalendarToken.objects.create(user=member)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Term.objects.filter(person__user=member).update(end=yesterday)
    assert client.get(reverse("meetings:calendar_private", args=[token.token])).status_code == 404


def test_an_outsider_asking_for_a_key_with_a_nul_byte_gets_not_found(client, db):
    assert client.get("/kalender/a%00b.ics").status_code == 404
    assert client.get("/kalender/a%20b.ics").status_code == 404
