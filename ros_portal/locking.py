"""Optimistic locking, one way for every editable record with a ``version`` column.

A form remembers the version it was opened at. Saving moves the stored version on from exactly
that one (``claim``); if somebody saved in between, the save is refused with ``StaleEdit`` and
nothing is overwritten. Used by portal corrections, the annual report's edit page and the admin
(``VersionedAdminForm``), so a save in one of them makes an open form in any other stale.
"""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

STALE_MESSAGE = _(
    "Någon annan har sparat en ändring sedan du öppnade sidan. Din ändring är inte sparad, "
    "men det du skrev finns kvar nedan. Öppna sidan i en ny flik för att se den andra "
    "ändringen; sparar du igen härifrån ersätter din text den."
)


class StaleEdit(Exception):
    """Someone saved the record after this form was opened: refused, never overwritten."""

    def __init__(self, current, message=None):
        super().__init__(str(message or STALE_MESSAGE))
        self.current = current

    @property
    def record(self):
        """The newest history record of the current row (who saved it, and when)."""
        history = getattr(self.current, "history", None)
        return history.select_related("history_user").first() if history is not None else None


def claim(obj, opened_version, message=None):
    """Move obj's stored version on from opened_version; StaleEdit if it has moved already.

    The UPDATE keeps the row locked until the transaction ends, so of two saves opened at the
    same version exactly one wins. obj.version is set to the new version for the save."""
    model = type(obj)
    opened_version = int(opened_version)
    moved = model._base_manager.filter(pk=obj.pk, version=opened_version).update(
        version=F("version") + 1
    )
    if not moved:
        raise StaleEdit(model._base_manager.get(pk=obj.pk), message)
    obj.version = opened_version + 1
    return obj.version


def bump(obj):
    """Move obj's version on whatever it was: a save that makes every open form stale."""
    model = type(obj)
    model._base_manager.filter(pk=obj.pk).update(version=F("version") + 1)
    obj.version = model._base_manager.filter(pk=obj.pk).values_list("version", flat=True).get()
    return obj.version


def current_version(obj):
    """The stored version, the row locked until the transaction ends (None for a new row)."""
    rows = type(obj)._base_manager.select_for_update().filter(pk=obj.pk)
    return rows.values_list("version", flat=True).first()


class VersionedAdminForm(forms.ModelForm):
    """An admin form that refuses a save made from a page opened at an older version.

    The version the page was opened at travels in a hidden field. ``clean`` compares it with the
    stored one (the row locked, the admin's POST is one transaction); ``save`` claims it. When
    refused, the form is shown again with the user's input and the current version, so pressing
    save once more is a conscious choice."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and "opened_version" in self.fields:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if "opened_version" not in self.fields:
            return cleaned  # a read-only page: nothing is saved from it
        if self.instance.pk is None or not self.has_changed_content():
            return cleaned
        current = current_version(self.instance)
        if current is not None and cleaned.get("opened_version") != current:
            self.data = self.data.copy()
            self.data[self.add_prefix("opened_version")] = current
            raise forms.ValidationError(STALE_MESSAGE, code="stale")
        return cleaned

    def has_changed_content(self):
        return self.has_changed() or getattr(self, "always_claims", False)

    def save(self, commit=True):
        if self.instance.pk is not None:
            opened = self.cleaned_data.get("opened_version")
            claim(self.instance, self.instance.version if opened is None else opened)
        return super().save(commit)


class CarriesOpenedVersion:
    """The hidden version the page was opened at goes on every page that may save the object
    (see VersionedAdminForm). A read-only page has no form fields at all: neither the version
    nor any other input the form declares besides the model's fields."""

    def _inputs_only(self):
        model_fields = {f.name for f in self.model._meta.get_fields()}
        return set(self.form.declared_fields) - model_fields

    def get_fieldsets(self, request, obj=None):
        can_change = self.has_change_permission(request, obj)
        dropped = {"opened_version"} if can_change else self._inputs_only()
        fieldsets = [
            (name, {**options, "fields": _without(options["fields"], dropped)})
            for name, options in super().get_fieldsets(request, obj)
        ]
        if "opened_version" in self.form.base_fields and can_change:
            name, options = fieldsets[0]
            fieldsets[0] = (name, {**options, "fields": [*options["fields"], "opened_version"]})
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not self.has_change_permission(request, obj):
            for name in self._inputs_only():
                form.base_fields.pop(name, None)  # a class of its own, made for this call
        return form

    def get_formset(self, request, obj=None, **kwargs):  # an inline's
        formset = super().get_formset(request, obj, **kwargs)
        if not self.has_change_permission(request, obj):
            for name in self._inputs_only():
                formset.form.base_fields.pop(name, None)
        return formset


class VersionedAdmin(CarriesOpenedVersion):
    """A ModelAdmin or inline of a model with a ``version``: its saves claim the version the
    page was opened at (VersionedAdminForm, unless the admin names a form of its own)."""

    form = VersionedAdminForm


def _without(fields, dropped):
    """A fieldset's fields (names or tuples of names on one line) without the dropped ones."""
    kept = []
    for field in fields:
        if isinstance(field, list | tuple):
            line = tuple(name for name in field if name not in dropped)
            if line:
                kept.append(line)
        elif field not in dropped:
            kept.append(field)
    return kept
