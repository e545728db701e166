"""The members' portal: start page, meetings, public minutes, calendar, search, action items.

demo() also copies the demo meetings nine times (ten times the data) inside a transaction that
is rolled back, and measures the start page and the meeting page again: the SQL counts must not
grow with the data.
"""

from django.db import transaction
from django.db.models import Count, Max

from meetings.models import ActionItem, AgendaItem, Attendance, Decision, Meeting
from meetings.models.meeting import Status

TEN_TIMES = " (10× data)"


def _meeting():
    """The richest steering meeting: most agenda items."""
    return (
        Meeting.objects.steering().annotate(n=Count("agenda_items")).order_by("-n", "-date").first()
    )


def _pages(ctx, meeting, suffix=""):
    ctx.page("portal: start page (member)" + suffix, "/", "member")
    ctx.page("portal: meeting page (member)" + suffix, f"/moten/{meeting.pk}/", "member")
    ctx.page("portal: decisions register (member)" + suffix, "/beslut/", "member")
    ctx.page("portal: decisions register (anonymous)" + suffix, "/beslut/", None)


def _other_pages(ctx):
    ctx.page("portal: meeting list (member)", "/moten/", "member")
    ctx.page("portal: public minutes (anonymous)", "/protokoll/", None)
    approved = (
        Meeting.objects.steering()
        .filter(status=Status.APPROVED)
        .annotate(n=Count("agenda_items"))
        .order_by("-n", "-date")
        .first()
    )
    ctx.page("portal: approved minutes (anonymous)", f"/protokoll/{approved.pk}/", None)
    ctx.page("portal: calendar (member)", "/kalender/", "member")
    ctx.page("portal: search 'budget' (member)", "/sok/?q=budget", "member")
    ctx.page("portal: action items (member)", "/uppdrag/", "member")


def demo(ctx):
    ctx.user("member")
    meeting = _meeting()
    _pages(ctx, meeting)
    _other_pages(ctx)
    with transaction.atomic():
        copies = multiply(9)
        # The meeting page of a copy holds as many rows as the original: same count expected.
        _pages(ctx, meeting, TEN_TIMES)
        transaction.set_rollback(True)
    for name in (
        "portal: start page (member)",
        "portal: meeting page (member)",
        "portal: decisions register (member)",
        "portal: decisions register (anonymous)",
    ):
        plain = ctx.pages[name]["demo"].queries
        ten = ctx.pages[name + TEN_TIMES]["demo"].queries
        if plain != ten:
            ctx.ok = False
        verdict = "equal" if plain == ten else "NOT EQUAL"
        ctx.note(f"{name}: SQL demo vs 10× data", f"{plain} vs {ten} ({verdict}; {copies} copies)")


def scale(ctx):
    _pages(ctx, _meeting())
    _other_pages(ctx)


def multiply(times):
    """Copy every meeting with its attendance, agenda, decisions and action items."""
    originals = list(Meeting.objects.prefetch_related("adjusters").order_by("pk"))
    next_number = {
        row["year"]: row["m"] for row in Decision.objects.values("year").annotate(m=Max("number"))
    }
    made = 0
    for _round in range(times):
        for original in originals:
            copy = Meeting.objects.create(
                kind=original.kind,
                title=original.title,
                date=original.date,
                start_time=original.start_time,
                end_time=original.end_time,
                place=original.place,
                status=Status.DRAFT,  # content first; the status is set afterwards (freeze)
                secretary_id=original.secretary_id,
                is_public_event=original.is_public_event,
            )
            copy.adjusters.set(original.adjusters.all())
            Attendance.objects.bulk_create(
                Attendance(
                    meeting=copy,
                    person_id=a.person_id,
                    group=a.group,
                    role=a.role,
                    presence=a.presence,
                    order=a.order,
                )
                for a in original.attendances.all()
            )
            items = {}
            for item in original.agenda_items.all():
                items[item.pk] = AgendaItem.objects.create(
                    meeting=copy, order=item.order, heading=item.heading, body=item.body
                )
            decisions = []
            for decision in original.decisions.all():
                next_number[decision.year] = next_number.get(decision.year, 0) + 1
                decisions.append(
                    Decision(
                        meeting=copy,
                        agenda_item=items.get(decision.agenda_item_id),
                        year=decision.year,
                        number=next_number[decision.year],
                        text=decision.text,
                    )
                )
            Decision.objects.bulk_create(decisions)
            for action in original.action_items.prefetch_related("owners"):
                twin = ActionItem.objects.create(
                    meeting=copy,
                    agenda_item=items.get(action.agenda_item_id),
                    text=action.text,
                    due_date=action.due_date,
                    status=action.status,
                )
                twin.owners.set(action.owners.all())
            Meeting.objects.filter(pk=copy.pk).update(
                status=original.status,
                sent_for_approval_at=original.sent_for_approval_at,
                approved_at=original.approved_at,
            )
            made += 1
    return made
