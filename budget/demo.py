"""Demo data from the seed documents (idempotent): budgets 2024–2026 and their outcome.

The seeds give the totals (491 000 kr through July 2024; the 2025 table; the 120 tkr invoice
charged to 2026; 3.1 % for 2026). The single entries behind them are made up to add up exactly.
"""

import datetime
from decimal import Decimal

from budget.models import BudgetLine, BudgetYear, Commitment, FeeRate, OutcomeEntry
from budget.services import create_next_year
from meetings.demo import upsert

ARVODEN = "Arvoden"
MOTEN = "Övriga möten"
PROCESS = "Processledning"
DIALOG = "Dialogmöten, utbildning, utredning"
KOMM = "Kommunikation"

LINES = {
    2024: [
        (ARVODEN, 400_000),
        (MOTEN, 50_000),
        (PROCESS, 550_000),
        (DIALOG, 325_000),
        (KOMM, 75_000),
    ],
    2025: [
        (ARVODEN, 400_000),
        (MOTEN, 51_000),
        (PROCESS, 575_000),
        (DIALOG, 325_000),
        (KOMM, 75_000),
    ],
}

# (booked on, line, amount, text, reference). 2024 is synthetic: only its July total is known.
ENTRIES_2024 = [
    ("2024-03-28", ARVODEN, 62_000, "Demo: arvoden RÖS-möten jan–mar 2024", "DEMO24-01"),
    ("2024-06-27", ARVODEN, 68_000, "Demo: arvoden RÖS-möten apr–jun 2024", "DEMO24-02"),
    ("2024-02-15", MOTEN, 7_500, "Demo: lokal och fika, RÖS-möte januari 2024", "DEMO24-03"),
    ("2024-06-12", MOTEN, 10_500, "Demo: lokal och lunch, RÖS-möte maj 2024", "DEMO24-04"),
    ("2024-05-31", PROCESS, 110_000, "Demo: processledning april–maj 2024", "DEMO24-05"),
    ("2024-07-31", PROCESS, 120_000, "Demo: processledning juni–juli 2024", "DEMO24-06"),
    ("2024-04-18", DIALOG, 48_000, "Demo: dialogmöte våren 2024, lokal och förtäring", "DEMO24-07"),
    ("2024-06-20", DIALOG, 35_000, "Demo: IOP-utbildning för tjänstepersoner", "DEMO24-08"),
    ("2024-03-05", KOMM, 14_000, "Demo: nyhetsbrev och webbtexter", "DEMO24-09"),
    ("2024-07-10", KOMM, 16_000, "Demo: trycksaker inför hösten", "DEMO24-10"),
    # After the July follow-up in the minutes of 2024-08-19:
    ("2024-09-30", ARVODEN, 70_000, "Demo: arvoden RÖS-möten jul–sep 2024", "DEMO24-11"),
    ("2024-12-16", ARVODEN, 72_000, "Demo: arvoden RÖS-möten okt–dec 2024", "DEMO24-12"),
    ("2024-11-29", MOTEN, 21_000, "Demo: gemensamt möte RÖS och SER, Regionens hus", "DEMO24-13"),
    ("2024-10-31", PROCESS, 150_000, "Demo: processledning aug–okt 2024", "DEMO24-14"),
    ("2024-12-20", PROCESS, 145_000, "Demo: processledning nov–dec 2024", "DEMO24-15"),
    ("2024-09-25", DIALOG, 52_000, "Demo: dialogmöte 18 september, Ullevi konferens", "DEMO24-16"),
    (
        "2024-12-10",
        DIALOG,
        61_000,
        "Demo: Överenskommelsen 10 år, frivilligdagen 5 december",
        "DEMO24-17",
    ),
    ("2024-11-15", KOMM, 31_000, "Demo: kommunikationsmaterial och film", "DEMO24-18"),
]

