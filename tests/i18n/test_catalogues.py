"""The English catalogue holds every message of the project, translated; the Swedish one holds
the libraries' admin strings. Both are checked with gettext's own tools."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

EN = settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"
SV = settings.BASE_DIR / "locale" / "sv" / "LC_MESSAGES" / "django.po"
NOT_SOURCE = shutil.ignore_patterns(".venv", "var", ".git", "__pycache__", "*.mo", ".*cache")


def _run(*command, cwd=None, env=None):
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=cwd, env=env)


def test_every_english_message_is_translated():
    untranslated = _run("msgattrib", "--untranslated", "--no-obsolete", str(EN)).stdout
    assert untranslated == "", untranslated


def test_no_english_message_is_fuzzy():
    fuzzy = _run("msgattrib", "--only-fuzzy", "--no-obsolete", str(EN)).stdout
    assert fuzzy == "", fuzzy


def test_the_catalogues_compile_with_their_placeholders_intact():
    for catalogue in (EN, SV):
        statistics = _run("msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue))
        assert "untranslated" not in statistics.stderr
        assert "fuzzy" not in statistics.stderr


def test_makemessages_finds_no_message_missing_from_the_english_catalogue(tmp_path):
    """Run makemessages on a copy of the project: every message it finds must be translated."""
    copy = tmp_path / "project"
    shutil.copytree(settings.BASE_DIR, copy, ignore=NOT_SOURCE)
    env = {**os.environ, "DJANGO_DEBUG": "1", "ROS_VAR_DIR": str(tmp_path / "var")}
    _run(
        sys.executable,
        "manage.py",
        "makemessages",
        "-l",
        "en",
        "--no-location",
        "--ignore=.venv",
        "-v",
        "0",
        cwd=copy,
        env=env,
    )
    found = copy / EN.relative_to(settings.BASE_DIR)
    # A new msgid comes in untranslated, or fuzzy when gettext finds a similar old one.
    new = _run("msgattrib", "--untranslated", "--no-obsolete", str(found)).stdout
    new += _run("msgattrib", "--only-fuzzy", "--no-obsolete", str(found)).stdout
    assert new == "", (
        "Run `manage.py makemessages -l en --ignore=.venv --no-location --no-obsolete` and "
        "translate the new messages:\n" + new
    )


def test_the_swedish_catalogue_translates_the_import_and_history_pages():
    text = Path(SV).read_text()
    for msgid in ("Import", "Export", "This importer will import the following fields: "):
        assert f'msgid "{msgid}"' in text
