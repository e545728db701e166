"""The demo's seed minutes print back as the seed documents say them, on the page and in the PDF."""

import datetime
import re

import pytest

from meetings.models import Meeting
from reports.minutes import minutes_pdf
from tests.reports.test_minutes_pdf import pdf_text

D = datetime.date


def seed_meeting(date):
    return Meeting.objects.steering().get(date=date)


def squeeze(text):
    return re.sub(r"\s+", " ", text)


@pytest.mark.django_db
def test_the_august_2024_minutes_list_civil_society_first_as_the_seed_does(demo_data):
    # Seed 001: "Närvarande: Kerstin Söderberg, … Jan Linde från det civila samhället och
    # Malin Carlsson, … från Beredningen för mänskliga rättigheter (BMR), Erica Sjölin, …"
    text = squeeze(pdf_text(minutes_pdf(seed_meeting(D(2024, 8, 19)))[2]))
    civil = text.index("Civila samhället: Kerstin Söderberg")
    elected = text.index("Förtroendevalda: Malin Carlsson")
    officials = text.index("Tjänstepersoner: Erica Sjölin")
    assert civil < elected < officials


@pytest.mark.django_db
def test_the_september_2025_minutes_list_the_elected_first_as_the_seed_does(demo_data):
    # Seed 000: "Förtroendevalda: Soraya Zarza Lundberg (ordförande), …" comes first.
    text = squeeze(pdf_text(minutes_pdf(seed_meeting(D(2025, 9, 5)))[2]))
    elected = text.index("Förtroendevalda: Soraya Zarza Lundberg (ordförande)")
    civil = text.index("Civila samhället: Jan Linde (vice ordförande)")
    assert elected < civil
