"""Admin cells the Django admin writes in English: its yes/no icons say alt="True"."""

import contextlib

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.templatetags.static import static
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _


def yes_no_icon(value):
    """Django's yes/no icon, with "Ja"/"Nej" (in the admin's language) as its text."""
    name, text = ("yes", _("Ja")) if value else ("no", _("Nej"))
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), text)


def yes_no_column(model, field_name):
    """A list_display column of a boolean field, headed and sorted as the field itself."""

    @admin.display(description=model._meta.get_field(field_name).verbose_name, ordering=field_name)
    def column(model_admin, obj):
        return yes_no_icon(getattr(obj, field_name))

    return column


def readonly_in_words(readonly_field):
    """A read-only field's value on a change page (approved minutes, a view-only page): yes/no
    as yes_no_icon, an amount with its thousands grouped, a stored file by its name; anything
    else as Django writes it."""
    name, obj = readonly_field.field["field"], readonly_field.form.instance
    model_field = None
    # What Django shows in the admin's own way: a callable, a method of the admin, a reverse
    # relation, choices.
    if isinstance(name, str) and not hasattr(readonly_field.model_admin, name):
        with contextlib.suppress(FieldDoesNotExist):
            model_field = obj._meta.get_field(name)
    if isinstance(model_field, models.FileField):
        # A stored file has no public URL (ros_portal.files): its name, without a link.
        return getattr(obj, model_field.attname).name.rsplit("/", 1)[-1]
    if not isinstance(model_field, models.BooleanField | models.DecimalField):
        return readonly_field.contents()
    value = getattr(obj, model_field.attname)
    if model_field.choices or value is None:
        return readonly_field.contents()
    if isinstance(model_field, models.BooleanField):
        return yes_no_icon(value)
    return formats.number_format(value, model_field.decimal_places, force_grouping=True)


class LocalizedAmounts:
    """A ModelAdmin or inline whose amounts are typed and shown in the admin's language: the
    Swedish admin takes and shows 1234,50 (Django's admin otherwise refuses a decimal comma
    with "Fyll i ett tal")."""

    formfield_overrides = {models.DecimalField: {"localize": True}}
