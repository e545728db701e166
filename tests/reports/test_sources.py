"""A report that shows its sources: figures link to the rows they count; the PDF ends with Källor."""

import re

import pytest

STEERING_2025 = [
    "7 februari 2025",
    "18 mars 2025",
    "22 april 2025",
    "5 juni 2025",
    "28 augusti 2025",
    "5 september 2025",
    "3 oktober 2025",
    "21 november 2025",
]


def test_the_2025_pdf_ends_with_kallor_listing_the_eight_steering_meetings(demo_report_text):
    text = demo_report_text
    appendix = text[text.rindex("Källor") :]
    assert text.index("Sammanfattning") < text.rindex("Källor")
    meetings = appendix[appendix.index("Styrgruppsmöten (8)") : appendix.index("Beslut (")]
    # One numbered row per meeting: "1. 7 februari 2025: Sammanträde …".
    dates = re.findall(r"^\s*\d+\.\s+(\d{1,2} [a-zé]+ 2025):", meetings, re.M)
    assert dates == STEERING_2025
    assert "Nya underskrivare (8)" in appendix
    assert "Dialogmöten (2)" in appendix


@pytest.fixture
def demo(demo_data):
    """The demo data, loaded once for this module."""


def test_in_the_preview_every_count_links_to_the_rows_it_counts(client, demo):
    html = client.get("/rapporter/2025/").content.decode()
    assert '<a href="#kallor-styrgruppsmoten" class="source-link">åtta</a> möten' in html
    assert '<a href="#kallor-underskrivare" class="source-link">133</a>' in html
    assert '<a href="#kallor-dialogmoten" class="source-link">två</a>' in html
    assert 'href="#kallor-beslut" class="source-link">§' in html
    sources = html[html.index('<h2 id="kallor">') :]
    assert sources.count('href="/protokoll/') >= 7  # the approved steering meetings
    assert "Skaraborgs Demensförening" in sources


def _sources(html):
    return html[html.index('<h2 id="kallor">') :]


def _text(html):
    """The words of a page, with a space wherever a tag stood (table cells stay apart)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_budget_figures_link_to_the_ledger_they_sum(client, demo):
    """The public reads the outcome per line and how many ledger entries it sums, in Källor."""
    html = client.get("/rapporter/2025/").content.decode()
    budget_table = html[html.index('class="table table-sm table-money budget-table"') :]
    assert '<a href="#kallor-budget" class="source-link">1\u00a0059</a>' in budget_table
    # The narrative's {{utfall}} and {{belastar_nästa_år}} link to their rows too.
    assert 'href="#kallor-budget" class="source-link">1\u00a0059\u00a0tkr</a>' in html
    assert 'href="#kallor-nasta-ar" class="source-link">120\u00a0tkr</a>' in html
    sources = _text(_sources(html))
    assert "Utfallet är summan av de 31 utfallsposter" in sources
    assert "Processledning 575 12 556" in sources  # budget, entries, outcome
    assert "Summa 1 426 31 1 059" in sources
    # The late invoice, booked on next year's budget for this year's course.
    assert "Bokfört på 2026 års budget" in sources
    assert (
        "Marie Cederschiölds högskola (Dialogmöten, utbildning, utredning), 120 000 kr" in sources
    )
    assert "/admin/budget/outcomeentry/" not in html  # the ledger is not public


def test_the_process_leader_follows_a_lines_entry_count_to_exactly_those_entries(
    client_for, process_leader, demo
):
    client = client_for(process_leader)
    sources = _sources(client.get("/rapporter/2025/").content.decode())
    link = re.search(r'href="(/admin/budget/outcomeentry/\?[^"]*Processledning[^"]*)">12<', sources)
    assert link, "the entry count links to the ledger in the admin"
    changelist = client.get(link.group(1).replace("&amp;", "&"))
    assert changelist.status_code == 200
    assert changelist.context["cl"].result_count == 12


def test_the_hosts_count_and_the_conference_participants_link_to_their_rows(client, demo):
    html = client.get("/rapporter/2025/").content.decode()
    assert re.search(
        r'varav <a href="#kallor-styrgruppsmoten" class="source-link">\w+</a> hos', html
    )
    assert 'href="#kallor-konferens" class="source-link">' in html
    sources = _text(_sources(html))
    assert "Konferens 18–19 mars 2025: " in sources  # the two days it ran
    assert "(värd: " in sources


def test_the_year_end_totals_and_the_dialogue_reach_name_their_sources(client, demo):
    html = client.get("/rapporter/2025/").content.decode()
    totals = html[html.index('class="table table-sm table-money totals-table"') :]
    assert re.search(
        r'</table>\s*</div>\s*<p class="facts-source"><a href="#kallor-underskrivare"', totals
    )
    reach = html[html.index('class="table table-sm table-money reach-table"') :]
    assert re.search(r'</table>\s*<p class="facts-source"><a href="#kallor-dialogmoten"', reach)


def test_kallor_names_the_organisations_recorded_at_a_dialogue_meeting(client, demo):
    from meetings.models import DialogueOrganisation, Meeting
    from signatories.models import Signatory

    dialogue = Meeting.objects.filter(kind="dialogue", date__year=2025).latest("date")
    dialogue.organisations_present.all().delete()
    signatory = Signatory.objects.order_by("name").first()
    DialogueOrganisation.objects.create(meeting=dialogue, signatory=signatory, people=3)
    DialogueOrganisation.objects.create(meeting=dialogue, name="Grannföreningen <b>x</b>")
    html = client.get("/rapporter/2025/").content.decode()
    listed = _sources(html)[_sources(html).index('class="sources-dialogues"') :]
    expected = (
        f"4 personer, 2 organisationer: {signatory.name}, Grannföreningen &lt;b&gt;x&lt;/b&gt;"
    )
    assert expected in listed


def test_the_pdf_appendix_holds_the_budget_sources(demo_report_text):
    appendix = demo_report_text[demo_report_text.rindex("Källor") :]
    flat = " ".join(appendix.split())
    assert "Budget och utfall" in flat
    assert "Bokfört på 2026 års budget" in flat
    assert "120 000 kr" in flat


def test_an_outsider_reads_no_text_of_a_decision_in_minutes_not_yet_approved(client, demo):
    """The 2025 report is public; the minutes of 21 November 2025 are still with the
    adjusters, so their § 8/2025 is listed without its text (drafts are not public)."""
    from meetings.models import Decision

    draft_decision = Decision.objects.get(year=2025, number=8)
    assert not draft_decision.meeting.is_approved
    html = client.get("/rapporter/2025/").content.decode()
    sources = _text(_sources(html))
    assert "§&nbsp;8/2025 (21 november 2025): protokollet är inte justerat än" in sources
    assert draft_decision.text[:40] not in html
    # Decisions in approved minutes keep their text.
    assert "RÖS-gruppen godkände programmet för den nationella samverkanskonferensen" in sources
