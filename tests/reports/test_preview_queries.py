"""The report preview reads each kind of figure once: its queries do not grow with the data."""

import datetime
from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from budget.models import BudgetLine, BudgetYear, OutcomeEntry
from meetings.models import Decision, Meeting, Person, Term
from reports.facts import facts_for
from signatories import stats
from signatories.models import Signatory

D = datetime.date
URL = "/rapporter/2019/"


def _queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def _more_data(plan):
    """Ten more years of meetings, decisions, terms and signatories, and more of 2019."""
    area = plan.areas.get(number=1)
    for year in range(2009, 2019):
        meeting = Meeting.objects.create(kind="steering", title=f"Möte {year}", date=D(year, 3, 1))
        meeting.development_areas.add(area)
        Decision.objects.create(meeting=meeting, year=year, number=1, text="Beslut")
        person = Person.objects.create(name=f"Person {year}")
        Term.objects.create(person=person, group="elected", start=D(year, 1, 1))
        Signatory.objects.create(
            name=f"Förening {year}", subregion="goteborg", signed_on=D(year, 5, 1)
        )
    extra = Meeting.objects.create(kind="conference", title="Konferensen", date=D(2019, 10, 1))
    extra.development_areas.add(area)


def test_the_process_leaders_preview_runs_as_many_queries_with_ten_more_years(
    client_for, process_leader, report, plan
):
    client = client_for(process_leader)
    client.get(URL)
    before, _html = _queries(client)
    _more_data(plan)
    after, html = _queries(client)
    assert after == before
    assert "Konferensen" in html  # the new meeting of the year is shown, from the same query


def test_an_outsiders_preview_of_a_published_report_runs_as_many_queries(client, report, plan):
    report.status = "published"
    report.save()
    client.get(URL)
    before, _html = _queries(client)
    _more_data(plan)
    assert _queries(client)[0] == before


def test_the_facts_of_a_year_take_one_query_per_kind_of_figure(report, plan):
    facts = facts_for(2019, action_plan=plan, today=D(2020, 1, 1))
    with CaptureQueriesContext(connection) as queries:
        _ = facts.steering_meetings, facts.conference, facts.dialogues, facts.activities
    # the year's meetings, the organisations at its dialogue meetings, the areas, their tags
    # and the year's decisions (the areas' decisions are among them)
    assert len(queries) == 5
    with CaptureQueriesContext(connection) as queries:
        _ = facts.signatory_total, facts.umbrella_share, facts.signatory_totals
    # the register grouped by year signed, year withdrawn and umbrella: every figure from it
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as queries:
        _ = facts.changes
    assert len(queries) == 1


def test_someone_returning_in_a_new_role_is_no_change_but_a_successor_is(report):
    gunnel = Person.objects.get(name="Gunnel Gammal")
    Term.objects.create(person=gunnel, group="officials", start=D(2019, 6, 1))
    facts = facts_for(2019, today=D(2020, 1, 1))
    assert [(c.person.name, c.replaced.name) for c in facts.changes] == [
        ("Nils Ny", "Gunnel Gammal")
    ]


def test_the_years_conference_and_the_umbrella_share_come_from_the_merged_queries(report):
    Meeting.objects.create(
        kind="conference", title="Första", date=D(2019, 4, 1), participant_count=90
    )
    Meeting.objects.create(
        kind="conference", title="Andra", date=D(2019, 11, 1), participant_count=5
    )
    facts = facts_for(2019, today=D(2020, 1, 1))
    assert facts.conference.title == "Första"
    assert facts.signatory_total == 3
    assert str(facts.umbrella_share) == "0.3333"
    assert facts.chart_first_year == 2014
    assert facts.signatory_totals[-1] == (2019, 3)


def test_a_chart_is_kept_under_a_digest_of_what_it_draws(client_for, process_leader, report):
    cache.clear()
    client_for(process_leader).get(URL)
    keys = [k for k in cache._cache if ":chart:report-chart-" in k]
    assert len(keys) == 2  # the signatories' chart and the budget's
    Signatory.objects.create(name="Ännu en", subregion="goteborg", signed_on=D(2019, 8, 1))
    client_for(process_leader).get(URL)
    assert len([k for k in cache._cache if ":chart:report-chart-" in k]) == 3


def test_year_end_figures_count_a_withdrawal_only_once_it_has_happened(report):
    Signatory.objects.create(
        name="Lämnade", subregion="goteborg", signed_on=D(2015, 1, 1), withdrawn_on=D(2019, 6, 1)
    )
    Signatory.objects.create(
        name="Lämnar sedan",
        subregion="goteborg",
        signed_on=D(2016, 1, 1),
        withdrawn_on=D(2020, 2, 1),
        is_umbrella=True,
    )
    Signatory.objects.create(name="Nästa års", subregion="goteborg", signed_on=D(2020, 3, 1))
    facts = facts_for(2019, today=D(2020, 1, 1))
    year_end = D(2019, 12, 31)
    assert facts.signatory_total == stats.total_at(year_end) == 4
    assert facts.umbrella_share == stats.umbrella_share(year_end) == Decimal("0.5000")
    assert facts.signatory_totals[-2:] == [(2018, 4), (2019, 4)]
    assert facts.signatory_totals == stats.totals_by_year(2014, 2019)


def test_next_years_payment_for_this_years_activities_comes_with_the_budget(report):
    next_year = BudgetYear.objects.create(year=2020, allocation=Decimal("500000"))
    line = BudgetLine.objects.create(budget_year=next_year, name="Arvoden", amount=Decimal("1"))
    for amount in ("1200.50", "800"):
        OutcomeEntry.objects.create(
            booked_on=D(2020, 1, 20),
            line=line,
            amount=Decimal(amount),
            activity_year=2019,
            text="Sen",
        )
    facts = facts_for(2019, today=D(2020, 1, 1))
    with CaptureQueriesContext(connection) as queries:
        assert facts.budget.total.budget == Decimal("500000")
        assert facts.charged_to_next_year == Decimal("2000.50")
    # The budget year, its lines with their outcome, and next year's entries for this year:
    # the report prints no commitments, so no decision is read.
    assert len(queries) == 3
    assert facts_for(2020).charged_to_next_year == Decimal("0.00")  # no budget for 2021
