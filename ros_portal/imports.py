"""Spreadsheet imports through django-import-export, with the upload kept between the preview
and the confirmation under a name the server made and handed to this session only.

The library's default keeps the upload in the system temp folder under the name the confirm form
sends back, and reads and deletes whatever file that name points at. Here the upload lives in the
database storage (files.py) as `django-import-export/<32 hex digits>`: a name of any other shape,
or one this session was not given, is refused before anything is read, and nothing outside that
storage can be read or deleted."""

import datetime
import re

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import SuspiciousOperation
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export.admin import ImportExportMixin
from import_export.tmp_storages import MediaStorage

from ros_portal.models import StoredFile

ISSUED_NAME = re.compile(r"[0-9a-f]{32}")
SESSION_KEY = "ros_import_files"
# A preview never confirmed leaves its upload behind; the next upload removes those this old.
ABANDONED_AFTER = datetime.timedelta(days=1)


class ImportUploadStorage(MediaStorage):
    """MediaStorage over the database storage that accepts only names it could have made."""

    def __init__(self, **kwargs):
        name = kwargs.get("name")
        if name is not None and not ISSUED_NAME.fullmatch(name):
            raise SuspiciousOperation("Import file name not issued by the server.")
        super().__init__(**kwargs)

    def save(self, data):
        StoredFile.objects.filter(
            name__startswith=f"{self.MEDIA_FOLDER}/",
            created_at__lt=timezone.now() - ABANDONED_AFTER,
        ).delete()
        super().save(data)


class SafeImportMixin(ImportExportMixin):
    """Imports whose confirmation may only name an upload this session made, and an export page
    that answers an address filter it does not know as the list does, not with a server error."""

    def export_action(self, request):
        try:
            return super().export_action(request)
        except IncorrectLookupParameters:
            messages.error(
                request,
                _(
                    "Adressen innehöll ett filter som listan inte känner till. Välj filter i listan och exportera igen."
                ),
            )
            opts = self.model._meta
            return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if initial.get("import_file_name"):
            issued = request.session.get(SESSION_KEY, [])[-9:]
            request.session[SESSION_KEY] = [*issued, initial["import_file_name"]]
        return initial

    def process_import(self, request, **kwargs):
        name = request.POST.get("import_file_name")
        if name:
            issued = request.session.get(SESSION_KEY, [])
            if name not in issued:
                raise SuspiciousOperation("Import file name not issued to this session.")
            # One confirmation per upload: the name cannot be replayed.
            request.session[SESSION_KEY] = [n for n in issued if n != name]
        return super().process_import(request, **kwargs)
