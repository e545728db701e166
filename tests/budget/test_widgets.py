"""The plain select: the markup of Django's own Select, without a template per option."""

import re

import pytest
from django import forms

from budget.forms import FollowUpForm
from budget.widgets import PlainSelect
from signatories.forms import PublicSearchForm

YEARS = [2025, 2024, 2023]


def _both(data, choices=((2025, "2025"), (2024, "2024"))):
    """The same field rendered by Django's Select and by PlainSelect, whitespace tidied."""

    def render(widget):
        class Form(forms.Form):
            year = forms.TypedChoiceField(
                coerce=int, choices=choices, help_text="Hjälp", widget=widget
            )

        form = Form(data)
        if data is not None:
            form.is_valid()
        return re.sub(r">\s+<", "><", str(form["year"]))

    attrs = {"class": "form-select"}
    return render(forms.Select(attrs=attrs)), render(PlainSelect(attrs=attrs))


@pytest.mark.parametrize(
    "data",
    [None, {"year": "2024"}, {"year": "1999"}],
    ids=["unbound", "chosen", "with an error"],
)
def test_a_plain_select_has_the_markup_of_djangos_own(data):
    django_html, plain_html = _both(data)

    assert plain_html == django_html


def test_an_error_marks_the_plain_select_invalid_for_screen_readers():
    _django_html, plain_html = _both({"year": "x"})

    assert 'aria-invalid="true"' in plain_html
    assert 'aria-describedby="id_year_helptext id_year_error"' in plain_html


def test_hostile_text_in_an_option_is_inert():
    _django_html, plain_html = _both(None, choices=(("<b>", '<script>alert("x")</script>'),))

    assert "<script>" not in plain_html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in plain_html
    assert 'value="&lt;b&gt;"' in plain_html


def test_the_member_picks_the_year_to_follow_up_from_a_plain_select():
    html = str(FollowUpForm({"year": "2024"}, years=YEARS)["year"])

    assert html.startswith('<select name="year" class="form-select"')
    assert '<option value="2024" selected>2024</option>' in html
    assert html.count("<option") == 3


def test_a_visitor_filters_the_public_list_by_subregion_from_a_plain_select():
    html = str(PublicSearchForm({"delregion": "fyrbodal"})["delregion"])

    assert '<option value="" >' not in html
    assert '<option value="">Alla delregioner</option>' in html
    assert '<option value="fyrbodal" selected>Fyrbodal</option>' in html
