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
