from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from signatories.models import Signatory


@admin.register(Signatory)
class SignatoryAdmin(SimpleHistoryAdmin):
    list_display = ["name", "organisation_number", "subregion", "is_umbrella", "signed_on"]
    list_filter = ["subregion", "legal_form", "is_umbrella"]
    search_fields = ["name", "organisation_number"]
    raw_id_fields = ["admitted_by"]
