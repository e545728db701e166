"""python manage.py render_minutes 2024-08-19 -o minnesanteckningar.pdf [--kind steering]"""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from meetings.models import Meeting
from meetings.models.meeting import Kind
from reports.minutes import minutes_pdf


class Command(BaseCommand):
    help = "Skriv ut minnesanteckningarna från ett möte som PDF."

    def add_arguments(self, parser):
        parser.add_argument("date", help="Mötets datum, ÅÅÅÅ-MM-DD.")
        parser.add_argument("-o", "--output", help="PDF-filen att skriva (standard: filnamnet).")
        parser.add_argument(
            "--kind", choices=Kind.values, help="Mötestyp, om flera möten hölls samma dag."
        )

    def handle(self, *args, **options):
        try:
            day = datetime.date.fromisoformat(options["date"])
        except ValueError as error:
            raise CommandError(f"Ogiltigt datum: {options['date']} (skriv ÅÅÅÅ-MM-DD).") from error
        meetings = Meeting.objects.filter(date=day)
        if options["kind"]:
            meetings = meetings.filter(kind=options["kind"])
        found = list(meetings[:10])
        if not found:
            raise CommandError(f"Inget möte den {day:%Y-%m-%d}.")
        if len(found) > 1:
            kinds = ", ".join(m.kind for m in found)
            raise CommandError(f"Flera möten den {day:%Y-%m-%d} ({kinds}): välj ett med --kind.")
        filename, _content_type, data = minutes_pdf(found[0])
        output = Path(options["output"] or filename)
        output.write_bytes(data)
        if options["verbosity"]:
            self.stdout.write(f"Skrev {output} ({len(data) // 1024} kB).")
