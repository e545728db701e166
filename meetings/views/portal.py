"""The members' start page, meetings by year, a meeting page and its attachments."""

from django.db.models import OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from meetings import approval
from meetings.access import (
    can_comment,
    can_correct,
    comment_time_passed,
    comment_time_passed_message,
    get_meeting_for_member,
    is_adjuster,
    member_required,
)
from meetings.models import (
    ActionItem,
    AgendaItem,
    Approval,
    ArchivedMinutes,
    Attachment,
    Attendance,
    Comment,
    Decision,
    Meeting,
)
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus
from meetings.models.review import COMMENT_MAX_LENGTH
from meetings.roles import is_member, is_secretary, person_of
from reports.minutes import attendance_groups, place_lists
from ros_portal.years import calendar_year


def open_for_comment(today):
    """Drafts the members may comment on (deadline not passed), newest first."""
    return (
        Meeting.objects.filter(status__in=[Status.DRAFT, Status.SENT])
        .filter(Q(comments_until__isnull=True) | Q(comments_until__gte=today))
        .order_by("-date", "-start_time")
    )


def home(request):
    if not is_member(request.user):
        return render(request, "meetings/home_public.html")
    person = person_of(request.user)
    today = timezone.localdate()
    upcoming = Meeting.objects.filter(date__gte=today).order_by("date", "start_time")[:5]
    waiting, my_actions = [], []
    if person is not None:
        # A subquery: exclude() over a multi-valued relation would not tie both conditions
        # to the same approval row.
        mine_approved = Approval.objects.filter(adjuster=person, voided_at__isnull=True).values(
            "meeting_id"
        )
        waiting = (
            Meeting.objects.filter(status=Status.SENT, adjusters=person)
            .exclude(pk__in=mine_approved)
            .order_by("date")
        )
        my_actions = (
            ActionItem.objects.filter(owners=person, status=ActionStatus.OPEN)
            .select_related("meeting")
            .order_by("due_date", "pk")[:10]
        )
    latest = Meeting.objects.approved().order_by("-date")[:5]
    context = {
        "open_for_comment": open_for_comment(today),
        "upcoming": upcoming,
        "waiting": waiting,
        "my_actions": my_actions,
        "latest": latest,
    }
    return render(request, "meetings/home.html", context)


def year_asked(request, years):
    """The year in ?ar=, else the newest of years (else this year); 404 for a year that is not
    a number or that no date has (0, 99999999999)."""
    asked = request.GET.get("ar")
    if not asked:
        return years[0] if years else timezone.localdate().year
    year = calendar_year(asked)
    if year is None:
        raise Http404
    return year


@member_required
def meeting_list(request):
    years = [d.year for d in Meeting.objects.dates("date", "year", order="DESC")]
    year = year_asked(request, years)
    meetings = Meeting.objects.in_year(year).order_by("-date", "-start_time")
    return render(
        request, "meetings/meeting_list.html", {"years": years, "year": year, "meetings": meetings}
    )


def _minutes_prefetch(public=False):
    """Everything a minutes page shows, and everything the fingerprint reads, in 12 queries;
    for the public page (no comments, adjusters or attachments) in 9."""
    agenda_items = AgendaItem.objects.prefetch_related("presenters").order_by("order", "pk")
    rows = [
        Prefetch("attendances", Attendance.objects.select_related("person")),
        Prefetch("decisions", Decision.objects.order_by("number")),
        Prefetch("action_items", ActionItem.objects.prefetch_related("owners").order_by("pk")),
        Prefetch(
            "followed_up_actions",
            ActionItem.objects.select_related("meeting")
            .prefetch_related("owners")
            .order_by("meeting__date", "id"),
        ),
        Prefetch("upcoming", Meeting.objects.order_by("date", "start_time")),
    ]
    if public:
        return [Prefetch("agenda_items", agenda_items), *rows]
    comments = Comment.objects.select_related("author", "answered_by")
    return [
        "adjusters",
        Prefetch("agenda_items", agenda_items.prefetch_related(Prefetch("comments", comments))),
        *rows,
        Prefetch("attachments", Attachment.objects.order_by("title")),
    ]


def load_minutes(meeting, public=False):
    """Prefetch the minutes and hang each agenda item's decisions on it (no extra query)."""
    prefetch_related_objects([meeting], *_minutes_prefetch(public))
    by_item = {}
    for decision in meeting.decisions.all():
        by_item.setdefault(decision.agenda_item_id, []).append(decision)
    items = list(meeting.agenda_items.all())
    for item in items:
        item.item_decisions = by_item.get(item.pk, [])
    # Grouped and labelled as the minutes PDF prints them (the seed's titles, guests apart).
    meeting.attendance_groups = attendance_groups(meeting)
    # The follow-up and the upcoming meetings where the PDF prints them too.
    placed, meeting.follow_up, meeting.upcoming_left = place_lists(meeting, items)
    for item in items:
        item.follow_up = placed.get(item.pk, {}).get("follow_up", [])
        item.upcoming_here = placed.get(item.pk, {}).get("upcoming", [])
    return meeting


@member_required
def meeting_detail(request, pk):
    # The archive's fingerprint comes with the meeting row (one query fewer).
    archive = ArchivedMinutes.objects.filter(meeting=OuterRef("pk")).newest_first()
    archive = archive.values("fingerprint")[:1]
    meeting = get_meeting_for_member(
        request.user, pk, Meeting.objects.annotate(archived_fingerprint=Subquery(archive))
    )
    load_minutes(meeting)
    approvals = list(approval.active_approvals(meeting))
    archived = meeting.is_approved and meeting.archived_fingerprint is not None
    current = (
        meeting.archived_fingerprint if archived else approval.fingerprint(meeting, prefetched=True)
    )
    context = {
        "meeting": meeting,
        "can_correct": can_correct(request.user, meeting) and not meeting.is_approved,
        "can_comment": can_comment(meeting),
        "comment_time_passed": (
            comment_time_passed_message(meeting)
            if meeting.status in (Status.DRAFT, Status.SENT) and comment_time_passed(meeting)
            else ""
        ),
        "is_adjuster": is_adjuster(request.user, meeting),
        "is_secretary": is_secretary(request.user),
        "approvals": approvals,
        "archive": archived,
        "fingerprint": current,
        "short_fingerprint": approval.short_fingerprint(current),
        "saved_comment": request.GET.get("kommentar", ""),
        "empty_comment": request.GET.get("tom_kommentar", ""),
        "long_comment": request.GET.get("lang_kommentar", ""),
        "comment_max_length": COMMENT_MAX_LENGTH,
    }
    return render(request, "meetings/meeting_detail.html", context)


@member_required
def attachment(request, pk, attachment_pk):
    item = get_object_or_404(Attachment, pk=attachment_pk, meeting_id=pk)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=item.file.name.rsplit("/", 1)[-1],
        content_type=item.content_type or "application/octet-stream",
    )
