"""Public pages: approved minutes by year and their archived PDFs, without login."""

from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import condition

from meetings.access import get_public_meeting
from meetings.models import ArchivedMinutes, Meeting
from meetings.models.meeting import Status
from meetings.models.review import archived_versions
from meetings.views.portal import load_minutes, year_asked


def public_minutes(request):
    published = Meeting.objects.approved()
    years = [d.year for d in published.dates("date", "year", order="DESC")]
    year = year_asked(request, years)
    current = ArchivedMinutes.objects.filter(meeting=OuterRef("pk")).newest_first()
    meetings = (
        published.in_year(year)
        .annotate(archived_sha256=Subquery(current.values("sha256")[:1]))
        .order_by("date")
    )
    return render(
        request,
        "meetings/public_minutes.html",
        {"years": years, "year": year, "meetings": meetings},
    )


def public_minutes_detail(request, pk):
    meeting = get_public_meeting(pk)
    load_minutes(meeting, public=True)
    approvals = meeting.approvals.filter(voided_at__isnull=True).select_related("adjuster")
    versions = archived_versions(meeting)
    context = {
        "meeting": meeting,
        "approvals": approvals,
        "archive": versions[0] if versions else None,
        "superseded": versions[1:],
    }
    return render(request, "meetings/public_minutes_detail.html", context)


def _published(pk, version=None):
    """Archived versions of approved minutes: the current one, or the one asked for."""
    archives = ArchivedMinutes.objects.filter(meeting_id=pk, meeting__status=Status.APPROVED)
    if version is not None:
        archives = archives.filter(pk=version)
    return archives.newest_first()


def _archive_etag(request, pk, version=None):
    return _published(pk, version).values_list("sha256", flat=True).first()


@condition(etag_func=_archive_etag)
def archived_pdf(request, pk, version=None):
    """The stored bytes, never rendered again: what was approved is what is served.

    Without a version the current PDF; earlier ones (superseded after a reopening) stay public
    at their own address."""
    archive = _published(pk, version).select_related("meeting").first()
    if archive is None:
        raise Http404
    response = HttpResponse(bytes(archive.pdf), content_type="application/pdf")
    suffix = f"-v{archive.pk}" if version is not None else ""
    response["Content-Disposition"] = (
        f'inline; filename="protokoll-{archive.meeting.date:%Y-%m-%d}{suffix}.pdf"'
    )
    response["X-Content-SHA256"] = archive.sha256
    return response
