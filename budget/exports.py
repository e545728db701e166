"""Generated files of the budget: the follow-up as XLSX, as (filename, content_type, bytes)."""

import io

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ros_portal.exports import CONTENT_TYPES, neutralise, xlsx_text

XLSX_TYPE = CONTENT_TYPES["xlsx"]
KR_FORMAT = "#,##0.00"  # shown with the reader's own separators, e.g. "1 426 000,00"
SHARE_FORMAT = "0%"


def follow_up_xlsx(follow_up, lang="sv"):
    """The follow-up table as a workbook: amounts are numeric Decimal cells, not text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    with translation.override(lang):
        workbook = Workbook(write_only=True)  # streams rows: a fraction of the time
        sheet = workbook.create_sheet(_("Uppföljning %(year)s") % {"year": follow_up.year})
        sheet.column_dimensions["A"].width = 38
        for letter in "BCDEFG":  # every amount column, Differens too
            sheet.column_dimensions[letter].width = 16

        def text(value, font=None):
            cell = WriteOnlyCell(sheet, neutralise(xlsx_text(str(value))))
            cell.data_type = "s"  # never a formula, whatever the text begins with
            if font:
                cell.font = font
            return cell

        def number(value, number_format, font=None):
            cell = WriteOnlyCell(sheet, value)
            cell.number_format = number_format
            if font:
                cell.font = font
            return cell

        title = _("Budgetuppföljning %(year)s till och med %(date)s") % {
            "year": follow_up.year,
            "date": date_format(follow_up.until, "j F Y"),
        }
        sheet.append([text(title, Font(bold=True, size=13))])
        sheet.append([])
        headers = [
            _("Budgetpost"),
            _("Budget (kr)"),
            _("Beslutat (kr)"),
            _("Utfall (kr)"),
            _("Kvar (kr)"),
            _("Förbrukat"),
            _("Differens (kr)"),
        ]
        sheet.append([text(header, bold) for header in headers])
        for row in [*follow_up.lines, follow_up.total]:
            font = bold if row is follow_up.total else None
            sheet.append(
                [
                    text(row.name, font),
                    number(row.budget, KR_FORMAT, font),
                    number(row.committed, KR_FORMAT, font),
                    number(row.outcome, KR_FORMAT, font),
                    number(row.remaining, KR_FORMAT, font),
                    number(row.share_used, SHARE_FORMAT, font),
                    number(row.difference, KR_FORMAT, font),
                ]
            )
        buffer = io.BytesIO()
        workbook.save(buffer)
    filename = f"budgetuppfoljning-{follow_up.year}-{follow_up.until.isoformat()}.xlsx"
    return filename, XLSX_TYPE, buffer.getvalue()
