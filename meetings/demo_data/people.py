"""The people of the seed documents, one record (and one spelling) each, and their terms.

The seeds spell some names two ways ("Janne Nolin"/"Janne Norlin", "Anne-Marie"/"Ann-Marie
Ekström", "Hanna Waddington"/"Weddington", "Dario Espiga"/"Dario Espiga Corbo",
"Anne-Sofie"/"Ann-Sofie Mellqvist", "Malin Carlsson"/"Carlson"); the register keeps one.
"""

import datetime

D = datetime.date

BMR = "Beredningen för mänskliga rättigheter (BMR)"
VGR = "Västra Götalandsregionen (VGR)"
GSE = "Göteborgsregionens sociala ekonomi (GSE)"
CIVIL = "Det civila samhällets organisationer"

# name, initials, title, organisation
PEOPLE = [
    ("Soraya Zarza Lundberg", "SZL", "", BMR),
    ("Jan Linde", "JL", "", ""),
    ("Kerstin Söderberg", "KS", "", ""),
    ("Katrin Sepp", "KSE", "", ""),
    ("Janne Nolin", "JN", "", ""),
    ("Dario Espiga", "DE", "", ""),
    ("Eva-Karin Torhem Arnell", "EKTA", "", BMR),
    ("Linda Åshamre", "LÅ", "", BMR),
    ("Ann-Marie Ekström", "AME", "", BMR),
    ("Stefan Lindborg", "SL", "", BMR),
    ("Malin Carlsson", "MC", "ordförande i Beredningen för mänskliga rättigheter (BMR)", BMR),
    (
        "Maria Millback",
        "MM",
        "politiker i Delregional nämnd Göteborg",
        "Delregional nämnd Göteborg",
    ),
    ("Erica Sjölin", "ES", "processledare civila samhället", GSE),
    ("Sofia Emanuelsson", "SE", "tjänsteperson VGR", VGR),
    ("Jesper Svensson", "JS", "tjänsteperson VGR", VGR),
    ("Malin Andrén", "MA", "tjänsteperson VGR", VGR),
    # Guests who presented at the seed meetings.
    ("Emma Broberg", "", "ansvarig tjänsteperson för Beredningen för mänskliga rättigheter", VGR),
    ("Anne-Sofie Mellqvist", "", "nämndsamordnare för BMR och BHU", VGR),
    ("Anne Svensson", "", "Regionutvecklare (KUN)", VGR),
    ("Maria Hellström Berhe", "", "ledningsstöd SSN", VGR),
    ("Johan Sandström", "", "projektledare", VGR),
    (
        "Ulrika Lundberg",
        "",
        "regionutvecklare Kunskapsstöd för Psykisk Hälsa (KPH)",
        VGR,
    ),
    (
        "Hanna Waddington",
        "",
        "strateg på koncernstab hälso- och sjukvårdsutveckling (VGR)",
        VGR,
    ),
]

# The other spellings of the seeds, so that every spelling finds the one record.
ALIASES = [
    ("Janne Nolin", "Janne Norlin"),
    ("Ann-Marie Ekström", "Anne-Marie Ekström"),
    ("Hanna Waddington", "Hanna Weddington"),
    ("Dario Espiga", "Dario Espiga Corbo"),
    ("Anne-Sofie Mellqvist", "Ann-Sofie Mellqvist"),
    ("Malin Carlsson", "Malin Carlson"),
]

# The seeds give no start dates for the members of the current term: 2023-01-01 (the start of
# the regional term of office 2023–2026) is assumed. Changes with dates the seeds do not give
# exactly are marked "assumed" below.
TERM_START = D(2023, 1, 1)

# person, group, role, represents, start, end, succeeded, note
TERMS = [
    ("Soraya Zarza Lundberg", "elected", "chair", BMR, TERM_START, None, None, ""),
    ("Jan Linde", "civil_society", "vice_chair", CIVIL, TERM_START, None, None, ""),
    ("Kerstin Söderberg", "civil_society", "member", CIVIL, TERM_START, None, None, ""),
    ("Katrin Sepp", "civil_society", "member", CIVIL, TERM_START, None, None, ""),
    ("Janne Nolin", "civil_society", "member", CIVIL, TERM_START, None, None, ""),
    ("Dario Espiga", "civil_society", "member", CIVIL, TERM_START, None, None, ""),
    ("Eva-Karin Torhem Arnell", "elected", "member", BMR, TERM_START, None, None, ""),
    ("Linda Åshamre", "elected", "member", BMR, TERM_START, None, None, ""),
    ("Ann-Marie Ekström", "elected", "member", BMR, TERM_START, None, None, ""),
    # "ny ordförande i BMR sedan i maj [2024]": the day in May is assumed.
    ("Stefan Lindborg", "elected", "member", BMR, TERM_START, D(2024, 5, 14), None, ""),
    (
        "Malin Carlsson",
        "elected",
        "member",
        BMR,
        D(2024, 5, 15),
        D(2025, 9, 22),
        "Stefan Lindborg",
        "Ordförande i BMR sedan maj 2024.",
    ),
    # Seed 000: the decision on Malin Carlsson's replacement was to be taken on 2025-09-23.
    (
        "Maria Millback",
        "elected",
        "member",
        "Delregional nämnd Göteborg",
        D(2025, 9, 23),
        None,
        "Malin Carlsson",
        "",
    ),
    # Seed 002 calls her "processledare VGR" (2023), seeds 001/003 "tjänsteperson VGR"; her
    # last meeting was 2025-09-05 (farewell), she is on leave for studies until June 2026.
    (
        "Sofia Emanuelsson",
        "official",
        "process_leader",
        VGR,
        TERM_START,
        D(2025, 9, 5),
        None,
        "Tjänstledig för studier fram till juni 2026.",
    ),
    # Process leader for civil society since April 2024 (seed 001: "tjänsten tillsattes i april").
    ("Erica Sjölin", "official", "process_leader", GSE, D(2024, 4, 1), None, None, ""),
    # "ersätts av Jesper Svensson och Malin Andrén" (seed 000); 1 September 2025 is assumed.
    (
        "Jesper Svensson",
        "official",
        "secretary",
        VGR,
        D(2025, 9, 1),
        None,
        "Sofia Emanuelsson",
        "",
    ),
    ("Malin Andrén", "official", "official", VGR, D(2025, 9, 1), None, None, ""),
]
