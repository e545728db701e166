"""Decisions are numbered § N per year, automatically, and the number never changes."""

import datetime

from django.urls import reverse

from meetings.models import AgendaItem, Decision, Meeting
from tests.meetings.helpers import form_data


def meeting_on(day, title="Möte"):
    return Meeting.objects.create(kind="steering", title=title, date=day, status="draft")


def decide(meeting, text, item=None):
    return Decision.objects.create(meeting=meeting, agenda_item=item, text=text)


def test_decisions_are_numbered_in_order_through_the_year(db):
    spring = meeting_on(datetime.date(2024, 3, 1))
    autumn = meeting_on(datetime.date(2024, 9, 1))
    numbers = [
        decide(spring, "Ett").number,
        decide(spring, "Två").number,
        decide(autumn, "Tre").number,
    ]
    assert numbers == [1, 2, 3]
    assert str(Decision.objects.get(text="Tre")) == "§ 3/2024"


def test_a_new_year_starts_at_paragraph_one(db):
    decide(meeting_on(datetime.date(2024, 12, 13)), "Sista för året")
    first = decide(meeting_on(datetime.date(2025, 2, 7)), "Första för året")
    assert (first.year, first.number) == (2025, 1)


def test_numbers_are_unique_per_year(db):
    meeting = meeting_on(datetime.date(2024, 5, 5))
    for n in range(5):
        decide(meeting, f"Beslut {n}")
    decide(meeting_on(datetime.date(2023, 5, 5)), "Förra året")
    pairs = list(Decision.objects.values_list("year", "number"))
    assert len(pairs) == len(set(pairs))


def test_editing_a_decision_keeps_its_number(db):
    meeting = meeting_on(datetime.date(2024, 5, 5))
    decide(meeting, "Först")
    decision = decide(meeting, "Sedan")
    decision.text = "Sedan, omformulerat"
    decision.save()
    decision.refresh_from_db()
    assert decision.number == 2


def test_numbers_stay_when_the_secretary_reorders_items_and_edits_decisions(
    client_for, secretary, august_meeting
):
    first = AgendaItem.objects.create(meeting=august_meeting, order=3, heading="Punkt A")
    second = AgendaItem.objects.create(meeting=august_meeting, order=4, heading="Punkt B")
    a = decide(august_meeting, "Beslut A", first)
    b = decide(august_meeting, "Beslut B", second)
    before = dict(Decision.objects.values_list("pk", "number"))
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    data = form_data(client.get(url))
    for key, value in list(data.items()):
        # Reverse the agenda: the last item first.
        if key.startswith("agenda_items-") and key.endswith("-order"):
            data[key] = str(100 - int(value))
        if key.startswith("decisions-") and key.endswith("-text") and value == "Beslut A":
            data[key] = "Beslut A, omformulerat"
        # The number is not a form field at all: a posted one is ignored.
        if key.startswith("decisions-") and key.endswith("-id"):
            data[key.replace("-id", "-number")] = "99"
    response = client.post(url, data)
    assert response.status_code == 302
    assert dict(Decision.objects.values_list("pk", "number")) == before
    a.refresh_from_db()
    assert a.text == "Beslut A, omformulerat"
    orders = list(august_meeting.agenda_items.order_by("order").values_list("heading", flat=True))
    assert orders[0] == "Punkt B"
    assert b.number == before[b.pk]


def test_a_decision_added_in_the_admin_gets_the_next_number(client_for, secretary, august_meeting):
    existing = Decision.objects.get(meeting=august_meeting).number
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    data = form_data(client.get(url))
    total = int(data["decisions-TOTAL_FORMS"])
    data["decisions-TOTAL_FORMS"] = str(total + 1)
    data[f"decisions-{total}-text"] = "RÖS-gruppen beslutade att anta verksamhetsplanen."
    assert client.post(url, data).status_code == 302
    added = Decision.objects.get(text__startswith="RÖS-gruppen beslutade att anta")
    assert (added.year, added.number) == (2024, existing + 1)


def test_a_meeting_moved_to_another_year_numbers_its_decisions_in_that_year(
    client_for, secretary, august_meeting
):
    decide(meeting_on(datetime.date(2025, 2, 7)), "RÖS-gruppen beslutade att bjuda in SER.")
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    data = form_data(client.get(url))
    data["date"] = "2025-08-19"  # the year was mistyped as 2024
    data["action_items-0-due_date"] = "2025-09-18"
    response = client.post(url, data, follow=True)
    decision = Decision.objects.get(meeting=august_meeting)
    assert (decision.year, decision.number) == (2025, 2)
    assert "Besluten har fått nya nummer för 2025: § 2/2025." in response.content.decode()
