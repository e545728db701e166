"""Writes that touch several budget rows: next year's budget from this year's."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from budget.models import BudgetLine, BudgetYear, FeeRate
from budget.money import ONE_TKR, round_kr

# Shown to the process leader before confirming, and in the new year's note.
ROUNDING_RULE = _(
    "Varje budgetpost räknas upp med procentsatsen och avrundas sedan till hela tusental kronor "
    "(exakt 500 kr avrundas uppåt). Det nya anslaget är summan av de avrundade posterna."
)


@dataclass(frozen=True)
class IndexedLine:
    """A line of next year's budget as it will be created."""

    name: str
    order: int
    old_amount: Decimal
    exact_amount: Decimal
    amount: Decimal
    is_fees: bool = False


def index_amount(amount, percent):
    """The rounding rule: raise by percent, round to whole thousand kronor, halves upwards."""
    exact = amount * (Decimal(100) + percent) / Decimal(100)
    return exact, round_kr(exact, ONE_TKR)


def preview_next_year(budget_year, percent):
    """Next year's lines as create_next_year would make them, without saving anything."""
    if not isinstance(percent, Decimal):
        raise TypeError("percent must be a Decimal")
    preview = []
    for line in budget_year.lines.order_by("order", "id"):
        exact, rounded = index_amount(line.amount, percent)
        preview.append(
            IndexedLine(line.name, line.order, line.amount, exact, rounded, line.is_fees)
        )
    return preview


def _refuse_what_does_not_fit(year, amounts):
    """The database holds amounts below 10 000 000 000 kr: say so rather than fail on save."""
    field = BudgetYear._meta.get_field("allocation")
    limit = Decimal(10) ** (field.max_digits - field.decimal_places)
    if any(abs(amount) >= limit for amount in amounts):
        raise ValidationError(
            _(
                "Uppräknad blir budget %(year)s större än ett budgetår kan hålla (under "
                "10 000 000 000 kr). Kontrollera beloppen i budget %(source)s."
            ),
            code="too_large",
            params={"year": year, "source": year - 1},
        )


@transaction.atomic
def create_next_year(budget_year, percent, user):
    """Create the budget year after budget_year, each line raised by percent (see ROUNDING_RULE)."""
    next_year = budget_year.year + 1
    # Lock the source year so that two confirmations at once cannot both create the next year.
    BudgetYear.objects.select_for_update().get(pk=budget_year.pk)
    if BudgetYear.objects.filter(year=next_year).exists():
        raise ValidationError(
            _("Budgetåret %(year)s finns redan."), code="exists", params={"year": next_year}
        )
    lines = preview_next_year(budget_year, percent)
    allocation = sum((line.amount for line in lines), Decimal("0.00"))
    _refuse_what_does_not_fit(next_year, [allocation, *(line.amount for line in lines)])
    new = BudgetYear(
        year=next_year,
        allocation=allocation,
        based_on=budget_year,
        indexation_percent=percent,
        note=str(
            _("Uppräknad från %(year)s med %(percent)s %%. %(rule)s")
            % {
                "year": budget_year.year,
                "percent": str(percent).replace(".", ","),
                "rule": ROUNDING_RULE,
            }
        ),
    )
    new._history_user = user
    new.save()
    for line in lines:
        created = BudgetLine(
            budget_year=new,
            name=line.name,
            order=line.order,
            amount=line.amount,
            is_fees=line.is_fees,
        )
        created._history_user = user
        created.save()
    # Fees are set by the regional board, not indexed: next year starts from this year's table.
    for rate in budget_year.fee_rates.all():
        copied = FeeRate(budget_year=new, role=rate.role, amount=rate.amount)
        copied._history_user = user
        copied.save()
    return new


class LedgerImportError(Exception):
    """A ledger file refused as a whole; `errors` names each bad row in Swedish."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


def ledger_errors(result):
    """Swedish messages, one per bad row (and one per file-level error), from an import result.

    Rows are numbered as in the spreadsheet, the header being row 1: django-import-export
    counts the data rows from 1, so its row 1 is the spreadsheet's row 2."""
    messages = [
        str(_("Filen: %(error)s") % {"error": _error_text(error.error)})
        for error in result.base_errors
    ]
    for number, row_errors in result.row_errors():
        for error in row_errors:
            messages.append(
                str(
                    _("Rad %(row)s: %(error)s")
                    % {"row": number + 1, "error": _error_text(error.error)}
                )
            )
    for row in result.invalid_rows:
        details = "; ".join(
            f"{column}: {' '.join(str(m) for m in msgs)}" for column, msgs in row.error_dict.items()
        )
        messages.append(
            str(_("Rad %(row)s: %(error)s") % {"row": row.number + 1, "error": details})
        )
    return messages


def _error_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def import_ledger(data, file_format, user):
    """Import a ledger file ('csv' with semicolons, or 'xlsx'): every row or none at all."""
    from import_export.formats.base_formats import XLSX

    from budget.resources import OutcomeEntryResource
    from ros_portal.exports import SafeCSV

    if file_format == "csv":
        dataset = SafeCSV().create_dataset(data)
    elif file_format == "xlsx":
        dataset = XLSX().create_dataset(data)
    else:
        raise ValueError(file_format)
    result = OutcomeEntryResource().import_data(dataset, dry_run=False, user=user)
    errors = ledger_errors(result)
    if errors:
        raise LedgerImportError(errors)
    return result
