"""Scale data for benchmarks: twenty earlier years of meetings, signatories and ledger entries.

`python manage.py generate_scale_data --years 20` adds, before the earliest year already in the
database, about 10 meetings a year (attendance, 20 agenda items, decisions, action items), 2,000
signatories with valid organisation numbers and 2,500 outcome entries a year on five budget
lines. The same seed gives the same data; a second run finds the data there and does nothing.
"""

import datetime
import random
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Max, Min

from budget.models import BudgetLine, BudgetYear, OutcomeEntry
from meetings.models import ActionItem, AgendaItem, Attendance, Decision, Meeting, Person
from meetings.models.meeting import Kind, Status
from meetings.models.minutes import ActionStatus
from meetings.models.people import Group, Role
from ros_portal.db import analyze
from signatories.models import LegalForm, Signatory, Subregion
from signatories.validators import luhn_ok

# Meetings made here carry this place, which is how a second run recognises them.
MARKER = "Skaldata"
MEETINGS_PER_YEAR = 10
ITEMS_PER_MEETING = 20
SIGNATORIES = 2_000
ENTRIES_PER_YEAR = 2_500
BATCH = 2_000

FIRST_NAMES = [
    "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Lena", "Per",
    "Sara", "Mikael", "Fatima", "Ahmed", "Ingrid", "Nils", "Elin", "Omar", "Åsa", "Björn",
]  # fmt: skip
LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Lindqvist", "Öberg", "Ali", "Hassan", "Ekström",
]  # fmt: skip
HEADINGS = [
    "Mötets öppnande", "Val av justerare", "Föregående mötesanteckningar",
    "Återkoppling sedan förra mötet", "Information från processledaren", "Budgetuppföljning",
    "Dialogmöte med underskrivare", "Nya underskrivare", "Handlingsplan 2024–2026",
    "Kommunikation och webb", "Information från SER", "Rapport från delregionerna",
    "Utbildning om IOP", "Volontärdagen", "Jämbördig dialog", "Ökade kunskaper",
    "Långsiktiga finansieringsformer", "Årsrapport", "Övriga frågor", "Mötets avslutande",
]  # fmt: skip
SENTENCES = [
    "Processledaren informerade om arbetet sedan förra mötet.",
    "Gruppen diskuterade hur fler organisationer kan nås i Fyrbodal och Skaraborg.",
    "Frågan om långsiktig finansiering av det civila samhället lyftes.",
    "Underlaget skickas ut till ledamöterna före nästa möte.",
    "Det fanns ett stort intresse för dialogmötet bland underskrivarna.",
    "Budgetutfallet följer i stort sett planen för året.",
    "Representanter från civila samhället betonade vikten av jämbördig dialog.",
    "Kommunikationsplanen ska uppdateras under hösten.",
]
ORG_WORDS = [
    "Föreningen", "Stiftelsen", "Förbundet", "Nätverket", "Studiecirkeln", "Hembygdsföreningen",
    "Idrottsföreningen", "Kulturföreningen", "Pensionärsföreningen", "Ungdomsföreningen",
]  # fmt: skip
PLACES = ["Göteborg", "Borås", "Skövde", "Vänersborg", "Uddevalla", "Trollhättan", "Lidköping"]
LINES = [
    ("Arvoden", 400_000),
    ("Övriga möten", 51_000),
    ("Processledning", 575_000),
    ("Dialogmöten, utbildning, utredning", 325_000),
    ("Kommunikation", 75_000),
]


def organisation_number(rng, taken):
    """A unique, valid Swedish organisation number NNNNNN-NNNN (third digit ≥ 2, Luhn)."""
    while True:
        body = f"8{rng.randint(0, 9)}{rng.randint(2, 9)}{rng.randint(0, 999_999):06d}"
        for check in range(10):
            digits = f"{body}{check}"
            if luhn_ok(digits):
                break
        number = f"{digits[:6]}-{digits[6:]}"
        if number not in taken:
            taken.add(number)
            return number


