"""What members see: the start page, comments answered by the secretary, action items,
attachments served only through the portal."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Comment, Meeting
from meetings.models.minutes import ActionStatus


def test_start_page_shows_next_meetings_my_action_items_and_latest_approved(
    client_for, member, approved_minutes
):
    Meeting.objects.create(
        title="Nästa styrgruppsmöte", date=timezone.localdate() + datetime.timedelta(days=14)
    )
    page = client_for(member).get(reverse("meetings:home")).content.decode()
    assert "Nästa styrgruppsmöte" in page
    assert "Utreda intresset för en konferens" in page  # Kerstin's open action item
    assert "Mötesanteckningar styrgruppen" in page  # the latest approved minutes


def test_start_page_tells_a_member_that_a_coming_meeting_is_cancelled(client_for, member):
    Meeting.objects.create(
        title="Inställt styrgruppsmöte",
        date=timezone.localdate() + datetime.timedelta(days=14),
        status="cancelled",
    )
    page = client_for(member).get(reverse("meetings:home")).content.decode()
    upcoming = page.split('id="upcoming-heading"')[1].split("</section>")[0]
    assert "Inställt styrgruppsmöte" in upcoming
    assert "(Inställt)" in upcoming


def test_a_member_on_a_planned_meeting_gets_no_link_to_a_year_without_decisions(client_for, member):
    """The register's year list holds only years with decisions: "?ar=2031" was a form error."""
    meeting = Meeting.objects.create(
        title="Planerat styrgruppsmöte", date=datetime.date(2031, 3, 6), status="planned"
    )
    client = client_for(member)
    page = client.get(reverse("meetings:meeting_detail", args=[meeting.pk])).content.decode()
    assert "Mötespaket (PDF)" in page
    assert "/beslut/?ar=2031" not in page


def test_a_member_follows_the_meetings_link_to_its_years_decisions(
    client_for, member, sent_minutes
):
    client = client_for(member)
    page = client.get(reverse("meetings:meeting_detail", args=[sent_minutes.pk])).content.decode()
    link = f"{reverse('meetings:decisions')}?ar={sent_minutes.date.year}"
    assert f'href="{link}"' in page
    register = client.get(link).content.decode()
    assert "is-invalid" not in register
    assert "RÖS-gruppen beslutade att fira överenskommelsen." in register


def test_anonymous_visitor_gets_the_short_public_start_page(client, approved_minutes):
    page = client.get(reverse("meetings:home")).content.decode()
    assert reverse("meetings:public_minutes") in page
    assert "/underskrivare/" in page
    assert "Utreda intresset" not in page


def test_secretary_answers_and_resolves_a_members_comment(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]),
        {"text": "Ska det stå 3,2 procent?"},
    )
    note = Comment.objects.get()
    assert (note.author, note.agenda_item) == (member, item)
    page = (
        client_for(secretary)
        .get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
        .content.decode()
    )
    assert "Ska det stå 3,2 procent?" in page
    assert reverse("meetings:answer_comment", args=[note.pk]) in page
    client_for(secretary).post(
        reverse("meetings:answer_comment", args=[note.pk]),
        {"answer": "Nej, 3,1.", "resolved": "on", "version": 0},
    )
    note.refresh_from_db()
    assert (note.answer, note.answered_by, note.resolved_at is not None) == (
        "Nej, 3,1.",
        secretary,
        True,
    )
    page = (
        client_for(member)
        .get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
        .content.decode()
    )
    assert "Nej, 3,1." in page
    assert "Löst" in page


def test_a_member_who_sends_an_empty_comment_is_told_so_at_the_comment_field(
    client_for, member, sent_minutes
):
    """Only spaces pass the browser's required check; the page then opens at the item, so
    the error belongs there, at the open form, not in a message at the top of a long page."""
    item = sent_minutes.agenda_items.get()
    response = client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]), {"text": "   "}, follow=True
    )
    assert not Comment.objects.exists()
    assert response.redirect_chain[-1][0].endswith(f"#comment-{item.pk}")
    page = response.content.decode()
    form = page[page.index(f'id="comment-{item.pk}"') - 600 :].split("</form>")[0]
    assert "<details open>" in form
    assert f'aria-describedby="comment-{item.pk}-error"' in form
    assert f'id="comment-{item.pk}-error"' in form
    assert "Skriv en kommentar innan du skickar." in form
    assert page.count("Skriv en kommentar innan du skickar.") == 1


def test_a_member_whose_comment_is_too_long_is_told_the_limit_and_nothing_is_saved(
    client_for, member, sent_minutes
):
    """The textarea's maxlength stops a browser; a request from outside one is refused too."""
    item = sent_minutes.agenda_items.get()
    page = client_for(member).get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
    assert f'id="comment-{item.pk}" name="text" rows="3" maxlength="5000"' in page.content.decode()

    response = client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]),
        {"text": "x" * 5001},
        follow=True,
    )

    assert not Comment.objects.exists()
    form = response.content.decode().split(f'id="comment-{item.pk}-error"')[1][:200]
    assert "En kommentar får vara högst 5\xa0000 tecken." in form


def test_a_comment_of_exactly_the_limit_is_saved(client_for, member, sent_minutes):
    item = sent_minutes.agenda_items.get()
    client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]), {"text": "x" * 5000}
    )
    assert len(Comment.objects.get().text) == 5000


