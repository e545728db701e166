"""Remind owners of action items a week before the due date and once overdue (daily, cron)."""

from django.core.management.base import BaseCommand

from meetings.notices import remind_action_items


class Command(BaseCommand):
    help = (
        "Påminn de ansvariga för öppna uppdrag en vecka före slutdatum och när uppdraget är "
        "försenat; samma påminnelse skickas aldrig två gånger."
    )

    def handle(self, *args, **options):
        sent = remind_action_items()
        self.stdout.write(f"{sent} påminnelser om uppdrag skickade.")
