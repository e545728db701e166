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
