"""The process leader's form for an annual report and its sections."""

from crispy_forms.helper import FormHelper
from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from reports import narrative
from reports.models import AnnualReport, DevelopmentArea, ReportSection

MARKDOWN_ATTRS = {"rows": 8, "data-markdown-preview": "1"}


def _check_placeholders(text):
    unknown = narrative.unknown_placeholders(text)
    if unknown:
        raise forms.ValidationError(
            _("Okända platshållare: %(names)s."),
            params={"names": ", ".join("{{" + n + "}}" for n in unknown)},
            code="unknown_placeholder",
        )
    return text


def _line_breaks_as_stored(text, stored):
    """A browser sends a text area's line breaks as CRLF, and the form strips the ends. The
    same text as stored is kept as stored (a published report's text may not change by a byte); other text gets LF."""
    text = text.replace("\r\n", "\n")
    # The form strips the ends; a text loaded by a script may end with a line break.
    if stored and stored.replace("\r\n", "\n").strip() == text.strip():
        return stored
    return text


class AnnualReportForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = AnnualReport
        fields = ["title", "subtitle", "introduction", "action_plan", "status"]
        widgets = {
            "introduction": forms.Textarea(attrs={**MARKDOWN_ATTRS, "class": "font-monospace"})
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["introduction"].help_text = narrative.SHORT_HELP
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_introduction(self):
        text = _line_breaks_as_stored(self.cleaned_data["introduction"], self.instance.introduction)
        return _check_placeholders(text)


class ReportSectionForm(forms.ModelForm):
    class Meta:
        model = ReportSection
        fields = ["order", "heading", "level", "development_area", "facts", "body"]
        widgets = {"body": forms.Textarea(attrs=MARKDOWN_ATTRS)}

    def __init__(self, *args, area_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = narrative.SHORT_HELP
        if area_choices is not None:
            # One query for the whole formset instead of one per section.
            self.fields["development_area"].choices = area_choices
        # Sections are rendered with Django's own form template and Bootstrap classes:
        # crispy's templates cost several milliseconds per section on a long report.
        for name, field in self.fields.items():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = "form-check-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "form-select"
            elif not isinstance(widget, forms.HiddenInput):
                widget.attrs["class"] = (widget.attrs.get("class", "") + " form-control").strip()
            if name == "body":
                widget.attrs["class"] += " font-monospace"

    def clean_body(self):
        return _check_placeholders(
            _line_breaks_as_stored(self.cleaned_data["body"], self.instance.body)
        )

    def clean_level(self):
        level = self.cleaned_data["level"]
        if level not in (1, 2):
            raise forms.ValidationError(_("Nivån är 1 (huvudrubrik) eller 2 (underrubrik)."))
        return level


def area_choices():
    """The development areas as select choices, fetched once for a whole formset."""
    areas = DevelopmentArea.objects.select_related("plan").order_by("-plan__start_year", "number")
    return [("", "---------")] + [(a.pk, f"{a.plan}: {a}") for a in areas]


SectionFormSet = inlineformset_factory(
    AnnualReport, ReportSection, form=ReportSectionForm, extra=1, can_delete=True
)


class StartReportForm(forms.Form):
    year = forms.IntegerField(label=_("År"), min_value=2000, max_value=2100)


class PreviewForm(forms.Form):
    text = forms.CharField(required=False, max_length=100_000)
    year = forms.IntegerField(min_value=2000, max_value=2100)
