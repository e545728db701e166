"""One way into the register from a spreadsheet, shared by the admin and `import_signatories`."""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from ros_portal.exports import SafeCSV, SafeXLSX
from signatories.resources import COLUMNS, SignatoryResource

FORMATS = {"csv": SafeCSV, "xlsx": SafeXLSX}


@dataclass
class ImportOutcome:
    """What an import did: the import-export result and the Swedish messages, row by row."""

    result: object
    dry_run: bool
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    @property
    def totals(self):
        return dict(self.result.totals)


def read_dataset(data, fmt):
    return FORMATS[fmt]().create_dataset(data)


def format_of(path):
    suffix = Path(str(path)).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(
            _("Okänt filformat ”%(suffix)s”: använd .csv eller .xlsx.") % {"suffix": suffix}
        )
    return suffix


def import_dataset(dataset, *, dry_run, user=None, file_name=None):
    """Validate every row, then save all rows or none (a dry run saves none)."""
    resource = SignatoryResource()
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        raise_errors=False,
        user=user,
        file_name=file_name,
        retain_instance_in_row_result=True,
    )
    return ImportOutcome(result=result, dry_run=dry_run, errors=error_messages(result))


def import_file(path_or_bytes, fmt=None, *, dry_run=False, user=None):
    """Import a CSV or XLSX file given as a path or as bytes (then fmt is 'csv' or 'xlsx')."""
    if isinstance(path_or_bytes, bytes | bytearray):
        data, name = bytes(path_or_bytes), None
    else:
        data, name = Path(path_or_bytes).read_bytes(), Path(path_or_bytes).name
        fmt = fmt or format_of(path_or_bytes)
    try:
        dataset = read_dataset(data, fmt)
    except Exception:  # openpyxl and csv raise many kinds; the user needs one message
        result = SignatoryResource().get_result_class()()
        outcome = ImportOutcome(result=result, dry_run=dry_run)
        outcome.errors = [_("Filen gick inte att läsa som %(fmt)s.") % {"fmt": fmt.upper()}]
        return outcome
    return import_dataset(dataset, dry_run=dry_run, user=user, file_name=name)


def error_messages(result):
    """Swedish messages naming row and column; rows count as in Excel (the header is row 1)."""
    messages = [_message_text(error.error) for error in result.base_errors]
    for number, errors in result.row_errors():
        for error in errors:
            messages.append(_("Rad %(row)s: %(error)s") % {"row": number + 1, "error": error.error})
    for row in result.invalid_rows:
        for field_name, texts in row.error_dict.items():
            for text in texts:
                if field_name == NON_FIELD_ERRORS:
                    messages.append(
                        _("Rad %(row)s: %(error)s") % {"row": row.number + 1, "error": text}
                    )
                else:
                    messages.append(
                        _("Rad %(row)s, kolumn %(column)s: %(error)s")
                        % {
                            "row": row.number + 1,
                            "column": COLUMNS.get(field_name, field_name),
                            "error": text,
                        }
                    )
    return messages


def _message_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)
