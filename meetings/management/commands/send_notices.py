"""Daily notices (cron): drafts open for comments, and the secretary's digest of new comments."""

from django.core.management.base import BaseCommand

from meetings.notices import announce_open_drafts, send_comment_digests


class Command(BaseCommand):
    help = (
        "Meddela ledamöterna om utkast som är öppna för kommentarer och skicka sekreteraren "
        "dagens sammanfattning av nya kommentarer."
    )

    def handle(self, *args, **options):
        drafts = announce_open_drafts()
        digests = send_comment_digests()
        self.stdout.write(f"{drafts} meddelanden om utkast, {digests} sammanfattningar skickade.")
