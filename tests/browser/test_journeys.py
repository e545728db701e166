"""Jan, an adjuster, goes from the e-mail to his approval in three clicks or fewer; Kerstin, a
member, sees the confirmation of her comment where the comment is."""

import re

import pytest
from django.core import mail

from meetings import emails
from tests.browser.test_portal_approval import sent  # noqa: F401 - fixture
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_jan_approves_from_the_e_mail_link_in_three_clicks_or_fewer(
    page,
    live_server,
    settings,
    adjuster,
    secretary,
    sent,  # noqa: F811
):
    settings.SITE_URL = live_server.url
    emails.send_approval_requests(sent, sent.adjusters.all(), sender=secretary)
    message = next(m for m in mail.outbox if m.to == [adjuster.email])
    link = re.search(r"https?://\S+", message.body).group(0)

    page.goto(link)
    page.get_by_label("Användarnamn").fill(adjuster.username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"**/moten/{sent.pk}/justera/")

    clicks = 0
    page.get_by_role("button", name=re.compile("Jag justerar version")).click()
    clicks += 1
    page.get_by_text("Tack! Din justering är registrerad.").wait_for()
    print(f"\nFrom the e-mail link to an approval: {clicks} click(s) after login")
    assert clicks <= 3
    assert sent.approvals.filter(adjuster__user=adjuster, voided_at__isnull=True).exists()


def test_kerstin_sees_her_comment_confirmed_where_she_wrote_it(phone_page, member, sent):  # noqa: F811
    from tests.browser.conftest import log_in

    log_in(phone_page, member)
    item = sent.agenda_items.first()
    phone_page.goto(f"/moten/{sent.pk}/#punkt-{item.pk}")
    phone_page.locator(f"#punkt-{item.pk} summary", has_text="Kommentera").click()
    phone_page.get_by_label("Din kommentar till sekreteraren").fill("Stryk 'preliminärt'.")
    phone_page.get_by_role("button", name="Skicka kommentaren").click()
    confirmation = phone_page.get_by_text("Din kommentar är sparad. Sekreteraren ser den.")
    confirmation.wait_for()
    # The page opens at the comment (Bootstrap scrolls there smoothly): the confirmation is
    # in view without scrolling.
    phone_page.wait_for_function(
        """() => {
          const el = document.querySelector('.comment [role=status]');
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }""",
        timeout=3000,
    )
