"""The meeting pack (mötespaket) of a coming meeting as a PDF, through reports.pdf: a cover with
date, time and place, the agenda, the previous meeting's approved minutes and the open action
items of approved minutes with owners and due dates."""

from django.db.models import Prefetch
from django.utils import formats, translation
from django.utils.translation import gettext as _

from meetings.models import ActionItem, AgendaItem, Meeting, Person
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus
from reports.minutes import load_meeting, minutes_context
from reports.pdf import cached_pdf


def previous_approved(meeting):
    """The latest approved steering-group minutes before this meeting, or None."""
    return (
        Meeting.objects.steering()
        .approved()
        .filter(date__lt=meeting.date)
        .exclude(pk=meeting.pk)
        .order_by("-date", "-start_time")
        .first()
    )


def pack_context(meeting):
    agenda = AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk")
    # Of approved minutes only: the pack is mailed to invited guests, who are not members.
    open_actions = (
        ActionItem.objects.filter(status=ActionStatus.OPEN, meeting__date__lt=meeting.date)
        .filter(meeting__status=Status.APPROVED)
        .select_related("meeting")
        .prefetch_related(Prefetch("owners", Person.objects.order_by("name")))
        .order_by("due_date", "meeting__date", "pk")
    )
    previous = previous_approved(meeting)
    return {
        "pack": meeting,
        "agenda": list(agenda),
        "previous": minutes_context(load_meeting(previous.pk)) if previous else None,
        "open_actions": list(open_actions),
    }


def pack_filename(meeting):
    return f"motespaket-{meeting.date:%Y-%m-%d}.pdf"


def meeting_pack_pdf(meeting, lang="sv"):
    """(filename, "application/pdf", bytes) of the meeting's pack; the same pack is made once
    (reports.pdf.cached_pdf), so members fetching it again do not render it again."""
    with translation.override(lang):
        title = _("Mötespaket %(date)s: %(title)s") % {
            "date": formats.date_format(meeting.date, "j F Y"),
            "title": meeting.title,
        }
        data = cached_pdf(
            "reports/meeting_pack.html", pack_context(meeting), title=title, lang=lang
        )
    return pack_filename(meeting), "application/pdf", data
