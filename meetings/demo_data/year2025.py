"""The 2025 steering-group meetings the annual report counts, other than 5 September (seed 000).

SYNTHETIC: the report gives only their number, hosts and combinations (eight meetings, three at
civil-society organisations, two with SER, one with the national conference, one with a
dialogue meeting). Dates not in seed 003, times, agenda items, decisions and action items below
are made up for the demo, in the spirit of the report. Attendance is everyone in office that
day; Malin Carlsson is absent in 2025 ("RÖS styrgrupp inte varit fulltalig under delar av året").
"""

from decimal import Decimal

from meetings.demo_data import D, T, at

TITLE = "Sammanträde med styrgruppen för den regionala överenskommelsen (RÖS-gruppen), {}"
CHAIRS = ["Soraya Zarza Lundberg", "Jan Linde"]


def approved(date, secretary, sent, first, second):
    """Workflow fields of synthetic approved minutes: sent, then both chairs approve."""
    return {
        "secretary": secretary,
        "adjusters": CHAIRS,
        "minutes_signed_on": sent.date(),
        "status": "approved",
        "sent_for_approval_at": sent,
        "approvals": [("Jan Linde", first), ("Soraya Zarza Lundberg", second)],
        "attendance": "in_office",
        "absent": ["Malin Carlsson"] if date < D(2025, 9, 1) else [],
    }


