"""The decisions register and the action-item list as tables: for the pages and as open data.

One query set per list, filtered by the same form as the page, and three shapes of its rows:
Swedish column headings and cells for CSV/XLSX, and records with stable English keys for JSON
(the public schema in the README). Every file goes through ros_portal.exports.
"""

from django.conf import settings
from django.db.models import Case, Exists, IntegerField, OuterRef, Prefetch, Q, Value, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from meetings.models import ActionItem, Decision, Person
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus
from ros_portal import exports


def decisions_for(user_is_member):
    """Every decision for members; for everyone else only those in approved minutes."""
    decisions = Decision.objects.select_related(
        "meeting", "budget_line", "development_area"
    ).order_by("-year", "-number")
    if not user_is_member:
        decisions = decisions.filter(meeting__status=Status.APPROVED)
    return decisions


def filter_decisions(decisions, data):
    """Narrow by the filter form's cleaned data: year, development area, budget line, text."""
    if data.get("ar"):
        decisions = decisions.filter(year=data["ar"])
    if data.get("omrade"):
        decisions = decisions.filter(development_area=data["omrade"])
    if data.get("budgetpost"):
        decisions = decisions.filter(budget_line__name=data["budgetpost"])
    if data.get("q"):
        decisions = decisions.filter(text__icontains=data["q"])
    return decisions


def minutes_url(decision):
    """Approved minutes have a public page; other minutes only the members' page."""
    if decision.meeting.status == Status.APPROVED:
        return reverse("meetings:public_minutes_detail", args=[decision.meeting_id])
    return reverse("meetings:meeting_detail", args=[decision.meeting_id])


def decision_record(decision):
    """One decision as open data: the keys are the public schema and never change."""
    return {
        "label": f"§ {decision.number}/{decision.year}",
        "number": decision.number,
        "year": decision.year,
        "date": decision.meeting.date,
        "text": decision.text,
        "amount": decision.amount,
        "budget_line": decision.budget_line.name if decision.budget_line_id else None,
        "development_area": str(decision.development_area)
        if decision.development_area_id
        else None,
        "approved": decision.meeting.status == Status.APPROVED,
        "minutes_url": settings.SITE_URL + minutes_url(decision),
    }


DECISION_HEADERS = [
    ("label", "§"),
    ("date", gettext_lazy("Datum")),
    ("text", gettext_lazy("Beslut")),
    ("amount", gettext_lazy("Belopp (kr)")),
    ("budget_line", gettext_lazy("Budgetpost")),
    ("development_area", gettext_lazy("Utvecklingsområde")),
    ("approved", gettext_lazy("Justerat")),
    ("minutes_url", gettext_lazy("Protokoll")),
]


def with_overdue(items, today=None):
    """Open items past their due date first, then the other open ones, then the closed."""
    today = today or timezone.localdate()
    overdue = Q(status=ActionStatus.OPEN, due_date__lt=today)
    return items.annotate(
        overdue_rank=Case(
            When(overdue, then=Value(0)),
            When(status=ActionStatus.OPEN, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by("overdue_rank", "due_date", "pk")


def action_items_queryset():
    return ActionItem.objects.select_related("meeting", "development_area").prefetch_related(
        Prefetch("owners", Person.objects.order_by("name"))
    )


def filter_action_items(items, data):
    """Narrow by the filter form's cleaned data: status, owner, due date, and a search of the
    text, the done note and the owners' names, other spellings and initials."""
    if data.get("status"):
        items = items.filter(status=data["status"])
    if data.get("owner"):
        items = items.filter(owners=data["owner"])
    if data.get("due_before"):
        items = items.filter(due_date__lt=data["due_before"])
    if data.get("q"):
        q = data["q"]
        # A subquery, not a join: an item with two matching owners is listed once.
        owners = Person.objects.filter(action_items=OuterRef("pk")).filter(
            Q(name__icontains=q) | Q(initials__icontains=q) | Q(aliases__name__icontains=q)
        )
        items = items.filter(Q(text__icontains=q) | Q(done_note__icontains=q) | Exists(owners))
    return items


def action_record(item, today):
    return {
        "id": item.pk,
        "text": item.text,
        "owners": [owner.name for owner in item.owners.all()],
        "due_date": item.due_date,
        "status": item.status,
        "overdue": item.status == ActionStatus.OPEN
        and item.due_date is not None
        and item.due_date < today,
        "meeting_date": item.meeting.date,
        "done_on": item.done_on,
        "done_note": item.done_note,
        "development_area": str(item.development_area) if item.development_area_id else None,
        "meeting_url": settings.SITE_URL
        + reverse("meetings:meeting_detail", args=[item.meeting_id]),
    }


ACTION_HEADERS = [
    ("text", gettext_lazy("Uppdrag")),
    ("owners", gettext_lazy("Ansvariga")),
    ("due_date", gettext_lazy("Klart senast")),
    ("status", gettext_lazy("Status")),
    ("overdue", gettext_lazy("Försenat")),
    ("meeting_date", gettext_lazy("Möte")),
    ("done_on", gettext_lazy("Klart den")),
    ("done_note", gettext_lazy("Återkoppling")),
    ("development_area", gettext_lazy("Utvecklingsområde")),
    ("meeting_url", gettext_lazy("Länk")),
]


def _cell(key, value):
    if isinstance(value, bool):
        return _("ja") if value else _("nej")
    if isinstance(value, list):
        return ", ".join(value)
    if key == "status":
        return str(ActionStatus(value).label)
    return "" if value is None else value


def export_file(kind, fmt, objects):
    """(filename, content_type, bytes) of the decisions or action items in CSV, XLSX or JSON."""
    today = timezone.localdate()
    if kind == "beslut":
        records = [decision_record(d) for d in objects]
        headers = DECISION_HEADERS
    else:
        records = [action_record(item, today) for item in objects]
        headers = ACTION_HEADERS
    with translation.override(settings.LANGUAGE_CODE):
        rows = [[_cell(key, record[key]) for key, _label in headers] for record in records]
        content_type, data = exports.export(
            fmt,
            headers=[str(label) for _key, label in headers],
            rows=rows,
            records=records,
            title=_("Beslut") if kind == "beslut" else _("Uppdrag"),
        )
    return f"{kind}-{today.isoformat()}.{fmt}", content_type, data
