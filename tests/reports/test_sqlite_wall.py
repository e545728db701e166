"""The quick-start database (SQLite, `make run`) holds the published report's wall too."""

from tests.sqlite_shell import run_on_sqlite

SCRIPT = """
from django.core.management import call_command
from django.db import DatabaseError, transaction

call_command("migrate", verbosity=0)
from reports.models import AnnualReport, ArchivedReport, ReportSection

report = AnnualReport.objects.create(year=2019, title="Årsrapport 2019")
ReportSection.objects.create(report=report, order=1, heading="Organisation", body="Text.")
AnnualReport.objects.filter(pk=report.pk).update(status="published")
archive = ArchivedReport.objects.create(report=report, pdf=b"%PDF", sha256="a" * 64)
doors = {
    "title": lambda: AnnualReport.objects.filter(pk=report.pk).update(title="Ny"),
    "draft and title": lambda: AnnualReport.objects.filter(pk=report.pk).update(
        status="draft", title="Ny"
    ),
    "section body": lambda: ReportSection.objects.filter(report=report).update(body="Smyg"),
    "new section": lambda: ReportSection.objects.bulk_create(
        [ReportSection(report=report, order=2, heading="Smyg")]
    ),
    "section delete": lambda: ReportSection.objects.filter(report=report).delete(),
    "archive rewrite": lambda: ArchivedReport._base_manager.filter(pk=archive.pk).update(
        sha256="b" * 64
    ),
}
for name, door in doors.items():
    try:
        with transaction.atomic():
            door()
    except DatabaseError as error:
        print("refused", name, error)
    else:
        print("PASSED", name)
AnnualReport.objects.filter(pk=report.pk).update(status="draft")
ReportSection.objects.filter(report=report).update(body="Rättad.")
print("corrected", ReportSection.objects.get(report=report).body)
"""


def test_on_sqlite_a_published_report_and_its_archive_refuse_every_side_door(tmp_path):
    lines = run_on_sqlite(tmp_path, SCRIPT)
    assert [line for line in lines if not line.startswith("refused ")] == ["corrected Rättad."]
    assert len(lines) == 7
    assert all("frozen" in line or "append-only" in line for line in lines[:-1])
