"""Demo data from the seed documents (idempotent): people, terms, meetings and their minutes.

Every row is found by a natural key and written only when something differs, so a second run
changes nothing: no new rows, no new history records, no re-numbered decisions. The texts live
in ``meetings/demo_data/``.
"""

from django.db import transaction

from meetings.demo_data import events, m2023_11_02, m2024_08_19, m2024_11_29, m2025_09_05, year2025
from meetings.demo_data import people as people_data
from meetings.models import (
    ActionItem,
    AgendaItem,
    Approval,
    Attendance,
    Decision,
    Meeting,
    Person,
    PersonAlias,
    Term,
)
from meetings.models.meeting import Status

SEED_MEETINGS = [
    m2023_11_02.MEETING,
    m2024_08_19.MEETING,
    m2024_11_29.MEETING,
    m2025_09_05.MEETING,
]
MEETING_FIELDS = (
    "title",
    "end_date",
    "start_time",
    "end_time",
    "place",
    "host_organisation",
    "host_is_civil_society",
    "theme",
    "participant_count",
    "organisation_count",
    "is_public_event",
    "minutes_signed_on",
)


def upsert(model, lookup, defaults=None, create_defaults=None):
    """Find the row by its natural key; create it, or save it only if a default differs."""
    defaults = defaults or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **defaults, **(create_defaults or {}))
    changed = False
    for name, value in defaults.items():
        field = model._meta.get_field(name)
        new = value.pk if field.is_relation and value is not None else value
        if getattr(obj, field.attname) != new:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
    return obj


def all_meetings():
    """Every demo meeting, in date order so that decisions are numbered as they were taken."""
    specs = SEED_MEETINGS + year2025.MEETINGS + events.EVENTS
    return sorted(specs, key=lambda spec: (spec["date"], spec["kind"]))


@transaction.atomic
def load():
    areas = _development_areas()
    people = load_people()
    specs = all_meetings()
    meetings, approved = {}, set()
    for spec in specs:
        meeting = _approved_meeting(spec)
        if meeting is not None:
            approved.add(_key(spec))
        meetings[_key(spec)] = meeting or _load_meeting(spec, areas)
    # Minutes approved by an earlier run are a record like any other: left as they are. The
    # others are written in full and only then given their status (approved last of all).
    pending = [spec for spec in specs if _key(spec) not in approved]
    for spec in pending:
        _load_minutes(meetings[_key(spec)], spec, people, meetings, areas)
    for spec in pending:
        _set_workflow(meetings[_key(spec)], spec, people)


def load_people():
    """The person register and the terms of office; returns {name: Person}."""
    people = {}
    for name, initials, title, organisation in people_data.PEOPLE:
        people[name] = upsert(
            Person,
            {"name": name},
            {"initials": initials, "title": title, "organisation": organisation},
        )
    for name, alias in people_data.ALIASES:
        upsert(PersonAlias, {"name": alias}, {"person": people[name]})
    for name, group, role, represents, start, end, succeeded, note in people_data.TERMS:
        upsert(
            Term,
            {"person": people[name], "role": role, "start": start},
            {
                "group": group,
                "represents": represents,
                "end": end,
                "succeeded": people[succeeded] if succeeded else None,
                "note": note,
            },
        )
    return people


def _development_areas():
    from reports.demo import load_action_plan

    plan = load_action_plan()
    return {area.number: area for area in plan.areas.all()}


def _key(spec):
    return (spec["date"], spec["kind"])


def _approved_meeting(spec):
    return Meeting.objects.filter(
        date=spec["date"], kind=spec["kind"], status=Status.APPROVED
    ).first()


def _load_meeting(spec, areas):
    defaults = {name: spec[name] for name in MEETING_FIELDS if name in spec}
    meeting = upsert(Meeting, {"date": spec["date"], "kind": spec["kind"]}, defaults)
    meeting.development_areas.set([areas[n] for n in spec.get("areas", [])])
    return meeting


def _load_minutes(meeting, spec, people, meetings, areas):
    combined = spec.get("combined_with")
    upsert(Meeting, {"pk": meeting.pk}, {"combined_with": meetings[combined] if combined else None})
    meeting.upcoming.set([meetings[key] for key in spec.get("upcoming", [])])
    if "attendance" in spec:
        _load_attendance(meeting, spec, people)
    items = {}
    for order, item in enumerate(spec.get("items", []), start=1):
        row = upsert(
            AgendaItem,
            {"meeting": meeting, "order": order},
            {
                "heading": item["heading"],
                "body": item["body"],
                "development_area": areas.get(item.get("area")),
            },
        )
        row.presenters.set([people[name] for name in item.get("presenters", [])])
        items[item["heading"]] = row
    for decision in spec.get("decisions", []):
        upsert(
            Decision,
            {"meeting": meeting, "text": decision["text"]},
            {
                "agenda_item": items[decision["item"]],
                "amount": decision.get("amount"),
                "development_area": areas.get(decision.get("area")),
            },
        )
    for action in spec.get("actions", []):
        follow_up = action.get("followed_up_at")
        row = upsert(
            ActionItem,
            {"meeting": meeting, "text": action["text"]},
            {
                "agenda_item": items[action["item"]],
                "due_date": action.get("due"),
                "status": action.get("status", "open"),
                "followed_up_at": meetings[follow_up] if follow_up else None,
                "done_on": action.get("done_on"),
                "done_note": action.get("done_note", ""),
                "development_area": areas.get(action.get("area")),
            },
        )
        row.owners.set([people[name] for name in action["owners"]])


def _load_attendance(meeting, spec, people):
    if spec["attendance"] == "in_office":
        # Synthetic meetings: everyone in office that day, in their term's group and role.
        terms = Term.objects.in_office(meeting.date).select_related("person")
        rows = [
            (t.person.name, t.group, t.role, "present", "")
            for t in terms.order_by("group", "start", "person__name")
        ]
        absent = set(spec.get("absent", []))
        rows = [(n, g, r, "absent" if n in absent else p, note) for n, g, r, p, note in rows]
    else:
        rows = spec["attendance"]
    for order, (name, group, role, presence, note) in enumerate(rows, start=1):
        upsert(
            Attendance,
            {"meeting": meeting, "person": people[name]},
            {"group": group, "role": role, "presence": presence, "note": note, "order": order},
        )


def _set_workflow(meeting, spec, people):
    if "secretary" in spec:
        upsert(
            Meeting,
            {"pk": meeting.pk},
            {"secretary": people[spec["secretary"]]},
        )
        meeting.adjusters.set([people[name] for name in spec["adjusters"]])
    for name, approved_at in spec.get("approvals", []):
        # The fingerprint is the approval engineer's to compute; demo rows start without one.
        upsert(
            Approval,
            {"meeting": meeting, "adjuster": people[name]},
            {"approved_at": approved_at},
            create_defaults={"fingerprint": ""},
        )
    approvals = [approved_at for _name, approved_at in spec.get("approvals", [])]
    workflow = {
        "status": spec.get("status", Status.PLANNED),
        "sent_for_approval_at": spec.get("sent_for_approval_at"),
        "approved_at": max(approvals) if spec.get("status") == Status.APPROVED else None,
    }
    upsert(Meeting, {"pk": meeting.pk}, workflow)
