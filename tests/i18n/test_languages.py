"""Swedish unless the visitor chooses English; the choice is remembered; English is complete."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.i18n.helpers import choose_english, minutes_text, swedish_words


@pytest.mark.django_db
def test_a_visitor_whose_browser_prefers_english_gets_swedish(client):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = page.content.decode()
    assert 'lang="sv"' in html
    assert "Hoppa till innehållet" in html
    assert page["Content-Language"] == "sv"


@pytest.mark.django_db
def test_a_visitor_who_chooses_english_keeps_english_for_a_year(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/protokoll/"})
    assert response.status_code == 302
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert int(cookie["max-age"]) >= 365 * 24 * 3600
    html = client.get("/underskrivare/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert 'lang="en"' in html
    assert "Skip to content" in html


@pytest.mark.django_db
def test_a_visitor_who_chooses_swedish_again_gets_swedish(client):
    choose_english(client)
    client.post(reverse("set_language"), {"language": "sv", "next": "/"})
    assert "Hoppa till innehållet" in client.get("/").content.decode()


@pytest.mark.django_db
def test_an_unknown_language_in_the_cookie_gives_swedish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    assert 'lang="sv"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_the_member_reads_the_meeting_page_in_english(client_for, member, minutes):
    html = choose_english(client_for(member)).get(f"/moten/{minutes.pk}/").content.decode()
    assert "Agenda and minutes" in html
    assert "Attendees" in html
    assert "Sent for approval" in html or "Approve" in html
    assert "Dagordning och anteckningar" not in html
    # Only the minutes' own text (data, not interface) is Swedish.
    assert swedish_words(html, allowed=minutes_text(minutes)) == []


@pytest.mark.django_db
def test_the_secretary_sees_the_meeting_admin_in_english(client_for, secretary, minutes):
    client = choose_english(client_for(secretary))
    url = reverse("admin:meetings_meeting_change", args=[minutes.pk])
    html = client.get(url).content.decode()
    assert "Change meeting" in html
    assert "Add another Attendance" in html
    assert "Add another Agenda item" in html
    assert "Steering group meeting" in html  # a choice
    assert ">Title" in html  # a field label
    assert "Change möte" not in html
    assert "Add another Närvaro" not in html
    assert swedish_words(html, allowed=minutes_text(minutes)) == []


@pytest.mark.django_db
def test_the_secretary_reads_the_admin_dates_in_english_as_the_portal_writes_them(
    client_for, secretary, minutes
):
    client = choose_english(client_for(secretary))
    html = client.get(reverse("admin:meetings_meeting_changelist")).content.decode()
    assert "20 November 2025" in html
    assert "Nov. 20, 2025" not in html
    history = client.get(reverse("admin:meetings_meeting_history", args=[minutes.pk]))
    assert not re.search(r"[ap]\.m\.", history.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "admin:index",
        "admin:meetings_meeting_changelist",
        "admin:meetings_meeting_add",
        "admin:meetings_person_add",
        "admin:signatories_signatory_add",
        "admin:budget_outcomeentry_add",
        "admin:reports_annualreport_add",
    ],
)
def test_the_admin_pages_have_no_swedish_in_english(client_for, administrator, url):
    html = choose_english(client_for(administrator)).get(reverse(url)).content.decode()
    assert swedish_words(html, allowed=["Administratör"]) == []


@pytest.mark.django_db
def test_the_swedish_admin_shows_the_history_page_in_swedish(client_for, secretary, minutes):
    url = reverse("admin:meetings_meeting_history", args=[minutes.pk])
    html = client_for(secretary).get(url).content.decode()
    assert "Ändringshistorik" in html or "Objektet har ingen ändringshistorik." in html
    assert "Change history" not in html


@pytest.mark.django_db
def test_the_swedish_admin_names_the_app_and_the_list_on_an_old_version_of_a_decision(
    client_for, secretary, minutes
):
    decision = minutes.decisions.get()
    record = decision.history.earliest()
    url = reverse("admin:meetings_decision_simple_history", args=[decision.pk, record.pk])
    html = client_for(secretary).get(url).content.decode()
    crumbs = html[html.index('class="breadcrumbs"') :].split("</div>")[0]
    assert ">Möten</a>" in crumbs
    assert ">Beslut</a>" in crumbs
    assert "Meetings" not in crumbs
    assert "Historical" not in crumbs


@pytest.mark.django_db
def test_the_swedish_history_list_leaves_a_missing_change_reason_empty(
    client_for, secretary, minutes
):
    decision = minutes.decisions.get()
    url = reverse("admin:meetings_decision_history", args=[decision.pk])
    html = client_for(secretary).get(url).content.decode()
    table = html[html.index('id="change-history"') :].split("</table>")[0]
    assert "Skapad" in table
    assert "None" not in table


@pytest.mark.django_db
def test_the_search_field_of_a_swedish_admin_list_is_named_in_swedish(client_for, secretary):
    html = client_for(secretary).get(reverse("admin:meetings_meeting_changelist")).content.decode()
    label = html[html.index('<label for="searchbar">') :].split("</label>")[0]
    assert 'alt="Sök"' in label
    assert "Search" not in label


@pytest.mark.django_db
def test_the_swedish_admin_names_the_calendar_keys_fields_in_swedish(client_for, secretary):
    from meetings.models import CalendarToken

    token = CalendarToken.objects.create(user=secretary)
    client = client_for(secretary)
    listing = client.get(reverse("admin:meetings_calendartoken_changelist")).content.decode()
    page = client.get(
        reverse("admin:meetings_calendartoken_change", args=[token.pk])
    ).content.decode()
    assert ">Användare</a>" in listing
    assert ">User<" not in listing
    assert "Användare:" in page
    assert "User:" not in page
    # The key itself is not shown (tests/test_security.py), under either name.
    assert "Nyckel:" not in page
    assert "Token:" not in page


@pytest.mark.django_db
def test_each_language_in_the_language_form_is_marked_with_its_own_language(client):
    """A screen reader reads "English" on a Swedish page, and "Svenska" on an English one, in
    the language it is written in (WCAG 3.1.2)."""
    swedish = client.get("/").content.decode()
    english = choose_english(client).get("/").content.decode()
    for html in (swedish, english):
        assert '<option value="en" lang="en"' in html
        assert '<option value="sv" lang="sv"' in html


@pytest.mark.django_db
def test_an_english_visitor_leaves_the_server_in_swedish_for_whatever_runs_next(client):
    from django.utils import translation

    assert 'lang="en"' in choose_english(client).get("/underskrivare/").content.decode()
    # Work outside a request (a command, a mail, the next test) speaks the portal's language.
    assert translation.get_language() == settings.LANGUAGE_CODE == "sv"
