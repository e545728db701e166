"""The spreadsheet format of the register: Swedish columns, per-row validation, safe export."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.instance_loaders import BaseInstanceLoader
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from ros_portal.exports import neutralise, unneutralise
from signatories.models import LegalForm, Signatory, Subregion
from signatories.sorting import sorted_swedish

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

COLUMNS = {
    "name": "Namn",
    "organisation_number": "Organisationsnummer",
    "legal_form": "Associationsform",
    "is_umbrella": "Paraplyorganisation (ja/nej)",
    "subregion": "Delregion",
    "signed_on": "Undertecknad",
    "withdrawn_on": "Utträdd",
    "contact_name": "Kontaktperson",
    "contact_email": "E-post",
    "contact_phone": "Telefon",
    "website": "Webbplats",
}
REQUIRED_COLUMNS = ["Namn", "Organisationsnummer", "Delregion", "Undertecknad"]


def cell_text(value):
    """A cell as trimmed text; numbers Excel stored as floats lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # Undo the apostrophe our own export put before a formula character, so exports round-trip.
    return unneutralise(str(value).strip())


def name_key(name):
    return " ".join(cell_text(name).split()).casefold()


class TextWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return cell_text(value)

    def render(self, value, obj=None, **kwargs):
        return neutralise("" if value is None else str(value))


class OrganisationNumberWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        # Empty means unknown: NULL, so that the unique constraint allows many of them.
        return cell_text(value) or None


class WebsiteWidget(TextWidget):
    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        # Excel users write "www.example.se"; the register keeps full addresses.
        if text and "://" not in text:
            text = "https://" + text
        return text


class DateWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = cell_text(value)
        if not text:
            return None
        try:
            if not DATE_RE.match(text):
                raise ValueError(text)
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                _("”%(value)s” är inte ett datum som finns; skriv ÅÅÅÅ-MM-DD.") % {"value": text}
            ) from None

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class ChoiceWidget(widgets.Widget):
    """Accepts a choice's Swedish label or its stored value, in any case."""

    def __init__(self, choices, what):
        super().__init__()
        self.choices = choices
        self.what = what

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value)
        if not text:
            raise ValueError(_("%(what)s saknas.") % {"what": self.what})
        wanted = text.casefold()
        for stored, label in self.choices.choices:
            if wanted in (stored.casefold(), str(label).casefold()):
                return stored
        labels = ", ".join(str(label) for _stored, label in self.choices.choices)
        raise ValueError(
            _("Okänd %(what)s ”%(value)s”; använd en av: %(labels)s.")
            % {"what": self.what.lower(), "value": text, "labels": labels}
        )

    def render(self, value, obj=None, **kwargs):
        return str(self.choices(value).label) if value else ""


class YesNoWidget(widgets.Widget):
    # English words too: a file exported in English mode says yes/no.
    YES = {"ja", "j", "x", "1", "sant", "true", "yes", "y"}
    NO = {"nej", "n", "0", "falskt", "false", "no", ""}

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value).casefold()
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(_("Skriv ja eller nej, inte ”%(value)s”.") % {"value": cell_text(value)})

    def render(self, value, obj=None, **kwargs):
        return _("ja") if value else _("nej")


