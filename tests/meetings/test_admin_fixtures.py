"""Meetings for the secretary's tests: the August 2024 meeting, the one before it, terms of office.

Shared by the admin, workflow, numbering and PDF tests (this module holds no tests itself).
"""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from meetings.models import (
    ActionItem,
    AgendaItem,
    Approval,
    Attendance,
    Decision,
    Meeting,
    Person,
    Term,
)

D = datetime.date


def person(name, **extra):
    return Person.objects.get_or_create(name=name, defaults=extra)[0]


def attend(meeting, who, group, role="member", presence="present", note="", order=0):
    return Attendance.objects.create(
        meeting=meeting,
        person=who,
        group=group,
        role=role,
        presence=presence,
        note=note,
        order=order,
    )


def approve(meeting, *adjusters, when=None):
    """Record approvals and mark the minutes approved (what the portal does)."""
    when = when or timezone.make_aware(datetime.datetime(2024, 8, 21, 11, 0))
    for who in adjusters:
        Approval.objects.create(
            meeting=meeting, adjuster=who, fingerprint="x" * 64, approved_at=when
        )
    Meeting.objects.filter(pk=meeting.pk).update(status="approved", approved_at=when)
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def terms(secretary, process_leader, adjuster, second_adjuster, member):
    """Terms of office in August 2024, plus one that has ended (Stefan Lindborg)."""
    stefan = person("Stefan Lindborg")
    rows = [
        (second_adjuster.person, "elected", "chair", D(2023, 1, 1), None),
        (adjuster.person, "civil_society", "vice_chair", D(2023, 1, 1), None),
        (member.person, "civil_society", "member", D(2023, 1, 1), None),
        (process_leader.person, "official", "process_leader", D(2024, 4, 1), None),
        (secretary.person, "official", "secretary", D(2024, 1, 1), None),
        (stefan, "elected", "member", D(2023, 1, 1), D(2024, 5, 1)),
    ]
    for who, group, role, start, end in rows:
        Term.objects.create(person=who, group=group, role=role, start=start, end=end)
    return rows


@pytest.fixture
def june_meeting(secretary, adjuster, second_adjuster, member):
    """The meeting before August: three members, a guest, and an open action item."""
    june = Meeting.objects.create(
        kind="steering",
        title="Sammanträde i juni",
        date=D(2024, 6, 10),
        status="draft",
        secretary=secretary.person,
    )
    attend(june, second_adjuster.person, "elected", "chair", order=1)
    attend(june, adjuster.person, "civil_society", "vice_chair", order=2)
    attend(june, member.person, "civil_society", order=3)
    attend(june, person("Gästa Föreläsare"), "official", "guest", "guest", order=4)
    action = ActionItem.objects.create(
        meeting=june, text="Utreda intresset för en nationell konferens", due_date=D(2024, 8, 1)
    )
    action.owners.add(member.person)
    return june


@pytest.fixture
def august_meeting(secretary, adjuster, second_adjuster, member, process_leader):
    """19 August 2024, 09.30–15.30: attendance, agenda, a decision, an action item, upcoming."""
    meeting = Meeting.objects.create(
        kind="steering",
        title="Sammanträde med den regionala överenskommelsegruppen",
        date=D(2024, 8, 19),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 30),
        place="Regionens hus, Göteborg",
        status="draft",
        secretary=secretary.person,
        minutes_signed_on=D(2024, 8, 21),
    )
    meeting.adjusters.set([adjuster.person, second_adjuster.person])
    attend(meeting, second_adjuster.person, "elected", "chair", order=1)
    attend(meeting, person("Eva-Karin Torhem Arnell"), "elected", order=2)
    attend(meeting, adjuster.person, "civil_society", "vice_chair", order=3)
    attend(meeting, member.person, "civil_society", order=4)
    attend(meeting, process_leader.person, "official", "process_leader", order=5)
    attend(meeting, secretary.person, "official", "secretary", order=6)
    attend(meeting, person("Anne Svensson"), "official", "guest", "guest", "Regionutvecklare (KUN)")
    budget = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        heading="Verksamhetsplan och budget 2024",
        body="- Utfall tom juli **491 000 kr**\n- Budget 1,4 mkr",
    )
    AgendaItem.objects.create(
        meeting=meeting,
        order=2,
        heading="Diskussionspunkter",
        body="Överenskommelsen 10 år firas den 5 december.",
    )
    Decision.objects.create(
        meeting=meeting,
        agenda_item=budget,
        text="RÖS-gruppen beslutade att bevilja 25 000 kr per delregion.",
        amount=Decimal("100000.00"),
    )
    action = ActionItem.objects.create(
        meeting=meeting,
        agenda_item=budget,
        text="Processledarna återkommer med förslag på upplägg.",
        due_date=D(2024, 9, 18),
    )
    action.owners.add(process_leader.person)
    upcoming = Meeting.objects.create(
        kind="dialogue",
        title="Dialogmöte med underskrivare",
        date=D(2024, 9, 18),
        place="Ullevi restaurang och konferens",
    )
    meeting.upcoming.add(upcoming)
    return meeting


def form_data(response):
    """The change form's current values, as the browser would post them back."""
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        else:
            data[name] = value
    for formset in response.context["inline_admin_formsets"]:
        fs = formset.formset
        management = fs.management_form
        for name in management.fields:
            data[f"{fs.prefix}-{name}"] = management[name].value()
        for form in fs.forms:
            for name in form.fields:
                value = form[name].value()
                if value is None or value is False:
                    continue
                key = form.add_prefix(name)
                data[key] = [str(v) for v in value] if isinstance(value, list | tuple) else value
    return data
