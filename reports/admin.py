from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from meetings.admin import KeepsWhatApprovedMinutesName
from meetings.models.freeze import approved_minutes_naming
from reports import checks, narrative, services
from reports.facts import facts_for
from reports.models import (
    ActionPlan,
    AnnualReport,
    ArchivedReport,
    DevelopmentArea,
    ReportSection,
    ReportStatus,
    is_published,
)
from ros_portal.admin_actions import KnownSelection
from ros_portal.admin_widgets import AutocompleteFields
from ros_portal.history_admin import GuardedHistoryAdmin
from ros_portal.locking import CarriesOpenedVersion, VersionedAdmin, VersionedAdminForm


class DevelopmentAreaFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        for form in self.deleted_forms:
            minutes = approved_minutes_naming([form.instance]) if form.instance.pk else []
            if minutes:
                raise forms.ValidationError(
                    _("%(area)s nämns i justerade protokoll (%(minutes)s) och kan inte tas bort.")
                    % {"area": form.instance, "minutes": ", ".join(str(m) for m in minutes)}
                )


class DevelopmentAreaInline(VersionedAdmin, admin.TabularInline):
    model = DevelopmentArea
    formset = DevelopmentAreaFormSet
    extra = 0


@admin.register(ActionPlan)
class ActionPlanAdmin(VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["title", "start_year", "end_year"]
    # A link typed without a scheme ("vgregion.se/…") is taken as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [DevelopmentAreaInline]


@admin.register(DevelopmentArea)
class DevelopmentAreaAdmin(KeepsWhatApprovedMinutesName, VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["number", "name", "plan"]
    list_select_related = ["plan"]
    search_fields = ["name"]


class ReportSectionFormSet(forms.BaseInlineFormSet):
    """Publishing from the admin runs the edit page's check too: a text that says something
    other than the data is not published."""

    def clean(self):
        super().clean()
        report = self.instance  # with the report form's values, validated before the inlines
        if report.status != ReportStatus.PUBLISHED or is_published(report.pk):
            return
        sections = [
            (form.cleaned_data.get("heading", ""), form.cleaned_data.get("body", ""))
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        facts = facts_for(report.year, action_plan=report.action_plan)
        findings = checks.check_texts(checks.report_texts(report, sections), facts)
        if findings:
            refused = _(
                "Rapporten publicerades inte: texten säger något annat än data. Rätta texten "
                "eller använd platshållare."
            )
            raise forms.ValidationError([refused, *(str(finding) for finding in findings)])


class ReportSectionInline(AutocompleteFields, admin.StackedInline):
    model = ReportSection
    formset = ReportSectionFormSet
    extra = 0
    fields = [("order", "level"), "heading", ("development_area", "facts"), "body"]
    autocomplete_fields = ["development_area"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "body":
            field.help_text = narrative.help_text()
        return field

    # A published report is frozen: its sections are shown, not edited.
    def has_add_permission(self, request, obj=None):
        return not _published(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _published(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _published(obj) and super().has_delete_permission(request, obj)


def _published(report):
    return report is not None and report.status == ReportStatus.PUBLISHED


class AnnualReportAdminForm(VersionedAdminForm):
    # A save here makes the process leader's open edit page stale, and the other way round.
    always_claims = True


@admin.register(AnnualReport)
class AnnualReportAdmin(CarriesOpenedVersion, GuardedHistoryAdmin):
    form = AnnualReportAdminForm
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

    def get_changeform_initial_data(self, request):
        # A new report is nearly always next year's: the year after the latest one.
        latest = AnnualReport.objects.aggregate(latest=Max("year"))["latest"]
        year = latest + 1 if latest is not None else timezone.localdate().year
        return {"year": year, **super().get_changeform_initial_data(request)}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "introduction":
            field.help_text = narrative.help_text()
        return field

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if _published(obj):
            # Back to draft is the only change a published report takes.
            fields += ["year", "title", "subtitle", "action_plan", "introduction"]
        return fields

    def may_revert(self, request, current):
        # A published report takes no change but back to draft: set it to draft first.
        return not _published(current) and super().may_revert(request, current)

    def save_model(self, request, obj, form, change):
        # Publishing comes last, after the sections (then frozen with it), through the service.
        obj._publish = obj.status == ReportStatus.PUBLISHED and not (
            change and is_published(obj.pk)
        )
        if obj._publish:
            obj.status = ReportStatus.DRAFT
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(form.instance, "_publish", False):
            services.publish_report(form.instance, request.user)

    @admin.action(description=_("Påbörja nästa års rapport utifrån den valda"), permissions=["add"])
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


@admin.register(ArchivedReport)
class ArchivedReportAdmin(KnownSelection, admin.ModelAdmin):
    """The archive is read-only: rows are added by publishing, never changed or deleted."""

    list_display = ["report", "created_at", "sha256", "created_by"]
    list_select_related = ["report", "created_by"]
    fields = ["report", "created_at", "sha256", "created_by"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
