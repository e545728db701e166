"""The minutes are recorded in Swedish and stay so on the English pages: there every recorded
text (agenda items, decisions, action items, titles, places) says lang="sv", so a screen
reader pronounces it as Swedish. The Swedish pages, Swedish throughout, need no such mark."""

import re

import pytest
from django.urls import reverse

from tests.i18n.helpers import choose_english

DECISION = "RÖS-gruppen beslutade att fira överenskommelsen."
ACTION = "Utreda intresset för en konferens med regionala överenskommelser."
BODY = "Budgeten för RÖS-arbetet skrivs upp med 3,1 procent för år 2026."


def marked_swedish(html, text):
    """Whether text is inside an element marked lang="sv" (it starts the element's content,
    or follows the agenda item's number or a paragraph tag)."""
    pattern = r'lang="sv"[^>]*>(<p>|\d+\. )?' + re.escape(text)
    return re.search(pattern, html) is not None


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_english_meeting_page_marks_kerstins_minutes_as_swedish(
    client_for, member, sent_minutes
):
    page = _get(
        choose_english(client_for(member)),
        reverse("meetings:meeting_detail", args=[sent_minutes.pk]),
    )
    assert '<html lang="en">' in page
    for text in ("Sammanträde med RÖS-gruppen", "Verksamhetsplan och budget", BODY):
        assert marked_swedish(page, text), text
    assert marked_swedish(page, DECISION)
    assert marked_swedish(page, ACTION)
    assert marked_swedish(page, "Regionens hus, Göteborg")


@pytest.mark.django_db
def test_the_swedish_meeting_page_marks_nothing(client_for, member, sent_minutes):
    page = _get(client_for(member), reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
    assert '<html lang="sv">' in page
    assert not marked_swedish(page, DECISION)
    assert not marked_swedish(page, BODY)


@pytest.mark.django_db
def test_the_outsiders_english_public_minutes_mark_the_recorded_text(client, approved_minutes):
    url = reverse("meetings:public_minutes_detail", args=[approved_minutes.pk])
    english = _get(choose_english(client), url)
    assert marked_swedish(english, "Mötesanteckningar styrgruppen")
    assert marked_swedish(english, DECISION)
    assert marked_swedish(english, BODY)
    listing = _get(client, reverse("meetings:public_minutes") + "?ar=2025")
    assert marked_swedish(listing, "Mötesanteckningar styrgruppen")
    client.cookies.pop("django_language")
    assert not marked_swedish(_get(client, url), DECISION)


@pytest.mark.django_db
def test_the_english_register_action_items_and_search_mark_the_recorded_text(
    client_for, member, sent_minutes
):
    client = choose_english(client_for(member))
    assert marked_swedish(_get(client, reverse("meetings:decisions")), DECISION)
    assert marked_swedish(_get(client, reverse("meetings:action_items")), ACTION)
    search = _get(client, reverse("meetings:search") + "?q=budget")
    assert marked_swedish(search, "Verksamhetsplan och budget")
    assert '<p class="mb-0" lang="sv"><mark>Budgeten</mark> för RÖS-arbetet' in search
    client.cookies.pop("django_language")
    assert not marked_swedish(_get(client, reverse("meetings:decisions")), DECISION)
    assert not marked_swedish(_get(client, reverse("meetings:action_items")), ACTION)
