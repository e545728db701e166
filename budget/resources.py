"""The ledger file (CSV with semicolons, or XLSX) for outcome entries, through django-import-export.

Import is all or nothing: one bad row refuses the whole file, nothing is saved, and every bad
row is named with a Swedish message. This holds in the admin and when called from code.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from budget.models import BudgetLine, OutcomeEntry
from ros_portal.exports import SafeCSV, SafeXLSX, neutralise, unneutralise

COLUMNS = {
    "booked_on": "Bokföringsdatum",
    "year": "Budgetår",
    "line": "Budgetpost",
    "amount": "Belopp",
    "text": "Text",
    "reference": "Verifikation",
    "activity_year": "Verksamhetsår",
    "decision": "Beslut",
}
REQUIRED = ["booked_on", "year", "line", "amount", "text"]
_DECISION = re.compile(r"^§\s*(\d+)\s*/\s*(\d{4})$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


class SwedishDecimalWidget(widgets.DecimalWidget):
    """Amounts as a ledger writes them: '1 234,50', '-1234.5', or a number cell in XLSX."""

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            raise ValueError(_("Belopp saknas."))
        if isinstance(value, bool):
            raise ValueError(_("Ogiltigt belopp: %(value)s.") % {"value": value})
        # A spreadsheet's number cell arrives as int or float; its shortest repr is what it shows.
        text = repr(value) if isinstance(value, float) else str(value)
        text = _SPACES.sub("", text).replace("\u2212", "-")
        if "," in text:  # decimal comma; any dots are then thousands separators
            text = text.replace(".", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(_("Ogiltigt belopp: %(value)s.") % {"value": value}) from None
        if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
            raise ValueError(_("Ogiltigt belopp: %(value)s.") % {"value": value})
        return amount.quantize(Decimal("0.01"))

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        if kwargs.get("force_native_type"):
            return value  # XLSX: a numeric cell
        return f"{value:.2f}".replace(".", ",")


class SwedishDateWidget(widgets.DateWidget):
    """Dates as ÅÅÅÅ-MM-DD, or a date cell in XLSX; impossible dates are refused by name."""

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            raise ValueError(_("Bokföringsdatum saknas."))
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(
                _("Ogiltigt datum: %(value)s (skriv ÅÅÅÅ-MM-DD).") % {"value": value}
            ) from None


class YearWidget(widgets.IntegerWidget):
    """A year such as 2025; blank for none."""

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        try:
            year = int(Decimal(str(value).strip()))
        except (InvalidOperation, ValueError):
            year = None
        if year is None or not 1900 <= year <= 2200:
            raise ValueError(_("Ogiltigt år: %(value)s.") % {"value": value})
        return year


class BudgetLineWidget(widgets.ForeignKeyWidget):
    """The budget line named in Budgetpost, in the year given by Budgetår."""

    def __init__(self):
        super().__init__(BudgetLine, "name")

    def clean(self, value, row=None, **kwargs):
        year = YearWidget().clean(row.get(COLUMNS["year"]))
        if year is None:
            raise ValueError(_("Budgetår saknas."))
        name = "" if value is None else str(value).strip()
        if not name:
            raise ValueError(_("Budgetpost saknas."))
        line = (
            BudgetLine.objects.filter(budget_year__year=year, name__iexact=name)
            .select_related("budget_year")
            .first()
        )
        if line is None:
            raise ValueError(
                _("Okänd budgetpost ”%(name)s” för budgetår %(year)s.")
                % {"name": name, "year": year}
            )
        return line


class DecisionWidget(widgets.ForeignKeyWidget):
    """A decision written as the minutes write it, '§ 3/2025'; blank for none."""

    def __init__(self):
        from meetings.models import Decision

        super().__init__(Decision)

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        match = _DECISION.match(str(value).strip())
        decision = None
        if match:
            number, year = int(match[1]), int(match[2])
            decision = self.model.objects.filter(number=number, year=year).first()
        if decision is None:
            raise ValueError(
                _("Okänt beslut: %(value)s (skriv t.ex. § 3/2025).") % {"value": value}
            )
        return decision

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class LedgerTextWidget(widgets.CharWidget):
    """Free text: exported formula-neutralised, and read back without the added apostrophe."""

    def clean(self, value, row=None, **kwargs):
        return unneutralise(super().clean(value, row, **kwargs) or "")

    def render(self, value, obj=None, **kwargs):
        return neutralise(value or "")


LEDGER_FORMATS = [SafeCSV, SafeXLSX]


class OutcomeEntryResource(resources.ModelResource):
    """An outcome entry as one row of a ledger export."""

    booked_on = fields.Field("booked_on", COLUMNS["booked_on"], SwedishDateWidget())
    year = fields.Field(
        "line__budget_year__year", COLUMNS["year"], widgets.IntegerWidget(), readonly=True
    )
    line = fields.Field("line", COLUMNS["line"], BudgetLineWidget())
    amount = fields.Field("amount", COLUMNS["amount"], SwedishDecimalWidget())
    text = fields.Field("text", COLUMNS["text"], LedgerTextWidget())
    reference = fields.Field("reference", COLUMNS["reference"], LedgerTextWidget())
    activity_year = fields.Field("activity_year", COLUMNS["activity_year"], YearWidget())
    decision = fields.Field("decision", COLUMNS["decision"], DecisionWidget())

    class Meta:
        model = OutcomeEntry
        fields = list(COLUMNS)
        export_order = list(COLUMNS)
        clean_model_instances = True
        skip_unchanged = False
        use_transactions = True

    def get_queryset(self):
        return OutcomeEntry.objects.select_related("line__budget_year", "decision")

    def get_instance(self, instance_loader, row):
        # A ledger row is always a new entry; rows already booked are skipped in skip_row.
        return None

    def before_import(self, dataset, **kwargs):
        missing = [COLUMNS[key] for key in REQUIRED if COLUMNS[key] not in (dataset.headers or [])]
        if missing:
            raise ValidationError(
                _("Kolumner saknas i filen: %(columns)s.") % {"columns": ", ".join(missing)}
            )

    def skip_row(self, instance, original, row, import_validation_errors=None):
        # Importing the same ledger file twice must not book its entries twice.
        if import_validation_errors or instance.line_id is None:
            return False
        return OutcomeEntry.objects.filter(
            line=instance.line,
            booked_on=instance.booked_on,
            amount=instance.amount,
            text=instance.text,
            reference=instance.reference,
        ).exists()

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        # The admin shows the errors under their keys: use the file's Swedish column names.
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(
                {COLUMNS.get(key, key): value for key, value in error.error_dict.items()}
            ) from None

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        # django-import-export keeps the valid rows of a file unless told otherwise.
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)
