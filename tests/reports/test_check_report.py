"""A report that checks its own text: check_report and the same check before publishing."""

import io

import pytest
from django.core.management import call_command

from reports.checks import check_report
from reports.models import AnnualReport, ReportSection
from tests.reports.test_editing import form_data


@pytest.fixture
def demo(demo_data):
    return AnnualReport.objects.get(year=2025)


@pytest.fixture
def demo_draft(demo):
    """The demo report set back to draft, so that its text may be changed."""
    demo.status = "draft"
    demo.save()
    return demo


def _run(year):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("check_report", str(year), stdout=out, stderr=err)
    except SystemExit as exit_info:
        return exit_info.code, out.getvalue()
    return 0, out.getvalue()


def test_the_demo_report_as_loaded_passes_check_report(demo):
    code, out = _run(2025)
    assert code == 0
    assert "Årsrapport 2025: texten stämmer med data." in out


def test_a_planted_under_2026_in_the_2025_narrative_fails_and_names_the_section(demo_draft):
    section = demo_draft.sections.get(heading="Styrgruppsmöten RÖS")
    section.body = section.body.replace("Under året har RÖS-gruppen", "Under 2026 har RÖS-gruppen")
    section.save()
    code, out = _run(2025)
    assert code == 1
    assert "Styrgruppsmöten RÖS: ”Under 2026” – data: rapportens år är 2025" in out


def test_counts_typed_by_hand_are_checked_against_the_data(demo_draft):
    section = demo_draft.sections.get(heading="Dialogmöten")
    section.body += (
        "\n\nUnder 2025 har styrgruppen haft sju möten och arrangerat tre dialogmöten. "
        "Vid dialogmötet i augusti deltog 45 personer från 40 olika organisationer. "
        "Överenskommelsen har därmed 130 underskrivare, varav åtta nya underskrivare."
    )
    section.save()
    found = {(f.section, f.words, f.data) for f in check_report(demo_draft)}
    assert found == {
        ("Dialogmöten", "haft sju möten", "8 styrgruppsmöten"),
        ("Dialogmöten", "tre dialogmöten", "2 dialogmöten"),
        (
            "Dialogmöten",
            "deltog 45 personer från 40 olika organisationer",
            "45 personer från 42 organisationer (2025-08-28); "
            "49 personer från 27 organisationer (2025-10-17)",
        ),
        ("Dialogmöten", "130 underskrivare", "133 underskrivare"),
    }


def test_a_later_year_in_a_sentence_about_plans_is_not_a_contradiction(report):
    ReportSection.objects.create(
        report=report, order=99, heading="Framåt", body="Under 2020 planeras en uppdatering."
    )
    assert check_report(report) == []


def test_an_unknown_year_is_refused_by_check_report(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("check_report", "1999")


def test_the_process_leader_cannot_publish_a_report_whose_text_contradicts_the_data(
    client_for, process_leader, report
):
    data = form_data(report, status="published")
    data["introduction"] = "Under 2018 höll vi tre styrgruppsmöten."
    response = client_for(process_leader).post("/rapporter/2019/redigera/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Rapporten publicerades inte" in html
    assert "Inledning: ”Under 2018” – data: rapportens år är 2019" in html
    assert "Inledning: ”tre styrgruppsmöten” – data: 2 styrgruppsmöten" in html
    report.refresh_from_db()
    assert report.status == "draft"


def test_the_process_leader_cannot_publish_such_a_report_from_the_admin_either(
    client_for, process_leader, report
):
    from tests.meetings.helpers import form_data as admin_form_data

    client = client_for(process_leader)
    url = f"/admin/reports/annualreport/{report.pk}/change/"
    data = admin_form_data(client.get(url))
    data.update(status="published", introduction="Under 2018 höll vi tre styrgruppsmöten.")

    response = client.post(url, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Rapporten publicerades inte" in html
    assert "Inledning: ”tre styrgruppsmöten” – data: 2 styrgruppsmöten" in html
    report.refresh_from_db()
    assert (report.status, report.archives.count()) == ("draft", 0)
    assert report.introduction.startswith("Under året")


def test_a_report_whose_text_agrees_with_the_data_is_published_from_the_admin(
    client_for, process_leader, report
):
    from tests.meetings.helpers import form_data as admin_form_data

    client = client_for(process_leader)
    url = f"/admin/reports/annualreport/{report.pk}/change/"

    response = client.post(url, {**admin_form_data(client.get(url)), "status": "published"})

    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.archives.count()) == ("published", 1)
