"""The figures come from the data: change the data and the report changes."""

import datetime
from decimal import Decimal

import pytest
from django.utils.html import strip_tags

from budget.models import BudgetLine, OutcomeEntry
from meetings.models import Decision, Meeting
from reports.facts import count_word, facts_for, join_and, share_words
from signatories.models import Signatory

D = datetime.date


def test_small_counts_are_written_in_words_as_the_report_does():
    assert count_word(8) == "åtta"
    assert count_word(1) == "ett"
    assert count_word(1, neuter=False) == "en"
    assert count_word(13) == "13"


def test_a_share_near_a_third_reads_cirka_en_tredjedel():
    assert share_words(Decimal("0.3308")) == "cirka en tredjedel"
    assert share_words(Decimal("0.1")) == "cirka 10 procent"


def test_a_share_of_one_in_eight_reads_13_procent_as_halves_round_upwards():
    assert share_words(Decimal("0.125")) == "cirka 13 procent"


def test_a_meeting_over_several_days_gives_its_first_and_last_day():
    from reports.templatetags.report_words import date_span

    def meeting(start, end=None):
        return Meeting(date=start, end_date=end)

    assert date_span(meeting(D(2025, 3, 18))) == "18 mars"
    assert date_span(meeting(D(2025, 3, 18), D(2025, 3, 19))) == "18–19 mars"
    assert date_span(meeting(D(2025, 3, 18), D(2025, 3, 19)), "j F Y") == "18–19 mars 2025"
    assert date_span(meeting(D(2025, 4, 30), D(2025, 5, 2)), "j F Y") == "30 april–2 maj 2025"
    assert date_span(meeting(D(2025, 12, 31), D(2026, 1, 1)), "j F Y") == (
        "31 december 2025–1 januari 2026"
    )


def test_an_english_reader_reads_the_counts_and_shares_in_english_words():
    from django.utils import translation

    with translation.override("en"):
        assert count_word(8) == "eight"
        assert count_word(1, neuter=False) == "one"
        assert count_word(13) == "13"
        assert share_words(Decimal("0.3308")) == "about a third"


@pytest.mark.django_db
def test_the_process_leader_reads_the_meetings_of_the_year_in_english_words(
    client_for, process_leader, report
):
    from tests.i18n.helpers import choose_english

    client = choose_english(client_for(process_leader))
    text = " ".join(strip_tags(client.get("/rapporter/2019/").content.decode()).split())
    assert "the steering group of the regional agreement held two meetings" in text
    assert "held två" not in text


def test_names_are_joined_with_och():
    assert join_and(["A", "B", "C"]) == "A, B och C"
    assert join_and(["A"]) == "A"


def test_the_year_facts_count_meetings_hosts_dialogues_and_changes(report):
    facts = facts_for(2019, today=D(2020, 1, 1))
    assert len(facts.steering_meetings) == 2
    assert facts.hosts == ["Bygdegården"]
    assert [(m.participant_count, m.organisation_count) for m in facts.dialogues] == [(30, 20)]
    assert [(c.person.name, c.replaced.name) for c in facts.changes] == [
        ("Nils Ny", "Gunnel Gammal")
    ]
    assert [s.name for s in facts.new_signatories] == ["Nya föreningen"]
    assert facts.signatory_total == 3
    assert facts.budget.total.difference == Decimal("250000")


def test_a_meeting_planned_later_in_the_year_is_not_yet_counted(report):
    facts = facts_for(2019, today=D(2019, 3, 1))
    assert len(facts.steering_meetings) == 1


def test_a_cancelled_meeting_is_not_counted_as_held(report):
    """A steering meeting and a dialogue that were called off did not take place: the report
    counts, names and lists only the meetings that were held."""
    Meeting.objects.create(
        kind="steering",
        title="Inställt möte",
        date=D(2019, 10, 1),
        host_organisation="Folkets hus",
        host_is_civil_society=True,
        status="cancelled",
    )
    Meeting.objects.create(
        kind="dialogue", title="Inställd dialog", date=D(2019, 11, 1), status="cancelled"
    )
    facts = facts_for(2019, today=D(2020, 1, 1))
    assert len(facts.steering_meetings) == 2
    assert facts.hosts == ["Bygdegården"]
    assert [m.title for m in facts.dialogues] == ["Dialog"]


