"""Content-addressed fragments: a changed row is a new key, so nothing stale is ever served."""

import pytest
from django.utils import translation

from meetings.models import Person
from ros_portal.fragments import cached, content_key


@pytest.fixture
def anna(db):
    return Person.objects.create(name="Anna Andersson")


def test_the_same_rows_give_the_same_key(anna):
    again = Person.objects.get(pk=anna.pk)
    assert content_key("card", anna, [anna], {"flag": True}) == content_key(
        "card", again, [again], {"flag": True}
    )


def test_a_changed_field_gives_a_new_key(anna):
    before = content_key("card", anna)
    anna.name = "Anna Berg"
    assert content_key("card", anna) != before


def test_a_removed_row_or_a_different_flag_gives_a_new_key(anna):
    other = Person.objects.create(name="Bo Ek")
    assert content_key("list", [anna, other]) != content_key("list", [anna])
    assert content_key("list", [anna], True) != content_key("list", [anna], False)


def test_each_language_has_its_own_key(anna):
    with translation.override("sv"):
        swedish = content_key("card", anna)
    with translation.override("en"):
        english = content_key("card", anna)
    assert swedish != english


def test_cached_renders_once_per_key(anna):
    calls = []

    def render():
        calls.append(1)
        return "<p>Anna</p>"

    key = content_key("test-cached-renders-once", anna)
    assert cached(key, render) == "<p>Anna</p>"
    assert cached(key, render) == "<p>Anna</p>"
    assert len(calls) == 1
