"""Commitments from decisions: Budget, Beslutat, Utfall and Kvar per line."""

import datetime
from decimal import Decimal

from django.urls import reverse

from budget.followup import follow_up
from budget.models import BudgetLine, BudgetYear, Commitment, OutcomeEntry
from meetings.models import Decision, Meeting

D = datetime.date
TKR = Decimal("1000")


def _row(result, name):
    return next(row for row in result.lines if row.name == name)


def test_the_2025_follow_up_shows_the_volunteer_day_decision_committed_on_its_line(seed_data):
    result = follow_up(2025)
    committed = [c for c in result.commitments if c.decision.text.startswith("Föreslagen budget")]
    assert [(c.line.name, c.amount, c.settled) for c in committed] == [
        ("Dialogmöten, utbildning, utredning", Decimal("50000.00"), True)
    ]
    dialog = _row(result, "Dialogmöten, utbildning, utredning")
    assert dialog.committed == Decimal("50000.00")


def test_the_seed_budget_and_outcome_figures_stay_1426_and_1059_tkr(seed_data):
    result = follow_up(2025)
    assert result.total.budget == 1426 * TKR
    assert result.total.outcome == 1059 * TKR
    assert result.total.difference == 367 * TKR
    # Every commitment of 2025 is settled by year end: nothing more counts against Kvar.
    assert result.total.remaining == 367 * TKR


def test_an_unsettled_commitment_still_counts_against_what_remains(seed_data):
    before_the_volunteer_day = follow_up(2025, D(2025, 11, 30))
    dialog = _row(before_the_volunteer_day, "Dialogmöten, utbildning, utredning")
    assert dialog.open_commitments == Decimal("50000.00")
    assert dialog.remaining == dialog.budget - dialog.outcome - Decimal("50000.00")


def test_the_course_decision_of_2025_commits_120_tkr_on_the_2026_budget(seed_data):
    result = follow_up(2026)
    course = [c for c in result.commitments if "Marie Cederschiölds" in c.decision.text]
    assert [(c.line.budget_year.year, c.amount, c.settled) for c in course] == [
        (2026, Decimal("120000.00"), True)
    ]
    assert not any("Marie Cederschiölds" in c.decision.text for c in follow_up(2025).commitments)


def test_a_decision_with_amount_and_budget_line_commits_that_money_by_itself(db):
    year = BudgetYear.objects.create(year=2030, allocation=Decimal("500000"))
    line = BudgetLine.objects.create(
        budget_year=year, name="Kommunikation", amount=Decimal("100000")
    )
    meeting = Meeting.objects.create(title="Möte", date=D(2030, 3, 1))
    decision = Decision.objects.create(
        meeting=meeting, text="Film beviljades.", amount=Decimal("30000"), budget_line=line
    )
    row = follow_up(2030).lines[0]
    assert (row.committed, row.outcome, row.remaining) == (
        Decimal("30000.00"),
        Decimal("0.00"),
        Decimal("70000.00"),
    )
    OutcomeEntry.objects.create(
        booked_on=D(2030, 4, 1), line=line, amount=Decimal("28000"), text="Film", decision=decision
    )
    row = follow_up(2030).lines[0]
    assert (row.committed, row.outcome, row.remaining) == (
        Decimal("30000.00"),
        Decimal("28000.00"),
        Decimal("72000.00"),
    )


def test_a_decision_spread_over_two_years_commits_on_each_years_line(db):
    lines = {}
    for year in (2030, 2031):
        budget = BudgetYear.objects.create(year=year, allocation=Decimal("100000"))
        lines[year] = BudgetLine.objects.create(
            budget_year=budget, name="Utbildning", amount=Decimal("100000")
        )
    meeting = Meeting.objects.create(title="Möte", date=D(2030, 3, 1))
    decision = Decision.objects.create(
        meeting=meeting, text="Kurs beviljades.", amount=Decimal("90000"), budget_line=lines[2030]
    )
    Commitment.objects.create(decision=decision, line=lines[2030], amount=Decimal("30000"))
    Commitment.objects.create(decision=decision, line=lines[2031], amount=Decimal("60000"))
    assert follow_up(2030).lines[0].committed == Decimal("30000.00")
    assert follow_up(2031).lines[0].committed == Decimal("60000.00")


def test_the_member_sees_beslutat_and_the_decision_on_the_follow_up_page(
    client_for, member, seed_data
):
    html = (
        client_for(member)
        .get(reverse("budget:follow_up"), {"year": 2025, "until": "2025-12-31"})
        .content.decode()
    )
    assert '<th scope="col" class="num">Beslutat</th>' in html
    assert "Föreslagen budget till frivilligdagen" in html
    assert "Reglerat av utfall" in html


def test_the_follow_up_uses_the_same_queries_however_many_decisions_commit_money(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    year = BudgetYear.objects.create(year=2030, allocation=Decimal("500000"))
    line = BudgetLine.objects.create(budget_year=year, name="Möten", amount=Decimal("500000"))
    meeting = Meeting.objects.create(title="Möte", date=D(2030, 3, 1))

    def decide(count):
        for n in range(count):
            decision = Decision.objects.create(
                meeting=meeting, text=f"Beslut {n}", amount=Decimal("100"), budget_line=line
            )
            OutcomeEntry.objects.create(
                booked_on=D(2030, 4, 1),
                line=line,
                amount=Decimal("90"),
                text="x",
                decision=decision,
            )

    decide(1)
    with CaptureQueriesContext(connection) as few:
        follow_up(2030)
    decide(30)
    with CaptureQueriesContext(connection) as many:
        result = follow_up(2030)
    assert len(many) == len(few)
    assert result.lines[0].committed == Decimal("3100.00")


def _add_commitment(client, decision, line, amount):
    return client.post(
        reverse("admin:budget_commitment_add"),
        {
            "decision": decision.pk,
            "line": line.pk,
            "amount": amount,
            "note": "",
            "opened_version": "0",
        },
    )


def test_the_process_leader_cannot_commit_more_than_the_decision_granted(
    client_for, process_leader, seed_data
):
    # § 3/2023 granted 100 000 kr, committed as 50 000 kr on 2024 and 50 000 kr on 2025.
    grant = Decision.objects.get(text__startswith="Föreslagen budget till frivilligdagen")
    line = BudgetLine.objects.get(budget_year__year=2026, name="Kommunikation")
    response = _add_commitment(client_for(process_leader), grant, line, "500000")
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors["amount"])
    assert "100\u00a0000 kr" in errors
    assert "600\u00a0000 kr" in errors
    assert not Commitment.objects.filter(line=line).exists()


def test_a_commitment_within_what_the_decision_granted_is_saved(
    client_for, process_leader, seed_data
):
    grant = Decision.objects.get(text__startswith="Föreslagen budget till frivilligdagen")
    Commitment.objects.filter(decision=grant, line__budget_year__year=2025).delete()
    line = BudgetLine.objects.get(budget_year__year=2026, name="Kommunikation")
    response = _add_commitment(client_for(process_leader), grant, line, "50000")
    assert response.status_code == 302
    assert Commitment.objects.get(line=line).amount == Decimal("50000.00")
