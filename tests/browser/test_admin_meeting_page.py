"""The secretary's meeting page on a 1366 px laptop: no sideways scroll, numbers that follow,
and an autocomplete whose Enter picks the name typed."""

import pytest

from tests.browser.conftest import assert_no_axe_violations, log_in
from tests.conftest import totp_device

pytestmark = pytest.mark.browser


@pytest.fixture
def laptop(browser, live_server, secretary):
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 1366, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    totp_device(secretary)
    log_in(page, secretary)
    yield page
    context.close()


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_meeting_page_with_attendance_fits_a_1366_screen(laptop, august_meeting):
    laptop.goto(f"/admin/meetings/meeting/{august_meeting.pk}/change/")
    assert august_meeting.attendances.exists()
    assert scroll_width(laptop) <= 1366
    delete = laptop.locator("#attendances-0 td.delete input")
    assert delete.bounding_box()["x"] + delete.bounding_box()["width"] <= 1366
    assert_no_axe_violations(laptop)


def test_new_agenda_items_and_attendance_rows_get_the_next_number(laptop, august_meeting):
    laptop.goto(f"/admin/meetings/meeting/{august_meeting.pk}/change/")
    last = max(august_meeting.agenda_items.values_list("order", flat=True))
    laptop.locator("#agenda_items-group .add-row a").click()
    laptop.locator("#agenda_items-group .add-row a").click()
    orders = laptop.locator("#agenda_items-group input[name$='-order']:not([name*='__prefix__'])")
    values = [int(v) for v in orders.evaluate_all("inputs => inputs.map(i => i.value)")]
    assert values[-2:] == [last + 1, last + 2]


def test_enter_in_an_autocomplete_picks_the_name_just_typed(laptop, august_meeting):
    laptop.goto("/admin/meetings/meeting/add/")
    laptop.locator(".field-secretary .select2-selection").click()
    laptop.keyboard.type("Jan")
    laptop.keyboard.press("Enter")
    laptop.locator(".field-secretary .select2-selection").get_by_text("Jan Linde").wait_for()
    laptop.locator(".field-secretary .select2-selection").click()
    # Typed and Enter at once: the results on screen are still Jan's.
    laptop.keyboard.type("Soraya")
    laptop.keyboard.press("Enter")
    laptop.locator(".field-secretary .select2-selection").get_by_text("Soraya").wait_for()
    assert laptop.locator("#id_secretary option:checked").inner_text() == "Soraya Zarza Lundberg"


def test_the_send_button_saves_first_and_the_old_link_is_gone(laptop, august_meeting):
    laptop.goto(f"/admin/meetings/meeting/{august_meeting.pk}/change/")
    assert laptop.get_by_role("link", name="Skicka för justering").count() == 0
    laptop.fill("#id_title", "Ändrad rubrik före utskick")
    laptop.get_by_role("button", name="Spara och skicka för justering").first.click()
    laptop.get_by_role("heading", name="Det här skickas").wait_for()
    august_meeting.refresh_from_db()
    assert august_meeting.title == "Ändrad rubrik före utskick"
    assert august_meeting.status == "draft"
