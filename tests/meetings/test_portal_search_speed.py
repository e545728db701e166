"""Search at scale: each source's matches come from its GIN index, ranked, ordered and cut in
one ORM query, so a page costs the same however many agenda items the years have gathered."""

import datetime

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import search
from meetings.models import ActionItem, AgendaItem, Decision
from meetings.models.meeting import Status
from tests.portal.conftest import make_minutes

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
)


@pytest.fixture
def two_meetings(secretary, adjuster, second_adjuster, member):
    """The secretary's November draft and approved September minutes, both on the budget, each
    with a decision and an action item that speak of it too."""
    people = {"adjusters": [adjuster, second_adjuster], "secretary": secretary, "owner": member}
    draft = make_minutes(Status.DRAFT, datetime.date(2025, 11, 20), **people)
    Decision.objects.create(meeting=draft, text="Budgeten fastställs.")
    ActionItem.objects.create(meeting=draft, text="Skicka budgeten till regionen.")
    approved = make_minutes(Status.APPROVED, datetime.date(2025, 9, 5), **people)
    return draft, approved


def _many_other_items(meeting, n=300):
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, order=10 + i, heading=f"Övrigt {i}", body="Inget om pengar.")
        for i in range(n)
    )


def test_the_search_reads_every_source_through_its_gin_index(two_meetings):
    # Fresh tables, never analysed: the planner would happily walk every agenda item.
    _many_other_items(two_meetings[0])
    with transaction.atomic(), connection.cursor() as cursor:
        # As the test of the index itself: no plain scan, so only the GIN index can answer.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = search.ranked("budget", public=False).explain()
    for index in ("agendaitem", "decision", "actionitem"):
        assert f"meetings_{index}_fts_sv" in plan
    assert "Seq Scan on meetings_agendaitem" not in plan
    assert "meetings_agendaitem_meeting_id" not in plan


def test_the_search_is_one_statement_over_the_three_sources(two_meetings):
    with CaptureQueriesContext(connection) as queries:
        search.find("budget", public=False)
    [statement] = [q["sql"] for q in queries]
    assert statement.count("UNION ALL") == 2


def _expected(text, public, limit):
    query = SearchQuery(text, config=search.CONFIG, search_type="websearch")
    rows = []
    for kind, (model, fields, _snippet) in search.SOURCES.items():
        found = (
            search._visible(model, public)
            .annotate(document=search.vector(fields))
            .filter(document=query)
            .annotate(rank=SearchRank(search.vector(fields), query))
            .values_list("rank", "meeting__date", "pk")
        )
        rows += [(-rank, -day.toordinal(), kind, pk) for rank, day, pk in found]
    return [(kind, pk) for _r, _d, kind, pk in sorted(rows)[:limit]]


@pytest.mark.parametrize("public", [False, True], ids=["a member", "the public"])
def test_the_best_matches_come_first_by_rank_then_newest_meeting(two_meetings, monkeypatch, public):
    draft, _approved = two_meetings
    for n in range(12):
        Decision.objects.create(meeting=draft, text=f"Budget {n}" + " budget" * (n % 3))
    monkeypatch.setattr(search, "MAX_RESULTS", 9)
    found = search.find("budget", public=public)
    assert len(found) == (1 if public else 9)
    assert found == _expected("budget", public, 9)


def test_a_member_searching_never_costs_more_queries_for_thirty_hits_than_for_three(
    client_for, member, two_meetings
):
    client = client_for(member)
    url = reverse("meetings:search") + "?q=budget"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        page = client.get(url).content.decode()
    # Three hits, one of each kind: an agenda item, a decision, an action item (one query each).
    assert all(f"#{kind}-" in page for kind in search.SOURCES)
    for n in range(30):
        Decision.objects.create(meeting=two_meetings[0], text=f"Budget {n}")
    _many_other_items(two_meetings[0])
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert "Sida 1 av 2" in page
    assert len(many) <= len(few)
