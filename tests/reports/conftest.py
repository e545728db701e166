"""A small year of data for the annual report, and the demo data's 2025 report as PDF text."""

import datetime
import subprocess
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction

from budget.models import BudgetLine, BudgetYear, OutcomeEntry
from meetings.models import Meeting, Person, Term
from reports.models import ActionPlan, AnnualReport, DevelopmentArea, ReportSection
from signatories.models import Signatory

D = datetime.date


def pdf_text(data, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def plan(db):
    """An action plan 2018–2020 with its three development areas."""
    plan = ActionPlan.objects.create(
        title="Handlingsplan 2018–2020", start_year=2018, end_year=2020
    )
    for number, name in [(1, "Jämbördig dialog"), (2, "Ökade kunskaper"), (3, "Långsiktiga")]:
        DevelopmentArea.objects.create(plan=plan, number=number, name=name)
    return plan


@pytest.fixture
def year_of_data(db):
    """2019: two steering meetings (one hosted by Bygdegården), a dialogue, signatories, budget."""
    Meeting.objects.create(kind="steering", title="Möte 1", date=D(2019, 2, 1))
    Meeting.objects.create(
        kind="steering",
        title="Möte 2",
        date=D(2019, 5, 1),
        host_organisation="Bygdegården",
        host_is_civil_society=True,
    )
    Meeting.objects.create(
        kind="dialogue",
        title="Dialog",
        theme="Kultur",
        date=D(2019, 9, 1),
        participant_count=30,
        organisation_count=20,
    )
    old = Person.objects.create(name="Gunnel Gammal")
    new = Person.objects.create(name="Nils Ny")
    Term.objects.create(person=old, group="elected", start=D(2017, 1, 1), end=D(2019, 3, 1))
    Term.objects.create(person=new, group="elected", start=D(2019, 3, 2), succeeded=old)
    Signatory.objects.create(name="Gamla föreningen", subregion="fyrbodal", signed_on=D(2014, 1, 1))
    Signatory.objects.create(
        name="Paraplyet", subregion="skaraborg", signed_on=D(2015, 1, 1), is_umbrella=True
    )
    Signatory.objects.create(name="Nya föreningen", subregion="sjuharad", signed_on=D(2019, 4, 1))
    budget = BudgetYear.objects.create(year=2019, allocation=Decimal("500000"))
    fees = BudgetLine.objects.create(budget_year=budget, name="Arvoden", amount=Decimal("400000"))
    BudgetLine.objects.create(budget_year=budget, name="Kommunikation", amount=Decimal("100000"))
    OutcomeEntry.objects.create(
        booked_on=D(2019, 6, 1), line=fees, amount=Decimal("250000"), text="Arvoden"
    )


@pytest.fixture
def report(plan, year_of_data):
    """A draft report for 2019 with one section per fact block."""
    report = AnnualReport.objects.create(
        year=2019,
        title="Årsrapport 2019",
        subtitle="Ett prov",
        action_plan=plan,
        introduction="Under året höll vi {{antal_styrgruppsmöten}} möten.",
    )
    sections = [
        ("Organisation", 1, None, "organisation", ""),
        ("Jämbördig dialog", 1, 1, "area_activities", ""),
        ("Styrgruppsmöten", 2, 1, "meetings", "Text efter faktablocket."),
        ("Dialogmöten", 2, 1, "dialogues", "Före.\n\n{{fakta}}\n\nEfter."),
        ("Underskrivare", 2, 1, "signatories", ""),
        ("Budgetutfall {{år}}", 1, None, "budget", "Överskott {{överskott}}.\n\n{{fakta}}"),
    ]
    for order, (heading, level, area, facts, body) in enumerate(sections, start=1):
        ReportSection.objects.create(
            report=report,
            order=order,
            heading=heading,
            level=level,
            development_area=plan.areas.get(number=area) if area else None,
            facts=facts,
            body=body,
        )
    return report


@pytest.fixture(scope="module")
def demo_report_text(django_db_setup, django_db_blocker, tmp_path_factory):
    """The PDF text of the demo's 2025 report (data loaded and rolled back once per module)."""
    from reports.annual import annual_report_pdf

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0, without_pdfs=True)
        _name, _type, data = annual_report_pdf(AnnualReport.objects.get(year=2025))
        transaction.set_rollback(True)
    return pdf_text(data, tmp_path_factory.mktemp("pdf"))
