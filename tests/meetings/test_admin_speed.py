"""The secretary's meeting list costs what its page of rows costs, and looks as Django draws it."""

import re

from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.models import Meeting

LIST_URL = "/admin/meetings/meeting/"


def _meetings(secretary, count):
    for day in range(1, count + 1):
        Meeting.objects.create(
            kind="steering",
            title=f"Möte {day} <&>",
            date=f"2023-{1 + day // 28:02d}-{1 + day % 28:02d}",
            secretary=secretary.person,
        )


def test_each_row_of_the_secretarys_list_has_djangos_own_action_checkbox(
    client_for, secretary, august_meeting
):
    _meetings(secretary, 3)
    html = client_for(secretary).get(LIST_URL).content.decode()
    for meeting in Meeting.objects.all():
        # Django's ModelAdmin draws the checkbox with its widget templates: the same markup.
        drawn = admin.ModelAdmin.action_checkbox(None, meeting)
        assert drawn in html, meeting
    assert html.count('class="action-select"') == Meeting.objects.count()


def test_the_date_and_title_of_a_row_link_to_that_meetings_page(
    client_for, secretary, august_meeting
):
    _meetings(secretary, 2)
    html = client_for(secretary).get(LIST_URL).content.decode()
    for meeting in Meeting.objects.all():
        url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
        assert len(re.findall(f'<a href="{re.escape(url)}">', html)) == 2, meeting


# The meeting change page -----------------------------------------------------------------------


def _form_part(html):
    """The page from the meeting's form to its end, without the per-request token."""
    html = html[html.index('id="meeting_form"') :]
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_frozen_minutes_show_the_secretary_exactly_what_djangos_read_only_page_shows(
    client_for, secretary, adjuster, august_meeting, monkeypatch
):
    from meetings.admin import MeetingInline
    from tests.meetings.helpers import approve

    approve(august_meeting, adjuster.person)
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    response = client.get(url)
    # The frozen forms carry no field: nothing to copy per row, no choice list to read.
    assert response.context["adminform"].form.fields == {}
    for formset in response.context["inline_admin_formsets"]:
        for form in formset.formset.forms:
            assert set(form.fields) <= {"id", "meeting"}, form.fields
    ours = _form_part(response.content.decode())

    # Django's own read-only page: every field in the forms, shown as text.
    monkeypatch.setattr(
        MeetingInline, "get_readonly_fields", lambda self, r, obj=None: list(self.readonly_fields)
    )
    response = client.get(url)
    assert response.context["inline_admin_formsets"][0].formset.forms[0].fields["person"]
    djangos = _form_part(response.content.decode())
    assert "Verksamhetsplan och budget 2024" in ours
    assert "Processledarna återkommer med förslag på upplägg." in ours
    # Only the form's encoding differs: it has no file field left (and has no save button).
    djangos = djangos.replace(' enctype="multipart/form-data"', "")
    assert ours == djangos


def test_the_change_page_reads_the_meeting_row_once(client_for, secretary, august_meeting):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    own_row = f'WHERE "meetings_meeting"."id" = {august_meeting.pk}'
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT") and own_row in q["sql"]]
    assert len(reads) == 1, reads


def test_the_secretarys_draft_page_reads_its_choice_lists_without_counting_them(
    client_for, secretary, august_meeting
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"]]
    assert counts == []
    # Decisions and action items name their agenda item by its number on the page.
    item = august_meeting.decisions.first().agenda_item
    assert f'name="decisions-0-agenda_number" value="{item.order}"' in html


def test_the_frozen_page_reads_the_secretary_with_the_meeting(
    client_for, secretary, adjuster, august_meeting
):
    from tests.meetings.helpers import approve

    approve(august_meeting, adjuster.person)
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert "Jesper Svensson" in html
    one_person = 'FROM "meetings_person" WHERE "meetings_person"."id" ='
    assert [q["sql"] for q in queries if one_person in q["sql"]] == []
