"""The meeting pack of the demo's planned meeting (5 February 2026): cover, agenda, the previous
approved minutes and the open action items, from the page, the command and the one renderer."""

import datetime
import subprocess

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils.formats import date_format

from meetings.models import ActionItem, Meeting
from meetings.models.meeting import Status
from reports.meeting_pack import meeting_pack_pdf, previous_approved
from tests.reports.test_minutes_pdf import assert_contains


def pdf_text(data):
    """The text in the order it was written (table cells whole, not interleaved by layout)."""
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True
    )
    return result.stdout.decode()


@pytest.fixture(scope="module")
def demo_pack(django_db_setup, django_db_blocker):
    """The pack's text and what it should hold (demo data loaded and rolled back once)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0, without_pdfs=True)
        planned = Meeting.objects.get(date="2026-02-05", kind="steering")
        previous = previous_approved(planned)
        open_action = (
            ActionItem.objects.filter(status="open", meeting__date__lt=planned.date)
            .filter(meeting__status=Status.APPROVED)
            .exclude(due_date=None)
            .prefetch_related("owners")
            .first()
        )
        expected = {
            "status": planned.status,
            "headings": list(planned.agenda_items.values_list("heading", flat=True)),
            "previous_headings": list(previous.agenda_items.values_list("heading", flat=True)),
            "previous_date": previous.date,
            "action": open_action.text,
            "owner": open_action.owners.first().name,
            "due": date_format(open_action.due_date, "j F Y"),
        }
        filename, content_type, data = meeting_pack_pdf(planned)
        transaction.set_rollback(True)
    return filename, content_type, pdf_text(data), expected


def test_the_demo_has_a_planned_meeting_with_an_agenda(demo_pack):
    _filename, _type, _text, expected = demo_pack
    assert expected["status"] == Status.PLANNED
    assert "Verksamhetsplan och budget 2026" in expected["headings"]


def test_the_pack_has_a_cover_with_date_time_and_place(demo_pack):
    filename, content_type, text, _expected = demo_pack
    assert filename == "motespaket-2026-02-05.pdf"
    assert content_type == "application/pdf"
    assert_contains(text, "Mötespaket", "5 februari 2026", "kl. 09.30–12.00", "Regionens hus")


def test_the_pack_holds_the_agenda_of_the_planned_meeting(demo_pack):
    _filename, _type, text, expected = demo_pack
    assert_contains(text, "Dagordning", *expected["headings"])


def test_the_pack_holds_the_previous_approved_minutes(demo_pack):
    _filename, _type, text, expected = demo_pack
    day = f"{expected['previous_date'].day} "
    assert_contains(text, "Protokollet från förra mötet", "Justerat av", day)
    assert_contains(text, *expected["previous_headings"])


def test_the_pack_holds_the_open_action_items_with_owners_and_due_dates(demo_pack):
    _filename, _type, text, expected = demo_pack
    assert_contains(text, "Öppna uppdrag", expected["action"], expected["owner"], expected["due"])


def test_a_member_gets_the_pack_and_an_outsider_404(client_for, member, outsider, planned):
    response = client_for(member).get(reverse("meetings:meeting_pack", args=[planned.pk]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    response = client_for(outsider).get(reverse("meetings:meeting_pack", args=[planned.pk]))
    assert response.status_code == 404


def test_the_pack_without_earlier_minutes_says_so(planned):
    text = pdf_text(meeting_pack_pdf(planned)[2])
    assert_contains(text, "Det finns inget justerat protokoll från ett tidigare möte.")


def test_the_pack_mailed_to_guests_holds_no_action_item_of_minutes_not_yet_approved(
    planned, approved_minutes, sent_minutes
):
    """The invitation mails the pack to invited guests too, who are not members: an action
    item given in minutes still with the adjusters is not public yet and stays out."""
    ActionItem.objects.filter(meeting=sent_minutes).update(text="Hemligt uppdrag ur ett utkast.")
    approved_action = approved_minutes.action_items.get()
    text = pdf_text(meeting_pack_pdf(planned)[2])
    assert_contains(text, "Öppna uppdrag", approved_action.text)
    assert "Hemligt uppdrag" not in text


def test_render_meeting_pack_writes_the_pdf_of_that_day(planned, tmp_path):
    target = tmp_path / "paket.pdf"
    call_command("render_meeting_pack", "2026-02-05", "-o", str(target), verbosity=0)
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Verksamhetsplan" in text


@pytest.fixture
def planned(db):
    meeting = Meeting.objects.create(
        kind="steering",
        title="Sammanträde med RÖS-gruppen",
        date=datetime.date(2026, 2, 5),
        status=Status.PLANNED,
    )
    meeting.agenda_items.create(order=1, heading="Verksamhetsplan 2026", body="**Förslag**")
    return meeting
