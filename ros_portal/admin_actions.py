"""The admin's lists, safe against a crafted selection or popup address."""

from django.contrib.admin import helpers
from django.core.exceptions import FieldDoesNotExist

from ros_portal.admin_widgets import can_be_key


class KnownSelection:
    """A ModelAdmin whose actions take only selected values that can be a row's key, and whose
    popups pick rows only by one of the model's own fields.

    A crafted POST ("abc" where a row's key goes) made Django's lookup of the selected rows
    fail with a server error. Such a value selects no row; with none left, Django says that
    nothing was selected and changes nothing."""

    def response_action(self, request, queryset):
        pk = self.model._meta.pk
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        request.POST = request.POST.copy()
        request.POST.setlist(
            helpers.ACTION_CHECKBOX_NAME, [v for v in selected if can_be_key(pk, v)]
        )
        return super().response_action(request, queryset)

    def to_field_allowed(self, request, to_field):
        # Django's check fails (500) on the name of a relation that points here from another
        # model (`?_to_field=user` on groups); no such name can pick a row.
        try:
            field = self.opts.get_field(to_field)
        except FieldDoesNotExist:
            return False
        return field.concrete and super().to_field_allowed(request, to_field)


class SecretFields:
    """A ModelAdmin whose list cannot be filtered by the fields named in `secret_fields`.

    Django lets a list be filtered by any of its model's own fields named in its address: by a
    key, a prefix at a time (`?key__startswith=a`), the key could be read off the row count.
    Such an address answers 400, as a lookup Django refuses does. (Lookups through a relation
    are refused already, unless they are a list filter.)"""

    secret_fields = ()

    def lookup_allowed(self, lookup, value, request=None):
        if lookup.split("__")[0] in self.secret_fields:
            return False
        return super().lookup_allowed(lookup, value, request)
