"""Forms and widgets of the secretary's meeting admin."""

import mimetypes
from pathlib import Path

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from meetings.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    Decision,
    Meeting,
    MinutesFrozen,
    Person,
)
from meetings.models.meeting import Status
from meetings.names import resolve_line
from meetings.services import registered_person
from ros_portal.admin_widgets import AutocompleteSelect, AutocompleteSelectMultiple
from ros_portal.locking import VersionedAdminForm

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


class MeetingPeople:
    """Names of everyone a meeting's inlines show, read in one query for the whole page."""

    def __init__(self, meeting):
        self.meeting = meeting
        self._labels = None

    def labels(self):
        if self._labels is None:
            self._labels = {}
            if self.meeting is not None:
                people = Person.objects.filter(
                    Q(attendances__meeting=self.meeting)
                    | Q(action_items__meeting=self.meeting)
                    | Q(presented_items__meeting=self.meeting)
                ).distinct()
                self._labels = {str(p.pk): str(p) for p in people}
        return self._labels


class CachedLabelsMixin:
    """An autocomplete that labels its selected people from MeetingPeople, not a query per row."""

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = people

    def optgroups(self, name, value, attr=None):
        selected = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        labels = self.people.labels() if self.people is not None else {}
        if not selected <= labels.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for pk in sorted(selected, key=labels.get):
            options.append(self.create_option(name, pk, labels[pk], selected, len(options)))
        return [(None, options, 0)]


class PersonAutocomplete(CachedLabelsMixin, AutocompleteSelect):
    pass


class PeopleAutocomplete(CachedLabelsMixin, AutocompleteSelectMultiple):
    pass


# Times as the minutes write them ("09.30"); "09:30" is accepted too.
TIME_INPUT_FORMATS = ["%H.%M", "%H:%M", "%H:%M:%S"]


