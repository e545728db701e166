"""The demo's seed minutes print back as the seed documents say them, on the page and in the PDF."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

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


def public_page(client, date):
    response = client.get(reverse("meetings:public_minutes_detail", args=[seed_meeting(date).pk]))
    assert response.status_code == 200
    return squeeze(strip_tags(response.content.decode()))


@pytest.mark.django_db
def test_an_outsider_reads_the_attendees_with_the_seeds_groups_and_titles(client, demo_data):
    # Seed 001: "Erica Sjölin, processledare civila samhället samt Sofia Emanuelsson,
    # tjänsteperson VGR", and the visitors by their titles, as the PDF prints them.
    page = public_page(client, D(2024, 8, 19))
    assert "Tjänstepersoner Erica Sjölin (processledare civila samhället), " in page
    assert "Sofia Emanuelsson (tjänsteperson VGR)" in page
    assert "Gäster Anne Svensson, Regionutvecklare (KUN); Maria Hellström Berhe" in page
    assert "Förtroendevalda Malin Carlsson, Ann-Marie Ekström, Eva-Karin Torhem Arnell" in page
    assert "(gäst)" not in page


@pytest.mark.django_db
def test_a_member_reads_the_same_attendees_as_the_public(client_for, member, demo_data):
    response = client_for(member).get(
        reverse("meetings:meeting_detail", args=[seed_meeting(D(2025, 9, 5)).pk])
    )
    page = squeeze(strip_tags(response.content.decode()))
    assert "Tjänstepersoner Sofia Emanuelsson, Malin Andrén, Jesper Svensson (sekreterare)" in page
    assert "Gäster Ulrika Lundberg, regionutvecklare KPH; Hanna Waddington" in page


@pytest.mark.django_db
def test_an_outsider_reads_the_upcoming_meetings_and_events_of_the_minutes(client, demo_data):
    page = public_page(client, D(2025, 9, 5))
    section = page.split("Kommande möten och event", 1)[1]
    assert "5 oktober 2025: Konferens: Kraftsamling för fullföljda studier" in section
    assert (
        "17 oktober 2025: Dialogmöte om hälso- och sjukvårdsstrategin, "
        "Radisson Blu Scandinavia Hotel, Göteborg" in section
    )
    assert "14 november 2025, 08.30–12.00: Kick-off för idéburet offentligt partnerskap" in section


@pytest.mark.django_db
def test_an_outsider_reads_what_the_minutes_followed_up_since_the_last_meeting(client, demo_data):
    # Seed 003 reports back on the August action items (the conference, the 10-year party).
    page = public_page(client, D(2024, 11, 29))
    section = page.split("Återkoppling sedan förra mötet", 1)[1]
    assert (
        "Processledaren för civila samhället utreder intresset hos partners regionalt för en "
        "nationell konferens i Västra Götaland 2025. (uppdrag från 19 augusti 2024, "
        "Erica Sjölin): Konferens 18–19 mars 2025 på Billingehus i Skövde." in section
    )
