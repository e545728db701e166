"""The public minutes page: the approved minutes in full, never stale, and without the members'
comments."""

import datetime

from django.urls import reverse

from meetings.models import Comment, Person
from meetings.models.meeting import Status
from tests.conftest import make_minutes


def _page(client, meeting):
    response = client.get(reverse("meetings:public_minutes_detail", args=[meeting.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_an_outsider_reads_the_approved_minutes_in_full(client, approved_minutes):
    page = _page(client, approved_minutes)
    assert '<h2 id="agenda-heading">' in page
    assert "1. Verksamhetsplan och budget" in page
    assert "3,1 procent" in page
    assert "RÖS-gruppen beslutade att fira överenskommelsen." in page
    assert "Utreda intresset för en konferens" in page


def test_an_outsider_sees_a_renamed_person_with_the_new_name_on_a_page_read_before(
    client, member, approved_minutes
):
    kerstin = Person.objects.get(user=member)
    assert kerstin.name in _page(client, approved_minutes)
    Person.objects.filter(pk=kerstin.pk).update(name="Kerstin Omdöpt")
    page = _page(client, approved_minutes)
    assert "Kerstin Omdöpt" in page
    assert f"{kerstin.name}</" not in page.split('id="attendance-heading"')[1]


def test_the_public_never_sees_a_members_comment(client, client_for, member, approved_minutes):
    item = approved_minutes.agenda_items.get()
    Comment.objects.create(agenda_item=item, author=member, text="En intern fråga om budgeten.")
    assert "En intern fråga om budgeten." not in _page(client_for(member), approved_minutes)
    assert "En intern fråga om budgeten." not in _page(client, approved_minutes)


def test_a_second_reader_costs_no_more_queries_than_the_first(
    client, approved_minutes, django_assert_max_num_queries
):
    _page(client, approved_minutes)
    with django_assert_max_num_queries(12):
        _page(client, approved_minutes)


def test_an_outsider_asking_for_a_year_outside_the_calendar_gets_404_not_a_server_error(
    client, approved_minutes
):
    for year in ("0", "-1", "10000", "99999999999999999999"):
        response = client.get(reverse("meetings:public_minutes") + f"?ar={year}")
        assert response.status_code == 404, year


def test_a_member_asking_for_a_year_outside_the_calendar_gets_404_not_a_server_error(
    client_for, member, approved_minutes
):
    for year in ("0", "-1", "10000", "99999999999999999999"):
        response = client_for(member).get(reverse("meetings:meeting_list") + f"?ar={year}")
        assert response.status_code == 404, year


def test_the_public_reads_the_date_once_beside_a_title_that_ends_with_it(client, people):
    minutes = make_minutes(
        Status.APPROVED,
        datetime.date(2025, 10, 3),
        adjusters=[people["adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
        title="Sammanträde med styrgruppen (RÖS-gruppen), 3 oktober 2025",
    )
    listing = client.get(reverse("meetings:public_minutes"), {"ar": 2025}).content.decode()
    assert "3 oktober 2025: <span>Sammanträde med styrgruppen (RÖS-gruppen)</span></a>" in listing
    page = _page(client, minutes)
    assert "<h1>Sammanträde med styrgruppen (RÖS-gruppen)</h1>" in page
    assert "<title>Sammanträde med styrgruppen (RÖS-gruppen), 3 oktober 2025" in page
    found = client.get(reverse("meetings:search"), {"q": "verksamhetsplan"}).content.decode()
    assert "3 oktober 2025: <span>Sammanträde med styrgruppen (RÖS-gruppen)</span></p>" in found
