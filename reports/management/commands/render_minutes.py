"""python manage.py render_minutes 2024-08-19 -o minnesanteckningar.pdf [--kind steering]"""

from pathlib import Path

from django.core.management.base import BaseCommand

from reports.management.commands._by_date import add_meeting_arguments, meeting_from
from reports.minutes import minutes_pdf


class Command(BaseCommand):
    help = "Skriv ut minnesanteckningarna från ett möte som PDF."

    def add_arguments(self, parser):
        add_meeting_arguments(parser)

    def handle(self, *args, **options):
        filename, _content_type, data = minutes_pdf(meeting_from(options))
        output = Path(options["output"] or filename)
        output.write_bytes(data)
        if options["verbosity"]:
            self.stdout.write(f"Skrev {output} ({len(data) // 1024} kB).")
