"""The action items page: every change and every person's own links show at once, the owner
picker offers the people a member filters by (anyone else is found by the search), and the page
costs as many queries however many items there are."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import ActionItem, Person, PersonAlias, Term
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus
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


@pytest.fixture
def stefan(minutes):
    """Stefan Lindborg ("SL", once minuted as "Steffe Lindborg"), a member until May 2024:
    his one action item is done."""
    stefan = Person.objects.create(name="Stefan Lindborg", initials="SL")
    PersonAlias.objects.create(person=stefan, name="Steffe Lindborg")
    Term.objects.create(
        person=stefan,
        group="elected",
        role="member",
        start=datetime.date(2020, 1, 1),
        end=datetime.date(2024, 5, 1),
    )
    item = ActionItem.objects.create(
        meeting=minutes,
        text="Boka lokal för dialogmötet.",
        status=ActionStatus.DONE,
        done_note="Ullevi är bokat.",
        done_on=datetime.date(2025, 12, 1),
    )
    item.owners.add(stefan)
    return stefan


def _page(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _offered(page):
    """The names in the owner picker, in its order."""
    picker = re.search(r'<select name="owner".*?</select>', page, re.S)[0]
    return re.findall(r"<option[^>]*>([^<]*)</option>", picker)


def _found(client, query):
    """The texts of the action items the JSON file lists for the query."""
    response = client.get(reverse("meetings:action_items_file", args=["json"]) + query)
    assert response.status_code == 200
    return [record["text"] for record in json.loads(response.content)]


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


def test_a_guest_given_an_open_item_is_offered_in_the_picker_at_once(client_for, member, minutes):
    client = client_for(member)
    guest = Person.objects.create(name="Anne Svensson")
    assert "Anne Svensson" not in _page(client)
    minutes.action_items.get().owners.add(guest)
    assert "Anne Svensson" in _page(client)


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


def test_the_picker_offers_todays_members_and_the_owners_of_open_items_by_name(
    client_for, member, stefan, minutes
):
    guest = Person.objects.create(name="Anne Svensson")
    minutes.action_items.create(text="Skicka inbjudan.").owners.add(guest)

    offered = _offered(_page(client_for(member)))

    # Jan Linde and Soraya Zarza Lundberg own nothing but are members today.
    assert offered == [
        "Alla",
        "Anne Svensson",
        "Jan Linde",
        "Kerstin Söderberg",
        "Soraya Zarza Lundberg",
    ]


def test_a_member_finds_a_former_members_items_by_name_initials_or_other_spelling(
    client_for, member, stefan
):
    client = client_for(member)

    assert "Stefan Lindborg" not in _offered(_page(client))
    for query in ("lindborg", "SL", "steffe"):
        page = _page(client, f"{URL}?q={query}")
        assert "Boka lokal för dialogmötet." in page, query
        assert "Utreda intresset" not in page, query


def test_the_search_matches_the_text_and_the_done_note(client_for, member, stefan):
    client = client_for(member)

    assert _found(client, "?q=UTREDA") == [
        "Utreda intresset för en konferens med regionala överenskommelser."
    ]
    assert _found(client, "?q=ullevi") == ["Boka lokal för dialogmötet."]
    assert "Inga uppdrag matchar." in _page(client, URL + "?q=finnsinte")


def test_an_item_with_two_matching_owners_is_listed_once(
    client_for, member, second_adjuster, minutes
):
    minutes.action_items.get().owners.add(Person.objects.get(user=second_adjuster))
    client = client_for(member)

    # Kerstin Söderberg and Soraya Zarza Lundberg both match "berg".
    assert len(_found(client, "?q=berg")) == 1
    assert "1 uppdrag</caption>" in _page(client, URL + "?q=berg")


def test_the_export_honours_the_search_with_the_other_filters(client_for, member, stefan):
    client = client_for(member)

    assert _found(client, "?q=lindborg") == ["Boka lokal för dialogmötet."]
    assert _found(client, "?q=lindborg&status=open") == []
    csv = client.get(reverse("meetings:action_items_file", args=["csv"]) + "?q=ullevi")
    text = csv.content.decode("utf-8-sig")
    assert "Boka lokal för dialogmötet." in text
    assert "Utreda intresset" not in text


def test_the_search_stays_in_the_form_and_in_the_pager(client_for, member, minutes):
    for n in range(30):
        minutes.action_items.create(text=f"Trycka affisch {n}.")

    page = _page(client_for(member), URL + "?q=affisch")

    assert 'value="affisch"' in page
    assert "?q=affisch&amp;sida=2" in page


def test_an_owner_no_longer_offered_selects_nothing_on_the_page_as_in_the_file(
    client_for, member, stefan
):
    client = client_for(member)

    page = _page(client, f"{URL}?owner={stefan.pk}")

    assert "Inga uppdrag matchar." in page
    assert _found(client, f"?owner={stefan.pk}") == []


def test_outsider_gets_404_for_the_page_and_its_search(client_for, outsider, stefan):
    client = client_for(outsider)

    assert client.get(URL + "?q=lindborg").status_code == 404
    assert client.get("/uppdrag/uppdrag.json?q=lindborg").status_code == 404
