"""Budget follow-up to any date: budget, outcome, remaining and difference per line, and a chart.

Used by the follow-up page, its XLSX export and the annual report. The figures come from one
query (the year's lines, each with its outcome and number of entries summed by the database),
three for the decisions' commitments (budget/commitments.py; the annual report, which prints
none, skips them), plus one to find the year when given as a number, however many entries the
ledger holds.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from budget.commitments import commitments
from budget.models import BudgetYear, OutcomeEntry
from budget.money import ONE_TKR, round_kr, tkr_number
from ros_portal.charts import cached_svg

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FollowUpLine:
    """One row of the follow-up: a budget line, or the total (line is None)."""

    line: object
    name: str
    budget: Decimal
    outcome: Decimal
    committed: Decimal = ZERO
    open_commitments: Decimal = ZERO
    entry_count: int = 0

    @property
    def remaining(self):
        """Kvar: what is left once the outcome and the commitments not yet settled are paid."""
        return self.budget - self.outcome - self.open_commitments

    @property
    def remaining_tkr(self):
        """Kvar as the table in tkr prints it, from the figures in tkr, as difference_tkr."""
        return (
            round_kr(self.budget, ONE_TKR)
            - round_kr(self.outcome, ONE_TKR)
            - round_kr(self.open_commitments, ONE_TKR)
        )

    @property
    def difference(self):
        """Budget minus outcome, the report's "Differens budget"; a surplus is positive."""
        return self.budget - self.outcome

    @property
    def difference_tkr(self):
        """The difference as a table in tkr prints it: the budget in tkr minus the outcome in
        tkr, so that the row subtracts (400 − 246 = +154 even when the outcome is 245 500 kr)."""
        return round_kr(self.budget, ONE_TKR) - round_kr(self.outcome, ONE_TKR)

    @property
    def share_used(self):
        """Outcome as a share of the budget (above 1 when overspent); None without a budget.

        Not rounded here: the page rounds it once to whole percent (rounding to four decimals
        first made 12,495 % read 13 %)."""
        if not self.budget:
            return None
        return self.outcome / self.budget


@dataclass(frozen=True)
class FollowUp:
    """The follow-up of one budget year up to and including a date."""

    budget_year: BudgetYear
    until: datetime.date
    lines: list
    total: FollowUpLine
    commitments: list = ()

    @property
    def year(self):
        return self.budget_year.year

    @property
    def allocation(self):
        return self.budget_year.allocation

    @property
    def allocation_used(self):
        """The outcome as a share of the allocation, for "… av anslaget … (N %)": the lines
        may not add up to the allocation (money not yet put on a line)."""
        if not self.allocation:
            return None
        return self.total.outcome / self.allocation


def year_end(year):
    return datetime.date(year, 12, 31)


def follow_up(year, until=None, with_commitments=True):
    """Follow up a budget year (a year number or a BudgetYear) up to `until` (default: year end).

    Without commitments (the annual report prints none) the decisions are not read.
    """
    if not isinstance(year, BudgetYear):
        year = BudgetYear.objects.get(year=year)
    until = until or year_end(year.year)
    booked = Q(entries__booked_on__lte=until)
    lines = year.lines.annotate(
        outcome=Sum("entries__amount", filter=booked, default=ZERO),
        entry_count=Count("entries", filter=booked),
    ).order_by("order", "id")
    committed = commitments(year, until) if with_commitments else []
    rows = [
        FollowUpLine(
            line,
            line.name,
            line.amount,
            line.outcome,
            sum((c.amount for c in committed if c.line.pk == line.pk), ZERO),
            sum((c.open_amount for c in committed if c.line.pk == line.pk), ZERO),
            line.entry_count,
        )
        for line in lines
    ]
    total = FollowUpLine(
        None,
        _("Summa"),
        *(sum((getattr(row, name) for row in rows), ZERO) for name in TOTALLED),
        sum(row.entry_count for row in rows),
    )
    return FollowUp(year, until, rows, total, committed)


TOTALLED = ("budget", "outcome", "committed", "open_commitments")


def other_activity_year_entries(follow_up, limit=20):
    """Entries of this budget year booked for another year's activity (e.g. a late invoice)."""
    return list(
        OutcomeEntry.objects.filter(
            line__budget_year=follow_up.budget_year, booked_on__lte=follow_up.until
        )
        .exclude(Q(activity_year__isnull=True) | Q(activity_year=follow_up.year))
        .select_related("line")
        .order_by("booked_on", "id")[:limit]
    )


def budget_chart_svg(follow_up):
    """A bar chart of budget against outcome per line, in tkr, as inline-safe SVG."""
    names = [row.name for row in follow_up.lines]
    figures = (
        follow_up.year,
        follow_up.until,
        [(row.name, tkr_number(row.budget), tkr_number(row.outcome)) for row in follow_up.lines],
    )
    return cached_svg("budget", figures, lambda: _draw_chart(follow_up, names))


def _draw_chart(follow_up, names):
    from ros_portal.charts import figure_to_svg, new_figure

    budgets = [float(round_kr(row.budget, ONE_TKR) / ONE_TKR) for row in follow_up.lines]
    outcomes = [float(round_kr(row.outcome, ONE_TKR) / ONE_TKR) for row in follow_up.lines]
    figure = new_figure(7.0, 0.6 + 0.55 * max(len(names), 1))
    axes = figure.subplots()
    positions = range(len(names))
    height = 0.38
    axes.barh(
        [p - height / 2 for p in positions], budgets, height, label=_("Budget"), color="#1f4e79"
    )
    axes.barh(
        [p + height / 2 for p in positions], outcomes, height, label=_("Utfall"), color="#d9822b"
    )
    axes.set_yticks(list(positions), names)
    axes.invert_yaxis()
    axes.set_xlabel(_("tkr"))
    axes.legend(loc="lower right", frameon=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    title = _("Budget och utfall %(year)s per post till och med %(date)s") % {
        "year": follow_up.year,
        "date": date_format(follow_up.until, "j F Y"),
    }
    desc = "; ".join(
        _("%(name)s: budget %(budget)s tkr, utfall %(outcome)s tkr")
        % {"name": row.name, "budget": tkr_number(row.budget), "outcome": tkr_number(row.outcome)}
        for row in follow_up.lines
    )
    svg = figure_to_svg(figure, title, desc)
    # Let the chart follow the width of its container on a phone; the viewBox keeps its shape.
    return _responsive(svg)


def _responsive(svg):
    head, rest = svg.split(">", 1)
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    return head + ' width="100%">' + rest
