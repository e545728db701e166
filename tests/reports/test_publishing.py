"""Publishing freezes a report like approved minutes: an archived PDF with its SHA-256."""

import hashlib

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone

from reports.models import (
    AnnualReport,
    ArchivedReport,
    ArchiveImmutable,
    ReportFrozen,
    ReportSection,
)
from reports.services import publish_report
from tests.reports.test_editing import form_data

EDIT = "/rapporter/2019/redigera/"


def test_the_process_leader_publishes_and_the_pdf_is_archived_with_its_sha256(
    client_for, process_leader, report
):
    response = client_for(process_leader).post(EDIT, form_data(report, status="published"))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "published"
    (archive,) = ArchivedReport.objects.filter(report=report)
    pdf = bytes(archive.pdf)
    assert pdf.startswith(b"%PDF")
    assert archive.sha256 == hashlib.sha256(pdf).hexdigest()
    assert archive.created_by == process_leader


def test_the_published_pdf_is_the_archived_bytes(client, process_leader, report):
    archive = publish_report(report, process_leader)
    response = client.get("/rapporter/2019/pdf/")
    assert response.content == bytes(archive.pdf)
    assert response["X-Content-SHA256"] == archive.sha256


def test_a_published_report_refuses_a_changed_text(process_leader, report):
    publish_report(report, process_leader)
    section = report.sections.first()
    section.body = "Ändrad text."
    with pytest.raises(ReportFrozen):
        section.save()
    report.refresh_from_db()
    report.introduction = "Ny inledning."
    with pytest.raises(ReportFrozen):
        report.save()
    with pytest.raises(ReportFrozen):
        ReportSection(report=report, heading="Nytt", order=99).save()


def test_the_portal_edit_of_a_published_report_is_refused_and_nothing_changes(
    client_for, process_leader, report
):
    publish_report(report, process_leader)
    report.refresh_from_db()
    data = form_data(report, introduction="Smyginförd text.")
    response = client_for(process_leader).post(EDIT, data, follow=True)
    assert "Årsrapporten är publicerad och kan inte ändras" in response.content.decode()
    report.refresh_from_db()
    assert report.introduction != "Smyginförd text."


@pytest.mark.parametrize("stored", ["\n", "\r\n"], ids=["stored LF", "stored CRLF"])
def test_the_process_leader_sets_a_published_report_back_to_draft_on_the_edit_page(
    client_for, process_leader, report, stored
):
    """A browser sends every line break of a text area as CRLF: the same text, not a change."""
    AnnualReport.objects.filter(pk=report.pk).update(introduction=f"Rad ett.{stored}Rad två.")
    ReportSection.objects.filter(report=report, order=1).update(body=f"Första.{stored}Andra.")
    publish_report(AnnualReport.objects.get(pk=report.pk), process_leader)
    report.refresh_from_db()
    sent = {
        name: value.replace("\r\n", "\n").replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in form_data(report, status="draft").items()
    }
    response = client_for(process_leader).post(EDIT, sent)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "draft"
    assert report.introduction == f"Rad ett.{stored}Rad två."


def test_back_to_draft_then_published_again_keeps_both_pdfs(process_leader, report):
    first = publish_report(report, process_leader)
    report.refresh_from_db()
    report.status = "draft"
    report.save()
    section = report.sections.first()
    section.body = "Rättad text."
    section.save()
    second = publish_report(report, process_leader)
    assert list(ArchivedReport.objects.filter(report=report)) == [second, first]


def test_an_archived_pdf_is_never_changed_or_deleted(process_leader, report):
    archive = publish_report(report, process_leader)
    archive.sha256 = "0" * 64
    with pytest.raises(ArchiveImmutable):
        archive.save()
    with pytest.raises(ArchiveImmutable):
        archive.delete()
    with pytest.raises(ArchiveImmutable):
        ArchivedReport.objects.filter(pk=archive.pk).update(sha256="0" * 64)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_the_database_refuses_an_update_or_delete_of_an_archived_pdf(process_leader, report):
    archive = publish_report(report, process_leader)
    for sql in (
        "UPDATE reports_archivedreport SET sha256 = 'x' WHERE id = %s",
        "DELETE FROM reports_archivedreport WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [archive.pk])
    assert ArchivedReport.objects.get(pk=archive.pk).sha256 == archive.sha256


# The database's own wall: no path round the model's guard changes a published report. -------

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="these tests run the suite's PostgreSQL"
)


