"""Demo data from the seed documents (idempotent)."""

AREAS = [
    (
        1,
        "Jämbördig dialog",
        "Dialog mellan VGR och det civila samhällets organisationer på lika villkor: "
        "styrgruppsmöten, dialogmöten med underskrivare och samverkan med SER.",
    ),
    (
        2,
        "Ökade kunskaper",
        "Kunskap om civilsamhället och om samverkansformer: civilsamhällesdata, utbildningar "
        "och stödmaterial.",
    ),
    (
        3,
        "Långsiktiga finansieringsformer",
        "Hållbara och långsiktiga finansierings- och samverkansmodeller, främst IOP och "
        "reserverad upphandling.",
    ),
]


def load_action_plan():
    """The action plan 2024–2026 and its three development areas (seed 004); returns the plan."""
    from meetings.demo import upsert
    from reports.models import ActionPlan, DevelopmentArea

    plan = upsert(
        ActionPlan,
        {"start_year": 2024, "end_year": 2026},
        {
            "title": "Handlingsplan 2024–2026",
            "description": (
                "Handlingsplanen togs fram under hösten 2023 i samråd med VGR och det civila "
                "samhällets organisationer. Den beskriver den strategiska inriktningen för "
                "samverkan och tre utvecklingsområden."
            ),
        },
    )
    for number, name, description in AREAS:
        upsert(
            DevelopmentArea,
            {"plan": plan, "number": number},
            {"name": name, "description": description},
        )
    return plan


INTRODUCTION = """\
Samverkan mellan Västra Götalandsregionen (VGR) och det civila samhällets organisationer skapar \
positiva effekter för invånarna i Västra Götaland. Ekonomin påverkas positivt dels genom antalet \
anställda i civilsamhället (cirka 35 000) samt dels genom att det ideella arbetet leder till \
minskade kostnader. Människor som engagerar sig och som ingår i ett sammanhang uppsöker inte \
sjukvården i samma omfattning som övriga. Samverkan med det civila samhällets organisationer \
bidrar också till att förverkliga visionen om det Goda livet samt övriga styrdokument så som \
regional utvecklingsstrategi, strategi för omställning av hälso- och sjukvården samt Västra \
Götalandsregionens kulturstrategi.

Inom ramen för den regionala överenskommelsen om samverkan (RÖS) har styrgruppen fortsatt att \
stärka samverkan mellan VGR och det civila samhällets organisationer. Överenskommelsens \
styrgrupp, RÖS-gruppen, har under året uppmärksammat flera viktiga frågor och utmaningar där \
dialogen och det gemensamma ansvaret varit avgörande för att bidra till förändringar. Det har \
varit ett år av lärande och utveckling där VGR och det civila samhällets organisationer \
tillsammans har arbetat för att öka förståelsen för hur vi kan möta framtidens behov och \
utmaningar på bästa sätt.

RÖS-gruppen har som en del i arbetet arrangerat {{antal_dialogmöten}} dialogmöten, initierat \
dialoger kring reserverad upphandling och ökat kunskapen kring idéburet offentligt partnerskap \
(IOP). Samverkan med Sociala ekonomins råd (SER) har fortsatt och antalet underskrivare av \
överenskommelsen har ökat under året, vilket vi ser som ett tecken på fortsatt relevans och \
intresse för att samverka. En samverkan som är en självklar kraft för en positiv förändring.
"""

