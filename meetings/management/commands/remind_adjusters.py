"""Remind adjusters who have not approved minutes sent more than N days ago (run from cron)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from meetings import emails
from meetings.models import Meeting
from meetings.models.meeting import Status


class Command(BaseCommand):
    help = (
        "Påminn justerare som inte har justerat protokoll som skickades för mer än N dagar sedan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="Antal dagar (standard 7).")

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        meetings = (
            Meeting.objects.filter(status=Status.SENT, sent_for_approval_at__lte=cutoff)
            .prefetch_related("adjusters__user", "approvals")
            .order_by("date")
        )
        sent = 0
        for meeting in meetings:
            approved = {a.adjuster_id for a in meeting.approvals.all() if a.voided_at is None}
            for person in meeting.adjusters.all():
                if person.pk not in approved:
                    sent += emails.reminder(meeting, person)
        self.stdout.write(f"{sent} påminnelser skickade.")
