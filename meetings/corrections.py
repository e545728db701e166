"""Corrections made in the portal: every save a version, stale saves refused, diffs."""

import datetime
import difflib
import re

from django.db import transaction
from django.utils.formats import date_format

from meetings.approval import void_approvals
from meetings.models import ActionItem, AgendaItem, Decision, Meeting, MinutesFrozen
from meetings.models.meeting import Status
from ros_portal import locking

# What the portal lets adjusters and the secretary correct, per model.
EDITABLE_FIELDS = {
    AgendaItem: ("heading", "body"),
    Decision: ("text",),
    ActionItem: ("text", "due_date"),
}


@transaction.atomic
def save_correction(obj, user, opened_version, changes):
    """Save the changes as a new version if nobody saved since opened_version; else StaleEdit.

    The meeting's version moves on too, so the admin's meeting page opened before is stale.
    Returns (the saved item, the approvals the change voided)."""
    model = type(obj)
    unknown = set(changes) - set(EDITABLE_FIELDS[model])
    if unknown:
        raise ValueError(f"Not editable in the portal: {sorted(unknown)}")
    # Lock the meeting first: edits and approvals of one meeting take turns, so an approval
    # can never be recorded for a text that an edit is changing at the same moment.
    meeting = Meeting.objects.select_for_update().get(pk=obj.meeting_id)
    if meeting.status == Status.APPROVED:
        raise MinutesFrozen()
    current = model.objects.get(pk=obj.pk)
    if current.version != int(opened_version):
        raise locking.StaleEdit(current)
    if all(getattr(current, name) == value for name, value in changes.items()):
        return current, []
    locking.claim(current, opened_version)
    for name, value in changes.items():
        setattr(current, name, value)
    current._history_user = user
    current.save()
    locking.bump(meeting)
    return current, void_approvals(meeting, user)


def versions(obj):
    """The item's saved versions, newest first, with who saved them."""
    return list(obj.history.select_related("history_user").order_by("-history_date", "-pk"))


_TOKENS = re.compile(r"\s+|[^\s]+")


def _as_text(value):
    """A field's value as the pages write it: a date as "1 februari 2026", not ISO."""
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    return str(value or "")


def diff_segments(old, new):
    """Word-level diff as a list of (op, text) with op in 'same', 'del', 'ins'."""
    a = _TOKENS.findall(_as_text(old))
    b = _TOKENS.findall(_as_text(new))
    segments = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("same", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(("del", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("ins", "".join(b[j1:j2])))
    return segments


def diff_records(model, old_record, new_record):
    """Per editable field: its label, whether it changed, and the diff segments."""
    rows = []
    for name in EDITABLE_FIELDS[model]:
        old, new = getattr(old_record, name), getattr(new_record, name)
        rows.append(
            {
                "label": model._meta.get_field(name).verbose_name,
                "changed": old != new,
                "segments": diff_segments(old, new),
            }
        )
    return rows
