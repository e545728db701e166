"""Meetings and events the seeds announce ("Kommande möten och event") or the 2025 report counts.

They have no minutes of their own. Times and places are the seeds' where given; the rest is
left blank, except where marked as assumed.
"""

from meetings.demo_data import D, T

RADISSON = "Radisson Blu Scandinavia Hotel, Göteborg"

EVENTS = [
    {
        "date": D(2023, 11, 16),
        "kind": "external",
        "title": "Ordförande och vice ordförande möter delregional nämnd (DRN) Västra",
    },
    {
        "date": D(2023, 12, 7),
        "kind": "steering",
        "title": "RÖS-möte, heldag inklusive middag (9.30–19.30)",
        "start_time": T(9, 30),
        "end_time": T(14, 30),
        "place": RADISSON,
        "combined_with": (D(2023, 12, 7), "dialogue"),
    },
    {
        "date": D(2023, 12, 7),
        "kind": "dialogue",
        "title": "Dialogmöte med underskrivare",
        "start_time": T(14, 30),
        "end_time": T(19, 30),
        "place": RADISSON,
        "is_public_event": True,
        "areas": [1],
    },
    {
        "date": D(2024, 1, 25),
        "kind": "steering",
        "title": "RÖS-möte (bland annat beslut om handlingsplan)",
    },
    {
        "date": D(2024, 9, 10),
        "kind": "external",
        "title": "Folkhögskoleförvaltningen och ESF-projektet Helhetslyftets styrgrupp",
        "place": "Restad gård",
    },
    {
        "date": D(2024, 9, 18),
        "kind": "dialogue",
        "title": (
            "Dialogmöte mellan den regionala överenskommelsen och det civila samhällets "
            "organisationer"
        ),
        "place": "Ullevi restaurang och konferens, Göteborg",
        "is_public_event": True,
        "areas": [1],
    },
    {
        "date": D(2024, 9, 19),
        "kind": "external",
        "title": "Delregional nämnd södra (Ann-Marie Ekström ersätter Soraya Zarza Lundberg)",
    },
    {
        "date": D(2024, 12, 5),
        "kind": "external",
        "title": "Överenskommelsen 10 år – internationella frivilligdagen",
        # Seed 003: visitors from 16.30, the stage programme starts 16.50.
        "start_time": T(16, 30),
        "is_public_event": True,
        "areas": [1],
    },
    {
        "date": D(2024, 12, 13),
        "kind": "steering",
        "title": "Sista RÖS-mötet för året",
        "place": "Ängås gård, Frölunda",
        "host_organisation": "Vägen ut kooperativen",
        "host_is_civil_society": True,
    },
    {
        "date": D(2025, 3, 18),
        "end_date": D(2025, 3, 19),
        "kind": "conference",
        "title": "Nationell samverkanskonferens",
        "theme": (
            "Samverkan mellan det civila samhällets organisationer och det offentliga: "
            "hur regionalt överenskommelsearbete kan organiseras"
        ),
        "place": "Billingehus, Skövde",
        "host_organisation": "RÖS-gruppen och NÄTVERKET – Idéburen sektor Skåne",
        "participant_count": 50,  # "Över 50 deltagare"
        "is_public_event": True,
        "areas": [1, 2],
    },
    {
        "date": D(2025, 4, 3),
        "kind": "external",
        "title": "Uppföljande möte mellan RÖS ordförande och DRN-ernas gemensamma presidiummöte",
    },
    {
        # The report says "i augusti"; the day and the place are assumed.
        "date": D(2025, 8, 28),
        "kind": "dialogue",
        "title": "Dialogmöte med underskrivare: Regional utvecklingsstrategi (RUS)",
        "theme": "Regional utvecklingsstrategi (RUS)",
        "start_time": T(13, 0),
        "end_time": T(16, 0),
        "place": "Regionens hus, Göteborg",
        "participant_count": 45,
        "organisation_count": 42,
        "is_public_event": True,
        "areas": [1],
    },
    {
        "date": D(2025, 10, 5),
        "kind": "external",
        "title": "Konferens: Kraftsamling för fullföljda studier",
    },
    {
        "date": D(2025, 10, 17),
        "kind": "dialogue",
        "title": "Dialogmöte om hälso- och sjukvårdsstrategin",
        "theme": (
            "Strategin för omställning av hälso- och sjukvården och Plan psykisk hälsa och "
            "suicidprevention"
        ),
        "place": RADISSON,
        "participant_count": 49,
        "organisation_count": 27,
        "is_public_event": True,
        "areas": [1],
    },
    {
        "date": D(2025, 11, 14),
        "kind": "external",
        "title": (
            "Kick-off för idéburet offentligt partnerskap om barn som anhöriga inom hälso- och "
            "sjukvården"
        ),
        "start_time": T(8, 30),
        "end_time": T(12, 0),
        "place": "Göteborg",
        "is_public_event": True,
        "areas": [3],
    },
    {
        # Assumed: the first meeting of 2026, planned with its agenda, so that the demo has a
        # meeting to send an invitation and a meeting pack for.
        "date": D(2026, 2, 5),
        "kind": "steering",
        "title": "Sammanträde med RÖS-gruppen",
        "start_time": T(9, 30),
        "end_time": T(12, 0),
        "place": "Regionens hus, Göteborg",
        "items": [
            {"heading": "Mötets öppnande", "body": "Ordföranden öppnar mötet."},
            {
                "heading": "Återkoppling sedan förra mötet",
                "body": "Genomgång av de öppna uppdragen.",
            },
            {
                "heading": "Verksamhetsplan och budget 2026",
                "body": "Processledaren presenterar förslaget till verksamhetsplan och "
                "budgeten för 2026, som skrivits upp med 3,1 procent.",
                "area": 3,
            },
            {
                "heading": "Årsrapport 2025",
                "body": "Utkastet till årsrapporten för 2025 diskuteras.",
            },
            {"heading": "Kommande möten och event", "body": ""},
        ],
    },
]