# (heading, level, development area number, facts, body). The seed's figures are gone from
# the text: the fact blocks and placeholders print them from the data, and "under 2026" where
# the seed meant the report's year now reads "under året".
SECTIONS = [
    (
        "Handlingsplan 2024–2026",
        1,
        None,
        "action_plan",
        "RÖS-gruppen ansvarar för att ta fram en handlingsplan för varje mandatperiod.\n\n"
        "{{fakta}}\n\n"
        "Årsrapporten beskriver insatser och aktiviteter under {{år}} med utgångspunkt från "
        "utvecklingsområdena.",
    ),
    (
        "Organisation",
        1,
        None,
        "organisation",
        "Tjänstepersonen Sofia Emanuelsson från VGR är tjänstledig fram till juni 2026.\n\n"
        "Erica Sjölin har fortsatt som processledare för det civila samhällets organisationer "
        "under året och har sin formella anställning på Göteborgsregionens sociala ekonomi "
        "(GSE).",
    ),
    ("Jämbördig dialog", 1, 1, "area_activities", ""),
    (
        "Styrgruppsmöten RÖS",
        2,
        1,
        "meetings",
        "Mötesanteckningarna från årets möten finns i RÖS-portalen.\n\n"
        "RÖS-gruppens ordförande och övriga representanter har arbetat proaktivt under året med "
        "att föra dialog och sprida kunskap om överenskommelsen. RÖS-gruppen har bland annat "
        "informerat Regionstyrelsen om sitt arbete och om handlingsplanen. I juni informerades "
        "BMR:s tvärsamråd om överenskommelsen och vad det innebär att vara underskrivare. "
        "Samrådet är en årlig träff där beredningens fem samråd (barnrätt, hbtqi, "
        "funktionshinder, nationella minoriteter och mänskliga rättigheter) träffas för att "
        "diskutera strategiska frågor. Under året har RÖS-gruppen även fört dialog med sociala "
        "ekonomins råd samt i samarbete med de delregionala plattformarna för social ekonomi "
        "uppmärksammat FN:s internationella frivilligdag den 5 december i Göteborgsregionen, "
        "Sjuhärad, Skaraborg och Fyrbodal.",
    ),
    (
        "Dialogmöten",
        2,
        1,
        "dialogues",
        "Under året har {{antal_dialogmöten}} öppna dialogmöten med civila samhällets "
        "organisationer arrangerats. Syftet med mötena har varit att skapa ett öppet forum för "
        "dialog mellan underskrivande organisationer och RÖS-gruppen kring olika "
        "förutsättningsfrågor som rör samverkan mellan civila samhället och Västra "
        "Götalandsregionen.\n\n"
        "{{fakta}}\n\n"
        "Syftet med dialogmötet i augusti var att informera om remissförfarandet, dela "
        "RÖS-gruppens tankar kring utvecklingsförslag samt föra dialog om civilsamhällets roll "
        "för den regionala utvecklingen. Under mötet uppmuntrades även deltagande organisationer "
        "att skriva egna remissvar i samband med revideringen av den regionala "
        "utvecklingsstrategin. Syftet med dialogmötet i oktober var att ge medskick kopplat till "
        "strategin för omställningen av hälso- och sjukvården och till Plan psykisk hälsa och "
        "suicidprevention. Genom dialogen stärktes hälso- och sjukvårdens samverkan med det "
        "civila samhällets organisationer.\n\n"
        "Utvärderingarna av dialogmötena visade på genomgående nöjda deltagare. Att få bidra i "
        "processerna och att nätverka ses som positivt. Det som behöver utvecklas är hur man gör "
        "strategiarbete mer konkret, många upplever det som abstrakt och svårtolkat.",
    ),
    (
        "Samarrangemang och externa mötesplatser",
        2,
        1,
        "",
        "Överenskommelsen var medarrangör till Socialstyrelsens konferenser om ökad tillit till "
        "socialtjänsten som arrangerades i Göteborg i maj och i Skövde i september. "
        "Processledaren för civilsamhället höll i en samverkansworkshop och en del av "
        "underskrivarna deltog på konferenserna. Samverkansmöten har skett mellan "
        "överenskommelsen och olika konstellationer inom VGR till exempel Kunskapsstöd, psykisk "
        "hälsa, Centrum för fysisk aktivitet m.fl. RÖS har även samarrangerat två möten "
        "tillsammans med Länsstyrelsen i Västra Götalands län med information om vilka olika "
        "ekonomiska stöd som finns att söka för det civila samhällets organisationer. "
        "Överenskommelsen är även medlem i ett digitalt nätverk som Sveriges kommuner och "
        "regioner (SKR) administrerar. Tjänstepersoner och politiker träffas var för sig och "
        "utgångspunkten är samverkan med det civila samhällets organisationer. Under året har "
        "RÖS-gruppens representanter deltagit vid ett tiotal tillfällen.",
    ),
    (
        "Nationell samverkanskonferens",
        2,
        1,
        "",
        "I mars arrangerade RÖS-gruppen och NÄTVERKET – Idéburen sektor Skåne en nationell "
        "konferens om samverkan mellan det civila samhällets organisationer och det offentliga. "
        "Innehållet skapades tillsammans med andra regionala överenskommelser och berörda "
        "aktörer. Syftet var att byta erfarenheter om hur regionalt överenskommelsearbete kan "
        "organiseras på bästa sätt. Över {{deltagare_konferens}} deltagare, från både "
        "civilsamhälle och offentlig sektor, samlades på Billingehus i Skövde.\n\n"
        "Länk till en kort film från konferensen hittar du här: "
        "<https://www.vgregion.se/regional-utveckling/omraden/social-hallbarhet/"
        "overenskommelsen/dokumentation-och-material/>",
    ),
    (
        "Möten med underskrivare",
        2,
        1,
        "signatories",
        "Processledaren för det civila samhället håller kontinuerliga möten med underskrivarna "
        "(en organisation i taget) för att lära om nuläge och utmaningar. Korta sammanfattningar "
        "från dessa möten blir artikelserien ”*tre snabba till...*” som publiceras på "
        "överenskommelsens Facebook- och LinkedIn-sidor.\n\n"
        "{{fakta}}\n\n"
        "Många underskrivare är paraplyorganisationer, vilket innebär att många fler "
        "organisationer är representerade som underskrivare.",
    ),
    ("Ökade kunskaper", 1, 2, "area_activities", ""),
    (
        "Framtagande av civilsamhällesdata",
        2,
        2,
        "",
        "Under förra året kunde statistik över omfattningen av civilsamhällets organisationer och "
        "utbredning i Västra Götaland tas fram genom ett finansiellt samarbete mellan "
        "överenskommelsen och Kulturnämnden. Civilsamhällesdatan har fortsatt spridits under året "
        "för att öka kunskap och förståelse om civilsamhällets utbredning och potential i Västra "
        "Götaland. Under {{nästa_år}} planeras för att statistiken ska uppdateras. Statistiken "
        "finns publicerad i Microsoft Power BI.",
    ),
    (
        "Kunskapshöjning inom IOP och reserverad upphandling",
        2,
        2,
        "",
        "Under året arrangerade överenskommelsen tillsammans med Team IOP inom VGR två "
        "utbildningar rörande IOP som samverkansform med sammanlagt ett 30-tal deltagande "
        "tjänstepersoner och förtroendevalda från VGR. Utbildningen har fått goda betyg och "
        "kommer även fortsättningsvis att anordnas en gång på våren och en gång på hösten. Under "
        "året beslutade RÖS-gruppen att finansiera en filminspelning av utbildningen för ökad "
        "spridning och tillgänglighet men arbetet sköts upp på grund av en kommande IOP-lag. På "
        "RÖS och SER:s gemensamma möte i maj besökte en av regionens IOP-avtalsparter mötet och "
        "bidrog till fördjupad insikt och kunskap om samverkansformen. Under året har VGR "
        "beslutat att tillsätta en Sakkunnig grupp vilket stärker kopplingen mellan RÖS och IOP. "
        "Gruppen ska arbeta med samverkansfrågor och genom gruppen kommer förutsättningarna öka "
        "för att knyta ihop RÖS-arbetets mer strategiska inriktning med den operativa samverkan "
        "som sker i nämnderna.\n\n"
        "CIVSAM är ett kollegialt nätverk inom VGR för de som i sin tjänst har ansvar kopplat "
        "till dialog och samverkan med civilsamhällets organisationer. Under året hölls två "
        "träffar med tjänstepersoner från regional utveckling och kultur. Överhörningen stärker "
        "kunskapen om och skapar bättre förutsättningar för VGR internt att kunna gå i takt med "
        "överenskommelsens ambitioner med att utveckla samverkan och dialog med det civila "
        "samhällets organisationer. Nästa steg är att engagera tjänstepersoner på hälso- och "
        "sjukvårdsidan i nätverket.",
    ),
    (
        "Dialogmöte reserverad upphandling",
        2,
        2,
        "",
        "Under hösten bjöd överenskommelsen in till ett dialogmöte med Koncerninköp VGR, "
        "Coompanion, Skoopi, Social Trade och Famna Västs medlemsorganisationer med syfte att "
        "utbyta information, dela kontaktnät och samverka för fler reserverade upphandlingar. Ett "
        "uppföljande möte är planerat till februari {{nästa_år}}.\n\n"
        "Insatserna inom IOP och reserverad upphandling har bidragit till ökad förståelse för hur "
        "IOP:er kan användas strategiskt och praktiskt, samt hur reserverad upphandling kan "
        "utvecklas som verktyg för långsiktigt samarbete mellan VGR och civila samhällets "
        "organisationer.",
    ),
    (
        "Regionalt nätverk",
        2,
        2,
        "",
        "Överenskommelsens tjänstepersoner sammankallar ett regionalt nätverk bestående av lokala "
        "överenskommelser cirka en gång i kvartalet. Under året hölls tre teams-möten där "
        "Göteborg, Ulricehamn, Härryda, Borås, Marks och Uddevalla kommuner deltog. "
        "Nätverksträffarna bidrar till viktig överhörning och lärande parterna emellan.",
    ),
    (
        "IOP-kunskapskvällar",
        2,
        2,
        "",
        "I samarbete med SER har fyra IOP-kunskapskvällar genomförts för det civila samhällets "
        "organisationer. Syftet var att informera och öka kunskapen kring IOP:er som "
        "samverkansform. Under kvällen fick deltagarna ta del av ett pågående IOP, lära sig mer "
        "via en kortare föreläsning, ställa frågor samt diskutera möjligheter framåt. I Göteborg "
        "och Fyrbodal arrangerades mötena fysiskt och det deltog 38 personer i Göteborg och 15 "
        "personer i Fyrbodal. I Sjuhärad och Skaraborg var mötena digitala och där var "
        "deltagarantalet cirka 30 personer i respektive delregion.",
    ),
    (
        "Uppdragsutbildning om det civila samhället",
        2,
        2,
        "",
        "Under hösten har överenskommelsen mellan VGR och det civila samhällets organisationer "
        "planerat för en uppdragsutbildning tillsammans med Marie Cederschiölds högskola. "
        "Kursen, *Det civila samhället och Västra Götaland – utmaningar, roller, utrymme och "
        "samverkan*, ges vid tre heldagar (Göteborg, Skövde, Borås) samt vid ett avslutande "
        "digitalt möte. Målgruppen är förtroendevalda eller anställda i civilsamhällets "
        "organisationer, offentligt anställda på kommunal eller regional nivå samt politiker. "
        "Kursen utforskar civilsamhällets olika roller och relationer till det offentliga, hur "
        "samverkan sker och vilka spänningar och möjligheter som finns samt hur civilsamhället "
        "kan bidra till samhällsutvecklingen. Utbildningen är förknippad med en kostnad för både "
        "civilsamhällesorganisationer och för deltagare från offentliga organisationer. Taket för "
        "antalet deltagare är satt till 50 personer.",
    ),
    (
        "Uppdaterade stödmaterial",
        2,
        2,
        "",
        "Guiden *”Från idé till IOP”* har uppdaterats, materialet beskriver hur ett IOP kan "
        "utvecklas från behov och idé till ett partnerskap. Även kunskapsunderlaget *”Kärt barn "
        "har många namn”* har uppdaterats och nylanserats.",
    ),
    (
        "Långsiktiga finansieringsformer",
        1,
        3,
        "area_activities",
        "Arbetet med hållbara och långsiktiga finansierings- och samverkansmodeller har fortsatt "
        "under året främst genom IOP-processen samt genom dialogerna kring reserverad "
        "upphandling. RÖS-gruppen har fortsatt verka för att VGR:s ekonomiska stöd är i linje med "
        "överenskommelsens principer: självständighet och oberoende, dialog, kvalitet, "
        "långsiktighet, öppenhet och insyn samt mångfald.\n\n{{fakta}}",
    ),
    ("Övrigt", 1, None, "", ""),
    (
        "Kommunikation",
        2,
        None,
        "",
        "Under året har omvärldsbevakning och relevanta nyheter kontinuerligt publicerats på "
        "överenskommelsens Facebook- och LinkedIn-sida. Inläggen har syftat till att dels lyfta "
        "fram underskrivarna genom korta intervjuer, så kallade ”*tre snabba till...*”, samt "
        "dels i form av information som kan vara värdefull för civila samhällets organisationer, "
        "exempelvis tips på utlysningar. Processledaren för det civila samhället har gjort "
        "sammanlagt fyra utskick i form av nyhetsbrev via VGR:s kommunikatörer samt skickat ut "
        "mer generella informationsmejl.\n\n"
        "Styrgruppen och processledarna har även deltagit i konferenser och seminarier med "
        "överenskommelseperspektiv på schemat, exempelvis Sociala företagsdagen och MR-dagarna i "
        "Kista.",
    ),
    (
        "Budgetutfall {{år}}",
        1,
        None,
        "budget",
        "För {{år}} anslog regionstyrelsen {{anslag}} för arbetet med överenskommelsen mellan VGR "
        "och det civila samhällets organisationer. Vid årets slut hade överenskommelsearbetet "
        "använt {{utfall}}, vilket innebar ett överskott på {{överskott}}. Överskottet kommer sig "
        "av att RÖS styrgrupp inte varit fulltalig under delar av året, vilket innebär ett "
        "överskott gällande arvoden på {{differens:Arvoden}}, samt att en faktura på "
        "{{belastar_nästa_år}} kopplad till utbildningen om det civila samhället tillsammans med "
        "Marie Cederschiölds högskola kommer att belasta {{nästa_år}} års budget. Vidare har en "
        "utbildning kring IOP:er senarelagts på grund av att lagstiftningen ändrats, vilket "
        "innebar att utbildningen snabbt skulle bli inaktuell.\n\n{{fakta}}",
    ),
    (
        "Sammanfattning",
        1,
        None,
        "",
        "År {{år}} präglades av fortsatt utveckling och fördjupning av samverkan mellan Västra "
        "Götalandsregionen och det civila samhällets organisationer med särskilt fokus på "
        "jämbördig dialog, ökade kunskaper och långsiktiga samverkansformer. Genom dialogmöten, "
        "utbildningsinsatser och nationellt samarbete har överenskommelsen stärkt civilsamhällets "
        "delaktighet i regionala processer och ökat förståelsen för samverkansformer så som IOP "
        "och reserverad upphandling. För närvarande är det {{antal_underskrivare}} underskrivare, "
        "varav många är paraplyorganisationer, vilket innebär att det är betydligt fler "
        "organisationer representerade i överenskommelsen. Genom att antalet underskrivare ökar "
        "och genom det civila samhällets stora engagemang märks det att överenskommelsen "
        "fortfarande är relevant. Insatserna under året bidrog till dialog, samverkan, kunskap, "
        "lärande och utveckling.",
    ),
]


