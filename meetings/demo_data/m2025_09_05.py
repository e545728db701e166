"""Seed 000: minutes of 5 September 2025 (a RÖS/SER day)."""

from meetings.demo_data import CIV, ELE, OFF, D, at, guest, present

MEETING = {
    "date": D(2025, 9, 5),
    "kind": "joint_ser",
    "title": (
        "Mötesanteckningar styrgruppen för överenskommelsen mellan VGR och det civila "
        "samhället (RÖS-gruppen)"
    ),
    "secretary": "Jesper Svensson",
    # The seed names neither the adjusters nor dates: the chair and the vice chair, and the
    # following week, are assumed.
    "minutes_signed_on": D(2025, 9, 9),
    "adjusters": ["Soraya Zarza Lundberg", "Jan Linde"],
    "status": "approved",
    "sent_for_approval_at": at(2025, 9, 9, 10),
    "approvals": [
        ("Jan Linde", at(2025, 9, 10, 8, 30)),
        ("Soraya Zarza Lundberg", at(2025, 9, 12, 13)),
    ],
    "areas": [1, 2, 3],
    "attendance": [
        present("Soraya Zarza Lundberg", ELE, "chair", "ordförande"),
        present("Ann-Marie Ekström", ELE),
        present("Eva-Karin Torhem Arnell", ELE),
        present("Linda Åshamre", ELE),
        present("Jan Linde", CIV, "vice_chair", "vice ordförande"),
        present("Kerstin Söderberg", CIV),
        present("Katrin Sepp", CIV),
        present("Dario Espiga", CIV),
        present("Janne Nolin", CIV),
        present("Sofia Emanuelsson", OFF, "official"),
        guest("Ulrika Lundberg", "regionutvecklare KPH"),
        present("Malin Andrén", OFF, "official"),
        present("Jesper Svensson", OFF, "secretary", "sekreterare"),
        present("Erica Sjölin", OFF, "process_leader", "processledare"),
        guest("Hanna Waddington", "strateg, koncernstab hälso- och sjukvårdsutveckling"),
    ],
    "items": [
        {
            "heading": "Summering och utvärdering RÖS/SER-möte",
            "area": 1,
            "body": """\
Under förmiddagen träffades Sociala ekonomins råd (SER) och styrgruppen för överenskommelsen (RÖS) för dialog och informationsutbyte. På agendan fanns frågan om en gemensam remiss gällande revisionen av den regionala utvecklingsstrategin. Efter dialog kring RUS-remissen beslutade forumet att ordföringarna (Soraya, Jan, Carl och Jonny) diskuterar frågan den 11 september. Vidare konstaterades att mötena SER och RÖS utvecklas mer och mer och blir alltmer lösningsfokuserade.""",
        },
        {
            "heading": "Runda – hänt sen sist",
            "area": 2,
            "body": """\
Rundan inleddes med en kort presentation av styrgruppen eftersom Sofia Emanuelsson kommer vara tjänstledig fram till juni 2026 och ersätts av Jesper Svensson och Malin Andrén.

Information från den Stora socialföretagardagen – "Scale Up Social Economy". Bland annat om det engelska "skivbolaget som bröt sig in i fängelset". Grundaren, Judah Armani, berättade på ett rörande sätt hur arbetet sänkte återfallsrisken markant bland interner i engelska fängelser. Ett annat ämne handlade om den nya socialtjänstlagen som ska göra socialtjänsten mer förebyggande, tillgänglig och kunskapsbaserad. Ester Barinaga från Lund universitet berättade om hur sociala företag försöker skapa penningssystem som bygger på solidaritet och ömsesidighet. Vilken roll kan sociala företag spela i att omforma och omorganisera pengarna och hitta nya finansieringsvägar. Bra med erfarenhetsutbyte och en internationell utblick. Det uppstod många och intressanta diskussioner med utställare under dagen där det gavs möjlighet att berätta om VGR:s arbete med överenskommelsen. Många känner fortfarande inte till överenskommelsen mellan VGR och det civila samhället. En förhoppning efter samtalen med utställare m.fl. är att de kanske besöker RÖS hemsida och väljer att bli underskrivare i framtiden.

Ytterligare ett sätt att sprida information om överenskommelsen har varit att de som erhållit "IOP-medel" (projektmedel) fått information om överenskommelsen och en uppmaning att ansluta sig till överenskommelsen.

En annan aktuell fråga är civil beredskap och vilken funktion det civila samhället kan ha.

Representanter från RÖS-gruppen deltog vid ett seminarium där Sahlgrenska sjukhuset berättade om sitt beredskapsarbete. Det finns ett uppdrag inom VGR från miljö och regionala utvecklingsnämnden (MRU), kulturnämnden (KUN) och beredning mänskliga rättigheter (BMR) till organisationen om att samverka med det civila samhället i beredskapsfrågor. Ett exempel/erfarenhet är hur det civila samhället och VGR samverkade under pandemin. Ett begrepp som används alltmer är "samverkans beredskap".

SKR har arrangerat ett digitalt möte på temat nätverkande och medborgardialog. Socialförvaltningen från Malmö medverkade och berättade om sitt arbete med dialoger och om hur de skapat dialoger med nyckelpersoner.

Västra Götalandsregionens interna hållbarhetsmål kommer gå ut på remis 9:e oktober. BMR:s fem samråd har fått komma med synpunkter. Eftersom det är interna mål bedöms det inte som lika aktuellt för RÖS att komma med synpunkter som för den regionala utvecklingsstrategin.""",
        },
        {
            # Verbatim, trailing comma included.
            "heading": "Ersättare Malin Carlsson och politisk organisation,",
            "body": """\
Det finns en ersättare för Malin Carlson och beslut kommer tas den 23 september. Det är en person med andra uppdrag än i BMR. Översyn av den politiska organisationen inför nästa mandatperiod pågår. Ett förslag beräknas vara klart under våren 2026. För att bevaka att överenskommelsearbetet inte faller mellan stolarna kontaktar överenskommelsegruppen regionråd Helen Eliasson under hösten.""",
        },
        {
            "heading": "IOP – utvecklingsprocess",
            "presenters": ["Ulrika Lundberg"],
            "area": 3,
            "body": """\
Ulrika Lundberg, regionutvecklare Kunskapsstöd för Psykisk Hälsa (KPH) presenterade arbetet med IOP:er och vilka utvecklingstankar som finns. Ulrika informerade även om en "kick-off" för idéburet offentligt partnerskap om barn som anhöriga inom hälso- och sjukvården. Kick-offen äger rum den 14 november klockan 0830-1200 i Göteborg. KPH håller även på att ta fram en utbildningsfilm med Amir Daneshpip som föreläser om Idé buret offentligt partnerskap som samverkansmodell. Utbildningen är tänkt att vara tillgängliga för alla, både för regionens personal och för allmänhet.""",
        },
        {
            "heading": "Utbildning Marie Cederschiöld högskola 2025/2026",
            "area": 2,
            "body": """\
8 september är det ett uppstartsmöte för att planera utbildningen tillsammans med Marie Cederschiöld högskola. Utbildningen är tänkt att omfatta tre heldagar och vänder sig till civila samhället, förtroendevalda och tjänstepersoner. Inom budgeten för överenskommelsearbetet finns medel för utbildningen. Ordföranden för överenskommelsegruppen kommer fatt beslut kopplade till utbildningsinsatsen. Budgeten för RÖS arbetet kommer skrivas upp med 3,1 procent för år 2026.""",
        },
        {
            "heading": "Handlingsplan psykisk hälsa och suicidprevention",
            "presenters": ["Hanna Waddington"],
            "area": 1,
            "body": """\
Hanna Waddington strateg på koncernstab hälso- och sjukvårdsutveckling (VGR) informerade om uppdraget om att omhänderta och regionalisera den nationella handlingsplanen - Det Handlar om livet - nationell strategi för psykisk hälsa och suicidprevention. Det handlar om att skapa en långsiktig strategisk plan tillsammans med kommunerna på uppdrag från beredning för psykisk hälsa samt strategiska hälso- och sjukvårdsnämnden (SSN). Nämnden fattar beslut om den regionala planen den 25:e mars 2026.

En fråga som diskuterades var hur det civila samhällets organisationer kan vara delaktiga i framtagandet av en handlingsplan för psykisk hälsa och suicidprevention? Vad kan överenskommelsegruppen (RÖS) bidra med - Förslag på främjande och förebyggande insatser? Aktiviteter kopplade existentiell hälsa? I arbetet medframtagande finns RÖS-gruppen som en resurs och kontaktyta.""",
        },
        {
            "heading": "Dialogmöte 17 oktober",
            "area": 1,
            "body": """\
Den 17:e oktober är det dialogmöte om hälso- och sjukvårdsstrategin på Radisson Blue. För mer information se nyhetsbrev.""",
        },
        {
            "heading": "Övriga frågor",
            "body": """\
Sofia Emanuelsson kommer vara tjänstledig för studier fram till juni 2026 därför avtackades hon med en gåva från RÖS styrgrupp och med en önskan om att komma tillbaka till RÖS fast mer förkovrad än någonsin.

Tjänstepersonerna fick i uppdrag att klargöra förutsättningarna för olika associationsformer att ansluta till överenskommelsen mellan VGR och det civila samhället.

Viktigt att få RÖS-gruppens godkännande vid deltagande på seminarier, föreläsningar och workshops när dessa är förknippade med ekonomiska åtaganden (anmälningavgifter, arvoden etc.). Kan behövas en uppdatering om vad som gäller med tanke på att det tillkommit några nya ansikten.

2025-10-05 är det en konferens Kraftsamling för fullföljda studier. Konferensen är fullbokad men det finns fortfarande chans att delta digitalt, sista anmälningdag är 5; e oktober. RÖS-gruppen beslutade att ge två representanter möjlighet att delta med ersättning (en person från det civila samhället samt en förtroendevald).

Anne Svensson (SER) och Jesper Svensson (RÖS) stämmer av och kommer med förslag på datum för gemensamma SER/RÖS möten 2026.

Soraya Zarza Lundberg, ordförande, tackade alla för visat intresse och önskade alla Trevlig Helg!""",
        },
    ],
    "decisions": [
        {
            "item": "Summering och utvärdering RÖS/SER-möte",
            "text": (
                "Efter dialog kring RUS-remissen beslutade forumet att ordförandena (Soraya, "
                "Jan, Carl och Jonny) diskuterar frågan om en gemensam remiss den 11 september."
            ),
            "area": 1,
        },
        {
            "item": "Övriga frågor",
            "text": (
                "RÖS-gruppen beslutade att ge två representanter möjlighet att delta med "
                "ersättning (en person från det civila samhället samt en förtroendevald) i "
                "konferensen Kraftsamling för fullföljda studier den 5 oktober 2025."
            ),
            "area": 2,
        },
    ],
    "actions": [
        {
            "item": "Summering och utvärdering RÖS/SER-möte",
            "text": (
                "Ordförandena i RÖS och SER diskuterar frågan om en gemensam remiss om den "
                "regionala utvecklingsstrategin."
            ),
            "owners": ["Soraya Zarza Lundberg", "Jan Linde"],
            "due": D(2025, 9, 11),
            # Followed up at the next meeting (synthetic, see year2025.py).
            "status": "done",
            "followed_up_at": (D(2025, 10, 3), "steering"),
            "done_on": D(2025, 9, 11),
            "area": 1,
        },
        {
            "item": "Ersättare Malin Carlsson och politisk organisation,",
            "text": (
                "Överenskommelsegruppen kontaktar regionråd Helen Eliasson under hösten så att "
                "överenskommelsearbetet inte faller mellan stolarna i den nya politiska "
                "organisationen."
            ),
            "owners": ["Soraya Zarza Lundberg"],
            "due": D(2025, 12, 31),  # "under hösten"
        },
        {
            "item": "Övriga frågor",
            "text": (
                "Tjänstepersonerna fick i uppdrag att klargöra förutsättningarna för olika "
                "associationsformer att ansluta till överenskommelsen mellan VGR och det "
                "civila samhället."
            ),
            "owners": ["Jesper Svensson", "Malin Andrén"],
            "area": 1,
        },
        {
            "item": "Övriga frågor",
            "text": (
                "Anne Svensson (SER) och Jesper Svensson (RÖS) stämmer av och kommer med "
                "förslag på datum för gemensamma SER/RÖS möten 2026."
            ),
            "owners": ["Anne Svensson", "Jesper Svensson"],
            "area": 1,
        },
    ],
    "upcoming": [
        (D(2025, 10, 5), "external"),
        (D(2025, 10, 17), "dialogue"),
        (D(2025, 11, 14), "external"),
    ],
}
