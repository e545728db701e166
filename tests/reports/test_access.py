"""Who may read, edit and export an annual report: a permission matrix over roles and pages."""

import pytest

from reports.models import AnnualReport

MANAGERS = {"secretary", "process_leader", "administrator"}
OTHERS = ["member", "adjuster", "outsider"]
PAGES = ["detail", "pdf", "edit"]
URLS = {
    "detail": "/rapporter/2019/",
    "pdf": "/rapporter/2019/pdf/",
    "edit": "/rapporter/2019/redigera/",
}


@pytest.fixture
def draft(db):
    return AnnualReport.objects.create(year=2019, title="Årsrapport 2019")


@pytest.fixture
def published(db):
    return AnnualReport.objects.create(year=2019, title="Årsrapport 2019", status="published")


@pytest.mark.parametrize("role", sorted(MANAGERS))
@pytest.mark.parametrize("page", PAGES)
def test_managers_can_read_edit_and_export_a_draft(request, client_for, draft, role, page):
    response = client_for(request.getfixturevalue(role)).get(URLS[page])
    assert response.status_code == 200


@pytest.mark.parametrize("role", OTHERS)
@pytest.mark.parametrize("page", PAGES)
def test_others_get_404_for_a_draft(request, client_for, draft, role, page):
    response = client_for(request.getfixturevalue(role)).get(URLS[page])
    assert response.status_code == 404


@pytest.mark.parametrize("page", ["detail", "pdf"])
def test_the_public_gets_404_for_a_draft(client, draft, page):
    assert client.get(URLS[page]).status_code == 404


def test_the_public_is_sent_to_log_in_to_edit(client, draft):
    response = client.get(URLS["edit"])
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


@pytest.mark.parametrize("page", ["detail", "pdf"])
def test_the_public_may_read_and_download_a_published_report(client, published, page):
    response = client.get(URLS[page])
    assert response.status_code == 200


def test_the_published_pdf_is_a_pdf_attachment(client, published):
    response = client.get(URLS["pdf"])
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="arsrapport-2019.pdf"'
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("role", OTHERS)
def test_others_get_403_for_editing_a_published_report(request, client_for, published, role):
    response = client_for(request.getfixturevalue(role)).get(URLS["edit"])
    assert response.status_code == 403


def test_the_report_list_shows_drafts_only_to_managers(
    client_for, client, member, process_leader, draft
):
    AnnualReport.objects.create(year=2018, title="Årsrapport 2018", status="published")
    public = client.get("/rapporter/").content.decode()
    assert "Årsrapport 2018" in public and "Årsrapport 2019" not in public
    assert "Årsrapport 2019" not in client_for(member).get("/rapporter/").content.decode()
    managed = client_for(process_leader).get("/rapporter/").content.decode()
    assert "Årsrapport 2019" in managed
    assert "Påbörja en ny årsrapport" in managed


def test_the_export_and_edit_buttons_are_on_the_report_page_for_the_process_leader(
    client_for, process_leader, draft
):
    page = client_for(process_leader).get(URLS["detail"]).content.decode()
    assert 'href="/rapporter/2019/pdf/"' in page
    assert 'href="/rapporter/2019/redigera/"' in page


def test_the_public_sees_no_edit_button(client, published):
    page = client.get(URLS["detail"]).content.decode()
    assert 'href="/rapporter/2019/redigera/"' not in page


@pytest.mark.parametrize("role", OTHERS)
def test_others_cannot_start_a_report(request, client_for, role):
    response = client_for(request.getfixturevalue(role)).post("/rapporter/ny/", {"year": 2030})
    assert response.status_code == 403
    assert not AnnualReport.objects.filter(year=2030).exists()


@pytest.mark.parametrize("role", OTHERS)
def test_others_get_404_from_the_markdown_preview(request, client_for, role):
    response = client_for(request.getfixturevalue(role)).post(
        "/rapporter/forhandsgranska/", {"text": "x", "year": 2019}
    )
    assert response.status_code == 404
