"""The demo's 2025 annual report, as PDF text, prints back the figures of seed 004 from the data."""

import re

import pytest

pytestmark = pytest.mark.django_db


def flat(text):
    return " ".join(text.split())


def test_it_counts_eight_steering_meetings_three_hosted_by_named_organisations(demo_report_text):
    assert (
        "Under 2025 har styrgruppen för den regionala överenskommelsen haft åtta möten, varav "
        "tre hos civilsamhällesorganisationer (Lilleskogs stiftsgård, Folkets Hus Hammarkullen "
        "och Studieförbundet Vuxenskolan)." in flat(demo_report_text)
    )


def test_it_says_which_meetings_were_held_with_the_conference_a_dialogue_and_ser(
    demo_report_text,
):
    assert (
        "Av mötena hölls ett i samband med dialogmöte med underskrivare, ett i samband med den "
        "nationella konferensen och två som gemensamma möten med Sociala ekonomins råd (SER)."
        in flat(demo_report_text)
    )


def test_it_gives_both_dialogue_meetings_with_participants_and_organisations(demo_report_text):
    text = flat(demo_report_text)
    assert (
        "Vid dialogmötet i augusti på temat Regional utvecklingsstrategi (RUS) deltog 45 personer "
        "från 42 olika underskrivande organisationer." in text
    )
    # As seed 004 says: October's 27 organisations are not recorded, so not called signatories.
    assert "deltog 49 personer från 27 olika organisationer." in text
    assert "Under året har två öppna dialogmöten" in text


def test_it_dates_the_two_day_conference_18_19_mars_as_the_seed_does(demo_report_text):
    text = flat(demo_report_text)
    assert "Konferens 18–19 mars: Nationell samverkanskonferens" in text
    assert "18–19 mars 2025: Nationell samverkanskonferens – 50 deltagare" in text


def test_it_says_maria_millback_replaced_malin_carlsson(demo_report_text):
    assert "Maria Millback ersatte Malin Carlsson" in flat(demo_report_text)


def test_it_names_the_eight_new_signatories_and_the_total_of_133(demo_report_text):
    text = flat(demo_report_text)
    assert (
        "Under 2025 har åtta nya underskrivare kommit till: Faktum, Rädda Barnen Vålfärd, Center "
        "för interkulturell dialog, Garden of Talents, Pensionärernas Riksorganisation Södra "
        "Älvsborg, Amatörteaterns Riksförbund (ATR) Väst, Mamma United och Skaraborgs "
        "Demensförening." in text
    )
    assert "Överenskommelsen har därmed 133 underskrivare, varav cirka en tredjedel" in text
    assert "För närvarande är det 133 underskrivare" in text


@pytest.mark.parametrize(
    "line",
    [
        "Arvoden 400 246 +154",
        "Övriga möten 51 29 +22",
        "Processledning 575 556 +19",
        "Dialogmöten, utbildning, utredning 325 169 +156",
        "Kommunikation 75 59 +16",
        "Summa 1 426 1 059 +367",
    ],
)
def test_every_line_of_the_budget_table_is_as_in_the_seed(demo_report_text, line):
    # The seed writes "+ 22" and "+ 367" with a space; the figures are the same.
    lines = [flat(row) for row in demo_report_text.splitlines()]
    assert line in lines


def test_the_budget_comment_takes_its_figures_from_the_data(demo_report_text):
    text = flat(demo_report_text)
    assert "För 2025 anslog regionstyrelsen 1 426 tkr" in text
    assert "använt 1 059 tkr, vilket innebar ett överskott på 367 tkr" in text
    assert "överskott gällande arvoden på 154 tkr" in text
    assert "en faktura på 120 tkr" in text


def test_no_year_but_2025_is_written_where_the_report_year_is_meant(demo_report_text):
    text = flat(demo_report_text)
    # 2026 may appear only where the next year is meant: Sofia's leave until June, the
    # follow-up meeting in February, the invoice on next year's budget (and, in Källor, the
    # day it was booked), the plan's period.
    allowed = [
        "juni 2026",
        "februari 2026",
        "2026 års budget",
        "20 januari 2026",
        "Under 2026 planeras för att statistiken ska uppdateras",
        "2024–2026",
    ]
    rest = text
    for phrase in allowed:
        rest = rest.replace(phrase, "")
    assert "2026" not in rest
    assert "under 2026" not in rest.lower()
    assert "Årsrapport 2025" in text
    assert "Budgetutfall 2025" in text


def test_the_report_has_a_cover_a_table_of_contents_and_numbered_chapters(demo_report_text):
    text = flat(demo_report_text)
    assert text.startswith("2025 Årsrapport 2025 Överenskommelsen mellan Västra")
    assert "Ett år av lärande och utveckling" in text
    assert re.search(r"Innehåll .*1\. Jämbördig dialog[ .]+\d+", text)
    assert re.search(r"1\.1 Styrgruppsmöten RÖS[ .]+\d+", text)
    assert "2. Ökade kunskaper" in text
    assert "3. Långsiktiga finansieringsformer" in text
    assert re.search(r"Sida 2 av \d+", text)


def test_an_areas_activities_name_the_dialogue_meeting_once_not_twice(demo_report_text):
    text = flat(demo_report_text)
    assert "Dialogmöte med underskrivare 28 augusti: Regional utvecklingsstrategi (RUS)" in text
    assert "Dialogmöte med underskrivare 28 augusti: Dialogmöte med underskrivare" not in text
