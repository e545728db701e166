"""Main pages are cached per person under the data version: a second visit renders nothing,
whatever changed shows at once, nobody sees another person's page, and forms keep working."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import Meeting
from ros_portal import dataversion
from ros_portal.pagecache import CSRF_SLOT, cache_page_per_user
from tests.conftest import log_in_client


def _detail(meeting):
    return reverse("meetings:meeting_detail", args=[meeting.pk])


def test_a_members_second_visit_renders_nothing(client_for, member, sent_minutes):
    client = client_for(member)
    first = client.get(_detail(sent_minutes))
    second = client.get(_detail(sent_minutes))
    assert "meetings/meeting_detail.html" in [t.name for t in first.templates]
    assert second.templates == []
    assert "3,1 procent" in second.content.decode()


def test_a_second_visit_asks_the_database_less_than_the_first(client_for, member, sent_minutes):
    client = client_for(member)
    with CaptureQueriesContext(connection) as first:
        client.get(_detail(sent_minutes))
    # The session, the user, the session saved again (inactivity timeout), its messages, the
    # data version: the minutes themselves are not read.
    with CaptureQueriesContext(connection) as second:
        client.get(_detail(sent_minutes))
    assert len(second) < len(first)
    assert not any("meetings_agendaitem" in q["sql"] for q in second.captured_queries)


def test_the_secretarys_admin_page_of_the_meeting_is_served_from_the_cache(
    client_for, secretary, approved_minutes
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[approved_minutes.pk])
    first = client.get(url)
    second = client.get(url)
    assert second.templates == []
    assert "Verksamhetsplan och budget" in second.content.decode()
    tokens = second.content.decode().count("csrfmiddlewaretoken")
    assert tokens == first.content.decode().count("csrfmiddlewaretoken")


def test_a_change_made_any_way_shows_at_once_on_a_page_seen_before(
    client_for, member, sent_minutes
):
    client = client_for(member)
    assert "Sammanträde med RÖS-gruppen" in client.get(_detail(sent_minutes)).content.decode()
    Meeting.objects.filter(pk=sent_minutes.pk).update(title="Extrainsatt möte")
    page = client.get(_detail(sent_minutes)).content.decode()
    assert "Extrainsatt möte" in page
    assert "Sammanträde med RÖS-gruppen" not in page


def test_each_person_gets_their_own_page(client, member, adjuster, sent_minutes):
    log_in_client(client, member)
    assert "Kerstin Söderberg" in client.get("/").content.decode()
    log_in_client(client, adjuster)
    page = client.get("/").content.decode()
    assert "Logga ut Jan Linde" in page
    assert "Logga ut Kerstin Söderberg" not in page


def test_an_outsider_is_refused_a_page_a_member_has_just_seen(
    client, member, outsider, sent_minutes
):
    log_in_client(client, member)
    assert client.get(_detail(sent_minutes)).status_code == 200
    log_in_client(client, outsider)
    assert client.get(_detail(sent_minutes)).status_code == 404


def test_the_public_never_gets_a_members_page(client, member, approved_minutes):
    log_in_client(client, member)
    assert client.get("/").status_code == 200
    client.logout()
    page = client.get("/").content.decode()
    assert "Logga in" in page
    assert "Logga ut" not in page


def test_a_cached_page_carries_a_working_token_for_each_browser(member, sent_minutes):
    """Kerstin opens the meeting in two browsers; her comment from the second is accepted."""
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    log_in_client(first, member)
    log_in_client(second, member)
    first.get(_detail(sent_minutes))
    page = second.get(_detail(sent_minutes)).content.decode()
    assert CSRF_SLOT not in page
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    item = sent_minutes.agenda_items.get()
    response = second.post(
        reverse("meetings:comment", args=[sent_minutes.pk, item.pk]),
        {"text": "Gäller det även 2027?", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert "Gäller det även 2027?" in second.get(_detail(sent_minutes)).content.decode()


def counted_view(response_class):
    """A cached view answering with response_class, and the list of its calls."""
    calls = []

    @cache_page_per_user
    def view(request):
        calls.append(request)
        return response_class("<p>sida</p>")

    return view, calls


def test_a_page_showing_a_message_is_not_cached(rf_member_request):
    page, calls = counted_view(HttpResponse)
    request = rf_member_request()
    messages.success(request, "Sparat.")
    page(request)
    page(rf_member_request())
    page(rf_member_request())
    assert len(calls) == 2


def test_only_pages_that_answer_200_are_kept(rf_member_request):
    missing, calls = counted_view(HttpResponseNotFound)
    missing(rf_member_request())
    missing(rf_member_request())
    assert len(calls) == 2


@pytest.fixture
def rf_member_request(member):
    assert dataversion.current() is not None

    def build():
        request = RequestFactory().get("/prov/")
        request.user = member
        request.session = {}
        request._messages = FallbackStorage(request)
        return request

    return build


@pytest.mark.django_db(transaction=True)
def test_a_change_saved_by_another_process_shows_at_once(client_for, member, sent_minutes):
    """Each gunicorn worker has a cache of its own: a worker that kept the page must see that
    another one changed the meeting."""
    client = client_for(member)
    assert "Sammanträde med RÖS-gruppen" in client.get(_detail(sent_minutes)).content.decode()
    db = connection.settings_dict
    other_worker = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from meetings.models import Meeting; "
            f"Meeting.objects.filter(pk={sent_minutes.pk}).update(title='Extrainsatt möte')",
        ],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_DEBUG": "1",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert other_worker.returncode == 0, other_worker.stderr
    page = client.get(_detail(sent_minutes)).content.decode()
    assert "Extrainsatt möte" in page