def _raw(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _snapshot(report):
    return (
        list(AnnualReport.objects.filter(pk=report.pk).values()),
        list(ReportSection.objects.filter(report=report).order_by("pk").values()),
    )


SIDE_DOORS = {
    "queryset update of the introduction": lambda r: AnnualReport.objects.filter(pk=r.pk).update(
        introduction="Ändrat i efterhand"
    ),
    "back to draft with a new title in one statement": lambda r: AnnualReport.objects.filter(
        pk=r.pk
    ).update(status="draft", title="Ny titel"),
    "queryset update of a section": lambda r: ReportSection.objects.filter(report=r).update(
        body="Smyginförd text"
    ),
    "bulk_create of a section": lambda r: ReportSection.objects.bulk_create(
        [ReportSection(report=r, order=99, heading="Smygavsnitt")]
    ),
    "queryset delete of the sections": lambda r: ReportSection.objects.filter(report=r).delete(),
    "raw SQL update of the title": lambda r: _raw(
        "UPDATE reports_annualreport SET title = 'Raw' WHERE id = %s", r.pk
    ),
    "raw SQL delete of the report": lambda r: _raw(
        "DELETE FROM reports_annualreport WHERE id = %s", r.pk
    ),
    "a draft's section moved into the published report": lambda r: ReportSection.objects.filter(
        report__year=2020
    ).update(report=r),
}


@on_postgresql
@pytest.mark.parametrize("door", SIDE_DOORS)
def test_a_careless_script_cannot_change_a_published_report(process_leader, report, door):
    publish_report(report, process_leader)
    draft = AnnualReport.objects.create(year=2020, title="Årsrapport 2020")
    ReportSection.objects.create(report=draft, order=1, heading="Utkast")
    before = _snapshot(report)
    with (
        pytest.raises(DatabaseError, match="published annual report is frozen"),
        transaction.atomic(),
    ):
        SIDE_DOORS[door](report)
    assert _snapshot(report) == before


@on_postgresql
def test_the_process_leader_sets_a_published_report_back_to_draft_and_then_corrects_it(
    process_leader, report
):
    publish_report(report, process_leader)
    AnnualReport.objects.filter(pk=report.pk).update(status="draft")
    ReportSection.objects.filter(report=report, order=1).update(body="Rättad text.")
    assert report.sections.get(order=1).body == "Rättad text."
    assert ArchivedReport.objects.filter(report=report).count() == 1  # the published PDF stays


@on_postgresql
def test_saving_a_published_report_unchanged_passes_the_wall(process_leader, report):
    publish_report(report, process_leader)
    section = report.sections.get(order=1)
    ReportSection.objects.filter(pk=section.pk).update(body=section.body)
    AnnualReport.objects.filter(pk=report.pk).update(published_at=report.published_at)
    assert report.sections.get(order=1).body == section.body


def as_a_browser_sends_it(text):
    """A browser submits a textarea with CRLF line breaks; Django's form strips the ends."""
    return text.replace("\n", "\r\n").strip()


def test_the_process_leader_sets_a_published_report_back_to_draft_from_the_edit_page(
    client_for, process_leader, report
):
    # Text loaded by load_demo or a script has LF line breaks and may end with a newline.
    AnnualReport.objects.filter(pk=report.pk).update(introduction="Första stycket.\n\nAndra.\n")
    publish_report(AnnualReport.objects.get(pk=report.pk), process_leader)
    report.refresh_from_db()
    data = form_data(report, status="draft")
    for name, value in list(data.items()):
        if name == "introduction" or name.endswith("-body"):
            data[name] = as_a_browser_sends_it(value)
    response = client_for(process_leader).post(EDIT, data, follow=True)
    assert "Årsrapporten är publicerad och kan inte ändras" not in response.content.decode()
    report.refresh_from_db()
    assert report.status == "draft"
    assert report.introduction == "Första stycket.\n\nAndra.\n"
    assert report.sections.get(heading="Dialogmöten").body == "Före.\n\n{{fakta}}\n\nEfter."


def test_an_outsider_reads_when_the_report_was_published_and_its_pdfs_sha256(
    client, process_leader, report
):
    archive = publish_report(report, process_leader)
    report.refresh_from_db()
    html = client.get("/rapporter/2019/").content.decode()
    published = formats.date_format(timezone.localtime(report.published_at).date(), "j F Y")
    assert f"Publicerad {published}" in html
    assert f"SHA-256: {archive.sha256}" in html


def test_a_draft_shows_no_publication_line(client_for, process_leader, report):
    html = client_for(process_leader).get("/rapporter/2019/").content.decode()
    assert "SHA-256" not in html


def test_the_publication_line_costs_the_process_leader_one_query_more_than_the_draft_did(
    client_for, process_leader, report
):
    reader = client_for(process_leader)
    reader.get("/rapporter/2019/")
    with CaptureQueriesContext(connection) as draft:
        reader.get("/rapporter/2019/")
    publish_report(report, process_leader)
    reader.get("/rapporter/2019/")
    with CaptureQueriesContext(connection) as published:
        reader.get("/rapporter/2019/")
    # The archive row's report is the report already loaded: no second query to fetch it.
    assert len(published) == len(draft) + 1
