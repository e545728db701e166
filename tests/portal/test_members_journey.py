"""Kerstin, a member: drafts to comment on from the start page, lists newest first, titles that
fit a phone, and the confirmation of her comment where the comment is."""

import datetime

from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.i18n.helpers import choose_english


def test_the_start_page_lists_drafts_open_for_comment_newest_first_with_the_deadline(
    client_for, member, draft_minutes, sent_minutes, approved_minutes
):
    deadline = timezone.localdate() + datetime.timedelta(days=7)
    Meeting.objects.filter(pk=draft_minutes.pk).update(comments_until=deadline)
    page = client_for(member).get(reverse("meetings:home"))
    drafts = list(page.context["open_for_comment"])
    assert drafts == [draft_minutes, sent_minutes]
    html = page.content.decode()
    assert "Utkast att kommentera" in html
    assert f"Kommentera senast {deadline.day} " in html


def test_a_draft_past_its_comment_deadline_is_not_listed(client_for, member, draft_minutes):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Meeting.objects.filter(pk=draft_minutes.pk).update(comments_until=yesterday)
    page = client_for(member).get(reverse("meetings:home"))
    assert list(page.context["open_for_comment"]) == []


def test_the_meeting_list_shows_the_newest_meeting_first(
    client_for, member, draft_minutes, sent_minutes, approved_minutes
):
    page = client_for(member).get(reverse("meetings:meeting_list"), {"ar": 2025})
    assert list(page.context["meetings"]) == [draft_minutes, sent_minutes, approved_minutes]


def test_the_meeting_title_does_not_repeat_the_date(client_for, member, draft_minutes):
    Meeting.objects.filter(pk=draft_minutes.pk).update(
        title="Sammanträde med överenskommelsegruppen 5 december 2025, 09.30-15.30"
    )
    html = client_for(member).get(reverse("meetings:meeting_detail", args=[draft_minutes.pk]))
    html = html.content.decode()
    assert "<h1>Sammanträde med överenskommelsegruppen</h1>" in html
    main = html[html.index("<main") :]
    assert main.count("5 december 2025") == 2  # the breadcrumb and the line under the title


def test_the_comment_confirmation_is_shown_at_the_comment(client_for, member, draft_minutes):
    client = client_for(member)
    item = draft_minutes.agenda_items.first()
    url = reverse("meetings:comment", args=[draft_minutes.pk, item.pk])
    response = client.post(url, {"text": "Stryk ordet 'preliminärt'."})
    note = item.comments.get()
    assert response.url.endswith(f"?kommentar={note.pk}#kommentar-{note.pk}")
    html = client.get(response.url).content.decode()
    at = html.index(f'id="kommentar-{note.pk}"')
    confirmation = html.index("Din kommentar är sparad. Sekreteraren ser den.")
    assert at < confirmation < html.index("Stryk ordet", at)
    assert html.count("Din kommentar är sparad.") == 1


def test_in_english_the_meeting_title_does_not_repeat_the_date_either(
    client_for, member, draft_minutes
):
    Meeting.objects.filter(pk=draft_minutes.pk).update(
        title="Sammanträde med överenskommelsegruppen, 3 oktober 2025", date="2025-10-03"
    )
    client = choose_english(client_for(member))
    html = client.get(reverse("meetings:meeting_detail", args=[draft_minutes.pk]))
    html = html.content.decode()
    assert '<h1 lang="sv">Sammanträde med överenskommelsegruppen</h1>' in html
    assert "3 oktober 2025" not in html  # the page writes "3 October 2025"
