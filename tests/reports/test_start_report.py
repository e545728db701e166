"""A new report starts from last year's structure."""

import pytest

from reports.models import ActionPlan, AnnualReport, DevelopmentArea
from reports.services import ReportExists, start_report


def test_a_new_report_copies_last_years_sections(process_leader, report):
    new = start_report(2020, process_leader)
    assert new.status == "draft"
    assert new.title == "Årsrapport 2020"
    assert new.subtitle == report.subtitle
    assert new.introduction == report.introduction
    copied = [(s.heading, s.level, s.facts, s.body) for s in new.sections.all()]
    original = [(s.heading, s.level, s.facts, s.body) for s in report.sections.all()]
    assert copied == original
    assert [s.development_area for s in new.sections.all()] == [
        s.development_area for s in report.sections.all()
    ]


def test_areas_move_to_the_plan_in_force_by_number(process_leader, report):
    plan = ActionPlan.objects.create(
        title="Handlingsplan 2021–2023", start_year=2021, end_year=2023
    )
    area = DevelopmentArea.objects.create(plan=plan, number=1, name="Dialog")
    new = start_report(2021, process_leader)
    assert new.action_plan == plan
    assert new.sections.get(heading="Jämbördig dialog").development_area == area


def test_a_year_that_has_a_report_is_refused(process_leader, report):
    with pytest.raises(ReportExists):
        start_report(2019, process_leader)


def test_the_first_report_ever_starts_empty(process_leader, db):
    new = start_report(2019, process_leader)
    assert new.sections.count() == 0


def test_the_process_leader_starts_a_report_from_the_list(client_for, process_leader, report):
    response = client_for(process_leader).post("/rapporter/ny/", {"year": 2020})
    assert response.status_code == 302
    assert response["Location"] == "/rapporter/2020/redigera/"
    assert AnnualReport.objects.get(year=2020).sections.count() == report.sections.count()
