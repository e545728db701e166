"""The budget pages in a real browser: axe finds nothing, the chart fits a phone, CSP holds."""

import pytest

from budget import demo
from tests.browser.conftest import assert_no_axe_violations, csp_refusals, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def budget_data(transactional_db):
    demo.load()


def test_member_reads_the_follow_up_without_axe_violations(page, member, budget_data):
    errors = csp_refusals(page)
    log_in(page, member)
    page.goto("/budget/?year=2025&until=2025-12-31")
    assert page.get_by_role("heading", level=1).inner_text() == "Budgetuppföljning 2025"
    assert page.get_by_role("img", name="Budget och utfall 2025 per post").count() == 1
    assert page.get_by_role("row", name="Arvoden").inner_text().split()[-1] == "+154"
    assert_no_axe_violations(page)
    assert errors == []  # no Content-Security-Policy refusal
    page.goto("/budget/?year=2026&until=2026-12-31")  # with the table of other-year entries
    assert page.get_by_role("heading", name="Poster för ett annat verksamhetsår").is_visible()
    assert_no_axe_violations(page)


def test_the_follow_up_fits_a_phone(phone_page, member, budget_data):
    log_in(phone_page, member)
    phone_page.goto("/budget/?year=2025")
    chart_width = phone_page.locator("figure.chart svg").bounding_box()["width"]
    assert chart_width <= 390
    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390
    assert_no_axe_violations(phone_page)


def test_process_leader_previews_next_years_budget_without_axe_violations(
    page, process_leader, budget_data
):
    log_in(page, process_leader)
    page.goto("/budget/nasta-ar/")
    page.get_by_label("Utgå från budgetår").select_option("2026")
    page.get_by_label("Uppräkning (%)").fill("2,5")
    page.get_by_role("button", name="Förhandsgranska").click()
    assert "hela tusental kronor" in page.get_by_role("note").inner_text()
    assert page.get_by_role("button", name="Skapa budget 2027").is_visible()
    assert_no_axe_violations(page)
