"""What decisions have committed on a year's budget, and which of it is settled by outcome.

A decision with an amount and a budget line commits that amount on the line. A decision charged
to another year, or spread over several, has Commitment rows instead (one per line), and then
only those count. An outcome entry linked to the decision and booked on the same year's budget
settles the commitment: from then on the entries are in the outcome and the commitment no longer
counts against what remains. Three queries, however many decisions and entries there are.
"""

from dataclasses import dataclass
from decimal import Decimal

from budget.models import Commitment, OutcomeEntry

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CommitmentRow:
    """A decision's commitment on one line, settled or still open at the follow-up's date."""

    decision: object
    line: object
    amount: Decimal
    settled: bool

    @property
    def open_amount(self):
        return ZERO if self.settled else self.amount


def commitments(budget_year, until):
    """[CommitmentRow] of decisions taken up to `until` on the lines of `budget_year`."""
    from meetings.models import Decision

    rows = [
        (c.decision, c.line, c.amount)
        for c in Commitment.objects.filter(
            line__budget_year=budget_year, decision__meeting__date__lte=until
        ).select_related("decision__meeting", "line")
    ]
    implicit = Decision.objects.filter(
        budget_line__budget_year=budget_year,
        amount__isnull=False,
        commitments__isnull=True,
        meeting__date__lte=until,
    ).select_related("meeting", "budget_line")
    rows += [(d, d.budget_line, d.amount) for d in implicit]
    settled = set(
        OutcomeEntry.objects.filter(
            decision_id__in=[decision.pk for decision, _line, _amount in rows],
            line__budget_year=budget_year,
            booked_on__lte=until,
        ).values_list("decision_id", flat=True)
    )
    rows.sort(key=lambda row: (row[1].order, row[1].pk, row[0].year, row[0].number))
    return [
        CommitmentRow(decision, line, amount, decision.pk in settled)
        for decision, line, amount in rows
    ]
