"""The secretary's admin: one page per meeting, the workflow buttons and the minutes PDF."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from meetings import models, services
from meetings.admin_forms import (
    AgendaItemForm,
    AttachmentForm,
    FollowUpForm,
    MeetingAdminForm,
    MeetingPeople,
    PeopleAutocomplete,
    PersonAutocomplete,
    ReopenForm,
)
from meetings.models.meeting import Status
from ros_portal.markdown import render_markdown


def _approved(meeting):
    return meeting is not None and meeting.status == Status.APPROVED


class LockedWhenApproved:
    """Approved minutes are frozen: no change, add or delete until a logged reopening."""

    def _meeting_of(self, obj):
        if obj is None or isinstance(obj, models.Meeting):
            return obj
        return obj.meeting

    def has_change_permission(self, request, obj=None):
        if _approved(self._meeting_of(obj)):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if _approved(self._meeting_of(obj)):
            return False
        return super().has_delete_permission(request, obj)


class MeetingInline(LockedWhenApproved):
    """An inline of a meeting; its agenda-item choices are the meeting's own items."""

    extra = 0

    def has_add_permission(self, request, obj=None):
        if _approved(obj):
            return False
        return super().has_add_permission(request, obj)

    def get_formset(self, request, obj=None, **kwargs):
        request._admin_meeting = obj
        if getattr(request, "_admin_people", None) is None:
            request._admin_people = MeetingPeople(obj)
        return super().get_formset(request, obj, **kwargs)

    def _people_widget(self, widget_class, db_field, request, using):
        people = getattr(request, "_admin_people", None)
        return widget_class(db_field, self.admin_site, using=using, people=people)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.autocomplete_fields and db_field.related_model is models.Person:
            kwargs["widget"] = self._people_widget(
                PeopleAutocomplete, db_field, request, kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.autocomplete_fields and db_field.related_model is models.Person:
            kwargs["widget"] = self._people_widget(
                PersonAutocomplete, db_field, request, kwargs.get("using")
            )
        if db_field.name == "agenda_item":
            meeting = getattr(request, "_admin_meeting", None)
            kwargs["queryset"] = models.AgendaItem.objects.filter(meeting=meeting)
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and db_field.name in ("agenda_item", "development_area"):
            # Evaluated once per page instead of once per inline row.
            field.choices = list(field.choices)
        return field


class AttendanceInline(MeetingInline, admin.TabularInline):
    model = models.Attendance
    fields = ["person", "group", "role", "presence", "note", "order"]
    autocomplete_fields = ["person"]
    verbose_name_plural = _("Närvarande")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class AgendaItemInline(MeetingInline, admin.StackedInline):
    model = models.AgendaItem
    form = AgendaItemForm
    fields = ["order", "heading", "body", "presenters", "development_area"]
    autocomplete_fields = ["presenters"]
    verbose_name_plural = _("Dagordning")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("presenters")


class DecisionInline(MeetingInline, admin.StackedInline):
    model = models.Decision
    fields = ["paragraph", "agenda_item", "text", "amount", "budget_line", "development_area"]
    readonly_fields = ["paragraph"]
    autocomplete_fields = ["budget_line"]
    verbose_name_plural = _("Beslut")

    @admin.display(description=_("paragraf"))
    def paragraph(self, obj):
        if obj is None or obj.number is None:
            return gettext("Ges när beslutet sparas")
        return f"§ {obj.number}/{obj.year}"


class ActionItemInline(MeetingInline, admin.StackedInline):
    model = models.ActionItem
    fk_name = "meeting"
    fields = ["agenda_item", "text", "owners", "due_date", "status", "development_area"]
    autocomplete_fields = ["owners"]
    verbose_name_plural = _("Uppdrag")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("owners")


class AttachmentInline(MeetingInline, admin.TabularInline):
    model = models.Attachment
    form = AttachmentForm
    fields = ["title", "file", "agenda_item"]
    verbose_name_plural = _("Bilagor (pdf, docx, xlsx, pptx, png, jpg, txt; högst 20 MB)")


class YearFilter(admin.SimpleListFilter):
    title = _("år")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = models.Meeting.objects.dates("date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(date__year=int(self.value()))
        return queryset


@admin.register(models.Meeting)
class MeetingAdmin(LockedWhenApproved, SimpleHistoryAdmin):
    form = MeetingAdminForm
    list_display = ["date", "kind", "title", "status", "secretary"]
    list_display_links = ["date", "title"]
    list_filter = [YearFilter, "kind", "status"]
    list_select_related = ["secretary"]
    search_fields = [
        "title",
        "place",
        "theme",
        "agenda_items__heading",
        "agenda_items__body",
        "decisions__text",
    ]
    date_hierarchy = "date"
    autocomplete_fields = ["secretary", "adjusters", "combined_with", "upcoming"]
    readonly_fields = ["sent_for_approval_at", "approved_at"]
    inlines = [
        AttendanceInline,
        AgendaItemInline,
        DecisionInline,
        ActionItemInline,
        AttachmentInline,
    ]
    fieldsets = [
        (
            _("Mötet"),
            {
                "fields": [
                    "kind",
                    "title",
                    ("date", "end_date"),
                    ("start_time", "end_time"),
                    "place",
                    "combined_with",
                ]
            },
        ),
        (
            _("Anteckningar och justering"),
            {
                "fields": [
                    "status",
                    "secretary",
                    "adjusters",
                    "minutes_signed_on",
                    ("sent_for_approval_at", "approved_at"),
                ]
            },
        ),
        (_("Kommande möten och event"), {"fields": ["upcoming"]}),
        (
            _("Värd, deltagare och handlingsplan"),
            {
                "classes": ["collapse"],
                "fields": [
                    "host_organisation",
                    "host_is_civil_society",
                    "theme",
                    ("participant_count", "organisation_count"),
                    "is_public_event",
                    "development_areas",
                ],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status in (Status.SENT, Status.APPROVED):
            fields.append("status")
        return fields

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            instance._history_user = request.user
            if isinstance(instance, models.Attachment) and instance.uploaded_by_id is None:
                instance.uploaded_by = request.user
            instance.save()
        for instance in formset.deleted_objects:
            instance._history_user = request.user
            instance.delete()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        edited = form.has_changed() or any(fs.has_changed() for fs in formsets)
        if change and edited and services.void_approvals_after_edit(form.instance, request.user):
            messages.warning(
                request, gettext("Ändringen gjorde de justeringar som redan getts ogiltiga.")
            )

    # Extra pages -----------------------------------------------------------------------------
    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("forhandsgranska/", view(self.preview_view), name="meetings_markdown_preview"),
            path(
                "<int:pk>/kopiera-narvaro/",
                view(self.copy_attendance_view),
                name="meetings_meeting_copy_attendance",
            ),
            path(
                "<int:pk>/ledamoter-i-tjanst/",
                view(self.members_in_office_view),
                name="meetings_meeting_members_in_office",
            ),
            path(
                "<int:pk>/skicka-for-justering/",
                view(self.send_view),
                name="meetings_meeting_send",
            ),
            path("<int:pk>/ateroppna/", view(self.reopen_view), name="meetings_meeting_reopen"),
            path("<int:pk>/pdf/", view(self.pdf_view), name="meetings_meeting_pdf"),
            path(
                "<int:pk>/aterkoppling/<int:item_pk>/",
                view(self.follow_up_view),
                name="meetings_meeting_follow_up",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        meeting = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if meeting is not None:
            extra_context["follow_up_items"] = services.open_action_items_before(meeting)
            extra_context["follow_up_form"] = FollowUpForm()
            extra_context["can_edit_minutes"] = self.has_change_permission(request, meeting)
            extra_context["is_approved"] = _approved(meeting)
        return super().change_view(request, object_id, form_url, extra_context)

    def _meeting(self, request, pk, *, change):
        meeting = get_object_or_404(models.Meeting, pk=pk)
        if not self.has_view_permission(request, meeting):
            raise Http404
        if change and not self.has_change_permission(request, meeting):
            raise PermissionDenied
        return meeting

    def _change_url(self, meeting):
        return reverse("admin:meetings_meeting_change", args=[meeting.pk])

    def _confirm(self, request, meeting, *, title, question, button, form=None):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": meeting,
            "title": title,
            "question": question,
            "button": button,
            "form": form,
            "change_url": self._change_url(meeting),
        }
        return TemplateResponse(request, "admin/meetings/meeting/confirm.html", context)

    def copy_attendance_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            previous, added = services.copy_attendance_from_previous(meeting, request.user)
            if previous is None:
                messages.warning(request, gettext("Det finns inget tidigare möte med närvaro."))
            else:
                messages.success(
                    request,
                    gettext("%(count)d personer kopierades från mötet %(previous)s.")
                    % {"count": added, "previous": previous},
                )
            return redirect(self._change_url(meeting))
        previous = services.previous_meeting(meeting)
        question = (
            gettext("Kopiera närvarolistan från mötet %(previous)s? Gäster kopieras inte.")
            % {"previous": previous}
            if previous
            else gettext("Det finns inget tidigare möte med närvaro.")
        )
        return self._confirm(
            request,
            meeting,
            title=gettext("Kopiera närvaro från föregående möte"),
            question=question,
            button=gettext("Kopiera närvaro") if previous else None,
        )

    def members_in_office_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            added = services.add_members_in_office(meeting, request.user)
            messages.success(request, gettext("%(count)d personer lades till.") % {"count": added})
            return redirect(self._change_url(meeting))
        return self._confirm(
            request,
            meeting,
            title=gettext("Lägg till gruppens ledamöter i tjänst detta datum"),
            question=gettext(
                "Lägg till alla vars mandatperiod omfattar %(date)s, med grupp och roll "
                "från mandatperioden? Den som redan finns i närvarolistan läggs inte till igen."
            )
            % {"date": meeting.date},
            button=gettext("Lägg till ledamöter"),
        )

    def send_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            try:
                services.send_for_approval(meeting, request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, gettext("Anteckningarna skickades för justering."))
            return redirect(self._change_url(meeting))
        names = ", ".join(p.name for p in meeting.adjusters.all())
        return self._confirm(
            request,
            meeting,
            title=gettext("Skicka för justering"),
            question=gettext("Skicka anteckningarna till justerarna (%(names)s) med e-post?")
            % {"names": names or gettext("inga justerare angivna")},
            button=gettext("Skicka för justering"),
        )

    def reopen_view(self, request, pk):
        meeting = self._meeting(request, pk, change=False)
        # Permission to change meetings at all; this one is locked, which is why we are here.
        if not self.has_change_permission(request) or not _approved(meeting):
            raise PermissionDenied
        form = ReopenForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.reopen(meeting, request.user, form.cleaned_data["reason"])
            messages.success(request, gettext("Anteckningarna är återöppnade och kan ändras."))
            return redirect(self._change_url(meeting))
        return self._confirm(
            request,
            meeting,
            title=gettext("Återöppna justerade anteckningar"),
            question=gettext(
                "Justeringarna blir ogiltiga och anteckningarna måste justeras igen. Skälet loggas."
            ),
            button=gettext("Återöppna"),
            form=form,
        )

    def pdf_view(self, request, pk):
        from reports.minutes import minutes_pdf

        meeting = self._meeting(request, pk, change=False)
        filename, content_type, data = minutes_pdf(meeting)
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response

    def follow_up_view(self, request, pk, item_pk):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        meeting = self._meeting(request, pk, change=True)
        item = get_object_or_404(services.open_action_items_before(meeting), pk=item_pk)
        form = FollowUpForm(request.POST)
        if form.is_valid():
            services.mark_action_item_done(item, meeting, request.user, form.cleaned_data["note"])
            messages.success(request, gettext("Uppdraget är markerat som klart."))
        else:
            messages.error(request, gettext("Skriv vad som återrapporterades."))
        return redirect(self._change_url(meeting) + "#aterkoppling")

    def preview_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise PermissionDenied
        html = render_markdown(request.POST.get("text", ""))
        return HttpResponse(html, content_type="text/html; charset=utf-8")


# The register and the other rows of the record ------------------------------------------------


@admin.register(models.Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "initials", "title", "organisation", "email", "user"]
    list_select_related = ["user"]
    search_fields = ["name", "initials", "email"]
    autocomplete_fields = ["user"]


@admin.register(models.Term)
class TermAdmin(SimpleHistoryAdmin):
    list_display = ["person", "group", "role", "represents", "start", "end", "succeeded"]
    list_filter = ["group", "role"]
    list_select_related = ["person", "succeeded"]
    search_fields = ["person__name", "represents"]
    autocomplete_fields = ["person", "succeeded"]


class MeetingRowAdmin(LockedWhenApproved, SimpleHistoryAdmin):
    list_select_related = ["meeting"]
    autocomplete_fields = ["meeting"]


@admin.register(models.Attendance)
class AttendanceAdmin(MeetingRowAdmin):
    list_display = ["meeting", "person", "group", "role", "presence"]
    list_select_related = ["meeting", "person"]
    autocomplete_fields = ["meeting", "person"]


@admin.register(models.AgendaItem)
class AgendaItemAdmin(MeetingRowAdmin):
    form = AgendaItemForm
    list_display = ["heading", "meeting", "order"]
    search_fields = ["heading", "body"]
    autocomplete_fields = ["meeting", "presenters"]


@admin.register(models.Decision)
class DecisionAdmin(MeetingRowAdmin):
    list_display = ["__str__", "meeting", "text", "amount"]
    list_filter = ["year"]
    search_fields = ["text"]
    autocomplete_fields = ["meeting", "agenda_item", "budget_line"]
    readonly_fields = ["year", "number"]


@admin.register(models.ActionItem)
class ActionItemAdmin(MeetingRowAdmin):
    list_display = ["text", "meeting", "due_date", "status", "followed_up_at"]
    list_filter = ["status"]
    list_select_related = ["meeting", "followed_up_at"]
    search_fields = ["text", "done_note"]
    autocomplete_fields = ["meeting", "agenda_item", "owners", "followed_up_at"]


@admin.register(models.Attachment)
class AttachmentAdmin(MeetingRowAdmin):
    form = AttachmentForm
    list_display = ["title", "meeting", "content_type", "size", "uploaded_by"]
    list_select_related = ["meeting", "uploaded_by"]
    autocomplete_fields = ["meeting", "agenda_item"]


@admin.register(models.Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["text", "agenda_item", "author", "created_at", "resolved_at"]
    list_select_related = ["agenda_item__meeting", "author"]
    raw_id_fields = ["agenda_item", "author", "answered_by"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written only by the workflow; the admin shows them but never edits them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Approval)
class ApprovalAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "adjuster", "approved_at", "voided_at"]
    list_select_related = ["meeting", "adjuster"]


@admin.register(models.Reopening)
class ReopeningAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "at", "by", "reason"]
    list_select_related = ["meeting", "by"]


@admin.register(models.ArchivedMinutes)
class ArchivedMinutesAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "sha256", "created_at"]
    list_select_related = ["meeting"]
    readonly_fields = ["meeting", "sha256", "fingerprint", "created_at"]
    exclude = ["pdf"]


@admin.register(models.CalendarToken)
class CalendarTokenAdmin(ReadOnlyAdmin):
    list_display = ["user"]
