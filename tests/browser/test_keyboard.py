"""Jan approves the minutes with the keyboard alone: Tab to move, typing and Enter to act."""

import datetime
from urllib.parse import urlsplit

import pytest

from meetings.models import Approval
from meetings.models.meeting import Status
from tests.conftest import PASSWORD
from tests.i18n.helpers import november_minutes
from tests.portal.conftest import make_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName, text: (el.innerText || el.value || '').trim(),
          label: el.labels && el.labels[0] ? el.labels[0].innerText.trim() : '',
          href: el.getAttribute('href') || '', visible: el.matches(':focus-visible')};
}"""


def tab_to(page, matches, limit=80):
    """Press Tab until the focused element matches; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if matches(focused):
            return focused
    raise AssertionError("Tab never reached the element")


def test_jan_logs_in_opens_the_minutes_and_approves_them_by_keyboard(
    page, adjuster, second_adjuster, secretary, member
):
    sent = make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[adjuster, second_adjuster],
        secretary=secretary,
        owner=member,
        title="Novembermötet",
    )
    page.goto("/konto/login/")
    # The skip link comes first and is visible when focused.
    skip = tab_to(page, lambda f: f["href"] == "#main")
    assert skip["visible"]
    tab_to(page, lambda f: f["label"].startswith("Användarnamn"))
    page.keyboard.type(adjuster.username)
    tab_to(page, lambda f: f["label"].startswith("Lösenord"))
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlsplit(url).path == "/")

    link = tab_to(page, lambda f: f["href"] == f"/moten/{sent.pk}/justera/")
    assert "Novembermötet" in link["text"]
    assert link["visible"]  # the focus can be seen
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/moten/{sent.pk}/justera/")

    button = tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"].startswith("Jag justerar"))
    assert button["visible"]
    page.keyboard.press("Enter")
    page.get_by_text("Din justering är registrerad").wait_for()
    assert Approval.objects.filter(
        meeting=sent, adjuster__user=adjuster, voided_at__isnull=True
    ).exists()


def test_kerstin_comments_on_an_agenda_item_by_keyboard(page, adjuster, secretary, member):
    from meetings.models import Comment
    from tests.browser.conftest import log_in

    sent = november_minutes(secretary, adjuster, member)
    item = sent.agenda_items.get()
    log_in(page, member)
    page.goto(f"/moten/{sent.pk}/")
    summary = tab_to(page, lambda f: f["tag"] == "SUMMARY" and f["text"].startswith("Kommentera"))
    assert summary["visible"]
    page.keyboard.press("Enter")  # opens the form
    tab_to(page, lambda f: f["label"] == "Din kommentar till sekreteraren", limit=3)
    page.keyboard.type("Ska det stå 3,2 procent?")
    button = tab_to(page, lambda f: f["text"] == "Skicka kommentaren", limit=3)
    assert button["visible"]
    page.keyboard.press("Enter")
    page.get_by_text("Din kommentar är sparad. Sekreteraren ser den.").wait_for()
    assert Comment.objects.get(agenda_item=item, author=member).text == "Ska det stå 3,2 procent?"
