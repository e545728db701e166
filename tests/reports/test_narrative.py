"""Placeholders fill figures into the narrative; the fact block goes where {{fakta}} stands."""

import datetime

from reports import narrative
from reports.facts import facts_for


def test_placeholders_are_filled_from_the_data(report):
    facts = facts_for(2019, today=datetime.date(2020, 1, 1))
    html = narrative.render(
        "{{antal_styrgruppsmöten}} möten, {{antal_underskrivare}} st, {{år}}", facts
    )
    assert html == (
        '<p><a href="#kallor-styrgruppsmoten" class="source-link">två</a> möten, '
        '<a href="#kallor-underskrivare" class="source-link">3</a> st, 2019</p>'
    )


def test_the_swedish_narrative_keeps_swedish_words_for_an_english_reader(report):
    from django.utils import translation

    facts = facts_for(2019, today=datetime.date(2020, 1, 1))
    with translation.override("en"):
        html = narrative.render("{{antal_styrgruppsmöten}} möten", facts)
    assert ">två</a> möten" in html


def test_a_budget_line_difference_by_name_links_to_the_budget_sources(report):
    facts = facts_for(2019, today=datetime.date(2020, 1, 1))
    assert narrative.render("{{differens:Arvoden}}", facts) == (
        '<p><a href="#kallor-budget" class="source-link">150\u00a0tkr</a></p>'
    )


def test_a_value_with_markup_is_escaped_not_rendered(report, monkeypatch):
    facts = facts_for(2019, today=datetime.date(2020, 1, 1))
    monkeypatch.setitem(narrative.PLACEHOLDERS, "år", ("", lambda f, a: "<b>*x*</b>"))
    assert narrative.render("{{år}}", facts) == "<p>&lt;b&gt;*x*&lt;/b&gt;</p>"


def test_the_fact_block_goes_where_fakta_stands(report):
    facts = facts_for(2019)
    body = narrative.split("Före.\n\n{{fakta}}\n\nEfter.", facts)
    assert body.before == "<p>Före.</p>"
    assert body.after == "<p>Efter.</p>"


def test_without_fakta_the_block_comes_first(report):
    body = narrative.split("Text.", facts_for(2019))
    assert body.before == ""
    assert body.after == "<p>Text.</p>"


def test_unknown_placeholders_are_reported():
    assert narrative.unknown_placeholders("{{år}} {{fakta}} {{antal_fikor}}") == ["antal_fikor"]


def test_headings_may_hold_placeholders(report):
    assert narrative.fill("Budgetutfall {{år}}", facts_for(2019)) == "Budgetutfall 2019"
