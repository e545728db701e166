"""The process leader types amounts in the admin the Swedish way: a decimal comma."""

import datetime
from decimal import Decimal

from django.urls import reverse

from budget.models import BudgetLine, BudgetYear, OutcomeEntry


def test_the_process_leader_books_an_outcome_entry_with_a_decimal_comma(
    client_for, process_leader, demo_budget
):
    line = BudgetLine.objects.get(budget_year__year=2026, name="Kommunikation")
    response = client_for(process_leader).post(
        reverse("admin:budget_outcomeentry_add"),
        {
            "booked_on": "2026-03-02",
            "line": line.pk,
            "amount": "1234,50",
            "text": "Trycksaker",
            "reference": "V2026-0100",
            "opened_version": "0",
            "activity_year": "",
            "decision": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = OutcomeEntry.objects.get(reference="V2026-0100")
    assert entry.amount == Decimal("1234.50")
    assert entry.booked_on == datetime.date(2026, 3, 2)


def test_the_entry_page_shows_its_amount_with_a_decimal_comma(
    client_for, process_leader, demo_budget
):
    entry = OutcomeEntry.objects.get(reference="V2026-0031")
    html = (
        client_for(process_leader)
        .get(reverse("admin:budget_outcomeentry_change", args=[entry.pk]))
        .content.decode()
    )
    assert 'value="120000,00"' in html


def test_the_budget_year_page_takes_a_line_amount_with_a_decimal_comma(
    client_for, process_leader, demo_budget
):
    year = BudgetYear.objects.get(year=2026)
    html = (
        client_for(process_leader)
        .get(reverse("admin:budget_budgetyear_change", args=[year.pk]))
        .content.decode()
    )
    assert f'value="{year.allocation:.2f}"'.replace(".", ",") in html


def test_the_secretarys_decision_list_writes_the_granted_amount_in_kronor(
    client_for, secretary, seed_data
):
    html = client_for(secretary).get(reverse("admin:meetings_decision_changelist")).content
    assert "100\u00a0000 kr" in html.decode()
    assert "100000,00" not in html.decode()
