"""remind_adjusters reminds exactly the adjusters who have not approved after N days."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from meetings.models import Meeting


def test_reminds_only_adjusters_who_have_not_approved_old_enough_minutes(
    sent_minutes, draft_minutes
):
    Meeting.objects.filter(pk=sent_minutes.pk).update(
        sent_for_approval_at=timezone.now() - datetime.timedelta(days=10)
    )
    jan = sent_minutes.adjusters.get(name="Jan Linde")
    sent_minutes.approvals.create(adjuster=jan, fingerprint="f" * 64, approved_at=timezone.now())
    call_command("remind_adjusters", "--days", "7")
    assert [m.to for m in mail.outbox] == [["soraya@example.se"]]
    assert "väntar på din justering" in mail.outbox[0].subject
    assert f"/moten/{sent_minutes.pk}/justera/" in mail.outbox[0].body


def test_no_reminder_before_n_days(sent_minutes):
    Meeting.objects.filter(pk=sent_minutes.pk).update(
        sent_for_approval_at=timezone.now() - datetime.timedelta(days=3)
    )
    call_command("remind_adjusters", "--days", "7")
    assert mail.outbox == []


def test_voided_approval_counts_as_not_approved(sent_minutes):
    Meeting.objects.filter(pk=sent_minutes.pk).update(
        sent_for_approval_at=timezone.now() - datetime.timedelta(days=10)
    )
    jan = sent_minutes.adjusters.get(name="Jan Linde")
    sent_minutes.approvals.create(
        adjuster=jan, fingerprint="f" * 64, approved_at=timezone.now(), voided_at=timezone.now()
    )
    call_command("remind_adjusters", "--days", "7")
    assert sorted(m.to[0] for m in mail.outbox) == ["jan@example.se", "soraya@example.se"]
