"""Fees from attendance: what the year's meetings should have cost in fees, and the vacancies.

The fee table (FeeRate) gives a fee per meeting and role; every elected and civil-society member
present at a steering meeting earns the fee of their role. Set beside the booked outcome of the
fees line, a difference is explained by absences and by vacancies: days when a seat had no one,
read from the terms of office. Every figure here comes from a constant number of queries.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class MeetingFees:
    """The expected fees of one meeting: members present and what they earn together."""

    meeting_id: int
    date: datetime.date
    title: str
    members: int
    amount: Decimal


@dataclass(frozen=True)
class Vacancy:
    """A seat without anyone: after `person`'s term ended, until `successor` came (or not)."""

    person: object
    successor: object
    first_day: datetime.date
    last_day: datetime.date

    @property
    def days(self):
        return (self.last_day - self.first_day).days + 1


def member_groups():
    from meetings.models.people import Group

    return [Group.ELECTED, Group.CIVIL_SOCIETY]


def meeting_fees(budget_year, until):
    """[MeetingFees] for the year's steering meetings up to `until`, in date order. A cancelled
    meeting was not held and earns no fees, whatever attendance was entered before it was
    cancelled."""
    from meetings.models import Attendance
    from meetings.models.meeting import STEERING_KINDS, Presence, Status

    rates = {rate.role: rate.amount for rate in budget_year.fee_rates.all()}
    counts = (
        Attendance.objects.filter(
            meeting__date__range=(datetime.date(budget_year.year, 1, 1), until),
            meeting__kind__in=STEERING_KINDS,
            presence=Presence.PRESENT,
            group__in=member_groups(),
        )
        .exclude(meeting__status=Status.CANCELLED)
        .order_by()
        .values_list("meeting_id", "meeting__date", "meeting__title", "role")
        .annotate(n=Count("pk"))
    )
    meetings = {}
    for meeting_id, date, title, role, n in counts:
        members, amount = meetings.get(meeting_id, (date, title, 0, ZERO))[2:]
        meetings[meeting_id] = (date, title, members + n, amount + n * rates.get(role, ZERO))
    return sorted(
        (MeetingFees(pk, *values) for pk, values in meetings.items()),
        key=lambda row: (row.date, row.meeting_id),
    )


def vacancies(year, until):
    """[Vacancy] within the year up to `until`: members' terms that ended without someone
    taking the seat the next day (neither a successor nor the same person in a new term)."""
    from meetings.models import Term

    start = datetime.date(year, 1, 1)
    ended = list(
        Term.objects.filter(
            group__in=member_groups(), end__gte=start - datetime.timedelta(days=1), end__lt=until
        ).select_related("person")
    )
    if not ended:
        return []
    people = [term.person_id for term in ended]
    later = list(
        Term.objects.filter(Q(person_id__in=people) | Q(succeeded_id__in=people))
        .select_related("person")
        .order_by("start", "pk")
    )
    result = []
    for term in ended:
        taker = next(
            (
                t
                for t in later
                if t.start > term.end and term.person_id in (t.person_id, t.succeeded_id)
            ),
            None,
        )
        first = max(term.end + datetime.timedelta(days=1), start)
        last = min(taker.start - datetime.timedelta(days=1), until) if taker else until
        if last >= first:
            successor = taker.person if taker and taker.person_id != term.person_id else None
            result.append(Vacancy(term.person, successor, first, last))
    return sorted(result, key=lambda v: (v.first_day, v.person.name))


@dataclass(frozen=True)
class FeeComparison:
    """Expected fees from attendance beside the booked outcome of the fees line."""

    meetings: list
    line: object
    vacancies: list

    @property
    def expected(self):
        return sum((row.amount for row in self.meetings), ZERO)

    @property
    def booked(self):
        return self.line.outcome if self.line else ZERO

    @property
    def difference(self):
        """Booked minus expected: positive when more was booked than attendance explains."""
        return self.booked - self.expected


def fee_comparison(follow_up):
    """The fee comparison of a follow-up; None when the year has neither fee table nor fees line."""
    line = next((row for row in follow_up.lines if row.line.is_fees), None)
    meetings = meeting_fees(follow_up.budget_year, follow_up.until)
    if line is None and not meetings:
        return None
    return FeeComparison(meetings, line, vacancies(follow_up.year, follow_up.until))
