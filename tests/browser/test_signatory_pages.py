"""The signatory pages in a real browser: axe finds nothing, phones fit, the CSP holds."""

import pytest

from signatories import demo
from tests.browser.conftest import assert_no_axe_violations, csp_refusals, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def register(transactional_db):
    demo.load()


def test_anyone_searches_the_public_list_without_axe_violations(page, register):
    errors = csp_refusals(page)
    page.goto("/underskrivare/")
    assert page.get_by_role("heading", level=1).inner_text() == "Underskrivare av överenskommelsen"
    page.get_by_label("Sök på namn").fill("faktum")
    page.get_by_role("button", name="Sök").click()
    assert page.get_by_role("row", name="Faktum").count() == 1
    assert_no_axe_violations(page)
    assert errors == []  # no Content-Security-Policy refusals


def test_the_public_list_fits_a_phone(phone_page, register):
    phone_page.goto("/underskrivare/?sida=2")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_no_axe_violations(phone_page)


def test_member_reads_the_statistics_without_axe_violations(page, member, register):
    errors = csp_refusals(page)
    log_in(page, member)
    page.goto("/underskrivare/statistik/?datum=2025-12-31")
    assert page.get_by_role("img", name="Antal underskrivare vid årets slut 2014–2025").count() == 1
    assert page.get_by_role("row", name="2025").inner_text().split()[-1] == "133"
    assert_no_axe_violations(page)
    assert errors == []


def test_the_statistics_fit_a_phone(phone_page, member, register):
    log_in(phone_page, member)
    phone_page.goto("/underskrivare/statistik/?datum=2025-12-31")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_no_axe_violations(phone_page)
