"""Budget follow-up: SQL queries and median time with the demo data and with 50,000 entries."""

import datetime
from decimal import Decimal

from django.db import transaction

URL = "/budget/?year=2025&until=2025-12-31"
XLSX_URL = "/budget/uppfoljning.xlsx?year=2025&until=2025-12-31"
ENTRIES = 50_000
YEARS = range(2006, 2026)  # 20 budget years, as `generate_scale_data --years 20`


class _Rollback(Exception):
    """Raised to undo the synthetic data after measuring."""


def _entries(lines, count):
    from budget.models import OutcomeEntry

    return [
        OutcomeEntry(
            line=lines[i % len(lines)],
            booked_on=datetime.date(lines[i % len(lines)].budget_year.year, 1, 1)
            + datetime.timedelta(days=i % 365),
            amount=Decimal("10.00"),
            text=f"Syntetisk bänkpost {i}",
            reference=f"BENCH-{i}",
        )
        for i in range(count)
    ]


def _twenty_years_of_lines():
    """Budget years 2006–2025 (the earlier ones synthetic) with 2025's lines in each."""
    from budget.models import BudgetLine, BudgetYear

    template = list(BudgetLine.objects.filter(budget_year__year=2025))
    lines_per_year = {}
    for year in YEARS:
        budget_year, _created = BudgetYear.objects.get_or_create(
            year=year, defaults={"allocation": Decimal("1400000")}
        )
        for line in template:
            BudgetLine.objects.get_or_create(
                budget_year=budget_year, name=line.name, defaults={"amount": line.amount}
            )
        lines_per_year[year] = list(BudgetLine.objects.filter(budget_year=budget_year))
    return lines_per_year


def _measure_with_own_entries(ctx):
    from budget.followup import follow_up
    from budget.models import BudgetLine, OutcomeEntry

    name = "budget follow-up (own +50 000 entries)"
    ctx.page(name, URL, role="member")
    phase = ctx.phase
    try:
        with transaction.atomic():
            lines = [line for ls in _twenty_years_of_lines().values() for line in ls]
            OutcomeEntry.objects.bulk_create(_entries(lines, ENTRIES), batch_size=5000)
            ctx.phase = "scale"
            ctx.page(name, URL, role="member")
            ctx.phase = phase
            ctx.time(
                "budget follow_up(2025), 50 000 entries over 20 years", lambda: follow_up(2025)
            )
            # The worst case: another 50,000 entries, all in the year followed up.
            lines_2025 = list(BudgetLine.objects.filter(budget_year__year=2025))
            OutcomeEntry.objects.bulk_create(_entries(lines_2025, ENTRIES), batch_size=5000)
            ctx.time(
                "budget follow_up(2025), +50 000 entries in 2025 alone", lambda: follow_up(2025)
            )
            raise _Rollback
    except _Rollback:
        pass
    finally:
        ctx.phase = phase


def _xlsx(ctx):
    # A download rather than a page: timed, not held to the page-time ratio.
    client = ctx.client("member")
    assert client.get(XLSX_URL).status_code == 200
    ctx.time(f"budget follow-up XLSX download ({ctx.phase})", lambda: client.get(XLSX_URL), 15)


def demo(ctx):
    ctx.page("budget follow-up", URL, role="member")
    _xlsx(ctx)
    # Measured here as well, in a transaction that is rolled back, so that the query counts at
    # 50,000 entries are printed even when no scale generator exists.
    _measure_with_own_entries(ctx)


def scale(ctx):
    ctx.page("budget follow-up", URL, role="member")
    _xlsx(ctx)
