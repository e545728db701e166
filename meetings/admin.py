"""The secretary's admin: one page per meeting, the workflow buttons and the minutes PDF."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from budget.money import format_kr
from meetings import approval, invitations, models, services
from meetings.admin_forms import (
    ActionItemForm,
    ActionItemRowForm,
    AgendaItemForm,
    AgendaItemFormSet,
    AgendaNumberFormSet,
    AttachmentForm,
    AttendanceForm,
    AttendanceFormSet,
    AttendanceRowForm,
    DecisionForm,
    DecisionRowForm,
    InlineAttachmentForm,
    MeetingAdminForm,
    MeetingPeople,
    PeopleAutocomplete,
    PersonAutocomplete,
)
from meetings.admin_views import MeetingWorkflowViews, is_approved
from meetings.models.freeze import approved_minutes_naming
from meetings.models.meeting import Kind, Status
from ros_portal import locking
from ros_portal.admin_actions import KnownSelection, SecretFields
from ros_portal.admin_display import LocalizedAmounts
from ros_portal.admin_widgets import AutocompleteFields
from ros_portal.history_admin import GuardedHistoryAdmin
from ros_portal.locking import CarriesOpenedVersion, VersionedAdmin
from ros_portal.years import YearListFilter


class LockedWhenApproved:
    """Approved minutes are frozen: no change, add or delete until a logged reopening."""

    def _meeting_of(self, obj):
        if obj is None or isinstance(obj, models.Meeting):
            return obj
        return obj.meeting

    def has_change_permission(self, request, obj=None):
        if is_approved(self._meeting_of(obj)):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if is_approved(self._meeting_of(obj)):
            return False
        return super().has_delete_permission(request, obj)


class KeepsWhatApprovedMinutesName:
    """A person, meeting or development area that approved minutes name (adjuster, presenter,
    owner, upcoming meeting, development area) cannot be deleted, since that would change the
    minutes (the database refuses it): the delete page and "delete selected" list those
    minutes as protected, and nothing is deleted."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for meeting in approved_minutes_naming(objs):
            url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
            label = gettext("Justerat protokoll")
            protected.append(format_html('{}: <a href="{}">{}</a>', label, url, meeting))
        return deleted, counts, perms_needed, protected


class MeetingInline(AutocompleteFields, CarriesOpenedVersion, LockedWhenApproved):
    """An inline of a meeting; its agenda-item choices are the meeting's own items."""

    extra = 0

    def has_add_permission(self, request, obj=None):
        if is_approved(obj):
            return False
        return super().has_add_permission(request, obj)

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if is_approved(obj):
            fields = [f for f in fields if f not in self.editing_only_fields]
        return fields

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if is_approved(obj):
            # Frozen minutes show every field as text. Django leaves the fields in the inline
            # forms all the same (the meeting's own form it empties): listed here, the forms
            # carry none of them, so no choice list is read and no field is copied per row.
            fields += [f for f in self.get_fields(request, obj) if f not in fields]
        return fields

    editing_only_fields = ()

    @admin.display(description=_("dagordningspunkt nr"))
    def agenda_number(self, obj):
        if obj is None or obj.agenda_item_id is None:
            return "–"
        return obj.agenda_item.order

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
            # The admin builds each inline's form several times per page: the choices are
            # read once per page, not once per form class or per row.
            cache = request.__dict__.setdefault("_admin_choices", {})
            key = (db_field.related_model, db_field.name)
            if key not in cache:
                # Through iter(): list() of the choices would first ask their length (a COUNT).
                cache[key] = list(iter(field.choices))
            field.choices = cache[key]
        return field


class AttendanceInline(MeetingInline, admin.TabularInline):
    model = models.Attendance
    form = AttendanceForm
    formset = AttendanceFormSet
    fields = ["person", "new_person", "group", "role", "presence", "note", "order"]
    editing_only_fields = ("new_person",)
    autocomplete_fields = ["person"]
    verbose_name_plural = _("Närvarande")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class AgendaItemInline(MeetingInline, admin.StackedInline):
    model = models.AgendaItem
    form = AgendaItemForm
    formset = AgendaItemFormSet
    fields = ["order", "heading", "body", "presenters", "development_area"]
    autocomplete_fields = ["presenters"]
    verbose_name_plural = _("Dagordning")

    def get_queryset(self, request):
        qs = super().get_queryset(request).select_related("development_area")
        return qs.prefetch_related("presenters")


