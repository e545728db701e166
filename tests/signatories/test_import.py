"""Importing the register from spreadsheets: all rows or none, in Swedish."""

import datetime
from unittest import mock

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from signatories.importing import import_file
from signatories.models import Signatory
from tests.signatories.helpers import (
    GOOD_NUMBERS,
    csv_bytes,
    make_signatory,
    register_snapshot,
    row,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

GOOD_ROWS = [
    row("Föreningen Ängen", GOOD_NUMBERS[0]),
    row("Stiftelsen Åkern", GOOD_NUMBERS[1], Associationsform="Stiftelse", Delregion="skaraborg"),
]

BAD_ROWS = {
    "wrong check digit": (
        row("Felsiffran", "802400-0014"),
        "Organisationsnummer",
        "kontrollsiffra",
    ),
    "wrong number form": (row("Formen", "8024000013"), "Organisationsnummer", "NNNNNN-NNNN"),
    "missing name": (row("", GOOD_NUMBERS[2]), "Namn", "Namn saknas"),
    "unknown subregion": (
        row("Okända", GOOD_NUMBERS[2], Delregion="Halland"),
        "Delregion",
        "Halland",
    ),
    "unknown legal form": (
        row("Bolaget", GOOD_NUMBERS[2], Associationsform="handelsbolag"),
        "Associationsform",
        "handelsbolag",
    ),
    "impossible date": (
        row("Datumet", GOOD_NUMBERS[2], Undertecknad="2025-02-30"),
        "Undertecknad",
        "2025-02-30",
    ),
    "a year mistyped centuries back": (
        row("Datumet", GOOD_NUMBERS[2], Undertecknad="0201-05-01"),
        "Undertecknad",
        "mellan år 1900 och 2200",
    ),
    "date in another form": (
        row("Datumet", GOOD_NUMBERS[2], Undertecknad="2/5 2024"),
        "Undertecknad",
        "ÅÅÅÅ-MM-DD",
    ),
    "withdrawn before signed": (
        row("Baklänges", GOOD_NUMBERS[2], Utträdd="2020-01-01"),
        None,
        "före undertecknandet",
    ),
    "bad e-mail": (
        row("Mejlet", GOOD_NUMBERS[2], **{"E-post": "inte en adress"}),
        "E-post",
        "e-postadress",
    ),
    "duplicate number in the file": (
        row("Kopian", GOOD_NUMBERS[0]),
        "Organisationsnummer",
        "Finns redan på rad 2 i filen",
    ),
    "duplicate name in the file": (
        row("föreningen ängen", GOOD_NUMBERS[2]),
        "Namn",
        "Finns redan på rad 2 i filen",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_ROWS))
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_one_bad_row_refuses_the_whole_file_and_names_row_and_column(kind, fmt):
    make_signatory("Redan Med", organisation_number=GOOD_NUMBERS[3])
    before = register_snapshot()
    bad, column, words = BAD_ROWS[kind]
    rows = [*GOOD_ROWS, bad]
    data = csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows)

    outcome = import_file(data, fmt, dry_run=False)

    assert not outcome.ok
    assert register_snapshot() == before  # the two good rows were not kept either
    message = " ".join(outcome.errors)
    assert words in message
    # The bad row is the fourth line of the spreadsheet (the header is line 1).
    prefix = f"Rad 4, kolumn {column}:" if column else "Rad 4"
    assert any(error.startswith(prefix) for error in outcome.errors), outcome.errors


def test_organisation_number_already_held_by_another_name_is_refused():
    make_signatory("Gamla Namnet", organisation_number=GOOD_NUMBERS[0])
    make_signatory("Föreningen Ängen", organisation_number=GOOD_NUMBERS[1])
    before = register_snapshot()

    outcome = import_file(csv_bytes([row("Föreningen Ängen", GOOD_NUMBERS[2])]), "csv")

    assert not outcome.ok
    assert "finns redan i registret med organisationsnummer 802400-0021" in outcome.errors[0]
    assert register_snapshot() == before


