"""Forms and widgets of the secretary's meeting admin."""

import mimetypes
from pathlib import Path

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from meetings.models import AgendaItem, Attachment, Meeting
from meetings.models.meeting import Status

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# Extension -> the first bytes such a file starts with (None: plain text, checked as UTF-8).
ATTACHMENT_SIGNATURES = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".txt": None,
}


class MarkdownTextarea(AdminTextareaWidget):
    """A textarea with a "Förhandsgranska" button that shows the sanitised HTML."""

    template_wrapper = "admin/meetings/widgets/markdown_textarea.html"

    class Media:
        js = ["js/admin-markdown-preview.js"]
        css = {"all": ["css/admin-meetings.css"]}

    def render(self, name, value, attrs=None, renderer=None):
        textarea = super().render(name, value, attrs, renderer)
        return render_to_string(
            self.template_wrapper,
            {"textarea": textarea, "preview_url": reverse("admin:meetings_markdown_preview")},
        )


class MeetingAdminForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["status"]  # the admin adds the fields of its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is not None:
            # Sent and approved are reached only through the workflow buttons.
            status.choices = [(s.value, s.label) for s in (Status.PLANNED, Status.DRAFT)]


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["meeting", "order", "heading", "body", "presenters", "development_area"]
        widgets = {"body": MarkdownTextarea(attrs={"rows": 8})}


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = ["meeting", "agenda_item", "title", "file"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # An unchanged file on an existing row is not re-validated.
        if upload is None or not hasattr(upload, "content_type"):
            return upload
        extension = Path(upload.name).suffix.lower()
        if extension not in ATTACHMENT_SIGNATURES:
            raise forms.ValidationError(
                _("Filtypen är inte tillåten. Tillåtna: pdf, docx, xlsx, pptx, png, jpg, txt.")
            )
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(_("Filen är större än 20 MB."))
        head = upload.read(2048)
        upload.seek(0)
        signatures = ATTACHMENT_SIGNATURES[extension]
        if signatures is None:
            try:
                head.decode("utf-8")
            except UnicodeDecodeError as error:
                # A cut in the middle of a multi-byte character is still text.
                if error.start < len(head) - 3:
                    raise forms.ValidationError(_("Textfilen är inte UTF-8.")) from error
        elif not head.startswith(signatures):
            raise forms.ValidationError(_("Filens innehåll stämmer inte med filändelsen."))
        return upload

    def save(self, commit=True):
        attachment = super().save(commit=False)
        upload = self.cleaned_data.get("file")
        if upload is not None and hasattr(upload, "content_type"):
            attachment.size = upload.size
            attachment.content_type = (
                mimetypes.guess_type(upload.name)[0] or "application/octet-stream"
            )
        if commit:
            attachment.save()
        return attachment


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=_("Skäl till återöppningen"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Loggas och syns i historiken."),
    )


class FollowUpForm(forms.Form):
    note = forms.CharField(
        label=_("Återkoppling"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Vad som rapporterades på mötet."),
    )
