"""Jesper, the secretary, records a meeting in the admin and sends it to the adjusters."""

import re

import pytest
from django.core import mail

from meetings.models import Decision, Meeting
from tests.browser.conftest import assert_no_axe_violations, axe_violations, log_in
from tests.conftest import totp_device

pytestmark = pytest.mark.browser


def pick(page, field, text):
    """Choose a person in an admin autocomplete (select2) field."""
    page.locator(f".field-{field} .select2-selection").first.click()
    page.locator(".select2-search__field").last.fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()
    close_dropdown(page)


def close_dropdown(page):
    # A multiple select2 stays open after a choice; the next click would only close it.
    page.keyboard.press("Escape")
    page.locator("#content h1").click()


def pick_inline(page, row, text):
    page.locator(f"#{row} .select2-selection").first.click()
    page.locator(".select2-search__field").last.fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()
    close_dropdown(page)


def log_in_secretary(page, secretary):
    # The authenticator device must exist before the login form is sent, or staff are led
    # to enrol a new one instead of the code step that log_in expects.
    totp_device(secretary)
    log_in(page, secretary)


def add_row(page, group):
    page.locator(f"#{group}-group .add-row a").click()


def test_the_secretary_records_a_meeting_and_sends_it_for_approval(
    page, secretary, adjuster, second_adjuster, june_meeting
):
    log_in_secretary(page, secretary)
    page.goto("/admin/meetings/meeting/add/")
    page.fill("#id_title", "Sammanträde med RÖS-gruppen i december")
    page.fill("#id_date", "2024-12-13")
    page.fill("#id_place", "Ängås gård, Frölunda")
    page.locator('input[name="_continue"]').click()
    page.wait_for_url(re.compile(r"/admin/meetings/meeting/\d+/change/"))
    meeting = Meeting.objects.get(title="Sammanträde med RÖS-gruppen i december")

    # Attendance from the June meeting, without retyping names.
    page.get_by_role("link", name="Kopiera närvaro från föregående möte").click()
    page.get_by_role("button", name="Kopiera närvaro").click()
    page.wait_for_url(re.compile(r"/change/"))
    assert meeting.attendances.count() == 3

    pick(page, "adjusters", "Jan Linde")
    pick(page, "adjusters", "Soraya Zarza Lundberg")

    add_row(page, "agenda_items")
    page.fill("#id_agenda_items-0-heading", "Verksamhetsplan 2025")
    page.fill("#id_agenda_items-0-body", "Utkastet **godkändes** med ändringar.")
    page.locator("#agenda_items-0 .markdown-preview-button").click()
    preview = page.locator("#agenda_items-0 .markdown-preview")
    preview.locator("strong", has_text="godkändes").wait_for()

    add_row(page, "decisions")
    page.fill("#id_decisions-0-text", "RÖS-gruppen beslutade att anta verksamhetsplanen.")
    add_row(page, "action_items")
    page.fill("#id_action_items-0-text", "Skicka verksamhetsplanen till BMR.")
    pick_inline(page, "action_items-0", "Kerstin Söderberg")
    page.fill("#id_action_items-0-due_date", "2025-01-31")
    page.locator('input[name="_continue"]').click()
    page.wait_for_url(re.compile(r"/change/"))
    assert page.locator(".errornote").count() == 0, page.locator(".errorlist").all_inner_texts()

    decision = Decision.objects.get(meeting=meeting)
    assert (
        page.locator("#decisions-0 .field-paragraph .readonly").inner_text()
        == f"§ {decision.number}/2024"
    )
    assert meeting.action_items.get().owners.get().name == "Kerstin Söderberg"
    assert_no_axe_violations(page)

    mail.outbox.clear()
    page.get_by_role("button", name="Spara och skicka för justering").first.click()
    page.get_by_role("button", name="Skicka för justering").click()
    page.wait_for_url(re.compile(r"/change/"))
    page.get_by_text("Anteckningarna skickades för justering.").wait_for()
    meeting.refresh_from_db()
    assert meeting.status == "sent"
    assert sorted(m.to[0] for m in mail.outbox) == sorted([adjuster.email, second_adjuster.email])
    assert all("13 december 2024" in m.subject for m in mail.outbox)


def test_sending_without_adjusters_shows_the_reason_in_swedish(page, secretary, august_meeting):
    august_meeting.adjusters.clear()
    log_in_secretary(page, secretary)
    page.goto(f"/admin/meetings/meeting/{august_meeting.pk}/skicka-for-justering/")
    page.get_by_role("button", name="Skicka för justering").click()
    page.get_by_text("Ange minst en justerare").wait_for()
    assert mail.outbox == []


def test_the_confirmation_pages_pass_axe(page, secretary, august_meeting):
    log_in_secretary(page, secretary)
    for path in ["kopiera-narvaro", "skicka-for-justering"]:
        page.goto(f"/admin/meetings/meeting/{august_meeting.pk}/{path}/")
        assert axe_violations(page) == [], path
