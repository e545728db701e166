"""generate_scale_data: the volumes the benchmarks need, valid, repeatable and added only once."""

import random

import pytest
from django.core.management import call_command
from django.db import connection

from budget.models import BudgetYear, OutcomeEntry
from meetings.management.commands.generate_scale_data import organisation_number
from meetings.models import AgendaItem, Decision, Meeting
from signatories.models import Signatory
from signatories.validators import validate_organisation_number


@pytest.mark.django_db
def test_two_years_of_scale_data_have_the_promised_volumes():
    call_command("generate_scale_data", years=2, verbosity=0)
    assert Meeting.objects.count() == 20
    assert AgendaItem.objects.count() == 400
    assert Signatory.objects.count() == 2_000
    assert OutcomeEntry.objects.count() == 5_000
    assert BudgetYear.objects.count() == 2
    for signatory in Signatory.objects.all():
        validate_organisation_number(signatory.organisation_number)


@pytest.mark.django_db
def test_decisions_are_numbered_from_one_each_year():
    call_command("generate_scale_data", years=2, verbosity=0)
    for year in Decision.objects.values_list("year", flat=True).distinct():
        numbers = list(Decision.objects.filter(year=year).values_list("number", flat=True))
        assert sorted(numbers) == list(range(1, len(numbers) + 1))


@pytest.mark.django_db
def test_a_second_run_changes_nothing():
    call_command("generate_scale_data", years=2, verbosity=0)
    call_command("generate_scale_data", years=2, verbosity=0)
    assert Meeting.objects.count() == 20
    assert Signatory.objects.count() == 2_000


def test_the_same_seed_gives_the_same_organisation_numbers():
    first = [organisation_number(random.Random(7), set()) for _ in range(3)]
    again = [organisation_number(random.Random(7), set()) for _ in range(3)]
    assert first == again


@pytest.mark.django_db
def test_the_planner_knows_the_new_rows_at_once():
    """Fresh rows are analysed, so the search takes its GIN index instead of walking them all."""
    call_command("generate_scale_data", years=2, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'meetings_agendaitem'")
        [(estimate,)] = cursor.fetchall()
    assert estimate == AgendaItem.objects.count()
