"""The minutes as a PDF that reads like the group's own minutes (through reports.pdf)."""

from django.db.models import Prefetch
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from meetings.models import (
    ActionItem,
    AgendaItem,
    Approval,
    Attachment,
    Attendance,
    Decision,
    Meeting,
)
from meetings.models.meeting import Presence, Status
from meetings.models.people import Group, Role
from reports.pdf import cached_pdf, render_pdf

# Roles written in brackets after the name ("Jan Linde (vice ordförande)").
BRACKETED_ROLES = {Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY, Role.PROCESS_LEADER}
GROUP_HEADINGS = [
    (Group.ELECTED, gettext_lazy("Förtroendevalda")),
    (Group.CIVIL_SOCIETY, gettext_lazy("Civila samhället")),
    (Group.OFFICIAL, gettext_lazy("Tjänstepersoner")),
]
OTHER_HEADINGS = [
    (Presence.GUEST, gettext_lazy("Gäster")),
    (Presence.ABSENT, gettext_lazy("Frånvarande")),
]
# Agenda items the seed minutes use for the follow-up and the upcoming meetings: the generated
# lists go under them instead of under a heading of their own.
FOLLOW_UP_PREFIX = "återkoppling"
UPCOMING_PREFIX = "kommande möten"


def load_meeting(pk):
    """The meeting with everything the minutes print, in a constant number of queries."""
    action_items = ActionItem.objects.prefetch_related("owners").order_by("id")
    return (
        Meeting.objects.select_related("secretary")
        .prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related("person").order_by("order", "id"),
            ),
            Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("order", "id")),
            Prefetch("decisions", queryset=Decision.objects.order_by("number")),
            Prefetch("action_items", queryset=action_items),
            Prefetch(
                "followed_up_actions",
                queryset=ActionItem.objects.select_related("meeting")
                .prefetch_related("owners")
                .order_by("meeting__date", "id"),
            ),
            Prefetch("upcoming", queryset=Meeting.objects.order_by("date", "start_time")),
            Prefetch(
                "approvals",
                queryset=Approval.objects.filter(voided_at__isnull=True)
                .select_related("adjuster")
                .order_by("approved_at"),
                to_attr="valid_approvals",
            ),
            # Titles only: the minutes name what was attached (the files stay behind the
            # members' login).
            Prefetch("attachments", queryset=Attachment.objects.only("meeting", "title")),
            "adjusters",
        )
        .get(pk=pk)
    )


def attendee_label(attendance):
    """ "Jan Linde (vice ordförande)"; the seed's own wording (note) wins over the role."""
    name = attendance.person.name
    if attendance.presence == Presence.GUEST:
        return f"{name}, {attendance.note}" if attendance.note else name
    if attendance.note:
        return f"{name} ({attendance.note})"
    if attendance.role in BRACKETED_ROLES:
        return f"{name} ({attendance.get_role_display()})"
    return name


def attendance_groups(meeting):
    """[(heading, names)], the groups in the order the secretary listed them (seed 000 names
    the elected first, the others civil society), then guests and absentees."""
    present = [a for a in meeting.attendances.all() if a.presence == Presence.PRESENT]
    headings = dict(GROUP_HEADINGS)
    groups = []
    for group in dict.fromkeys(a.group for a in present):
        labels = [attendee_label(a) for a in present if a.group == group]
        groups.append((str(headings.get(group, group)), ", ".join(labels)))
    for presence, heading in OTHER_HEADINGS:
        labels = [attendee_label(a) for a in meeting.attendances.all() if a.presence == presence]
        if labels:
            # Guests carry their title after a comma, so they are told apart by semicolons.
            groups.append((str(heading), "; ".join(labels)))
    return groups


def approval_lines(meeting):
    """(name, date) per valid approval; the meeting's adjusters if approved without rows."""
    if meeting.valid_approvals:
        return [(a.adjuster.name, a.approved_at) for a in meeting.valid_approvals]
    if meeting.status == Status.APPROVED:
        return [(p.name, meeting.approved_at) for p in meeting.adjusters.all()]
    return []


def place_lists(meeting, items):
    """The follow-up and the upcoming meetings under the agenda items the seeds keep them in:
    ({item pk: {"follow_up": [...], "upcoming": [...]}}, follow-up left, upcoming left)."""
    follow_up = list(meeting.followed_up_actions.all())
    upcoming = list(meeting.upcoming.all())
    placed = {}
    for item in items:
        heading = item.heading.strip().lower()
        if heading.startswith(FOLLOW_UP_PREFIX) and follow_up:
            placed.setdefault(item.pk, {})["follow_up"], follow_up = follow_up, []
        if heading.startswith(UPCOMING_PREFIX) and upcoming:
            placed.setdefault(item.pk, {})["upcoming"], upcoming = upcoming, []
    return placed, follow_up, upcoming


def minutes_context(meeting):
    items = list(meeting.agenda_items.all())
    by_item = {item.pk: {"item": item, "decisions": [], "actions": []} for item in items}
    loose_decisions, loose_actions = [], []
    for decision in meeting.decisions.all():
        target = by_item.get(decision.agenda_item_id)
        (target["decisions"] if target else loose_decisions).append(decision)
    for action in meeting.action_items.all():
        target = by_item.get(action.agenda_item_id)
        (target["actions"] if target else loose_actions).append(action)
    sections = [by_item[item.pk] for item in items]
    placed, follow_up, upcoming = place_lists(meeting, items)
    for section in sections:
        section.update(placed.get(section["item"].pk, {}))
    return {
        "meeting": meeting,
        "attendance_groups": attendance_groups(meeting),
        "follow_up": follow_up,
        "sections": sections,
        "loose_decisions": loose_decisions,
        "loose_actions": loose_actions,
        "upcoming": upcoming,
        "attachments": [a.title for a in meeting.attachments.all()],
        "approvals": approval_lines(meeting),
    }


def minutes_filename(meeting):
    return f"minnesanteckningar-{meeting.date:%Y-%m-%d}.pdf"


def minutes_pdf(meeting, lang="sv", *, fetcher=None, cached=False):
    """The minutes of a meeting: (filename, "application/pdf", bytes); with cached=True the
    PDF of unchanged minutes comes from the cache (see reports.pdf.cached_pdf)."""
    meeting = load_meeting(meeting.pk)
    with translation.override(lang):
        date = formats.date_format(meeting.date, "j F Y")
        title = _("Minnesanteckningar %(date)s: %(title)s") % {
            "date": date,
            "title": meeting.title,
        }
        if cached:
            data = cached_pdf(
                "reports/minutes.html", minutes_context(meeting), title=title, lang=lang
            )
        else:
            data = render_pdf(
                "reports/minutes.html",
                minutes_context(meeting),
                title=title,
                lang=lang,
                fetcher=fetcher,
            )
    return minutes_filename(meeting), "application/pdf", data
