"""The action items page: every change and every person's own links show at once, and the page
costs as many queries however many items there are."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import ActionItem, Person
from meetings.models.meeting import Status
from tests.portal.conftest import make_minutes

URL = reverse("meetings:action_items")


@pytest.fixture
def minutes(secretary, adjuster, second_adjuster, member):
    """The secretary's November draft: Kerstin Söderberg, a member, owns its action item."""
    return make_minutes(
        Status.DRAFT,
        datetime.date(2025, 11, 20),
        adjusters=[adjuster, second_adjuster],
        secretary=secretary,
        owner=member,
    )


def _page(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_member_is_told_of_a_mistyped_date(client_for, member, minutes):
    client = client_for(member)
    assert "Fyll i ett giltigt datum." in _page(client, URL + "?due_before=igår")


def test_the_secretary_sees_a_changed_text_and_a_renamed_owner_at_once(
    client_for, secretary, member, minutes
):
    client = client_for(secretary)
    assert "Utreda intresset" in _page(client)
    item = minutes.action_items.get()
    ActionItem.objects.filter(pk=item.pk).update(text="Boka lokal för konferensen.")
    Person.objects.filter(user=member).update(name="Kerstin Söderberg-Ek")
    page = _page(client)
    assert "Boka lokal för konferensen." in page
    assert "Utreda intresset" not in page
    assert page.count("Kerstin Söderberg-Ek") == 2  # in the table and in the owner picker


def test_a_new_owner_is_offered_in_the_picker_at_once(client_for, member, adjuster, minutes):
    client = client_for(member)
    assert "Jan Linde" not in _page(client)
    minutes.action_items.get().owners.add(Person.objects.get(user=adjuster))
    assert "Jan Linde" in _page(client)


def test_only_those_who_may_close_an_item_see_the_link_whoever_looked_first(
    client_for, secretary, member, outsider, adjuster, minutes
):
    close = reverse("meetings:close_action", args=[minutes.action_items.get().pk])
    assert close in _page(client_for(secretary))
    assert close in _page(client_for(member))  # Kerstin owns it
    assert close not in _page(client_for(adjuster))  # Jan Linde does not
    assert close in _page(client_for(secretary))


def test_the_chosen_owner_stays_chosen(client_for, member, minutes):
    kerstin = Person.objects.get(user=member)
    page = _page(client_for(member), f"{URL}?owner={kerstin.pk}")
    assert f'<option value="{kerstin.pk}" selected>' in page


def test_the_page_costs_as_many_queries_for_sixty_items_as_for_one(
    client_for, member, secretary, minutes
):
    client = client_for(member)
    _page(client)
    with CaptureQueriesContext(connection) as one:
        _page(client)
    for n in range(60):
        owner, _ = Person.objects.get_or_create(name=f"Ägare {n}")
        item = ActionItem.objects.create(meeting=minutes, text=f"Uppdrag {n}")
        item.owners.set([owner])
    _page(client)
    with CaptureQueriesContext(connection) as sixty:
        page = _page(client)
    assert "Sida 1 av 3" in page
    assert len(sixty) == len(one)
