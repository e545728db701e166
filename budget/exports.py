"""Generated files of the budget: the follow-up as XLSX, as (filename, content_type, bytes)."""

import io

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KR_FORMAT = "#,##0.00"  # shown with the reader's own separators, e.g. "1 426 000,00"
SHARE_FORMAT = "0%"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe and stays text."""
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unneutralise(text):
    """Undo neutralise() when a file we exported comes back."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def follow_up_xlsx(follow_up, lang="sv"):
    """The follow-up table as a workbook: amounts are numeric Decimal cells, not text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    with translation.override(lang):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Uppföljning %(year)s") % {"year": follow_up.year}
        title = _("Budgetuppföljning %(year)s till och med %(date)s") % {
            "year": follow_up.year,
            "date": date_format(follow_up.until, "j F Y"),
        }
        _text(sheet.cell(1, 1), title).font = Font(bold=True, size=13)
        headers = [
            _("Budgetpost"),
            _("Budget (kr)"),
            _("Utfall (kr)"),
            _("Kvar (kr)"),
            _("Förbrukat"),
            _("Differens (kr)"),
        ]
        for column, header in enumerate(headers, start=1):
            _text(sheet.cell(3, column), header).font = Font(bold=True)
        rows = [*follow_up.lines, follow_up.total]
        for row_number, row in enumerate(rows, start=4):
            _text(sheet.cell(row_number, 1), row.name)
            for column, value in enumerate([row.budget, row.outcome, row.remaining], start=2):
                sheet.cell(row_number, column, value).number_format = KR_FORMAT
            share = sheet.cell(row_number, 5, row.share_used)
            share.number_format = SHARE_FORMAT
            sheet.cell(row_number, 6, row.difference).number_format = KR_FORMAT
            if row is follow_up.total:
                for column in range(1, 7):
                    sheet.cell(row_number, column).font = Font(bold=True)
        sheet.column_dimensions["A"].width = 38
        for letter in "BCDEF":
            sheet.column_dimensions[letter].width = 16
        buffer = io.BytesIO()
        workbook.save(buffer)
    filename = f"budgetuppfoljning-{follow_up.year}-{follow_up.until.isoformat()}.xlsx"
    return filename, XLSX_TYPE, buffer.getvalue()


def _text(cell, value):
    cell.value = neutralise(value)
    cell.data_type = "s"  # never a formula, whatever the text begins with
    return cell