class DecisionInline(LocalizedAmounts, MeetingInline, admin.StackedInline):
    model = models.Decision
    form = DecisionForm
    formset = AgendaNumberFormSet
    fields = ["paragraph", "agenda_number", "text", "amount", "budget_line", "development_area"]
    readonly_fields = ["paragraph"]
    autocomplete_fields = ["budget_line"]
    verbose_name_plural = _("Beslut")

    def get_queryset(self, request):
        related = ["agenda_item", "development_area", "budget_line"]
        return super().get_queryset(request).select_related(*related)

    @admin.display(description=_("paragraf"))
    def paragraph(self, obj):
        if obj is None or obj.number is None:
            return gettext("Ges när beslutet sparas")
        return f"§ {obj.number}/{obj.year}"


class ActionItemInline(MeetingInline, admin.StackedInline):
    model = models.ActionItem
    form = ActionItemForm
    fk_name = "meeting"
    form = ActionItemForm
    formset = AgendaNumberFormSet
    fields = ["agenda_number", "text", "owners", "due_date", "status", "development_area"]
    autocomplete_fields = ["owners"]
    verbose_name_plural = _("Uppdrag")

    def get_queryset(self, request):
        qs = super().get_queryset(request).select_related("agenda_item", "development_area")
        return qs.prefetch_related("owners")


