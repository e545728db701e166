"""The budget of the seed documents, loaded once per test that asks for it."""

import pytest

from budget import demo


@pytest.fixture
def demo_budget(db):
    """Budgets 2024–2026 with their outcome entries, as `load_demo` loads them."""
    demo.load()


@pytest.fixture
def seed_data(demo_data):
    """The minutes, people and budgets of the demo: decisions commit money, attendance earns fees."""
