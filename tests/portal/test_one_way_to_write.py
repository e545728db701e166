"""One service per write, used by the portal and the admin alike: closing an action item,
voiding approvals, and who changed what recorded by simple-history."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from meetings import approval, services
from meetings.models import ActionItem, Approval
from meetings.models.minutes import ActionStatus


@pytest.fixture
def services_used(monkeypatch):
    """The (function, keyword arguments) of each call of the two write services."""
    calls = []
    for module, name in ((services, "close_action_item"), (approval, "void_approvals")):
        real = getattr(module, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            calls.append((_name, kwargs))
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    return calls


def _close_in_portal(client, item, note):
    return client.post(
        reverse("meetings:close_action", args=[item.pk]),
        {"status": ActionStatus.DONE, "done_note": note},
        follow=True,
    )


def test_kerstin_closes_her_action_item_and_the_history_names_her(
    client_for, member, sent_minutes, services_used
):
    item = sent_minutes.action_items.get()
    _close_in_portal(client_for(member), item, "  Intresse finns hos tre regioner. ")
    item.refresh_from_db()
    assert (item.status, item.done_note) == (ActionStatus.DONE, "Intresse finns hos tre regioner.")
    assert (item.done_on, item.followed_up_at) == (timezone.localdate(), None)
    assert item.history.first().history_user == member
    assert [name for name, _kwargs in services_used] == ["close_action_item"]


def test_an_item_already_closed_cannot_be_closed_again_and_keeps_its_first_note(
    client_for, member, secretary, sent_minutes
):
    item = sent_minutes.action_items.get()
    _close_in_portal(client_for(member), item, "Klart i oktober.")
    page = _close_in_portal(client_for(secretary), item, "Klart i november.").content.decode()
    assert "Uppdraget är redan avslutat." in page
    item.refresh_from_db()
    assert item.done_note == "Klart i oktober."


def test_the_secretary_follows_up_an_earlier_item_at_a_later_meeting_through_the_same_service(
    client_for, secretary, approved_minutes, sent_minutes, services_used
):
    earlier = approved_minutes.action_items.get()
    client_for(secretary).post(
        reverse("admin:meetings_meeting_follow_up", args=[sent_minutes.pk, earlier.pk]),
        {"note": "Konferensen hålls i mars."},
    )
    earlier.refresh_from_db()
    assert (earlier.status, earlier.done_note) == (ActionStatus.DONE, "Konferensen hålls i mars.")
    assert (earlier.done_on, earlier.followed_up_at) == (sent_minutes.date, sent_minutes)
    assert earlier.history.first().history_user == secretary
    assert services_used == [("close_action_item", {"meeting": sent_minutes})]


def test_the_service_refuses_to_follow_up_an_item_an_owner_has_closed(
    member, secretary, approved_minutes, sent_minutes
):
    earlier = approved_minutes.action_items.get()
    services.close_action_item(earlier, member, "Klart.")
    with pytest.raises(ValidationError):
        services.close_action_item(earlier, secretary, "Klart igen.", meeting=sent_minutes)
    assert ActionItem.objects.get(pk=earlier.pk).followed_up_at is None


def test_reopening_voids_the_approvals_through_the_one_voiding_service_without_mail(
    secretary, approved_minutes, services_used, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.reopen(approved_minutes, secretary, "Fel belopp i beslutet.")
    assert not Approval.objects.filter(meeting=approved_minutes, voided_at__isnull=True).exists()
    assert services_used == [("void_approvals", {"notify": False})]
    assert mail.outbox == []
