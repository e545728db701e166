"""load_demo holds what the five seed documents say, and running it again changes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction

from meetings.models import Approval, Attendance, Decision, Meeting, Person, Term

D = datetime.date


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module inside a transaction rolled back at its end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def _counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def _history_counts():
    # Our loaders write a row only when it differs, so not even history grows on a re-run.
    labels = {"meetings", "reports", "budget", "signatories"}
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in labels
        and model.__name__.startswith("Historical")
        and model.__name__ not in {"HistoricalAnnualReport", "HistoricalReportSection"}
    }


@pytest.mark.django_db
def test_loading_the_demo_twice_gives_the_same_counts_for_every_model():
    call_command("load_demo", verbosity=0)
    counts = {k: v for k, v in _counts().items() if ".Historical" not in k}
    decisions = list(Decision.objects.values_list("year", "number", "text"))
    history = _history_counts()

    call_command("load_demo", verbosity=0)

    assert {k: v for k, v in _counts().items() if ".Historical" not in k} == counts
    assert list(Decision.objects.values_list("year", "number", "text")) == decisions
    assert _history_counts() == history
    assert counts["meetings.Meeting"] > 20


# Attendees exactly as the seeds list them (one spelling per person), guests included.
SEED_ATTENDEES = {
    D(2023, 11, 2): {
        "present": [
            "Kerstin Söderberg",
            "Katrin Sepp",
            "Janne Nolin",
            "Dario Espiga",
            "Jan Linde",
            "Soraya Zarza Lundberg",
            "Eva-Karin Torhem Arnell",
            "Linda Åshamre",
            "Stefan Lindborg",
            "Ann-Marie Ekström",
            "Sofia Emanuelsson",
        ],
        "guest": ["Emma Broberg", "Anne-Sofie Mellqvist"],
    },
    D(2024, 8, 19): {
        "present": [
            "Kerstin Söderberg",
            "Katrin Sepp",
            "Janne Nolin",
            "Dario Espiga",
            "Jan Linde",
            "Malin Carlsson",
            "Ann-Marie Ekström",
            "Eva-Karin Torhem Arnell",
            "Erica Sjölin",
            "Sofia Emanuelsson",
        ],
        "guest": ["Anne Svensson", "Maria Hellström Berhe", "Johan Sandström"],
    },
    D(2024, 11, 29): {
        "present": [
            "Kerstin Söderberg",
            "Katrin Sepp",
            "Janne Nolin",
            "Dario Espiga",
            "Jan Linde",
            "Ann-Marie Ekström",
            "Soraya Zarza Lundberg",
            "Linda Åshamre",
            "Eva-Karin Torhem Arnell",
            "Erica Sjölin",
            "Sofia Emanuelsson",
        ],
        "guest": [],
    },
    D(2025, 9, 5): {
        "present": [
            "Soraya Zarza Lundberg",
            "Ann-Marie Ekström",
            "Eva-Karin Torhem Arnell",
            "Linda Åshamre",
            "Jan Linde",
            "Kerstin Söderberg",
            "Katrin Sepp",
            "Dario Espiga",
            "Janne Nolin",
            "Sofia Emanuelsson",
            "Malin Andrén",
            "Jesper Svensson",
            "Erica Sjölin",
        ],
        "guest": ["Ulrika Lundberg", "Hanna Waddington"],
    },
}


def _seed_meeting(date):
    return Meeting.objects.steering().get(date=date)


@pytest.mark.parametrize("date", list(SEED_ATTENDEES), ids=str)
def test_the_seed_meetings_have_their_attendees_as_in_the_documents(demo, db, date):
    meeting = _seed_meeting(date)
    rows = meeting.attendances.select_related("person")
    for presence, names in SEED_ATTENDEES[date].items():
        assert sorted(r.person.name for r in rows if r.presence == presence) == sorted(names)
    assert rows.count() == sum(len(names) for names in SEED_ATTENDEES[date].values())


def test_the_seed_meetings_keep_the_roles_in_brackets(demo, db):
    roles = {
        (a.meeting.date, a.person.name): a.role
        for a in Attendance.objects.filter(
            meeting__date__in=list(SEED_ATTENDEES), meeting__kind__in=["steering", "joint_ser"]
        ).select_related("meeting", "person")
    }
    assert roles[(D(2023, 11, 2), "Soraya Zarza Lundberg")] == "chair"
    assert roles[(D(2023, 11, 2), "Jan Linde")] == "vice_chair"
    assert roles[(D(2025, 9, 5), "Jesper Svensson")] == "secretary"
    assert roles[(D(2024, 8, 19), "Erica Sjölin")] == "process_leader"


# The seeds' headings, verbatim and in order. The 2024-08-19 minutes open with a paragraph
# before their first heading; it is kept under a heading of ours (checked separately).
SEED_HEADINGS = {
    D(2023, 11, 2): [
        "Återkoppling sedan förra mötet",
        "Processledartjänst det civila samhället",
        "Process ny handlingsplan för överenskommelsearbetet",
        "Möte mellan RÖS+SER (se separata anteckningar)",
        "Besök av ansvarig tjänsteperson för Beredningen för mänskliga rättigheter Emma Broberg",
        "Besök av nämnsamordnare för BMR och BHU Anne-Sofie Mellqvist",
        "Omvärldsbevakning och information om kommande seminarier",
        "Kommande RÖS-möten under 2023-2024",
        "Övrigt",
        "Kommunikation",
    ],
    D(2024, 8, 19): [
        "Återkoppling sedan förra mötet",
        "Verksamhetsplan och budget 2024 - informationspunkter",
        "Diskussionspunkter",
        "Information: IOP med sociala ekonomins plattformar, besök Anne Svensson, "
        "Regionutvecklare (KUN) – se ppt",
        "Information: Uppdrag från Beredningen för psykisk hälsa inom Strategisk hälso- och "
        "sjukvårdsnämnd (SSN) om dialogprocess med civilsamhällets organisationer, besök Maria "
        "Hellström Berhe, ledningsstöd SSN & Johan Sandström, projektledare – se ppt",
        "Diskussion: Kommunikationsplan och kommunikationsmaterial",
        "Diskussion: översyn/utvärdering av överenskommelsearbetet",
        "Kommande möten och event",
        "Övrigt",
    ],
    D(2024, 11, 29): [
        "Status verksamhet 2024",
        "Inför ÖK 10 år 5/12 – uppdatering",
        "Verksamhetsplan 2025",
        "Kommande möten och event",
        "Nya underskrivare",
    ],
    D(2025, 9, 5): [
        "Summering och utvärdering RÖS/SER-möte",
        "Runda – hänt sen sist",
        "Ersättare Malin Carlsson och politisk organisation,",
        "IOP – utvecklingsprocess",
        "Utbildning Marie Cederschiöld högskola 2025/2026",
        "Handlingsplan psykisk hälsa och suicidprevention",
        "Dialogmöte 17 oktober",
        "Övriga frågor",
    ],
}


@pytest.mark.parametrize("date", list(SEED_HEADINGS), ids=str)
def test_every_heading_of_the_seed_is_an_agenda_item_in_order(demo, db, date):
    headings = list(_seed_meeting(date).agenda_items.values_list("heading", flat=True))
    assert [h for h in headings if h in SEED_HEADINGS[date]] == SEED_HEADINGS[date]


def test_the_text_before_the_first_heading_and_sub_headings_are_kept(demo, db):
    first = _seed_meeting(D(2024, 8, 19)).agenda_items.first()
    assert "Malin efterträder Stefan Lindborg i RÖS-gruppen." in first.body
    communication = _seed_meeting(D(2023, 11, 2)).agenda_items.get(heading="Kommunikation")
    assert "**Överenskommelsen hemsida:**" in communication.body


def test_bodies_keep_bullets_bold_and_real_links(demo, db):
    items = _seed_meeting(D(2024, 8, 19)).agenda_items
    budget = items.get(heading="Verksamhetsplan och budget 2024 - informationspunkter")
    assert budget.body.count("\n- ") == 7
    assert "<https://www.vregion.se/okc>" in items.get(heading__startswith="Diskussion: Komm").body
    assert "(#)" not in "".join(items.values_list("body", flat=True))


def test_the_minutes_say_who_took_them_and_who_approved_them(demo, db):
    august = _seed_meeting(D(2024, 8, 19))
    assert august.secretary.initials == "SE"
    assert august.minutes_signed_on == D(2024, 8, 21)
    assert august.status == "approved"
    approvals = Approval.objects.filter(meeting=august).select_related("adjuster")
    assert sorted(a.adjuster.initials for a in approvals) == ["ES", "JL", "SZL"]
    assert {a.approved_at.date() for a in approvals} == {D(2024, 8, 21)}
    november = _seed_meeting(D(2024, 11, 29))
    assert november.secretary.name == "Sofia Emanuelsson"
    assert sorted(november.approvals.values_list("adjuster__name", flat=True)) == [
        "Erica Sjölin",
        "Soraya Zarza Lundberg",
    ]
    assert _seed_meeting(D(2025, 9, 5)).secretary.name == "Jesper Svensson"


def test_the_volunteer_day_grant_is_a_decision_of_100_000_kr(demo, db):
    grant = Decision.objects.get(amount=Decimal("100000"))
    assert grant.meeting.date == D(2023, 11, 2)
    assert grant.year == 2023
    assert grant.agenda_item.heading == "Övrigt"
    assert "25 000 per delregion (4 delregioner)" in grant.text


def test_the_seed_decisions_are_recorded(demo, db):
    texts = list(Decision.objects.values_list("meeting__date", "text"))
    assert (D(2024, 11, 29), "Suicide Zero antogs som nya underskrivare") in texts
    assert any(d == D(2025, 9, 5) and "två representanter" in t for d, t in texts)
    assert any(d == D(2024, 8, 19) and "demokrativillkoren" in t for d, t in texts)
    assert any(d == D(2024, 8, 19) and "5 december" in t for d, t in texts)


def test_the_seed_action_items_have_owners(demo, db):
    meeting = _seed_meeting(D(2025, 9, 5))
    sync = meeting.action_items.get(text__startswith="Anne Svensson (SER) och Jesper Svensson")
    assert sorted(sync.owners.values_list("name", flat=True)) == [
        "Anne Svensson",
        "Jesper Svensson",
    ]
    forms = meeting.action_items.get(text__startswith="Tjänstepersonerna fick i uppdrag")
    assert sorted(forms.owners.values_list("name", flat=True)) == [
        "Jesper Svensson",
        "Malin Andrén",
    ]
    plan = _seed_meeting(D(2023, 11, 2)).action_items.get()
    assert sorted(plan.owners.values_list("name", flat=True)) == [
        "Ann-Marie Ekström",
        "Katrin Sepp",
    ]


def test_upcoming_meetings_are_meetings_with_place_and_time(demo, db):
    upcoming = _seed_meeting(D(2023, 11, 2)).upcoming.all()
    full_day = upcoming.get(date=D(2023, 12, 7), kind="steering")
    assert full_day.place == "Radisson Blu Scandinavia Hotel, Göteborg"
    assert full_day.combined_with.kind == "dialogue"
    assert upcoming.filter(date=D(2024, 1, 25)).exists()
    september = _seed_meeting(D(2024, 8, 19)).upcoming.get(kind="dialogue")
    assert (september.date, september.place) == (
        D(2024, 9, 18),
        "Ullevi restaurang och konferens, Göteborg",
    )
    kick_off = _seed_meeting(D(2025, 9, 5)).upcoming.get(date=D(2025, 11, 14))
    assert (kick_off.start_time, kick_off.end_time) == (datetime.time(8, 30), datetime.time(12))
    assert kick_off.status == "planned"


def test_the_2025_steering_meetings_match_the_annual_report(demo, db):
    meetings = Meeting.objects.steering().in_year(2025)
    assert meetings.count() == 8
    assert set(
        meetings.filter(host_is_civil_society=True).values_list("host_organisation", flat=True)
    ) == {"Lilleskogs stiftsgård", "Folkets Hus Hammarkullen", "Studieförbundet Vuxenskolan"}
    assert list(
        meetings.filter(kind="joint_ser").order_by("date").values_list("date", flat=True)
    ) == [
        D(2025, 4, 22),
        D(2025, 9, 5),
    ]
    assert meetings.filter(combined_with__kind="conference").count() == 1
    assert meetings.filter(combined_with__kind="dialogue").count() == 1
    conference = Meeting.objects.get(kind="conference", date=D(2025, 3, 18))
    assert (conference.end_date, conference.participant_count) == (D(2025, 3, 19), 50)
    assert "Billingehus" in conference.place


def test_the_2025_dialogue_meetings_have_their_counts(demo, db):
    dialogues = Meeting.objects.filter(kind="dialogue").in_year(2025).order_by("date")
    assert [(m.date.month, m.participant_count, m.organisation_count) for m in dialogues] == [
        (8, 45, 42),
        (10, 49, 27),
    ]
    assert dialogues[0].theme == "Regional utvecklingsstrategi (RUS)"
    assert "Radisson Blu" in dialogues[1].place


def test_one_2025_meeting_waits_for_approval_by_the_chairs(demo, db):
    waiting = Meeting.objects.get(status="sent")
    assert waiting.host_organisation == "Studieförbundet Vuxenskolan"
    assert sorted(waiting.adjusters.values_list("name", flat=True)) == [
        "Jan Linde",
        "Soraya Zarza Lundberg",
    ]
    assert not waiting.approvals.exists()
    assert waiting.agenda_items.count() >= 2
    assert waiting.decisions.count() == 1
    assert waiting.action_items.count() == 1
    assert (
        Meeting.objects.steering()
        .in_year(2025)
        .exclude(pk=waiting.pk)
        .exclude(status="approved")
        .count()
        == 0
    )


def test_maria_millback_succeeded_malin_carlsson(demo, db):
    term = Term.objects.get(person__name="Maria Millback")
    assert term.succeeded.name == "Malin Carlsson"
    assert term.represents == "Delregional nämnd Göteborg"
    assert term.start == D(2025, 9, 23)
    assert Term.objects.get(person__name="Malin Carlsson").end < term.start
    assert Term.objects.get(person__name="Malin Carlsson").succeeded.name == "Stefan Lindborg"
    jesper = Term.objects.get(person__name="Jesper Svensson")
    assert jesper.succeeded.name == "Sofia Emanuelsson"


def test_each_person_has_one_spelling(demo, db):
    names = set(Person.objects.values_list("name", flat=True))
    assert {"Janne Nolin", "Ann-Marie Ekström", "Hanna Waddington", "Dario Espiga"} <= names
    assert not names & {
        "Janne Norlin",
        "Anne-Marie Ekström",
        "Hanna Weddington",
        "Dario Espiga Corbo",
        "Malin Carlson",
    }


def test_the_action_plan_has_three_development_areas_used_as_tags(demo, db):
    from reports.models import ActionPlan

    plan = ActionPlan.objects.get(title="Handlingsplan 2024–2026")
    assert (plan.start_year, plan.end_year) == (2024, 2026)
    assert [str(a) for a in plan.areas.all()] == [
        "1 Jämbördig dialog",
        "2 Ökade kunskaper",
        "3 Långsiktiga finansieringsformer",
    ]
    tagged = Meeting.objects.steering().in_year(2025).filter(development_areas__number=3)
    assert tagged.exists()
    assert Decision.objects.filter(year=2025, development_area__number=2).exists()


def test_the_approved_demo_minutes_are_archived_as_pdf_with_their_sha256(demo, db):
    import hashlib

    from meetings.models import ArchivedMinutes

    approved = Meeting.objects.filter(status="approved")
    assert approved.count() == ArchivedMinutes.objects.count() > 0
    for archive in ArchivedMinutes.objects.filter(meeting__in=approved):
        pdf = bytes(archive.pdf)
        assert pdf.startswith(b"%PDF")
        assert hashlib.sha256(pdf).hexdigest() == archive.sha256
