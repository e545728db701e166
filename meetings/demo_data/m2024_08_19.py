"""Seed 001: minutes of 19 August 2024, 09.30–15.30."""

from meetings.demo_data import CIV, ELE, OFF, D, T, at, guest, present

IOP_HEADING = (
    "Information: IOP med sociala ekonomins plattformar, besök Anne Svensson, "
    "Regionutvecklare (KUN) – se ppt"
)
SSN_HEADING = (
    "Information: Uppdrag från Beredningen för psykisk hälsa inom Strategisk hälso- och "
    "sjukvårdsnämnd (SSN) om dialogprocess med civilsamhällets organisationer, besök Maria "
    "Hellström Berhe, ledningsstöd SSN & Johan Sandström, projektledare – se ppt"
)

MEETING = {
    "date": D(2024, 8, 19),
    "kind": "steering",
    "title": (
        "Sammanträde med den regionala överenskommelsegruppen för samverkan med det civila "
        "samhällets organisationer, 19 augusti 2024, 09.30-15.30"
    ),
    "start_time": T(9, 30),
    "end_time": T(15, 30),
    "secretary": "Sofia Emanuelsson",
    "minutes_signed_on": D(2024, 8, 21),  # "/SE 2024-08-21"
    "adjusters": ["Jan Linde", "Soraya Zarza Lundberg", "Erica Sjölin"],  # JL, SZL, ES
    "status": "approved",
    "sent_for_approval_at": at(2024, 8, 21, 9),
    "approvals": [
        ("Jan Linde", at(2024, 8, 21, 11)),
        ("Soraya Zarza Lundberg", at(2024, 8, 21, 14)),
        ("Erica Sjölin", at(2024, 8, 21, 16)),
    ],
    "areas": [1, 2, 3],
    "attendance": [
        present("Kerstin Söderberg", CIV),
        present("Katrin Sepp", CIV),
        present("Janne Nolin", CIV),
        present("Dario Espiga", CIV),
        present("Jan Linde", CIV, "vice_chair"),
        present("Malin Carlsson", ELE),
        present("Ann-Marie Ekström", ELE),
        present("Eva-Karin Torhem Arnell", ELE),
        present("Erica Sjölin", OFF, "process_leader", "processledare civila samhället"),
        present("Sofia Emanuelsson", OFF, "official", "tjänsteperson VGR"),
        guest("Anne Svensson", "Regionutvecklare (KUN)"),
        guest("Maria Hellström Berhe", "ledningsstöd SSN"),
        guest("Johan Sandström", "projektledare"),
    ],
    "items": [
        # The seed opens with this paragraph before its first heading; the heading is ours.
        {
            "heading": "Ny representant i RÖS-gruppen",
            "body": """\
Malin Carlsson, ny ordförande i Beredningen för mänskliga rättigheter sedan i maj välkomnades som ny representant in i RÖS-gruppen. Malin efterträder Stefan Lindborg i RÖS-gruppen.""",
        },
        {
            "heading": "Återkoppling sedan förra mötet",
            "area": 3,
            "body": """\
Information om att beslut fattas om de nya demokrativillkoren och att de ska införlivas from 1 januari 2025. Sveriges nationella organ för dialog och samråd mellan regeringen och det civila samhället (NOD) inleder en dialogprocess med det civila samhällets aktörer under hösten för att kunna få feedback på hur organisationer ser på de nya villkoren och hur de kommer att påverka verksamheterna.

Ny samrådsprocess om demokrativillkoren – Nationellt organ för dialog och samråd mellan regeringen och det civila samhället (nodsverige.se)

Rös-gruppen beslöt att återkomma till demokrativillkoren och dess implementering i regionens stödsystem och hantering av befintliga stöd.

Tips om att lyssna in inspelningar från Almedalen 2024: Civilsamhällesarenan - 26 juni 2024 (youtube.com) & Civilsamhällesarenan - 27 juni 2024 (youtube.com)""",
        },
        {
            "heading": "Verksamhetsplan och budget 2024 - informationspunkter",
            "area": 2,
            "body": """\
- Ekonomisk uppföljning 2024 Överenskommelsen har ett ackumulerat utfall tom juli på 491 000 kr (budget 1,4 mkr). Ackumulerat överskott finns framför allt i posten för processledare då tjänsten tillsattes i april men även inom posterna som rör verksamhet. (se ppt)
- Beslut om fördelning av budgetposter inom ramen för överenskommelsens budget 2025 (1,4 mkr) fattas på kommande möte i september.
- Kartläggning av VGR's politiskt beslutade dialogytor med det civila samhällets organisationer återupptas i och med nybeställning av SCB-data i september (samfinansieras av KUN och RS).
- En andra VGR intern IOP-utbildning kommer att hållas den 5 november för regionens tjänstepersoner.
- Revidering av regional riktlinje IOP. En mindre revidering ska ske av de regionala riktlinjerna för idéburet offentligt partnerskap under 2024. Ett möte är inplanerat för underskrivare den 4 oktober då arbetsgruppen på fem personer som utsetts har möjlighet att träffa samtliga som nominerats till IOP-arbetsgruppen. Detta för att få en bredare bild och åsikter kring IOP-riktlinjerna som de ser ut idag.
- Planering pågår av digitala informationsmöten mellan Famna Väst samt Coompanion/Skoopii/Social trade och VGRs inköpare under hösten för att utöka kunskapen om vilken typ av tjänster som det civila samhällets organisationer i Västra Götaland kan erbjuda. Initiativet kommer från VGRs inköpare efter en utbildning i maj i reserverad upphandling.
- RÖS ska arrangera fyra delregionala seminarier kring IOP-samverkan med syfte att kunskapshöja i första hand civilsamhällets organisationer men även kommuner och kommunalförbund. Seminarierna kommer samarrangeras med de resurspersoner som är på gång att tillsättas via sociala ekonomins plattformar för genomförande delregionalt. Förslag finns på att arrangera det första seminariet i Sjuhärad.
- Det är fortsatt önskvärt att identifiera det ekonomiska flödet från VGR till civilsamhällets organisationer i Västra Götaland liksom andelen upphandlade civilsamhällesorganisationer. Arbetet är påbörjat inom Kulturförvaltningen.""",
        },
        {
            "heading": "Diskussionspunkter",
            "area": 1,
            "body": """\
- Intresset för en konferens i Västra Götaland under 2025 tillsammans med regionala överenskommelser i övriga landet diskuterades och det beslutades att processledare för civila samhället utreder intresset hos våra partners regionalt.
- Uppmärksammandet av Överenskommelsen 10 år diskuterades. Beslutades att firandet sker på internationella frivilligdagen den 5 december. Önskemål om att sammanställa de förflyttningar som skett sedan överenskommelsen signerades för 10 år sedan. Processledarna återkommer med förslag på upplägg till nästkommande möte.""",
        },
        {
            "heading": IOP_HEADING,
            "presenters": ["Anne Svensson"],
            "area": 3,
            "body": """\
RÖS-gruppen informerades om att Kulturnämnden fattade beslut om ett nytt IOP mellan sociala ekonomins delregionala plattformar den 27 juni. Avtal skrivs den 21 augusti i Borås och IOP löper mellan augusti 2024 och december 2025.

Syftet med IOP är att skapa en delregional stödstruktur som ska bidra till att synliggöra och ta tillvara social ekonomi som resurs för samhällsutvecklingen i Västra Götaland.""",
        },
        {
            "heading": SSN_HEADING,
            "presenters": ["Maria Hellström Berhe", "Johan Sandström"],
            "area": 1,
            "body": """\
Beredningen psykisk hälsa som ligger under VGRs strategiska hälso- och sjukvårdsnämnd (SSN) vill se till att hälso- och sjukvården stärker sin samverkan med det civila samhället. SSN kan se att de utvecklingsmedel som givits i form av idéburna offentliga partnerskap (IOP) och projektmedel har varit värdeskapande och nämnden vill förstärka samverkan med det civila samhällets organisationer. En etablerad IOP-beredningsprocess finns redan i form av ett team inom regionen som hanterar IOP-er (team IOP).

Förvaltningen har nu fått i uppdrag att förstärka IOP processen med en dialogprocess i tidigt skede. Det handlar om att identifiera gemensamma angelägenheter i såväl sjukdomsförebyggande som rehabiliterande inom området psykisk ohälsa. Ett specifikt behov kring vilket VGR vill etablera samverkan med civilsamhället är vårdsmsordning barn och unga med psykisk ohälsa.

Prelimära tider för dialoger är 5/11 och 10/12. RÖS-gruppen kan bidra med att inbjudan går rätt och även resurser kring planeringen och genomförandet av dialogerna.

Carina Örgård, vice ordförande för SSN och Maria Hellström Berhe, ledningsstöd besöker dialogmötet den 18 september då det finns chans att få veta mer om dialogprocessen och det fortsatta arbetet.""",
        },
        {
            "heading": "Diskussion: Kommunikationsplan och kommunikationsmaterial",
            "area": 1,
            "body": """\
Ett förslag på arbetsplan med prioritering av målgrupper, kanaler, händelser med särskilt nyhetsvärde och kommunikationsmaterial diskuterades.

Överenskommelsen kommunicerar i nuläget via vregion.se/okc, Facebook (FB) samt VGR-utskick ca 4 ggr per år. Frågan om LinkedIn bör ersätta FB framåt diskuterades.

Hemsidan uppdateras och förbättras kontinuerligt. Sedan i juli finns en rullista med samtliga underskrivande organisationer på VGRs hemsida. Förbättringar som underlättar möjligheten att hitta en samlad information som berör civilsamhällets organisationer på vregion.se behöver fortsätta.

Vi kan alla följa och gilla/kommentera/dela det som läggs upp i dessa flöden för ökad spridning. Överenskommelsen hemsida: <https://www.vregion.se/okc> liksom Överenskommelsen på: Facebook.""",
        },
        {
            "heading": "Diskussion: översyn/utvärdering av överenskommelsearbetet",
            "area": 1,
            "body": """\
En utvärdering brukar göras en gång per mandatperiod för att se över och utveckla överenskommelsearbetet. Senast (2022) var det fokus på upplevelsen av hur samverkan fungerar inom ramen för överenskommelsearbetet. I och med att vi möts i regelbundna dialogmöten och får input på hur samverkan upplevs via överenskommelsen liksom via flera andra av regionens dialogforum med civilsamhällets organisationer, kan det vara mer relevant att nyttja resurserna för utvärderingen med en annan fråga och genom en annan ingång. Nyttan med/användarperspektivet poängterades och gruppen uttryckte behov av nya grepp eller metoder. Intresse för en kvalitativ undersökning med fokusgrupper snarare än enkätundersökning. Idé om att dialogmötet under våren 2025 skulle kunna användas som en input en sådan utvärdering. Frågan tas upp på nytt.""",
        },
        {
            "heading": "Kommande möten och event",
            "body": """\
Nästa dialogmöte hålls den 18 september på Ullevi restaurang och konferens. I skrivande stund har det inkommit 35 anmälningar varav 30-talet organisationer representerade. För anmälan: Dialogmöte mellan den regionala överenskommelsen och det civila samhällets organisationer - Regionkalendern (vregion.se). Max två representanter per underskrivande organisation.

RÖS ordföranden besöker samtliga delregionala nämnder under hösten. Anne-Marie ersätter Soraya i delregional nämnd södra den 19/9. Besök i RS och RF planeras till årsskiftet och senast februari-mars 2025.

29/11 mellan 9.30 och ca 13.00 möts RÖS och SER i Regionens hus i Göteborg. Det finns förslag om att bjuda in regionsamordnare krisstöd från hälso- och sjukvården för information om hur samverkan med det civila kan samhällets organisationer utvecklas (Charlotte, Jennie). SER tar upp frågan på sitt nästa möte den 21 augusti.

RÖS-gruppen anser det vara mer önskvärt att återkomma till de politiska nämnder liksom tjänstepersoner som representerar aktuella processer inom överenskommelsearbetet än att bjuda in nya varje gång. Utöver dialogprocessen med beredningen för psykisk hälsa och SSN, uttrycktes behov av att åter möta team IOP under hösten. Även fortsatta samtal med kulturförvaltningen kring hur man ser på civilsamhällets roll i nya kulturstrategin är intressanta att få med på agendan.

Besök från RÖS-gruppen till underskrivare kan ske i mån av tid, men får framför allt ske i samband med RÖS-möten eller informationsmöten vid underskrivandet

RÖS kommer vara representerat då Folkhögskoleförvaltningen och ESF-projektet Helhetslyftets styrgrupp möts på Restad gård den 10/9. Fokus är arbetsmarknad/att få i arbete och möjligheter med samverkan med civilsamhällets organisationer.""",
        },
        {
            "heading": "Övrigt",
            "body": """\
Det finns ett intresse från politiskt ledningshåll (RS ordförande) att möta civilsamhällesorganisationer kring temat förebygga utanförskap bland och rekrytering av unga till kriminella nätverk. RÖS-gruppen kan vara behjälplig här.""",
        },
    ],
    "decisions": [
        {
            "item": "Återkoppling sedan förra mötet",
            "text": (
                "RÖS-gruppen beslöt att återkomma till demokrativillkoren och dess "
                "implementering i regionens stödsystem och hantering av befintliga stöd."
            ),
            "area": 3,
        },
        {
            "item": "Diskussionspunkter",
            "text": (
                "Det beslutades att processledare för civila samhället utreder intresset hos "
                "våra partners regionalt för en konferens i Västra Götaland under 2025 "
                "tillsammans med regionala överenskommelser i övriga landet."
            ),
            "area": 1,
        },
        {
            "item": "Diskussionspunkter",
            "text": (
                "Beslutades att firandet av Överenskommelsen 10 år sker på internationella "
                "frivilligdagen den 5 december."
            ),
            "area": 1,
        },
    ],
    "actions": [
        {
            "item": "Diskussionspunkter",
            "text": (
                "Processledaren för civila samhället utreder intresset hos partners regionalt "
                "för en nationell konferens i Västra Götaland 2025."
            ),
            "owners": ["Erica Sjölin"],
            "due": D(2024, 11, 29),
            "status": "done",
            "followed_up_at": (D(2024, 11, 29), "joint_ser"),
            "done_on": D(2024, 11, 29),
            "done_note": "Konferens 18–19 mars 2025 på Billingehus i Skövde.",
            "area": 1,
        },
        {
            "item": "Diskussionspunkter",
            "text": (
                "Processledarna återkommer med förslag på upplägg för firandet av "
                "Överenskommelsen 10 år till nästkommande möte."
            ),
            "owners": ["Erica Sjölin", "Sofia Emanuelsson"],
            "due": D(2024, 11, 29),
            "status": "done",
            "followed_up_at": (D(2024, 11, 29), "joint_ser"),
            "done_on": D(2024, 11, 29),
            "done_note": "Uppdatering inför ÖK 10 år 5/12 på mötet den 29 november.",
            "area": 1,
        },
    ],
    "upcoming": [
        (D(2024, 9, 10), "external"),
        (D(2024, 9, 18), "dialogue"),
        (D(2024, 9, 19), "external"),
        (D(2024, 11, 29), "joint_ser"),
        (D(2024, 12, 5), "external"),
    ],
}
