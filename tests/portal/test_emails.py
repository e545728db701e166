"""Every mail of the workflow: "20 november 2025" dates and a link to where the reader acts."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from meetings import approval, emails, services
from meetings.models import Meeting


def test_the_request_to_approve_links_the_adjuster_to_the_approval_page(secretary, sent_minutes):
    emails.send_approval_requests(sent_minutes, sent_minutes.adjusters.all(), sender=secretary)
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert message.subject == "Minnesanteckningar 20 november 2025 att justera"
        assert f"/moten/{sent_minutes.pk}/justera/" in message.body


def test_a_reminder_has_the_date_written_out(sent_minutes):
    Meeting.objects.filter(pk=sent_minutes.pk).update(
        sent_for_approval_at=timezone.now() - datetime.timedelta(days=10)
    )
    call_command("remind_adjusters", "--days", "7")
    assert all("20 november 2025" in m.subject for m in mail.outbox)
    assert all("2025-11-20" not in m.subject for m in mail.outbox)


def test_voided_approvals_mail_names_the_date_and_links_to_the_approval_page(
    adjuster, sent_minutes, django_capture_on_commit_callbacks
):
    soraya = sent_minutes.adjusters.get(name="Soraya Zarza Lundberg")
    sent_minutes.approvals.create(adjuster=soraya, fingerprint="x" * 64, approved_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        voided = approval.void_approvals(sent_minutes, adjuster)
    assert services.approval_names(voided) == "Soraya Zarza Lundberg"
    assert [m.to[0] for m in mail.outbox] == ["soraya@example.se"]
    assert mail.outbox[0].subject == (
        "Justeringen upphävd: protokollet från 20 november 2025 har ändrats"
    )
    assert f"/moten/{sent_minutes.pk}/justera/" in mail.outbox[0].body


def test_the_published_mail_links_to_the_public_minutes(approved_minutes):
    emails.approved_and_published(approved_minutes)
    assert mail.outbox
    for message in mail.outbox:
        assert "5 september 2025" in message.subject
        assert f"/protokoll/{approved_minutes.pk}/" in message.body


def test_mails_write_the_date_once_beside_a_title_that_ends_with_it(
    secretary, adjuster, sent_minutes
):
    Meeting.objects.filter(pk=sent_minutes.pk).update(
        title="Sammanträde med RÖS-gruppen 20 november 2025, 09.30-15.30"
    )
    sent_minutes.refresh_from_db()
    soraya = sent_minutes.adjusters.get(name="Soraya Zarza Lundberg")
    approvals = [
        sent_minutes.approvals.create(adjuster=soraya, fingerprint="x", approved_at=timezone.now())
    ]
    emails.send_approval_requests(sent_minutes, [soraya], sender=secretary)
    emails.approvals_voided(sent_minutes, adjuster, approvals)
    emails.reminder(sent_minutes, soraya)
    emails.approved_and_published(sent_minutes)
    emails.send_invitations(
        sent_minutes,
        ["kerstin@example.se"],
        sequence=0,
        updated=False,
        pack=("p.pdf", "application/pdf", b"%PDF"),
    )
    assert len(mail.outbox) >= 5
    for message in mail.outbox:
        text = message.subject + "\n" + message.body
        assert "Sammanträde med RÖS-gruppen" in text
        assert "RÖS-gruppen 20 november 2025, 09.30-15.30" not in text, text
        assert message.subject.count("20 november 2025") == 1
