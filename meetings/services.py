"""The secretary's multi-row writes: attendance, the approval workflow, follow-up of action items.

Each function is all-or-nothing and takes the acting user, so the history records who did it.
The admin calls them; the portal may call them too.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from meetings import approval
from meetings.approval import FINGERPRINT_PREFETCH, fingerprint
from meetings.emails import send_approval_requests
from meetings.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Reopening,
    Term,
)
from meetings.models.meeting import Presence, Status
from meetings.models.minutes import ActionStatus
from meetings.models.people import Group, Role
from ros_portal import locking


def stamp(instance, user, reason=None):
    """Let simple-history record the acting user (and a reason) even outside a request."""
    instance._history_user = user
    if reason:
        instance._change_reason = reason
    return instance


def previous_meeting(meeting):
    """The latest earlier meeting of the same family (steering or not) that has attendance."""
    earlier = Meeting.objects.filter(date__lt=meeting.date, attendances__isnull=False).distinct()
    earlier = earlier.steering() if meeting.is_steering else earlier.filter(kind=meeting.kind)
    return earlier.exclude(pk=meeting.pk).order_by("-date", "-start_time").first()


@transaction.atomic
def copy_attendance_from_previous(meeting, user):
    """Copy the previous meeting's attendees (not its guests); returns (previous, rows added)."""
    previous = previous_meeting(meeting)
    if previous is None:
        return None, 0
    present = set(meeting.attendances.values_list("person_id", flat=True))
    added = 0
    rows = previous.attendances.exclude(presence=Presence.GUEST).order_by("order", "id")
    for row in rows:
        if row.person_id in present:
            continue
        attendance = Attendance(
            meeting=meeting,
            person_id=row.person_id,
            group=row.group,
            role=row.role,
            presence=Presence.PRESENT,
            note=row.note,
            order=row.order,
        )
        stamp(attendance, user).save()
        present.add(row.person_id)
        added += 1
    if added:
        # An edit of the minutes like any other: open pages are stale, approvals void.
        locking.bump(meeting)
        approval.void_approvals(meeting, user)
    return previous, added


# The order the minutes print attendance in: by group, then by role.
GROUP_ORDER = [Group.ELECTED, Group.CIVIL_SOCIETY, Group.OFFICIAL]
ROLE_ORDER = list(Role)


def members_in_office(day, include_officials=False):
    """Terms in office on the day, one per person (the latest), ordered as the minutes print
    attendance: group, then role (chair first), then name. Officials only when asked for."""
    terms = Term.objects.in_office(day).select_related("person").order_by("-start", "-pk")
    if not include_officials:
        terms = terms.exclude(group=Group.OFFICIAL)
    chosen = {}
    for term in terms:
        chosen.setdefault(term.person_id, term)
    return sorted(
        chosen.values(),
        key=lambda t: (GROUP_ORDER.index(t.group), ROLE_ORDER.index(t.role), t.person.name),
    )


def registered_person(name):
    """The register's person with this name (case and spacing aside), or None."""
    return Person.objects.filter(name__iexact=" ".join(name.split())).order_by("pk").first()


@transaction.atomic
def person_by_name(name, user):
    """Someone outside the register, added by name on the meeting page (a guest, say)."""
    name = " ".join(name.split())
    person = registered_person(name)
    if person is None:
        person = Person(name=name)
        stamp(person, user).save()
    return person


def void_approvals_naming(person, user):
    """Before a person is renamed or deleted: sent minutes that name them (present, presenting
    an item, owning an action item, adjusting) will read differently, and the names are part of
    what the adjusters approve, so the approvals given so far are void."""
    voided = []
    sent = Meeting.objects.filter(status=Status.SENT).filter(
        Q(pk__in=Attendance.objects.filter(person=person).values("meeting"))
        | Q(pk__in=AgendaItem.objects.filter(presenters=person).values("meeting"))
        | Q(pk__in=ActionItem.objects.filter(owners=person).values("meeting"))
        | Q(adjusters=person)
    )
    for meeting in sent.distinct():
        voided += approval.void_approvals(meeting, user)
    return voided


@transaction.atomic
def number_decisions_in_their_year(meeting, user):
    """A decision is numbered in its meeting's year: after the meeting moved to another year
    (a mistyped date corrected), its decisions take the next free numbers of that year.
    Returns them, renumbered. Approved minutes never get here (their date cannot change)."""
    moved = list(meeting.decisions.exclude(year=meeting.date.year).order_by("number", "pk"))
    for decision in moved:
        decision.meeting = meeting
        decision.number = None  # the next free number of the meeting's year (Decision.save)
        decision.version += 1  # a page of the decision opened before shows the old number
        stamp(decision, user).save()
    return moved


