"""The annual report as a page and as a PDF: narrative from the report, figures from the data."""

from dataclasses import dataclass

from django.utils import translation

from reports import narrative
from reports.facts import facts_for
from reports.pdf import cached_pdf, render_pdf


@dataclass(frozen=True)
class RenderedSection:
    """A section ready for the templates: its number, anchor, narrative and computed block."""

    section: object
    heading: str
    number: str
    anchor: str
    body: narrative.Body
    activities: object

    @property
    def tag(self):
        return "h2" if self.section.level <= 1 else "h3"


def rendered_sections(report, facts):
    """Number the development areas' chapters (1, 1.1, …) as the seed report does."""
    chapter = sub = 0
    in_area = False
    result = []
    for section in report.sections.all():
        number = ""
        if section.level <= 1:
            in_area = section.development_area_id is not None
            if in_area:
                chapter += 1
                sub = 0
                number = str(chapter)
        elif in_area:
            sub += 1
            number = f"{chapter}.{sub}"
        activities = None
        if section.facts == "area_activities" and section.development_area_id:
            activities = facts.activities.get(section.development_area_id)
        result.append(
            RenderedSection(
                section,
                narrative.fill(section.heading, facts),
                number,
                f"avsnitt-{section.order}-{section.pk}",
                narrative.split(section.body, facts),
                activities,
            )
        )
    return result


def report_context(report, today=None):
    """What both the HTML preview and the PDF template need."""
    facts = facts_for(report.year, action_plan=report.action_plan, today=today)
    return {
        "report": report,
        "facts": facts,
        "introduction": narrative.render(report.introduction, facts),
        "sections": rendered_sections(report, facts),
    }


def filename(report):
    return f"arsrapport-{report.year}.pdf"


TEMPLATE = "reports/annual_pdf.html"


def annual_report_pdf(report, lang="sv"):
    """The report as a tagged PDF/A-3b: (filename, content type, bytes)."""
    with translation.override(lang):
        context = report_context(report)
        data = render_pdf(TEMPLATE, context, title=report.title, lang=lang)
    return filename(report), "application/pdf", data


def cached_annual_report_pdf(report, lang="sv"):
    """Like annual_report_pdf, but a PDF whose HTML has not changed is not rendered again: any
    change in the narrative or in the data behind a figure gives a new PDF."""
    with translation.override(lang):
        context = report_context(report)
        data = cached_pdf(TEMPLATE, context, title=report.title, lang=lang)
    return filename(report), "application/pdf", data


def report_pdf_to_serve(report):
    """(filename, content type, bytes, SHA-256 or ""): a published report's archived bytes,
    never rendered again (what was published is what is served); a draft rendered now."""
    from reports.models import ReportStatus

    archive = None
    if report.status == ReportStatus.PUBLISHED:
        archive = report.archives.order_by("-created_at", "-pk").first()
    if archive is None:
        return (*cached_annual_report_pdf(report), "")
    return filename(report), "application/pdf", bytes(archive.pdf), archive.sha256
