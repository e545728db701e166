"""Admin list cells the Django admin writes in English: its yes/no icons say alt="True"."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _


def yes_no_icon(value):
    """Django's yes/no icon, with "Ja"/"Nej" (in the admin's language) as its text."""
    name, text = ("yes", _("Ja")) if value else ("no", _("Nej"))
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), text)