def test_activities_tagged_with_an_area_are_listed_under_it(report, plan):
    area = plan.areas.get(number=1)
    meeting = Meeting.objects.get(title="Möte 1")
    meeting.development_areas.add(area)
    facts = facts_for(2019, action_plan=plan, today=D(2020, 1, 1))
    assert facts.activities[area.pk].meetings == [meeting]
    assert not facts.activities[plan.areas.get(number=2).pk]


def test_steering_meetings_held_with_the_conference_or_a_dialogue_are_named_in_the_sentence(
    report,
):
    conference = Meeting.objects.create(kind="conference", title="Konferens", date=D(2019, 10, 1))
    Meeting.objects.filter(title="Möte 1").update(combined_with=conference)
    Meeting.objects.filter(title="Möte 2").update(combined_with=Meeting.objects.get(title="Dialog"))
    facts = facts_for(2019, today=D(2020, 1, 1))
    assert facts.with_conference_count == 1
    assert facts.with_dialogue_count == 1
    assert facts.combined_phrases == [
        "ett i samband med dialogmöte med underskrivare",
        "ett i samband med den nationella konferensen",
    ]


def test_the_years_decisions_carry_their_meetings_in_one_query(report, django_assert_num_queries):
    meeting = Meeting.objects.get(title="Möte 2")
    Decision.objects.create(meeting=meeting, year=2019, number=1, text="Beslut om budget")
    facts = facts_for(2019, today=D(2020, 1, 1))
    with django_assert_num_queries(1):
        assert [(d.number, d.meeting.date) for d in facts.decisions] == [(1, D(2019, 5, 1))]


@pytest.fixture
def page_text(client_for, process_leader):
    def text():
        response = client_for(process_leader).get("/rapporter/2019/")
        assert response.status_code == 200
        # The words a reader sees: figures are links to their sources, tags do not count.
        return " ".join(strip_tags(response.content.decode()).split())

    return text


def test_adding_a_meeting_changes_the_report(report, page_text):
    assert "haft två möten" in page_text()
    assert "Under året höll vi två möten." in page_text()
    Meeting.objects.create(kind="steering", title="Möte 3", date=D(2019, 10, 1))
    assert "haft tre möten" in page_text()
    assert "Under året höll vi tre möten." in page_text()


def test_adding_a_signatory_changes_the_report(report, page_text):
    assert "Överenskommelsen har därmed 3 underskrivare" in page_text()
    Signatory.objects.create(
        name="Ännu en förening", subregion="fyrbodal", signed_on=D(2019, 11, 1)
    )
    text = page_text()
    assert "Överenskommelsen har därmed 4 underskrivare" in text
    assert "Nya föreningen och Ännu en förening" in text


def test_adding_an_outcome_entry_changes_the_budget_table(report, page_text):
    # The page text is whitespace-normalised: the no-break space reads as a space.
    assert "Överskott 250 tkr." in page_text()
    OutcomeEntry.objects.create(
        booked_on=D(2019, 11, 1),
        line=BudgetLine.objects.get(name="Kommunikation"),
        amount=Decimal("40000"),
        text="Trycksaker",
    )
    text = page_text()
    assert "Överskott 210 tkr." in text
    assert "+60" in text


def test_each_budget_row_in_tkr_subtracts_when_the_outcome_has_half_a_thousand(report, page_text):
    # 40 500 kr of 100 000 kr reads 41 tkr; the row must then say +59, not the +60 that
    # rounding the exact 59 500 kr would give (100 − 41 = 59). The total and the text alike.
    OutcomeEntry.objects.create(
        booked_on=D(2019, 11, 1),
        line=BudgetLine.objects.get(name="Kommunikation"),
        amount=Decimal("40500"),
        text="Trycksaker",
    )
    text = page_text()
    # strip_tags joins a row's cells without spaces.
    assert "Kommunikation10041+59" in text
    assert "Summa500291+209" in text
    assert "Överskott 209 tkr." in text


def test_the_downloaded_pdf_follows_the_data_despite_the_cache(
    report, client_for, process_leader, tmp_path
):
    from tests.reports.conftest import pdf_text

    client = client_for(process_leader)
    before = " ".join(pdf_text(client.get("/rapporter/2019/pdf/").content, tmp_path).split())
    assert "haft två möten" in before
    again = client.get("/rapporter/2019/pdf/").content
    assert "haft två möten" in " ".join(pdf_text(again, tmp_path).split())
    Meeting.objects.create(kind="steering", title="Möte 3", date=D(2019, 10, 1))
    after = " ".join(pdf_text(client.get("/rapporter/2019/pdf/").content, tmp_path).split())
    assert "haft tre möten" in after
