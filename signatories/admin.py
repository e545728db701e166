import datetime

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ros_portal.admin_display import yes_no_column
from ros_portal.exports import SafeCSV, SafeXLSX
from ros_portal.history_admin import GuardedHistoryAdmin
from ros_portal.imports import SafeImportMixin
from ros_portal.locking import VersionedAdmin
from ros_portal.years import YearListFilter
from signatories import importing, services
from signatories.forms import SignatoryImportForm
from signatories.models import Signatory
from signatories.resources import SignatoryResource
from signatories.sorting import swedish_order


class ActiveFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("active", _("aktiva")), ("withdrawn", _("utträdda"))]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.filter(withdrawn_on__isnull=True)
        if self.value() == "withdrawn":
            return queryset.filter(withdrawn_on__isnull=False)
        return queryset


class YearSignedFilter(YearListFilter):
    title = _("år undertecknad")
    parameter_name = "signed_year"
    year_lookup = "signed_on__year"

    def lookups(self, request, model_admin):
        years = Signatory.objects.dates("signed_on", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]


class SwedishNameChangeList(ChangeList):
    """Sorting by the name column puts Å, Ä, Ö after Z, as the public list and the export do
    (the database's own order puts Å and Ä among the A:s)."""

    def get_ordering_field(self, field_name):
        if field_name == "name":
            return swedish_order("name")
        return super().get_ordering_field(field_name)


@admin.register(Signatory)
class SignatoryAdmin(SafeImportMixin, VersionedAdmin, GuardedHistoryAdmin):
    resource_classes = [SignatoryResource]
    import_formats = [SafeCSV, SafeXLSX]
    export_formats = [SafeCSV, SafeXLSX]
    import_template_name = "signatories/admin/import.html"
    umbrella = yes_no_column(Signatory, "is_umbrella")
    import_form_class = SignatoryImportForm
    list_display = [
        "name",
        "organisation_number",
        "subregion",
        "legal_form",
        "umbrella",
        "signed_on",
        "withdrawn_on",
        "admitted_by_link",
    ]
    list_filter = [
        "subregion",
        "legal_form",
        "is_umbrella",
        ActiveFilter,
        YearSignedFilter,
        "is_synthetic",
    ]
    list_select_related = ["admitted_by__meeting"]
    search_fields = ["name", "organisation_number", "contact_name"]

    def get_ordering(self, request):
        return [swedish_order("name")]

    def get_changelist(self, request, **kwargs):
        return SwedishNameChangeList

    raw_id_fields = ["admitted_by"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["admitted_by_link"]
    fieldsets = [
        (
            _("Organisationen"),
            {"fields": ["name", "organisation_number", "legal_form", "is_umbrella", "subregion"]},
        ),
        (
            _("Underskrift"),
            {
                "fields": ["signed_on", "admitted_by", "admitted_by_link", "withdrawn_on"],
                "description": _(
                    "En underskrivare tas aldrig bort: den som lämnar överenskommelsen får ett "
                    "utträdesdatum och finns kvar i registret och i statistiken."
                ),
            },
        ),
        (
            _("Kontakt (visas aldrig publikt)"),
            {"fields": ["contact_name", "contact_email", "contact_phone", "website"]},
        ),
        (_("Demodata"), {"fields": ["is_synthetic"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("antagen genom beslut"), ordering="admitted_by")
    def admitted_by_link(self, signatory):
        decision = signatory.admitted_by
        if decision is None:
            return "–"
        url = reverse("admin:meetings_decision_change", args=[decision.pk])
        return format_html(
            '<a href="{}">{} ({})</a>', url, str(decision), decision.meeting.date.isoformat()
        )

    actions = ["withdraw_today"]

    @admin.action(description=_("Registrera utträde i dag"), permissions=["change"])
    def withdraw_today(self, request, queryset):
        try:
            changed = services.withdraw(queryset, datetime.date.today(), request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(
            request,
            _("Utträde registrerat för %(count)s underskrivare.") % {"count": len(changed)},
            messages.SUCCESS,
        )

    def has_delete_permission(self, request, obj=None):
        # Withdrawal is a date, never a deletion: nobody deletes, not even a superuser.
        return False

    # Import: every path goes through importing.import_dataset (all rows or none).
    def process_dataset(self, dataset, form, request, **kwargs):
        file_name = kwargs.get("file_name") or form.cleaned_data.get("original_file_name")
        outcome = importing.import_dataset(
            dataset, dry_run=False, user=request.user, file_name=file_name
        )
        request.signatory_import_errors = outcome.errors
        return outcome.result

    def process_result(self, result, request):
        errors = getattr(request, "signatory_import_errors", None) or importing.error_messages(
            result
        )
        if errors:
            messages.error(
                request,
                _("Filen avvisades och ingenting sparades: %(errors)s")
                % {"errors": " ".join(errors[:20])},
            )
            return HttpResponseRedirect(reverse("admin:signatories_signatory_import"))
        return super().process_result(result, request)
