"""A meeting's whole trail in time order: every saved version of the meeting and of its rows
(agenda items, decisions, action items, attendance, attachments, comments, archived PDFs), the
links (adjusters, presenters, owners, development areas), approvals and reopenings, each with
who and when. A constant number of queries, however long the trail."""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from meetings import models
from reports.models import DevelopmentArea
from ros_portal.history_admin import readable_value

ACTIONS = {"+": _("skapad"), "~": _("ändrad"), "-": _("borttagen")}
# Bookkeeping that changes with every save and says nothing to a reader.
IGNORED = {"version", "order"}


@dataclass
class Entry:
    at: object
    who: object
    kind: str
    label: str
    action: str
    changes: list = field(default_factory=list)


# How each model's historical rows are named in the trail.
LABELS = {
    models.Meeting: lambda r, names: r.title,
    models.AgendaItem: lambda r, names: r.heading,
    models.Decision: lambda r, names: f"§ {r.number}/{r.year}",
    models.ActionItem: lambda r, names: r.text[:80],
    models.Attendance: lambda r, names: names["person"].get(r.person_id, "?"),
    models.Attachment: lambda r, names: r.title,
    models.Comment: lambda r, names: r.text[:80],
    models.ArchivedMinutes: lambda r, names: r.sha256[:16],
}


def _m2m_sets(model, records):
    """{field name: {history_id: set of related pks}} for the model's recorded links."""
    history_model = model.history.model
    sets = {}
    for field_name in getattr(history_model, "_history_m2m_fields", []):
        name = field_name.name if hasattr(field_name, "name") else field_name
        m2m_field = model._meta.get_field(name)
        through = apps.get_model(model._meta.app_label, f"{history_model.__name__}_{name}")
        target = m2m_field.m2m_reverse_field_name()
        rows = through.objects.filter(history__in=[r.history_id for r in records]).values_list(
            "history_id", f"{target}_id"
        )
        per_record = {}
        for history_id, pk in rows:
            per_record.setdefault(history_id, set()).add(pk)
        sets[name] = (m2m_field, per_record)
    return sets


def _readable(model_field, value, names):
    """A person by name, a choice by its label, a time in local time; "" when empty."""
    if model_field.is_relation:
        if value is None or model_field.related_model is not models.Person:
            return value
        return names["person"].get(value, "?")
    return readable_value(model_field, value, empty="")


def _entries(model, records, label, names):
    m2m = _m2m_sets(model, records)
    previous = {}
    for record in records:
        before = previous.get(record.id)
        changes = []
        if before is not None and record.history_type == "~":
            delta = record.diff_against(before, excluded_fields=[*m2m, *IGNORED])
            for change in delta.changes:
                model_field = model._meta.get_field(change.field)
                changes.append(
                    (
                        model_field.verbose_name,
                        _readable(model_field, change.old, names),
                        _readable(model_field, change.new, names),
                    )
                )
        for m2m_field, per_record in m2m.values():
            old = per_record.get(before.history_id, set()) if before is not None else set()
            new = per_record.get(record.history_id, set())
            if old != new and (before is not None or new):
                to_names = names["person" if m2m_field.related_model is models.Person else "area"]
                changes.append(
                    (
                        m2m_field.verbose_name,
                        ", ".join(sorted(to_names.get(pk, "?") for pk in old - new)),
                        ", ".join(sorted(to_names.get(pk, "?") for pk in new - old)),
                    )
                )
        previous[record.id] = record
        if record.history_type == "~" and not changes and before is not None:
            continue
        yield Entry(
            at=record.history_date,
            who=record.history_user,
            kind=model._meta.verbose_name,
            label=label(record, names),
            action=ACTIONS[record.history_type],
            changes=changes,
        )


def meeting_trail(meeting):
    """Every recorded change to the meeting and its rows, oldest first."""
    pk = meeting.pk

    def history(model, **lookup):
        return list(
            model.history.filter(**lookup)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )

    sources = {
        models.Meeting: history(models.Meeting, id=pk),
        models.AgendaItem: history(models.AgendaItem, meeting_id=pk),
        models.Decision: history(models.Decision, meeting_id=pk),
        models.ActionItem: history(models.ActionItem, meeting_id=pk),
        models.Attendance: history(models.Attendance, meeting_id=pk),
        models.Attachment: history(models.Attachment, meeting_id=pk),
        models.ArchivedMinutes: history(models.ArchivedMinutes, meeting_id=pk),
    }
    item_ids = {r.id for r in sources[models.AgendaItem]}
    sources[models.Comment] = history(models.Comment, agenda_item_id__in=item_ids)
    names = {
        "person": dict(models.Person.objects.values_list("pk", "name")),
        "area": {a.pk: str(a) for a in DevelopmentArea.objects.all()},
    }
    entries = []
    for model, records in sources.items():
        entries.extend(_entries(model, records, LABELS[model], names))
    for approval in models.Approval.objects.filter(meeting_id=pk).select_related("adjuster"):
        entries.append(
            Entry(approval.approved_at, None, _("justering"), approval.adjuster.name, _("justerat"))
        )
        if approval.voided_at:
            entries.append(
                Entry(
                    approval.voided_at,
                    None,
                    _("justering"),
                    approval.adjuster.name,
                    _("upphävd"),
                )
            )
    for reopening in models.Reopening.objects.filter(meeting_id=pk).select_related("by"):
        entries.append(
            Entry(
                reopening.at,
                reopening.by,
                _("återöppning"),
                reopening.reason,
                _("återöppnat"),
            )
        )
    entries.sort(key=lambda e: e.at)
    return entries
