"""The meeting page shows whatever changes at once on a page viewed before, and each person
only the forms that are theirs."""

from unittest import mock

import pytest
from django.urls import reverse

from meetings import approval
from meetings.models import Comment, Person
from meetings.models.meeting import Status


@pytest.fixture
def pdf():
    with mock.patch(
        "reports.minutes.minutes_pdf",
        return_value=("protokoll.pdf", "application/pdf", b"%PDF-1.7 minutes\n"),
    ):
        yield


def _page(client, meeting):
    return client.get(reverse("meetings:meeting_detail", args=[meeting.pk])).content.decode()


def test_member_sees_the_adjusters_correction_on_a_page_she_viewed_before(
    client_for, member, adjuster, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    assert "3,1 procent" in _page(client_for(member), sent_minutes)
    client_for(adjuster).post(
        reverse("meetings:edit_item", args=["punkt", item.pk]),
        {"heading": item.heading, "body": "Budgeten skrivs upp med 3,4 procent.", "version": 1},
    )
    page = _page(client_for(member), sent_minutes)
    assert "3,4 procent" in page
    assert "3,1 procent" not in page


def test_a_new_comment_and_the_secretarys_answer_show_at_once(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    assert "1 kommentar" not in _page(client_for(member), sent_minutes)
    client_for(member).post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]),
        {"text": "Gäller det även 2027?"},
    )
    assert "Gäller det även 2027?" in _page(client_for(member), sent_minutes)
    note = Comment.objects.get()
    client_for(secretary).post(
        reverse("meetings:answer_comment", args=[note.pk]),
        {"answer": "Nej, bara 2026.", "version": 0},
    )
    assert "Nej, bara 2026." in _page(client_for(member), sent_minutes)


def test_a_renamed_person_shows_with_the_new_name(client_for, member, sent_minutes):
    kerstin = Person.objects.get(user=member)
    old_name = kerstin.name
    assert old_name in _page(client_for(member), sent_minutes)
    Person.objects.filter(pk=kerstin.pk).update(name="Kerstin Omdöpt")
    page = _page(client_for(member), sent_minutes)
    assert "Kerstin Omdöpt" in page
    assert f"{old_name}</" not in page.split('id="attendance-heading"')[1]


def test_approval_closes_corrections_and_comments_on_a_page_viewed_before(
    client_for, adjuster, second_adjuster, sent_minutes, pdf, django_capture_on_commit_callbacks
):
    item = sent_minutes.agenda_items.get()
    correct = 'href="{}"'.format(reverse("meetings:edit_item", args=["punkt", item.pk]))
    before = _page(client_for(adjuster), sent_minutes)
    assert correct in before
    assert reverse("meetings:comment", args=[sent_minutes.pk, item.pk]) in before
    current = approval.fingerprint(sent_minutes)
    with django_capture_on_commit_callbacks(execute=True):
        approval.approve(sent_minutes, adjuster, current)
        approval.approve(sent_minutes, second_adjuster, current)
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED
    after = _page(client_for(adjuster), sent_minutes)
    assert correct not in after
    assert reverse("meetings:comment", args=[sent_minutes.pk, item.pk]) not in after
    assert reverse("meetings:archived_pdf", args=[sent_minutes.pk]) in after


def test_member_never_gets_the_secretarys_answer_form_even_after_the_secretary_viewed_the_page(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    Comment.objects.create(agenda_item=item, author=member, text="Stämmer siffran?")
    note = Comment.objects.get()
    assert reverse("meetings:answer_comment", args=[note.pk]) in _page(
        client_for(secretary), sent_minutes
    )
    page = _page(client_for(member), sent_minutes)
    assert "Stämmer siffran?" in page
    assert reverse("meetings:answer_comment", args=[note.pk]) not in page
    assert "Markera som löst" not in page
