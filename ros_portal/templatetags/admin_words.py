"""{{ field|readonly_in_words }}: the admin's read-only field values (ros_portal.admin_display)."""

from django import template

from ros_portal.admin_display import readonly_in_words as _readonly_in_words

register = template.Library()


@register.filter
def readonly_in_words(readonly_field):
    return _readonly_in_words(readonly_field)
