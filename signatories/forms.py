import datetime

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from import_export.forms import ImportForm

from signatories.models import Subregion


class PublicSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Sök på namn"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"class": "form-control", "type": "search"}),
    )
    delregion = forms.ChoiceField(
        label=_("Delregion"),
        required=False,
        choices=[("", _("Alla delregioner")), *Subregion.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )


class StatisticsForm(forms.Form):
    datum = forms.DateField(
        label=_("Datum"),
        required=False,
        help_text=_("Siffrorna gäller detta datum; nya och utträdda gäller datumets år."),
        widget=forms.DateInput(
            attrs={"type": "date", "class": "form-control", "aria-describedby": "datum-help"},
            format="%Y-%m-%d",
        ),
    )

    def clean_datum(self):
        # The figures run year by year up to the date: a date centuries ahead would build
        # thousands of empty rows; later than this year there is nothing to count anyway.
        datum = self.cleaned_data["datum"]
        last = datetime.date(datetime.date.today().year, 12, 31)
        if datum and datum > last:
            raise forms.ValidationError(
                _("Välj ett datum senast %(day)s.") % {"day": date_format(last, "j F Y")}
            )
        return datum


class SignatoryImportForm(ImportForm):
    """django-import-export's upload form with Swedish labels (the library has no Swedish)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["import_file"].label = _("Fil att importera")
        self.fields["format"].label = _("Filformat")