# Summing per line to the annual report's 246 / 29 / 556 / 169 / 59 tkr.
ENTRIES_2025 = [
    ("2025-03-31", ARVODEN, 58_500, "Arvoden RÖS-möten januari–mars", "V2025-0112"),
    ("2025-06-30", ARVODEN, 71_500, "Arvoden RÖS-möten april–juni", "V2025-0398"),
    ("2025-09-30", ARVODEN, 52_000, "Arvoden RÖS-möten juli–september", "V2025-0655"),
    ("2025-12-15", ARVODEN, 64_000, "Arvoden RÖS-möten oktober–december", "V2025-0921"),
    ("2025-02-06", MOTEN, 6_400, "Lokal och fika, RÖS-möte januari", "V2025-0041"),
    (
        "2025-05-22",
        MOTEN,
        9_800,
        "RÖS-möte på Lilleskogs stiftsgård, lunch och lokal",
        "V2025-0327",
    ),
    ("2025-09-12", MOTEN, 5_600, "RÖS-möte i Folkets Hus Hammarkullen, lunch", "V2025-0618"),
    ("2025-11-20", MOTEN, 7_200, "RÖS-möte hos Studieförbundet Vuxenskolan", "V2025-0874"),
    *[
        (
            f"2025-{month:02d}-25",
            PROCESS,
            46_000 if month < 12 else 50_000,
            f"Processledning {name} 2025, Göteborgsregionens sociala ekonomi (GSE)",
            f"V2025-{1000 + month}",
        )
        for month, name in enumerate(
            [
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ],
            start=1,
        )
    ],
    (
        "2025-03-27",
        DIALOG,
        62_000,
        "Nationell samverkanskonferens 18–19 mars, Billinge hus Skövde",
        "V2025-0205",
    ),
    ("2025-08-29", DIALOG, 38_500, "Dialogmöte augusti (RUS), lokal och lunch", "V2025-0587"),
    (
        "2025-10-24",
        DIALOG,
        41_500,
        "Dialogmöte oktober, hälso- och sjukvården, lokal och lunch",
        "V2025-0766",
    ),
    ("2025-11-28", DIALOG, 12_000, "IOP-kunskapskvällar med SER, fyra delregioner", "V2025-0880"),
    (
        "2025-12-05",
        DIALOG,
        15_000,
        "Internationella frivilligdagen 5 december, delregionala plattformar",
        "V2025-0902",
    ),
    ("2025-03-14", KOMM, 6_500, "Nyhetsbrev 1/2025, layout och utskick", "V2025-0177"),
    ("2025-06-13", KOMM, 6_500, "Nyhetsbrev 2/2025, layout och utskick", "V2025-0421"),
    ("2025-09-19", KOMM, 6_500, "Nyhetsbrev 3/2025, layout och utskick", "V2025-0633"),
    ("2025-12-12", KOMM, 6_500, "Nyhetsbrev 4/2025, layout och utskick", "V2025-0915"),
    (
        "2025-04-30",
        KOMM,
        18_000,
        "Guiden \u201dFrån idé till IOP\u201d, uppdatering och tryck",
        "V2025-0288",
    ),
    (
        "2025-10-10",
        KOMM,
        15_000,
        "Kunskapsunderlaget \u201dKärt barn har många namn\u201d, nylansering",
        "V2025-0712",
    ),
]

COURSE_INVOICE = (
    "2026-01-20",
    DIALOG,
    120_000,
    "Uppdragsutbildning \u201dDet civila samhället och Västra Götaland\u201d hösten 2025, "
    "Marie Cederschiölds högskola",
    "V2026-0031",
)


# SYNTHETIC: the seeds give no fee table. Fee per meeting and role, the same in 2024 and 2025,
# chosen so that the 2025 attendance gives about the booked 246 tkr (245 600 kr).
FEE_RATES = {"chair": 4_000, "vice_chair": 3_500, "member": 3_200, "substitute": 3_200}

# The seeds' granting decisions, found by the start of their text: (text, budget year, line,
# amount, the references of the entries that settle it).
VOLUNTEER_DAY = "Föreslagen budget till frivilligdagen"
COURSE = "RÖS-gruppen godkände att fakturan på 120 000 kr"
COMMITMENTS = [
    # 25 000 kr per subregion granted on 2023-11-02 from the agreement's budget. The demo has no
    # 2023 budget; the grant is assumed to be spent on the volunteer days of 2024 (the 10 years
    # of the agreement, 5 December) and 2025 (the four subregions, annual report), half each.
    (VOLUNTEER_DAY, 2024, DIALOG, 50_000, ["DEMO24-17"]),
    (VOLUNTEER_DAY, 2025, DIALOG, 50_000, ["V2025-0902"]),
    # The 120 tkr course invoice of 2025, charged to the 2026 budget (annual report 2025).
    (COURSE, 2026, DIALOG, 120_000, ["V2026-0031"]),
]


def _year(year, lines):
    budget_year = upsert(
        BudgetYear,
        {"year": year},
        {"allocation": Decimal(sum(amount for _name, amount in lines))},
    )
    for order, (name, amount) in enumerate(lines, start=1):
        upsert(
            BudgetLine,
            {"budget_year": budget_year, "name": name},
            {"amount": Decimal(amount), "order": order, "is_fees": name == ARVODEN},
        )
    for role, amount in FEE_RATES.items():
        upsert(FeeRate, {"budget_year": budget_year, "role": role}, {"amount": Decimal(amount)})
    return budget_year


def _entries(budget_year, entries, activity_year=None):
    lines = {line.name: line for line in budget_year.lines.all()}
    for booked_on, name, amount, text, reference in entries:
        upsert(
            OutcomeEntry,
            {"line": lines[name], "reference": reference},
            {
                "booked_on": datetime.date.fromisoformat(booked_on),
                "amount": Decimal(amount),
                "text": text,
                "activity_year": activity_year,
            },
        )


def load():
    _entries(_year(2024, LINES[2024]), ENTRIES_2024)
    year_2025 = _year(2025, LINES[2025])
    _entries(year_2025, ENTRIES_2025)
    year_2026 = BudgetYear.objects.filter(year=2026).first()
    if year_2026 is None:
        # "Budgeten för RÖS arbetet kommer skrivas upp med 3,1 procent för år 2026" (2025-09-05).
        year_2026 = create_next_year(year_2025, Decimal("3.1"), user=None)
    # The course was given in 2025 but its invoice is charged to the 2026 budget (annual report).
    _entries(year_2026, [COURSE_INVOICE], activity_year=2025)
    _commitments()


def _commitments():
    from meetings.models import Decision

    for text, year, name, amount, references in COMMITMENTS:
        decision = Decision.objects.filter(text__startswith=text).first()
        if decision is None:
            continue
        line = BudgetLine.objects.get(budget_year__year=year, name=name)
        upsert(Commitment, {"decision": decision, "line": line}, {"amount": Decimal(amount)})
        for entry in OutcomeEntry.objects.filter(line=line, reference__in=references):
            upsert(OutcomeEntry, {"pk": entry.pk}, {"decision": decision})
