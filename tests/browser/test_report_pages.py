"""The annual report pages in a real browser: axe finds nothing, CSP holds, the preview works."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import assert_no_axe_violations, csp_refusals, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo", verbosity=0, without_pdfs=True)


def test_the_public_reads_the_2025_report_without_axe_violations(page, demo_data):
    errors = csp_refusals(page)
    page.goto("/rapporter/2025/")
    assert page.get_by_role("heading", level=1).inner_text() == "Årsrapport 2025"
    assert page.get_by_role("heading", name="1. Jämbördig dialog").is_visible()
    assert page.get_by_role("img", name="Antal underskrivare vid årets slut 2016–2025").count() == 1
    budget = page.get_by_role("table", name="Budgetutfall 2025 i tkr (1000-tals kr)")
    assert budget.get_by_role("row", name="Summa").inner_text().split()[-1] == "+367"
    sources = page.get_by_role("table", name="Budgetposter och utfallsposter 2025")
    assert sources.get_by_role("row", name="Summa").inner_text().split() == [
        "Summa",
        "1",
        "426",
        "31",
        "1",
        "059",
    ]
    assert page.get_by_role("link", name="Redigera").count() == 0
    assert_no_axe_violations(page)
    assert errors == []


def test_the_report_fits_a_phone(phone_page, demo_data):
    phone_page.goto("/rapporter/2025/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_no_axe_violations(phone_page)


def test_the_process_leader_previews_markdown_while_editing(page, process_leader, demo_data):
    errors = csp_refusals(page)
    log_in(page, process_leader)
    page.goto("/rapporter/2025/redigera/")
    assert_no_axe_violations(page)
    introduction = page.get_by_label("Inledning")
    introduction.fill("**Vi höll {{antal_styrgruppsmöten}} möten** <script>x</script>")
    page.get_by_role("button", name="Förhandsgranska").first.click()
    preview = page.locator("#preview-0")
    preview.locator("strong").wait_for()
    assert preview.inner_text() == "Vi höll åtta möten"
    assert preview.locator("script").count() == 0
    assert errors == []
