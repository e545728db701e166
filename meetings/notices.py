"""Notices sent by the daily commands, each at most once per event and address.

The SentNotice row is written in the same transaction as the mail is sent: a second run (or a
concurrent one) finds the row and sends nothing; a failed send rolls the row back, so the next
run tries again. Members choose on /konto/meddelanden/ which notices they get.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from meetings import emails
from meetings.models import ActionItem, Comment, Meeting, NoticeSettings, SentNotice
from meetings.models.meeting import Status
from meetings.models.minutes import ActionStatus
from meetings.models.notices import NoticeKind
from meetings.roles import SECRETARY, member_users

WEEK = datetime.timedelta(days=7)


def send_once(kind, about, address, send):
    """Record the notice and send it, unless it was sent before; True if sent now."""
    try:
        with transaction.atomic():
            SentNotice.objects.create(kind=kind, about=about, address=address)
            send()
    except IntegrityError:
        return False
    return True


def _opted_out(field):
    """Addresses of logins that turned this notice off."""
    return set(
        NoticeSettings.objects.filter(**{field: False}).values_list("user__email", flat=True)
    )


def remind_action_items(today=None):
    """Each owner of an open action item: once when a week or less is left, once when overdue."""
    today = today or timezone.localdate()
    items = (
        ActionItem.objects.filter(
            status=ActionStatus.OPEN, due_date__isnull=False, due_date__lte=today + WEEK
        )
        .select_related("meeting")
        .prefetch_related("owners__user")
        .order_by("due_date", "pk")
    )
    opted_out = _opted_out("action_reminders")
    sent = 0
    for item in items:
        overdue = item.due_date < today
        kind = NoticeKind.ACTION_OVERDUE if overdue else NoticeKind.ACTION_DUE_SOON
        about = f"uppdrag {item.pk} klart senast {item.due_date.isoformat()}"
        for owner in item.owners.all():
            address = emails.adjuster_address(owner)
            if not address or (owner.user_id and owner.user.email in opted_out):
                continue
            sent += send_once(
                kind,
                about,
                address,
                lambda item=item, address=address, overdue=overdue: emails.action_reminder(
                    item, address, overdue=overdue
                ),
            )
    return sent


def _addresses(users, field):
    users = users.filter(is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)) - _opted_out(field))


def announce_open_drafts(today=None):
    """Tell members once that a draft is open for comments, with its deadline."""
    today = today or timezone.localdate()
    meetings = Meeting.objects.filter(
        status__in=[Status.DRAFT, Status.SENT], comments_until__gte=today
    ).order_by("date")
    addresses = _addresses(member_users(), "draft_open")
    sent = 0
    for meeting in meetings:
        about = f"möte {meeting.pk} kommentarer senast {meeting.comments_until.isoformat()}"
        for address in addresses:
            sent += send_once(
                NoticeKind.DRAFT_OPEN,
                about,
                address,
                lambda meeting=meeting, address=address: emails.draft_open(meeting, address),
            )
    return sent


def send_comment_digests(now=None):
    """One mail a day to each secretary with the comments written since their last digest."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    for address in _addresses(
        get_user_model().objects.filter(groups__name=SECRETARY), "comment_digest"
    ):
        last = (
            SentNotice.objects.filter(kind=NoticeKind.COMMENT_DIGEST, address=address)
            .order_by("-sent_at")
            .values_list("sent_at", flat=True)
            .first()
        )
        since = last or now - datetime.timedelta(days=1)
        comments = list(
            Comment.objects.filter(created_at__gt=since, created_at__lte=now)
            .select_related("author", "agenda_item__meeting")
            .order_by("agenda_item__meeting__date", "created_at")
        )
        if not comments:
            continue
        sent += send_once(
            NoticeKind.COMMENT_DIGEST,
            f"kommentarer {today.isoformat()}",
            address,
            lambda comments=comments, address=address: emails.comment_digest(
                comments, address, today
            ),
        )
    return sent
