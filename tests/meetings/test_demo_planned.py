"""The demo always has planned meetings ahead, marked as made-up examples."""

import datetime

import pytest
from django.utils import timezone

from meetings import demo_planned
from meetings.management.commands.load_demo import loaders
from meetings.models import Meeting
from meetings.models.meeting import Status

DAY = datetime.date(2026, 12, 2)


def _examples():
    return Meeting.objects.filter(title__startswith=demo_planned.EXAMPLE_PREFIX).order_by("date")


@pytest.mark.django_db
def test_the_demo_plans_example_meetings_in_the_coming_months():
    demo_planned.load(today=DAY)
    examples = list(_examples())
    assert len(examples) == len(demo_planned.EXAMPLES)
    assert all(e.status == Status.PLANNED for e in examples)
    assert all(DAY < e.date <= DAY + datetime.timedelta(days=190) for e in examples)
    assert all(e.date.weekday() == 3 for e in examples)  # Thursdays
    assert examples[0].date == datetime.date(2027, 1, 14)
    assert all("exempel" in e.title.casefold() and "exempel" in e.place for e in examples)
    assert any(e.is_public_event for e in examples)  # the public calendar is not empty either


@pytest.mark.django_db
def test_loading_the_demo_again_later_moves_the_examples_instead_of_adding_more():
    demo_planned.load(today=DAY)
    demo_planned.load(today=DAY)
    assert _examples().count() == len(demo_planned.EXAMPLES)
    demo_planned.load(today=DAY + datetime.timedelta(days=400))
    assert _examples().count() == len(demo_planned.EXAMPLES)
    assert _examples().first().date > DAY + datetime.timedelta(days=400)


def test_load_demo_plans_the_examples():
    assert demo_planned.load in loaders()


@pytest.mark.django_db
def test_the_member_sees_the_example_meetings_on_the_start_page(client_for, member):
    demo_planned.load(today=timezone.localdate())
    html = client_for(member).get("/").content.decode()
    assert demo_planned.EXAMPLE_PREFIX + "RÖS-möte" in html
    assert "Inga planerade möten." not in html
