"""The edit page's section forms are Django's own markup, errors and hostile text escaped."""

from django.forms.renderers import DjangoTemplates
from django.utils import translation

from reports.forms import SectionFormSet, area_choices
from tests.reports.test_editing import form_data


def both_renderings(report, data=None):
    """The section forms as the edit page renders them, and as Django's templates render them."""
    texts = []
    for renderer in (None, DjangoTemplates()):
        formset = SectionFormSet(
            data,
            instance=report,
            queryset=report.sections.select_related("development_area"),
            form_kwargs={"area_choices": area_choices()},
        )
        if renderer is not None:
            formset.renderer = renderer
            for form in formset.forms:
                form.renderer = renderer
        formset.is_valid()
        texts.append("".join(str(form.as_div()) for form in formset.forms))
    return texts


def test_the_process_leader_sees_the_section_forms_exactly_as_django_writes_them(report):
    python, templates = both_renderings(report)
    assert 'class="form-select"' in python
    assert python == templates


def test_a_refused_edit_shows_its_errors_and_hostile_text_exactly_as_django_writes_them(report):
    data = form_data(
        report,
        **{
            "sections-0-heading": '<script>alert("x")</script> & "citat"',
            "sections-0-body": "Hej {{okänd}} <b>fet</b>",
            "sections-0-level": "7",
            "sections-0-order": "",
        },
    )
    python, templates = both_renderings(report, data)
    assert "errorlist" in python
    assert "<script>" not in python
    assert python == templates


def test_the_section_forms_in_english_are_exactly_as_django_writes_them(report):
    with translation.override("en"):
        python, templates = both_renderings(report)
    assert python == templates
