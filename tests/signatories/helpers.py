"""Spreadsheets as the process leader would keep them, built in memory for the tests."""

import csv
import datetime
import io

import openpyxl

from signatories.models import Signatory

HEADERS = [
    "Namn",
    "Organisationsnummer",
    "Associationsform",
    "Paraplyorganisation (ja/nej)",
    "Delregion",
    "Undertecknad",
    "Utträdd",
    "Kontaktperson",
    "E-post",
    "Telefon",
    "Webbplats",
]
# Valid organisation numbers (Luhn check digit correct).
GOOD_NUMBERS = ["802400-0013", "802400-0021", "802400-0039", "802400-0047"]


def row(name="Föreningen Ängen", number="802400-0013", **changes):
    values = {
        "Namn": name,
        "Organisationsnummer": number,
        "Associationsform": "ideell förening",
        "Paraplyorganisation (ja/nej)": "nej",
        "Delregion": "Göteborgsregionen",
        "Undertecknad": "2024-05-02",
        "Utträdd": "",
        "Kontaktperson": "Åsa Öberg",
        "E-post": "asa@example.se",
        "Telefon": "031-123 45 67",
        "Webbplats": "https://angen.example.se",
    }
    values.update(changes)
    return [values[header] for header in HEADERS]


def csv_bytes(rows, encoding="utf-8", headers=HEADERS):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def register_snapshot():
    """Every signatory's stored values, to show that a refused file changed nothing."""
    return list(Signatory.objects.order_by("pk").values())


def make_signatory(name, **fields):
    defaults = {
        "subregion": "goteborg",
        "signed_on": datetime.date(2020, 1, 1),
        "contact_name": "Kim Kontakt",
        "contact_email": "kim@example.se",
        "contact_phone": "070-111 22 33",
    }
    defaults.update(fields)
    return Signatory.objects.create(name=name, **defaults)
