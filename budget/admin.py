from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from budget.models import BudgetLine, BudgetYear, OutcomeEntry


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0


@admin.register(BudgetYear)
class BudgetYearAdmin(SimpleHistoryAdmin):
    list_display = ["year", "allocation", "indexation_percent"]
    inlines = [BudgetLineInline]


@admin.register(BudgetLine)
class BudgetLineAdmin(SimpleHistoryAdmin):
    list_display = ["name", "budget_year", "amount"]
    list_select_related = ["budget_year"]
    search_fields = ["name"]


@admin.register(OutcomeEntry)
class OutcomeEntryAdmin(SimpleHistoryAdmin):
    list_display = ["booked_on", "line", "amount", "text", "reference"]
    list_select_related = ["line__budget_year"]
    date_hierarchy = "booked_on"
    raw_id_fields = ["decision"]
