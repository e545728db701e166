"""The data version: every write to the portal's data changes it, by whatever path it comes;
visits (sessions, login attempts, second-factor devices) leave it alone."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from meetings.models import Person
from ros_portal import dataversion


@pytest.fixture
def anna(db):
    return Person.objects.create(name="Anna Andersson")


def changes_version(write):
    before = dataversion.current()
    write()
    return dataversion.current() != before


def test_a_saved_row_changes_the_version(anna):
    anna.name = "Anna Berg"
    assert changes_version(anna.save)


def test_a_queryset_update_changes_the_version(anna):
    assert changes_version(lambda: Person.objects.filter(pk=anna.pk).update(name="Anna Ek"))


def test_a_bulk_create_and_a_delete_change_the_version(db):
    assert changes_version(lambda: Person.objects.bulk_create([Person(name="Bo Ek")]))
    assert changes_version(lambda: Person.objects.filter(name="Bo Ek").delete())


def test_raw_sql_changes_the_version(anna):
    def raw_update():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE meetings_person SET name = %s WHERE id = %s", ["Ann", anna.pk])

    assert changes_version(raw_update)


def test_locking_rows_for_update_changes_the_version_first(anna):
    def lock():
        with transaction.atomic():
            list(Person.objects.select_for_update().filter(pk=anna.pk))

    assert changes_version(lock)


def test_a_visit_saving_its_session_leaves_the_version_alone(db):
    Person.objects.create(name="Bo Ek")
    session = SessionStore()
    session["seen"] = True
    assert not changes_version(session.save)


def test_a_rolled_back_write_takes_its_new_version_back_with_it(anna):
    before = dataversion.current()
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.filter(pk=anna.pk).update(name="Anna Berg")
        assert dataversion.current() != before
        Person.objects.create(name="Anna Berg")  # names are unique
    assert dataversion.current() == before


@pytest.mark.parametrize(
    ("sql", "writes"),
    [
        ('INSERT INTO "meetings_meeting" ("title") VALUES (%s)', True),
        ('UPDATE "signatories_signatory" SET "name" = %s', True),
        ('DELETE FROM "budget_outcomeentry" WHERE "id" = %s', True),
        ('TRUNCATE "meetings_meeting", "django_session" RESTART IDENTITY;', True),
        ('TRUNCATE "axes_accessattempt", "meetings_meeting";', True),
        ('SELECT "id" FROM "meetings_meeting" WHERE "id" = 1 FOR UPDATE', True),
        ('SELECT "id" FROM "meetings_meeting" WHERE "title" = \'UPDATE x\'', False),
        ('UPDATE "django_session" SET "session_data" = %s', False),
        ('INSERT INTO "axes_accessattempt" ("username") VALUES (%s)', False),
        ('UPDATE "otp_totp_totpdevice" SET "last_t" = %s', False),
        ("SAVEPOINT s1", False),
    ],
)
def test_which_statements_count_as_writes_to_the_data(sql, writes):
    assert dataversion.writes_data(sql) is writes


def test_a_transaction_sets_one_token_for_all_its_writes(db):
    dataversion.current()
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        Person.objects.create(name="Bo Ek")
        Person.objects.create(name="Cilla Ek")
        Person.objects.filter(name="Bo Ek").update(name="Bo Ekström")
    tokens_set = [q for q in queries.captured_queries if dataversion.TABLE in q["sql"]]
    assert len(tokens_set) == 1


def test_a_token_seen_inside_the_transaction_is_replaced_by_its_next_write(db):
    with transaction.atomic():
        Person.objects.create(name="Bo Ek")
        seen = dataversion.current()
        Person.objects.filter(name="Bo Ek").update(name="Bo Ekström")
        assert dataversion.current() != seen


def test_a_write_after_a_rolled_back_savepoint_sets_a_token_again(anna):
    with transaction.atomic():
        before = dataversion.current()
        with pytest.raises(IntegrityError), transaction.atomic():
            Person.objects.filter(pk=anna.pk).update(name="Anna Berg")
            Person.objects.create(name="Anna Berg")
        assert dataversion.current() == before
        Person.objects.filter(pk=anna.pk).update(name="Anna Ek")
        assert dataversion.current() != before
