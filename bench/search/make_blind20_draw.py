"""Draw the topics of blind20.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind17 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 116); files 117-120 were not walked.

The method is make_blind17_draw.py's with another seed (3838) and 120 files
drawn; blind18, blind19 and blind21 (other writers, other seeds, written in
parallel) were not read, so a topic may recur there. The decisions below, and
the form of each query (exact, inflection, compound, --actor, year filter,
English, question, one-character slip, in blind17's mix: 4, 4, 4, 3, 3, 4, 4,
4), were written by hand before any judging grep; the script only prints them
beside the draw so the draw can be checked.

    python3 bench/search/make_blind20_draw.py

It then checks blind20.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3838, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", 'En ny anvisningsmodell för asylsökande ensamkommande barn oc: judged in tune t14, tune t38, blind5 f14'),
    2: ("skip", 'Uppdrag att göra en nulägesbeskrivning i kommuner med pilotv: judged in tune t15'),
    3: ("skip", 'Ändring av uppdraget att i samarbete med regionerna bistå i : judged in tune t35'),
    4: ("keep", 'Kriminalvården\'s programmes for women with violence problems -> w01: typo "kvinnor med våldsproblematk"'),
    5: ("keep", 'yearly reports on the use of hemlig dataavläsning -> w02: exact "hemlig dataavläsning"'),
    6: ("skip", 'Uppdrag att inom ramen för livsmedelsstrategin kartlägga och: judged in blind4 e15, blind9 k15'),
    7: ("keep", 'extra questions in the labour force survey (AKU) -> w03: actor "arbetskraftsundersökningen" --actor SCB'),
    8: ("skip", 'Uppdrag att göra en utvärdering och översyn av utfall och ti: judged in blind3 d02'),
    9: ("skip", 'Uppdrag att bedöma och redovisa kommande behov av vaccin mot: judged in tune t35, holdout h18'),
    10: ("skip", 'Uppdrag att inkomma med en lägesrapport avseende verksamhete: judged in tune t19, tune t20'),
    11: ("skip", 'Uppdrag till Domstolsverket att ta fram introduktions- och r: judged in blind13 p26'),
    12: ("skip", 'Uppdrag att stödja skolors utveckling av ämnet idrott och hä: judged in blind2 c22'),
    13: ("skip", 'innovation support for the printed daily press: the topic of blind15 q02 (mediestöd)'),
    14: ("skip", 'Parter och myndigheter som ska ingå i styrkommittéer för vis: judged in blind7 i20'),
    15: ("skip", 'Uppdrag att inhämta och sammanställa kunskap om samband mell: judged in tune t28'),
    16: ("skip", 'Uppdrag att ta fram underlag till en vidareutvecklad natione: judged in blind7 i15'),
    17: ("keep", 'automatic distribution of surplus in the income pension system -> w04: question "finns det något uppdrag om att automatiskt dela ut överskott i inkomstpensionen"'),
    18: ("skip", 'Uppdrag till Myndigheten för samhällsskydd och beredskap att: judged in holdout h05'),
    19: ("keep", 'trial of a fast-track procedure in criminal cases -> w05: compound "snabbförfarande"'),
    20: ("skip", 'Uppdrag att ta fram kunskap om barns och ungas utsatthet för: judged in blind7 i29'),
    21: ("skip", 'Uppdrag om arbete mot våld i nära relationer och hedersrelat: judged in tune t02, tune t06, tune t07'),
    22: ("skip", 'Utbetalning av medel i enlighet med överenskommelsen mellan : judged in tune t21'),
    23: ("keep", 'nivåstrukturering of highly specialised care -> w06: inflection "nivåstrukturerad högspecialiserad vård"'),
    24: ("skip", 'Uppdrag att utveckla en nationell referensram för kvalifikat: judged in blind2 c09'),
    25: ("keep", 'evaluating lokalt ledd utveckling (Leader) -> w07: english "community-led local development"'),
    26: ("skip", 'Uppdrag att föreslå åtgärder mot fusk vid förarprov och ille: judged in holdout h21'),
    27: ("skip", 'Uppdrag att analysera tillämpningen gällande rätten till sju: judged in blind7 i02'),
    28: ("skip", 'Uppdrag att stärka kompetensen hos polisanställda för att be: judged in tune t03, tune t04, tune t06, tune t07, tune t11, tune t42, holdout h09'),
    29: ("skip", "validating newly arrived immigrants' skills: the topic of blind2 c09 (validering)"),
    30: ("skip", 'stimulus grants for care of the elderly: the topic of tune t21 (äldreomsorgen)'),
    31: ("skip", 'Uppdrag till Polismyndigheten att identifiera och genomföra : judged in tune t31'),
    32: ("keep", 'public service radio and tv and their effect on the media market -> w08: english "public service broadcasting market impact"'),
    33: ("keep", 'health effects of low-frequency magnetic fields -> w09: english "low-frequency magnetic fields"'),
    34: ("skip", 'children and våldsbejakande extremism: the topic of holdout h07, h11, tune t16'),
    35: ("skip", 'Uppdrag om generellt stopp för bottentrålning i skyddade omr: judged in blind3 d06'),
    36: ("keep", 'culture institutions making norms visible and challenging stereotypes -> w10: question "vilka uppdrag finns om att kulturverksamheter ska synliggöra normer och utmana stereotyper"'),
    37: ("skip", 'rules for nuclear power: the topic of holdout h20 (kärnkraft)'),
    38: ("skip", 'Uppdrag att utveckla metoder för bedömning av arbetsförmågan: judged in blind17 q27'),
    39: ("skip", 'Uppdrag att stödja Socialstyrelsen i myndighetens uppdrag at: judged in blind2 c01'),
    40: ("skip", 'Beslut om förberedelse för byggstarter: judged in blind11 n20'),
    41: ("skip", 'Uppdrag att säkerställa ett förfarande för att även icke CE-: judged in tune t35'),
    42: ("keep", 'increased job-search activity of the unemployed -> w11: year "sökaktivitet" --to 2010'),
    43: ("keep", 'recurring assessments of the housing shortage -> w12: inflection "bedömning av bostadsbrist"'),
    44: ("skip", 'Uppdrag till Transportstyrelsen att utifrån nuvarande kunska: judged in holdout h21'),
    45: ("keep", 'handling of teacher registration cases -> w13: inflection "lärarlegitimationerna"'),
    46: ("skip", 'the fast-track procedure in criminal cases: the topic kept at 19 (w05)'),
    47: ("skip", 'Uppdrag att utarbeta förslag till genomförande av öppna jämf: judged in blind14 q01'),
    48: ("skip", 'Uppdrag att utreda koppling mellan utländske-legitimation oc: judged in blind4 e12'),
    49: ("skip", 'Uppdrag att färdigställa och följa upp pilotstudien om metod: judged in blind4 e05'),
    50: ("skip", 'Uppdrag till Brottsoffermyndigheten att fördela medel till f: judged in tune t03, tune t04, tune t11, tune t30, tune t31'),
    51: ("skip", 'Uppdrag till Forum för levande historia om att utvidga och f: judged in tune t28, blind7 i29'),
    52: ("keep", 'knowledge about freight transport by light lorries -> w14: exact "lätta lastbilar"'),
    53: ("skip", 'Uppdrag att fungera som nationell resurs för samordning och : judged in tune t22, blind2 c08, blind5 f02, blind11 n05'),
    54: ("skip", 'Uppdrag om vägledning för tillsyn m.m. enligt plan- och bygg: judged in blind14 q05'),
    55: ("skip", 'Uppdrag till MSB att förbereda överföring av vissa uppgifter: judged in blind16 q09'),
    56: ("skip", 'Uppdrag till Naturvårdsverket att initiera processen att se : judged in blind2 c03'),
    57: ("skip", 'food production preparedness: the topic of tune t17 (totalförsvar)'),
    58: ("skip", 'Framställning om förlängd tid för uppdraget att etablera ett: judged in blind6 g02'),
    59: ("skip", 'Uppdrag till Statskontoret om utvärdering av regeringens str: judged in tune t27'),
    60: ("keep", 'the state\'s provision of premises -> w15: compound "lokalförsörjning"'),
    61: ("keep", 'moving functions between the county administrative boards -> w16: question "vilka uppdrag finns om att flytta verksamheter mellan länsstyrelserna"'),
    62: ("skip", 'Ändring av uppdraget att inrätta en nationell samordnare för: judged in blind2 c05'),
    63: ("skip", 'Uppdrag till Migrationsverket med anledning av nytt ersättni: judged in tune t14, tune t38'),
    64: ("keep", 'a national substance register for medicines -> w17: compound "substansregister"'),
    65: ("skip", 'Uppdrag om tobaksrelaterad sjuklighet och dödlighet: judged in tune t20'),
    66: ("skip", 'Uppdrag att följa upp vårdvalssystem i primärvården och den : judged in blind16 q26'),
    67: ("skip", 'Uppdrag att utbetala bidrag för inrättande av regionala canc: judged in blind2 c18'),
    68: ("skip", 'care of the most ill elderly: the topic of holdout h15 (demensvård; the same matter judged at 74)'),
    69: ("keep", 'the agencies\' work on participation in the EU -> w18: actor "delaktighet i EU" --actor Statskontoret'),
    70: ("skip", 'Uppdrag till Myndigheten för digital förvaltning och Integri: judged in tune t10, tune t39'),
    71: ("keep", 'OECD\'s follow-up review of Swedish innovation policy -> w19: typo "OECD innovationspolitk"'),
    72: ("skip", 'Uppdrag att utbetala medel till en samordnande funktion för : judged in blind2 c18'),
    73: ("keep", 'country of origin information for meat in restaurants -> w20: english "country of origin labelling of meat"'),
    74: ("skip", 'Uppdrag om insatser för att samordna vård och omsorg om de m: judged in holdout h15'),
    75: ("skip", 'MSB and risk- och sårbarhetsarbete: the topic of blind17 q07 (risk- och sårbarhetsanalyser)'),
    76: ("keep", 'FMV becoming NCCA -> w21: exact "NCCA"'),
    77: ("skip", 'Tillsyn avseende registrering av känsliga personuppgifter på: judged in tune t15'),
    78: ("keep", 'information on making transport fossil-free -> w22: year "fossilfritt transportsystem" --from 2017'),
    79: ("skip", 'Uppdrag att fördela statsbidrag för omställning till en lång: judged in blind13 p23'),
    80: ("skip", 'Uppdrag att utlysa medel till kommuner för att stärka arbete: judged in tune t41, holdout h06'),
    81: ("skip", 'Uppdrag till Trafikanalys att se över berörda myndigheters a: judged in blind4 e21'),
    82: ("skip", 'Uppdrag om åtgärder inom vissa av socialtjänstens verksamhet: judged in tune t35'),
    83: ("skip", 'Uppdrag till Forum för levande historia att planera och förb: judged in tune t35, blind5 f07'),
    84: ("skip", 'Uppdrag till Domstolsverket om forum för konkursärenden och : judged in blind16 q19, blind17 q09'),
    85: ("skip", 'regional dialogues on mobile network build-out: the topic of blind3 d16 (mobiltäckning)'),
    86: ("skip", 'democratic participation of people with psychiatric disabilities: the topic of blind10 m02 (demokrati)'),
    87: ("skip", 'Uppdrag angående effektiva arbetssätt och metoder för inform: judged in blind5 f05'),
    88: ("skip", 'Uppdrag till MSB att ta fram en struktur för uppföljning av : judged in holdout h05'),
    89: ("skip", 'Uppdrag till Statens institutionsstyrelse att stärka ungdoma: judged in blind10 m02'),
    90: ("skip", 'the fast-track procedure in criminal cases: the topic kept at 19 (w05)'),
    91: ("skip", 'Ändring av uppdraget till Socialstyrelsen att bedöma möjligh: judged in blind6 g12'),
    92: ("keep", 'evaluating the strategy for human rights -> w23: typo "mänskliga rättigeter"'),
    93: ("skip", 'Uppdrag att utbetala utvecklingsmedel till kommunerna i syft: judged in tune t13'),
    94: ("skip", 'Uppdrag till Trafikverket om förstärkt arbete mot segregatio: judged in tune t22'),
    95: ("skip", 'Uppdrag om aktörsgemensam samverkan och övning för att stärk: judged in blind2 c12'),
    96: ("skip", 'Uppdrag angående försäljning av fastigheterna Göteborg Bräma: judged in blind16 q27'),
    97: ("skip", 'Uppdrag till Försvarsmakten och Kustbevakningen att utreda m: judged in blind13 p21'),
    98: ("keep", 'track access charges on the state railway -> w24: actor "banavgifter" --actor TRV'),
    99: ("skip", 'Uppdrag till Forum för levande historia att stärka förutsätt: judged in blind5 f07'),
    100: ("skip", 'Uppdrag om förstärkt tillsyn mot välfärdsbrottslighet inom h: judged in holdout h17, blind2 c01'),
    101: ("skip", 'Ändring av uppdraget till Socialstyrelsen att stödja politik: judged in tune t19, tune t20'),
    102: ("skip", 'Uppdrag att ansvara för Europeiska unionens ramprogram för f: judged in blind8 j16'),
    103: ("skip", 'Uppdrag om att stödja arbetet med jämställdhetsintegrering i: judged in blind6 g23'),
    104: ("skip", 'Uppdrag att utreda förutsättningarna för utvidgad utbytbarhe: judged in blind10 m10'),
    105: ("skip", 'Uppdrag att kartlägga och analysera administrativa kostnader: judged in blind6 g20'),
    106: ("keep", 'an agency analysis of Diskrimineringsombudsmannen -> w25: question "har någon gjort en myndighetsanalys av Diskrimineringsombudsmannen"'),
    107: ("skip", 'Uppdrag att utforma en försöksverksamhet för att möjliggöra : judged in holdout h21'),
    108: ("skip", 'Uppdrag att redovisa vissa erfarenheter av patent- och markn: judged in blind9 k10'),
    109: ("keep", 'moving the regional ethical review boards to a new agency -> w26: compound "etikprövningsmyndighet"'),
    110: ("skip", 'Uppdrag och erbjudande att utarbeta förslag till regionala s: judged in blind9 k19'),
    111: ("keep", 'annual report of Riksutställningar -> w27: exact "Riksutställningar"'),
    112: ("skip", 'Uppdrag att betala ut medel till OECD för det svenska deltag: judged in blind10 m24'),
    113: ("keep", 'following up free medicines for children -> w28: typo "kostnadsfia läkemedel för barn"'),
    114: ("keep", 'climate and environmental impact of peat extraction -> w29: year "torvbrytning" --from 2010'),
    115: ("skip", 'Uppdrag att vara strategisk myndighet för hbtq-personers lik: judged in tune t27'),
    116: ("keep", 'Statskontoret reporting statsbidrag to municipalities and regions -> w30: inflection "statsbidragen till kommunerna"'),
}


if __name__ == "__main__":
    sys.exit(walk("blind20", SEED, DRAWN, WANTED, DECISIONS))
