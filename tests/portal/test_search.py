"""Search: Swedish word forms on PostgreSQL, drafts hidden from the public, escaped snippets."""

import pytest
from django.db import connection
from django.urls import reverse

from meetings import search

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
)


@on_postgres
def test_search_finds_swedish_word_forms(client_for, member, sent_minutes):
    # "budgetar" and "budgeten" share the stem of "budget".
    page = client_for(member).get(reverse("meetings:search") + "?q=budgetar").content.decode()
    assert "Verksamhetsplan och budget" in page
    assert "<mark>" in page


@on_postgres
def test_search_finds_decisions_by_inflected_verb(client_for, member, sent_minutes):
    found = search.find("beslutar", public=False)
    assert ("beslut", sent_minutes.decisions.get().pk) in found


@on_postgres
def test_search_query_uses_the_gin_index(sent_minutes):
    from django.contrib.postgres.search import SearchQuery

    from meetings.models import Decision

    # On a table this small the planner may prefer any scan; with plain scans switched off (for
    # this test's transaction only) the query must still be answerable through the GIN index.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    queryset = Decision.objects.annotate(document=search.vector(("text",))).filter(
        document=SearchQuery("fira", config="swedish")
    )
    assert "meetings_decision_fts_sv" in queryset.explain()


def test_public_sees_only_approved_minutes_in_search(client, approved_minutes, draft_minutes):
    page = client.get(reverse("meetings:search") + "?q=budget").content.decode()
    assert reverse("meetings:public_minutes_detail", args=[approved_minutes.pk]) in page
    assert draft_minutes.title not in page
    assert "1 träff" in page


def test_member_finds_drafts_too(client_for, member, approved_minutes, draft_minutes):
    page = client_for(member).get(reverse("meetings:search") + "?q=budget").content.decode()
    assert draft_minutes.title in page


def test_snippets_of_hostile_text_are_escaped(client_for, member, sent_minutes):
    item = sent_minutes.agenda_items.get()
    type(item).objects.filter(pk=item.pk).update(body='budget <img src=x onerror="alert(1)">')
    page = client_for(member).get(reverse("meetings:search") + "?q=budget").content.decode()
    assert "<img src=x" not in page
    assert 'onerror="alert' not in page


def test_snippet_text_is_escaped_before_the_marks_are_added():
    marked = search._marked(f"<b>fet</b> {search.START}budget{search.STOP} & mer")
    assert marked == "&lt;b&gt;fet&lt;/b&gt; <mark>budget</mark> &amp; mer"


def test_search_results_are_paginated(client_for, member, sent_minutes):
    from meetings.models import Decision

    for n in range(25):
        Decision.objects.create(meeting=sent_minutes, text=f"Budget punkt {n}")
    first = client_for(member).get(reverse("meetings:search") + "?q=budget").content.decode()
    assert "Sida 1 av 2" in first
    second = client_for(member).get(reverse("meetings:search") + "?q=budget&sida=2")
    assert second.status_code == 200


def test_a_snippet_is_cut_between_words_never_inside_one():
    from meetings.search import START, STOP, _plain_snippet

    text = (
        "Mötet utsåg Katrin Sepp och Ann-Marie Ekström att tillsammans med ordförandena "
        "och processledare ta fram förslag på ny handlingsplan för överenskommelsearbetet "
        "under våren."
    )
    snippet = _plain_snippet(text, "handlingsplan", width=20)
    plain = snippet.replace(START, "").replace(STOP, "").strip("… ")
    assert plain in text
    words = text.split()
    assert plain.split()[0] in words and plain.split()[-1] in words
    assert snippet.startswith("… ") and snippet.endswith(" …")
