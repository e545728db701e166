"""The meeting a PDF command names by its date (and kind, when several met that day)."""

import datetime

from django.core.management.base import CommandError

from meetings.models import Meeting
from meetings.models.meeting import Kind


def add_meeting_arguments(parser):
    parser.add_argument("date", help="Mötets datum, ÅÅÅÅ-MM-DD.")
    parser.add_argument("-o", "--output", help="PDF-filen att skriva (standard: filnamnet).")
    parser.add_argument(
        "--kind", choices=Kind.values, help="Mötestyp, om flera möten hölls samma dag."
    )


def meeting_from(options):
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
    return found[0]
