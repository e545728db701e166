"""Seed 003: minutes of 29 November 2024 (RÖS and SER met at Regionens hus, seed 001)."""

from meetings.demo_data import CIV, ELE, OFF, D, T, at, present

MEETING = {
    "date": D(2024, 11, 29),
    "kind": "joint_ser",
    "title": (
        "Sammanträde med styrgruppen för den regionala överenskommelsen för samverkan med det "
        "civila samhällets organisationer, 29 november 2024"
    ),
    # Seed 001: "29/11 mellan 9.30 och ca 13.00 möts RÖS och SER i Regionens hus i Göteborg".
    "start_time": T(9, 30),
    "end_time": T(13, 0),
    "place": "Regionens hus, Göteborg",
    "secretary": "Sofia Emanuelsson",
    "adjusters": ["Soraya Zarza Lundberg", "Erica Sjölin"],
    # The seed gives no dates for the minutes and the approvals: early December is assumed.
    "minutes_signed_on": D(2024, 12, 2),
    "status": "approved",
    "sent_for_approval_at": at(2024, 12, 2, 9),
    "approvals": [
        ("Erica Sjölin", at(2024, 12, 3, 10)),
        ("Soraya Zarza Lundberg", at(2024, 12, 4, 15)),
    ],
    "areas": [1, 2],
    "attendance": [
        present("Kerstin Söderberg", CIV),
        present("Katrin Sepp", CIV),
        present("Janne Nolin", CIV),
        present("Dario Espiga", CIV),
        present("Jan Linde", CIV, "vice_chair"),
        present("Ann-Marie Ekström", ELE),
        present("Soraya Zarza Lundberg", ELE, "chair"),
        present("Linda Åshamre", ELE),
        present("Eva-Karin Torhem Arnell", ELE),
        present("Erica Sjölin", OFF, "process_leader", "processledare civila samhället"),
        present("Sofia Emanuelsson", OFF, "official", "tjänsteperson VGR"),
    ],
    "items": [
        {
            "heading": "Status verksamhet 2024",
            "area": 2,
            "body": """\
- Dialogträff kring reserverad upphandling

Möte mellan VGR inköp och Coompanion/Skoopii/Social trade samt mellan VGR inköp och Famna Väst hålls den 5 och den 6/12. Syftet med mötena är informationsutbyte och kontaktskapande.

- Nationell träff med regioner som har överenskommelser med civilsamhällets organisationer, inklusive myndigheter.

En och en halv dags konferens med övernattning den 18–19 mars 2025 på Billingeus i Skövde. Överenskommelsen VGR står för konferenslokal och lunch+fika. Tillresta gäster står för övernattning och middag.

- Utbildning IOP

En intern utbildning för VGR tjänstepersoner och politiker genomförs i december. Till våren 2025 planeras delregionala kunskaphöjande seminarier i samverkan med SER och den sociala ekonomins plattformar.""",
        },
        {
            "heading": "Inför ÖK 10 år 5/12 – uppdatering",
            "area": 1,
            "body": """\
Ca 100 anmälda. De i RÖS-gruppen som kan vara på plats redan 16.00 är välkomna inför att vi väntar besökare som droppar in i god tid till 16.30. Scenprogrammet startar 16.50.""",
        },
        {
            "heading": "Verksamhetsplan 2025",
            "body": """\
Presentation och diskussioner utifrån utkast. Färdigt utkast behandlas och beslutas på kommande RÖS-möte 13/12.""",
        },
        {
            "heading": "Kommande möten och event",
            "body": """\
Sista RÖS-mötet för året hålls den 13/12. Vi kommer vara på Ängås gård (del av Vägen ut kooperativen) i Frölunda. Första RÖS-mötet för 2025 hålls sedan den 7/2, preliminärt på Göteborgs naturhistoriska museum. RÖS-gruppens mars-möte kombineras med nationell konferens för regionalt överenskommelsearbetet den 18–19 mars på Billingeus i Skövde.

Den 22 april hålls kombinerat RÖS och SER möte under eftermiddagen (SER bjuder in), vanligt RÖS-möte under förmiddagen på Regionens hus. Datum för RÖS-möte preliminärt kombinerat med dialogmöte för underskrivare i maj bestäms på kommande RÖS-möte.

Utöver besök i Regionstyrelsen i februari (datum ska bokas) ligger på förslag att ha ett uppföljande möte mellan RÖS ordföranden och DRN-ernas gemensamma presidiummöte den 3/4.""",
        },
        {
            "heading": "Nya underskrivare",
            "area": 1,
            "body": "- Suicide Zero antogs som nya underskrivare",
        },
    ],
    "decisions": [
        {
            "item": "Nya underskrivare",
            "text": "Suicide Zero antogs som nya underskrivare",
            "area": 1,
        },
    ],
    "actions": [
        {
            "item": "Verksamhetsplan 2025",
            "text": (
                "Processledarna färdigställer utkastet till verksamhetsplan 2025 för beslut "
                "på RÖS-mötet den 13 december."
            ),
            "owners": ["Erica Sjölin", "Sofia Emanuelsson"],
            "due": D(2024, 12, 13),
            # The seeds have no minutes of 13 December 2024; done on the day is assumed.
            "status": "done",
            "done_on": D(2024, 12, 13),
        },
    ],
    "upcoming": [
        (D(2024, 12, 5), "external"),
        (D(2024, 12, 13), "steering"),
        (D(2025, 2, 7), "steering"),
        (D(2025, 3, 18), "steering"),
        (D(2025, 3, 18), "conference"),
        (D(2025, 4, 3), "external"),
        (D(2025, 4, 22), "joint_ser"),
    ],
}
