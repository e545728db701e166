"""Admin list cells the Django admin writes in English: its yes/no icons say alt="True"."""

from django.contrib import admin
from django.templatetags.static import static
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
