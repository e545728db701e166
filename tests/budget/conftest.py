"""The budget of the seed documents, loaded once per test that asks for it."""

import pytest

from budget import demo


@pytest.fixture
def demo_budget(db):
    """Budgets 2024–2026 with their outcome entries, as `load_demo` loads them."""
    demo.load()


@pytest.fixture
def seed_data(db):
    """The minutes, people and budgets of the demo: decisions commit money, attendance earns fees."""
    from budget import demo as budget_demo
    from meetings import demo as meetings_demo
    from reports.demo import load_action_plan

    load_action_plan()
    meetings_demo.load()
    budget_demo.load()
