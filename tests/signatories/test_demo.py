"""The demo register matches the annual report 2025: 133 signatories, about a third umbrellas."""

import datetime
from decimal import Decimal

import pytest

from signatories import demo, stats
from signatories.models import Signatory
from signatories.validators import luhn_ok

pytestmark = pytest.mark.django_db

END_OF_2025 = datetime.date(2025, 12, 31)


@pytest.fixture
def loaded():
    demo.load()


def test_the_register_holds_133_signatories_at_the_end_of_2025(loaded):
    assert stats.total_at(END_OF_2025) == 133


def test_about_a_third_are_umbrella_organisations(loaded):
    assert Signatory.objects.active_on(END_OF_2025).filter(is_umbrella=True).count() == 44
    assert stats.umbrella_share(END_OF_2025) == Decimal("0.3308")


def test_the_eight_named_in_the_annual_report_are_new_in_2025(loaded):
    assert sorted(s.name for s in stats.new_in_year(2025)) == sorted(
        name for name, *_rest in demo.NEW_IN_2025
    )
    assert not any(s.is_synthetic or s.organisation_number for s in stats.new_in_year(2025))


def test_suicide_zero_was_admitted_at_the_end_of_2024(loaded):
    suicide_zero = Signatory.objects.get(name="Suicide Zero")
    assert suicide_zero.signed_on == datetime.date(2024, 11, 29)
    assert not suicide_zero.is_synthetic


def test_synthetic_signatories_are_labelled_and_have_valid_numbers(loaded):
    synthetic = Signatory.objects.filter(is_synthetic=True)
    assert synthetic.count() == 126
    for signatory in synthetic:
        assert signatory.name.endswith("(syntetisk)")
        assert luhn_ok(signatory.organisation_number.replace("-", ""))
        assert 2014 <= signatory.signed_on.year <= 2024


def test_some_synthetic_ones_have_withdrawn(loaded):
    assert Signatory.objects.filter(withdrawn_on__isnull=False).count() == 2
    assert [s.name for s in stats.withdrawn_in_year(2019)] == [
        "Exempelnätverket Slätten 5 (syntetisk)"
    ]


def test_loading_twice_changes_nothing(loaded):
    before = list(Signatory.objects.order_by("pk").values())
    history = Signatory.history.count()

    demo.load()

    assert list(Signatory.objects.order_by("pk").values()) == before
    assert Signatory.history.count() == history  # not even a no-op history record
