"""axe-core finds 0 WCAG 2.1 A/AA violations on every page of the portal, the public pages and
the admin pages the secretary uses for meetings."""

import datetime

import pytest
from django.core.management import call_command

from meetings.models.meeting import Status
from reports.models import AnnualReport, ReportStatus
from tests.browser.conftest import axe_violations, log_in
from tests.portal.conftest import make_minutes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def minutes(secretary, adjuster, second_adjuster, member):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    common = {"secretary": secretary, "owner": member}
    return {
        "sent": make_minutes(
            Status.SENT,
            datetime.date(2025, 11, 20),
            adjusters=[adjuster, second_adjuster],
            title="Novembermötet",
            **common,
        ),
        "approved": make_minutes(
            Status.APPROVED,
            datetime.date(2025, 10, 1),
            adjusters=[adjuster],
            title="Oktobermötet",
            **common,
        ),
    }


def check(page, urls):
    """Visit each URL and collect axe's violations per page, so one run reports them all."""
    found = {}
    for url in urls:
        response = page.goto(url)
        assert response.status < 400, (url, response.status)
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert found == {}


def test_the_public_pages_are_accessible(page, minutes):
    published = AnnualReport.objects.get(status=ReportStatus.PUBLISHED)
    check(
        page,
        [
            "/",
            "/protokoll/",
            f"/protokoll/{minutes['approved'].pk}/",
            "/beslut/",
            "/beslut/?q=finnsinte",
            "/underskrivare/",
            "/underskrivare/?q=f",
            "/rapporter/",
            "/sok/?q=budget",
            "/tillganglighet/",
            "/personuppgifter/",
            "/konto/login/",
            "/konto/password_reset/",
            "/konto/password_reset/done/",
            f"/rapporter/{published.year}/",
        ],
    )


def test_the_missing_page_is_accessible(page, db):
    page.goto("/finns-inte/")
    assert axe_violations(page) == []


def test_the_page_for_an_address_that_only_takes_forms_is_accessible(page, db):
    response = page.goto("/konto/logout/")
    assert response.status == 405
    assert axe_violations(page) == []


def test_kerstins_portal_pages_are_accessible(page, member, minutes):
    log_in(page, member)
    sent = minutes["sent"]
    check(
        page,
        [
            "/",
            "/moten/",
            f"/moten/{sent.pk}/",
            f"/moten/{minutes['approved'].pk}/",
            "/uppdrag/",
            f"/uppdrag/{sent.action_items.get().pk}/avsluta/",
            "/beslut/",
            "/konto/meddelanden/",
            "/sok/?q=budget",
            "/kalender/",
            "/budget/",
            "/underskrivare/statistik/",
            "/rapporter/",
            "/konto/password_change/",
            "/konto/tvafaktor/aktivera/",
        ],
    )


def test_jans_adjuster_pages_are_accessible(page, adjuster, minutes):
    log_in(page, adjuster)
    sent = minutes["sent"]
    decision = sent.decisions.get()
    check(
        page,
        [
            f"/moten/{sent.pk}/justera/",
            f"/rattelse/beslut/{decision.pk}/",
            f"/rattelse/punkt/{sent.agenda_items.first().pk}/",
            f"/rattelse/uppdrag/{sent.action_items.get().pk}/",
            f"/rattelse/beslut/{decision.pk}/versioner/",
        ],
    )


def test_ericas_pages_are_accessible(page, process_leader, minutes):
    log_in(page, process_leader)
    year = AnnualReport.objects.get(status=ReportStatus.PUBLISHED).year
    check(
        page,
        [
            "/budget/",
            "/budget/nasta-ar/",
            "/rapporter/",
            f"/rapporter/{year}/",
            f"/rapporter/{year}/redigera/",
            "/konto/tvafaktor/aktivera/",
            "/konto/password_change/",
        ],
    )


def test_the_two_factor_step_is_accessible(page, secretary, db):
    from tests.conftest import PASSWORD, totp_device

    totp_device(secretary)
    page.goto("/konto/login/")
    page.get_by_label("Användarnamn").fill(secretary.username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/konto/tvafaktor/**")
    assert axe_violations(page) == []
    page.get_by_label("Engångskod från appen").fill("000000")
    page.get_by_role("button", name="Verifiera").click()
    assert page.get_by_text("Koden stämmer inte").is_visible()
    assert axe_violations(page) == []  # with the error shown


def test_jespers_meeting_pages_in_the_admin_are_accessible(page, secretary, minutes):
    log_in(page, secretary)
    sent = minutes["sent"]
    check(
        page,
        [
            "/admin/meetings/meeting/",
            "/admin/meetings/meeting/add/",
            f"/admin/meetings/meeting/{sent.pk}/change/",
            f"/admin/meetings/meeting/{minutes['approved'].pk}/change/",
            f"/admin/meetings/meeting/{sent.pk}/spar/",
        ],
    )


def test_jespers_other_admin_pages_are_accessible(page, secretary, minutes):
    """The admin pages with an autocomplete field or an old version's form, beyond the
    meeting page: every select2 box and every field of a table row has a name."""
    log_in(page, secretary)
    decision = minutes["sent"].decisions.get()
    record = decision.history.earliest()
    check(
        page,
        [
            "/admin/meetings/term/add/",
            "/admin/meetings/accessgrant/add/",
            "/admin/meetings/attachment/add/",
            f"/admin/meetings/decision/{decision.pk}/history/{record.pk}/",
        ],
    )


def test_ericas_admin_pages_are_accessible(page, process_leader, minutes):
    """The process leader's budget year (lines and fee table in table rows), the action plan
    (its areas in table rows) and the signatories' export page."""
    from budget.models import BudgetYear
    from reports.models import ActionPlan

    log_in(page, process_leader)
    check(
        page,
        [
            f"/admin/budget/budgetyear/{BudgetYear.objects.latest('year').pk}/change/",
            f"/admin/reports/actionplan/{ActionPlan.objects.first().pk}/change/",
            "/admin/signatories/signatory/export/",
        ],
    )
