"""One name per person: other spellings, initials, the approval line and check_names."""

import datetime
import io

import pytest
from django.contrib.admin.sites import site
from django.core.management import call_command
from django.test import RequestFactory

from meetings.demo import load_people
from meetings.models import AgendaItem, Attendance, Meeting, Person, PersonAlias
from meetings.names import resolve_line

D = datetime.date


@pytest.fixture
def register(db):
    """The people of the seed documents with their other spellings and initials."""
    return load_people()


def test_jl_szl_es_resolves_to_jan_linde_soraya_zarza_lundberg_and_erica_sjolin(register):
    people, unknown = resolve_line("JL, SZL, ES")
    assert [p.name for p in people] == ["Jan Linde", "Soraya Zarza Lundberg", "Erica Sjölin"]
    assert unknown == []


def test_an_approval_line_in_names_and_other_spellings_resolves_too(register):
    people, unknown = resolve_line("Soraya Zarza Lundberg och Janne Norlin")
    assert [p.name for p in people] == ["Soraya Zarza Lundberg", "Janne Nolin"]
    assert unknown == []


def test_unknown_initials_are_reported_not_guessed(register):
    people, unknown = resolve_line("JL, XYZ")
    assert [p.name for p in people] == ["Jan Linde"]
    assert unknown == ["XYZ"]


def test_initials_shared_by_two_people_resolve_to_no_one(register):
    Person.objects.create(name="Jonas Lind", initials="JL")
    assert resolve_line("JL") == ([], ["JL"])


def test_an_other_spelling_may_not_be_another_persons_name(register):
    from django.core.exceptions import ValidationError

    alias = PersonAlias(person=Person.objects.get(name="Jan Linde"), name="Erica Sjölin")
    with pytest.raises(ValidationError):
        alias.full_clean()


@pytest.mark.parametrize("term", ["Norlin", "Janne Nolin", "JN"])
def test_the_secretary_finds_a_person_in_the_admin_by_any_spelling_or_initials(
    client_for, secretary, register, term
):
    response = client_for(secretary).get(
        "/admin/autocomplete/",
        {"term": term, "app_label": "meetings", "model_name": "attendance", "field_name": "person"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Janne Nolin"]


def test_the_secretary_enters_the_adjusters_as_initials(secretary, register):
    meeting = Meeting.objects.create(title="Möte", date=D(2026, 2, 6), status="draft")
    request = RequestFactory().get("/")
    request.user = secretary
    model_admin = site._registry[Meeting]
    form_class = model_admin.get_form(request, meeting)
    data = {
        "kind": "steering",
        "title": "Möte",
        "date": "2026-02-06",
        "status": "draft",
        "approval_line": "JL, SZL, ES",
        "opened_version": meeting.version,
    }
    form = form_class(data, instance=meeting)
    assert form.is_valid(), form.errors
    assert [p.name for p in form.cleaned_data["adjusters"]] == [
        "Jan Linde",
        "Soraya Zarza Lundberg",
        "Erica Sjölin",
    ]
    form.save()
    assert set(meeting.adjusters.values_list("name", flat=True)) == {
        "Jan Linde",
        "Soraya Zarza Lundberg",
        "Erica Sjölin",
    }


def test_an_unknown_initial_in_the_approval_line_is_an_error_on_that_field(secretary, register):
    meeting = Meeting.objects.create(title="Möte", date=D(2026, 2, 6), status="draft")
    request = RequestFactory().get("/")
    request.user = secretary
    form_class = site._registry[Meeting].get_form(request, meeting)
    data = {"kind": "steering", "title": "Möte", "date": "2026-02-06", "status": "draft"}
    data["opened_version"] = meeting.version
    form = form_class({**data, "approval_line": "JL, QQ"}, instance=meeting)
    assert not form.is_valid()
    assert "QQ" in str(form.errors["approval_line"])


def test_check_names_lists_a_name_matching_no_one_with_a_suggestion(register):
    meeting = Meeting.objects.create(title="Möte", date=D(2026, 2, 6))
    AgendaItem.objects.create(
        meeting=meeting,
        heading="Runda",
        body="Janne Norlin och Malin Carlson berättade. Jan Lindh tackade. Justerat av: JL, QQ",
    )
    Attendance.objects.create(
        meeting=meeting,
        person=Person.objects.get(name="Erica Sjölin"),
        group="official",
        note="ersätter Sofia Emanuelson",
    )
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("check_names", stdout=out, stderr=io.StringIO())
    assert exit_info.value.code == 1
    lines = out.getvalue().splitlines()
    assert "möte 2026-02-06, Runda: Jan Lindh (menar du Jan Linde?)" in lines
    assert "möte 2026-02-06, Runda: QQ" in lines
    assert (
        "möte 2026-02-06, närvaro Erica Sjölin: Sofia Emanuelson (menar du Sofia Emanuelsson?)"
        in lines
    )
    # Other spellings and initials in the register are known: not listed.
    assert not any("Norlin" in line or "Carlson" in line or ": JL" in line for line in lines)


def test_check_names_passes_when_every_name_is_known(register):
    meeting = Meeting.objects.create(title="Möte", date=D(2026, 2, 6))
    AgendaItem.objects.create(
        meeting=meeting, heading="Runda", body="Anne-Marie Ekström berättade."
    )
    out = io.StringIO()
    call_command("check_names", stdout=out)
    assert "Alla namn finns i personregistret." in out.getvalue()
