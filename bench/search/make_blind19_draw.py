"""Draw the topics of blind19.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and the decision made by reading the
title and opening text: the topic kept (a civil servant's search for this and
earlier assignments on the same matter), with the form of its query, or why
the file was skipped. A file is skipped when its topic is already the topic
of a query of tune/holdout/blind/blind2 ... blind17 or of a topic kept earlier
in the walk, and also whenever the drawn file itself is already judged
relevant (1 or 2) by a query of those parts, so that no kept topic is partly
an earlier query's.

The method is make_blind17_draw.py's with another seed (3737) and 120 files
drawn; blind18, blind20 and blind21 (other writers, other seeds, written in
parallel) were not read, so a topic may recur there. All 120 drawn files were
walked and only 24 topics could be kept (86 drawn files are already judged by
an earlier part, 10 more have an earlier query's or a kept topic), fewer than
the 30 wanted: the part has 24 queries, and the walk's exit status says so.
The decisions below, and the form of each query (exact, inflection, compound,
--actor, year filter, English, question, one-character slip: 2, 2, 2, 3, 3,
4, 4, 4), were written by hand before any judging grep; the script only
prints them beside the draw so the draw can be checked.

    python3 bench/search/make_blind19_draw.py

It then checks blind19.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

# All 120 drawn files were walked and 24 topics kept (86 files were already
# judged by earlier parts): the part has 24 queries, as blind5 and blind6.
SEED, DRAWN, WANTED = 3737, 120, 24

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", 'Uppdrag till Trafikverket om förstärkt arbete mot segregatio: judged in tune t22'),
    2: ("skip", 'Uppdrag till Statskontoret att göra en myndighetsanalys av K: judged in blind3 d22'),
    3: ("skip", 'Uppdrag angående modell för införande av nationella screenin: judged in blind2 c18'),
    4: ("skip", 'Uppdrag att stödja genomförandet av den nationella strategin: judged in blind7 i15'),
    5: ("skip", 'Uppdrag att granska Transportstyrelsens upphandling av it-dr: judged in blind2 c19, blind7 i08'),
    6: ("skip", 'Uppdrag till Myndigheten för ungdoms- och civilsamhällesfråg: judged in blind9 k05'),
    7: ("keep", 'the benefit of health-economic assessments of drugs used in slutenvården -> q01: question "har någon utvärderat nyttan av hälsoekonomiska bedömningar av läkemedel i slutenvården"'),
    8: ("skip", 'Uppdrag att verka för en enhetlig digital tillämpning av pla: judged in blind17 q17'),
    9: ("skip", 'Uppdrag till Jämställdhetsmyndigheten att förbereda inordnan: judged in tune t02, tune t37'),
    10: ("skip", 'Uppdrag att utbetala medel till Världsantidopningsbyrån (WAD: judged in blind8 j02'),
    11: ("skip", 'Uppdrag att utvärdera Regelrådets verksamhet m.m.: judged in blind6 g20'),
    12: ("skip", 'Uppdrag att utveckla redovisningen av hur tillsyn enligt cov: judged in tune t35'),
    13: ("skip", 'Uppdrag avseende kunskapsunderlag om spetsteknologiers möjli: judged in blind6 g11'),
    14: ("keep", 'a model for prisförändringsprövning and equal treatment of customers (district heating, Energimarknadsinspektionen) -> q02: actor "prisförändringsprövning" --actor Ei'),
    15: ("skip", 'Uppdrag om kiropraktor- och naprapatutbildningar: judged in blind16 q02'),
    16: ("skip", 'Ändring av uppdraget att genomföra en analys om förutsättnin: judged in blind6 g02'),
    17: ("skip", 'Uppdrag till Boverket att bygga upp och förvalta en webbplat: judged in blind2 c07'),
    18: ("keep", 'a central information hub on the electricity market (Svenska kraftnät) -> q03: compound "elmarknadshubb"'),
    19: ("keep", 'updating the Swedish kostråd -> q04: year "kostråden" --from 2020'),
    20: ("skip", 'Uppdrag att ta fram ett presentationsmaterial om antibiotika: judged in tune t40, holdout h12'),
    21: ("skip", 'distributing grants to the arbetslöshetskassor: the topic of blind8 j01 (arbetslöshetskassor)'),
    22: ("skip", 'Uppdrag att genomföra utvecklingsinsatser för att stärka för: judged in blind2 c01'),
    23: ("keep", 'supervision of egentillverkade medicintekniska produkter -> q05: inflection "egentillverkad medicinteknisk produkt"'),
    24: ("skip", 'Uppdrag till Statskontoret att följa upp regeringens satsnin: judged in blind12 p18'),
    25: ("skip", 'Uppdrag om kortade ledtider för laddinfrastruktur: judged in tune t01'),
    26: ("skip", 'Uppdrag till Statskontoret att genomföra en översyn av forme: judged in blind2 c06'),
    27: ("skip", 'Uppdrag till MSB att inrätta och ansvara för ett nationellt : judged in blind14 q14'),
    28: ("skip", 'Uppdrag om uppföljning av värdering av utländska betyg: judged in blind10 m11, blind17 q12'),
    29: ("skip", 'Uppdrag att stärka socialtjänstens arbete med riskbedömninga: judged in blind5 f12'),
    30: ("skip", 'Förlängd tid för uppdraget att ta fram förslag till en natio: judged in blind b03, blind b13, blind b14'),
    31: ("keep", 'the national freight transport council and its secretariat -> q06: exact "nationella godstransportrådet"'),
    32: ("skip", 'Uppdrag till Statskontoret att följa upp och analysera effek: judged in tune t02, tune t07, tune t22, blind8 j15'),
    33: ("skip", 'Uppdrag att beräkna resultatindikatorer för barnrättspolitik: judged in blind6 g18'),
    34: ("skip", 'Uppdrag till CSN att öka återbetalningen av obetalda skulder: judged in blind2 c11'),
    35: ("skip", 'Uppdrag att fortsätta etableringen av en förvaltningsgemensa: judged in blind6 g02, blind11 n01'),
    36: ("keep", 'a resource allocation model for universities with peer review of research -> q07: english "peer review in research funding for universities"'),
    37: ("skip", 'Uppdrag till Försäkringskassan om förstärkt arbete mot segre: judged in tune t22'),
    38: ("skip", 'Uppdrag om att stödja arbetet med jämställdhetsintegrering i: judged in blind6 g23'),
    39: ("skip", 'Uppdrag om utveckling och förvaltning av digital infrastrukt: judged in tune t35, holdout h18'),
    40: ("keep", 'knowledge support for assisterad befruktning -> q08: year "assisterad befruktning" --from 2020'),
    41: ("skip", 'Uppdrag till Migrationsverket att ta fram förslag till revid: judged in blind5 f14'),
    42: ("skip", 'Uppdrag om arbete mot våld i nära relationer och hedersrelat: judged in tune t02, tune t06, tune t07'),
    43: ("keep", 'Sveriges strategiska plan för den gemensamma jordbrukspolitiken 2023-2027 -> q09: english "CAP strategic plan"'),
    44: ("keep", 'state support for research and innovation on electric aviation -> q10: actor "elflyg" --actor TRV'),
    45: ("skip", 'Uppdrag att ta fram ett kunskapsunderlag som belyser utmanin: judged in blind14 q15'),
    46: ("keep", 'the fund for European aid to the most deprived (FEAD) -> q11: exact "FEAD"'),
    47: ("skip", 'Uppdrag att följa upp etappmålet om ökad gång-, cykel- och k: judged in tune t24, tune t26, tune t36, blind6 g11'),
    48: ("skip", 'Uppdrag till Polismyndigheten att bidra till genomförandet a: judged in tune t03, tune t04, tune t11, holdout h22'),
    49: ("keep", 'statistics on the environmental technology sector -> q12: compound "miljöteknikstatistik"'),
    50: ("skip", 'Uppdrag att analysera Artemisavtalet: judged in blind b08'),
    51: ("skip", 'Uppdrag till Myndigheten för press, radio och tv att analyse: judged in blind12 p08'),
    52: ("skip", 'Utbetalning av medel till regionerna och Sveriges Kommuner o: judged in blind16 q10'),
    53: ("keep", 'vocational mentoring for newly arrived immigrants -> q13: typo "yrkesinriktat mentorkap"'),
    54: ("skip", 'Uppdrag till Kammarkollegiet att betala ut medel i enlighet : judged in tune t42, holdout h09'),
    55: ("skip", 'Uppdrag till Brå att genomföra förberedande åtgärder avseend: judged in blind14 q11'),
    56: ("skip", 'Naturvårdsverket and Skogsstyrelsen on a complementary method to protect valuable nature (forest): the topic of blind12 p26 (naturvärdena i skogen)'),
    57: ("skip", 'Uppdrag att tillhandahålla vissa utbildningar och kompetensh: judged in blind16 q10'),
    58: ("skip", 'moving part of E-hälsomyndigheten to Kalmar: the topic of blind9 k05 (lokalisering av statliga jobb)'),
    59: ("keep", 'Nationellt resurscentrum för mathantverk -> q14: typo "mathantvek"'),
    60: ("skip", 'the patientmiljard for shorter queues: the topic of blind10 m12 (kömiljarden)'),
    61: ("skip", 'Uppdrag till Institutet för arbetsmarknads- och utbildningsp: judged in blind13 p22'),
    62: ("skip", 'Uppdrag att redovisa åtgärder för att stärka järnvägsunderhå: judged in blind2 c24'),
    63: ("skip", 'Uppdrag att till Europeiska kommissionen överlämna Sveriges : judged in blind3 d06, blind4 e15'),
    64: ("skip", 'Uppdrag till Havs- och vattenmyndigheten om bevarandeåtgärde: judged in blind3 d06'),
    65: ("skip", 'Framställning om förlängd tid för uppdraget att etablera en : judged in blind6 g02, blind11 n01'),
    66: ("skip", 'Uppdrag om fortsatt aktörsgemensam samverkan och övning för : judged in blind2 c02, blind2 c12'),
    67: ("skip", 'supervision of covid-19 measures at restaurants: the topic of tune t35 (coronapandemin)'),
    68: ("keep", 'digital filing of annual reports at Bolagsverket -> q15: english "digital filing of annual reports"'),
    69: ("skip", 'Uppdrag till Statens institutionsstyrelse att utveckla det f: judged in blind3 d14'),
    70: ("skip", 'Begäran om förlängd tid att redovisa uppdrag om fördelning a: judged in blind7 i11'),
    71: ("skip", 'Uppdrag att utföra en myndighetsanalys av Jämställdhetsmyndi: judged in blind5 f20'),
    72: ("keep", 'the agreement on better use of resources in health care -> q16: question "finns det någon överenskommelse om bättre resursutnyttjande i hälso- och sjukvården"'),
    73: ("skip", 'Uppdrag att ta fram mål för ökad andel cykling: judged in tune t24, tune t36'),
    74: ("skip", 'Uppdrag att initiera och etablera ett internationellt nätver: judged in blind13 p23'),
    75: ("skip", 'rules for existing and future nuclear power: the topic of holdout h20 (kärnkraft)'),
    76: ("keep", 'skolsociala team -> q17: inflection "skolsocialt team"'),
    77: ("skip", 'Uppdrag att delta i gemensamma åtgärder beträffande direktiv: judged in blind7 i21'),
    78: ("skip", 'Uppdrag till länsstyrelserna att inventera förekomsten av be: judged in blind5 f23'),
    79: ("skip", 'Uppdrag till Myndigheten för arbetsmiljökunskap att vara str: judged in tune t27'),
    80: ("skip", 'Uppdrag till Brottsförebyggande rådet att följa upp tillämpn: judged in tune t05, tune t12, holdout h08, blind6 g21'),
    81: ("keep", 'innovationsledarlyft for decision makers in the public sector -> q18: typo "innovatonsledarlyft"'),
    82: ("skip", 'Uppdrag till Arbetsförmedlingen om förstärkt arbete mot segr: judged in tune t22'),
    83: ("skip", 'Utbetalning av medel till regionerna och Sveriges Kommuner o: judged in tune t17, blind16 q10'),
    84: ("skip", 'Ändring av beslut om uppdrag till Länsstyrelsen i Stockholms: judged in tune t15'),
    85: ("skip", 'Uppdrag till Arbetsförmedlingen om romsk inkludering: judged in tune t15'),
    86: ("skip", 'Uppdrag att förbereda inför humanmaterialförordningen: judged in blind3 d03'),
    87: ("skip", 'a change of Sveriges strategiska plan for the CAP: the topic kept at drawn file 43'),
    88: ("skip", 'Uppdrag om förstärkt nationell samverkan och samordning för : judged in holdout h11'),
    89: ("keep", 'sector-specific evaluation agencies -> q19: question "har någon analyserat om fristående sektorsspecifika utvärderingsmyndigheter är en bra organisering"'),
    90: ("skip", 'Uppdrag att analysera och föreslå hur myndighetens (Sjöfarts: judged in blind16 q06'),
    91: ("skip", 'Uppdrag att samordna det nationella klimatanpassningsarbetet: judged in tune t09'),
    92: ("skip", 'assistansersättning duties of Försäkringskassan and kommuner: the topic of blind3 d10 (personlig assistans)'),
    93: ("skip", 'Ändring av uppdraget om utvärdering av samordningsförbundens: judged in blind8 j10'),
    94: ("skip", 'Uppdrag till Konjunkturinstitutet att bedöma de ekonomiska k: judged in tune t35'),
    95: ("skip", 'Uppdrag att ta fram stöd för att bedöma företagens kostnader: judged in blind6 g20'),
    96: ("skip", 'structure for implementing and following up funktionshinderspolitiken: the topic of blind10 m13 (uppföljning av funktionshinderspolitiken)'),
    97: ("skip", 'Uppdrag om kartläggning av konsekvenser för daglig verksamhe: judged in tune t35'),
    98: ("skip", 'Uppdrag att följa upp och utvärdera inrättandet av Inspektio: judged in blind17 q29'),
    99: ("skip", 'Uppdrag angående incitamentsmodeller för att främja utveckli: judged in tune t40, holdout h12'),
    100: ("skip", 'Myndighetsgemensamt uppdrag att stärka och främja sexuell oc: judged in tune t02, tune t03, tune t04, tune t07, tune t11, tune t22, tune t37'),
    101: ("skip", 'Uppdrag åt Elsäkerhetsverket att utveckla arbetet med jämstä: judged in blind6 g23'),
    102: ("skip", 'Uppdrag att analysera och redovisa konsekvenserna av en even: judged in blind13 p10'),
    103: ("skip", 'Uppdrag att utbetala bidrag för utveckling av vårdvalssystem: judged in blind16 q26'),
    104: ("skip", 'Uppdrag att utbetala medel i enlighet med överenskommelsen o: judged in blind2 c18'),
    105: ("skip", 'heavy vehicles in urban environments: the topic of blind15 q11 (urbana godstransporter)'),
    106: ("skip", 'Uppdrag till Arbetsförmedlingen att betala ut särskilda bidr: judged in blind8 j01'),
    107: ("keep", 'Eures members and partners (approval of other actors) -> q20: typo "Euresmedlemar"'),
    108: ("skip", 'Uppdrag att utarbeta ett könsperspektiv i det försäkringsmed: judged in blind17 q27'),
    109: ("keep", 'the state of climate science before kontrollstation 2015 -> q21: year "klimatvetenskapliga kunskapsläget" --to 2016'),
    110: ("skip", 'Uppdrag att analysera de transporter som genereras av e-hand: judged in blind b07, blind b17, blind15 q08, blind15 q11'),
    111: ("skip", 'Uppdrag att fortsätta utveckla stödet till arbetet med barn : judged in tune t08'),
    112: ("keep", 'a national strategy for quantum technology -> q22: english "quantum technology strategy"'),
    113: ("skip", 'Uppdrag att utveckla metoder för bedömning av arbetsförmågan: judged in blind17 q27'),
    114: ("skip", 'Uppdrag om stöd till romska organisationer: judged in tune t15'),
    115: ("skip", 'Uppdrag att genomföra insatser för att förbättra vården för : judged in blind13 p30, blind16 q03'),
    116: ("skip", 'Uppdrag att anordna seminarium under det svenska ordförandes: judged in blind16 q15'),
    117: ("skip", 'Ändring av uppdraget att analysera variationen i avslag och : judged in blind7 i02'),
    118: ("keep", 'changing attitudes towards people with mental illness -> q23: actor "attityder till psykisk ohälsa" --actor MFD'),
    119: ("skip", 'Uppdrag att inkomma med analys som ger underlag till regerin: judged in blind13 p04'),
    120: ("keep", 'the performance-based grant for the most ill elderly -> q24: question "hur har statsbidraget för de mest sjuka äldre följts upp"'),
}


if __name__ == "__main__":
    sys.exit(walk("blind19", SEED, DRAWN, WANTED, DECISIONS))
