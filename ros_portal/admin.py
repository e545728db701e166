from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice

from ros_portal.admin_actions import KnownSelection, SecretFields
from ros_portal.admin_display import yes_no_column
from ros_portal.models import PermissionChange


@admin.register(PermissionChange)
class PermissionChangeAdmin(KnownSelection, admin.ModelAdmin):
    """The log of who gave whom which group, permission or admin flag: read only."""

    list_display = ["at", "subject", "given", "what", "by"]
    list_filter = ["added"]
    list_select_related = ["by"]
    search_fields = ["subject", "what", "by__username"]
    date_hierarchy = "at"

    given = yes_no_column(PermissionChange, "added")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# The libraries' own admins (users, groups, login attempts, two-factor devices) get the same
# guard against crafted selections and popup addresses as the project's.
# The authenticator key is refused as a filter in the address, like the calendar keys; a
# user's password Django's own UserAdmin refuses already.
SECRET_FIELDS = {TOTPDevice: ["key"]}

for model in (Group, User, AccessAttempt, AccessLog, AccessFailureLog, TOTPDevice):
    library_admin = type(admin.site.get_model_admin(model))
    admin.site.unregister(model)
    admin.site.register(
        model,
        type(
            library_admin.__name__,
            (SecretFields, KnownSelection, library_admin),
            {"secret_fields": SECRET_FIELDS.get(model, [])},
        ),
    )