def minutes_summary(meeting):
    """What the secretary is about to send: the saved minutes' counts, headings and
    fingerprint (the send refuses if the minutes change after this was shown)."""
    meeting = Meeting.objects.prefetch_related(*FINGERPRINT_PREFETCH).get(pk=meeting.pk)
    return {
        "attendances": len(meeting.attendances.all()),
        "agenda_items": sorted(meeting.agenda_items.all(), key=lambda i: (i.order, i.pk)),
        "decisions": len(meeting.decisions.all()),
        "action_items": len(meeting.action_items.all()),
        "attachments": len(meeting.attachments.all()),
        "fingerprint": fingerprint(meeting, prefetched=True),
    }


@transaction.atomic
def send_for_approval(meeting, user, shown_fingerprint=None):
    """Planned/draft -> sent: needs an adjuster; e-mails each adjuster a link to the minutes.

    With shown_fingerprint (from the confirmation page), refuses if the minutes changed since
    the secretary saw them: nothing is sent but what she saw."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status in (Status.SENT, Status.APPROVED):
        raise ValidationError(_("Anteckningarna är redan skickade för justering."))
    if meeting.status == Status.CANCELLED:
        raise ValidationError(_("Mötet är inställt och har inga anteckningar att justera."))
    adjusters = list(meeting.adjusters.select_related("user"))
    if not adjusters:
        raise ValidationError(
            _("Ange minst en justerare innan anteckningarna skickas för justering.")
        )
    if shown_fingerprint is not None and shown_fingerprint != fingerprint(meeting):
        raise ValidationError(
            _("Anteckningarna har ändrats sedan du öppnade sidan. Läs sammanfattningen igen.")
        )
    meeting.status = Status.SENT
    meeting.sent_for_approval_at = timezone.now()
    meeting.version += 1  # a page of the meeting opened before no longer shows what is stored
    stamp(meeting, user, _("Skickat för justering")).save()
    send_approval_requests(meeting, adjusters, sender=user)
    return meeting


@transaction.atomic
def reopen(meeting, user, reason):
    """Approved -> draft, with a stated reason; voids the approvals given so far."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Ange varför de justerade anteckningarna öppnas igen."))
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status != Status.APPROVED:
        raise ValidationError(_("Bara justerade anteckningar kan återöppnas."))
    Reopening.objects.create(meeting=meeting, reason=reason, by=user)
    meeting.status = Status.DRAFT
    meeting.approved_at = None
    stamp(meeting, user, _("Återöppnat: %(reason)s") % {"reason": reason}).save()
    # The adjusters are asked again when the minutes are sent anew: no e-mail now.
    approval.void_approvals(meeting, user, notify=False)
    return meeting


def open_action_items_before(meeting):
    """Open action items given at earlier meetings: the follow-up list of this meeting."""
    return (
        ActionItem.objects.filter(status=ActionStatus.OPEN, meeting__date__lt=meeting.date)
        .select_related("meeting")
        .prefetch_related("owners")
        .order_by("meeting__date", "id")
    )


@transaction.atomic
def close_action_item(item, user, note, *, status=ActionStatus.DONE, meeting=None):
    """Close an open action item as done (or cancelled) with what was reported: in the portal
    today, or in the admin's follow-up at a later meeting, which is then recorded with it.
    Allowed after its minutes are approved: only the follow-up fields change."""
    item = ActionItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    if item.status != ActionStatus.OPEN:
        raise ValidationError(_("Uppdraget är redan avslutat."))
    item.status = status
    item.done_note = note.strip()
    item.done_on = meeting.date if meeting is not None else timezone.localdate()
    fields = ["status", "done_note", "done_on"]
    if meeting is not None:
        item.followed_up_at = meeting
        fields.append("followed_up_at")
    if item.meeting.status != Status.APPROVED:
        # Pages of minutes still open for edits (the item's, the meeting's) opened before
        # would set the item back to open: they are stale now. (Approved minutes are frozen,
        # their pages read-only: only the follow-up changes.)
        item.version += 1
        fields.append("version")
        locking.bump(item.meeting)
    stamp(item, user, _("Återkopplat")).save(update_fields=fields)
    return item


def approval_names(approvals):
    """ "Jan Linde, Soraya Zarza Lundberg": whose approvals an edit voids or voided."""
    return ", ".join(a.adjuster.name for a in approvals)