class NumberOrNameLoader(BaseInstanceLoader):
    """Finds the signatory a row updates: by organisation number, else by name (one query).

    The import is one transaction and the register's rows stay locked from here until it ends,
    so an admin save in between waits, and then finds its page stale (the version moved)."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.by_number, self.by_name = {}, {}
        for signatory in Signatory.objects.select_for_update():
            if signatory.organisation_number:
                self.by_number[signatory.organisation_number] = signatory
            self.by_name.setdefault(name_key(signatory.name), signatory)

    def get_instance(self, row):
        number = cell_text(row.get(COLUMNS["organisation_number"]))
        if number in self.by_number:
            return self.by_number[number]
        return self.by_name.get(name_key(row.get(COLUMNS["name"])))


def _field(attribute, widget):
    return fields.Field(attribute=attribute, column_name=COLUMNS[attribute], widget=widget)


class SignatoryResource(resources.ModelResource):
    """The register as a spreadsheet; an import with any bad row saves nothing."""

    name = _field("name", TextWidget())
    organisation_number = _field("organisation_number", OrganisationNumberWidget())
    legal_form = _field("legal_form", ChoiceWidget(LegalForm, "Associationsform"))
    is_umbrella = _field("is_umbrella", YesNoWidget())
    subregion = _field("subregion", ChoiceWidget(Subregion, "Delregion"))
    signed_on = _field("signed_on", DateWidget())
    withdrawn_on = _field("withdrawn_on", DateWidget())
    contact_name = _field("contact_name", TextWidget())
    contact_email = _field("contact_email", TextWidget())
    contact_phone = _field("contact_phone", TextWidget())
    website = _field("website", WebsiteWidget())

    class Meta:
        model = Signatory
        fields = list(COLUMNS)
        import_id_fields = ["organisation_number"]
        instance_loader_class = NumberOrNameLoader
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        # Rows are validated one by one but written in batches: a savepoint and two inserts per
        # row made 2,000 rows take half a minute. History is written in bulk too (below).
        use_bulk = True
        batch_size = 1000

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        # The all-or-nothing rule: a transaction, rolled back on any invalid row, whoever calls.
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        user = kwargs.get("user")
        self.history_user = user if getattr(user, "is_authenticated", False) else None
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)

    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.create_instances and (using_transactions or not dry_run):
            try:
                bulk_create_with_history(
                    self.create_instances,
                    Signatory,
                    batch_size=batch_size,
                    default_user=self.history_user,
                )
            except Exception as error:
                self.handle_import_error(result, error, raise_errors)
            finally:
                self.create_instances.clear()

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if self.update_instances and (using_transactions or not dry_run):
            for signatory in self.update_instances:
                signatory.version += 1  # a page of the signatory opened before is now stale
            try:
                bulk_update_with_history(
                    self.update_instances,
                    Signatory,
                    fields=[*COLUMNS, "version"],
                    batch_size=batch_size,
                    default_user=self.history_user,
                )
            except Exception as error:
                self.handle_import_error(result, error, raise_errors)
            finally:
                self.update_instances.clear()

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        try:
            # No per-row queries: the loader maps a known number to its own signatory and
            # repeats within the file are caught before; the database constraint stays the guard.
            instance.full_clean(
                exclude=errors.keys(), validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if (
            instance.signed_on
            and instance.withdrawn_on
            and instance.withdrawn_on < instance.signed_on
            and "withdrawn_on" not in errors
        ):
            errors["withdrawn_on"] = [
                ValidationError(_("Utträdesdatumet kan inte vara före undertecknandet."))
            ]
        if errors:
            raise ValidationError(errors)

    def get_queryset(self):
        return Signatory.objects.order_by("name", "pk")

    def export(self, queryset=None, **kwargs):
        # In Swedish alphabetical order (Å, Ä, Ö after Z), as the public list, whatever order
        # the database or the admin's list gives.
        queryset = self.get_queryset() if queryset is None else queryset
        return super().export(queryset=sorted_swedish(queryset), **kwargs)

    def before_import(self, dataset, **kwargs):
        canonical = {column.casefold(): column for column in COLUMNS.values()}
        dataset.headers = [
            canonical.get(cell_text(h).lstrip("\ufeff").casefold(), cell_text(h))
            for h in dataset.headers or []
        ]
        missing = [column for column in REQUIRED_COLUMNS if column not in dataset.headers]
        if missing:
            raise ValidationError(
                _("Filen saknar kolumnerna: %(columns)s.") % {"columns": ", ".join(missing)}
            )
        self.duplicates = self._duplicates_within(dataset)

    def _duplicates_within(self, dataset):
        """Rows repeating an earlier row's organisation number or name: {row: {field: msg}}."""
        seen = {"organisation_number": {}, "name": {}}
        found = {}
        number_at = dataset.headers.index(COLUMNS["organisation_number"])
        name_at = dataset.headers.index(COLUMNS["name"])
        for number, data in enumerate(dataset, 1):
            for field, value in (
                ("organisation_number", cell_text(data[number_at])),
                ("name", name_key(data[name_at])),
            ):
                if not value:
                    continue
                if value in seen[field]:
                    found.setdefault(number, {})[field] = _(
                        "Finns redan på rad %(row)s i filen."
                    ) % {"row": seen[field][value] + 1}
                else:
                    seen[field][value] = number
        return found

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if not any(cell_text(value) for value in row.values()):
            return True  # blank lines at the end of a spreadsheet
        return super().skip_row(instance, original, row, import_validation_errors)

    def import_instance(self, instance, row, **kwargs):
        known_number = instance.organisation_number if instance.pk else None
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if known_number and not instance.organisation_number:
            instance.organisation_number = known_number  # an empty cell never erases a number
        elif known_number and instance.organisation_number != known_number:
            errors.setdefault("organisation_number", []).append(
                ValidationError(
                    _("Namnet finns redan i registret med organisationsnummer %(number)s.")
                    % {"number": known_number}
                )
            )
        if not instance.name and "name" not in errors:
            errors["name"] = [ValidationError(_("Namn saknas."))]
        if not instance.signed_on and "signed_on" not in errors:
            errors["signed_on"] = [ValidationError(_("Undertecknad (datum) saknas."))]
        for field, message in getattr(self, "duplicates", {}).get(kwargs["row_number"], {}).items():
            errors.setdefault(field, []).append(ValidationError(message))
        if errors:
            raise ValidationError(errors)