class Command(BaseCommand):
    help = "Adds repeatable scale data (meetings, signatories, ledger) for earlier years."

    def add_arguments(self, parser):
        parser.add_argument("--years", type=int, default=20)
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args, years, seed, verbosity=1, **options):
        if Meeting.objects.filter(place__startswith=MARKER).exists():
            self.stdout.write("Skaldata finns redan; inget ändrat.")
            return
        rng = random.Random(seed)
        first = self._first_year() - years
        year_range = range(first, first + years)
        with transaction.atomic():
            people = self._people(rng)
            self._meetings(rng, year_range, people)
            self._signatories(rng, year_range)
            self._ledger(rng, year_range)
        analyze()
        if verbosity:
            self.stdout.write(f"Skaldata för {first}–{first + years - 1} skapad.")

    def _first_year(self):
        dates = [
            Meeting.objects.aggregate(m=Min("date"))["m"],
            Signatory.objects.aggregate(m=Min("signed_on"))["m"],
        ]
        years = [d.year for d in dates if d] + list(
            BudgetYear.objects.values_list("year", flat=True)
        )
        return min(years, default=datetime.date.today().year)

    def _people(self, rng):
        names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
        rng.shuffle(names)
        existing = set(Person.objects.values_list("name", flat=True))
        new = [
            Person(name=name, organisation=rng.choice(ORG_WORDS) + " i Väst")
            for name in names[:60]
            if name not in existing
        ]
        Person.objects.bulk_create(new, batch_size=BATCH)
        return list(Person.objects.filter(name__in=names[:60]))

    def _meetings(self, rng, year_range, people):
        meetings = []
        for year in year_range:
            for month in sorted(rng.sample(range(1, 13), MEETINGS_PER_YEAR)):
                meetings.append(
                    Meeting(
                        kind=Kind.STEERING if rng.random() < 0.85 else Kind.JOINT_SER,
                        title=f"Sammanträde med RÖS-gruppen {year}-{month:02d}",
                        date=datetime.date(year, month, rng.randint(1, 28)),
                        start_time=datetime.time(9, 30),
                        end_time=datetime.time(15, 0),
                        place=f"{MARKER}: {rng.choice(PLACES)}",
                        status=Status.DRAFT,
                        secretary=rng.choice(people),
                    )
                )
        Meeting.objects.bulk_create(meetings, batch_size=BATCH)
        attendances, items = [], []
        for meeting in meetings:
            for order, person in enumerate(rng.sample(people, 10)):
                attendances.append(
                    Attendance(
                        meeting=meeting,
                        person=person,
                        group=rng.choice(Group.values),
                        role=Role.MEMBER,
                        order=order,
                    )
                )
            for order in range(ITEMS_PER_MEETING):
                body = " ".join(rng.sample(SENTENCES, rng.randint(1, 4)))
                items.append(
                    AgendaItem(meeting=meeting, order=order, heading=HEADINGS[order], body=body)
                )
        Attendance.objects.bulk_create(attendances, batch_size=BATCH)
        AgendaItem.objects.bulk_create(items, batch_size=BATCH)
        Adjusters = Meeting.adjusters.through
        Adjusters.objects.bulk_create(
            [
                Adjusters(meeting_id=m.pk, person_id=p.pk)
                for m in meetings
                for p in rng.sample(people, 2)
            ],
            batch_size=BATCH,
        )
        self._decisions_and_actions(rng, meetings, items, people)
        # Approved once their minutes are written: the database refuses rows added afterwards.
        Meeting.objects.filter(pk__in=[m.pk for m in meetings]).update(status=Status.APPROVED)

    def _decisions_and_actions(self, rng, meetings, items, people):
        # bulk_create skips Decision.save(), so year and number are given here, per year in order.
        numbers = dict(
            Decision.objects.order_by()
            .values_list("year")
            .annotate(m=Max("number"))
            .values_list("year", "m")
        )
        decisions, actions = [], []
        for index, meeting in enumerate(meetings):
            own_items = items[index * ITEMS_PER_MEETING : (index + 1) * ITEMS_PER_MEETING]
            year = meeting.date.year
            for item in rng.sample(own_items[2:-1], 3):
                numbers[year] = numbers.get(year, 0) + 1
                decisions.append(
                    Decision(
                        meeting=meeting,
                        agenda_item=item,
                        year=year,
                        number=numbers[year],
                        text=f"RÖS-gruppen beslutade att godkänna {item.heading.lower()}.",
                    )
                )
            for item in rng.sample(own_items[2:-1], 2):
                actions.append(
                    ActionItem(
                        meeting=meeting,
                        agenda_item=item,
                        text=f"Ta fram underlag om {item.heading.lower()} till nästa möte.",
                        due_date=meeting.date + datetime.timedelta(days=rng.randint(20, 90)),
                        status=ActionStatus.DONE,
                        done_on=meeting.date + datetime.timedelta(days=rng.randint(10, 60)),
                        done_note="Redovisat.",
                    )
                )
        Decision.objects.bulk_create(decisions, batch_size=BATCH)
        ActionItem.objects.bulk_create(actions, batch_size=BATCH)
        Owners = ActionItem.owners.through
        Owners.objects.bulk_create(
            [Owners(actionitem_id=a.pk, person_id=rng.choice(people).pk) for a in actions],
            batch_size=BATCH,
        )

    def _signatories(self, rng, year_range):
        taken = set(
            Signatory.objects.exclude(organisation_number=None).values_list(
                "organisation_number", flat=True
            )
        )
        names = set(Signatory.objects.values_list("name", flat=True))
        signatories = []
        while len(signatories) < SIGNATORIES:
            name = (
                f"{rng.choice(ORG_WORDS)} {rng.choice(LAST_NAMES)}s minne "
                f"{rng.choice(PLACES)} {rng.randint(1, 999)}"
            )
            if name in names:
                continue
            names.add(name)
            signed = datetime.date(rng.choice(year_range), rng.randint(1, 12), rng.randint(1, 28))
            withdrawn = None
            if rng.random() < 0.1:
                withdrawn = signed + datetime.timedelta(days=rng.randint(30, 2000))
            signatories.append(
                Signatory(
                    name=name,
                    organisation_number=organisation_number(rng, taken),
                    legal_form=rng.choice(LegalForm.values),
                    is_umbrella=rng.random() < 0.33,
                    subregion=rng.choice(Subregion.values),
                    signed_on=signed,
                    withdrawn_on=withdrawn,
                    is_synthetic=True,
                )
            )
        Signatory.objects.bulk_create(signatories, batch_size=BATCH)

    def _ledger(self, rng, year_range):
        years = BudgetYear.objects.bulk_create(
            [
                BudgetYear(year=year, allocation=Decimal(sum(a for _n, a in LINES)))
                for year in year_range
            ]
        )
        lines = BudgetLine.objects.bulk_create(
            [
                BudgetLine(budget_year=by, name=name, amount=Decimal(amount), order=order)
                for by in years
                for order, (name, amount) in enumerate(LINES, start=1)
            ]
        )
        entries = []
        for by_index, budget_year in enumerate(years):
            own_lines = lines[by_index * len(LINES) : (by_index + 1) * len(LINES)]
            for number in range(ENTRIES_PER_YEAR):
                line = rng.choice(own_lines)
                # About 80 % of each line used over the year, spread over its entries.
                mean = float(line.amount) * 0.8 / (ENTRIES_PER_YEAR / len(LINES))
                amount = Decimal(f"{rng.uniform(0.2, 1.8) * mean:.2f}")
                entries.append(
                    OutcomeEntry(
                        booked_on=datetime.date(
                            budget_year.year, rng.randint(1, 12), rng.randint(1, 28)
                        ),
                        line=line,
                        amount=amount,
                        text=f"{line.name}: faktura {number + 1}",
                        reference=f"V{budget_year.year}-{number + 1:04d}",
                    )
                )
        OutcomeEntry.objects.bulk_create(entries, batch_size=BATCH)
