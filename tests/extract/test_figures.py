"""Figure extraction, with real sentences as cases.

`FOLLOWUP_SENTENCES` are sentences of the follow-up report
(`../shared/corpus/followup/uppfoljning-mans-vald-mot-kvinnor-2024.txt`) as
they read in the file: line breaks joined by a space, glued footnote marker
digits removed. `FOLLOWUP_FOOTNOTES` are its footnote texts. The text is the
case, so these tests do not read the file. `REGERINGEN_SENTENCES` are real
sentences from government assignments (`../shared/corpus/regeringen/`), for
the amounts in kronor the follow-up does not have.

Each expected figure lists every field that is not its default: a figure the
extractor gets, or misses, beyond the list fails the case.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pytest

from extract.figures import (
    UNITS,
    Figure,
    _could_hold_figure,
    _Marks,
    _Reader,
    extract_figures,
    figure_pipeline,
    parse_swedish_number,
)


@dataclass(frozen=True)
class F:
    """An expected figure; value compared to four decimals (2/3 -> 0.6667)."""

    value: float
    unit: str
    q: str | None = None
    s: str | None = None
    y: tuple[int, ...] = ()
    role: str = "value"
    period: float | None = None
    h: float | None = None  # a range's high end


def span(first: int, last: int) -> tuple[int, ...]:
    return tuple(range(first, last + 1))


def as_expected(figure: Figure) -> F:
    value = round(figure.value, 4)
    return F(
        value=int(value) if value.is_integer() else value, unit=figure.unit, q=figure.qualifier,
        s=figure.subject, y=figure.years, role=figure.role, period=figure.period_years,
        h=None if figure.high is None else (int(figure.high) if float(figure.high).is_integer() else figure.high),
    )


def _case_id(case: tuple[str, list[F]]) -> str:
    return case[0][:48]


FOLLOWUP_SENTENCES: list[tuple[str, list[F]]] = [
    (
        "Två procent av kvinnor och tre procent av män uppgav att de hade blivit utsatta för misshandel under 2022.",
        [F(2, "percent", s="kvinnor", y=(2022,)), F(3, "percent", s="män", y=(2022,))],
    ),
    ("Motsvarande siffra för män var sju procent.", [F(7, "percent")]),
    (
        "Åtta procent av kvinnor och män uppgav att de under 2022 blivit utsatta för hot.",
        [F(8, "percent", s="kvinnor", y=(2022,))],
    ),
    (
        "Motsvarande siffra för 2022 var åtta procent för kvinnor och en procent för män.",
        [F(8, "percent", s="kvinnor", y=(2022,)), F(1, "percent", s="män", y=(2022,))],
    ),
    (
        "År 2022 utsattes 30 procent av de kvinnor som blivit utsatta för misshandel samma år, av en partner eller en före detta partner.",
        [F(30, "percent", s="kvinnor", y=(2022,))],
    ),
    (
        "Av de kvinnor som under 2022 utsattes för hot angav 13 procent att detta utfördes, av en partner eller före detta partner.",
        [F(13, "percent", y=(2022,))],
    ),
    (
        "I Brottsförebyggande rådets (Brå) skolundersökning bland niondeklassare uppgav 17 procent av flickor och 21 procent av pojkar att de blivit utsatta för misshandel under det senast året.",
        [F(17, "percent", s="flickor"), F(21, "percent", s="pojkar")],
    ),
    (
        "I en fördjupad analys av Allmänna Barnhusets undersökning framkommer att nästan var tredje ung person som dejtat eller haft en relation hade varit utsatt för någon form av våld i nära relation.",
        [F(0.3333, "share", q="under", s="personer")],
    ),
    (
        "De största könsskillnaderna fanns vid utsatthet för sexuellt våld som var fyra gånger så vanligt bland flickor och icke-binära jämfört med pojkar.",
        [F(4, "ratio")],
    ),
    (
        "Det var också dubbelt så vanligt att flickor var utsatta för fysiskt våld i den nära relation jämfört med pojkar.",
        [F(2, "ratio")],
    ),
    (
        "2023 dog 10 kvinnor eller flickor och inga män eller pojkar av våld som utövats av en nuvarande eller före detta partner.",
        [F(10, "persons", s="kvinnor", y=(2023,)), F(0, "persons", s="män", y=(2023,))],
    ),
    (
        "Under den senaste femårsperioden har totalt 64 kvinnor eller flickor och 10 män eller pojkar dödats av en person som de har eller tidigare har haft en parrelation med.",
        # The period is a figure too: a number word inside a compound (issue 14).
        [F(5, "years"), F(64, "persons", s="kvinnor"), F(10, "persons", s="män")],
    ),
    (
        "Mellan 2018–2021 skedde återigen en uppgång men sedan har våldet minskat till i genomsnitt 14 personer som dödats i en parrelation.",
        [F(14, "persons", s="personer")],
    ),
    (
        "I en nyligen publicerad studie framgår att det dödliga våldet i ungas parrelationer har varit oförändrat de senaste 27 åren.",
        [F(27, "years")],
    ),
    (
        "2017 uppgav 11 procent av kvinnor och två procent av män att de blivit utsatta för sexualbrott.",
        [F(11, "percent", s="kvinnor", y=(2017,)), F(2, "percent", s="män", y=(2017,))],
    ),
    (
        "Framför allt beror minskningen på att flickor och unga kvinnor, i åldern 16– 24 år, i lägre utsträckning än tidigare uppger att de blivit utsatta för sexualbrott.",
        [F(16, "age", role="range", h=24)],
    ),
    (
        "Från 2017 till 2021 har det skett en nedgång bland kvinnor som utsatts för sexuella trakasserier av chefen, en medarbetare eller annan person under det senaste året från 14 procent till 10 procent.",
        [F(14, "percent", y=(2017,), role="from"), F(10, "percent", y=(2021,), role="to")],
    ),
    (
        "2021 angav 24 procent av flickorna och sex procent av pojkarna att de blivit utsatta för tafsande och tvång att utföra något sexuellt.",
        [F(24, "percent", s="flickor", y=(2021,)), F(6, "percent", s="pojkar", y=(2021,))],
    ),
    (
        "2022 konstaterades att 19 procent av barnen i årskurs nio upplevde förväntningar på att vara oskuld fram till de ingår äktenskap.",
        [F(19, "percent", s="barn", y=(2022,))],
    ),
    (
        "Uppskattningen visar att 63 000 kvinnor och 5 000 flickor kan vara könsstympade.",
        [F(63000, "persons", s="kvinnor"), F(5000, "persons", s="flickor")],
    ),
    (
        "Samtidigt konstaterades att mellan 13 000–23 000 flickor och kvinnor riskerar att utsättas för könsstympning.",
        [F(13000, "persons", s="flickor", role="range", h=23000)],
    ),
    (
        "Regionkoordinatorerna mot prostitution och människohandel kommer årligen i kontakt med runt 200 potentiellt utsatta för människohandel för sexuella ändamål.",
        [F(200, "persons", q="approx", s="utsatta")],
    ),
    (
        "Samtidigt bedömer Polisen att sexuell exploatering förekommer på närmare 80 procent av landets 2000 thaimassagesalonger.",
        [F(80, "percent", q="under", s="thaimassagesalonger"), F(2000, "count", s="thaimassagesalonger")],
    ),
    (
        "I den senaste omfattningskartläggningen från 2021 identifierades drygt 12 000 unika annonser på 32 olika webbplatser som explicit marknadsförde sexuella tjänster.",
        [F(12000, "count", q="over", s="annonser", y=(2021,)), F(32, "count", s="webbplatser", y=(2021,))],
    ),
    (
        "Antalet sidor hade då ökat sedan kartläggningen 2014, då endast tio webbplatser identifierades.",
        [F(10, "count", s="webbplatser", y=(2014,))],
    ),
    (
        "I Folkhälsomyndighetens befolkningsstudie från 2017 uppgav 1,5 procent av flickor och kvinnor och en procent av pojkar och män i åldern 16–84 år att de någon gång har tagit emot ersättning för sex.",
        [
            F(1.5, "percent", s="flickor", y=(2017,)),
            F(1, "percent", s="pojkar", y=(2017,)),
            F(16, "age", y=(2017,), role="range", h=84),
        ],
    ),
    (
        "I befolknings- studien uppger 0,5 procent av flickor och kvinnor och 10 procent av pojkar och män i åldern 16–84 år att de någon gång har gett ersättning för sexuella tjänster.",
        [
            F(0.5, "percent", s="flickor"),
            F(10, "percent", s="pojkar"),
            F(16, "age", role="range", h=84),
        ],
    ),
    (
        "Fyra procent av flickor och mellan åtta och tio procent av pojkar har uppgett detta i undersökningarna som gjorts från 2015 till 2021.",
        [
            F(4, "percent", s="flickor", y=span(2015, 2021)),
            F(8, "percent", s="pojkar", y=span(2015, 2021), role="range", h=10),
        ],
    ),
    (
        "2015 instämde 23 procent av flickor och unga kvinnor med stereotypa påståenden om jämställdhet och könsroller samt 43 procent av pojkar och unga män.",
        [F(23, "percent", s="flickor", y=(2015,)), F(43, "percent", s="pojkar", y=(2015,))],
    ),
    (
        "Dessa andelar hade till 2021 minskat till 10 procent för flickor och unga kvinnor och 35 procent för pojkar och unga män.",
        [F(10, "percent", s="flickor", y=(2021,)), F(35, "percent", s="pojkar", y=(2021,))],
    ),
    (
        "Figur 2: Andel unga (16–25 år) som instämmer med stereotypa påståenden om jämställdhet och könsroller, fördelat på kön, 2015–2021.",
        [F(16, "age", role="range", h=25)],
    ),
    (
        "Det har också skett en halvering av andelen flickor och unga kvinnor som instämmer i stereotypa påståenden om jämställdhet och könsroller.",
        [F(0.5, "ratio")],
    ),
    (
        "UMO, som finansieras av kommuner och regioner i samverkan, är en webbplats som riktar sig till personer mellan 13 och 25 år.",
        [F(13, "age", role="range", h=25)],
    ),
    (
        "Vikten av att inkludera vuxna i förändringsarbete för samtyckeskultur blir också tydligt då majoriteten av de som misstänks för våldtäkt är personer över 18 år och den vanligaste åldern på misstänkta gärningsmän är 25–34 år.",
        [
            F(0.5, "share", q="over"),
            F(18, "age", q="over"),
            F(25, "age", role="range", h=34),
        ],
    ),
    (
        "74 procent av kommunerna som besvarat enkäten anger att de har politiskt beslutade styrdokument för arbetet med att förebygga och bekämpa mäns våld mot kvinnor och 68 procent anger att de har uppsatta mål för arbetet.",
        [F(74, "percent", s="kommuner"), F(68, "percent")],
    ),
    (
        "Indexet väger samman kommunernas förutsättningar, utifrån organisatoriska aspekter, insatser som genomförs och kompetens inom området, till en skala mellan 0 och 100 poäng.",
        [F(0, "count", s="poäng", role="range", h=100)],
    ),
    (
        "I figur 3 framgår att det genomsnittliga värdet för Sveriges kommuner är 47 av 100 poäng, vilket beskriver att många kommuner har en struktur på plats men att den fortsatt behöver utvecklas för att täcka fler områden på ett mer systematiskt sätt.",
        [F(47, "count", s="poäng"), F(100, "count", s="poäng")],
    ),
    ("Stödtelefonen tog 2023 emot drygt 850 samtal totalt.", [F(850, "count", q="over", s="samtal", y=(2023,))]),
    (
        "47 procent av samtalskontakterna under 2022 kom från personer som utövat våld i nära relation, främst psykiskt våld.",
        [F(47, "percent", s="samtalskontakter", y=(2022,))],
    ),
    (
        "Samtliga personer under 2022 som beskrev att de utövat våld hänvisades vidare till behandlingsverksamheter och mer än hälften av de som hänvisades till en verksamhet för våldsutövare tog kontakt.",
        [F(0.5, "share", q="over", y=(2022,))],
    ),
    (
        "Enbart en person under 2022 beskrev att den utövat hedersrelaterat våld.",
        [F(1, "persons", s="personer", y=(2022,))],
    ),
    (
        "Mellan 2020 och 2022 har det skett en positiv utveckling där andelen klienter som genomfört ett återfallsförebyggande program mot sexualbrott vid fängelser har ökat från 8 procent till 11 procent.",
        [F(8, "percent", y=(2020,), role="from"), F(11, "percent", y=(2022,), role="to")],
    ),
    (
        "Motsvarande ökning inom frivården var från 14 procent till 16 procent.",
        [F(14, "percent", role="from"), F(16, "percent", role="to")],
    ),
    (
        "Andelen klienter i fängelser som genomgått ett program mot återfall i relationsvåld mellan 2020–2022 har legat på 9 till 10 procent.",
        [
            F(9, "percent", y=span(2020, 2022), role="range", h=10),
        ],
    ),
    (
        "I liknande verksamheter inom frivården ses en mindre ökning från 10 procent 2020 till 12 procent 2022.",
        [F(10, "percent", y=(2020,), role="from"), F(12, "percent", y=(2022,), role="to")],
    ),
    (
        "2019 uppgav 62 procent av svarande kommuner att de erbjöd stödsamtal, som föregåtts av ett biståndsbeslut, till våldsutövande män.",
        [F(62, "percent", s="kommuner", y=(2019,))],
    ),
    ("2023 var andelen 85 procent.", [F(85, "percent", y=(2023,))]),
    (
        "Verksamhet fanns ursprungligen endast i de tre storstäderna, men sedan 2019 har ytterligare fem kommuner börjat ge stöd till män som vill sluta att utnyttja personer utsatta i prostitution.",
        [F(3, "count", s="storstäder"), F(5, "count", s="kommuner", y=(2019,))],
    ),
    (
        "Sedan 2010 har användandet av denna typ av metoder ökat inom verksamhetsområdet våld i nära relationer från 12 procent till 89 procent 2022.",
        [F(12, "percent", y=(2010,), role="from"), F(89, "percent", y=(2022,), role="to")],
    ),
    (
        "Drygt två tredjedelar av kommunerna hade under 2023 rutiner inom områdena våld i nära relationer, ekonomiskt bistånd, missbruk och beroendevården samt barn och unga.",
        [F(0.6667, "share", q="over", s="kommuner", y=(2023,))],
    ),
    (
        "Bara drygt hälften av de gravida kvinnorna i studien uppger att de fått frågan om våldsutsatthet och av de gravida kvinnor som lever med pågående våldsutsatthet är det dessutom enbart 60 procent som anger att de blivit tillfrågade om våldsutsatthet.",
        [F(0.5, "share", q="over", s="kvinnor"), F(60, "percent")],
    ),
    (
        "Under 2021 var det knappt 10 procent av alla barn i Sverige som kom till socialtjänstens kännedom via en orosanmälan.",
        [F(10, "percent", q="under", s="barn", y=(2021,))],
    ),
    (
        "Idag används SEXIT vid ungdomsmottagningar i 13 av Sveriges 21 regioner.",
        [F(13, "count", s="regioner"), F(21, "count", s="regioner")],
    ),
    (
        "Sedan lanseringen hösten 2022 har totalt 5 287 deltagare genomfört webbutbildningen.",
        [F(5287, "persons", s="deltagare", y=(2022,))],
    ),
    (
        "Resultatet visar att 94 procent av alla stödsökande i materialet var kvinnor medan sex procent var män.",
        [F(94, "percent", s="stödsökande"), F(6, "percent")],
    ),
    (
        "En majoritet av de som sökt stöd var födda i Sverige och i åldern 25–44 år.",
        [F(0.5, "share", q="over"), F(25, "age", role="range", h=44)],
    ),
    (
        "Under 2022 och 2023 har andelen kommuner som haft sådana rutiner uppgått till 28 procent.",
        [F(28, "percent", y=(2022, 2023))],
    ),
    (
        "Även om detta är en anmärkningsvärt låg nivå, givet barns rätt till skolgång och våldsutsattas inklusive barnens rätt till skydd, så har det skett en positiv utveckling från 2016–2018 då andelen kommuner låg mellan 14–16 procent.",
        [
            F(14, "percent", y=span(2016, 2018), role="range", h=16),
        ],
    ),
    (
        "I en enkätundersökning från Riksrevisionen framkommer att 32 procent av de 179 myndigheter som besvarade enkäten uppger att deras hantering av skyddade personuppgifter brustit i något avseende under de senaste tre åren.",
        [F(32, "percent", s="myndigheter"), F(179, "count", s="myndigheter"), F(3, "years")],
    ),
    (
        "Under 2022 genomfördes i genomsnitt 40 utbildningstillfällen per region.",
        [F(40, "count", s="utbildningstillfällen", y=(2022,))],
    ),
    (
        "2023 anmäldes nästan 18 200 misshandelsbrott i nära relation.",
        [F(18200, "count", q="under", s="misshandelsbrott", y=(2023,))],
    ),
    (
        "Utvecklingen avspeglar sig i personuppklaringsprocenten som för 2023 uppgick till 15 procent för brott mot kvinnor och 7 procent för brott mot män.",
        [F(15, "percent", s="brott", y=(2023,)), F(7, "percent", s="brott", y=(2023,))],
    ),
    (
        "Mellan 2019 och 2023 har personuppklaringen för brott mot kvinnor och män varierat runt en procentenhet.",
        [F(1, "percentage_points", q="approx", y=span(2019, 2023))],
    ),
    (
        "Antalet handlagda brott av grov kvinnofridskränkning har minskat under de senaste åren från 1899 år 2016 till 1205 år 2023.",
        [F(1899, "count", y=(2016,), role="from"), F(1205, "count", y=(2023,), role="to")],
    ),
    (
        "Samtidigt har personuppklaringsprocenten ökat från 18 procent år 2016 och 16 procent år 2017 till 22 procent år 2023.",
        [
            F(18, "percent", y=(2016,), role="from"),
            F(16, "percent", y=(2017,), role="from"),
            F(22, "percent", y=(2023,), role="to"),
        ],
    ),
    (
        "Riksrevisionen uppger att ungefär 80 procent av de skyddspersoner som beviljades kontaktförbud 2022 var kvinnor.",
        [F(80, "percent", q="approx", s="skyddspersoner", y=(2022,))],
    ),
    (
        "Flest andel beviljade kontaktförbud fanns under 2023 i område Nord-Mitt där 37 procent av ärendena ledde till förbud medan det i Syd-Öst enbart skedde i 28 procent av fallen.",
        [F(37, "percent", s="ärenden", y=(2023,)), F(28, "percent", s="fall", y=(2023,))],
    ),
    (
        "Mellan 2014–2020 låg genomströmningstiden på fem dagar, men har därefter ökat.",
        [F(5, "days", y=span(2014, 2020))],
    ),
    ("Sedan 2022 uppgår den genomsnittliga mediantiden för kontaktförbud till sju dagar.", [F(7, "days", y=(2022,))]),
    ("2016 handlade Polisen 6249 våldtäktsbrott.", [F(6249, "count", s="våldtäktsbrott", y=(2016,))]),
    ("2023 hade antalet handlagda brott ökat till 9334.", [F(9334, "count", y=(2023,))]),
    (
        "Sedan 2017 har andelen personuppklarade ärenden ökat från 11 procent fram till 2022 då personuppklaringsprocenten uppgick till 22 procent.",
        [F(11, "percent", y=(2017,), role="from"), F(22, "percent", y=(2022,), role="to")],
    ),
    (
        "Sedan 2022 har personuppklaringen minskat med tre procentenheter för våldtäktsbrott mot kvinnor.",
        [F(3, "percentage_points", s="våldtäktsbrott", y=(2022,))],
    ),
    ("Framför allt sker detta bland yngre barn, alltså flickor och pojkar under 15 år.", [F(15, "age", q="under")]),
    (
        "Enligt Polisens och Åklagarmyndighetens anvisningar ska åklagare leda förundersökningen om det finns en misstänkt gärningsperson eller brottsoffret är under 18 år.",
        [F(18, "age", q="under")],
    ),
    (
        "2016 låg andelen åklagarinträden inom 48 timmar i relation till samtliga våldtäktsbrott på 69 procent.",
        [F(48, "hours", y=(2016,)), F(69, "percent", y=(2016,))],
    ),
    ("Därefter gick andelen upp till 77 procent under 2020.", [F(77, "percent", y=(2020,))]),
    (
        "Under 2023 uppgick antalet handlagda ärenden till 189 och personuppklaringen till en procent.",
        [F(189, "count", y=(2023,)), F(1, "percent", y=(2023,))],
    ),
    (
        "Under 2023 handlades 111 ärenden där fyra ärenden personuppklarades.",
        [F(111, "count", s="ärenden", y=(2023,)), F(4, "count", s="ärenden", y=(2023,))],
    ),
    (
        "2023 handlades 95 ärenden av hedersförtryck, varav tre personuppklarades.",
        [F(95, "count", s="ärenden", y=(2023,)), F(3, "count", y=(2023,))],
    ),
    (
        "När det kommer till köp av sexuell tjänst, som illustreras i figur 10, har det skett en kraftig uppgång av handlagda ärenden från 537 ärenden år 2016 till 1648 ärenden 2021.",
        [F(537, "count", s="ärenden", y=(2016,), role="from"), F(1648, "count", s="ärenden", y=(2021,), role="to")],
    ),
    (
        "Gällande förbudet mot utnyttjande av barn genom köp av sexuell handling handläggs årligen normalt runt 150 till 200 ärenden, med undantag för 2019 då 335 ärenden handlades.",
        [
            F(150, "count", q="approx", s="ärenden", role="range", h=200),
            F(335, "count", s="ärenden", y=(2019,)),
        ],
    ),
    (
        "Andelen ärenden som personuppklarades uppgick då till 47 procent efter att 2022 ha uppgått till 18 procent och 2021 till 27 procent.",
        [F(47, "percent"), F(18, "percent", y=(2022,)), F(27, "percent", y=(2021,))],
    ),
    (
        "Även andelen personuppklarade brott av kontakt med barn i sexuellt syfte (grooming) har ökat något under 2023 och uppgick till åtta procent efter att under 2022 legat på fem procent.",
        [F(8, "percent", y=(2023,)), F(5, "percent", y=(2022,))],
    ),
    (
        "Antalet handlagda brott har också successivt ökat från 120 ärenden 2016 till 227 ärenden under 2023.",
        [F(120, "count", s="ärenden", y=(2016,), role="from"), F(227, "count", s="ärenden", y=(2023,), role="to")],
    ),
    (
        "Från 2016 till 2020 skedde en ökning av antalet handlagda ärenden från 64 till 114.",
        [F(64, "count", y=(2016,), role="from"), F(114, "count", y=(2020,), role="to")],
    ),
    (
        "Under 2021 och 2022 minskade antalet ärenden för att sedan 2023 återigen öka till 120 ärenden.",
        [F(120, "count", s="ärenden", y=(2023,))],
    ),
    ("Det kan noteras att hon var under 18 år.", [F(18, "age", q="under")]),
    (
        "I ett annat fall som rörde en 14-årig flicka ansåg domstolen att hon inte blivit transporterad av den tilltalade eftersom körsträckan varit kort och att den tilltalade suttit i bilens bakre del.",
        [F(14, "age", s="flickor")],
    ),
    ("Tre av de 14 målen handlades vid allmän åklagarkammare.", [F(3, "count", s="mål"), F(14, "count", s="mål")]),
    (
        "Under 2016 angav 22 procent av kommunerna i öppna jämförelser att de vidareutbildat personal som arbetade med vuxna utsatta för våld i nära relationer.",
        [F(22, "percent", s="kommuner", y=(2016,))],
    ),
    (
        "Under 2023 uppgav 96 procent av kommunerna att de gav fortbildning till handläggarna som utredde vuxna och 91 procent gav fortbildning till personal som utreder barn som utsatts för eller bevittnat våld av närstående.",
        [F(96, "percent", s="kommuner", y=(2023,)), F(91, "percent", y=(2023,))],
    ),
    (
        "Jämställdhetsmyndigheten har ett pågående uppdrag om att kartlägga kunskap hos kommuner, regioner och myndigheter om våldsutsatthet bland äldre personer som fyllt 65 år.",
        [F(65, "age")],
    ),
    (
        "I genomsnitt har 45 procent av kommunerna mellan åren 2020–2022 använt utvecklingsmedlen till att utveckla metoder för våldsutsatta med särskilda behov.",
        [F(45, "percent", s="kommuner", y=span(2020, 2022))],
    ),
    (
        "Uppföljningen visar att mediantiden för handläggning av kontaktförbud har gått upp från fem till sju dagar på två år, med fortsatt variation över landet.",
        [F(5, "days", role="from", period=2.0), F(7, "days", role="to", period=2.0)],
    ),
    (
        "Många kommuner har också minst en anställd, ofta på deltid som arbetar strategiskt eller samordnande mot mäns våld mot kvinnor.",
        [F(1, "persons", q="over", s="anställda")],
    ),
    ("I en majoritet av fallen ges samtalsstöd eller rådgivning.", [F(0.5, "share", q="over", s="fall")]),
    (
        "Totalt har regeringen initierat knappt 400 åtgärder, i form av lagstiftning, utredningar och regeringsuppdrag, som har bäring på genomförandet av strategin.",
        [F(400, "count", q="under", s="åtgärder")],
    ),
    ("Figur 5: Andel klienter i Kriminalvården som har genomfört ett program mot sexualbrott, 2020–2022.", []),
    (
        "Underlagsrapporten Människohandel för sexuella ändamål: Om tolkning och tillämpning av 4 kap. 1 a § brottsbalken finns som bilaga till denna rapport.",
        [],
    ),
    (
        "Tabell 1 visar andelen kommuner där det finns aktuella skriftliga rutiner vid indikation på att en vuxen utsatts för våld av närstående.",
        [],
    ),
    (
        "Detta presenteras som en indikator från deras skolundersökning som elever i årskurs 9 besvarar vartannat år.",
        [],
    ),
    (
        "Sedan 1 juni 2018, när den nya sexualbrottslagstiftningen infördes, kan personer dömas för oaktsam våldtäkt.",
        [],
    ),
    (
        "Två av de beviljade projekten har fokus på unga med fysiska eller kognitiva funktionsnedsättningar där elever och personal i anpassad skola är målgrupp.",
        [F(2, "count", s="projekt")],
    ),
    ("Majoriteten av brottsoffren är migranter.", [F(0.5, "share", q="over", s="brottsoffer")]),
    (
        "Hälften av myndigheterna har också inkluderat webbutbildningen i sina introduktionspaket samt aviserat att deras målsättning är att samtliga chefer, HR-personal och skyddsombud ska genomgå den.",
        [F(0.5, "share", s="myndigheter")],
    ),
    ("Strategin bygger på fyra målsättningar.", [F(4, "count", s="målsättningar")]),
    ("Under 2023 förekom 178 ärenden.", [F(178, "count", s="ärenden", y=(2023,))]),
    (
        "Målsättning 3: Mäns våld mot kvinnor måste prioriteras om rättsväsendet ska nå målsättningen om effektiv brottsbekämpning",
        [],
    ),
    (
        "I vår kartläggning framkommer också att våld kan uppfattas som en konflikt mellan två jämbördiga parter och att domstolarna, när riskbedömningar görs och målet avgörs, i stället fokuserar på samarbetssvårigheter.",
        [],
    ),
]

FOLLOWUP_FOOTNOTES: list[tuple[str, list[F]]] = [
    (
        "21 procent 2020, 23 procent 2021 samt 26 procent 2022.",
        [F(21, "percent", y=(2020,)), F(23, "percent", y=(2021,)), F(26, "percent", y=(2022,))],
    ),
    (
        "Enkäten skickades till socialtjänsterna i kommunerna och svarsfrekvensen var 70 procent. Se SOU 2018:37.",
        [F(70, "percent")],
    ),
    (
        "Enkäten togs fram i samverkan med länsstyrelserna. Den skickades ut till samtliga 290 kommuner och besvarades av 219 kommuner.",
        [F(290, "count", s="kommuner"), F(219, "count", s="kommuner")],
    ),
    (
        "Sammantaget består preventionsindex av tre kategorier med nio indikatorer som i sin tur består av totalt 19 frågor från kommunenkäten. Preventionsindexet är en sammanvägning av kategorierna. Såväl preventionsindex som de tre kategorierna har indexerats från 0–100. För vidare beskrivning kring indexet se bilaga 1.",
        [
            F(3, "count", s="kategorier"),
            F(9, "count", s="indikatorer"),
            F(19, "count", s="frågor"),
            F(3, "count", s="kategorier"),
            F(0, "count", role="range", h=100),
        ],
    ),
    (
        "Inte heller personer utsatta i prostitution och människohandel finns särskilt omnämnda i Socialtjänstlagen. I betänkandet Ut ur utsatthet (SOU 2023:97) föreslås att genom ett tillägg i 5 kap. 11 § SoL tydliggöra socialnämndens ansvar för personer som utnyttjas eller har utnyttjats i sexuell exploatering, prostitution, eller människohandel för sexuella ändamål.",
        [],
    ),
    (
        "Samtliga domar där åtal väckts för människohandel för sexuella ändamål och där saken prövats i domstol under perioden 2018-01-01 – 2023-11-01 ingår i studien.",
        [],
    ),
    (
        "Åklagarmyndigheten bedömer att en stor majoritet av kontaktförbuden rör våld eller andra brott i nära relationer. Det går dock inte att avgöra hur stor andel rör våld i nära relationer.",
        [F(0.5, "share", q="over", s="kontaktförbud")],
    ),
    ("SFS 2021:966.", []),
    ("SOU 2018:37.", []),
    ("A2021/02397.", []),
    ("HSLF-FS 2022:39.", []),
]

REGERINGEN_SENTENCES: list[tuple[str, list[F]]] = [
    (
        "Boverket får för uppdragets genomförande använda högst 3 000 000 kronor under 2020.",
        [F(3000000, "sek", q="under", y=(2020,))],
    ),
    (
        "Samhällskostnaderna för olyckor uppgår till cirka 60 miljarder kronor årligen.",
        [F(60000000000, "sek", q="approx")],
    ),
    ("För 2021–2025 beräknas 6 miljoner kronor årligen för åtgärden.", [F(6000000, "sek", y=span(2021, 2025))]),
    (
        "Samtidigt ökade rörelseresultatet från 16,5 till 26,6 miljarder kronor.",
        [F(16500000000, "sek", role="from"), F(26600000000, "sek", role="to")],
    ),
    (
        "Under förutsättning att riksdagen så beslutar, planeras att ytterligare 94 miljoner kronor ska få användas 2011 och 34 miljoner kronor 2012.",
        [F(94000000, "sek", y=(2011,)), F(34000000, "sek", y=(2012,))],
    ),
    (
        "I promemorian finns förslag om att jämförelseräntan vid beräkning av ränteförmån ska höjas med 0,5 procentenheter.",
        [F(0.5, "percentage_points")],
    ),
    (
        "Över hälften av de beslut som fattas i landets kommuner och var femte svensk lag som stiftas av riksdagen har direkt koppling till EU.",
        [F(0.5, "share", q="over", s="beslut"), F(0.2, "share", s="lagar")],
    ),
    # A year after a month is a year even when a counted noun follows it.
    (
        "Regeringen fattade i december 2014 beslut om att sätta nivån på sanktionsavgiften till 40 000 kronor.",
        [F(40000, "sek", y=(2014,))],
    ),
    # "10 km" and "15 minuter" are in units kallkoll does not model: no figure rather than a bare count.
    (
        "En ytterligare nyhet är att det sedan den 1 januari 2015 är obligatoriskt att lämna en bindande "
        "prisuppgift före färd med taxi om jämförpriset, dvs. priset för en resa på 10 km som tar 15 minuter, "
        "överstiger 500 kronor.",
        # Round 9: "överstiger" bounds the amount (blind6's labels: "överstiger 25 procent" is over 25).
        [F(500, "sek", q="over", y=(2015,))],
    ),
    # A list item's number is a label.
    (
        "1. Svenska kraftnät ska främja förutsättningar för flexibilitet, inklusive hos små kunder, på marknader "
        "inom Svenska kraftnäts ansvarsområde.",
        [],
    ),
]


def _cases(table: list[tuple[str, list[F]]]) -> list[object]:
    return [pytest.param(text, expected, id=_case_id((text, expected))) for text, expected in table]


@pytest.mark.parametrize(("text", "expected"), _cases(FOLLOWUP_SENTENCES))
def test_followup_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _cases(FOLLOWUP_FOOTNOTES))
def test_followup_footnotes(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _cases(REGERINGEN_SENTENCES))
def test_regeringen_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Real sentences the extractor gets wrong today, with what it should give.
KNOWN_GAPS = [
    pytest.param(
        "Drygt 14 900 av dessa ärenden anmäldes av kvinnor och 3 300 anmäldes av män.",
        [F(14900, "count", q="over", s="ärenden"), F(3300, "count", s="ärenden")],
        marks=pytest.mark.xfail(strict=True, reason="ellipsis: the second count's noun is left out"),
        id="elided counted noun",
    ),
    pytest.param(
        "2023 har 80 000 besökt frivilligtsex.se.",
        [F(80000, "persons", y=(2023,))],
        marks=pytest.mark.xfail(strict=True, reason="persons implied by the verb, no noun to read"),
        id="persons implied by the verb",
    ),
    pytest.param(
        "Bland hbq-personer var andelen 7 procent.",
        [F(7, "percent", s="hbq-personer")],
        marks=pytest.mark.xfail(strict=True, reason="subject stated before the figure is not read"),
        id="subject before the figure",
    ),
    pytest.param(
        "Det innebär en ökning av anmälningar om barn till socialtjänsten med 27 procent, sedan föregående "
        "kartläggning 2018, var femte anmälan relaterade till våld i nära relation, mot vuxna eller mot barn.",
        [F(27, "percent", y=(2018,)), F(0.2, "share", s="anmälningar", y=(2018,))],
        marks=pytest.mark.xfail(strict=True, reason="a year after a comma is not given to the figure before it"),
        id="year after a comma",
    ),
    pytest.param(
        "Detta har genererat 91 000 besök på webbplatsen frivilligtsex.se 2022 vilket är fler än 35 000 så "
        "många besökare som 2021.",
        [F(91000, "count", s="besök", y=(2022,)), F(35000, "persons", q="over", s="besökare", y=(2021,))],
        marks=pytest.mark.xfail(strict=True, reason="noun two words after the number ('så många besökare')"),
        id="noun after 'så många'",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_GAPS)
def test_known_gaps(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Forms the follow-up does not use, as short phrases (constructed, not quoted).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en fjärdedel av kommunerna", [F(0.25, "share", s="kommuner")]),
        ("tre fjärdedelar av eleverna", [F(0.75, "share", s="elever")]),
        ("var tionde kvinna", [F(0.1, "share", s="kvinnor")]),
        ("vart annat år", []),
        ("tjugofem procent", [F(25, "percent")]),
        ("5 mnkr", [F(5000000, "sek")]),
        ("cirka 2,5 miljarder kronor", [F(2500000000, "sek", q="approx")]),
        ("12 %", [F(12, "percent")]),
        ("5\u00a0287 deltagare", [F(5287, "persons", s="deltagare")]),
        ("inom två veckor", [F(2, "weeks")]),
        ("under tre månader", [F(3, "months")]),
        ("ca. 40 procent", [F(40, "percent", q="approx")]),
        ("ökat med 4 procentenheter på tre år", [F(4, "percentage_points", period=3.0)]),
        ("i 2022 års uppföljning", []),
        ("kl. 14", []),
        ("Tabell 1", []),
        ("bilaga 1", []),
    ],
)
def test_forms_not_in_the_followup(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


ALL_TEXTS = [text for text, _ in FOLLOWUP_SENTENCES + FOLLOWUP_FOOTNOTES + REGERINGEN_SENTENCES]


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[t[:48] for t in ALL_TEXTS])
def test_every_figure_is_well_formed(text: str) -> None:
    figures = extract_figures(text)
    for f in figures:
        assert not math.isnan(f.value) and math.isfinite(f.value)
        assert f.unit in UNITS
        assert text[f.char_start:f.char_end] == f.raw
        assert f.role in ("value", "from", "to", "range")
        assert (f.high is not None) == (f.role == "range")
        assert f.qualifier in (None, "approx", "over", "under")
    assert [f.char_start for f in figures] == sorted(f.char_start for f in figures)


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[t[:48] for t in ALL_TEXTS])
def test_the_quick_check_drops_no_figure(text: str) -> None:
    # Regression guard: `_could_hold_figure` skips the Matcher for sentences
    # without digits, number words or trigger words; it must never skip one
    # the full reader would find a figure in.
    doc = figure_pipeline().tokenizer(text)
    if not _could_hold_figure(doc):
        reader = _Reader(doc, _Marks.of(doc))
        assert reader.read() == []


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[t[:48] for t in ALL_TEXTS])
def test_years_are_never_figures(text: str) -> None:
    stated_years = {int(y) for y in re.findall(r"(?<![\d:/-])((?:19|20)\d\d)(?![\d:/-])", text)}
    for f in extract_figures(text):
        # "2000 thaimassagesalonger" is a count: the noun makes it one.
        bare_year = f.raw.strip() in {str(y) for y in stated_years} and f.subject is None
        assert not bare_year, f"year {f.raw!r} read as a figure"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "2023",
        "5",
        "9" * 5000,
        "1 " * 2000,
        "tre" * 500,
        "en ett sex " * 200,
        "—–-",
        "\u0663\u0664 procent",
        "\u00b2\u00b3 procent",
        "\u00bd av kvinnorna",
        "NaN procent",
        "inf procent",
        "1e400 procent",
        "\x00\x01\x02",
        "\U0001f642 5 procent \U0001f642",
        "från till mellan och 5 – till",
        "a" * 100_000,
        "5 procent " * 5000,
    ],
    ids=lambda t: repr(t[:20]),
)
def test_hostile_inputs_never_raise(text: str) -> None:
    for f in extract_figures(text):
        assert math.isfinite(f.value)
        assert text[f.char_start:f.char_end] == f.raw


@pytest.mark.parametrize(
    ("token_text", "value"),
    [
        ("5 287", 5287.0),
        ("1 590 000 000", 1_590_000_000.0),
        ("0,5", 0.5),
        ("12 000,5", 12000.5),
        ("5\u00a0287", 5287.0),
        ("1.000", 1000.0),
        ("−3", -3.0),
        ("två", 2.0),
        ("Åtta", 8.0),
        ("tjugofem", 25.0),
        ("åttiotre", 83.0),
        ("hundra", 100.0),
        ("tusen", 1000.0),
        ("tvåhundrafemtio", 250.0),
        ("tretusen", 3000.0),
        ("5.3", None),  # a section number, not 5,3
        ("tretre", None),
        ("femtiotjugo", None),
        ("femte", None),
        ("2021:966", None),
        ("A2021/02397", None),
        ("NaN", None),
        ("inf", None),
        ("1" * 400, None),
        ("", None),
    ],
)
def test_parse_swedish_number(token_text: str, value: float | None) -> None:
    assert parse_swedish_number(token_text) == value


# Issue 14: legal and government text. Real sentences of the bills, directives
# and regulations in ../shared/corpus/pdf/ (quoted here, so the test needs no
# corpus). Section, chapter, paragraph, article, list, table-of-contents
# numbers, dates and designations are never figures; number words count
# whatever noun follows them, inside compounds too; `sex` before a time word
# and a number word after a qualifier ("minst ett läsår") are numbers.
LEGAL_SENTENCES: list[tuple[str, list[F]]] = [
    ("Denna lag träder i kraft den 1 december 2013 i fråga om 2 kap. 13, 15, 16, 17 och 20 §§ samt i övrigt den 2 december 2013.", []),
    ("Kraven i 2 kap. 16 § första stycket 2 och 3 i den nya skollagen gäller inte lärare eller förskollärare som", []),
    ("En lärare eller förskollärare som avses i första stycket ska till en ansökan om legitimation foga ett yttrande eller intyg över tjänstgöring enligt samma stycke 2.", []),
    ("kemisk risk behöver undanröjas eller begränsas får dokumentationen enligt punkterna 2, 3 och 4 ersättas med en uppgift om detta.", []),
    ("Sanktionsavgiftens storlek beräknas enligt de grunder som anges i 20, 37 e, 45 och 47 §§. (", []),
    ("Detta gäller bl.a. informationsskyldigheten (artiklarna 14–15) och rätten för den registrerade att motsätta sig behandling (artikel 19).", []),
    ("Vid sidan av den EU-rättsliga dataskyddsregleringen finns Europarådets konvention om skydd för enskilda vid automatisk databehandling av personuppgifter (CETS 108), den s.k. dataskyddskonventionen.", []),
    ("Riktade fältinsatser för att fastställa antalet häckande par får koncentreras till perioden 1 juni–15 september.", []),
    ("Fullgott andningsskydd mot blyhaltigt damm kan vara en halvmask med utbytbart filter av klass P 3.", []),
    ("2 Ärendet och dess beredning ..............................................................4", []),
    ("19 19 19 20 20 20 20 20 21 21 22 22 23", []),
    ("Avgift 40 000 kronor + (antal sysselsatta –1) x 721 kronor.", [F(40000, "sek"), F(721, "sek")]),
    ("dels att 33 och 34 §§ ska ha följande lydelse, dels att det i lagen ska införas fem nya paragrafer, 33 a–33 e §§, av",
     [F(5, "count", s="paragrafer")]),
    ("Inom Regeringskansliet (Utbildningsdepartementet) har två promemorior med förslag till ändrade bestämmelser i skollagen (2010:800) och lagen (2010:801) om införande av skollagen utarbetats.",
     [F(2, "count", s="promemorior")]),
    ("År 1996 beslutade riksdagen om en långsiktigt inriktad konkurrensanpassning för den svenska sjöfartsnäringen varvid ett statligt rederistöd infördes för en femårsperiod (prop. 1996/97:1, bet. 1996/97:TU01, rskr. 1996/97:115).",
     [F(5, "years", y=(1996,))]),
    ("Det bör gälla sådan undervisning som läraren eller förskolläraren har bedrivit under sammanlagt minst 4 läsår eller motsvarande tid under de senaste 15 åren före såväl den 1 juli 2015 som tidpunkten för ansökan.",
     [F(4, "years", q="over", y=(2015,)), F(15, "years", y=(2015,))]),
    ("Medlemsstaterna har möjlighet att sänka den aktuella åldersgränsen från 16 år till lägst 13 år, vilket motsvarar den åldersgräns som vissa tjänsteleverantörer använder sig av.",
     [F(16, "age", role="from"), F(13, "age", q="over", role="to")]),
    ("Det lägsta straffet för utnyttjande av barn genom köp av sexuell handling har också höjts från fängelseminimum till fängelse i sex månader.",
     [F(6, "months")]),
    # SOU 2023:62 (regeringen.se): "nivå" labels "nivå 3", not a number word with a unit.
    ("anta ett program för att minska dödsfall till följd av narkotika- och läkemedelsförgiftningar samt komplettera regeringens vision med en konkret målsättning om att dödligheten ska ha minskat med minst 20 procent från 2022 års nivå fem år efter införandet av programmet.",
     [F(20, "percent", q="over", y=(2022,)), F(5, "years", y=(2022,))]),
    # A bound after the figure (prop. 2012/13:187, AFS 2011:19): "eller äldre" is over 50;
    # the noun after "eller fler" is what is counted.
    ("En legitimerad lärare eller förskollärare som den 1 juli 2015 är 50 år eller äldre, får bedriva undervisning även om han eller hon inte uppfyller kraven på behörighet i 2 kap. 13 § i den nya skollagen.",
     [F(50, "age", q="over", y=(2015,))]),
    ("För den som har 500 eller fler sysselsatta är avgiften 400 000 kronor.",
     [F(500, "persons", q="over", s="sysselsatta"), F(400000, "sek")]),
    # Government assignments (regeringsuppdrag): a range written with a hyphen is one range;
    # the years "2008-2011" stay years; after "minst" an ambiguous number word is a number.
    ("SCB ska dessutom redovisa relevant statistik för perioden 2008-2011 som rör antalet gifta personer i åldrarna 15-20 år.",
     [F(15, "age", y=span(2008, 2011), role="range", h=20)]),
    # The elided noun of "minst sex" is the list's: "sex och högst tolv kommuner" (fifth round).
    ("Pilotverksamheten ska bedrivas i minst sex och högst tolv kommuner och vara inriktade på unga i åldern 15-25 år.",
     [F(6, "count", q="over", s="kommuner"), F(12, "count", q="under", s="kommuner"), F(15, "age", role="range", h=25)]),
    ("NFS 2014:23) Minst tre vargar i sällskap i ett revir varav minst en revirmarkerar regelbundet. (",
     [F(3, "count", q="over", s="vargar"), F(1, "count", q="over")]),
    # Third round (issue 14), the causes the blind part showed. AFS 2011:19: a number before a
    # physical unit kallkoll does not model is no figure (not a count), both ends of a range
    # before one neither; weight percent is percent.
    ("AFS 2011:19 Rörledningar Vätskor betraktas som brandfarliga om flampunkten är 100 °C eller lägre.", []),
    ("20 Som riktvärde gäller att värdet 0,1 ppm för exponeringen via inandning som tidsvägt dagsmedelvärde inte bör överskridas.", []),
    ("18 Som riktvärde gäller att värdet 0,005 mg/m3 för den sammanlagda exponeringen för syraanhydrider under 15 minuter via inandning inte bör överskridas.", []),
    ("Dimensionerande luftflöden för skåpen är vanligen cirka 10–20 l/s.", []),
    ("Detsamma gäller kemiska produkter som innehåller ett sådant ämne som förorening i en halt av 0,1 viktprocent eller mer.",
     [F(0.1, "percent", q="over")]),
    # Bounds of time: "senast", "kortare tid än", "längre tid än".
    ("Sedan åtgärder vidtagits för att minska halten luftföroreningar i andningszonen ska en mätning av halten göras senast tre månader efter det att åtgärder enligt andra stycket vidtagits, om det inte är uppenbart onödigt.",
     [F(3, "months", q="under")]),
    # (made up to show the other sense: "senast" before no time is "most recently")
    ("Andelen var senast 45 procent.", [F(45, "percent")]),
    ("Med ett arbete som utförs kortare tid än två månader avses här det sammanlagda arbete som utförs på ett arbetsställe.",
     [F(2, "months", q="under")]),
    ("Transportstyrelsen ska i det sammanhanget utreda möjligheterna att låta åtgärder vid hindrande av fortsatt färd bestå under längre tid än 24 timmar samt låta en polisman eller en tulltjänsteman besluta om klampning (dvs.",
     [F(24, "hours", q="over")]),
    # "ett trettiotal" is about 30 (prop. 2012/13:144); "hela hundratal" without "ett" is no figure.
    ("Enligt den preliminära uppskattning som redovisades i promemorians förslag och som baseras på antal fartyg i det svenska registret samt på bemannings- och kostnadsuppgifter från branschen och Delegationen för sjöfartsstöd skulle ett trettiotal specialfartyg kunna omfattas av det utvidgade stödet.",
     [F(30, "count", q="approx", s="specialfartyg")]),
    ("Ett tiotal myndigheter, ett tjugotal kommuner och ett stort antal romska organisationer och företrädare har på olika sätt involverats i genomförandet av strategin sedan 2012.",
     # (the year across the comma is the known gap 'year after a comma')
     [F(10, "count", q="approx", s="myndigheter"), F(20, "count", q="approx", s="kommuner", y=(2012,))]),
    ("Summan ska avrundas nedåt till närmaste hela hundratal.", []),
    # A list item inside a sentence (prop. 2012/13:187), a week, a numbered measure, a span of dates.
    ("2. med tillfredsställande resultat har genomfört en introduktionsperiod om minst ett läsår eller motsvarande på heltid inom undervisning som i huvudsak svarar mot examen, och 3. i övrigt är lämplig att bedriva undervisning.",
     [F(1, "years", q="over")]),
    ("Folkhälsomyndigheten ska genomföra temaveckan vecka 11 år 2022.", []),
    ("Jordbruksverket ska årligen, i den del det avser åtgärd 11, senast två månader efter respektive års deltagande vid jordbruks-och livsmedelsmässan Grüne Woche redovisa uppdraget till Regeringskansliet.",
     [F(2, "months", q="under")]),
    ("Regeringen beslutar att ge Statens folkhälsoinstitut (FHI) i uppdrag att under vecka 19 (9-15 maj) 2011 samordna en uppmärksamhetsvecka.", []),
    # Fourth round, from blind2's first run (so blind2 is not independent for these forms):
    # a scale word before an unmodelled unit, kilowatt, a list item cut off at the end,
    # a postcode and post box, numbered publications, standards and roads, months in a compound,
    # people nouns.
    ("Ett nytt EU-direktiv ställer krav på multinationella företag med intäkter som överstiger 750 miljoner euro att offentliggöra inkomstskatteuppgifter i en rapport.", []),
    ("Regeringen uppdrar åt Energimarknadsinspektionen att göra en översyn av regleringen i 4 kap. 10 § första stycket ellagen (1997:857) om att producenter med en produktionsanläggning som kan leverera en effekt om högst 1 500 kilowatt endast ska betala den del av avgiften enligt nättariffen som motsvarar den årliga kostnaden för mätning.", []),
    ("skadlig exponering via inandning, 2.", []),
    ("om arterna uppträder regelbundet inom renskötselområdet (om föryngring inte förekommer), 3.", []),
    ("Post: Kammarkollegiet, Box 2218, 103 15 Stockholm", []),
    ("Demokratiutredningens skrift nummer 10.", []),
    ("Regeringen uppdrar åt Trafikverket att analysera hur krav i trafiksäkerhetsstandarden ISO 39001 bör tillämpas i Trafikverkets verksamhet.", []),
    ("− E22 Lösen–Jämjö − E16 Borlänge–Djurås − Rv 40 Nässjö–Eksjö", []),
    ("En tolvmånadsperiod med början den månad då ungar normalt föds eller ägg läggs. (", [F(12, "months")]),
    ("Regeringskansliet ger två utredare i uppdrag att biträda Utbildningsdepartementet med att ta fram förslag på åtgärder för ökad kvalitet i lärarutbildningen.",
     [F(2, "persons", s="utredare")]),
    ("Myndigheterna ska gemensamt ta emot i genomsnitt minst 1 000 nyanlända för praktik per år under den aktuella perioden.",
     [F(1000, "persons", q="over", s="nyanlända")]),
    # Fifth round, from the errors left on the tune parts (blind, blind2: all seen):
    # a duration after "för"; "inget" before a singular counts nothing; a number word
    # after "de"/"dessa" counts; "inte fyllt" bounds an age; street numbers, numbered
    # agreements and budget lists of designations are no figures; a bound before a
    # multiple; a unit and a bound shared across a list. The last three are made up
    # (the forms; "inte" bounds ages only).
    ('Förbud och tillstånd Till 45–49 §§ Tillstånd beviljas i allmänhet för 1–3 år.',
     [F(1, 'years', role='range', h=3)]),
    ('Häckning med okänt resultat ska bedömas om • synobservation görs i bo av ägg och/eller av ruvande fågel • synobservation görs i boet av minst en unge före den 1 juni, varefter inget återbesök har gjorts.',
     [F(1, 'count', q='over')]),
    ('De tre sistnämnda punkterna ska redovisas årligen med start 2023.',
     [F(3, 'count', s='punkterna', y=(2023,))]),
    ('ändra i hälso- och sjukvårdslagen för att tydliggöra hälso- och sjuk-vårdens ansvar för att samordna vården för barn eller unga som inte fyllt 21 år när det finns ett sådant behov. *',
     [F(21, 'age', q='under')]),
    ('Besök: Slottsbacken 6, 111 30 Stockholm',
     []),
    ('Regeringen uppdrar åt den person som är utsedd till ordförande i både styrelsen för uppföljning m.m. av avtal om finansiering och medfinansiering av utbyggnad av tunnelbanan samt ökad bostadsbebyggelse i Stockholms län enligt 2013 års Stockholmsförhandling och styrelsen för uppföljning m.m. av ramavtal 6 – Storstad Stockholm om finansiering och medfinansiering avseende ökad tillgänglighet i storstäderna samt ökat bostadsbyggande enligt Sverigeförhandlingen att som förhandlingsperson omförhandla de avtal som 2013 års Stockholmsförhandling förhandlade fram och den del av det avtal som Sverigeförhandlingen förhandlade fram som innefattar investeringar i Stockholms län (Avtalen).',
     []),
    ('En särskild utredare ska utreda och föreslå nya alternativa och\nhållbara hyresmodeller för de fem kulturinstitutioner som sedan\n2001 har en kostnadsbaserad hyresmodell.',
     [F(5, 'count', s='kulturinstitutioner', y=(2001,))]),
    ('Antalet arbetslösa som varit inskrivna på Arbetsförmedlingen i över två år har mer än fördubblats från cirka 30 000 personer innan 2008 till att i dag uppgå till 70 000 personer.',
     [F(2, 'years', q='over', y=(2008,)), F(2, 'ratio', q='over', y=(2008,)), F(30000, 'persons', q='approx', s='personer', y=(2008,), role='from'), F(70000, 'persons', s='personer', y=(2008,), role='to')]),
    ('* utreda hur bevis om såväl tillfrisknande som negativa svar på ett covid-19 test ska kunna upprättas för invånare som har testat sig för covid-19 i Sverige och presentera en genomförandeplan för upprättandet av dessa bevis som tar hänsyn till ändamålsenlighet och kostnadseffektivitet, * säkerställa att utformningen av den utökade infrastrukturen utgår från EU-lagstiftning och, så långt det är möjligt, från befintliga informations-resurser, de specifikationer som tas fram inom området samt internatio-nella standarder och riktlinjer, * säkerställa att den utökade infrastrukturen tillgodoser gällande krav på dataskydd och skyddet för den personliga integriteten och i sammanhanget analysera personuppgiftsbehandling och behovet av eventuella regeländringar, − göra en uppskattning, på ett respektive två års sikt, av kostnaderna för inrättandet av den utökade infrastrukturen inklusive kostnader för krav, utveckling, drift och förvaltning samt verksamhet för att tillhandahålla bevisen, * utforma förslagen så att belastningen på hälso- och sjukvården och andra relaterade verksamheter och organisationer, så långt som möjligt, begränsas.',
     [F(1, 'years'), F(2, 'years')]),
    ('Upphandlingsmyndigheten får för uppdragets genomförande använda högst 2 miljoner kronor under 2017 och 2 miljoner kronor under 2018.',
     [F(2000000, 'sek', q='under', y=(2017,)), F(2000000, 'sek', q='under', y=(2018,))]),
    ('Villkor m m för budgetår 2013 för Gotlands kommun, landstingen i Hallands, Skåne och Västra Götalands län och samverkansorgan inom utgiftsområde 1 Rikets styrelse, 19 Regional tillväxt och 22 kommunikationer (rskr 2012/13:127)',
     []),
    ('Avdraget är 75, 50 eller 25 procent av kostnaden.',
     [F(75, 'percent'), F(50, 'percent'), F(25, 'percent')]),
    ('Stödet gäller den som har fyllt 18 men inte 65 år.',
     [F(18, 'age'), F(65, 'age', q='under')]),
    ('Det var inte 10 procent utan 20 procent.',
     [F(10, 'percent'), F(20, 'percent')]),
    # Sixth round, from blind3's first run (so blind3 is no longer blind for these forms):
    # designations (alternativ, rapport, Innehållsförteckning), a list item cut off at the
    # end, a point reference after "enligt", a section list with a letter range, a line
    # break between number and unit, "ett års", calendar months, "90-dagarsgaranti",
    # "halva", "minuters"; the last case is made up (a bare count after a copula stays).
    ('AFS 2011:19 Nedan visas exempel på märkning enligt alternativ 1 respektive 2 i paragrafen.',
     []),
    ('Om båda halterna av två ämnen som ska adderas uppgår till halva gränsvärdet så motsvarar alltså kombinationen gränsvärdet.',
     [F(2, 'count', s='ämnen'), F(0.5, 'share')]),
    ('Särskilt om märkning av farliga kemiska produkter i arbetet 19 § Behållare som innehåller farliga kemiska produkter ska, när de används eller lagerhålls i anslutning till användning, vara märkta enligt alternativ 1 eller 2 nedan.',
     []),
    ('AFS 2014:43) 37 g § Arbetsgivare ska se till att periodisk läkarundersökning med tjänstbarhetsbedömning, enligt Arbetsmiljöverkets föreskrifter om medicinska kontroller i arbetslivet, genomförs av de arbetstagare som sysselsätts eller kommer att sysselsättas i något av följande arbeten: 1.',
     []),
    ('Innehållsförteckning 1',
     []),
    ('Introduktionsperioden enligt första stycket 2 ska i stället vara en termin eller motsvarande på heltid om läraren 1.',
     []),
    ('33 e § Specialpedagoger omfattas av bestämmelserna i 33 a–d §§ endast om de har en specialpedagogexamen enligt bilaga 2 till högskoleförordningen (1993:100), eller en äldre motsvarande examen, som har utfärdats senast den 30 juni 2015 och avser utbildning som påbörjats före utgången av 2008.',
     []),
    ('har kompletterat sin utbildning enligt 2 med sådan utbildning som regeringen med stöd av 2 kap. 13 § andra stycket i den nya skollagen har meddelat föreskrifter om.',
     []),
    ('Enligt betänkandet har Skolverkets utvärderingar och inspektioner visat att grundsärskolans och gymnasiesärskolans kunskapsuppdrag ofta åsidosätts samt att det i stället fokuseras på omsorg och elevernas sociala utveckling (Skolverkets lägesbedömningar 2006, rapport 288 och 2007, rapport 303).',
     []),
    ('Skälen för regeringens förslag: Huvuddelen av de föreslagna lagändringarna bör träda i kraft den 1 december 2013, vilket är den tidpunkt då bestämmelserna om legitimation ska börja tillämpas.',
     [F(0.5, 'share', q='over', y=(2013,))]),
    ('Kommissionen har föreslagit att direktivet ska genomföras inom sex\nmånader från ikraftträdandet.',
     [F(6, 'months')]),
    ('I promemorian föreslås att kraven på utbildning för en tandhygienistexamen, som nu omfattar 120 högskolepoäng, ska ökas med 60 högskolepoäng vilket motsvarar ytterligare ett års heltidsstudier.',
     [F(120, 'count', s='högskolepoäng'), F(60, 'count', s='högskolepoäng'), F(1, 'years')]),
    ('I dag gäller att ett beslut om godkännande enligt 5 a § samma lag får fattas tidigast 24 kalendermånader efter att en tidigare stödperiod löpt ut.',
     [F(24, 'months', q='over')]),
    ('Arbetsförmedlingen får i uppdrag att förbereda ett stegvis införande av en 90-dagarsgaranti för ungdomar.',
     [F(90, 'days')]),
    ('Information om de flygplatser som befinner sig inom en radie på 100 km från respektive berörd flygplats eller på högst 60 minuters avstånd med bil, buss, tåg eller snabbtåg. –',
     []),
    # A figure after a copula at the end, no list number; since round 10 it
    # counts the people that "antalet" names.
    ('Antalet kvinnor som dödades var 12.',
     [F(12, 'persons', s='kvinnor')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(LEGAL_SENTENCES))
def test_legal_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Seventh round: blind4's first-run errors (blind4 is tuning data from here),
# each the real sentence as kallkoll split it (soft hyphens as in the source):
# footnote reference lists, standards' designations, numbered targets, a
# footnote's number opening a cut-off line, "öre", a fraction's genitive with
# soft hyphens, "eller flera", and "en"/"ett" set against another number of the
# same noun. The last five cases are made up, to pin what the rules must not
# catch (a measure after a target noun, an article before another noun).
BLIND4_SENTENCES: list[tuple[str, list[F]]] = [
    ('Se fotnot 18, 19 och 20.',
     []),
    ('Det är lämpligt att rörledningar har färgmärkning enligt svensk standard SS 741.',
     []),
    ('En särskild utredare ska sammanfatta måluppfyllelsen inom de jämställdhetspolitiska delmålen 1–5, föreslå hur '
     'styrningen för att uppfylla dessa delmål kan bli mer effektiv samt analysera om de indikatorer som används för '
     'delmålen är ändamålsenliga och vid behov lämna förslag på fler indikatorer.',
     []),
    ('20 avsnitt 3.22 s. 84).',
     []),
    ('Skattesatsen för energiskatt på el föreslås ligga kvar på 2024 års nivå, dvs. 42,8 öre per förbrukad '
     'kilowattimme.',
     [F(0.428, 'sek', y=(2024,))]),
    ('Ett sådant beslut ska kräva två tredje\xaddelars majoritet och godkännande av lantmäteri\xadmyndigheten.',
     [F(0.6667, 'share')]),
    ('Utredaren ska även bedöma två frågor om redo\xadvisning och en fråga om kon\xadcern\xaddefini\xadtioner.',
     [F(2, 'count', s='frågor'), F(1, 'count', s='fråga')]),
    ('För att bostadsbidraget i högre grad ska vara kopplat till de faktiska bostadskostnaderna föreslår '
     'Regeringskansliet att de övre bostadskostnadsgränserna för barnfamiljer höjs med 1 500 kronor per månad för '
     'familjer med ett barn och med 2 000 kronor för familjer med två eller flera barn.',
     [F(1500, 'sek'), F(1, 'persons', s='barn'), F(2000, 'sek'), F(2, 'persons', q='over', s='barn')]),
    ('Produkten ska uppfylla kraven i SS-EN 1234-1:2005 och ISO/IEC 27001.',
     []),
    ('Åtgärden bidrar till mål 3 och till målet 50 procent år 2030.',
     [F(50, 'percent', y=(2030,))]),
    ('En man och två kvinnor dömdes.',
     [F(2, 'persons', s='kvinnor')]),
    ('En kvinna dödades.',
     []),
    ('Avgiften är 2 miljoner öre.',
     [F(20000, 'sek')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(BLIND4_SENTENCES))
def test_blind4_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


def test_soft_hyphens_keep_offsets_in_the_text_as_given() -> None:
    # The figure's span is cut from the text with its soft hyphens, not from
    # the text the reader saw without them.
    text = 'Ett sådant beslut ska kräva två tredje\xaddelars majoritet.'
    (figure,) = extract_figures(text)
    assert figure.raw == 'två tredje\xaddelars' == text[figure.char_start:figure.char_end]


# Round 8 (blind5's first run, seen): every false figure blind5 showed, caught
# by three principles for a bare number (no unit, scale or counted noun
# after it) rather than one more word per shape:
# (a) after a noun or name with no determiner it is a designation ("Uppdrag
#     5", "Fit for 55"); (b) after a preposition of reference in a sentence
#     that cites law it is a point reference ("som avses i 1 och 2"); (c)
#     after an upper-case acronym, a bracketed year between or not, it is a
#     designation ("PBA 1", "COM [2020] 381", "EU:s 2 (4)").
BLIND5_SENTENCES: list[tuple[str, list[F]]] = [
    ('2,4-Diaminotoluen ...................................................................................... '
     '95-80-7 3,3’-diklorbenzidin ..................................................................................... '
     '91-94-1 S-[2-(Dimetylamino)etyl]-pseudotioureadihydroklorid (PBA 1) '
     '........................................................................................ 16111-27-6 '
     'Hexahydroftalsyraanhydrid ................................................................... 85-42-7',
     []),
    ('på motsvarande nivå som avses i 1 i särskild utbildning för vuxna på grundläggande nivå.',
     []),
    ('på motsvarande nivåer som avses i 1 och 2 i särskild utbildning för vuxna.',
     []),
    ('46 förslag för klimatomställningen i ljuset av Fit for 55',
     [F(46, 'count', s='förslag')]),
    ('Uppdrag 5 ska redovisas senast den 18 oktober 2016.',
     []),
    ('Den 20 maj 2020 presenterade EU-kommissionen två strategier under parollen Gröna given (COM [2020] 381 - Från '
     'jord till bord-strategin för ett rättvisare, hälsosammare och miljövänligare livsmedelssystem och COM [2020] 380 '
     'EU:s strategi för biologisk mångfald för 2030 ”Ge naturen större plats i våra liv”).',
     [F(2, 'count', s='strategier', y=(2020,))]),
    # Seen in the seventh round's check on unlabelled assignments, not fixed then.
    ('Formas ska även beakta relevanta policydokument och mål, såsom New Leipzig Charter, EU:s gröna giv, Ett nytt '
     'europeiskt Bauhaus, EU:s 2 (4) territoriella agenda, mål 11 i Agenda 2030 och New Urban Agenda samt Assessment '
     'Study of the Urban Agenda for the European Union.',
     []),
    # Real sentences of the same shapes from the unlabelled assignments (seed 77 sample).
    ('Deluppdrag 1 ska redovisas senast den 1 februari 2017 och deluppdrag 2 senast den 30 april 2018 till '
     'Socialdepartementet.',
     []),
    ('Den ska också analysera vilka för- och nackdelar som finns med samvaccination mot covid 19 och influensa.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), _cases(BLIND5_SENTENCES))
def test_blind5_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Real figures the round-8 principles must not drop (gold, blind and blind5
# sentences, the real follow-up, and the unlabelled assignments), and made-up
# cases that pin each principle's edge.
ROUND8_KEPT: list[tuple[str, list[F]]] = [
    # (a) a noun before, but a partner after the number carries the measure:
    # a part of a whole, a list with a negation, a list of ranges.
    ('På denna del når kommunerna i genomsnitt 40 av 100 poäng.',
     [F(40, 'count', s='poäng'), F(100, 'count', s='poäng')]),
    ('De föreslagna förordningsändringarna beskrivna i denna promemoria innebär att körkortslån under vissa '
     'förutsättningar, och inom ramen för anvisade medel, ska kunna lämnas även till ungdomar som har fyllt 19 men inte '
     '21 år och som har fullföljt en gymnasieutbildning.',
     [F(19, 'age'), F(21, 'age', q='under')]),
    ('Statistiken ska redovisas halvårsvis och vara uppdelad på kön respektive ålder i intervallen 20–29, 30–39, '
     '40–49, 50–59 och 60–64 år.',
     [F(20, 'count', role='range', h=29), F(30, 'count', role='range', h=39), F(40, 'count', role='range', h=49),
      F(50, 'count', role='range', h=59), F(60, 'age', role='range', h=64)]),
    # (a) a determiner or a closed-class word before; a noun after; one number in several tokens.
    ('Regeringen uppdrar åt Kammarkollegiet att utbetala 375 000 000 kronor till de 21 landsting som anges i bilagan '
     'och med de belopp som anges där.',
     [F(375000000, 'sek'), F(21, 'count')]),
    ('Under år 2010 fick totalt 196 fartyg sjöfartsstöd; vid slutet av 2012 endast 112 fartyg.',
     [F(196, 'count', y=(2010,)), F(112, 'count', y=(2012,))]),
    ('Antalet anmälningar var 12.',
     [F(12, 'count')]),
    # (b) a count has a noun after it, in a sentence that cites law.
    ('Som avses i 2 § ska kommunen erbjuda plats för 1 och 2 barn.',
     [F(1, 'persons', s='barn'), F(2, 'persons', s='barn')]),
    ('Beloppet som avses i punkt 2 uppgår i 2 fall till 5 000 kronor.',
     [F(2, 'count', s='fall'), F(5000, 'sek')]),
    # (c) a currency code is no acronym designation.
    ('Beloppet är SEK 100.',
     [F(100, 'count')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND8_KEPT))
def test_round8_principles_keep_real_figures(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(("text", "principle"), [
    ('Uppdrag 5 ska redovisas senast den 18 oktober 2016.', "a"),
    ('på motsvarande nivåer som avses i 1 och 2 i särskild utbildning för vuxna.', "b"),
    ('(COM [2020] 381 - Från jord till bord-strategin)', "c"),
    ('EU:s 2 (4) territoriella agenda', "c"),
])
def test_each_principle_alone_is_what_drops_the_number(text: str, principle: str, monkeypatch) -> None:
    # The blind5 numbers go away because of the principle, not a word list:
    # turn the principle off and the number comes back.
    import extract.figures as figures
    import extract.lang_sv_numbers as sv

    assert extract_figures(text) == []
    if principle == "a":
        monkeypatch.setattr(figures._Reader, "_names_a_number", lambda self, k: False)
    elif principle == "b":
        monkeypatch.setattr(sv, "REFERENCE_PREPOSITIONS", frozenset())
    else:
        monkeypatch.setattr(figures._Reader, "_after_acronym", lambda self, k: False)
    assert extract_figures(text) != []


# Round 9 (blind6's first run, seen): every error blind6 showed, each the real
# sentence as kallkoll split it (line breaks as in the source), fixed by a
# rule for its family rather than a word: a date's day with its month cut off;
# the degree sign as PDF text layers give it; numbered periods ("år 1–3"); the
# bound verbs överstiga/understiga in every form; a unit after modifiers; a
# change's start after a genitive ("från dagens"); "och ett halvt"; "sex"
# before a plural noun; a count's members named with "en"; a number glued to
# a closing bracket; unmodelled units in every metric-prefixed form, shared
# across a range; number-word compounds of days; kronor and öre; "i stället
# för"; a rate's base.
BLIND6_SENTENCES: list[tuple[str, list[F]]] = [
    ('Kemisk produkt eller explosivt föremål som medför en fysikalisk fara eller hälsofara, inklusive de som inte '
     'släpps ut på marknaden, enligt kriterierna i – Europaparlamentets och rådets förordning (EG) nr 1272/2008 av '
     'den 16',
     []),
    ('Att atmosfären i utrymmet kan behöva fyllas med inert gas (t.ex. kvävgas eller argon) eller att man kan behöva '
     'se till att temperaturen i utrymmet är minst 5 •C lägre än•flampunkten på förekommande ämnen.',
     []),
    ('Regeringen beslutar att Trafikverket får byggstarta de objekt som anges i bilaga 1 under perioden 2015–2017 '
     '(år 1–3) och att myndigheten får förbereda de objekt som anges i bilaga 2 för byggstart under perioden '
     '2018–2020 (år 4–6).',
     []),
    ('Skattereduktionen ges till fysiska personer med arbetsinkomster överstigande 60 000 kronor och understigande '
     '500 000 kronor om året.',
     [F(60000, 'sek', q='over'), F(500000, 'sek', q='under')]),
    ('Ändringarna innebär att om en tillståndshavare vill använda ett utlandsregistrerat fordon för godstransporter '
     'under längre tid än två på varandra följande månader eller om sådana fordon ska användas i ett antal som '
     'överstiger 25 procent av fordonsparken, ska tillståndshavaren visa särskilda skäl för detta.',
     [F(2, 'months', q='over'), F(25, 'percent', q='over')]),
    ('I promemorian föreslås att länsstyrelsen i det enskilda fallet får medge\nundantag från förbudet i 10 § andra '
     'stycket jaktförordningen (1987:905)\natt använda halvautomatiska vapen med en magasinskapacitet som\növerstiger '
     'två patroner vid jakt efter björn, om länsstyrelsen är den\nmyndighet som beslutar om jakten.',
     [F(2, 'count', q='over', s='patroner')]),
    ('Förslaget\ninnebär att minst 85 procent av de inrikes brev som lämnas in för tredagarsbefordran före\nangiven '
     'senaste inlämningstid ska ha delats ut inom tre påföljande arbetsdagar och minst 97 procent inom fem påföljande '
     'arbetsdagar.',
     [F(85, 'percent', q='over'), F(3, 'days'), F(3, 'days'), F(97, 'percent', q='over'), F(5, 'days')]),
    ('I promemorian föreslås att omsättningsgränsen för befrielse från mervärdesskatt höjs från dagens 30 000 kronor '
     'till 80 000 kronor per beskattningsår.',
     [F(30000, 'sek', role='from'), F(80000, 'sek', role='to')]),
    ('I promemorian föreslås att ersättningsnivån för expertskatt i den s.k. beloppsregeln sänks från två '
     'prisbasbelopp till ett och ett halvt prisbasbelopp per månad.',
     [F(2, 'count', s='prisbasbelopp', role='from'), F(1.5, 'count', s='prisbasbelopp', role='to')]),
    ('Fjärde järnvägspaketet består av sex rättsakter som kan delas upp i två block, den tekniska pelaren och den '
     'politiska pelaren.',
     [F(6, 'count', s='rättsakter'), F(2, 'count', s='block')]),
    ('I denna promemoria föreslås två nya lagar, en lag om infrastrukturavgifter på väg och en lag om indelning av '
     'tunga fordon i koldioxidutsläppsklasser, och en ny förordning om indelning av tunga fordon i '
     'koldioxidutsläppsklasser.',
     [F(2, 'count', s='lagar')]),
    ('Regeringen tilldelar Sveriges Kommuner och Landsting (SKL)500 000 kronor för vidareutveckling av missbruks- och '
     'beroendevården att användas under 2013 i enlighet med den genomförandeplan som inkom till Socialdepartementet '
     'den 22 augusti 2013.',
     [F(500000, 'sek', y=(2013,))]),
    ('(Ny version) I promemorian föreslås att viktgränsen för undantag från fordonsskatteplikt höjs från 750 kilogram '
     'till 3 ton för släpvagnar.',
     []),
    ('I promemorian föreslås att undantaget från beskattning för akut toxiska produkter begränsas så att det inte '
     'omfattar e-vätskor med en koncentration mellan 15 och 20 milligram nikotin per milliliter vätska.',
     []),
    ('I promemorian föreslås att energiskatten på bensin (miljöklass 1) sänks med 1 krona och 31 öre per liter '
     'jämfört med den nivå som skulle ha gällt med nuvarande omräkningsregler.',
     [F(1.31, 'sek')]),
    ('Denna promemoria innehåller förslag som innebär att det skapas möjlighet för statliga universitet och högskolor '
     'att ha en styrelse med 11 i stället för 15 ledamöter, om det finns skäl för det med hänsyn till högskolans '
     'behov.',
     [F(11, 'persons', s='ledamöter'), F(15, 'persons', s='ledamöter')]),
    ('Annonser i en TV-sändning föreslås få sändas under högst tolv minuter under en timme mellan hela klockslag och '
     'högst femton procent av sändningstiden under ett dygn.',
     [F(15, 'percent', q='under')]),
    # The same numbered period in the unlabelled assignments (seed 77 check).
    ('Regeringen beslutar att Trafikverket får byggstarta följande objekt år 2025– 2027 (år 1–3):',
     []),
]


@pytest.mark.parametrize(("text", "expected"), _cases(BLIND6_SENTENCES))
def test_blind6_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-9 rule must not catch: a day with its
# month and a count after "den"; a bullet before a word is no degree sign; a
# measure after the number ("i 3 år"); a bound verb with no number; a noun
# after modifiers; a range's unit on both ends; an "och" list; "sex" as the
# act; a count plus one more of the same noun; a modelled unit in a range
# beside an unmodelled one; öre of 100 or more; a duration after "under" with
# no number before it in the clause.
ROUND9_KEPT: list[tuple[str, list[F]]] = [
    ('Beslutet fattades den 16 maj 2008 och gällde 16 kommuner.',
     [F(16, 'count', s='kommuner', y=(2008,))]),
    ('Antalet var 5 • Nästa punkt gäller annat.',
     [F(5, 'count')]),
    ('Insatsen pågick i 3 år.',
     [F(3, 'years')]),
    ('Han har överstigit sin befogenhet.',
     []),
    ('Beloppet får inte överstiga 2 miljoner kronor.',
     [F(2000000, 'sek', q='under')]),  # at most: round 12 (blind10's label) turned round 9's 'over'
    ('Handläggningen tog tre hela dagar och omfattade tre nya kommuner.',
     [F(3, 'days'), F(3, 'count', s='kommuner')]),
    ('Priset ligger mellan 30 000 kronor och 80 000 kronor.',
     [F(30000, 'sek', role='range', h=80000)]),
    ('Antalet ökade från dagens 12 till 15 kommuner.',
     [F(12, 'count', s='kommuner', role='from'), F(15, 'count', s='kommuner', role='to')]),
    ('Ärendet tog en och en halv timme och 1 och 2 personer deltog.',
     [F(1.5, 'hours'), F(1, 'persons', s='personer'), F(2, 'persons', s='personer')]),
    ('Stödet gäller i två och ett halvt år, högst halvannan timme per dag.',
     [F(2.5, 'years'), F(1.5, 'hours', q='under')]),
    ('Den som köper sex ses som gärningsperson.',
     []),
    ('Den som säljer sex vågar sällan anmäla.',
     []),
    ('Kommunen har sex förskolor.',
     [F(6, 'count', s='förskolor')]),
    ('Sträckan är mellan 5 och 10 kilometer och kostnaden mellan 5 och 10 kronor.',
     [F(5, 'sek', role='range', h=10)]),
    ('Lasten vägde 750 kilogram, 2 hektogram eller 3 ton.',
     []),
    ('En tvåveckorsperiod och en femdagarsvecka.',
     [F(2, 'weeks'), F(5, 'days')]),
    ('Avgiften är 5 kronor och 150 öre.',
     [F(5, 'sek'), F(1.5, 'sek')]),
    ('Utbildningen pågår under ett år.',
     [F(1, 'years')]),
    ('Stödet betalas ut under ett år, och 300 personer får det.',
     [F(1, 'years'), F(300, 'persons', s='personer')]),
    # Real sentences from all assignments and catalogue summaries (the wider
    # check), where a first version of the rules went too far: an ordinal is no
    # modifier to skip; "ett" as an article earlier in the clause makes no
    # rate; a bracket after a digit is part of a designation.
    ('Utbildningen ska efter ett fjärde år ge en tydlig yrkesinriktning, syfta till etablering på arbetsmarknaden och '
     'leda till en gymnasieingenjörsexamen.',
     []),
    ('Utgångspunkten ska vara att kunna erbjuda en god servicenivå gentemot medborgarna med en god tillgänglighet i '
     'hela landet motsvarande den som finns i dag, men att Trafikverket på ett bättre sätt än hittills ska kunna korta '
     'väntetiderna och möta de variationer i efterfrågan på körkortsprov som förekommer under ett kalenderår.',
     [F(1, 'years')]),
    ('Regeringen uppdrar åt Skogsstyrelsen att aktivt bidra till att genomföra Europeiska unionens strategi för '
     'Östersjöregionen (EUSBSR) i enlighet med Europeiska kommissionens handlingsplan om Europeiska unionens strategi '
     'för Östersjöregionen KOM(2009)248, i sin uppdaterade form den 10 september 2015 genom SWD(2015)177, nedan '
     'kallad Östersjöstrategin.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND9_KEPT))
def test_round9_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


def test_a_closing_bracket_glued_to_a_number_is_split_off() -> None:
    # "(SKL)500 000 kronor": one amount, cut from the text as given.
    text = 'Regeringen tilldelar Sveriges Kommuner och Landsting (SKL)500 000 kronor för arbetet.'
    (figure,) = extract_figures(text)
    assert figure.raw == '500 000 kronor' == text[figure.char_start:figure.char_end]
    assert [t.text for t in figure_pipeline().tokenizer('(SKL)500')] == ['(', 'SKL', ')', '500']
    # After a digit the bracket is part of a designation: "KOM(2009)248" stays one token.
    assert [t.text for t in figure_pipeline().tokenizer('KOM(2009)248')] == ['KOM(2009)248']


# Round 10: every error of blind7's and blind8's first runs (real sentences
# from the assignments and the catalogue's Ds summaries).
ROUND10_SENTENCES: list[tuple[str, list[F]]] = [
    # an EU document number with a space before the bracketed year
    ('Medlemsstaterna ska utarbeta program för att genomföra Europeiska regionala utvecklingsfonden för perioden '
     '1 januari 2021–31 december 2027 i enlighet med artikel 16 i kommissionens förslag till gemensamma bestämmelser '
     '(KOM (2018) 375 slutlig).',
     []),
    # "antalet" + a people noun: the later bare number counts those people
    ('Regeringen ger Brottsförebyggande rådet (Brå) i uppdrag att följa upp resursanvändningen inom Polismyndigheten '
     'och analysera resultatet av anslagshöjningarna till myndigheten som syftar till att utöka antalet anställda med '
     '10 000 under perioden 2016–2024.',
     [F(10000, 'persons', s='anställda', y=span(2016, 2024))]),
    # a present participle standing as the noun counts people
    ('Från den 26 september 2016 ska återstående 54\xa0000 sökande omplaceras från Italien och Grekland om inte '
     'kommissionen senast samma datum finner att en anpassning av omplaceringsmekanismen är rimlig till förmån för '
     'andra medlemsstater.',
     [F(54000, 'persons', s='sökande', y=(2016,))]),
    # a bare part after "varav" takes its whole's unit
    ('För att genomföra uppdraget får Socialstyrelsen använda 300 000 000 kronor under 2018 varav högst 500 000 får '
     'användas för egna kostnader för hanteringen.',
     [F(300000000, 'sek', y=(2018,)), F(500000, 'sek', q='under')]),
    # both sides named: no bound
    ('Syftet med uppdraget är att stärka grunden för med vilken säkerhet det går att uttala sig om sannolikheten för '
     'att personer med okänd ålder är över eller under 18 år med hjälp av Rättsmedicinalverkets tillämpade metod.',
     [F(18, 'age')]),
    # a count whose noun is an acronym's hyphenated compound
    ('I departementspromemorian föreslår Socialdepartementet åtgärder som ska anpassa svensk rätt till två '
     'EU-förordningar på det medicintekniska området.',
     [F(2, 'count', s='eu-förordningar')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND10_SENTENCES))
def test_round10_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-10 rule must not catch: a unit or
# counted noun after an acronym's bracketed year keeps the figure; a
# participle before a noun, a determiner-like participle, a neuter "-ande"
# noun after "ett"; "antalet" across a comma, with a thing (not people), with
# the article "ett", and before a range; an acronym compound counts its
# head's people, a capitalised compound stays a name; a bound alone; "varav"
# far from any figure, or with no figure before it. The last three are real
# sentences from the wider check where a first version went too far.
ROUND10_KEPT: list[tuple[str, list[F]]] = [
    ('Enligt SCB (2018) 375 kommuner har planer.',
     [F(375, 'count', s='kommuner', y=(2018,))]),
    ('Enligt SCB (2018) 375 miljoner kronor.',
     [F(375000000, 'sek', y=(2018,))]),
    ('Det finns 500 motsvarande platser och 300 följande.',
     [F(500, 'count', s='platser'), F(300, 'count')]),
    ('Det finns 500 boende kommuner.',
     [F(500, 'count', s='kommuner')]),
    ('Nu ska 120 000 asylsökande omplaceras och tre studerande får stöd.',
     [F(120000, 'persons', s='asylsökande'), F(3, 'persons', s='studerande')]),
    ('Antalet anställda ökade, men 500 av dem var tillfälliga.',
     [F(500, 'count')]),
    ('Antalet ärenden ökade till 5 000.',
     [F(5000, 'count')]),
    ('SCB redovisar antalet gifta personer i åldrarna 15-20 år.',
     [F(15, 'age', role='range', h=20)]),
    ('Det gäller 300 SFI-elever och COVID-19.',
     [F(300, 'persons', s='sfi-elever')]),
    ('Enligt EU-Kommissionen gäller 2 Rikets.',
     []),
    ('Bidraget gäller barn under 18 år.',
     [F(18, 'age', q='under')]),
    ('Totalt 3 miljoner kronor, varav 2 till Malmö.',
     [F(3000000, 'sek'), F(2000000, 'sek')]),
    ('Fyra länsstyrelser deltog och samtliga myndigheter har uppdaterat sina samtal, varav två gäller våld.',
     [F(4, 'count', s='länsstyrelser'), F(2, 'count')]),
    ('Under 2018 inkom ärenden, varav 40 avslogs.',
     [F(40, 'count', y=(2018,))]),
    ('Antalet nyanlända som ska omfattas av anvisningar under ett visst kalenderår och fördelningen på länsnivå '
     '(länstal) framgår av förordningen (2016:40) om fördelning av anvisningar till kommuner.',
     []),
    ('Den 8 juni 2017 lämnade utredningen över ett delbetänkande som redovisar hur de delar av uppdraget som rör '
     'justeringar av legitimations- och behörighetsreglerna ska genomföras.',
     []),
    ('Jämställdhetsmyndigheten har genomfört en utbildning för myndighetens egna chefer samt för fyra länsstyrelser och '
     'en närmare uppföljning visar att samtliga myndigheter har uppdaterat sina medarbetar- och utvecklingssamtal, '
     'varav två kommer att inkludera frågor om våld i nära relation i upphandlingen av företagshälsan.',
     [F(4, 'count', s='länsstyrelser'), F(2, 'count')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND10_KEPT))
def test_round10_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Round 11: blind9's first-run errors (bench/figures/README.md), each on its
# real sentence; all fail on round 10's code.
ROUND11_SENTENCES: list[tuple[str, list[F]]] = [
    # a capitalised noun after a bare number in mid-sentence is a name
    ('Kommittén ska, utöver vad som framgår av redan beslutade direktiv, utreda förutsättningarna för att låta '
     'utgivningen av den lättlästa nyhetstidningen 8 Sidor rymmas inom ramen för ett nytt public service-uppdrag '
     '2020.',
     []),
    # soft hyphens inside the people noun before an age bound: the head "överträdare" was on no list
    ('En särskild utredare får i upp\xaddrag att göra en översyn av regle\xadringen om frihets\xadberövande påföljder '
     'för lag\xadöver\xadträdare under 18 år och föreslå lämp\xadliga förändringar.',
     [F(18, 'age', q='under')]),
    # a people noun in -ande (a title's capital) before "över N år" is an age
    ('Skrivelsen innehåller regeringens bedömning och åtgärder med anledning av Riksrevisionens rapport '
     'Arbetssökande över 55 år – regeringen och Arbetsförmedlingens styrning och prioriteringar (RiR 2021:06).',
     [F(55, 'age', q='over')]),
    # a comparison with zero states a sign, not an amount (the labeller's call, kept)
    ('Med negativa utsläpp avses här att Sveriges nettoutsläpp, beräknade i enlighet med propositionen Ett '
     'klimatpolitiskt ramverk för Sverige (prop.\n2016/17:146), är mindre än noll.',
     []),
    # wider check: names after a number
    ('Myndigheten samråder med Inera AB, 1177 Vårdguiden, Nationellt kompetenscentrum anhöriga och Uppsala '
     'universitet.',
     []),
    ('Utgiftsområdet ska rätteligen vara 22 Kommunikationer.',
     []),
    ('Den ska tillhandahållas till alla asylsökande över 15 år.',
     [F(15, 'age', q='over')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND11_SENTENCES))
def test_round11_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-11 rule must not catch: a unit in
# capitals, a capitalised scale word, an acronym compound and a lower-case
# noun stay figures; "under N år" with no people before it stays a duration;
# two opposite bounds are each kept on their own number, a range and a
# duration beside them are not made ages; zero with a unit or counted noun,
# or after no comparison, is untouched by the zero rule.
ROUND11_KEPT: list[tuple[str, list[F]]] = [
    ('Tidningen har 8 sidor och kostar 3 Mkr.',
     [F(8, 'count', s='sidor'), F(3000000, 'sek')]),
    ('Andelen var 12 Procent och kommunen fick 3 Miljoner kronor.',
     [F(12, 'percent'), F(3000000, 'sek')]),
    ('Det gäller 300 SFI-elever.',
     [F(300, 'persons', s='sfi-elever')]),
    ('Straffet gäller under 18 år.',
     [F(18, 'years')]),
    ('Åtgärden pågick under 3 år och omfattade över 200 personer.',
     [F(3, 'years'), F(200, 'persons', s='personer', q='over')]),
    ('Det gäller personer som är över 18 eller under 65 år.',
     [F(18, 'age', q='over'), F(65, 'age', q='under')]),
    ('Stödet gäller över 18 eller under 65 år.',
     [F(18, 'age', q='over'), F(65, 'age', q='under')]),
    ('Minst noll kommuner och fler än 0 procent.',
     [F(0, 'count', s='kommuner', q='over'), F(0, 'percent', q='over')]),
    ('Värdet ökade från noll till 5 procent.',
     [F(0, 'percent', role='from'), F(5, 'percent', role='to')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND11_KEPT))
def test_round11_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Round 12: blind10's first-run errors, each on its real sentence (all fail on
# round 11's code).
ROUND12_SENTENCES: list[tuple[str, list[F]]] = [
    # bracketed numbers counting up from 1 number a list's items
    ('Utredningen lämnar följande konkreta förslag till förenklingar av regelverk för mikroföretagande (1) '
     'avskaffande av hotelltillståndet, (2) avgränsade förenklingar gällande möjligheterna att ersätta eller ändra '
     'befintliga små byggnader i strandskyddade områden, (3) förenklingar i reglerna om kör- och vilotider.',
     []),
    # a year after a name in mid-sentence is the name's
    ('I detta betänkande redovisar Betygsutredningen 2018 uppdraget att utreda och föreslå hur ämnesbetyg kan '
     'införas i gymnasieskolan och gymnasiesärskolan.',
     []),
    # an SFS number with a stray space before its colon
    ('I promemorian föreslås ändringar i naturgaslagen (2005 :403) för att genomföra Europaparlamentets och rådets '
     'direktiv (EU) 2019/692 av den 17 april 2019 om ändring av direktiv 2009/73/EG om gemensamma regler för den '
     'inre marknaden för naturgas.',
     []),
    # a name in capitals after a number
    ('Utgivning av tidningen 8 SIDOR som en del av ett public service-uppdrag är inte förenligt med nuvarande '
     'reglering av public service-verksamheten.',
     []),
    ('Utgivningen av 8 SIDOR bör därför säkerställas på det sätt som regeringen angett i propositionen Lättare att '
     'läsa (prop. 2013/14:134).',
     []),
    # a part of a counted whole after a cut-off reference
    ('SOU 2016:5) och innehåller 14 av de forskarrapporter som utredningen har beställt.',
     [F(14, 'count', s='forskarrapporter')]),
    # half of a noun, and "ett" contrasted with it
    ('I promemorian föreslås att beloppsgränsen för avgiftsfri ersättning till en idrottsutövare från en ideell '
     'förening som har till ändamål att främja idrott och som uppfyller kraven för inskränkt skattskyldighet i 7 '
     'kap. inkomstskattelagen höjs från ett halvt prisbasbelopp till ett prisbasbelopp.',
     [F(0.5, 'count', s='prisbasbelopp', role='from'), F(1, 'count', s='prisbasbelopp', role='to')]),
    # an age noun (also inside a compound) before "på"/"från"/"till" N år
    ('För det andra föreslås att huvudregeln om lägsta ålder för innehav av taxiförarlegitimation ska sänkas från '
     '21 år till 20 år.',
     [F(21, 'age', role='from'), F(20, 'age', role='to')]),
    ('I promemorian föreslås att ett ålderskrav på 15 år för fjärrpiloter vid användning av obemannade '
     'luftfartssystem – drönare – införs genom en ändring i luftfartsförordningen (2010:770).',
     [F(15, 'age')]),
    ('Förslaget innebär en sänkning av minimiåldern på 16 år som gäller enligt det EU-rättsliga regelverket.',
     [F(16, 'age')]),
    # "med ett år": a change by one year
    ('Regeringen har också aviserat att ikraftträdandet av den av riksdagen beslutade höjningen av åldersgränsen '
     'till 67 år för rätt till det förhöjda grundavdraget bör senareläggas med ett år, till den 1 januari 2027.',
     [F(67, 'age'), F(1, 'years')]),
    # the days counted by "antalet" before the number, and a negated bound verb
    ('Antalet karensdagar får dock inte överstiga sex.',
     [F(6, 'days', q='under')]),
    ('Det föreslås att antalet karensdagar i arbetslöshetsförsäkringen minskas från sju till sex.',
     [F(7, 'days', role='from'), F(6, 'days', role='to')]),
    # age bounds: "inte har fyllt", "och äldre", an age group with "år" left out
    ('I denna promemoria föreslås att det ska införas ett förbud mot att framföra vattenskoter för personer som '
     'inte har fyllt 15 år.',
     [F(15, 'age', q='under')]),
    ('Denna promemoria innehåller förslag som berör; avgiftsfri öppenvård inom högkostnadsskyddet för personer som '
     'är 85 år och äldre, avgiftsfri tandvård för unga samt kostnadsfria preventivmedel för unga under 21.',
     [F(85, 'age', q='over'), F(21, 'age', q='under')]),
    # a bound before a number inside a compound
    ('Den viktigaste bedömningen i promemorian är att huvudinriktningen i Regeringskansliets hantering av bidrag '
     'till det civila samhället bör vara att berört departement äskar ett minst tvåårigt beställningsbemyndigande '
     'för berörda anslag.',
     [F(2, 'years', q='over')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND12_SENTENCES))
def test_round12_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-12 rule must not catch: bracketed
# numbers that do not count up from 1; a year after a sentence's first word or
# before a unit; an SFS-like pair with spaces on both sides; short capitals
# (acronyms) and units in capitals; a numbered item of the same noun before
# "av de"; an age noun away from "på"; "ålderdom"; "under femårsperioden"; an
# age group bound with a counted noun or beyond an age; "antalet" with people.
ROUND12_KEPT: list[tuple[str, list[F]]] = [
    ('Kommunen har (3) skolor och 20 förskolor.',
     [F(3, 'count'), F(20, 'count', s='förskolor')]),
    ('Stockholm har 2000 invånare och Västerås fick 20 procent.',
     [F(2000, 'persons', s='invånare'), F(20, 'percent')]),
    ('Kostnaden var 2005 : 403 kronor.',
     [F(403, 'sek', y=(2005,))]),
    ('Det gäller 20 PROCENT och 36 OECD länder.',
     [F(20, 'percent'), F(36, 'count')]),
    ('Uppdrag 5 av de tre uppdragen ska redovisas.',
     [F(3, 'count', s='uppdrag')]),
    ('Reformen av pensionsåldern genomförs på 5 år.',
     [F(5, 'years')]),
    ('Pensionsåldern höjs från 65 år till 67 år.',
     [F(65, 'age', role='from'), F(67, 'age', role='to')]),
    ('Stöd till ålderdomshem på 3 år.',
     [F(3, 'years')]),
    ('Under femårsperioden ökade antalet.',
     [F(5, 'years')]),
    ('Det gäller barn under 200 kommuner och barn över 3000.',
     [F(200, 'count', s='kommuner', q='under'), F(3000, 'count', q='over')]),
    ('Antalet anställda ökade från sju till nio.',
     [F(7, 'persons', s='anställda', role='from'), F(9, 'persons', s='anställda', role='to')]),
    ('Beloppet överstiger 2 miljoner kronor.',
     [F(2000000, 'sek', q='over')]),
    ('Han kom med en vän.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND12_KEPT))
def test_round12_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Round 13: blind11's first run (government assignments, scored once on round
# 12's code; blind11 is tuning data from here). A year listed after a year, a
# list of provision designations, "en" listed before a counted number.
ROUND13_SENTENCES: list[tuple[str, list[F]]] = [
    ('Socialstyrelsen delredovisar senast den 30 september 2024 respektive 2025 uppdraget till Regeringskansliet.',
     []),
    ('Uppdraget omfattar artiklarna 3\u00a0punkterna 4b–4j, 11.1 fjärde stycket, 22a.1, 22a.3–22a.17, 22b, '
     '22c.1–22c.5, 22c.7–22c.20, 22d, 37.3, 41 och bilaga IVc.',
     []),
    ('* veckovis redovisa till Socialdepartementet antalet vaccinationer varje region genomfört av respektive '
     'vaccin, antalet som fått en respektive två doser och antalet doser som levererats av respektive vaccin.',
     [F(1, 'count', s='doser'), F(2, 'count', s='doser')]),
    ('Statens folkhälsoinstitut (FHI) får i uppdrag att fördela 10 000 000 kronor till ett eller två lärosäten '
     'som bedriver relevant forskning.',
     [F(10000000, 'sek'), F(1, 'count', s='lärosäten'), F(2, 'count', s='lärosäten')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND13_SENTENCES))
def test_round13_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-13 rule must not catch: a count after
# a year that is not listed with it; a list with a designation-like number
# that ends in a unit; a count after a dotted number outside its list; an article "en" with no number after its joiner.
ROUND13_KEPT: list[tuple[str, list[F]]] = [
    ('Under 2024 fick 2025 personer stöd.',
     [F(2025, 'persons', s='personer', y=(2024,))]),
    ('Värdena 1.5, 2 och 3 procent anges.',
     [F(2, 'percent'), F(3, 'percent')]),
    ('Artikel 37.3 gäller och 41 kommuner fick stöd.',
     [F(41, 'count', s='kommuner')]),
    ('Han fick en bok och 20 kronor.',
     [F(20, 'sek')]),
    ('Stödet ges i ett eller två år.',
     [F(1, 'years'), F(2, 'years')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND13_KEPT))
def test_round13_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Round 14: blind12's first run (government assignments, scored once on round
# 13's code; blind12 is tuning data from here). Designations and references:
# a diary number's dashed tail, a COM number with its year glued to the
# acronym, a point of a section, task numbers before a passive verb, an
# organisation number; counts over participle adjectives.
ROUND14_SENTENCES: list[tuple[str, list[F]]] = [
    ('* dokumentera erfarenheter av de fångstredskap som användes i samband med utbrottet av Afrikansk svinpest '
     '(AFS) i Fagersta enligt Naturvårdsverkets beslut den 19 september 2023 (NV–06530–23) * redovisa förslag på '
     'möjliga åtgärder.',
     []),
    ('samt kommissionens meddelande från den 18 maj 2022 om kortsiktiga interventioner på energimarknaden och '
     'långsiktiga förbättringar av elmarknadens utformning – en handlingslinje (COM[2022] 236 final), * beakta att '
     'elpriset är geografiskt betingat.',
     []),
    ('Socialstyrelsen ska i samråd med Boverket och Arbetsmiljöverket genomföra en förstudie om hur bostäder enligt '
     '5 kap. 5 § och 5 kap. 7 § socialtjänstlagen (2001:453), förkortad SoL, och 9 § 9 lagen (1993:387) om stöd och '
     'service till vissa funktionshindrade kan utformas.',
     []),
    ('Uppgifterna 1–3 och 7 ska redovisas senast den 15 januari 2014 till Socialdepartementet medan uppgifterna '
     '4–6 redovisas till Socialdepartementet senast den 28 mars 2014.',
     []),
    ('559347–9420, tillstånd till uppförande och drift av en gruppstation för vindkraft med högst 21 vindkraftverk '
     'med tillhörande transformatorstationer.',
     [F(21, 'count', q='under')]),
    ('Tillsammans med Regionala cancercentrum ska landstinget ta fram och lämna in en handlingsplan dels för hur de '
     'tänker fortsätta arbeta med de 28 standardiserade vårdförlopp som genomfördes 2015 och 2017, dels för hur de '
     'avser införa tre nya standardiserade vårdförlopp under 2018.',
     [F(28, 'count', y=(2015, 2017)), F(3, 'count', s='vårdförlopp', y=(2018,))]),
    ('Regeringen ger Havs- och vattenmyndigheten i uppdrag att i dialog med andra berörda EU-medlemsstater och i '
     'samråd med berörda intressenter utarbeta gemensamma rekommendationer om bevarandeåtgärder i följande tolv '
     'marina skyddade områden:',
     [F(12, 'count', s='områden')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND14_SENTENCES))
def test_round14_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-14 rule must not catch: a range cut by
# a dash after a lower-case word; a percent after a section's point; a bracketed
# year with a space and a unit after the number; a noun after a number that
# ends in -as but is a genitive; a past verb after a number word; a range of
# amounts.
ROUND14_KEPT: list[tuple[str, list[F]]] = [
    ('Åldern var 16–24 år.',
     [F(16, 'age', h=24, role='range')]),
    ('Enligt 3 § 20 procent av platserna.',
     [F(20, 'percent', s='platser')]),
    ('Tre dödades igår.',
     []),
    ('Det kostade 100 000–200 000 kronor.',
     [F(100000, 'sek', h=200000, role='range')]),
    ('De 21 regionernas planer och 4 kommuner redovisas.',
     [F(21, 'count'), F(4, 'count', s='kommuner')]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND14_KEPT))
def test_round14_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Round 15: blind13's first run (government assignments, scored once on round
# 14's code; blind13 is tuning data from here). A reference word written in
# two words, frequency and power units, first/last before a time unit, ages
# after an age word with "år" left out.
ROUND15_SENTENCES: list[tuple[str, list[F]]] = [
    ('Kostnaderna ska belasta det under utgifts område 20 upptagna anslaget 1: 12 Insatser för internationella '
     'klimatinvesteringar.',
     []),
    ('Regeringen uppdrar åt Post- och telestyrelsen att utreda användningen av frekvensbandet 694–790 MHz (700 '
     'MHz-bandet) efter den 31 mars 2017.',
     []),
    ('En annan viktig utgångspunkt för arbetet är att säkerställa att kunskap, erfarenheter och verktyg som tagits '
     'fram under strategins fyra första år omsätts i handling på lokal nivå.',
     [F(4, 'years')]),
    ('Följande indikatorer ska läggas till och data tas fram för perioden 1997–2016: Andel inskrivna arbetslösa samt '
     'Unga i åldersgruppen 16–19 som varken arbetar eller studerar.',
     [F(16, 'age', h=19, role='range', y=tuple(range(1997, 2017)))]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND15_SENTENCES))
def test_round15_sentences(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected


# Made-up cases pinning what each round-15 rule must not catch: a number after
# two words that join into no reference word; an ordinal after an article; a
# first/last with no time unit; years after an age word.
ROUND15_KEPT: list[tuple[str, list[F]]] = [
    ('Det gäller stora område 20 kommuner.',
     [F(20, 'count', s='kommuner')]),
    ('Efter ett första år kom fler.',
     []),
    ('De 2 första kapitlen.',
     [F(2, 'count')]),
    ('I åldersgruppen 2015–2020 ökade andelen.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ROUND15_KEPT))
def test_round15_rules_keep_what_they_must_not_catch(text: str, expected: list[F]) -> None:
    assert [as_expected(f) for f in extract_figures(text)] == expected
