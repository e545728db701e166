"""Approved minutes are frozen: the portal, an admin-style model save, bulk updates and the
services all refuse to change them; follow-up of action items and reopening still work."""

import pytest
from django.urls import reverse

from meetings import approval, corrections
from meetings.models import ActionItem, AgendaItem, Attendance, Decision, Meeting, MinutesFrozen
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus


def test_portal_refuses_to_edit_approved_minutes(client_for, secretary, approved_minutes):
    item = approved_minutes.agenda_items.get()
    response = client_for(secretary).post(
        reverse("meetings:edit_item", args=["punkt", item.pk]),
        {"heading": "X", "body": "Y", "version": 1},
    )
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.heading == "Verksamhetsplan och budget"


def test_correction_service_refuses_approved_minutes(secretary, approved_minutes):
    with pytest.raises(MinutesFrozen):
        corrections.save_correction(
            approved_minutes.decisions.get(), secretary, 1, {"text": "Nej."}
        )


@pytest.mark.parametrize(
    "change",
    [
        lambda m: setattr(m, "title", "Ny rubrik") or m.save(),
        lambda m: m.delete(),
        lambda m: Meeting.objects.filter(pk=m.pk).update(place="Borås"),
        lambda m: m.adjusters.clear(),
        lambda m: AgendaItem.objects.create(meeting=m, heading="Smygpunkt"),
        lambda m: setattr(a := m.agenda_items.get(), "body", "Ändrad") or a.save(),
        lambda m: m.agenda_items.get().delete(),
        lambda m: AgendaItem.objects.filter(meeting=m).update(body="Massändrad"),
        lambda m: setattr(d := m.decisions.get(), "text", "Ändrat") or d.save(),
        lambda m: Decision.objects.create(meeting=m, text="Nytt beslut i efterhand"),
        lambda m: Decision.objects.filter(meeting=m).delete(),
        lambda m: setattr(a := m.action_items.get(), "text", "Ändrat") or a.save(),
        lambda m: m.action_items.get().owners.clear(),
        lambda m: m.agenda_items.get().presenters.add(m.adjusters.first()),
        lambda m: setattr(a := m.attendances.get(), "role", "chair") or a.save(),
        lambda m: Attendance.objects.filter(meeting=m).delete(),
        lambda m: setattr(f := m.attachments.get(), "title", "Annan") or f.save(),
        lambda m: approval.void_approvals(m, None),
    ],
    ids=[
        "meeting title", "meeting delete", "meeting bulk update", "adjusters", "new agenda item",
        "agenda item text", "agenda item delete", "agenda bulk update", "decision text", "new decision",
        "decision bulk delete", "action text", "action owners", "presenters", "attendance role",
        "attendance bulk delete", "attachment title", "void approvals",
    ],
)  # fmt: skip
def test_every_path_refuses_to_change_approved_minutes(approved_minutes, change):
    with pytest.raises(MinutesFrozen):
        change(approved_minutes)


def test_admin_style_save_of_unchanged_approved_minutes_is_harmless(approved_minutes):
    approved_minutes.save()
    approved_minutes.agenda_items.get().save()


def test_action_item_can_be_marked_done_after_approval(client_for, member, approved_minutes):
    action = approved_minutes.action_items.get()
    response = client_for(member).post(
        reverse("meetings:close_action", args=[action.pk]),
        {"status": "done", "done_note": "Klart i oktober."},
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.done_note) == (ActionStatus.DONE, "Klart i oktober.")
    assert action.history.first().history_user == member
    ActionItem.objects.filter(pk=action.pk).update(
        status=ActionStatus.OPEN
    )  # follow-up in bulk too


def test_reopening_sets_draft_and_then_edits_are_allowed(secretary, approved_minutes):
    from meetings.services import reopen

    reopen(approved_minutes, secretary, "Fel datum i punkt 1.")
    approved_minutes.refresh_from_db()
    assert approved_minutes.status == Status.DRAFT
    decision = approved_minutes.decisions.get()
    corrections.save_correction(
        decision, secretary, decision.version, {"text": "Rättat efter återöppning."}
    )
    decision.refresh_from_db()
    assert decision.text == "Rättat efter återöppning."


def test_services_refuse_frozen_minutes(secretary, adjuster, approved_minutes):
    import datetime

    from meetings.services import copy_attendance_from_previous
    from tests.portal.conftest import make_minutes

    make_minutes(
        "draft", datetime.date(2025, 6, 1), adjusters=[], secretary=secretary, owner=adjuster
    )
    with pytest.raises(MinutesFrozen):
        copy_attendance_from_previous(approved_minutes, secretary)
