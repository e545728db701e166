"""The admin's list actions, safe against a selection that names no row at all."""

from django.contrib.admin import helpers

from ros_portal.admin_widgets import can_be_key


class KnownSelection:
    """A ModelAdmin whose actions take only selected values that can be a row's key.

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
