"""Helpers for the secretary's tests: people, attendance, approvals and the admin's form data.

The meetings themselves (the August 2024 meeting, the one before it, terms of office) are
fixtures in tests/conftest.py."""

import datetime

from django.utils import timezone

from meetings.models import (
    Approval,
    Attendance,
    Meeting,
    Person,
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
