"""Access-checking fetch helpers: 404 for what a user may not see, 403 for what they may not
change. Anonymous visitors to member pages are sent to the login page (which reveals nothing:
every member URL redirects the same way, whether the object exists or not)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from meetings.models.meeting import Status
from meetings.roles import is_member, is_secretary, person_of


def member_required(view):
    """Members only: anonymous users log in first, logged-in outsiders get 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def is_adjuster(user, meeting):
    """Whether the user's person is one of the meeting's adjusters (compared by the login on
    the prefetched adjusters: no query for the person)."""
    return user.is_authenticated and any(p.user_id == user.pk for p in meeting.adjusters.all())


def can_correct(user, meeting):
    """Adjusters of this meeting and the secretary correct minutes until they are approved."""
    return is_secretary(user) or is_adjuster(user, meeting)


def get_meeting_for_member(user, pk, queryset=None):
    """Members see every meeting; others never reach here (member_required)."""
    queryset = Meeting.objects.all() if queryset is None else queryset
    return get_object_or_404(queryset.select_related("secretary"), pk=pk)


def get_public_meeting(pk):
    """Approved minutes only (public records): drafts do not exist for the public."""
    return get_object_or_404(Meeting.objects.approved().select_related("secretary"), pk=pk)


CORRECTABLE = {"punkt": AgendaItem, "beslut": Decision, "uppdrag": ActionItem}


def get_correctable(user, kind, pk):
    """An item of the minutes the user may correct: 404 if unknown, 403 if not theirs to edit."""
    model = CORRECTABLE.get(kind)
    if model is None:
        raise Http404
    obj = get_object_or_404(
        model.objects.select_related("meeting").prefetch_related("meeting__adjusters"), pk=pk
    )
    if not can_correct(user, obj.meeting) or obj.meeting.status == Status.APPROVED:
        raise PermissionDenied
    return obj


def get_item_for_history(kind, pk):
    model = CORRECTABLE.get(kind)
    if model is None:
        raise Http404
    return get_object_or_404(model.objects.select_related("meeting"), pk=pk)


class CommentTimePassed(PermissionDenied):
    """The draft is open, but its comment deadline has passed."""


def comment_time_passed(meeting):
    """Whether the deadline for comments is behind us; the deadline day itself is still open."""
    return meeting.comments_until is not None and meeting.comments_until < timezone.localdate()


def comment_time_passed_message(meeting):
    return _("Tiden för kommentarer gick ut %(day)s.") % {
        "day": date_format(meeting.comments_until, "j F Y")
    }


def can_comment(meeting):
    """Members comment on drafts (sent for approval or not) until the comment deadline."""
    return meeting.status in (Status.DRAFT, Status.SENT) and not comment_time_passed(meeting)


def get_commentable_item(user, meeting_pk, item_pk):
    """An agenda item of a draft open for comments: 404 if unknown, 403 if the minutes are
    not a draft, CommentTimePassed (a 403 with its message) after the comment deadline."""
    item = get_object_or_404(
        AgendaItem.objects.select_related("meeting"), pk=item_pk, meeting_id=meeting_pk
    )
    if item.meeting.status not in (Status.DRAFT, Status.SENT):
        raise PermissionDenied
    if comment_time_passed(item.meeting):
        raise CommentTimePassed(comment_time_passed_message(item.meeting))
    return item


def get_closable_action(user, pk):
    """The secretary and the item's owners close an action item."""
    item = get_object_or_404(ActionItem.objects.select_related("meeting"), pk=pk)
    person = person_of(user)
    owner = person is not None and item.owners.filter(pk=person.pk).exists()
    if not (is_secretary(user) or owner):
        raise PermissionDenied
    return item
