"""python manage.py render_meeting_pack 2026-02-12 -o motespaket.pdf [--kind steering]"""

from pathlib import Path

from django.core.management.base import BaseCommand

from reports.management.commands._by_date import add_meeting_arguments, meeting_from
from reports.meeting_pack import meeting_pack_pdf


class Command(BaseCommand):
    help = "Skriv ut mötespaketet (dagordning, förra mötets protokoll, öppna uppdrag) som PDF."

    def add_arguments(self, parser):
        add_meeting_arguments(parser)

    def handle(self, *args, **options):
        filename, _content_type, data = meeting_pack_pdf(meeting_from(options))
        output = Path(options["output"] or filename)
        output.write_bytes(data)
        if options["verbosity"]:
            self.stdout.write(f"Skrev {output} ({len(data) // 1024} kB).")
