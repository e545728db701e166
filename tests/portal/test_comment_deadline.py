"""The comment deadline: a member comments on a draft until its comments_until day (that day
included, in Swedish time); after it the form is gone and a post is refused. The secretary
still answers the comments already made."""

import datetime
from unittest import mock

from django.urls import reverse
from django.utils import timezone

from meetings.models import Comment, Meeting

DAY = datetime.timedelta(days=1)


def _deadline(meeting, day):
    Meeting.objects.filter(pk=meeting.pk).update(comments_until=day)


def _comment(client, meeting, text="Stryk ordet 'preliminärt'."):
    item = meeting.agenda_items.get()
    return client.post(reverse("meetings:comment", args=[meeting.pk, item.pk]), {"text": text})


def test_a_member_comments_on_the_deadline_day(client_for, member, draft_minutes):
    _deadline(draft_minutes, timezone.localdate())
    client = client_for(member)
    page = client.get(reverse("meetings:meeting_detail", args=[draft_minutes.pk]))
    assert reverse(
        "meetings:comment", args=[draft_minutes.pk, draft_minutes.agenda_items.get().pk]
    ) in (page.content.decode())
    assert "Tiden för kommentarer gick ut" not in page.content.decode()
    _comment(client, draft_minutes)
    assert Comment.objects.get().author == member


def test_a_member_posting_the_day_after_the_deadline_is_refused_and_nothing_is_saved(
    client_for, member, sent_minutes
):
    _deadline(sent_minutes, datetime.date(2025, 9, 5))
    client = client_for(member)
    after = timezone.make_aware(datetime.datetime(2025, 9, 6, 8, 0))
    with mock.patch("django.utils.timezone.now", return_value=after):
        response = _comment(client, sent_minutes)
        assert response.url == reverse("meetings:meeting_detail", args=[sent_minutes.pk])
        page = client.get(response.url).content.decode()
    assert Comment.objects.count() == 0
    assert page.count("Tiden för kommentarer gick ut 5 september 2025.") == 2  # message, notice
    assert (
        reverse("meetings:comment", args=[sent_minutes.pk, sent_minutes.agenda_items.get().pk])
        not in page
    )
    assert "Kommentera<span" not in page


def test_the_deadline_ends_at_midnight_in_stockholm_not_in_utc(client_for, member, sent_minutes):
    _deadline(sent_minutes, datetime.date(2025, 9, 5))
    client = client_for(member)
    # 22.30 UTC on the 5th is already half past midnight on the 6th in Stockholm.
    past_midnight = datetime.datetime(2025, 9, 5, 22, 30, tzinfo=datetime.UTC)
    with mock.patch("django.utils.timezone.now", return_value=past_midnight):
        _comment(client, sent_minutes)
    assert Comment.objects.count() == 0
    before_midnight = datetime.datetime(2025, 9, 5, 21, 30, tzinfo=datetime.UTC)
    with mock.patch("django.utils.timezone.now", return_value=before_midnight):
        _comment(client, sent_minutes)
    assert Comment.objects.count() == 1


def test_the_secretary_still_answers_a_comment_after_the_deadline(
    client_for, member, secretary, sent_minutes
):
    _comment(client_for(member), sent_minutes, "Ska det stå 3,2 procent?")
    note = Comment.objects.get()
    _deadline(sent_minutes, timezone.localdate() - DAY)
    client = client_for(secretary)
    page = client.get(reverse("meetings:meeting_detail", args=[sent_minutes.pk])).content.decode()
    assert reverse("meetings:answer_comment", args=[note.pk]) in page
    client.post(
        reverse("meetings:answer_comment", args=[note.pk]),
        {"answer": "Nej, 3,1.", "resolved": "on", "version": note.version},
    )
    note.refresh_from_db()
    assert (note.answer, note.answered_by) == ("Nej, 3,1.", secretary)
