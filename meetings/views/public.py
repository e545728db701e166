"""Public pages: approved minutes by year and their archived PDFs, without login."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import condition

from meetings.access import get_public_meeting
from meetings.models import ArchivedMinutes, Meeting
from meetings.models.meeting import Status
from meetings.views.portal import load_minutes


def public_minutes(request):
    published = Meeting.objects.approved()
    years = [d.year for d in published.dates("date", "year", order="DESC")]
    try:
        year = int(request.GET.get("ar") or (years[0] if years else timezone.localdate().year))
    except ValueError:
        raise Http404 from None
    meetings = (
        published.in_year(year).select_related("archive").defer("archive__pdf").order_by("date")
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
    archive = ArchivedMinutes.objects.filter(meeting=meeting).defer("pdf").first()
    return render(
        request,
        "meetings/public_minutes_detail.html",
        {"meeting": meeting, "approvals": approvals, "archive": archive},
    )


def _archive_etag(request, pk):
    row = ArchivedMinutes.objects.filter(
        meeting_id=pk, meeting__status=Status.APPROVED
    ).values_list("sha256", flat=True)
    return row.first()


@condition(etag_func=_archive_etag)
def archived_pdf(request, pk):
    """The stored bytes, never rendered again: what was approved is what is served."""
    archive = get_object_or_404(
        ArchivedMinutes.objects.select_related("meeting"),
        meeting_id=pk,
        meeting__status=Status.APPROVED,
    )
    response = HttpResponse(bytes(archive.pdf), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="protokoll-{archive.meeting.date:%Y-%m-%d}.pdf"'
    )
    response["X-Content-SHA256"] = archive.sha256
    return response
