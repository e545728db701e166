from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from budget.models import BudgetLine, BudgetYear, Commitment, FeeRate, OutcomeEntry, closed_years
from budget.money import format_kr
from budget.resources import LEDGER_FORMATS, OutcomeEntryResource
from budget.services import ledger_errors
from ros_portal.admin_display import LocalizedAmounts, yes_no_column
from ros_portal.history_admin import GuardedHistoryAdmin
from ros_portal.imports import SafeImportMixin
from ros_portal.locking import VersionedAdmin
from ros_portal.years import YearListFilter


class BudgetLineInline(LocalizedAmounts, VersionedAdmin, admin.TabularInline):
    model = BudgetLine
    extra = 0
    fields = ["order", "name", "amount", "is_fees"]

    def has_delete_permission(self, request, obj=None):
        # obj is the budget year: a published annual report prints its lines.
        if obj is not None and closed_years(obj.year):
            return False
        return super().has_delete_permission(request, obj)


class FeeRateInline(LocalizedAmounts, admin.TabularInline):
    model = FeeRate
    extra = 0
    fields = ["role", "amount"]
    verbose_name_plural = _("Arvodestabell (arvode per möte och roll)")


@admin.register(BudgetYear)
class BudgetYearAdmin(LocalizedAmounts, VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["year", "allocation_kr", "based_on", "indexation_percent"]
    list_select_related = ["based_on"]
    fieldsets = [
        (None, {"fields": ["year", "allocation"]}),
        (_("Uppräkning"), {"fields": ["based_on", "indexation_percent", "note"]}),
    ]
    inlines = [BudgetLineInline, FeeRateInline]

    @admin.display(description=_("anslag"), ordering="allocation")
    def allocation_kr(self, budget_year):
        return format_kr(budget_year.allocation)


@admin.register(Commitment)
class CommitmentAdmin(LocalizedAmounts, VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["decision", "line", "amount_kr", "note"]
    list_filter = ["line__budget_year"]
    list_select_related = ["decision", "line__budget_year"]
    search_fields = ["decision__text", "line__name", "note"]
    autocomplete_fields = ["decision", "line"]

    @admin.display(description=_("belopp"), ordering="amount")
    def amount_kr(self, commitment):
        return format_kr(commitment.amount)


@admin.register(BudgetLine)
class BudgetLineAdmin(LocalizedAmounts, VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["name", "budget_year", "amount_kr", "fees"]
    list_filter = ["budget_year"]
    list_select_related = ["budget_year"]
    search_fields = ["name"]
    fees = yes_no_column(BudgetLine, "is_fees")

    @admin.display(description=_("belopp"), ordering="amount")
    def amount_kr(self, line):
        return format_kr(line.amount)

    def has_delete_permission(self, request, obj=None):
        # A published annual report prints its year's lines (see BudgetLine.clean).
        if obj is not None and closed_years(obj.budget_year.year):
            return False
        return super().has_delete_permission(request, obj)


class BudgetYearFilter(YearListFilter):
    title = _("budgetår")
    parameter_name = "year"
    year_lookup = "line__budget_year__year"

    def lookups(self, request, model_admin):
        years = BudgetYear.objects.values_list("year", flat=True)
        return [(str(year), str(year)) for year in years]


@admin.register(OutcomeEntry)
class OutcomeEntryAdmin(LocalizedAmounts, SafeImportMixin, VersionedAdmin, GuardedHistoryAdmin):
    list_display = [
        "booked_on",
        "budget_year",
        "line",
        "amount_kr",
        "text",
        "reference",
        "activity_year",
        "decision",
    ]
    list_filter = [BudgetYearFilter, "line__name", "activity_year"]
    list_select_related = ["line__budget_year", "decision"]
    search_fields = ["text", "reference", "line__name"]
    date_hierarchy = "booked_on"
    raw_id_fields = ["decision"]
    autocomplete_fields = ["line"]
    fieldsets = [
        (None, {"fields": ["booked_on", "line", "amount", "text", "reference"]}),
        (_("Koppling"), {"fields": ["activity_year", "decision"]}),
    ]
    resource_classes = [OutcomeEntryResource]
    import_template_name = "budget/admin/import.html"
    import_formats = LEDGER_FORMATS
    export_formats = LEDGER_FORMATS

    @admin.display(description=_("budgetår"), ordering="line__budget_year__year")
    def budget_year(self, entry):
        return entry.line.budget_year.year

    @admin.display(description=_("belopp"), ordering="amount")
    def amount_kr(self, entry):
        return format_kr(entry.amount)

    def has_delete_permission(self, request, obj=None):
        # An entry a published annual report prints stays (see OutcomeEntry.clean); the
        # delete action asks this for every selected entry.
        if obj is not None and closed_years(*obj.report_years()):
            return False
        return super().has_delete_permission(request, obj)

    def process_result(self, result, request):
        # The confirmed import runs again; if the file went bad meanwhile it was rolled back
        # as a whole, and saying "import finished" would be a lie.
        errors = ledger_errors(result)
        if errors:
            messages.error(request, _("Filen importerades inte. Ingenting sparades."))
            for error in errors:
                messages.error(request, error)
            return HttpResponseRedirect(reverse("admin:budget_outcomeentry_import"))
        return super().process_result(result, request)