class DialogueOrganisationInline(AutocompleteFields, admin.TabularInline):
    model = models.DialogueOrganisation
    extra = 0
    fields = ["signatory", "name", "people"]
    autocomplete_fields = ["signatory"]
    verbose_name_plural = _(
        "Organisationer vid dialogmötet (när de anges räknas deltagare och organisationer ur dem)"
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("signatory")


class AttachmentInline(MeetingInline, admin.TabularInline):
    model = models.Attachment
    form = InlineAttachmentForm
    formset = AgendaNumberFormSet
    fields = ["title", "file", "agenda_number"]
    verbose_name_plural = _("Bilagor (pdf, docx, xlsx, pptx, png, jpg, txt; högst 20 MB)")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("agenda_item")


# The change list ----------------------------------------------------------------------------


class YearFilter(YearListFilter):
    title = _("år")
    parameter_name = "year"
    year_lookup = "date__year"

    def lookups(self, request, model_admin):
        years = models.Meeting.objects.dates("date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]


@admin.register(models.Meeting)
class MeetingAdmin(
    MeetingWorkflowViews,
    KeepsWhatApprovedMinutesName,
    CarriesOpenedVersion,
    LockedWhenApproved,
    GuardedHistoryAdmin,
):
    form = MeetingAdminForm
    revert_keeps = ("status", "sent_for_approval_at", "approved_at")
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
        DialogueOrganisationInline,
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
                    "comments_until",
                    "secretary",
                    "adjusters",
                    "approval_line",
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

    def get_queryset(self, request):
        # The list shows the secretary, and so does the page of frozen minutes: read with the row.
        return super().get_queryset(request).select_related("secretary")

    def get_inlines(self, request, obj):
        # Only a dialogue meeting records the organisations present.
        inlines = list(super().get_inlines(request, obj))
        if obj is None or obj.kind != Kind.DIALOGUE:
            inlines.remove(DialogueOrganisationInline)
        return inlines

    def get_object(self, request, object_id, from_field=None):
        # The change page asks twice (for its follow-up list, then for the form): read once.
        fetched = request.__dict__.setdefault("_admin_meetings", {})
        key = (object_id, from_field)
        if key not in fetched:
            meeting = super().get_object(request, object_id, from_field)
            if meeting is not None:
                # Read-only (approved) pages show these as text: one query each, not per row.
                prefetch_related_objects([meeting], "adjusters", "upcoming", "development_areas")
            fetched[key] = meeting
        return fetched[key]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        # Sent, approved and cancelled are reached (and left) only through the workflow
        # buttons: the status field offers planned and draft only, which would undo them.
        if obj is not None and obj.status in (Status.SENT, Status.APPROVED, Status.CANCELLED):
            fields.append("status")
        return fields

    # Who changed what: simple-history's HistoryRequestMiddleware records the request's user.

    # The whole meeting on one page: rows tied to agenda items by number, people by name ------
    def _create_formsets(self, request, obj, change):
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        agenda = next((fs for fs in formsets if isinstance(fs, AgendaItemFormSet)), None)
        for formset in formsets:
            if isinstance(formset, AgendaNumberFormSet):
                formset.agenda_formset = agenda
        return formsets, inline_instances

    def _name_new_people(self, request, formset):
        for row in formset.forms:
            name = getattr(row, "cleaned_data", {}).get("new_person", "").strip()
            if name and row.cleaned_data.get("person") is None:
                row.instance.person = services.person_by_name(name, request.user)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and getattr(request, "_history_revert_of", None) is not None:
            # A revert saves no inlines, so save_related below is not called.
            approval.void_approvals(obj, request.user)

    def save_formset(self, request, form, formset, change):
        if isinstance(formset, AgendaNumberFormSet):
            formset.tie_to_agenda(form.instance)
        if formset.model is models.Attendance:
            self._name_new_people(request, formset)
        instances = formset.save(commit=False)
        # Removed rows go first: a person removed and added again in one save (in another
        # group, say) would otherwise be on the list twice for a moment, which is refused.
        for instance in formset.deleted_objects:
            instance.delete()
        for instance in instances:
            if isinstance(instance, models.Attachment) and instance.uploaded_by_id is None:
                instance.uploaded_by = request.user
            instance.save()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            _renumbered_message(request, form.instance)
        edited = form.has_changed() or any(fs.has_changed() for fs in formsets)
        voided = approval.void_approvals(form.instance, request.user) if change and edited else []
        if voided:
            messages.warning(
                request,
                gettext(
                    "Ändringen upphävde justeringarna från %(names)s. De har fått e-post om det."
                )
                % {"names": services.approval_names(voided)},
            )
        if change:
            self._send_update_if_moved(request, form.instance)

    def _send_update_if_moved(self, request, meeting):
        try:
            invitation = invitations.update_if_moved(meeting, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return
        if invitation is not None:
            messages.info(
                request,
                gettext(
                    "Tid eller plats ändrades: en uppdaterad kallelse skickades till %(count)d "
                    "mottagare."
                )
                % {"count": len(invitation.recipients.split())},
            )


def _renumbered_message(request, meeting):
    renumbered = services.number_decisions_in_their_year(meeting, request.user)
    if renumbered:
        messages.info(
            request,
            gettext("Besluten har fått nya nummer för %(year)d: %(numbers)s.")
            % {"year": meeting.date.year, "numbers": ", ".join(str(d) for d in renumbered)},
        )


# The register and the other rows of the record ------------------------------------------------


class PersonAliasInline(admin.TabularInline):
    model = models.PersonAlias
    extra = 0
    fields = ["name"]
    verbose_name_plural = _("Andra stavningar (så som namnet skrivits i anteckningar)")


@admin.register(models.Person)
class PersonAdmin(KeepsWhatApprovedMinutesName, VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["name", "initials", "title", "organisation", "email", "user"]
    list_select_related = ["user"]
    # Every person field of the admin searches here (autocomplete): any spelling finds them.
    search_fields = ["name", "aliases__name", "=initials", "email"]
    autocomplete_fields = ["user"]
    inlines = [PersonAliasInline]

    def save_model(self, request, obj, form, change):
        stored = models.Person.objects.filter(pk=obj.pk)
        renamed = change and stored.exclude(name=obj.name).exists()
        super().save_model(request, obj, form, change)
        if renamed:
            services.void_approvals_naming(obj, request.user)

    def delete_model(self, request, obj):
        with transaction.atomic():
            services.void_approvals_naming(obj, request.user)
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for person in queryset:
                services.void_approvals_naming(person, request.user)
            super().delete_queryset(request, queryset)


@admin.register(models.Term)
class TermAdmin(VersionedAdmin, GuardedHistoryAdmin):
    list_display = ["person", "group", "role", "represents", "start", "end", "succeeded"]
    list_filter = ["group", "role"]
    list_select_related = ["person", "succeeded"]
    search_fields = ["person__name", "represents"]
    autocomplete_fields = ["person", "succeeded"]


@admin.register(models.AccessGrant)
class AccessGrantAdmin(VersionedAdmin, GuardedHistoryAdmin):
    """Member access for someone without a member's term, always until a given day."""

    list_display = ["person", "start", "end", "reason", "granted_by"]
    list_select_related = ["person", "granted_by"]
    search_fields = ["person__name", "reason"]
    autocomplete_fields = ["person"]
    readonly_fields = ["granted_by"]

    def save_model(self, request, obj, form, change):
        if obj.granted_by_id is None:
            obj.granted_by = request.user
        super().save_model(request, obj, form, change)


class MeetingRowAdmin(CarriesOpenedVersion, LockedWhenApproved, GuardedHistoryAdmin):
    list_select_related = ["meeting"]
    autocomplete_fields = ["meeting"]

    def save_model(self, request, obj, form, change):
        rows = type(obj)._base_manager.filter(pk=obj.pk)
        left = rows.values_list("meeting_id", flat=True).first() if change else None
        super().save_model(request, obj, form, change)
        # The meeting the row was moved away from changed too.
        self._minutes_changed(request, {obj.meeting_id, left} - {None})

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self._minutes_changed(request, {obj.meeting_id})

    def delete_queryset(self, request, queryset):  # "delete selected"
        meetings = set(queryset.values_list("meeting_id", flat=True))
        super().delete_queryset(request, queryset)
        self._minutes_changed(request, meetings)

    def _minutes_changed(self, request, meeting_ids):
        """An edit of these minutes like any other: their page, if open somewhere, no longer
        shows what is stored, and the approvals given so far are void."""
        for meeting in models.Meeting.objects.filter(pk__in=meeting_ids):
            _renumbered_message(request, meeting)  # a decision moved to another year's minutes
            locking.bump(meeting)
            approval.void_approvals(meeting, request.user)


@admin.register(models.Attendance)
class AttendanceAdmin(MeetingRowAdmin):
    form = AttendanceRowForm
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
class DecisionAdmin(LocalizedAmounts, MeetingRowAdmin):
    form = DecisionRowForm
    list_display = ["__str__", "meeting", "text", "amount_kr"]
    list_filter = ["year"]
    search_fields = ["text"]
    autocomplete_fields = ["meeting", "agenda_item", "budget_line"]
    readonly_fields = ["year", "number"]

    @admin.display(description=_("belopp"), ordering="amount")
    def amount_kr(self, decision):
        if decision.amount is None:
            return self.get_empty_value_display()
        return format_kr(decision.amount)


@admin.register(models.ActionItem)
class ActionItemAdmin(MeetingRowAdmin):
    form = ActionItemRowForm
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


class ReadOnlyAdmin(KnownSelection, admin.ModelAdmin):
    """Rows written only by the workflow; the admin shows them but never edits them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Comment)
class CommentAdmin(KnownSelection, admin.ModelAdmin):
    """Members write comments and the secretary answers them on the meeting's page, in their
    own names: the admin shows them, and may remove one, but never puts words in anyone's
    mouth."""

    list_display = ["text", "agenda_item", "author", "created_at", "resolved_at"]
    list_select_related = ["agenda_item__meeting", "author"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
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


@admin.register(models.Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "method", "sequence", "sent_at", "sent_by"]
    list_select_related = ["meeting", "sent_by"]


@admin.register(models.SentNotice)
class SentNoticeAdmin(ReadOnlyAdmin):
    list_display = ["kind", "about", "address", "sent_at"]
    list_filter = ["kind"]


@admin.register(models.CalendarToken)
class CalendarTokenAdmin(SecretFields, ReadOnlyAdmin):
    """Whose private feed addresses exist; the key itself is the member's secret (it opens
    every meeting to whoever has it) and is never shown, as with authenticator keys."""

    list_display = ["user"]
    fields = ["user"]
    secret_fields = ["token"]
