"""The secretary's "Skicka kallelse": members and invited guests get an e-mail with a calendar
invitation (one UID per meeting, updates with a higher SEQUENCE, a CANCEL when cancelled) and
the meeting pack; what was sent is recorded."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from icalendar import Calendar

from meetings.invitations import cancel_meeting
from meetings.models import Attendance, CalendarToken, Invitation, Meeting, Person
from meetings.models.meeting import Kind, Status
from meetings.models.people import Group, Role
from meetings.services import send_for_approval
from tests.meetings.helpers import form_data


@pytest.fixture
def planned(member, adjuster):
    """A planned steering meeting: Kerstin Söderberg and Jan Linde are in office (since 2020),
    a guest is invited."""
    meeting = Meeting.objects.create(
        kind=Kind.STEERING,
        title="Sammanträde med RÖS-gruppen",
        date=datetime.date(2026, 2, 5),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(12, 0),
        place="Regionens hus, Göteborg",
        status=Status.PLANNED,
    )
    meeting.agenda_items.create(order=1, heading="Verksamhetsplan 2026")
    guest = Person.objects.create(name="Gästa Föreläsare", email="gast@example.se")
    Attendance.objects.create(meeting=meeting, person=guest, group=Group.OFFICIAL, role=Role.GUEST)
    return meeting


def _invite(client, meeting):
    return client.post(reverse("admin:meetings_meeting_invite", args=[meeting.pk]))


def _calendar(message):
    (ics,) = [a for a in message.attachments if a[0].endswith(".ics")]
    return Calendar.from_ical(ics[1]), ics[2]


def _event(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def test_secretary_sends_members_and_guests_an_invitation_with_ics_and_pack(
    client_for, secretary, planned
):
    response = _invite(client_for(secretary), planned)

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == [
        "gast@example.se",
        "jan@example.se",
        "kerstin@example.se",
    ]
    message = mail.outbox[0]
    assert message.subject == "Kallelse: Sammanträde med RÖS-gruppen 5 februari 2026"
    calendar, content_type = _calendar(message)
    assert content_type.startswith("text/calendar; method=REQUEST")
    assert calendar["METHOD"] == "REQUEST"
    event = _event(calendar)
    assert str(event["UID"]) == f"meeting-{planned.pk}@127.0.0.1"
    assert event["SEQUENCE"] == 0
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTSTART").isoformat() == "2026-02-05T09:30:00+01:00"
    assert str(event["ATTENDEE"]) == f"mailto:{message.to[0]}"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Stockholm"
    (pack,) = [a for a in message.attachments if a[0].endswith(".pdf")]
    assert pack[0] == "motespaket-2026-02-05.pdf"
    assert pack[1].startswith(b"%PDF")


def test_a_title_pasted_from_word_with_a_vertical_tab_still_gives_a_one_line_subject(
    client_for, secretary, planned
):
    # Word pastes a line break as a vertical tab; the mail library reads it as a line break,
    # and in a header that is either a second header or a refusal to write the mail at all.
    Meeting.objects.filter(pk=planned.pk).update(title="Kick-off IOP\x0bBcc: evil@example.com")

    response = _invite(client_for(secretary), planned)

    assert response.status_code == 302
    message = mail.outbox[0]
    assert message.subject == "Kallelse: Kick-off IOP Bcc: evil@example.com 5 februari 2026"
    headers = message.message().as_bytes().split(b"\n\n", 1)[0]
    assert b"\nBcc:" not in headers


def test_what_was_sent_is_recorded(client_for, secretary, planned):
    _invite(client_for(secretary), planned)

    invitation = Invitation.objects.get(meeting=planned)
    assert invitation.method == "REQUEST"
    assert invitation.sent_by == secretary
    assert invitation.recipients.split() == [
        "gast@example.se",
        "jan@example.se",
        "kerstin@example.se",
    ]
    assert invitation.place == "Regionens hus, Göteborg"


def test_a_change_of_place_gives_an_update_with_the_same_uid_and_a_higher_sequence(
    client_for, secretary, planned
):
    client = client_for(secretary)
    _invite(client, planned)
    first = _event(_calendar(mail.outbox[0])[0])
    Meeting.objects.filter(pk=planned.pk).update(place="Bygdegården, Vara")
    mail.outbox.clear()

    _invite(client, planned)

    update = _event(_calendar(mail.outbox[0])[0])
    assert update["UID"] == first["UID"]
    assert update["SEQUENCE"] == 1
    assert str(update["LOCATION"]) == "Bygdegården, Vara"
    assert mail.outbox[0].subject.startswith("Ändrad kallelse:")


def test_moving_an_announced_meeting_in_the_admin_sends_the_update_at_once(
    client_for, secretary, planned
):
    client = client_for(secretary)
    _invite(client, planned)
    mail.outbox.clear()
    url = reverse("admin:meetings_meeting_change", args=[planned.pk])
    data = form_data(client.get(url))
    data["place"] = "Bygdegården, Vara"

    assert client.post(url, data).status_code == 302

    assert len(mail.outbox) == 3
    event = _event(_calendar(mail.outbox[0])[0])
    assert (event["SEQUENCE"], str(event["LOCATION"])) == (1, "Bygdegården, Vara")


def test_saving_without_moving_the_meeting_sends_nothing(client_for, secretary, planned):
    client = client_for(secretary)
    _invite(client, planned)
    mail.outbox.clear()
    url = reverse("admin:meetings_meeting_change", args=[planned.pk])
    data = form_data(client.get(url))
    data["title"] = "Sammanträde med RÖS-gruppen (heldag)"

    assert client.post(url, data).status_code == 302

    assert mail.outbox == []


def test_sending_again_without_changes_keeps_the_sequence(client_for, secretary, planned):
    client = client_for(secretary)
    _invite(client, planned)
    mail.outbox.clear()

    _invite(client, planned)

    assert _event(_calendar(mail.outbox[0])[0])["SEQUENCE"] == 0


def test_the_change_page_says_when_the_invitation_is_out_of_date(client_for, secretary, planned):
    client = client_for(secretary)
    _invite(client, planned)
    Meeting.objects.filter(pk=planned.pk).update(start_time=datetime.time(10, 0))

    page = client.get(reverse("admin:meetings_meeting_change", args=[planned.pk]))

    assert "Tid eller plats har ändrats sedan dess" in page.content.decode()


def test_cancelling_sends_everyone_invited_a_cancel_with_the_same_uid(
    client_for, secretary, planned
):
    client = client_for(secretary)
    _invite(client, planned)
    uid = _event(_calendar(mail.outbox[0])[0])["UID"]
    mail.outbox.clear()

    client.post(reverse("admin:meetings_meeting_cancel", args=[planned.pk]))

    planned.refresh_from_db()
    assert planned.status == Status.CANCELLED
    assert len(mail.outbox) == 3
    calendar, content_type = _calendar(mail.outbox[0])
    assert calendar["METHOD"] == "CANCEL"
    assert content_type.startswith("text/calendar; method=CANCEL")
    event = _event(calendar)
    assert event["UID"] == uid
    assert event["SEQUENCE"] == 1
    assert event["STATUS"] == "CANCELLED"
    assert Invitation.objects.filter(meeting=planned, method="CANCEL").count() == 1


def test_draft_minutes_get_no_invitation(client_for, secretary, planned):
    Meeting.objects.filter(pk=planned.pk).update(status=Status.DRAFT)

    _invite(client_for(secretary), planned)

    assert mail.outbox == []
    assert not Invitation.objects.exists()


def test_the_process_leader_may_not_send_invitations(client_for, process_leader, planned):
    assert _invite(client_for(process_leader), planned).status_code == 403
    assert mail.outbox == []


def test_a_cancelled_meeting_is_marked_cancelled_in_the_members_calendar_feed(
    client_for, secretary, member, planned
):
    client_for(secretary).post(reverse("admin:meetings_meeting_cancel", args=[planned.pk]))
    token = CalendarToken.objects.create(user=member)

    feed = Calendar.from_ical(client_for(member).get(f"/kalender/{token.token}.ics").content)

    (event,) = feed.walk("VEVENT")
    assert event["STATUS"] == "CANCELLED"


def test_a_cancelled_meeting_cannot_be_sent_for_approval(secretary, planned):
    cancel_meeting(planned, secretary)

    with pytest.raises(ValidationError):
        send_for_approval(planned, secretary)


def _page(client, meeting):
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    return url, {k: v for k, v in form_data(client.get(url)).items() if not hasattr(v, "read")}


def test_a_meeting_page_opened_before_the_cancellation_is_refused_and_the_meeting_stays_cancelled(
    client_for, secretary, administrator, planned
):
    """Jesper has the meeting's page open when the administrator cancels the meeting: his save
    would have set it back to planned after everyone was told it is cancelled."""
    jesper = client_for(secretary)
    url, stale = _page(jesper, planned)
    cancel_meeting(planned, administrator)

    response = jesper.post(url, {**stale, "place": "Ullevi konferens"})

    assert response.status_code == 200
    assert "Någon annan har sparat en ändring sedan du öppnade sidan" in response.content.decode()
    planned.refresh_from_db()
    assert (planned.status, planned.place) == (Status.CANCELLED, "Regionens hus, Göteborg")


def test_the_secretary_corrects_a_cancelled_meetings_title_and_it_stays_cancelled(
    client_for, secretary, planned
):
    cancel_meeting(planned, secretary)
    jesper = client_for(secretary)
    url, page = _page(jesper, planned)
    page["status"] = Status.PLANNED  # what the browser sent: the list had no "cancelled"

    assert jesper.post(url, {**page, "title": "Sammanträde (inställt)"}).status_code == 302

    planned.refresh_from_db()
    assert (planned.title, planned.status) == ("Sammanträde (inställt)", Status.CANCELLED)


def test_a_meeting_page_opened_before_the_minutes_were_sent_for_approval_is_refused(
    client_for, secretary, planned
):
    planned.adjusters.set(Person.objects.filter(name="Jan Linde"))
    jesper = client_for(secretary)
    url, stale = _page(jesper, planned)
    send_for_approval(planned, secretary)  # from another tab

    response = jesper.post(url, {**stale, "place": "Ullevi konferens"})

    assert response.status_code == 200
    assert "Någon annan har sparat en ändring sedan du öppnade sidan" in response.content.decode()
    planned.refresh_from_db()
    assert (planned.status, planned.place) == (Status.SENT, "Regionens hus, Göteborg")
