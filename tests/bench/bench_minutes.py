"""Minutes: PDF render time and its SQL queries, and the secretary's meeting admin pages."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def _meeting():
    from meetings.models import Meeting

    return Meeting.objects.get(date="2024-08-19", kind="steering")


def demo(ctx):
    from reports.minutes import minutes_pdf

    meeting = _meeting()
    minutes_pdf(meeting)  # warm: fonts, templates
    with CaptureQueriesContext(connection) as queries:
        minutes_pdf(meeting)
    ctx.note("PDF: minutes 2024-08-19, SQL queries per render", str(len(queries)))
    ctx.time("PDF: minutes 2024-08-19", lambda: minutes_pdf(meeting), repeat=10, target=0.3)
    ctx.page("admin: meeting list", "/admin/meetings/meeting/", role="secretary")
    ctx.page(
        "admin: meeting 2024-08-19", f"/admin/meetings/meeting/{meeting.pk}/change/", "secretary"
    )


def scale(ctx):
    ctx.page("admin: meeting list", "/admin/meetings/meeting/", role="secretary")
    ctx.page(
        "admin: meeting 2024-08-19",
        f"/admin/meetings/meeting/{_meeting().pk}/change/",
        "secretary",
    )
