"""After a refused form the focus goes to what was wrong (WCAG 3.3.1): to the error summary if
the page has one, else to the first invalid field, so a keyboard or screen-reader user does not
have to hunt for it."""

import datetime

import pytest
from django.core.management import call_command

from budget import demo
from meetings.models.meeting import Status
from tests.browser.conftest import csp_refusals, log_in
from tests.portal.conftest import make_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const e = document.activeElement;
  return {tag: e.tagName, id: e.id, summary: e.hasAttribute('data-error-summary'),
          text: e.innerText || ''};
}"""


def refused_submit(page, button):
    """Press the button and wait for the page that says what was refused."""
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()
    # After what the page's scripts do once it has loaded.
    page.evaluate("() => new Promise(done => setTimeout(done, 20))")
    return page.evaluate(FOCUSED)


@pytest.fixture
def sent(secretary, adjuster, second_adjuster, member):
    return make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[adjuster, second_adjuster],
        secretary=secretary,
        owner=member,
        title="Novembermötet",
    )


def test_a_refused_login_puts_the_focus_on_the_reason(page, member):
    errors = csp_refusals(page)
    page.goto("/konto/login/")
    page.get_by_label("Användarnamn").fill(member.username)
    page.get_by_label("Lösenord").fill("fel lösenord")
    focused = refused_submit(page, "Logga in")
    assert focused["summary"], focused
    assert "lösenord" in focused["text"], focused
    assert errors == []  # the script is a file of the portal's own, as the CSP demands


def test_the_members_comment_of_only_spaces_puts_the_focus_on_her_comment(page, member, sent):
    item = sent.agenda_items.get()
    log_in(page, member)
    page.goto(f"/moten/{sent.pk}/")
    page.get_by_text("Kommentera").first.click()
    page.get_by_label("Din kommentar till sekreteraren").fill("   ")
    focused = refused_submit(page, "Skicka kommentaren")
    assert "tom_kommentar=" in page.url
    assert focused["id"] == f"comment-{item.pk}", focused


def test_the_secretarys_refused_answer_puts_the_focus_on_the_message_saying_why(
    page, secretary, member, administrator, sent
):
    from meetings.models import Comment

    note = Comment.objects.create(
        agenda_item=sent.agenda_items.get(), author=member, text="Stämmer summan?"
    )
    log_in(page, secretary)
    page.goto(f"/moten/{sent.pk}/")
    # The administrator answers while the secretary's page is open.
    Comment.objects.filter(pk=note.pk).update(answer="Ja.", answered_by=administrator, version=1)
    page.locator(f"#kommentar-{note.pk} summary").click()
    page.get_by_label("Svar", exact=True).fill("Nej.")
    focused = refused_submit(page, "Spara svaret")
    assert focused["summary"], focused
    assert focused["text"].startswith("Svaret är inte sparat"), focused


def test_the_adjusters_empty_correction_puts_the_focus_on_the_field(page, adjuster, sent):
    decision = sent.decisions.get()
    log_in(page, adjuster)
    page.goto(f"/rattelse/beslut/{decision.pk}/")
    page.locator("#id_text").fill("")
    focused = refused_submit(page, "Spara som ny version")
    assert focused["id"] == "id_text", focused


def test_the_process_leaders_refused_percentage_puts_the_focus_on_it(page, process_leader):
    demo.load()
    log_in(page, process_leader)
    page.goto("/budget/nasta-ar/")
    page.get_by_label("Uppräkning (%)").fill("tre")
    focused = refused_submit(page, "Förhandsgranska")
    assert focused["id"] == "id_percent", focused


def test_the_process_leaders_refused_report_puts_the_focus_on_the_error_summary(
    page, process_leader
):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    log_in(page, process_leader)
    page.goto("/rapporter/2025/redigera/")
    page.locator("#id_title").fill("")
    focused = refused_submit(page, "Spara")
    assert focused["id"] == "error-summary", focused
    assert focused["text"].startswith("Rapporten är inte sparad"), focused
