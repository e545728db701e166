"""The secretary's meeting list costs what its page of rows costs, and looks as Django draws it."""

import re

from django.contrib import admin
from django.urls import reverse

from meetings.models import Meeting
from tests.meetings.test_admin_fixtures import *  # noqa: F403 - fixtures

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


def test_more_meetings_on_the_list_render_no_more_templates(client_for, secretary, august_meeting):
    client = client_for(secretary)
    client.get(LIST_URL)
    few = [t.name for t in client.get(LIST_URL).templates]
    _meetings(secretary, 30)
    many = [t.name for t in client.get(LIST_URL).templates]
    assert sorted(many) == sorted(few)
