"""iCalendar feeds (icalendar library): a private one per member and a public one.

Outlook and other clients subscribe by URL, so UIDs stay stable per meeting, every event has a
DTSTAMP and times carry TZID=Europe/Stockholm with a matching VTIMEZONE. A cancelled meeting
stays in the feeds under its UID with STATUS:CANCELLED and "Inställt: " before its summary:
clients that honour the status drop or strike the event they already have, and the others
still show that it will not happen.
"""

import re
from datetime import date, datetime, timedelta
from email.utils import parseaddr
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress

from meetings.models import Meeting
from meetings.models.meeting import STEERING_KINDS, Status

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# iCalendar text holds no control character but tab and line break (RFC 5545, 3.3.11): Word
# pastes a line break as a vertical tab, and a strict client drops the whole feed for one.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value):
    return CONTROL_CHARACTERS.sub(" ", value)


def _uid(meeting):
    host = urlsplit(settings.SITE_URL).hostname or "ros-portalen"
    return f"meeting-{meeting.pk}@{host}"


def _times(meeting):
    """(start, end): datetimes in Stockholm time, or dates for all-day events (end exclusive)."""
    if meeting.start_time:
        start = datetime.combine(meeting.date, meeting.start_time, tzinfo=STOCKHOLM)
        end_time = (
            meeting.end_time
            or (datetime.combine(meeting.date, meeting.start_time) + timedelta(hours=2)).time()
        )
        end = datetime.combine(meeting.end_date or meeting.date, end_time, tzinfo=STOCKHOLM)
        if end <= start:
            end = start + timedelta(hours=2)
        return start, end
    return meeting.date, (meeting.end_date or meeting.date) + timedelta(days=1)


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//RÖS-portalen//Möten//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    return calendar


def _event(meeting, stamp, *, summary, location="", description="", url=""):
    event = Event()
    event.add("uid", _uid(meeting))
    event.add("dtstamp", stamp)
    start, end = _times(meeting)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", _text(summary))
    if location:
        event.add("location", _text(location))
    if description:
        event.add("description", _text(description))
    if url:
        event.add("url", url)
    return event


def _mark_if_cancelled(event, meeting):
    if meeting.status == Status.CANCELLED:
        event.add("status", "CANCELLED")


def _summary(meeting, summary):
    """Some clients ignore STATUS (or show it nowhere): the summary says it too."""
    if meeting.status == Status.CANCELLED:
        return _("Inställt: %(summary)s") % {"summary": summary}
    return summary


def _finish(calendar, meetings):
    dates = [m.date for m in meetings] or [timezone.localdate()]
    # Only the years the feed covers, so the VTIMEZONE stays small.
    calendar.add_missing_timezones(
        first_date=date(min(dates).year - 1, 1, 1), last_date=date(max(dates).year + 2, 1, 1)
    )
    return calendar.to_ical()


def private_feed(user):
    """Every meeting and event, with titles, places and links, for one member."""
    stamp = timezone.now()
    meetings = list(Meeting.objects.order_by("date", "start_time", "pk"))
    with translation.override(settings.LANGUAGE_CODE):
        calendar = _calendar(_("RÖS-gruppen: möten och event"))
        for meeting in meetings:
            url = settings.SITE_URL + reverse("meetings:meeting_detail", args=[meeting.pk])
            summary = _summary(meeting, meeting.title or meeting.get_kind_display())
            description = f"{meeting.get_kind_display()} ({meeting.get_status_display()})\n{url}"
            location = ", ".join(x for x in [meeting.place, meeting.host_organisation] if x)
            event = _event(
                meeting,
                stamp,
                summary=summary,
                location=location,
                description=description,
                url=url,
            )
            _mark_if_cancelled(event, meeting)
            calendar.add_component(event)
        return _finish(calendar, meetings)


def public_meetings():
    """Public events, and the steering group's approved, planned or cancelled meetings (times
    only): a cancelled one stays, marked cancelled, so subscribers learn it will not happen."""
    steering = Q(
        kind__in=STEERING_KINDS,
        status__in=[Status.PLANNED, Status.APPROVED, Status.CANCELLED],
    )
    return list(
        Meeting.objects.filter(Q(is_public_event=True) | steering).order_by(
            "date", "start_time", "pk"
        )
    )


def _lower_first(meeting):
    """ "gemensamt möte RÖS/SER": the kind inside a sentence, its abbreviations kept."""
    kind = meeting.get_kind_display()
    return kind[:1].lower() + kind[1:]


def public_feed():
    stamp = timezone.now()
    meetings = public_meetings()
    with translation.override(settings.LANGUAGE_CODE):
        calendar = _calendar(_("RÖS-gruppen: publika möten och event"))
        for meeting in meetings:
            if meeting.is_public_event:
                summary = _summary(meeting, meeting.title)
                event = _event(meeting, stamp, summary=summary, location=meeting.place)
            else:
                # Steering meetings: only that a meeting takes place and when.
                summary = _("RÖS-gruppen: %(kind)s") % {"kind": _lower_first(meeting)}
                event = _event(meeting, stamp, summary=_summary(meeting, summary))
            # Subscribers keep the event they already have: tell them it will not happen.
            _mark_if_cancelled(event, meeting)
            calendar.add_component(event)
        return _finish(calendar, meetings)


def invitation_ics(meeting, *, sequence, method, address, stamp=None):
    """One meeting as an iTIP message (RFC 5546) to one invitee: METHOD:REQUEST for the
    invitation and its updates (same UID, higher SEQUENCE), METHOD:CANCEL when cancelled."""
    organizer = parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "noreply@ros-portalen.invalid"
    url = settings.SITE_URL + reverse("meetings:meeting_detail", args=[meeting.pk])
    with translation.override(settings.LANGUAGE_CODE):
        calendar = Calendar()
        calendar.add("prodid", "-//RÖS-portalen//Kallelser//SV")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", method)
        location = ", ".join(x for x in [meeting.place, meeting.host_organisation] if x)
        event = _event(
            meeting,
            stamp or timezone.now(),
            summary=meeting.title or meeting.get_kind_display(),
            location=location,
            description=url,
            url=url,
        )
        event.add("sequence", sequence)
        event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
        event.add("organizer", vCalAddress(f"mailto:{organizer}"))
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["RSVP"] = "FALSE"
        event.add("attendee", attendee)
        calendar.add_component(event)
        return _finish(calendar, [meeting])
