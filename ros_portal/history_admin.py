"""simple-history's admin with its revert form held to the same rules as the change page.

django-simple-history lets anyone who may *view* an object's history POST its revert form, and
the form saves every field of the old version, the workflow status included. Here a revert is
a write like any other: it needs change permission on the object as it is now (so approved
minutes, which nobody may change, cannot be reverted), it is refused when the page is stale, and
it never changes the fields listed in ``revert_keeps`` (a meeting's workflow status).
"""

from django.contrib.admin.utils import display_for_field, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from ros_portal.admin_actions import KnownSelection
from ros_portal.admin_widgets import AutocompleteFields, can_be_key

EMPTY = "–"


def readable_value(field, value, empty=EMPTY):
    """A recorded value of a model field as the admin writes it: a choice by its label, a time
    in local time in the admin's language, yes/no in words."""
    if value is None:
        return empty
    if isinstance(field, models.BooleanField):
        return _("Ja") if value else _("Nej")
    return display_for_field(value, field, empty)


class ReadableChanges(HistoricalRecordContextHelper):
    """The history page's list of changes as the admin writes values: a choice by its label
    ("Planerat → Skickat för justering", not "planned → sent"), a time in local time and the
    admin's language, yes/no in words, and an empty value as "–" (the library writes "None",
    and "Deleted person (pk=None)" for an empty person field)."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.many_to_many:
            return super().prepare_delta_change_value(change, value)
        if value is None or (isinstance(value, DeletedObject) and value.pk is None):
            return EMPTY
        if field.is_relation:
            return value
        return readable_value(field, value)


class GuardedHistoryAdmin(KnownSelection, AutocompleteFields, SimpleHistoryAdmin):
    """The base of the project's record admins: the guarded revert above, and autocomplete
    fields and list actions that take a crafted value as a form error or as no selection
    (ros_portal.admin_widgets, ros_portal.admin_actions)."""

    # Fields a revert leaves as they are now (besides the optimistic-locking version).
    revert_keeps = ()

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableChanges(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        # The library looks the object up by whatever the address holds: a word where a key
        # goes is no row (404), as on the change page, not a server error.
        if not can_be_key(self.model._meta.pk, unquote(object_id)):
            raise Http404
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # The library's route takes any text as the version; a version is a number.
        if not (version_id.isascii() and version_id.isdigit()):
            raise Http404
        current = self.get_object(request, unquote(object_id))
        if current is None:
            raise Http404
        if request.method == "POST" and not self.may_revert(request, current):
            raise PermissionDenied
        request._history_revert_of = current
        return super().history_form_view(request, object_id, version_id, extra_context)

    def may_revert(self, request, current):
        """Whether the object, as it is now, may be set back to an earlier version."""
        return self.has_change_permission(request, current)

    def _kept_fields(self):
        names = {f.name for f in self.model._meta.concrete_fields}
        return [name for name in (*self.revert_keeps, "version") if name in names]

    def get_form(self, request, obj=None, change=False, **kwargs):
        current = getattr(request, "_history_revert_of", None)
        if current is not None and obj is not None and obj is not current and obj.pk == current.pk:
            # The old version as the revert form shows and saves it: what it may not change
            # is taken from the object as it is now.
            for name in self._kept_fields():
                setattr(obj, name, getattr(current, name))
        return super().get_form(request, obj, change, **kwargs)

    def revert_disabled(self, request, obj=None):
        current = getattr(request, "_history_revert_of", None)
        if current is not None and not self.may_revert(request, current):
            return True
        return super().revert_disabled(request, obj)
