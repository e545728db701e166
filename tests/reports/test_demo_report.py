"""The demo's 2025 report loads idempotently and holds no hand-typed figures."""

import re

from reports import demo
from reports.models import AnnualReport, ReportSection


def _counts():
    return (
        AnnualReport.objects.count(),
        ReportSection.objects.count(),
        AnnualReport.history.count(),
        ReportSection.history.count(),
    )


def test_loading_the_report_twice_changes_nothing(db):
    demo.load_action_plan()
    demo.load()
    first = _counts()
    demo.load()
    assert _counts() == first
    report = AnnualReport.objects.get(year=2025)
    assert report.status == "published"
    assert report.subtitle == "Ett år av lärande och utveckling"
    assert report.sections.filter(development_area__number=1, level=1).get().heading == (
        "Jämbördig dialog"
    )


def test_the_narrative_types_no_figure_the_data_holds(db):
    demo.load_action_plan()
    report = demo.load()
    texts = [report.introduction] + [s.body + s.heading for s in report.sections.all()]
    narrative = "\n".join(texts)
    for figure in ["2025", "åtta", "133", "1 426", "1 059", "367", "154", "45 personer", "49"]:
        assert figure not in narrative, figure
    assert not re.search(r"[Uu]nder 2026", narrative)
