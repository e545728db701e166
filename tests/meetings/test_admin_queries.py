"""The meeting change page does not grow its SQL queries with the rows of the minutes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import services
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from tests.meetings.helpers import approve, attend, person


def test_the_change_page_takes_as_many_queries_with_more_rows(
    client_for, secretary, member, june_meeting, august_meeting
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for n in range(4):
        item = AgendaItem.objects.create(meeting=august_meeting, order=10 + n, heading=f"P {n}")
        Decision.objects.create(meeting=august_meeting, agenda_item=item, text=f"Beslut {n}")
        action = ActionItem.objects.create(meeting=august_meeting, agenda_item=item, text=f"U {n}")
        action.owners.add(member.person)
        attend(august_meeting, person(f"Person {n}"), "civil_society", order=20 + n)
        earlier = ActionItem.objects.create(meeting=june_meeting, text=f"Tidigare {n}")
        earlier.owners.add(member.person)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    queries = [q["sql"] for q in after.captured_queries]
    assert len(after) == len(before), "\n".join(queries)


def test_the_read_only_page_of_approved_minutes_does_not_grow_either(
    client_for, secretary, member, adjuster, august_meeting
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    approve(august_meeting, adjuster.person)
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    services.reopen(august_meeting, secretary, "Fler punkter")  # the only way to thaw them
    for n in range(4):
        item = AgendaItem.objects.create(meeting=august_meeting, order=10 + n, heading=f"P {n}")
        Decision.objects.create(meeting=august_meeting, agenda_item=item, text=f"Beslut {n}")
        action = ActionItem.objects.create(meeting=august_meeting, agenda_item=item, text=f"U {n}")
        action.owners.add(member.person)
        attend(august_meeting, person(f"Person {n}"), "civil_society", order=20 + n)
    Meeting.objects.filter(pk=august_meeting.pk).update(status="approved")
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert 'name="_save"' not in response.content.decode()
    assert len(after) == len(before), "\n".join(q["sql"] for q in after.captured_queries)
