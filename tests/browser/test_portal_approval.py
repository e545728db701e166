"""Two adjusters correct the same decision: the second, stale save is refused and nothing is
lost; then both approve and the minutes become public."""

import datetime

import pytest

from meetings.models import ArchivedMinutes, Decision
from meetings.models.meeting import Status
from tests.browser.conftest import assert_no_axe_violations, log_in
from tests.portal.conftest import make_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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


@pytest.fixture
def second_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def test_two_adjusters_edit_the_same_decision_and_then_both_approve(
    page, second_page, adjuster, second_adjuster, sent
):
    page.set_default_timeout(20_000)
    decision = sent.decisions.get()
    edit_url = f"/rattelse/beslut/{decision.pk}/"
    jan, soraya = page, second_page
    log_in(jan, adjuster)
    log_in(soraya, second_adjuster)
    jan.goto(edit_url)
    soraya.goto(edit_url)
    assert_no_axe_violations(jan)  # the edit form

    jan.get_by_label("Beslut").fill(
        "RÖS-gruppen beslutade att fira överenskommelsen den 5 december."
    )
    jan.get_by_role("button", name="Spara som ny version").click()
    assert jan.get_by_text("Ändringen är sparad som en ny version.").is_visible()

    soraya.get_by_label("Beslut").fill("RÖS-gruppen beslutade att fira 10 år med överenskommelsen.")
    soraya.get_by_role("button", name="Spara som ny version").click()
    alert = soraya.get_by_role("alert")
    assert "Din ändring är inte sparad" in alert.inner_text()
    assert "den 5 december" in alert.inner_text()  # Jan's version is shown
    assert "Jan Linde" in alert.inner_text()
    assert (
        soraya.get_by_label("Beslut").input_value()
        == "RÖS-gruppen beslutade att fira 10 år med överenskommelsen."
    )
    assert_no_axe_violations(soraya)  # the edit form with the refusal
    decision.refresh_from_db()
    assert decision.text.endswith("den 5 december.")  # nothing lost: Jan's save stands

    soraya.get_by_label("Beslut").fill(
        "RÖS-gruppen beslutade att fira 10 år med överenskommelsen den 5 december."
    )
    soraya.get_by_role("button", name="Spara som ny version").click()
    assert soraya.get_by_text("Ändringen är sparad som en ny version.").is_visible()
    assert Decision.objects.get(pk=decision.pk).version == 3

    for who in (jan, soraya):
        who.goto(f"/moten/{sent.pk}/justera/")
        assert_no_axe_violations(who)  # the approval page
        who.get_by_role("button", name="Jag justerar version").click()
    assert soraya.get_by_text("Alla har justerat").is_visible()
    sent.refresh_from_db()
    assert sent.status == Status.APPROVED
    assert bytes(ArchivedMinutes.objects.get(meeting=sent).pdf).startswith(b"%PDF")

    soraya.context.clear_cookies()
    soraya.goto("/protokoll/?ar=2025")
    soraya.get_by_role("link", name="20 november 2025: Novembermötet").click()
    assert soraya.get_by_text("Justerat av Jan Linde").is_visible()
    assert soraya.get_by_text("Justerat av Soraya Zarza Lundberg").is_visible()
