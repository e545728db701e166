"""Writes to annual reports: start a year from last year's structure, save an edit, publish."""

import hashlib

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.models import (
    ActionPlan,
    AnnualReport,
    ArchivedReport,
    ReportSection,
    ReportStatus,
    is_published,
)
from ros_portal import locking

STALE_REPORT = gettext_lazy(
    "Rapporten har ändrats av någon annan sedan du öppnade den. Dina ändringar är inte "
    "sparade men finns kvar nedan; sparar du igen ersätter de den andra ändringen."
)


class ReportExists(Exception):
    """The year already has a report."""


def _plan_for(year, fallback=None):
    plan = (
        ActionPlan.objects.filter(start_year__lte=year, end_year__gte=year)
        .order_by("-start_year")
        .first()
    )
    return plan or fallback


@transaction.atomic
def start_report(year, user):
    """A draft report for `year` with last year's sections (headings, levels, facts, areas, text).

    Areas of an old action plan are mapped by number onto the plan in force this year.
    """
    if AnnualReport.objects.filter(year=year).exists():
        raise ReportExists(_("Det finns redan en årsrapport för %(year)s.") % {"year": year})
    previous = (
        AnnualReport.objects.filter(year__lt=year).order_by("-year").prefetch_related("sections")
    ).first()
    plan = _plan_for(year, fallback=previous.action_plan if previous else None)
    report = AnnualReport.objects.create(
        year=year,
        title=_("Årsrapport %(year)s") % {"year": year},
        subtitle=previous.subtitle if previous else "",
        introduction=previous.introduction if previous else "",
        action_plan=plan,
    )
    if previous is None:
        return report
    areas = {a.number: a for a in plan.areas.all()} if plan else {}
    ReportSection.objects.bulk_create(
        ReportSection(
            report=report,
            order=section.order,
            heading=section.heading,
            level=section.level,
            development_area=(
                areas.get(section.development_area.number) if section.development_area else None
            ),
            body=section.body,
            facts=section.facts,
        )
        for section in previous.sections.select_related("development_area")
    )
    return report


@transaction.atomic
def save_report(form, formset, version, user):
    """Save the report form and its sections formset, refusing a stale edit; publishing
    archives the PDF. A published report refuses every change but back to draft
    (ReportFrozen)."""
    report = form.instance
    publishing = report.status == ReportStatus.PUBLISHED and not is_published(report.pk)
    locking.claim(report, version, message=STALE_REPORT)
    if publishing:
        # Text and sections are saved as a draft; publishing then freezes them together.
        report.status = ReportStatus.DRAFT
    report._history_user = user
    form.save()
    formset.instance = report
    formset.save()
    if publishing:
        publish_report(report, user)
    return report


@transaction.atomic
def publish_report(report, user):
    """Publish a report: stamp the date, freeze it, and archive its PDF with the SHA-256.

    Each publication adds an archive row (a report set back to draft and published again
    keeps both PDFs); the rows are never changed or deleted."""
    report.status = ReportStatus.PUBLISHED
    report.published_at = report.published_at or timezone.now()
    report._history_user = user
    report.save()
    return archive_pdf(report, user)


def archive_pdf(report, user=None):
    """Render the published report once and keep the bytes with their SHA-256."""
    from reports.annual import annual_report_pdf

    _filename, _content_type, pdf = annual_report_pdf(report)
    return ArchivedReport.objects.create(
        report=report, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), created_by=user
    )
