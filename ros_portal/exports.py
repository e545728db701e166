"""The portal's one spreadsheet exporter: CSV, XLSX and JSON from a tablib Dataset.

A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula
(OWASP: CSV injection), also after leading spaces or in the full-width forms of the signs, so
every such text cell written to CSV or XLSX gets a leading apostrophe first; numbers and dates
stay numbers and dates. JSON is data for programs and is written as it is. XLSX cannot hold most
control characters (Word pastes a line break as a vertical tab): they become spaces in XLSX
cells. The signatory register, the budget ledger and the open data of decisions and action
items all export through here (import-export formats for the admin, `export()` for views).
"""

import csv
import io
import json

import tablib
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from import_export.formats import base_formats
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets trim leading spaces and line breaks before they look for a formula, and some
# read the full-width signs (＝＋－＠) as the ASCII ones; invisible characters hide a sign too.
FULL_WIDTH_STARTS = ("\uff1d", "\uff0b", "\uff0d", "\uff20")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def runs_as_formula(text):
    """Whether a spreadsheet could read the text as a formula: a formula sign first, also
    after leading spaces, line breaks or invisible characters, or in its full-width form."""
    if text.startswith(FORMULA_STARTS):
        return True
    return text.lstrip().lstrip(INVISIBLE).lstrip().startswith(FORMULA_STARTS + FULL_WIDTH_STARTS)


def neutralise(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe and stays text."""
    if isinstance(value, str) and runs_as_formula(value):
        return "'" + value
    return value


def unneutralise(text):
    """Undo neutralise() when a file we exported comes back."""
    if isinstance(text, str) and text.startswith("'") and runs_as_formula(text[1:]):
        return text[1:]
    return text


def xlsx_text(value):
    """Text an XLSX cell can hold: control characters it cannot hold become spaces."""
    return ILLEGAL_CHARACTERS_RE.sub(" ", value) if isinstance(value, str) else value


def neutralised(dataset, xlsx=False):
    """A copy of the dataset in which no cell can run as a formula (nor break an XLSX file)."""
    clean = xlsx_text if xlsx else (lambda value: value)
    rows = [tuple(neutralise(clean(cell)) for cell in row) for row in dataset]
    return tablib.Dataset(*rows, headers=dataset.headers, title=dataset.title)


def decode(data):
    """Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as older Excel writes."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def csv_bytes(dataset):
    """Semicolon CSV (the comma is the Swedish decimal sign) with a BOM, so Excel reads UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    if dataset.headers:
        writer.writerow([neutralise(header) for header in dataset.headers])
    writer.writerows(neutralised(dataset))
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(dataset):
    return neutralised(dataset, xlsx=True).export("xlsx")


class SafeCSV(base_formats.CSV):
    """The admin's CSV: read as Swedish Excel writes it (; or ,), written formula-safe."""

    def create_dataset(self, in_stream, **kwargs):
        text = decode(in_stream) if isinstance(in_stream, bytes) else in_stream.lstrip("\ufeff")
        first_line = text.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        dataset = tablib.Dataset()
        if rows:
            width = len(rows[0])
            dataset.headers = rows[0]
            for row in rows[1:]:
                dataset.append((row + [""] * width)[:width])
        return dataset

    def export_data(self, dataset, **kwargs):
        return csv_bytes(dataset)

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def get_content_type(self):
        return CONTENT_TYPES["csv"]


class SafeXLSX(base_formats.XLSX):
    """The admin's XLSX, written formula-safe."""

    def export_data(self, dataset, **kwargs):
        return super().export_data(neutralised(dataset, xlsx=True), **kwargs)


def json_bytes(records):
    """Records (dicts with stable keys) as UTF-8 JSON: ISO dates, amounts as decimal strings."""
    return json.dumps(records, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode()


def export(fmt, *, headers, rows, records, title):
    """(content_type, bytes) of one table: CSV and XLSX from headers and rows, JSON from records."""
    if fmt == "json":
        return CONTENT_TYPES["json"], json_bytes(records)
    dataset = tablib.Dataset(*rows, headers=headers, title=title[:31])
    data = csv_bytes(dataset) if fmt == "csv" else xlsx_bytes(dataset)
    return CONTENT_TYPES[fmt], data


def download(filename, content_type, data):
    """A generated file as a download; never sniffed as HTML."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
