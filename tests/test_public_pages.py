"""The accessibility statement and the privacy page are public and linked from every page."""

import pytest

from tests.i18n.helpers import choose_english


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


@pytest.mark.django_db
def test_an_english_reader_gets_the_navigation_and_the_statement_in_english(client):
    page = choose_english(client).get("/tillganglighet/").content.decode()
    assert 'lang="en"' in page
    assert "Skip to content" in page
    assert "Accessibility statement" in page
    assert "How accessible is the website?" in page


@pytest.mark.django_db
def test_a_missing_page_says_so_in_swedish_and_in_english(client):
    swedish = client.get("/finns-inte/")
    assert swedish.status_code == 404
    assert "Sidan finns inte" in swedish.content.decode()
    english = choose_english(client).get("/finns-inte/")
    assert "Page not found" in english.content.decode()


@pytest.mark.django_db
def test_an_outsider_who_opens_the_logout_address_reads_what_to_do_instead(client):
    """Logging out, like every write, takes a form; typing its address gave a blank page."""
    response = client.get("/konto/logout/")

    assert response.status_code == 405
    assert "POST" in response["Allow"]
    page = response.content.decode()
    assert "Adressen tar bara emot formulär" in page
    assert 'href="/"' in page
    english = choose_english(client).get("/konto/logout/")
    assert "This address only takes forms" in english.content.decode()


@pytest.mark.django_db
def test_a_member_who_reloads_a_form_address_reads_the_same_page(client_for, member):
    response = client_for(member).get("/kommentarer/1/svara/")

    assert response.status_code == 405
    assert "Adressen tar bara emot formulär" in response.content.decode()
