"""Seed 002: minutes of 2 November 2023 (RÖS-gruppen, with a RÖS/SER session)."""

from decimal import Decimal

from meetings.demo_data import CIV, ELE, OFF, D, T, at, guest, present

MEETING = {
    "date": D(2023, 11, 2),
    "kind": "joint_ser",
    "title": (
        "Sammanträde med den regionala överenskommelsegruppen för samverkan med det civila "
        "samhället 2 november 2023, 09.30-15.30"
    ),
    "start_time": T(9, 30),
    "end_time": T(15, 30),
    # The seed names no secretary and no adjusters: Sofia Emanuelsson (then process leader
    # at VGR, who took the 2024 minutes) and the chair and vice chair are assumed, approved a
    # week later.
    "secretary": "Sofia Emanuelsson",
    "minutes_signed_on": D(2023, 11, 6),
    "adjusters": ["Soraya Zarza Lundberg", "Jan Linde"],
    "status": "approved",
    "sent_for_approval_at": at(2023, 11, 6, 16),
    "approvals": [
        ("Jan Linde", at(2023, 11, 8, 9)),
        ("Soraya Zarza Lundberg", at(2023, 11, 9, 10)),
    ],
    "areas": [1],
    "attendance": [
        present("Kerstin Söderberg", CIV),
        present("Katrin Sepp", CIV),
        present("Janne Nolin", CIV),
        present("Dario Espiga", CIV),
        present("Jan Linde", CIV, "vice_chair", "vice ordförande"),
        present("Soraya Zarza Lundberg", ELE, "chair", "ordförande"),
        present("Eva-Karin Torhem Arnell", ELE),
        present("Linda Åshamre", ELE),
        present("Stefan Lindborg", ELE),
        present("Ann-Marie Ekström", ELE),
        present("Sofia Emanuelsson", OFF, "process_leader", "processledare VGR"),
        guest("Emma Broberg", "ansvarig tjänsteperson för BMR"),
        guest("Anne-Sofie Mellqvist", "nämndsamordnare för BMR och BHU"),
    ],
    "items": [
        {"heading": "Återkoppling sedan förra mötet", "body": ""},
        {
            "heading": "Processledartjänst det civila samhället",
            "area": 3,
            "body": """\
En säkrad långsiktig finansiering för processledartjänst förväntas gå i lås i och med beslut i Regionstyrelsen den 21 november om en teknisk justering av budgetmedel för överenskommelsen.

Intresseanmälningar till tjänst har inkommit under hösten och en formell annonsering kommer att göras i samband med att beslut fattas.""",
        },
        {
            "heading": "Process ny handlingsplan för överenskommelsearbetet",
            "area": 1,
            "body": """\
Överenskommelsen kommer som en del av handlingsplanen att föra en kontinuerlig politisk dialog med relevanta nämnder och beredningar.

Överenskommelsens ordförande och vice ordförande möter delregional nämnd (DRN) Västra den 16 november. Preliminärt kommer RÖS sedan att möta samtliga DRN-er då DRN-erna samlas till gemensam träff under våren. Även möte med Operativ hälso- och sjukvårdsnämnd kommer att planeras till våren 2024. Strategiska hälso- och sjukvårdsnämnden välkomnar dialog utifrån uppkomna behov av strategiska inriktningsbeslut som rör samverkan.

Remissrunda kring utkast på handlingsplan till samtliga underskrivare planeras till efter dialogmötet den 7 december, dvs v. 50 2023 tom v. 3 2024. RÖS-gruppen fattar beslut om ny handlingsplan i januari 2024 och BMR på sitt sammanträde i februari. Beslut om ny handlingsplan förväntas sedan fattas i Regionstyrelsen i mars 2024.

Mötet utsåg Katrin Sepp och Ann-Marie Ekström att tillsammans med ordförandena och processledare att ha fram förslag på ny handlingsplan.""",
        },
        {
            "heading": "Möte mellan RÖS+SER (se separata anteckningar)",
            "area": 1,
            "body": """\
Därefter följde dialoger mellan RÖS-gruppen och den sociala ekonomins råd. (separata anteckningar kommer).

Under eftermiddagen fick RÖS-gruppen besök av ansvarig tjänsteperson från Beredningen för mänskliga rättigheter (BMR) samt nämndsamordnare för BMR och Beredningen för hållbar utveckling (BHU).""",
        },
        {
            "heading": (
                "Besök av ansvarig tjänsteperson för Beredningen för mänskliga rättigheter "
                "Emma Broberg"
            ),
            "presenters": ["Emma Broberg"],
            "area": 2,
            "body": """\
VGRs hållbarhetsavdelning ska leda utveckla och samordna arbetet med regionens interna hållbarhetsmål. Dessa hållbarhetsmål ska genomsyra alla VGRs processer och styrdokument. VGRs hållbarhetsmål innehåller sociala såväl som ekologiska aspekter av hållbarhet och riktar sig mot VGRs egen organisation och arbete. Målen för social hållbarhet är god hälsa och välbefinnande, jämlikhet och lika rättigheter, tillit trygghet och delaktighet, där främjandet av medskapande och dialog är ett av delmålen inom det tredje målområdet. Vissa grupper behöver ett starkare skydd för att få sina rättigheter uppfylla och resurser bör riktas till de som vi står längst ifrån. Hållbarhetsmålen har sin grund i mänskliga rättigheter och har ett folkhälsoperspektiv. Målen är till för VGR som organisation. Befolkningsansvaret ligger mer inom ramen för den regionala utvecklingsstrategin och genom samverkan med andra aktörer.

MR samråden är ett forum för dialog mellan VGR och det civila samhället med bas i mänskliga rättigheter. Det sker en öppen utlysning till samråden där det civila samhällets organisationer lämnar intresseanmälan för att delta. Det finns 12 platser för det civila samhällets aktörer i varje samråd och två till tre BMR ledamöter i varje samråd. Samråden möts fyra gånger per år plus ett tvärsamråd och fokus ligger på att utveckla VGRs arbete. Dagordningen ska sättas ömsesidigt, varje samråd har en färdplan Frågorna som läggs på agendan ska vara frågor som VGR styr över. En återkoppling sker till BMR och möjlighet att ta vidare till relevant nämnd.

Ur samråden har det ibland utvecklats sakfrågeforum – dvs grupperingar kring en sakfråga, tex då Västtrafik tog initiativ till en grupp för att hantera specifika frågor som rörde trafikfrågan för personer med funktionsnedsättning. VGR:s sida om samråden: <https://www.vgregion.se/regional-utveckling/omraden/social-hallbarhet/manskliga-rattigheter/dialog-och-samrad/>""",
        },
        {
            "heading": "Besök av nämnsamordnare för BMR och BHU Anne-Sofie Mellqvist",
            "presenters": ["Anne-Sofie Mellqvist"],
            "area": 3,
            "body": """\
Ann-Sofie presenterade en översiktlig jämförelse mellan VGR och Regions Skånes olika sätt att organisera arbetet samt finansiering av överenskommelsearbetet i respektive region. Se bifogad ppt.""",
        },
        {
            "heading": "Omvärldsbevakning och information om kommande seminarier",
            "area": 2,
            "body": """\
Kort avrapportering från gruppen om deltagande i konferenser och seminarier. Höstens seminarier med länkar till anmälan bifogas till mötets anteckningar som ppt bild i presentation RÖS-möte 2 november.

Frågan om deltagande i SKR-nätverk bordlades""",
        },
        {
            "heading": "Kommande RÖS-möten under 2023-2024",
            "body": """\
7/12 – Heldagsmöte inklusive middag 9.30-19.30 på Radisson Blu Scandinavia Hotel i Göteborg. RÖS-gruppen sammanträder 9.30-14.30. Därefter dialogmöte med underskrivare. Inbjudan går ut till samtliga underskrivare.

25/1 – RÖS-möte (bland annat beslut om handlingsplan) - återkommer om plats. Tidigare felaktig datum i kallelsen (den 24/1), har nu justerats.

Övriga mötesdatum för 2024 sätts på RÖS-mötet den 7 december.""",
        },
        {
            "heading": "Övrigt",
            "area": 1,
            "body": """\
Föreslagen budget till frivilligdagen à 25 000 per delregion (4 delregioner), totalt 100 000 kr beviljades. Medel avsätts från överenskommelsens verksamhetsbudget.""",
        },
        {
            "heading": "Kommunikation",
            "area": 1,
            # The seed's sub-heading "Överenskommelsen hemsida:" is kept as a bold lead-in.
            "body": """\
Överenskommelsen kommunicerar i nuläget via två kanaler; vgregion.se samt Facebook (FB); gå gärna in och kika och följ gärna sidan på FB!

**Överenskommelsen hemsida:**

[Överenskommelsen mellan Västra Götalandsregionen och det civila samhället - Västra Götalandsregionen (vgregion.se)](https://www.vgregion.se/overenskommelsen-mellan-vastra-gotalandsregionen-och-det-civila-samhallet-vastra-gotalandsregionen)

**Följ oss på Facebook**""",
        },
    ],
    "decisions": [
        {
            "item": "Process ny handlingsplan för överenskommelsearbetet",
            "text": (
                "Mötet utsåg Katrin Sepp och Ann-Marie Ekström att tillsammans med ordförandena "
                "och processledare ta fram förslag på ny handlingsplan."
            ),
            "area": 1,
        },
        {
            "item": "Omvärldsbevakning och information om kommande seminarier",
            "text": "Frågan om deltagande i SKR-nätverk bordlades.",
        },
        {
            "item": "Övrigt",
            "text": (
                "Föreslagen budget till frivilligdagen à 25 000 per delregion (4 delregioner), "
                "totalt 100 000 kr beviljades. Medel avsätts från överenskommelsens "
                "verksamhetsbudget."
            ),
            "amount": Decimal("100000"),
            "area": 1,
        },
    ],
    "actions": [
        {
            "item": "Process ny handlingsplan för överenskommelsearbetet",
            "text": (
                "Katrin Sepp och Ann-Marie Ekström tar tillsammans med ordförandena och "
                "processledare fram förslag på ny handlingsplan."
            ),
            "owners": ["Katrin Sepp", "Ann-Marie Ekström"],
            # RÖS-gruppen was to decide on the plan on 25 January 2024 (seed 002); that the
            # draft was delivered is assumed: the plan 2024–2026 exists (seed 004).
            "due": D(2024, 1, 25),
            "status": "done",
            "done_on": D(2024, 1, 25),
            "done_note": "Förslaget till Handlingsplan 2024–2026 behandlades av RÖS-gruppen.",
            "area": 1,
        },
    ],
    "upcoming": [
        (D(2023, 11, 16), "external"),
        (D(2023, 12, 7), "steering"),
        (D(2023, 12, 7), "dialogue"),
        (D(2024, 1, 25), "steering"),
    ],
}
