from django import forms
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


class SignatoryImportForm(ImportForm):
    """django-import-export's upload form with Swedish labels (the library has no Swedish)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["import_file"].label = _("Fil att importera")
        self.fields["format"].label = _("Filformat")
