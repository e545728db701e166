"""The person register knows who was in office on a given day."""

import datetime

import pytest

from meetings.demo import load_people
from meetings.models import Person, Term

D = datetime.date


@pytest.fixture
def register(db):
    load_people()


def _in_office(on_date):
    return set(Term.objects.in_office(on_date).values_list("person__name", flat=True))


def test_malin_carlsson_was_in_office_at_the_august_2024_meeting(register):
    assert "Malin Carlsson" in _in_office(D(2024, 8, 19))
    assert "Stefan Lindborg" not in _in_office(D(2024, 8, 19))


def test_maria_millback_has_replaced_malin_carlsson_by_december_2025(register):
    office = _in_office(D(2025, 12, 1))
    assert "Malin Carlsson" not in office
    assert "Maria Millback" in office


def test_stefan_lindborg_was_in_office_in_november_2023(register):
    office = _in_office(D(2023, 11, 2))
    assert "Stefan Lindborg" in office
    assert "Malin Carlsson" not in office
    assert "Erica Sjölin" not in office


def test_a_term_is_in_office_on_its_first_and_last_day(register):
    assert "Maria Millback" in _in_office(D(2025, 9, 23))
    assert "Maria Millback" not in _in_office(D(2025, 9, 22))
    assert "Malin Carlsson" in _in_office(D(2025, 9, 22))


def test_sofia_emanuelsson_handed_over_to_jesper_svensson_in_september_2025(register):
    assert "Sofia Emanuelsson" in _in_office(D(2025, 9, 5))
    office = _in_office(D(2025, 10, 1))
    assert "Sofia Emanuelsson" not in office
    assert {"Jesper Svensson", "Malin Andrén"} <= office


def test_the_register_has_the_initials_the_minutes_use(register):
    initials = dict(Person.objects.values_list("name", "initials"))
    assert initials["Jan Linde"] == "JL"
    assert initials["Soraya Zarza Lundberg"] == "SZL"
    assert initials["Erica Sjölin"] == "ES"
    assert initials["Sofia Emanuelsson"] == "SE"
