from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from reports import narrative, services
from reports.models import (
    ActionPlan,
    AnnualReport,
    DevelopmentArea,
    ReportSection,
    ReportStatus,
)


class DevelopmentAreaInline(admin.TabularInline):
    model = DevelopmentArea
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "start_year", "end_year"]
    # A link typed without a scheme ("vgregion.se/…") is taken as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [DevelopmentAreaInline]


@admin.register(DevelopmentArea)
class DevelopmentAreaAdmin(SimpleHistoryAdmin):
    list_display = ["number", "name", "plan"]
    list_select_related = ["plan"]
    search_fields = ["name"]


class ReportSectionInline(admin.StackedInline):
    model = ReportSection
    extra = 0
    fields = [("order", "level"), "heading", ("development_area", "facts"), "body"]
    autocomplete_fields = ["development_area"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "body":
            field.help_text = narrative.help_text()
        return field


@admin.register(AnnualReport)
class AnnualReportAdmin(SimpleHistoryAdmin):
    list_display = ["year", "title", "status", "preview_link"]
    list_filter = ["status"]
    list_select_related = ["action_plan"]
    readonly_fields = ["version", "published_at", "preview_link"]
    fieldsets = [
        (_("Rapporten"), {"fields": ["year", "title", "subtitle", "action_plan"]}),
        (_("Inledning"), {"fields": ["introduction"]}),
        (_("Publicering"), {"fields": ["status", "published_at", "version", "preview_link"]}),
    ]
    inlines = [ReportSectionInline]
    actions = ["start_next_year"]

    @admin.display(description=_("förhandsgranska"))
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("reports:report_detail", args=[obj.year]),
            _("sida"),
            reverse("reports:report_pdf", args=[obj.year]),
            _("PDF"),
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "introduction":
            field.help_text = narrative.help_text()
        return field

    def save_model(self, request, obj, form, change):
        if obj.status == ReportStatus.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)
        if change:
            # Editors with the portal form open must not overwrite this change unseen.
            services.bump_version(obj)

    @admin.action(description=_("Påbörja nästa års rapport utifrån den valda"))
    def start_next_year(self, request, queryset):
        for report in queryset:
            try:
                services.start_report(report.year + 1, request.user)
            except services.ReportExists as error:
                self.message_user(request, str(error), messages.WARNING)
            else:
                self.message_user(
                    request, _("Årsrapport %(year)s påbörjad.") % {"year": report.year + 1}
                )
