"""Swedish unless the reader chooses English; then English everywhere, the admin included."""

import pytest

from tests.browser.conftest import assert_no_axe_violations, log_in
from tests.conftest import totp_device
from tests.i18n.helpers import november_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def english_browser(browser, live_server):
    """A browser whose reader has English first in the language settings."""
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", extra_http_headers={"Accept-Language": "en-GB,en"}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def minutes(secretary, adjuster, member):
    return november_minutes(secretary, adjuster, member)


def choose_english(page):
    page.get_by_label("Språk").select_option("en")
    page.get_by_role("button", name="Byt").click()
    page.wait_for_selector("html[lang=en]")


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first, second):
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colour(page, selector, prop):
    """The computed colour as (r, g, b); a see-through colour counts as none."""
    text = page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")
    values = [float(v) for v in text[text.index("(") + 1 : text.index(")")].split(",")]
    assert len(values) == 3 or values[3] == 1, f"{selector} has a see-through {prop}: {text}"
    return values[:3]


def test_an_english_browser_gets_swedish_until_the_reader_chooses_english(english_browser):
    page = english_browser
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("link", name="Protokoll").first.is_visible()
    choose_english(page)
    assert page.get_by_role("link", name="Minutes").first.is_visible()
    page.goto("/underskrivare/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Signatories of the agreement"
    # The choice is remembered by the browser, not by the tab.
    other_tab = page.context.new_page()
    other_tab.goto("/")
    assert other_tab.locator("html").get_attribute("lang") == "en"
    other_tab.get_by_label("Language").select_option("sv")
    other_tab.get_by_role("button", name="Change").click()
    other_tab.wait_for_selector("html[lang=sv]")


def test_the_language_button_does_not_look_disabled(page):
    page.goto("/")
    button = "footer form button[type=submit]"
    assert page.eval_on_selector(button, "e => getComputedStyle(e).opacity") == "1"
    assert not page.eval_on_selector(button, "e => e.disabled")
    background = colour(page, button, "backgroundColor")
    # A filled button that stands out from the page (WCAG 1.4.11: 3:1), with readable text.
    assert contrast(background, colour(page, "body", "backgroundColor")) >= 3
    assert contrast(colour(page, button, "color"), background) >= 4.5


def test_the_member_reads_a_meeting_in_english(page, member, minutes):
    log_in(page, member)
    choose_english(page)
    page.goto(f"/moten/{minutes.pk}/")
    assert page.get_by_role("heading", name="Agenda and minutes").is_visible()
    assert page.get_by_role("heading", name="Attendees").is_visible()
    assert page.get_by_role("heading", name="1. Verksamhetsplan och budget").is_visible()
    assert_no_axe_violations(page)


def test_the_secretary_works_in_the_admin_in_english(page, secretary, minutes):
    totp_device(secretary)
    log_in(page, secretary)
    choose_english(page)
    page.goto(f"/admin/meetings/meeting/{minutes.pk}/change/")
    assert page.get_by_role("heading", name="Change meeting").is_visible()
    assert page.get_by_text("Add another Attendance").is_visible()
    assert page.get_by_text("Add another Agenda item").is_visible()
    assert "Heading" in page.locator("#agenda_items-group").inner_text()
    assert page.get_by_label("Title:").input_value() == "Novembermötet"
    assert page.locator("#id_kind option:checked").inner_text() == "Steering group meeting"
    assert page.get_by_text("Add another Närvaro").count() == 0
    # The delete box of a row is named in English too, from its column's heading.
    delete = page.locator("#attendances-group td.delete input[type=checkbox]").first
    assert delete.get_attribute("aria-label") == "Delete"