MEETINGS = [
    {
        "date": D(2025, 2, 7),
        "kind": "steering",
        "title": TITLE.format("7 februari 2025"),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Göteborgs naturhistoriska museum",
        "areas": [1],
        **approved(
            D(2025, 2, 7),
            "Sofia Emanuelsson",
            at(2025, 2, 10, 9),
            at(2025, 2, 11, 10),
            at(2025, 2, 12, 15),
        ),
        "items": [
            {
                "heading": "Verksamhetsplan 2025",
                "area": 1,
                "body": "Verksamhetsplanen för 2025 gicks igenom och aktiviteterna fördelades.",
            },
            {
                "heading": "Nationell samverkanskonferens 18–19 mars",
                "area": 1,
                "body": "Programmet för konferensen på Billingehus i Skövde presenterades.",
            },
        ],
        "decisions": [
            {
                "item": "Nationell samverkanskonferens 18–19 mars",
                "text": (
                    "RÖS-gruppen godkände programmet för den nationella "
                    "samverkanskonferensen 18–19 mars 2025."
                ),
                "area": 1,
            },
        ],
    },
    {
        "date": D(2025, 3, 18),
        "kind": "steering",
        "title": TITLE.format("18 mars 2025, i samband med den nationella konferensen"),
        "start_time": T(9, 0),
        "end_time": T(11, 30),
        "place": "Billingehus, Skövde",
        "combined_with": (D(2025, 3, 18), "conference"),
        "areas": [1, 2],
        **approved(
            D(2025, 3, 18),
            "Sofia Emanuelsson",
            at(2025, 3, 21, 9),
            at(2025, 3, 24, 9),
            at(2025, 3, 25, 11),
        ),
        "items": [
            {
                "heading": "Inför konferensen",
                "area": 1,
                "body": "Roller och värdskap under konferensens två dagar fördelades.",
            },
            {
                "heading": "IOP-kunskapskvällar tillsammans med SER",
                "area": 2,
                "body": "Förslag om fyra kunskapskvällar om IOP, en i varje delregion.",
            },
        ],
        "decisions": [
            {
                "item": "IOP-kunskapskvällar tillsammans med SER",
                "text": (
                    "RÖS-gruppen beslutade att arrangera fyra IOP-kunskapskvällar tillsammans "
                    "med SER, en i varje delregion."
                ),
                "area": 2,
            },
        ],
    },
    {
        "date": D(2025, 4, 22),
        "kind": "joint_ser",
        "title": TITLE.format("22 april 2025, RÖS-möte och gemensamt möte med SER"),
        "start_time": T(9, 30),
        "end_time": T(16, 0),
        "place": "Regionens hus, Göteborg",
        "areas": [1, 3],
        **approved(
            D(2025, 4, 22),
            "Sofia Emanuelsson",
            at(2025, 4, 24, 9),
            at(2025, 4, 25, 9),
            at(2025, 4, 28, 14),
        ),
        "items": [
            {
                "heading": "Gemensam dialog RÖS/SER: reserverad upphandling",
                "area": 3,
                "body": "SER och RÖS delade erfarenheter av reserverad upphandling i regionen.",
            },
            {
                "heading": "Dialogmöte om den regionala utvecklingsstrategin",
                "area": 1,
                "body": "Revideringen av RUS går på remiss; underskrivarna bör få säga sitt.",
            },
        ],
        "decisions": [
            {
                "item": "Dialogmöte om den regionala utvecklingsstrategin",
                "text": (
                    "RÖS-gruppen beslutade att hålla ett dialogmöte med underskrivarna om "
                    "remissen av den regionala utvecklingsstrategin i augusti."
                ),
                "area": 1,
            },
        ],
    },
    {
        "date": D(2025, 6, 5),
        "kind": "steering",
        "title": TITLE.format("5 juni 2025"),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Lilleskogs stiftsgård",
        "host_organisation": "Lilleskogs stiftsgård",
        "host_is_civil_society": True,
        "areas": [2],
        **approved(
            D(2025, 6, 5),
            "Sofia Emanuelsson",
            at(2025, 6, 9, 9),
            at(2025, 6, 10, 10),
            at(2025, 6, 11, 16),
        ),
        "items": [
            {
                "heading": "Värdorganisationen berättar",
                "area": 1,
                "body": "Lilleskogs stiftsgård presenterade sin verksamhet.",
            },
            {
                "heading": "Filminspelning av IOP-utbildningen",
                "area": 2,
                "body": "En inspelad IOP-utbildning skulle nå fler än de två utbildningstillfällena.",
            },
        ],
        "decisions": [
            {
                "item": "Filminspelning av IOP-utbildningen",
                "text": (
                    "RÖS-gruppen beslutade att finansiera en filminspelning av IOP-utbildningen "
                    "för ökad spridning och tillgänglighet."
                ),
                "area": 2,
            },
        ],
        "actions": [
            {
                "item": "Filminspelning av IOP-utbildningen",
                "text": "Processledaren tar in offert på filminspelning av IOP-utbildningen.",
                "owners": ["Erica Sjölin"],
                "due": D(2025, 9, 5),
                "status": "cancelled",
                "done_on": D(2025, 9, 5),
                "done_note": "Arbetet sköts upp på grund av en kommande IOP-lag.",
                "area": 2,
            },
        ],
    },
    {
        "date": D(2025, 8, 28),
        "kind": "steering",
        "title": TITLE.format("28 augusti 2025, i samband med dialogmöte"),
        "start_time": T(9, 30),
        "end_time": T(12, 0),
        "place": "Regionens hus, Göteborg",
        "combined_with": (D(2025, 8, 28), "dialogue"),
        "areas": [1, 2],
        **approved(
            D(2025, 8, 28),
            "Sofia Emanuelsson",
            at(2025, 8, 29, 9),
            at(2025, 9, 1, 9),
            at(2025, 9, 2, 10),
        ),
        "items": [
            {
                "heading": "Inför eftermiddagens dialogmöte om RUS",
                "area": 1,
                "body": "Genomgång av upplägg och RÖS-gruppens tankar om utvecklingsförslag.",
            },
            {
                "heading": "Uppdragsutbildning med Marie Cederschiölds högskola",
                "area": 2,
                "body": "Planeringen av kursen om det civila samhället och Västra Götaland.",
            },
        ],
    },
    {
        "date": D(2025, 10, 3),
        "kind": "steering",
        "title": TITLE.format("3 oktober 2025"),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Folkets Hus Hammarkullen, Göteborg",
        "host_organisation": "Folkets Hus Hammarkullen",
        "host_is_civil_society": True,
        "areas": [1, 3],
        **approved(
            D(2025, 10, 3),
            "Jesper Svensson",
            at(2025, 10, 6, 9),
            at(2025, 10, 7, 9),
            at(2025, 10, 8, 13),
        ),
        "items": [
            {
                "heading": "Återkoppling sedan förra mötet",
                "area": 1,
                "body": "Ordförandena i RÖS och SER har diskuterat en gemensam RUS-remiss.",
            },
            {
                "heading": "Dialogmöte om reserverad upphandling",
                "area": 3,
                "body": "Förslag om dialogmöte med Koncerninköp VGR och sociala företag.",
            },
        ],
        "decisions": [
            {
                "item": "Dialogmöte om reserverad upphandling",
                "text": (
                    "RÖS-gruppen beslutade att bjuda in Koncerninköp VGR, Coompanion, Skoopi, "
                    "Social Trade och Famna Västs medlemsorganisationer till ett dialogmöte om "
                    "reserverad upphandling under hösten."
                ),
                "area": 3,
            },
        ],
    },
    {
        # Kept "sent for approval" so that the approval flow can be shown with the demo logins.
        "date": D(2025, 11, 21),
        "kind": "steering",
        "title": TITLE.format("21 november 2025"),
        "start_time": T(9, 30),
        "end_time": T(15, 0),
        "place": "Studieförbundet Vuxenskolan, Göteborg",
        "host_organisation": "Studieförbundet Vuxenskolan",
        "host_is_civil_society": True,
        "areas": [1, 3],
        "secretary": "Jesper Svensson",
        "adjusters": CHAIRS,
        "minutes_signed_on": D(2025, 11, 24),
        "status": "sent",
        "sent_for_approval_at": at(2025, 11, 24, 10),
        "approvals": [],
        "attendance": "in_office",
        "items": [
            {
                "heading": "Utvärdering av dialogmötet 17 oktober",
                "area": 1,
                "body": """\
49 personer från 27 organisationer deltog. Deltagarna var nöjda; strategiarbetet upplevs \
ändå som abstrakt.

- Fler konkreta exempel till nästa dialogmöte
- Dokumentationen publiceras på överenskommelsens webbplats""",
            },
            {
                "heading": "Budgetuppföljning 2025",
                "area": 3,
                "body": (
                    "Fakturan för uppdragsutbildningen med Marie Cederschiölds högskola kommer "
                    "först i januari."
                ),
            },
        ],
        "decisions": [
            {
                "item": "Budgetuppföljning 2025",
                "text": (
                    "RÖS-gruppen godkände att fakturan på 120 000 kr för uppdragsutbildningen "
                    "med Marie Cederschiölds högskola belastar 2026 års budget."
                ),
                "amount": Decimal("120000"),
                "area": 3,
            },
        ],
        "actions": [
            {
                "item": "Utvärdering av dialogmötet 17 oktober",
                "text": "Processledaren sammanställer ett utkast till årsrapport 2025.",
                "owners": ["Erica Sjölin"],
                "due": D(2026, 2, 6),
                "area": 1,
            },
        ],
    },
]
