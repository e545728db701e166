from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reports.models import ActionPlan, AnnualReport, DevelopmentArea, ReportSection


class DevelopmentAreaInline(admin.TabularInline):
    model = DevelopmentArea
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "start_year", "end_year"]
    inlines = [DevelopmentAreaInline]


@admin.register(DevelopmentArea)
class DevelopmentAreaAdmin(SimpleHistoryAdmin):
    list_display = ["number", "name", "plan"]
    search_fields = ["name"]


class ReportSectionInline(admin.StackedInline):
    model = ReportSection
    extra = 0


@admin.register(AnnualReport)
class AnnualReportAdmin(SimpleHistoryAdmin):
    list_display = ["year", "title", "status"]
    inlines = [ReportSectionInline]
