"""The process leader edits the narrative; stale edits and hand-typed placeholders are refused."""

import pytest

from reports.models import AnnualReport, ReportSection
from reports.services import save_report
from ros_portal.locking import StaleEdit


def form_data(report, **changes):
    sections = list(report.sections.all())
    data = {
        "version": report.version,
        "title": report.title,
        "subtitle": report.subtitle,
        "introduction": report.introduction,
        "action_plan": report.action_plan_id or "",
        "status": report.status,
        "sections-TOTAL_FORMS": len(sections),
        "sections-INITIAL_FORMS": len(sections),
        "sections-MIN_NUM_FORMS": 0,
        "sections-MAX_NUM_FORMS": 1000,
    }
    for index, section in enumerate(sections):
        prefix = f"sections-{index}-"
        data.update(
            {
                prefix + "id": section.pk,
                prefix + "report": report.pk,
                prefix + "order": section.order,
                prefix + "heading": section.heading,
                prefix + "level": section.level,
                prefix + "development_area": section.development_area_id or "",
                prefix + "facts": section.facts,
                prefix + "body": section.body,
            }
        )
    data.update(changes)
    return data


def test_the_process_leader_edits_the_introduction_and_a_section(
    client_for, process_leader, report
):
    response = client_for(process_leader).post(
        "/rapporter/2019/redigera/",
        form_data(report, introduction="Ett nytt år.", **{"sections-0-body": "Ny text."}),
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.introduction == "Ett nytt år."
    assert report.version == 2
    assert ReportSection.objects.get(report=report, heading="Organisation").body == "Ny text."


def test_the_edit_page_offers_the_markdown_preview_script_and_placeholder_help(
    client_for, process_leader, report
):
    page = client_for(process_leader).get("/rapporter/2019/redigera/").content.decode()
    assert "/static/js/reports-preview.js" in page
    assert 'data-markdown-preview="1"' in page
    assert "{{antal_styrgruppsmöten}}" in page
    assert "<script>" not in page


def test_a_stale_edit_is_refused(client_for, process_leader, secretary, report):
    stale = form_data(report, introduction="Erica skriver.")
    client_for(secretary).post(
        "/rapporter/2019/redigera/", form_data(report, introduction="Jesper hann före.")
    )
    response = client_for(process_leader).post("/rapporter/2019/redigera/", stale)
    report.refresh_from_db()
    assert report.introduction == "Jesper hann före."
    assert response.status_code == 409
    assert "har ändrats av någon annan" in response.content.decode()
    assert "Erica skriver." in response.content.decode()  # her text is still on screen


def test_the_service_refuses_a_stale_version(process_leader, report):
    from reports.forms import AnnualReportForm, SectionFormSet

    AnnualReport.objects.filter(pk=report.pk).update(version=5)
    form = AnnualReportForm(form_data(report), instance=report)
    formset = SectionFormSet(form_data(report), instance=report)
    assert form.is_valid() and formset.is_valid()
    with pytest.raises(StaleEdit):
        save_report(form, formset, 1, process_leader)


def test_an_unknown_placeholder_is_refused(client_for, process_leader, report):
    response = client_for(process_leader).post(
        "/rapporter/2019/redigera/",
        form_data(report, introduction="Vi höll {{antal_fikor}} fikor."),
    )
    assert response.status_code == 400
    assert "Okända platshållare" in response.content.decode()
    report.refresh_from_db()
    assert "fikor" not in report.introduction


def test_hostile_text_in_the_narrative_is_inert(client_for, process_leader, report):
    report.introduction = '<script>alert(1)</script><img src=x onerror="alert(2)"> **fet**'
    report.save()
    page = client_for(process_leader).get("/rapporter/2019/").content.decode()
    assert "<script>alert(1)" not in page
    assert "onerror" not in page
    assert "<strong>fet</strong>" in page


def test_the_preview_fills_in_placeholders_and_escapes(client_for, process_leader, report):
    response = client_for(process_leader).post(
        "/rapporter/forhandsgranska/",
        {"text": "**{{antal_styrgruppsmöten}}** möten <script>x</script>", "year": 2019},
    )
    assert response.status_code == 200
    html = response.content.decode()
    # The count links to the meetings it counts, in the report's appendix "Källor".
    assert (
        '<strong><a href="#kallor-styrgruppsmoten" class="source-link">två</a></strong> möten'
        in html
    )
    assert "<script>" not in html


def test_publishing_stamps_the_date(client_for, process_leader, report):
    client_for(process_leader).post(
        "/rapporter/2019/redigera/", form_data(report, status="published")
    )
    report.refresh_from_db()
    assert report.status == "published"
    assert report.published_at is not None


def test_a_refused_edit_says_so_at_the_top_and_links_to_each_field_in_error(
    client_for, process_leader, report
):
    """An empty heading far down the page: the process leader is told above the form, with a
    link to the field, not left to scroll through every section to find it."""
    last = report.sections.count() - 1
    data = form_data(report, title="", **{f"sections-{last}-heading": ""})
    response = client_for(process_leader).post("/rapporter/2019/redigera/", data)
    assert response.status_code == 400
    page = response.content.decode()
    summary = page[page.index('id="error-summary"') : page.index('id="report-form"')]
    assert "Rapporten är inte sparad" in summary
    assert 'href="#id_title"' in summary
    assert f'href="#id_sections-{last}-heading"' in summary
    assert "Detta fält måste fyllas i." in summary
