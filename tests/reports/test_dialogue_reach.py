"""Dialogue meetings tied to the register: counts from the organisations present, and reach."""

import datetime

import pytest
from django.utils.html import strip_tags

from meetings.models import DialogueOrganisation, Meeting
from reports.facts import facts_for
from signatories.models import Signatory

D = datetime.date


@pytest.fixture
def recorded(report):
    """At the 2019 dialogue: two signatories (three people) and one organisation outside."""
    dialogue = Meeting.objects.get(kind="dialogue", date=D(2019, 9, 1))
    DialogueOrganisation.objects.create(
        meeting=dialogue, signatory=Signatory.objects.get(name="Gamla föreningen"), people=2
    )
    DialogueOrganisation.objects.create(
        meeting=dialogue, signatory=Signatory.objects.get(name="Nya föreningen")
    )
    DialogueOrganisation.objects.create(meeting=dialogue, name="Grannföreningen")
    return dialogue


def test_organisations_all_in_the_register_are_called_signatories(
    client_for, process_leader, recorded
):
    DialogueOrganisation.objects.filter(name="Grannföreningen").delete()
    html = client_for(process_leader).get("/rapporter/2019/").content.decode()
    text = " ".join(strip_tags(html).split())
    assert "deltog 3 personer från 2 olika underskrivande organisationer." in text


def test_the_counts_are_computed_from_the_organisations_recorded(recorded):
    (dialogue,) = facts_for(2019, today=D(2020, 1, 1)).dialogues
    assert (dialogue.participant_count, dialogue.organisation_count) == (4, 3)


def test_without_records_the_typed_counts_stand(report):
    facts = facts_for(2019, today=D(2020, 1, 1))
    (dialogue,) = facts.dialogues
    assert (dialogue.participant_count, dialogue.organisation_count) == (30, 20)
    assert facts.dialogue_reach is None


def test_the_share_of_signatories_reached_and_the_spread_over_subregions(recorded):
    reach = facts_for(2019, today=D(2020, 1, 1)).dialogue_reach
    assert (reach.reached, reach.total, reach.percent) == (2, 3, 67)
    assert reach.spread == [("Fyrbodal", 1), ("Sjuhärad", 1)]


def test_the_report_shows_the_reach_of_the_dialogue_meetings(client_for, process_leader, recorded):
    html = client_for(process_leader).get("/rapporter/2019/").content.decode()
    text = " ".join(strip_tags(html).split())
    # Grannföreningen is not a signatory: the three are organisations, two of them signatories.
    assert "deltog 4 personer från 3 olika organisationer." in text
    assert "underskrivande organisationer" not in text
    assert "Dialogmötena nådde 2 av 3 underskrivare (67 procent)." in text
    assert "Underskrivare vid årets dialogmöten per delregion" in text