def test_a_good_file_imports_every_row_with_its_values():
    outcome = import_file(csv_bytes(GOOD_ROWS), "csv")

    assert outcome.ok, outcome.errors
    angen = Signatory.objects.get(name="Föreningen Ängen")
    assert angen.organisation_number == GOOD_NUMBERS[0]
    assert angen.subregion == "goteborg"
    assert angen.signed_on == datetime.date(2024, 5, 2)
    assert angen.contact_name == "Åsa Öberg"
    akern = Signatory.objects.get(name="Stiftelsen Åkern")
    assert (akern.legal_form, akern.subregion) == ("stiftelse", "skaraborg")


def test_windows_1252_csv_keeps_a_ring_a_umlaut_and_o_umlaut():
    data = csv_bytes(
        [row("Åkerö Ängsförening", GOOD_NUMBERS[0], Kontaktperson="Örjan Ås")], "cp1252"
    )
    assert "Å".encode("cp1252") in data  # really Windows-1252, not UTF-8

    outcome = import_file(data, "csv")

    assert outcome.ok, outcome.errors
    signatory = Signatory.objects.get()
    assert (signatory.name, signatory.contact_name) == ("Åkerö Ängsförening", "Örjan Ås")
    assert signatory.subregion == "goteborg"  # "Göteborgsregionen" was read right too


def test_utf8_csv_with_byte_order_mark_imports():
    data = csv_bytes([row("Älvens Vänner", GOOD_NUMBERS[0])], "utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")

    outcome = import_file(data, "csv")

    assert outcome.ok, outcome.errors
    assert Signatory.objects.get().name == "Älvens Vänner"


def test_labels_are_accepted_in_any_case_and_yes_marks_an_umbrella():
    data = csv_bytes(
        [
            row(
                "Paraplyet",
                GOOD_NUMBERS[0],
                Delregion="FYRBODAL",
                Associationsform="Ekonomisk Förening",
                **{"Paraplyorganisation (ja/nej)": "Ja"},
            )
        ]
    )

    outcome = import_file(data, "csv")

    assert outcome.ok, outcome.errors
    signatory = Signatory.objects.get()
    assert (signatory.subregion, signatory.legal_form, signatory.is_umbrella) == (
        "fyrbodal",
        "ekonomisk_forening",
        True,
    )


def test_importing_the_same_file_twice_updates_instead_of_duplicating():
    import_file(csv_bytes(GOOD_ROWS), "csv")
    changed = [row("Föreningen Ängen", GOOD_NUMBERS[0], Kontaktperson="Ny Person"), GOOD_ROWS[1]]

    outcome = import_file(csv_bytes(changed), "csv")

    assert outcome.ok, outcome.errors
    assert Signatory.objects.count() == 2
    assert Signatory.objects.get(name="Föreningen Ängen").contact_name == "Ny Person"
    assert outcome.totals["update"] == 1
    assert outcome.totals["skip"] == 1  # the unchanged row writes no history


def test_reimport_matches_on_name_when_the_register_lacks_the_number():
    existing = make_signatory("Faktum")

    outcome = import_file(csv_bytes([row("faktum", GOOD_NUMBERS[0])]), "csv")

    assert outcome.ok, outcome.errors
    existing.refresh_from_db()
    assert existing.organisation_number == GOOD_NUMBERS[0]
    assert Signatory.objects.count() == 1


def test_an_empty_number_cell_never_erases_a_known_number():
    existing = make_signatory("Faktum", organisation_number=GOOD_NUMBERS[0])

    outcome = import_file(csv_bytes([row("Faktum", "")]), "csv")

    assert outcome.ok, outcome.errors
    existing.refresh_from_db()
    assert existing.organisation_number == GOOD_NUMBERS[0]


