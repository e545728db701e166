"""Exported spreadsheets: Swedish columns, and no cell that a spreadsheet would run."""

import csv
import io

import openpyxl
import pytest

from ros_portal.exports import SafeCSV, SafeXLSX
from signatories.importing import import_file
from signatories.models import Signatory
from signatories.resources import COLUMNS, SignatoryResource
from tests.signatories.helpers import HEADERS, make_signatory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    "\tTabben",
    # Spreadsheets trim these before they look for a formula, or read the full-width sign.
    ' =HYPERLINK("http://x","y")',
    "\n=1+1",
    "\u00a0=1+1",
    "\u200b=1+1",
    '\uff1dHYPERLINK("http://x","y")',
]


def exported(fmt):
    return fmt().export_data(SignatoryResource().export())


def test_csv_export_has_swedish_headers_semicolons_and_a_byte_order_mark():
    make_signatory("Åkerö Förening", organisation_number="802400-0013", signed_on="2024-05-02")

    data = exported(SafeCSV)

    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].split(";") == HEADERS
    assert lines[1].startswith(
        "Åkerö Förening;802400-0013;ideell förening;nej;Göteborgsregionen;2024-05-02;"
    )


@pytest.mark.parametrize("name", HOSTILE)
def test_csv_export_neutralises_formula_cells(name):
    make_signatory(name, contact_name="=1+1")

    rows = list(csv.reader(io.StringIO(exported(SafeCSV).decode("utf-8-sig")), delimiter=";"))

    assert rows[1][0] == "'" + name
    assert rows[1][HEADERS.index("Kontaktperson")] == "'=1+1"


@pytest.mark.parametrize("name", HOSTILE)
def test_xlsx_export_neutralises_formula_cells(name):
    make_signatory(name, contact_phone="+46 31 123 45")

    sheet = openpyxl.load_workbook(io.BytesIO(exported(SafeXLSX))).active

    name_cell = sheet.cell(row=2, column=1)
    assert name_cell.data_type != "f"
    assert name_cell.value == "'" + name
    phone_cell = sheet.cell(row=2, column=HEADERS.index("Telefon") + 1)
    assert phone_cell.data_type != "f"
    assert phone_cell.value.startswith("'")


def test_no_formula_cell_anywhere_in_an_xlsx_export():
    make_signatory('=HYPERLINK("http://x","y")')
    make_signatory("+SUM(1,2)")

    sheet = openpyxl.load_workbook(io.BytesIO(exported(SafeXLSX))).active

    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


def test_an_exported_file_imports_back_unchanged():
    make_signatory("+SUM(1,2)", organisation_number="802400-0013", website="https://x.example.se")
    make_signatory("Ängens Vänner", organisation_number="802400-0021", withdrawn_on="2024-01-01")
    before = list(Signatory.objects.order_by("pk").values())

    outcome = import_file(exported(SafeXLSX), "xlsx")

    assert outcome.ok, outcome.errors
    assert outcome.totals["skip"] == 2
    assert list(Signatory.objects.order_by("pk").values()) == before


SWEDISH_ORDER = ["Alingsås IK", "Zeta förening", "Åby IF", "Älvsborgs förening", "Önnered IF"]


def _export_fields():
    return {f"signatoryresource_{name}": "on" for name in COLUMNS}


def test_the_process_leaders_export_lists_the_register_in_swedish_order(client_for, process_leader):
    for name in reversed(SWEDISH_ORDER):
        make_signatory(name)
    response = client_for(process_leader).post(
        "/admin/signatories/signatory/export/", {"format": "0", "resource": "0", **_export_fields()}
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == SWEDISH_ORDER


def test_the_exported_file_lists_the_register_in_swedish_order():
    for name in reversed(SWEDISH_ORDER):
        make_signatory(name)
    rows = list(csv.reader(io.StringIO(exported(SafeCSV).decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == SWEDISH_ORDER
