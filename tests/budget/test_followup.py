import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from budget.followup import budget_chart_svg, follow_up
from budget.models import BudgetLine, BudgetYear, OutcomeEntry
from budget.money import format_diff_tkr, format_kr, format_percent, format_tkr, tkr_number

SEED_TABLE_2025 = [
    ("Arvoden", "400", "246", "+154"),
    ("Övriga möten", "51", "29", "+22"),
    ("Processledning", "575", "556", "+19"),
    ("Dialogmöten, utbildning, utredning", "325", "169", "+156"),
    ("Kommunikation", "75", "59", "+16"),
]


def _rendered(row):
    return (
        row.name,
        tkr_number(row.budget),
        tkr_number(row.outcome),
        format_diff_tkr(row.difference),
    )


def test_the_2025_follow_up_at_year_end_gives_exactly_the_annual_report_table(demo_budget):
    result = follow_up(2025, datetime.date(2025, 12, 31))
    assert [_rendered(row) for row in result.lines] == SEED_TABLE_2025
    assert (tkr_number(result.total.budget), tkr_number(result.total.outcome)) == (
        "1\u00a0426",
        "1\u00a0059",
    )
    assert format_diff_tkr(result.total.difference) == "+367"
    assert format_tkr(result.allocation) == "1\u00a0426 tkr"


def test_the_2024_follow_up_through_july_gives_491_000_kr_of_1_4_mkr(demo_budget):
    result = follow_up(2024, datetime.date(2024, 7, 31))
    assert format_kr(result.total.outcome) == "491\u00a0000 kr"
    assert result.total.budget == Decimal("1400000")
    assert follow_up(2024).total.outcome > result.total.outcome  # later 2024 entries exist


def test_the_2025_lines_add_up_to_the_allocation_and_the_entries_to_1_059_000_kr(demo_budget):
    year = BudgetYear.objects.get(year=2025)
    assert sum(line.amount for line in year.lines.all()) == Decimal("1426000") == year.allocation
    entries = OutcomeEntry.objects.filter(line__budget_year=year)
    assert sum(entry.amount for entry in entries) == Decimal("1059000")
    assert entries.values("line").distinct().count() == 5
    assert all(entry.line.entries.count() >= 4 for entry in entries)  # several per line


def test_the_follow_up_counts_only_entries_booked_up_to_the_date(demo_budget):
    march = follow_up(2025, datetime.date(2025, 3, 31))
    assert march.until == datetime.date(2025, 3, 31)
    assert Decimal("0") < march.total.outcome < follow_up(2025).total.outcome


def test_share_used_and_remaining_per_line(demo_budget):
    fees = follow_up(2025).lines[0]
    assert fees.remaining == Decimal("154000")
    assert fees.share_used == Decimal("0.6150")


def test_a_share_of_12_495_percent_reads_12_percent_rounded_once(demo_budget):
    year = BudgetYear.objects.get(year=2025)
    line = BudgetLine.objects.create(
        budget_year=year, name="Prov", amount=Decimal("200000"), order=99
    )
    OutcomeEntry.objects.create(
        line=line, booked_on=datetime.date(2025, 6, 1), amount=Decimal("24990"), text="Prov"
    )
    row = follow_up(year).lines[-1]
    assert row.share_used == Decimal("0.12495")
    assert format_percent(row.share_used) == "12\u00a0%"  # not 13 % via 0,1250


def test_a_line_without_budget_has_no_share_used(demo_budget):
    year = BudgetYear.objects.get(year=2025)
    BudgetLine.objects.create(budget_year=year, name="Oplanerat", amount=Decimal("0"), order=9)
    assert follow_up(year).lines[-1].share_used is None


def test_overspending_shows_a_minus_difference(demo_budget):
    line = BudgetLine.objects.get(budget_year__year=2025, name="Kommunikation")
    OutcomeEntry.objects.create(
        line=line, booked_on=datetime.date(2025, 12, 30), amount=Decimal("30000"), text="Film"
    )
    row = follow_up(2025).lines[-1]
    assert format_diff_tkr(row.difference) == "\u221214"


def test_the_2026_budget_carries_the_course_invoice_for_2025s_activity(demo_budget):
    result = follow_up(2026)
    dialog = next(row for row in result.lines if row.name.startswith("Dialogmöten"))
    assert dialog.outcome == Decimal("120000")
    invoice = OutcomeEntry.objects.get(line__budget_year__year=2026)
    assert invoice.activity_year == 2025
    assert "Marie Cederschiölds högskola" in invoice.text


def test_the_follow_up_uses_the_same_queries_however_many_entries(demo_budget):
    with CaptureQueriesContext(connection) as few:
        follow_up(2025)
    line = BudgetLine.objects.get(budget_year__year=2025, name="Arvoden")
    OutcomeEntry.objects.bulk_create(
        OutcomeEntry(line=line, booked_on=datetime.date(2025, 6, 1), amount=Decimal("1"), text="x")
        for _ in range(500)
    )
    with CaptureQueriesContext(connection) as many:
        result = follow_up(2025)
    # The year, its lines with their outcome, and two for the commitments of decisions (the
    # third, which entries settle them, is not needed here: no minutes, so no decisions).
    assert len(many) == len(few) == 4
    assert result.lines[0].outcome == Decimal("246500")


def test_the_chart_is_inline_svg_with_a_title_and_no_inline_css(demo_budget):
    svg = budget_chart_svg(follow_up(2025))
    assert svg.startswith("<svg")
    assert 'role="img"' in svg
    assert "<title>Budget och utfall 2025" in svg
    assert "Arvoden: budget 400 tkr, utfall 246 tkr" in svg
    assert "style=" not in svg
    assert "<style" not in svg


def test_an_unknown_year_is_refused(db):
    with pytest.raises(BudgetYear.DoesNotExist):
        follow_up(1999)
