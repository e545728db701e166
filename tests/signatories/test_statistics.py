"""Statistics of the register: the functions the annual report uses and the members' page."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from signatories import stats
from tests.signatories.helpers import make_signatory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def register():
    make_signatory("Alfa", signed_on=D(2019, 3, 1), is_umbrella=True, subregion="fyrbodal")
    make_signatory("Beta", signed_on=D(2020, 6, 1), withdrawn_on=D(2022, 5, 1))
    make_signatory("Gamma", signed_on=D(2022, 2, 1), is_umbrella=True)
    make_signatory("Delta", signed_on=D(2022, 2, 1), subregion="skaraborg")
    make_signatory("Epsilon", signed_on=D(2025, 1, 10), withdrawn_on=D(2025, 12, 31))


def test_total_at_a_date_counts_signed_and_not_yet_withdrawn(register):
    assert stats.total_at(D(2018, 12, 31)) == 0
    assert stats.total_at(D(2020, 6, 1)) == 2
    assert stats.total_at(D(2022, 4, 30)) == 4
    assert stats.total_at(D(2022, 5, 1)) == 3  # withdrawn on that day
    assert stats.total_at(D(2025, 12, 30)) == 4
    assert stats.total_at(D(2025, 12, 31)) == 3


def test_new_in_year_names_them_in_order_of_signing_then_name(register):
    assert [s.name for s in stats.new_in_year(2022)] == ["Delta", "Gamma"]
    assert list(stats.new_in_year(2021)) == []


def test_withdrawn_in_year(register):
    assert [s.name for s in stats.withdrawn_in_year(2022)] == ["Beta"]


def test_umbrella_share_is_a_decimal_fraction(register):
    assert stats.umbrella_share(D(2022, 12, 31)) == Decimal("0.6667")
    assert stats.umbrella_share(D(2010, 1, 1)) == Decimal("0")


def test_by_subregion_lists_every_subregion_with_its_count(register):
    assert stats.by_subregion(D(2022, 12, 31)) == [
        ("Göteborgsregionen", 1),
        ("Fyrbodal", 1),
        ("Sjuhärad", 0),
        ("Skaraborg", 1),
        ("Hela Västra Götaland", 0),
    ]


def test_totals_by_year_are_the_totals_at_each_year_end(register):
    assert stats.totals_by_year(2018, 2025) == [
        (2018, 0),
        (2019, 1),
        (2020, 2),
        (2021, 2),
        (2022, 3),
        (2023, 3),
        (2024, 3),
        (2025, 3),
    ]
    assert stats.totals_by_year(2021, 2022) == [(2021, 2), (2022, 3)]


def test_the_chart_is_an_accessible_svg_without_inline_css(register):
    svg = stats.totals_chart_svg(2019, 2025)

    assert svg.startswith("<svg")
    assert 'role="img"' in svg
    assert "<title>Antal underskrivare vid årets slut 2019–2025</title>" in svg
    assert "2022: 3" in svg  # the figures in the description too
    assert "style=" not in svg
    assert "<style" not in svg


def test_outsider_gets_404_for_the_statistics(client_for, outsider):
    assert client_for(outsider).get(reverse("signatories:statistics")).status_code == 404


def test_anonymous_visitor_gets_404_for_the_statistics(client):
    assert client.get(reverse("signatories:statistics")).status_code == 404


def test_member_sees_the_figures_at_a_chosen_date(client_for, member, register):
    response = client_for(member).get(reverse("signatories:statistics"), {"datum": "2022-12-31"})

    assert response.status_code == 200
    page = response.content.decode()
    assert response.context["total"] == 3
    assert response.context["umbrella_percent"] == Decimal("67")
    assert [s.name for s in response.context["new"]] == ["Delta", "Gamma"]
    assert [s.name for s in response.context["withdrawn"]] == ["Beta"]
    assert response.context["years"][-1] == (2022, 2, 1, 3)
    assert "31 december 2022" in page
    assert "<svg" in page
    assert '<th scope="row">2022</th>' in page


def test_member_reads_one_umbrella_body_in_eight_as_13_percent_rounded_half_up(client_for, member):
    make_signatory("Paraplyet", signed_on=D(2020, 1, 1), is_umbrella=True)
    for number in range(7):
        make_signatory(f"Förening {number}", signed_on=D(2020, 1, 1))

    response = client_for(member).get(reverse("signatories:statistics"), {"datum": "2020-12-31"})

    assert response.context["umbrella_percent"] == Decimal("13")  # 12,5 %, not 12 (half even)
    assert stats.whole_percent(Decimal("0.125")) == Decimal("13")


def test_member_asking_for_a_date_centuries_ahead_is_told_and_gets_todays_figures(
    client_for, member, register
):
    response = client_for(member).get(reverse("signatories:statistics"), {"datum": "9999-12-31"})

    assert response.status_code == 200
    today = datetime.date.today()
    assert response.context["on"] == today
    assert response.context["years"][-1][0] == today.year
    assert f"Välj ett datum senast 31 december {today.year}." in response.content.decode()


def test_member_asking_for_an_impossible_date_is_told(client_for, member, register):
    response = client_for(member).get(reverse("signatories:statistics"), {"datum": "2025-02-30"})

    assert "Fyll i ett giltigt datum." in response.content.decode()


def test_script_in_a_name_is_inert_on_the_statistics_page(client_for, member):
    make_signatory("<script>alert(1)</script>", signed_on=D(2024, 2, 2))

    page = client_for(member).get(reverse("signatories:statistics"), {"datum": "2024-12-31"})

    assert "<script>alert(1)</script>" not in page.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.content.decode()


def test_first_year_is_the_year_of_the_earliest_signature(register):
    assert stats.first_year() == 2019


def test_first_year_of_an_empty_register_is_this_year(db):
    assert stats.first_year() == datetime.date.today().year


def test_changes_in_year_gives_new_and_withdrawn_in_order(register):
    new, withdrawn = stats.changes_in_year(2025)

    assert [s.name for s in new] == ["Epsilon"]
    assert [s.name for s in withdrawn] == ["Epsilon"]


def test_new_and_withdrawn_per_year_come_from_one_query(register, django_assert_num_queries):
    with django_assert_num_queries(1):
        signed, withdrawn = stats.new_and_withdrawn_by_year()

    assert signed == {2019: 1, 2020: 1, 2022: 2, 2025: 1}
    assert withdrawn == {2022: 1, 2025: 1}


def test_subregions_and_umbrella_share_for_the_page_agree_with_the_report_functions(
    register, django_assert_num_queries
):
    for day in [D(2010, 1, 1), D(2022, 12, 31), D(2025, 12, 31)]:
        with django_assert_num_queries(1):
            figures = stats.subregion_figures(day)

        assert figures == (stats.by_subregion(day), stats.umbrella_share(day))


def test_the_statistics_page_asks_the_same_number_of_queries_however_big_the_register(
    client_for, member, register
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(member)
    client.get(reverse("signatories:statistics"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("signatories:statistics"))
    for number in range(40):
        make_signatory(
            f"Förening {number:02d}",
            signed_on=D(2000 + number % 20, 1, 1),
            withdrawn_on=D(2021 + number % 5, 1, 1) if number % 4 == 0 else None,
            is_umbrella=number % 3 == 0,
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("signatories:statistics"))

    assert len(many) == len(few)
    assert response.context["years"][0][0] == 2000
