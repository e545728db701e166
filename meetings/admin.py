from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from meetings import models


@admin.register(models.Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "initials", "title", "organisation", "email", "user"]
    search_fields = ["name", "initials", "email"]
    autocomplete_fields = ["user"]


@admin.register(models.Term)
class TermAdmin(SimpleHistoryAdmin):
    list_display = ["person", "group", "role", "represents", "start", "end", "succeeded"]
    list_filter = ["group", "role"]
    list_select_related = ["person", "succeeded"]
    search_fields = ["person__name", "represents"]
    autocomplete_fields = ["person", "succeeded"]


@admin.register(models.Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["date", "kind", "title", "place", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "place", "theme"]
    date_hierarchy = "date"
    autocomplete_fields = ["secretary", "adjusters", "combined_with", "upcoming"]


for model in [
    models.Attendance,
    models.AgendaItem,
    models.Decision,
    models.ActionItem,
    models.Attachment,
    models.Comment,
    models.Approval,
    models.Reopening,
]:
    admin.site.register(
        model, SimpleHistoryAdmin if hasattr(model, "history") else admin.ModelAdmin
    )


@admin.register(models.ArchivedMinutes)
class ArchivedMinutesAdmin(admin.ModelAdmin):
    list_display = ["meeting", "sha256", "created_at"]
    readonly_fields = ["meeting", "sha256", "fingerprint", "created_at"]
    exclude = ["pdf"]
