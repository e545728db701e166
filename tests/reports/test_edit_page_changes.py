"""The report's edit page: the process leader sees every change at once, in her language, and a
refused edit shows what was sent."""

import re

from django.conf import settings

from reports.models import ReportSection
from tests.reports.test_editing import form_data

URL = "/rapporter/2019/redigera/"


def _page(client):
    response = client.get(URL)
    assert response.status_code == 200
    return re.sub(r'(csrfmiddlewaretoken" value=")[^"]*', r"\1X", response.content.decode())


def test_a_section_renamed_by_the_secretary_shows_on_the_process_leaders_next_visit(
    client_for, process_leader, report, plan
):
    client = client_for(process_leader)
    client.get(URL)
    ReportSection.objects.filter(report=report, order=1).update(heading="Gruppen")
    area = plan.areas.get(number=2)
    area.name = "Bättre kunskaper"
    area.save()
    html = _page(client)
    assert 'name="sections-0-heading" value="Gruppen"' in html
    assert '<legend class="h5">Gruppen</legend>' in html
    assert "Bättre kunskaper" in html
    assert "Ökade kunskaper" not in html


def test_the_page_in_english_is_not_the_swedish_one(client_for, process_leader, report):
    client = client_for(process_leader)
    swedish = client.get(URL).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get(URL).content.decode()
    assert '<label for="id_sections-0-DELETE">Radera:</label>' in swedish
    assert '<label for="id_sections-0-DELETE">Delete:</label>' in english


def test_a_refused_edit_shows_the_text_that_was_sent_not_the_kept_forms(
    client_for, process_leader, report
):
    client = client_for(process_leader)
    client.get(URL)
    response = client.post(URL, form_data(report, **{"sections-0-body": "Vi har {{okänd}}."}))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vi har {{okänd}}." in html
    assert "Okända platshållare" in html
