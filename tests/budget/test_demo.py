from budget import demo
from budget.models import BudgetLine, BudgetYear, OutcomeEntry


def _snapshot():
    return (
        list(
            BudgetYear.objects.order_by("year").values_list("year", "allocation", "based_on__year")
        ),
        list(BudgetLine.objects.order_by("id").values_list("id", "name", "amount")),
        list(OutcomeEntry.objects.order_by("id").values_list("id", "amount", "booked_on")),
    )


def test_loading_the_demo_twice_changes_nothing(db):
    demo.load()
    first = _snapshot()
    demo.load()
    assert _snapshot() == first


def test_the_demo_2026_budget_is_2025_indexed_by_3_1_percent(db):
    demo.load()
    year = BudgetYear.objects.get(year=2026)
    assert year.based_on.year == 2025
    assert str(year.indexation_percent) == "3.10"
    assert str(year.allocation) == "1470000.00"


def test_the_2024_entries_are_marked_as_made_up(db):
    demo.load()
    texts = OutcomeEntry.objects.filter(line__budget_year__year=2024).values_list("text", flat=True)
    assert texts and all(text.startswith("Demo:") for text in texts)
