"""A member reads minutes on a phone; the start page and the meeting page pass axe; an outsider
reads approved minutes at /protokoll/ and gets 404 for a draft."""

import datetime

import pytest

from meetings.models.meeting import Status
from tests.browser.conftest import assert_no_axe_violations, csp_refusals, log_in
from tests.portal.conftest import make_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def minutes(secretary, adjuster, second_adjuster, member):
    def make(status, day, title):
        return make_minutes(
            status,
            day,
            adjusters=[adjuster, second_adjuster],
            secretary=secretary,
            owner=member,
            title=title,
        )

    return {
        "sent": make(Status.SENT, datetime.date(2025, 11, 20), "Novembermötet"),
        "draft": make(Status.DRAFT, datetime.date(2025, 12, 5), "Decembermötet (utkast)"),
        "approved": make(Status.APPROVED, datetime.date(2025, 9, 5), "Septembermötet"),
    }


def test_member_reads_minutes_on_a_phone(phone_page, member, minutes):
    errors = csp_refusals(phone_page)
    log_in(phone_page, member)
    assert phone_page.get_by_role("heading", name="Dina öppna uppdrag").is_visible()
    assert_no_axe_violations(phone_page)  # the start page
    phone_page.goto(f"/moten/{minutes['sent'].pk}/")
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Novembermötet"
    assert phone_page.get_by_role("heading", name="1. Verksamhetsplan och budget").is_visible()
    assert phone_page.get_by_text("§ 1/2025").first.is_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_no_axe_violations(phone_page)  # a meeting page
    assert errors == []  # nothing refused by the Content-Security-Policy


def test_member_comments_on_an_agenda_item(page, member, minutes):
    log_in(page, member)
    page.goto(f"/moten/{minutes['sent'].pk}/")
    page.get_by_text("Kommentera").first.click()
    page.get_by_label("Din kommentar till sekreteraren").fill("Det ska stå 3,1 procent.")
    page.get_by_role("button", name="Skicka kommentaren").click()
    assert page.get_by_text("Det ska stå 3,1 procent.").is_visible()


def test_outsider_reads_approved_minutes_and_gets_404_for_a_draft(page, minutes):
    errors = csp_refusals(page)
    page.goto("/protokoll/?ar=2025")
    page.get_by_role("link", name="5 september 2025: Septembermötet").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Septembermötet"
    assert page.get_by_text("SHA-256:").is_visible()
    assert_no_axe_violations(page)  # the public minutes page
    assert page.get_by_text("Decembermötet").count() == 0
    response = page.goto(f"/protokoll/{minutes['draft'].pk}/")
    assert response.status == 404
    response = page.goto(f"/moten/{minutes['draft'].pk}/")
    assert "/konto/login/" in page.url  # members' pages ask for a login, revealing nothing
    assert errors == []


def test_versions_action_items_search_and_calendar_pages_pass_axe(page, member, adjuster, minutes):
    from meetings import corrections

    decision = minutes["sent"].decisions.get()
    corrections.save_correction(
        decision, adjuster, 1, {"text": "RÖS-gruppen beslutade att uppmärksamma."}
    )
    log_in(page, member)
    for url in (
        f"/rattelse/beslut/{decision.pk}/versioner/",
        "/uppdrag/",
        "/sok/?q=budget",
        "/kalender/",
        "/moten/?ar=2025",
    ):
        page.goto(url)
        assert_no_axe_violations(page)
    page.goto(f"/rattelse/beslut/{decision.pk}/versioner/")
    assert page.locator("del").first.inner_text().startswith("[borttaget:")


def test_secretary_answers_a_comment_on_the_meeting_page(page, secretary, member, minutes):
    from meetings.models import Comment

    item = minutes["sent"].agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Saknas en siffra?")
    log_in(page, secretary)
    page.goto(f"/moten/{minutes['sent'].pk}/")
    assert_no_axe_violations(page)
    page.get_by_text("Svara", exact=True).click()
    page.get_by_label("Svar", exact=True).fill("Tillagd.")
    page.get_by_label("Markera som löst").check()
    page.get_by_role("button", name="Spara svaret").click()
    assert page.get_by_text("Svaret är sparat.").is_visible()
    note.refresh_from_db()
    assert note.answer == "Tillagd." and note.resolved_at is not None
