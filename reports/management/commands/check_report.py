from django.core.management.base import BaseCommand, CommandError

from reports.checks import check_report
from reports.models import AnnualReport


class Command(BaseCommand):
    help = (
        "Check a year's annual report: years and figures in the narrative that contradict the "
        "data. Prints each with its section and what the data gives; exits 1 when any."
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)

    def handle(self, *args, year, **options):
        report = AnnualReport.objects.select_related("action_plan").filter(year=year).first()
        if report is None:
            raise CommandError(f"Ingen årsrapport för {year}.")
        findings = check_report(report)
        for finding in findings:
            self.stdout.write(str(finding))
        if findings:
            self.stderr.write(f"{len(findings)} uppgifter i texten stämmer inte med data.")
            raise SystemExit(1)
        self.stdout.write(f"Årsrapport {year}: texten stämmer med data.")