def test_real_dates_from_an_xlsx_file_are_accepted():
    data = xlsx_bytes(
        [row("Datumcellen", GOOD_NUMBERS[0], Undertecknad=datetime.datetime(2023, 4, 5))]
    )

    outcome = import_file(data, "xlsx")

    assert outcome.ok, outcome.errors
    assert Signatory.objects.get().signed_on == datetime.date(2023, 4, 5)


def test_blank_lines_at_the_end_of_a_sheet_are_ignored():
    outcome = import_file(csv_bytes([*GOOD_ROWS, [""] * 11, [""] * 11]), "csv")

    assert outcome.ok, outcome.errors
    assert Signatory.objects.count() == 2


def test_a_file_without_a_required_column_is_refused():
    headers = ["Namn", "Organisationsnummer", "Undertecknad"]

    outcome = import_file(
        csv_bytes([["Utan Delregion", GOOD_NUMBERS[0], "2024-01-01"]], headers=headers), "csv"
    )

    assert not outcome.ok
    assert "saknar kolumnerna: Delregion" in outcome.errors[0]
    assert not Signatory.objects.exists()


def test_a_dry_run_saves_nothing_even_for_a_good_file():
    outcome = import_file(csv_bytes(GOOD_ROWS), "csv", dry_run=True)

    assert outcome.ok
    assert outcome.totals["new"] == 2
    assert not Signatory.objects.exists()


def test_command_imports_a_good_file(tmp_path, capsys):
    path = tmp_path / "underskrivare.xlsx"
    path.write_bytes(xlsx_bytes(GOOD_ROWS))

    call_command("import_signatories", str(path))

    assert Signatory.objects.count() == 2
    assert "2 nya" in capsys.readouterr().out


def test_command_dry_run_saves_nothing(tmp_path):
    path = tmp_path / "underskrivare.csv"
    path.write_bytes(csv_bytes(GOOD_ROWS))

    call_command("import_signatories", str(path), "--dry-run")

    assert not Signatory.objects.exists()


def test_command_refuses_a_bad_file_with_swedish_errors_and_fails(tmp_path, capsys):
    make_signatory("Redan Med", organisation_number=GOOD_NUMBERS[3])
    before = register_snapshot()
    path = tmp_path / "underskrivare.csv"
    path.write_bytes(csv_bytes([*GOOD_ROWS, row("Felsiffran", "802400-0014")], "cp1252"))

    with pytest.raises(CommandError, match="Filen avvisades"):
        call_command("import_signatories", str(path))

    assert "Rad 4, kolumn Organisationsnummer: Organisationsnumret har fel kontrollsiffra." in (
        capsys.readouterr().err
    )
    assert register_snapshot() == before


def test_command_exits_non_zero_on_a_refused_file(tmp_path, capsys):
    path = tmp_path / "underskrivare.csv"
    path.write_bytes(csv_bytes([row("", GOOD_NUMBERS[0])]))

    # run_from_argv is what `manage.py` runs; it closes connections, which the test still needs.
    argv = ["manage.py", "import_signatories", str(path), "--skip-checks"]
    with (
        mock.patch("django.core.management.base.connections.close_all"),
        pytest.raises(SystemExit) as exit_info,
    ):
        ManagementUtility(argv).execute()

    assert exit_info.value.code != 0
    assert "Rad 2, kolumn Namn: Namn saknas." in capsys.readouterr().err
    assert not Signatory.objects.exists()


def test_an_import_locks_the_register_until_it_ends():
    """An admin save of a signatory made during an import waits for it, and then finds the
    version moved, instead of being overwritten by the import's older copy of the row."""
    make_signatory("Föreningen Ängen", organisation_number=GOOD_NUMBERS[0])
    with CaptureQueriesContext(connection) as queries:
        outcome = import_file(csv_bytes([row("Föreningen Ängen", GOOD_NUMBERS[0])]), "csv")

    assert outcome.ok, outcome.errors
    reads = [q["sql"] for q in queries if 'FROM "signatories_signatory"' in q["sql"]]
    assert reads[0].endswith("FOR UPDATE")  # the loader's read, the first of the register
