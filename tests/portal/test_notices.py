"""Notices that follow themselves up: action-item reminders a week before and once overdue,
drafts open for comments, the secretary's daily digest; each sent once, each one a member may
turn off on /konto/meddelanden/."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from meetings import notices
from meetings.models import Comment, Meeting, NoticeSettings, SentNotice

DAY = datetime.timedelta(days=1)


@pytest.fixture
def due_in_five_days(draft_minutes):
    """Kerstin Söderberg's action item from the December draft, due in five days."""
    item = draft_minutes.action_items.get()
    item.due_date = timezone.localdate() + 5 * DAY
    item.save()
    return item


def _run_reminders(times=1):
    for _ in range(times):
        call_command("remind_action_items", verbosity=0)
    return [m for m in mail.outbox if "uppdrag" in m.subject.lower()]


def test_member_is_reminded_once_a_week_before_the_due_date_however_often_cron_runs(
    member, due_in_five_days
):
    sent = _run_reminders(times=3)

    assert [m.to for m in sent] == [[member.email]]
    assert sent[0].subject.startswith("Påminnelse: uppdrag klart senast")
    assert due_in_five_days.text in sent[0].body


def test_member_is_told_once_when_the_item_is_overdue(member, due_in_five_days):
    _run_reminders()
    mail.outbox.clear()

    for day in range(6, 9):
        notices.remind_action_items(today=timezone.localdate() + day * DAY)

    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Försenat uppdrag"]
    kinds = sorted(SentNotice.objects.values_list("kind", flat=True))
    assert kinds == ["action_due_soon", "action_overdue"]


def test_no_reminder_more_than_a_week_ahead_or_for_a_closed_item(due_in_five_days):
    assert notices.remind_action_items(today=timezone.localdate() - 3 * DAY) == 0
    due_in_five_days.status = "done"
    due_in_five_days.save()
    assert notices.remind_action_items() == 0


def test_a_new_due_date_is_a_new_event(member, due_in_five_days):
    _run_reminders()
    due_in_five_days.due_date += 2 * DAY
    due_in_five_days.save()

    assert len(_run_reminders(times=2)) == 2


def test_member_who_turned_reminders_off_gets_none(member, due_in_five_days):
    NoticeSettings.objects.create(user=member, action_reminders=False)

    assert _run_reminders() == []


@pytest.fixture
def open_draft(draft_minutes):
    Meeting.objects.filter(pk=draft_minutes.pk).update(
        comments_until=timezone.localdate() + 7 * DAY
    )
    draft_minutes.refresh_from_db()
    return draft_minutes


def test_members_are_told_once_that_a_draft_is_open_for_comments_until_its_deadline(
    member, adjuster, open_draft
):
    call_command("send_notices", verbosity=0)
    call_command("send_notices", verbosity=0)

    to_kerstin = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_kerstin) == 1
    deadline = open_draft.comments_until
    assert f"till och med {deadline.day} " in to_kerstin[0].body
    assert reverse("meetings:meeting_detail", args=[open_draft.pk]) in to_kerstin[0].body


def test_member_who_turned_draft_notices_off_is_not_told(member, open_draft):
    NoticeSettings.objects.create(user=member, draft_open=False)

    notices.announce_open_drafts()

    assert member.email not in [m.to[0] for m in mail.outbox]


def test_commenting_sends_no_mail(client_for, member, sent_minutes):
    item = sent_minutes.agenda_items.first()
    url = reverse("meetings:comment", args=[sent_minutes.pk, item.pk])

    client_for(member).post(url, {"text": "Stavfel i rubriken."})

    assert Comment.objects.count() == 1
    assert mail.outbox == []


def test_secretary_gets_one_daily_digest_of_the_new_comments(
    secretary, member, adjuster, sent_minutes
):
    item = sent_minutes.agenda_items.first()
    Comment.objects.create(agenda_item=item, author=member, text="Stavfel i rubriken.")
    Comment.objects.create(agenda_item=item, author=adjuster, text="Lägg till beslutet.")

    call_command("send_notices", verbosity=0)
    call_command("send_notices", verbosity=0)

    digests = [m for m in mail.outbox if m.subject.startswith("Nya kommentarer")]
    assert [m.to for m in digests] == [[secretary.email]]
    assert "Stavfel i rubriken." in digests[0].body
    assert "Lägg till beslutet." in digests[0].body


def test_no_digest_on_a_day_without_comments(secretary, sent_minutes):
    assert notices.send_comment_digests() == 0


def test_member_chooses_which_notices_they_get(client_for, member):
    client = client_for(member)
    page = client.get(reverse("meetings:notice_settings")).content.decode()
    assert "sammanfattning per dag" not in page  # the digest is the secretary's

    response = client.post(reverse("meetings:notice_settings"), {"draft_open": "on"})

    assert response.status_code == 302
    chosen = NoticeSettings.objects.get(user=member)
    assert chosen.draft_open and not chosen.action_reminders


def test_member_may_turn_every_notice_off(client_for, member):
    client_for(member).post(reverse("meetings:notice_settings"), {})

    chosen = NoticeSettings.objects.get(user=member)
    assert not (chosen.draft_open or chosen.action_reminders)


def test_secretary_may_turn_the_digest_off(client_for, secretary, sent_minutes, member):
    client_for(secretary).post(reverse("meetings:notice_settings"), {"draft_open": "on"})
    Comment.objects.create(
        agenda_item=sent_minutes.agenda_items.first(), author=member, text="Bra."
    )

    assert notices.send_comment_digests() == 0