class MeetingAdminForm(VersionedAdminForm):
    # Any save of the page (the inlines' too) moves the meeting's version on.
    always_claims = True

    approval_line = forms.CharField(
        label=_("Justerare som initialer eller namn"),
        required=False,
        help_text=_(
            "T.ex. 'JL, SZL, ES' som i anteckningarnas rad 'Justerat av'. Ersätter "
            "justerarna ovan när fältet är ifyllt."
        ),
    )

    class Meta:
        model = Meeting
        fields = ["status"]  # the admin adds the fields of its fieldsets
        help_texts = {
            "minutes_signed_on": _(
                "Dagen då anteckningarna skrevs, t.ex. 2024-08-21. "
                "Anteckningarna slutar med sekreterarens initialer och datumet: '/SE 2024-08-21'."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start_time", "end_time"):
            if name in self.fields:
                self.fields[name].input_formats = TIME_INPUT_FORMATS
                self.fields[name].widget.format = "%H.%M"
        status = self.fields.get("status")
        if status is not None:
            # Sent and approved are reached only through the workflow buttons.
            status.choices = [(s.value, s.label) for s in (Status.PLANNED, Status.DRAFT)]

    def clean(self):
        cleaned = super().clean()
        line = cleaned.get("approval_line", "").strip()
        if line and "adjusters" in self.fields:
            people, unknown = resolve_line(line)
            if unknown:
                self.add_error(
                    "approval_line",
                    _("Ingen person har namnet eller initialerna: %(names)s.")
                    % {"names": ", ".join(unknown)},
                )
            else:
                cleaned["adjusters"] = people
        return cleaned


class OpenMinutesForm(forms.ModelForm):
    """A row of a meeting's minutes: adding to or moving into approved minutes is a form error."""

    def clean(self):
        cleaned = super().clean()
        meeting = cleaned.get("meeting")
        if meeting is None and self.instance.meeting_id is not None:
            meeting = self.instance.meeting  # an inline's row: the page's meeting, already read
        if meeting is not None and meeting.status == Status.APPROVED:
            raise forms.ValidationError(str(MinutesFrozen()), code="frozen")
        item = cleaned.get("agenda_item")
        if meeting is not None and item is not None and item.meeting_id != meeting.pk:
            self.add_error(
                "agenda_item",
                _("Dagordningspunkten hör till ett annat möte (%(meeting)s).")
                % {"meeting": item.meeting},
            )
        return cleaned


class AttendanceRowForm(OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = Attendance
        fields = ["meeting", "person", "group", "role", "presence", "note", "order"]


class AgendaItemForm(OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = AgendaItem
        fields = ["meeting", "order", "heading", "body", "presenters", "development_area"]
        widgets = {"body": MarkdownTextarea(attrs={"rows": 8})}
        labels = {"order": _("nr")}


# The whole meeting on one page ---------------------------------------------------------------
# Decisions, action items and attachments name their agenda item by its number on the page, so
# they can be tied to items that are not saved yet; the admin resolves the number on saving.


class NumberedRowsFormSet(forms.BaseInlineFormSet):
    """Rows numbered on the page (agenda items, attendance): a new row left at 0 gets the
    next free number, so it never sorts before the rows numbered by hand."""

    number_field = "order"

    def kept_forms(self):
        return [
            form
            for form in self.forms
            if form.is_valid()
            and (form.instance.pk or form.has_changed())
            and not (self.can_delete and self._should_delete_form(form))
        ]

    def clean(self):
        super().clean()
        kept = self.kept_forms()
        last = max((f.cleaned_data.get(self.number_field) or 0 for f in kept), default=0)
        for form in kept:
            if not form.cleaned_data.get(self.number_field) and form.instance.pk is None:
                last += 1
                form.cleaned_data[self.number_field] = last
                setattr(form.instance, self.number_field, last)


class AttendanceFormSet(NumberedRowsFormSet):
    """A name typed under "eller ny person" names the register's person of that name when
    there is one: someone already on the list (or a name typed twice) is refused here, as
    choosing a person twice is, before anything is saved."""

    def clean(self):
        super().clean()
        kept = self.kept_forms()
        listed = {f.cleaned_data["person"].pk for f in kept if f.cleaned_data.get("person")}
        for form in kept:
            name = " ".join(form.cleaned_data.get("new_person", "").split())
            if not name or form.cleaned_data.get("person") is not None:
                continue
            person = registered_person(name)
            key = person.pk if person is not None else name.lower()
            if key in listed:
                form.add_error(
                    "new_person",
                    _("%(name)s står redan i närvarolistan.")
                    % {"name": person.name if person is not None else name},
                )
            listed.add(key)


class AgendaItemFormSet(NumberedRowsFormSet):
    def clean(self):
        super().clean()
        numbers = [f.cleaned_data.get("order") for f in self.kept_forms()]
        twice = sorted({n for n in numbers if numbers.count(n) > 1})
        if twice:
            raise forms.ValidationError(
                _("Två dagordningspunkter har samma nummer: %(numbers)s.")
                % {"numbers": ", ".join(str(n) for n in twice)}
            )

    def numbers(self):
        """The numbers of the agenda items the page keeps (valid or not yet)."""
        self.is_valid()
        return {f.cleaned_data.get("order") for f in self.kept_forms()}


class AgendaNumberForm(forms.ModelForm):
    """A row tied to an agenda item by the item's number on this page."""

    agenda_number = forms.IntegerField(
        label=_("dagordningspunkt nr"),
        min_value=0,
        required=False,
        help_text=_("Numret på dagordningspunkten ovan; den behöver inte vara sparad än."),
        widget=forms.NumberInput(attrs={"class": "agenda-number", "list": "agenda-numbers"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.agenda_item_id is not None:
            self.initial.setdefault("agenda_number", self.instance.agenda_item.order)


class AgendaNumberFormSet(forms.BaseInlineFormSet):
    """Checks each row's agenda number against the agenda items on the same page."""

    agenda_formset = None  # set by the meeting admin when it builds the page's formsets

    def clean(self):
        super().clean()
        if self.agenda_formset is None:
            return
        numbers = self.agenda_formset.numbers()
        for form in self.forms:
            if not form.is_valid() or (self.can_delete and self._should_delete_form(form)):
                continue
            number = form.cleaned_data.get("agenda_number")
            if (
                "agenda_number" in form.changed_data
                and number is not None
                and number not in numbers
            ):
                form.add_error(
                    "agenda_number",
                    _("Det finns ingen dagordningspunkt nr %(number)d på sidan.")
                    % {"number": number},
                )

    def tie_to_agenda(self, meeting):
        """Tie each row whose number was entered or changed to the item with that number
        (after the agenda items are saved). A row left as it was keeps its item, even when
        the items were renumbered."""
        items = {item.order: item for item in AgendaItem.objects.filter(meeting=meeting)}
        for form in self.forms:
            if "agenda_number" in getattr(form, "cleaned_data", {}) and (
                "agenda_number" in form.changed_data
            ):
                form.instance.agenda_item = items.get(form.cleaned_data["agenda_number"])


class DecisionForm(AgendaNumberForm, OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = Decision
        fields = ["text", "amount", "budget_line", "development_area"]


class ActionItemForm(AgendaNumberForm, OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = ActionItem
        fields = ["text", "owners", "due_date", "status", "development_area"]


class AttendanceForm(OpenMinutesForm, VersionedAdminForm):
    """Someone outside the register (a guest, say) is added by name on the same page."""

    new_person = forms.CharField(
        label=_("eller ny person"),
        max_length=200,
        required=False,
        help_text=_("Namn på någon som inte finns i registret, t.ex. en gäst."),
    )

    class Meta:
        model = Attendance
        fields = ["person", "group", "role", "presence", "note", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "person" in self.fields:  # read-only (approved) pages carry no fields
            self.fields["person"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("person") is None and not cleaned.get("new_person", "").strip():
            self.add_error("person", _("Välj en person eller skriv ett namn."))
        return cleaned


class DecisionRowForm(OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = Decision
        fields = ["meeting", "agenda_item", "text", "amount", "budget_line", "development_area"]


class ActionItemRowForm(OpenMinutesForm, VersionedAdminForm):
    class Meta:
        model = ActionItem
        fields = [
            "meeting",
            "agenda_item",
            "text",
            "owners",
            "due_date",
            "status",
            "followed_up_at",
            "done_note",
            "done_on",
            "development_area",
        ]


class AttachmentForm(OpenMinutesForm, VersionedAdminForm):
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


class InlineAttachmentForm(AgendaNumberForm, AttachmentForm):
    class Meta(AttachmentForm.Meta):
        fields = ["title", "file"]


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
