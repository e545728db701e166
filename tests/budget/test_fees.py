"""Fees from attendance beside the booked fees, and the vacancies that explain a difference."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from budget.fees import fee_comparison
from budget.followup import follow_up
from budget.models import BudgetLine, BudgetYear, FeeRate, OutcomeEntry
from meetings.models import Attendance, Meeting, Person, Term

D = datetime.date


@pytest.fixture
def year_2030(db):
    """2030: a chair and two members; Gunnel's term ends 30 June and no one takes her seat."""
    budget = BudgetYear.objects.create(year=2030, allocation=Decimal("100000"))
    fees = BudgetLine.objects.create(
        budget_year=budget, name="Arvoden", amount=Decimal("100000"), is_fees=True
    )
    FeeRate.objects.create(budget_year=budget, role="chair", amount=Decimal("3000"))
    FeeRate.objects.create(budget_year=budget, role="member", amount=Decimal("2000"))
    chair = Person.objects.create(name="Stina Ordförande")
    member = Person.objects.create(name="Maja Ledamot")
    leaver = Person.objects.create(name="Gunnel Avgången")
    official = Person.objects.create(name="Tore Tjänsteperson")
    Term.objects.create(person=chair, group="elected", role="chair", start=D(2029, 1, 1))
    Term.objects.create(person=member, group="civil_society", start=D(2029, 1, 1))
    Term.objects.create(person=leaver, group="elected", start=D(2029, 1, 1), end=D(2030, 6, 30))
    for date, present in [
        (D(2030, 3, 1), [chair, member, leaver]),
        (D(2030, 9, 1), [chair, member]),
    ]:
        meeting = Meeting.objects.create(title=f"Möte {date}", date=date)
        for person in present:
            group = "elected" if person != member else "civil_society"
            role = "chair" if person == chair else "member"
            Attendance.objects.create(meeting=meeting, person=person, group=group, role=role)
        Attendance.objects.create(
            meeting=meeting, person=official, group="official", role="official"
        )
    OutcomeEntry.objects.create(
        booked_on=D(2030, 12, 15), line=fees, amount=Decimal("12000"), text="Arvoden"
    )
    return budget


def test_expected_fees_come_from_the_members_present_and_the_fee_table(year_2030):
    fees = fee_comparison(follow_up(2030))
    # March: chair 3 000 + two members 2 × 2 000; September: chair + one member. No officials.
    assert [(row.members, row.amount) for row in fees.meetings] == [
        (3, Decimal("7000.00")),
        (2, Decimal("5000.00")),
    ]
    assert fees.expected == Decimal("12000.00")
    assert fees.booked == Decimal("12000.00")
    assert fees.difference == Decimal("0.00")


def test_a_cancelled_meeting_earns_no_fees_though_its_attendance_was_entered(
    client_for, member, year_2030
):
    """The secretary copied the members in office onto the November meeting, which was then
    cancelled: the process leader's comparison must not expect fees for it."""
    november = Meeting.objects.create(title="Möte i november", date=D(2030, 11, 5))
    for name, role in [("Stina Ordförande", "chair"), ("Maja Ledamot", "member")]:
        person = Person.objects.get(name=name)
        Attendance.objects.create(meeting=november, person=person, group="elected", role=role)
    Meeting.objects.filter(pk=november.pk).update(status="cancelled")
    fees = fee_comparison(follow_up(2030))
    assert [row.date for row in fees.meetings] == [D(2030, 3, 1), D(2030, 9, 1)]
    assert (fees.expected, fees.difference) == (Decimal("12000.00"), Decimal("0.00"))
    html = client_for(member).get(reverse("budget:follow_up"), {"year": 2030}).content.decode()
    assert "5 november 2030" not in html
    assert "1 september 2030" in html


def test_a_member_whose_term_ended_shows_as_a_vacancy_in_the_fee_comparison(year_2030):
    fees = fee_comparison(follow_up(2030))
    assert [(v.person.name, v.successor, v.first_day, v.last_day) for v in fees.vacancies] == [
        ("Gunnel Avgången", None, D(2030, 7, 1), D(2030, 12, 31))
    ]
    assert fees.vacancies[0].days == 184


def test_a_successor_ends_the_vacancy(year_2030):
    leaver = Person.objects.get(name="Gunnel Avgången")
    newcomer = Person.objects.create(name="Nils Efterträdare")
    Term.objects.create(person=newcomer, group="elected", start=D(2030, 8, 1), succeeded=leaver)
    (vacancy,) = fee_comparison(follow_up(2030)).vacancies
    assert (vacancy.successor, vacancy.last_day, vacancy.days) == (newcomer, D(2030, 7, 31), 31)


def test_a_seat_taken_the_next_day_is_no_vacancy(year_2030):
    leaver = Person.objects.get(name="Gunnel Avgången")
    newcomer = Person.objects.create(name="Nils Efterträdare")
    Term.objects.create(person=newcomer, group="elected", start=D(2030, 7, 1), succeeded=leaver)
    assert fee_comparison(follow_up(2030)).vacancies == []


def test_the_member_sees_fees_and_vacancies_beside_the_booked_fees(client_for, member, year_2030):
    html = client_for(member).get(reverse("budget:follow_up"), {"year": 2030}).content.decode()
    assert "Arvoden enligt närvaro" in html
    assert "12\u00a0000 kr" in html
    assert (
        "Platsen efter Gunnel Avgången har stått tom 1 juli 2030–31 december 2030 (184 dagar)"
        in html
    )


def test_the_fee_comparison_uses_the_same_queries_however_many_meetings(year_2030):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        fee_comparison(follow_up(2030))
    chair = Person.objects.get(name="Stina Ordförande")
    for day in range(1, 20):
        meeting = Meeting.objects.create(title="Extra", date=D(2030, 10, day))
        Attendance.objects.create(meeting=meeting, person=chair, group="elected", role="chair")
    with CaptureQueriesContext(connection) as many:
        fees = fee_comparison(follow_up(2030))
    assert len(many) == len(few)
    assert len(fees.meetings) == 21


def test_the_2025_demo_attendance_gives_about_the_booked_fees(seed_data):
    fees = fee_comparison(follow_up(2025))
    assert len(fees.meetings) == 8
    assert (fees.expected, fees.booked) == (Decimal("245600.00"), Decimal("246000.00"))
