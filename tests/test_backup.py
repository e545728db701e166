"""`make backup` and `make restore` give back the same data, archived PDFs included."""

import hashlib
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from meetings.models import ArchivedMinutes, Meeting

ROOT = Path(settings.BASE_DIR)
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"


def _url(name):
    db = connection.settings_dict
    port = db.get("PORT") or 5432
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{port}/{name}"


def _make(*args, database_url):
    result = subprocess.run(
        ["make", "-s", *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": database_url, "HOME": "/tmp"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _fingerprints(url):
    """Per table: its row count and an MD5 over all rows in a stable order."""
    with psycopg.connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        return {
            table: conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \"{table}\" t"  # noqa: E501
            ).fetchone()
            for table in tables
        }


def _demo_backup_restored_into(database_url, tmp_path):
    """Back up the demo data and restore them into database_url; the dump's path."""
    call_command("load_demo", verbosity=0, without_pdfs=True)
    dump = _make(
        "backup", f"BACKUP_DIR={tmp_path}", database_url=_url(connection.settings_dict["NAME"])
    ).strip()
    _make("restore", f"FILE={dump}", database_url=database_url)
    return dump


@pytest.fixture
def restore_database():
    name = f"{connection.settings_dict['NAME']}_restore"
    admin_url = _url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield _url(name)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_backup_restored_into_a_new_database_holds_the_same_rows(restore_database, tmp_path):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    meeting = Meeting.objects.order_by("date").first()
    ArchivedMinutes.objects.create(  # archived versions are only ever added
        meeting=meeting, pdf=PDF, sha256=hashlib.sha256(PDF).hexdigest(), fingerprint="0" * 64
    )
    source = _url(connection.settings_dict["NAME"])

    dump = _make("backup", f"BACKUP_DIR={tmp_path}", database_url=source).strip()
    assert Path(dump).name.startswith("ros-") and Path(dump).suffix == ".dump"
    _make("restore", f"FILE={dump}", database_url=restore_database)

    original = _fingerprints(source)
    restored = _fingerprints(restore_database)
    assert original == restored
    assert original["meetings_meeting"][0] > 0
    with psycopg.connect(restore_database) as conn:
        stored = conn.execute(
            "SELECT pdf, sha256 FROM meetings_archivedminutes ORDER BY id"
        ).fetchall()
    assert [hashlib.sha256(pdf).hexdigest() for pdf, _sha in stored] == [
        sha for _pdf, sha in stored
    ]
    assert hashlib.sha256(PDF).hexdigest() in [sha for _pdf, sha in stored]


@pytest.mark.django_db(transaction=True)
def test_restore_replaces_what_the_database_held(restore_database, tmp_path):
    dump = _demo_backup_restored_into(restore_database, tmp_path)
    with psycopg.connect(restore_database) as conn:
        conn.execute("DELETE FROM meetings_calendartoken")
        # (Approved minutes are frozen by the database: the unapproved meetings change.)
        conn.execute(
            "UPDATE meetings_meeting SET title = 'Ändrad efter backup' WHERE status <> 'approved'"
        )
    # Restoring again over the changed database brings the backup's rows back.
    _make("restore", f"FILE={dump}", database_url=restore_database)
    with psycopg.connect(restore_database) as conn:
        changed = conn.execute(
            "SELECT count(*) FROM meetings_meeting WHERE title = 'Ändrad efter backup'"
        ).fetchone()[0]
    assert changed == 0


def _attachment(meeting, title, data):
    from django.core.files.base import ContentFile

    from meetings.models import Attachment

    attachment = Attachment(meeting=meeting, title=title, size=len(data))
    attachment.file.save(f"{title}.pdf", ContentFile(data), save=True)
    return attachment


@pytest.mark.django_db(transaction=True)
def test_a_restore_into_an_empty_database_and_var_dir_gives_back_every_attachment(
    restore_database, tmp_path
):
    import os

    meeting = Meeting.objects.create(title="Möte med bilagor", date="2025-09-05")
    sent = {
        "Budget": PDF,
        "Tom": b"",
        "Slump": os.urandom(3 * 1024 * 1024),
    }
    for title, data in sent.items():
        _attachment(meeting, title, data)
    empty_var = tmp_path / "var"
    empty_var.mkdir()

    dump = _make(
        "backup", f"BACKUP_DIR={tmp_path}", database_url=_url(connection.settings_dict["NAME"])
    ).strip()
    _make("restore", f"FILE={dump}", f"ROS_VAR_DIR={empty_var}", database_url=restore_database)

    with psycopg.connect(restore_database) as conn:
        restored = dict(
            conn.execute(
                "SELECT a.title, f.content FROM meetings_attachment a"
                " JOIN ros_portal_storedfile f ON f.name = a.file"
            ).fetchall()
        )
    assert {title: bytes(data) for title, data in restored.items()} == sent
    assert list(empty_var.iterdir()) == []


@pytest.mark.django_db
def test_attachments_stored_as_files_before_are_copied_into_the_database(tmp_path, settings):
    import importlib

    from django.apps import apps

    from meetings.models import Attachment
    from ros_portal.models import StoredFile

    migration = importlib.import_module("meetings.migrations.0004_attachments_into_database")
    meeting = Meeting.objects.create(title="Äldre möte", date="2024-08-19")
    old = Attachment.objects.create(meeting=meeting, title="Gammal", file="attachments/1/g.pdf")
    Attachment.objects.create(meeting=meeting, title="Borta", file="attachments/1/borta.pdf")
    (tmp_path / "attachments/1").mkdir(parents=True)
    (tmp_path / "attachments/1/g.pdf").write_bytes(PDF)
    settings.MEDIA_ROOT = tmp_path

    migration.copy_files_in(apps, None)

    assert bytes(StoredFile.objects.get(name=old.file.name).content) == PDF
    assert not StoredFile.objects.filter(name="attachments/1/borta.pdf").exists()
    old.refresh_from_db()
    assert old.file.read() == PDF