def load():
    """The annual report 2025 (seed 004): narrative only, every figure computed; published."""
    import datetime

    from meetings.demo import upsert
    from reports.models import ActionPlan, AnnualReport, DevelopmentArea, ReportSection

    plan = ActionPlan.objects.filter(start_year__lte=2025, end_year__gte=2025).first()
    areas = {a.number: a for a in DevelopmentArea.objects.filter(plan=plan)} if plan else {}
    # A published report is frozen; the loader re-asserts its text, so it sets it back to
    # draft first and publishes it again at the end, without a save (no history record).
    AnnualReport.objects.filter(year=2025).update(status="draft")
    report = upsert(
        AnnualReport,
        {"year": 2025},
        {
            "title": "Årsrapport 2025",
            "subtitle": "Ett år av lärande och utveckling",
            "introduction": INTRODUCTION,
            "action_plan": plan,
            "published_at": datetime.datetime(2026, 2, 16, 9, 0, tzinfo=datetime.UTC),
        },
    )
    for order, (heading, level, area, facts, body) in enumerate(SECTIONS, start=1):
        upsert(
            ReportSection,
            {"report": report, "order": order * 10},
            {
                "heading": heading,
                "level": level,
                "development_area": areas.get(area),
                "facts": facts,
                "body": body,
            },
        )
    # A section left over from an older version of this loader would not be in the seed.
    report.sections.exclude(order__in=[n * 10 for n in range(1, len(SECTIONS) + 1)]).delete()
    AnnualReport.objects.filter(pk=report.pk).update(status="published")
    report.status = "published"
    return report


def archive_published_reports():
    """The demo's report was published before the portal existed: archive its PDF once."""
    from reports.models import AnnualReport, ReportStatus
    from reports.services import archive_pdf

    for report in AnnualReport.objects.filter(status=ReportStatus.PUBLISHED, archives=None):
        archive_pdf(report)
