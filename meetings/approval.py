"""Digital approval (justering): a fingerprint of the whole minutes, approvals bound to it,
voiding on edit, and freezing plus archiving when every adjuster has approved."""

import hashlib
import json

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meetings.models import ArchivedMinutes, Attendance, Meeting, MinutesFrozen
from meetings.models.meeting import Status
from meetings.models.review import Approval
from meetings.roles import person_of

__all__ = [
    "ApprovalRefused",
    "MinutesFrozen",
    "approve",
    "fingerprint",
    "void_approvals",
]

MEETING_FIELDS = [
    "kind", "title", "date", "end_date", "start_time", "end_time", "place",
    "host_organisation", "host_is_civil_society", "combined_with_id", "theme",
    "participant_count", "organisation_count", "secretary_id", "minutes_signed_on",
]  # fmt: skip


class ApprovalRefused(Exception):
    """The approval cannot be given (wrong status or a changed text)."""


def _value(value):
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)  # dates, times and Decimals in their canonical text form


# What the fingerprint reads; the meeting page prefetches the same (see views.portal).
FINGERPRINT_PREFETCH = [
    "adjusters",
    Prefetch("attendances", Attendance.objects.select_related("person")),
    "agenda_items__presenters",
    "decisions",
    "action_items__owners",
    "attachments",
]


def _by(key):
    return lambda rows: sorted(rows, key=key)


def canonical(meeting, prefetched=False):
    """The whole minutes as canonical JSON bytes: stable order, stable formats.

    Reads a fresh copy from the database unless the caller has just prefetched the relations
    above on this instance (then no query is made and nothing stale can be hashed)."""
    if not prefetched:
        meeting = Meeting.objects.prefetch_related(*FINGERPRINT_PREFETCH).get(pk=meeting.pk)
    in_order = _by(lambda row: (row.order, row.pk))
    by_pk = _by(lambda row: row.pk)
    data = {
        "meeting": {name: _value(getattr(meeting, name)) for name in MEETING_FIELDS},
        "adjusters": sorted(p.pk for p in meeting.adjusters.all()),
        "attendance": [
            [a.person_id, a.person.name, a.group, a.role, a.presence, a.note, a.order]
            for a in in_order(meeting.attendances.all())
        ],
        "agenda": [
            [i.pk, i.order, i.heading, i.body, sorted(p.pk for p in i.presenters.all())]
            for i in in_order(meeting.agenda_items.all())
        ],
        "decisions": [
            [d.pk, d.year, d.number, d.agenda_item_id, d.text, _value(d.amount)]
            for d in sorted(meeting.decisions.all(), key=lambda d: (d.year, d.number, d.pk))
        ],
        "actions": [
            [
                a.pk,
                a.agenda_item_id,
                a.text,
                _value(a.due_date),
                sorted(o.pk for o in a.owners.all()),
            ]
            for a in by_pk(meeting.action_items.all())
        ],
        "attachments": [
            [f.pk, f.title, f.file.name, f.size] for f in by_pk(meeting.attachments.all())
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def fingerprint(meeting, prefetched=False):
    """SHA-256 (hex) of the canonical minutes."""
    return hashlib.sha256(canonical(meeting, prefetched)).hexdigest()


def short_fingerprint(value):
    """The first 12 hex digits in groups of four, for reading aloud: 'a1b2 c3d4 e5f6'."""
    return " ".join(value[i : i + 4] for i in range(0, 12, 4))


def adjuster_person(meeting, user):
    """The user's person if they are one of this meeting's adjusters, else None."""
    person = person_of(user)
    if person is None or not meeting.adjusters.filter(pk=person.pk).exists():
        return None
    return person


def active_approvals(meeting):
    return meeting.approvals.filter(voided_at__isnull=True).select_related("adjuster")


@transaction.atomic
def void_approvals(meeting, user, *, notify=True):
    """The one way approvals are voided: by an edit in the portal or the admin, or a reopening.

    Voids the approvals given so far and, unless notify is False, tells the adjusters (not the
    editor). Returns the voided approvals, so the editor can be told whose they were. Frozen
    (approved) minutes are refused: a reopening sets them to draft first."""
    if Meeting.objects.filter(pk=meeting.pk, status=Status.APPROVED).exists():
        raise MinutesFrozen()
    voided = list(active_approvals(meeting))
    if not voided:
        return []
    Approval.objects.filter(pk__in=[a.pk for a in voided]).update(voided_at=timezone.now())
    if notify:
        from meetings import emails

        transaction.on_commit(lambda: emails.approvals_voided(meeting, user, voided))
    return voided


@transaction.atomic
def approve(meeting, user, posted_fingerprint):
    """Record the user's approval of exactly the version they saw; freeze when all approved."""
    # The lock makes two last approvals (and an edit racing an approval) take turns.
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    person = adjuster_person(meeting, user)
    if person is None:
        raise PermissionDenied
    mine = meeting.approvals.filter(adjuster=person, voided_at__isnull=True).first()
    if meeting.status == Status.APPROVED and mine:
        return meeting
    if meeting.status != Status.SENT:
        raise ApprovalRefused(_("Protokollet är inte skickat för justering."))
    current = fingerprint(meeting)
    if posted_fingerprint != current:
        raise ApprovalRefused(
            _(
                "Protokollet har ändrats sedan du öppnade det. Läs den nya versionen och justera igen."
            )
        )
    if mine is not None and mine.fingerprint != current:
        # Given for another version (an edit that did not void it): it does not cover this
        # one, so it gives way to her approval of the version she has now read.
        Approval.objects.filter(pk=mine.pk).update(voided_at=timezone.now())
        mine = None
    if mine is None:
        Approval.objects.create(
            meeting=meeting, adjuster=person, fingerprint=current, approved_at=timezone.now()
        )
    approved_by = set(
        meeting.approvals.filter(voided_at__isnull=True, fingerprint=current).values_list(
            "adjuster_id", flat=True
        )
    )
    if approved_by >= set(meeting.adjusters.values_list("pk", flat=True)):
        freeze_and_archive(meeting, user, current)
    return meeting


def freeze_and_archive(meeting, user, current_fingerprint):
    """Approved: freeze the minutes, archive the PDF/A with its SHA-256, make them public."""
    meeting.status = Status.APPROVED
    meeting.approved_at = timezone.now()
    meeting._history_user = user
    meeting.save(update_fields=["status", "approved_at"])
    archive(meeting, current_fingerprint)
    from meetings import emails

    transaction.on_commit(lambda: emails.approved_and_published(meeting))


def archive(meeting, current_fingerprint=None):
    """Render the approved minutes once and keep the PDF/A bytes with their SHA-256.

    Every approval adds a version; earlier ones (approved before a logged reopening) stay in
    the archive as superseded. Also usable for minutes approved before the portal existed."""
    from reports.minutes import minutes_pdf

    _filename, _content_type, pdf = minutes_pdf(meeting, lang="sv")
    return ArchivedMinutes.objects.create(
        meeting=meeting,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        fingerprint=current_fingerprint or fingerprint(meeting),
    )
