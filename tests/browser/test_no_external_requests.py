"""Nothing leaves the portal's host, and the Content-Security-Policy blocks nothing the pages need.

Every request of several pages (public, portal, admin) is recorded with page.on("request"); each
must go to the live server. The browser's console must show no CSP refusal, which would mean an
inline script, style or handler that the policy (no 'unsafe-inline') silently broke.
"""

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from meetings.models import Meeting
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC = ["/", "/protokoll/", "/underskrivare/", "/tillganglighet/", "/personuppgifter/"]


class Recorder:
    """Collects the hosts of every request and every CSP refusal of a page."""

    def __init__(self, page):
        self.requests = []
        self.refusals = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda message: self._console(page, message))

    def _console(self, page, message):
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            self.refusals.append(f"{page.url}: {message.text[:90]} {message.location}")

    def foreign(self, live_server_url):
        own = urlsplit(live_server_url).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != own
        ]


def visit(page, recorder, urls):
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
    return recorder


def test_the_public_pages_ask_nothing_of_other_hosts(page, live_server):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    recorder = visit(page, Recorder(page), PUBLIC)
    assert len(recorder.requests) >= len(PUBLIC) * 3  # pages, CSS and JavaScript were seen
    assert recorder.foreign(live_server.url) == []
    assert recorder.refusals == []


def test_kerstins_portal_pages_ask_nothing_of_other_hosts(page, live_server, member):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    recorder = Recorder(page)
    log_in(page, member)
    meeting = Meeting.objects.order_by("-date").first()
    visit(page, recorder, ["/", "/moten/", f"/moten/{meeting.pk}/", "/uppdrag/", "/budget/"])
    assert recorder.foreign(live_server.url) == []
    assert recorder.refusals == []


def test_jespers_admin_pages_ask_nothing_of_other_hosts(page, live_server, secretary):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    recorder = Recorder(page)
    log_in(page, secretary)
    meeting = Meeting.objects.order_by("-date").first()
    visit(
        page,
        recorder,
        [
            "/admin/",
            "/admin/meetings/meeting/",
            "/admin/meetings/meeting/add/",
            f"/admin/meetings/meeting/{meeting.pk}/change/",
            f"/admin/meetings/meeting/{meeting.pk}/history/",
        ],
    )
    assert recorder.foreign(live_server.url) == []
    assert recorder.refusals == []


def test_ericas_import_and_export_pages_work_under_the_policy(page, live_server, process_leader):
    call_command("load_demo", verbosity=0, without_pdfs=True)
    recorder = Recorder(page)
    log_in(page, process_leader)
    visit(
        page,
        recorder,
        ["/admin/signatories/signatory/import/", "/admin/signatories/signatory/export/"],
    )
    # The export page's "select all" box works without its inline onchange= handler.
    toggle = page.locator("input.select-toggle").first
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]')
    assert fields.count() > 1
    toggle.uncheck()
    assert all(not box.is_checked() for box in fields.all())
    toggle.check()
    assert all(box.is_checked() for box in fields.all())
    assert recorder.foreign(live_server.url) == []
    assert recorder.refusals == []
