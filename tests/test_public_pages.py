"""The accessibility statement and the privacy page are public and linked from every page."""

import pytest


@pytest.mark.django_db
def test_anyone_reads_the_accessibility_statement(client):
    response = client.get("/tillganglighet/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Tillgänglighetsredogörelse" in text
    assert "WCAG 2.1" in text
    assert "Digg" in text


@pytest.mark.django_db
def test_anyone_reads_how_personal_data_is_handled(client):
    response = client.get("/personuppgifter/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "personuppgiftsansvarig" in text
    assert "Integritetsskyddsmyndigheten" in text


@pytest.mark.django_db
def test_the_footer_links_both_pages(client):
    text = client.get("/").content.decode()
    assert 'href="/tillganglighet/"' in text
    assert 'href="/personuppgifter/"' in text
