from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.annual import annual_report_pdf
from reports.models import AnnualReport


class Command(BaseCommand):
    help = "Render a year's annual report as PDF: render_annual_report 2025 -o arsrapport.pdf"

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument(
            "-o", "--output", help="PDF file to write (default: arsrapport-YEAR.pdf)"
        )
        parser.add_argument("--lang", default="sv")

    def handle(self, *args, year, output=None, lang="sv", **options):
        report = AnnualReport.objects.filter(year=year).first()
        if report is None:
            raise CommandError(f"No annual report for {year}.")
        filename, _content_type, data = annual_report_pdf(report, lang=lang)
        path = Path(output or filename)
        path.write_bytes(data)
        if options["verbosity"]:
            self.stdout.write(f"Wrote {path} ({len(data)} bytes).")
