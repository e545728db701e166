from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _


class FollowUpForm(forms.Form):
    """Which year to follow up, and up to which date (a GET form)."""

    year = forms.TypedChoiceField(
        label=_("Budgetår"), coerce=int, widget=forms.Select(attrs={"class": "form-select"})
    )
    until = forms.DateField(
        label=_("Utfall till och med"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date", "class": "form-control"}, format="%Y-%m-%d"),
        help_text=_("Tomt: årets slut, eller i dag för innevarande år."),
    )

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]

    def clean(self):
        cleaned = super().clean()
        year, until = cleaned.get("year"), cleaned.get("until")
        if year and until and until.year != year:
            self.add_error("until", _("Välj ett datum under %(year)s.") % {"year": year})
        return cleaned


class NextYearForm(forms.Form):
    """The indexation percentage for next year's budget."""

    source = forms.TypedChoiceField(
        label=_("Utgå från budgetår"),
        coerce=int,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    percent = forms.DecimalField(
        label=_("Uppräkning (%)"),
        max_digits=5,
        decimal_places=2,
        min_value=Decimal("-50"),
        max_value=Decimal("100"),
        localize=True,
        widget=forms.TextInput(attrs={"class": "form-control", "inputmode": "decimal"}),
        help_text=_("T.ex. 3,1 för en uppräkning med 3,1 procent."),
    )

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [(year, str(year)) for year in years]