def test_the_secretarys_too_long_answer_is_refused_with_a_message(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")

    response = client_for(secretary).post(
        reverse("meetings:answer_comment", args=[note.pk]),
        {"answer": "y" * 5001, "version": 0},
        follow=True,
    )

    note.refresh_from_db()
    assert note.answer == ""
    assert "Svaret är inte sparat: det får vara högst 5\xa0000 tecken." in (
        response.content.decode()
    )


def test_the_secretarys_answer_from_a_page_opened_before_another_answer_is_refused(
    client_for, member, secretary, administrator, sent_minutes
):
    """The secretary and the administrator open the page at the same comment; the
    administrator answers first, and the secretary's later save replaces nothing."""
    item = sent_minutes.agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")
    url = reverse("meetings:answer_comment", args=[note.pk])
    client_for(administrator).post(url, {"answer": "Ja, 1 426 tkr.", "version": 0})

    response = client_for(secretary).post(
        url, {"answer": "Nej, den ska <b>rättas</b>.", "version": 0}, follow=True
    )

    note.refresh_from_db()
    assert (note.answer, note.answered_by) == ("Ja, 1 426 tkr.", administrator)
    page = response.content.decode()
    assert "Svaret är inte sparat: någon har svarat på kommentaren" in page
    assert "Du skrev: Nej, den ska &lt;b&gt;rättas&lt;/b&gt;." in page  # inert, as typed


def test_the_secretary_answers_again_from_the_page_as_it_is_now(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")
    url = reverse("meetings:answer_comment", args=[note.pk])
    client_for(secretary).post(url, {"answer": "Ja.", "version": 0})
    page = client_for(secretary).get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
    assert 'name="version" value="1"' in page.content.decode()

    client_for(secretary).post(url, {"answer": "Ja, 1 426 tkr.", "version": 1})

    note.refresh_from_db()
    assert (note.answer, note.version) == ("Ja, 1 426 tkr.", 2)


def test_a_resolved_comment_keeps_its_answer(client_for, member, secretary, sent_minutes):
    item = sent_minutes.agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")
    url = reverse("meetings:answer_comment", args=[note.pk])
    client_for(secretary).post(url, {"answer": "Ja.", "resolved": "on", "version": 0})

    response = client_for(secretary).post(url, {"answer": "Nej.", "version": 1}, follow=True)

    note.refresh_from_db()
    assert note.answer == "Ja."
    assert "Kommentaren är redan löst. Svaret kan inte ändras." in response.content.decode()


def test_an_answer_without_the_pages_version_is_refused(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")

    response = client_for(secretary).post(
        reverse("meetings:answer_comment", args=[note.pk]), {"answer": "Ja."}, follow=True
    )

    note.refresh_from_db()
    assert note.answer == ""
    assert "Svaret är inte sparat. Ladda om sidan och svara igen." in response.content.decode()


def test_hostile_comment_is_inert(client_for, member, secretary, sent_minutes):
    item = sent_minutes.agenda_items.get()
    client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]),
        {"text": "<script>alert(1)</script>"},
    )
    page = (
        client_for(secretary)
        .get(reverse("meetings:meeting_detail", args=[sent_minutes.pk]))
        .content.decode()
    )
    assert "<script>alert(1)" not in page


def test_action_items_filter_by_owner_status_and_due_date(
    client_for, member, adjuster, sent_minutes, approved_minutes
):
    kerstin = sent_minutes.action_items.get().owners.get()
    url = reverse("meetings:action_items")
    page = client_for(adjuster).get(url, {"owner": kerstin.pk, "status": "open"}).content.decode()
    assert page.count("Utreda intresset") == 2
    page = client_for(adjuster).get(url, {"due_before": "2025-12-01"}).content.decode()
    assert page.count("Utreda intresset") == 1  # only the September meeting's item is due before


def test_owner_closes_her_action_item_with_a_note(client_for, member, sent_minutes):
    action = sent_minutes.action_items.get()
    response = client_for(member).post(
        reverse("meetings:close_action", args=[action.pk]),
        {"status": "done", "done_note": "Intresset finns i tre regioner."},
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.done_note, action.done_on) == (
        ActionStatus.DONE,
        "Intresset finns i tre regioner.",
        timezone.localdate(),
    )
    page = (
        client_for(member)
        .get(reverse("meetings:action_items"), {"status": "done"})
        .content.decode()
    )
    assert "Intresset finns i tre regioner." in page


def test_attachment_is_served_as_a_download_through_the_portal(client_for, member, sent_minutes):
    attachment = sent_minutes.attachments.get()
    response = client_for(member).get(
        reverse("meetings:attachment", args=[sent_minutes.pk, attachment.pk])
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b"budget 2026\n"


def test_meetings_are_listed_by_year(client_for, member, approved_minutes):
    Meeting.objects.create(title="Ett möte 2024", date=datetime.date(2024, 8, 19))
    page = client_for(member).get(reverse("meetings:meeting_list"), {"ar": 2024}).content.decode()
    assert "Ett möte 2024" in page
    assert "Mötesanteckningar styrgruppen" not in page
    assert "?ar=2025" in page


def test_draft_minutes_are_visible_to_members(client_for, member, draft_minutes):
    page = (
        client_for(member)
        .get(reverse("meetings:meeting_detail", args=[draft_minutes.pk]))
        .content.decode()
    )
    assert "Utkast" in page
    assert "Verksamhetsplan och budget" in page


@pytest.mark.parametrize("year", ["0", "99999999999999999999", "abc"])
def test_a_year_no_calendar_has_gives_not_found_on_the_year_lists(client, client_for, member, year):
    assert client.get(reverse("meetings:public_minutes"), {"ar": year}).status_code == 404
    member_client = client_for(member)
    assert member_client.get(reverse("meetings:meeting_list"), {"ar": year}).status_code == 404
