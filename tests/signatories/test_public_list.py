"""The public list at /underskrivare/: current signatories, in Swedish order, nothing private."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from signatories.sorting import swedish_key
from tests.signatories.helpers import make_signatory

pytestmark = pytest.mark.django_db

URL = "/underskrivare/"


def names_on(response):
    return [signatory.name for signatory in response.context["page"].object_list]


def test_the_url_name_is_the_public_address():
    assert reverse("signatories:public_list") == URL


def test_anyone_sees_current_signatories_and_their_count_without_logging_in(client):
    make_signatory("Faktum")
    make_signatory("Mamma United", subregion="fyrbodal")
    make_signatory("Lämnade Föreningen", withdrawn_on=datetime.date(2024, 1, 1))

    response = client.get(URL)

    assert response.status_code == 200
    assert names_on(response) == ["Faktum", "Mamma United"]
    assert response.context["total"] == 2
    assert "Överenskommelsen har 2 underskrivare." in response.content.decode()
    assert "Lämnade Föreningen" not in response.content.decode()


def test_the_public_list_counts_on_todays_date_as_the_statistics_do(client_for, member):
    today = datetime.date.today()
    make_signatory("Faktum")
    make_signatory("Lämnar vid årsskiftet", withdrawn_on=today + datetime.timedelta(days=30))
    make_signatory("Skriver under nästa månad", signed_on=today + datetime.timedelta(days=30))

    response = client_for(member).get(URL)

    assert names_on(response) == ["Faktum", "Lämnar vid årsskiftet"]
    statistics = client_for(member).get(reverse("signatories:statistics"))
    assert response.context["total"] == statistics.context["total"] == 2


def test_the_public_list_shows_no_contact_detail(client):
    make_signatory(
        "Faktum",
        contact_name="Hemliga Hanna",
        contact_email="hanna@hemlig.example.se",
        contact_phone="070-999 88 77",
        organisation_number="802400-0013",
    )

    page = client.get(URL).content.decode()

    assert "Faktum" in page
    for private in ["Hemliga Hanna", "hanna@hemlig.example.se", "070-999 88 77", "Kim Kontakt"]:
        assert private not in page


def test_names_are_sorted_the_swedish_way_with_a_ring_a_umlaut_o_umlaut_after_z(client):
    for name in ["Örebro Vänner", "Zeta", "Ängen", "Åkern", "Alfa", "Öland", "Ebbe", "Éclair"]:
        make_signatory(name)

    assert names_on(client.get(URL)) == [
        "Alfa",
        "Ebbe",
        "Éclair",
        "Zeta",
        "Åkern",
        "Ängen",
        "Öland",
        "Örebro Vänner",
    ]


def test_the_python_sort_key_agrees_with_swedish_order():
    names = ["Öst", "Ost", "Ås", "As", "Äpple", "Zebra", "apa"]

    assert sorted(names, key=swedish_key) == ["apa", "As", "Ost", "Zebra", "Ås", "Äpple", "Öst"]


def test_search_by_name_and_filter_by_subregion(client):
    make_signatory("Skaraborgs Demensförening", subregion="skaraborg")
    make_signatory("Demensföreningen Väst", subregion="goteborg")
    make_signatory("Faktum", subregion="skaraborg")

    assert names_on(client.get(URL, {"q": "demens"})) == [
        "Demensföreningen Väst",
        "Skaraborgs Demensförening",
    ]
    assert names_on(client.get(URL, {"q": "demens", "delregion": "skaraborg"})) == [
        "Skaraborgs Demensförening"
    ]


def test_the_search_form_has_labels_for_its_fields(client):
    page = client.get(URL).content.decode()

    assert '<label for="id_q"' in page
    assert '<label for="id_delregion"' in page


def test_script_in_a_name_is_inert(client):
    make_signatory('<script>alert("x")</script> Förening')

    page = client.get(URL).content.decode()

    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Förening" in page


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_register(client):
    make_signatory("Ensam")
    few = _queries_for(client, URL)
    for number in range(130):
        make_signatory(f"Förening {number:03d}", is_umbrella=number % 3 == 0)

    assert _queries_for(client, URL) == few
    assert _queries_for(client, URL + "?sida=3&q=förening") == few


def test_long_lists_are_paginated(client):
    for number in range(60):
        make_signatory(f"Förening {number:03d}")

    first, second = client.get(URL), client.get(URL, {"sida": 2})

    assert len(names_on(first)) == 50
    assert names_on(second)[-1] == "Förening 059"
    assert first.context["page"].paginator.count == 60


def test_without_postgresql_the_list_is_sorted_in_python(client):
    from unittest import mock

    from signatories.sorting import sorted_swedish

    for name in ["Öland", "Zeta", "Åkern"]:
        make_signatory(name)
    from signatories.models import Signatory

    with mock.patch.object(connection, "vendor", "sqlite"):
        ordered = sorted_swedish(Signatory.objects.all())

    assert isinstance(ordered, list)
    assert [s.name for s in ordered] == ["Zeta", "Åkern", "Öland"]
