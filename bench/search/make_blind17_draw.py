"""Draw the topics of blind17.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind15 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 106); files 107-120 were not walked.

The method is make_blind15_draw.py's with another seed (3535) and 120 files
drawn; blind16 (another writer, another seed, written in parallel) was not
read, so a topic may recur there. The decisions below, and the form of each
query (exact, inflection, compound, --actor, year filter, English, question,
one-character slip, in blind15's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind17_draw.py

It then checks blind17.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3535, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", 'Uppdrag att utbetala medel för överenskommelsen om förbättra: judged in blind7 i14'),
    2: ("skip", 'Uppdrag att ta fram underlag för genomförande av delar av de: judged in blind6 g19'),
    3: ("keep", 'the police\'s competence against IT-related crime -> q01: inflection "IT-relaterade brott"'),
    4: ("skip", 'Uppdrag om nationella kontaktpunkter för Europeiska unionens: judged in blind8 j16'),
    5: ("skip", 'Ändring av uppdrag till Statens musiksamlingar att förbereda: judged in blind13 p06'),
    6: ("keep", 'a review of Skolväsendets överklagandenämnd -> q02: exact "Skolväsendets överklagandenämnd"'),
    7: ("keep", 'competence development for leaders of religious communities -> q03: compound "trossamfundsledare"'),
    8: ("skip", 'Uppdrag att beskriva konsekvenserna för Arbetsförmedlingen o: judged in blind9 k30'),
    9: ("keep", 'banks\' duty to provide basic payment services -> q04: actor "grundläggande banktjänster" --actor FI'),
    10: ("keep", 'e-handel (electronic procurement and invoicing) in the state -> q05: year "e-handel" --to 2016'),
    11: ("skip", 'Uppdrag att ta fram ett underlag om organ- och vävnadsdonati: judged in blind3 d11'),
    12: ("skip", 'Uppdrag att genomföra en informationsinsats för att stärka t: judged in blind2 c01'),
    13: ("skip", 'Uppdrag om mat och måltider för äldre personer: judged in blind4 e19, tune t21, tune t29'),
    14: ("keep", 'national guidelines on psychosocial interventions for schizophrenia -> q06: year "schizofreni" --to 2015'),
    15: ("keep", 'the agencies\' risk and vulnerability analyses -> q07: exact "risk- och sårbarhetsanalyser"'),
    16: ("keep", 'the EU single digital gateway (gemensam digital ingång) -> q08: english "single digital gateway"'),
    17: ("skip", 'Uppdrag att ta fram förslag till stadieindelade kursplaner o: judged in blind4 e22, blind7 i23'),
    18: ("skip", 'Uppdrag angående viss icke-ianspråktagen detaljplanelagd mar: judged in blind9 k27'),
    19: ("keep", 'which courts handle bankruptcy and reconstruction cases -> q09: actor "konkursärenden" --actor DV'),
    20: ("skip", 'Uppdrag angående föräldrars möjligheter att använda föräldra: judged in blind2 c21'),
    21: ("skip", 'Uppdrag att utveckla arbetet med strategiska innovationsprog: judged in blind2 c04'),
    22: ("skip", 'Uppdrag att analysera genomförandet av ett intensivår för ny: judged in blind12 p13'),
    23: ("skip", 'financing of nuclear waste (finansieringslagen) moved to Riksgäldskontoret: the topic of holdout h20 (kärnkraft)'),
    24: ("skip", 'Uppdrag att genomföra insatser för nyttiggörande och kommers: judged in blind2 c19'),
    25: ("skip", 'MUCF and våldsbejakande extremism: the topic of holdout h07, h11, tune t16'),
    26: ("keep", 'evaluating förhandlingsuppdrag as a method -> q10: question "har någon utvärderat förhandlingsuppdrag som sätt att lösa stora samhällsutmaningar"'),
    27: ("skip", 'Uppdrag om webbaserad information till utländska arbetstagar: judged in blind9 k21'),
    28: ("skip", 'Uppdrag att kartlägga cancerrehabiliteringen: judged in blind2 c18'),
    29: ("skip", 'Uppdrag att ta fram en projektplan för en kommunikationssats: judged in tune t28'),
    30: ("skip", 'Uppdrag inför inrättande av ett Nationellt kompetenscentrum : judged in tune t21'),
    31: ("skip", 'Parter och myndigheter som ska ingå i Övervakningskommittén : judged in blind7 i20'),
    32: ("skip", 'Uppdrag att kartlägga den prehospitala vården samt att följa: judged in blind4 e07'),
    33: ("keep", 'a degree for special needs educators -> q11: typo "specialpedagogexamn"'),
    34: ("skip", 'Uppdrag till Socialstyrelsen att förbereda för att betala ut: judged in blind6 g16'),
    35: ("keep", 'admission to higher education on the basis of grades -> q12: compound "betygsurval"'),
    36: ("skip", 'Uppdrag att undersöka om ett genomförande av förslaget om ut: judged in blind9 k29'),
    37: ("skip", 'Tilläggsuppdrag angående försöksverksamheten Fritt val hjälp: judged in blind15 q06'),
    38: ("skip", 'Uppdrag att påbörja utvecklings-, förberedelse- och informat: judged in blind2 c01'),
    39: ("skip", 'fritidskortet: the topic of blind4 e11 (fritidskort)'),
    40: ("skip", 'Uppdrag till Rådet för Europeiska socialfonden i Sverige om : judged in blind9 k05'),
    41: ("keep", 'competition in the building materials industry -> q13: english "competition in building materials"'),
    42: ("skip", 'Uppdrag att förbereda och genomföra en global trafiksäkerhet: judged in blind b07, blind b17'),
    43: ("keep", 'information about the 1177 advice services -> q14: question "vilka uppdrag finns om att informera om 1177 och rådgivning om vård och hälsa"'),
    44: ("skip", 'Uppdrag om utvecklat stöd för hur kvalitetsfrågor som avser : judged in blind2 c19, blind4 e13'),
    45: ("skip", 'Uppdrag att inkomma med analys som ger underlag till regerin: judged in blind13 p04'),
    46: ("keep", 'a law on socialdataregister -> q15: compound "socialdataregister"'),
    47: ("skip", 'Uppdrag till Socialstyrelsen att fördela, betala ut och följ: judged in blind10 m12'),
    48: ("keep", 'public service obligation air routes (allmän trafikplikt) -> q16: year "trafikplikt" --from 2020'),
    49: ("keep", 'digitalising the samhällsbyggnadsprocess -> q17: inflection "digitaliserad samhällsbyggnadsprocess"'),
    50: ("skip", 'Uppdrag om utbildning för nyanlända med kort utbildning – ut: judged in blind10 m16'),
    51: ("skip", 'VTI knowledge on electrifying transport: the topic of tune t01 (laddinfrastruktur, elvägar)'),
    52: ("keep", 'a survey of Kriminalvården\'s clients -> q18: compound "klientkartläggning"'),
    53: ("skip", 'Uppdrag att förbereda inför humanmaterialförordningen: judged in blind3 d03'),
    54: ("skip", 'Uppdrag och inbjudan att bidra till en nationell strategi fö: judged in blind2 c06'),
    55: ("skip", 'Uppdrag att förebygga sexuell exploatering av ungdomar via i: judged in tune t31'),
    56: ("skip", 'following up e-hälsa in the municipalities: the topic of blind12 p10 (e-hälsostöd)'),
    57: ("skip", 'Uppdrag till Myndigheten för skolutveckling att genomföra jä: judged in blind6 g13'),
    58: ("keep", 'Sweden joining the OECD patient survey PaRIS -> q19: exact "PaRIS"'),
    59: ("skip", 'Uppdrag att planera frekvensutrymme för marksänd tv efter de: judged in blind5 f17, blind9 k12'),
    60: ("skip", 'Uppdrag att utveckla förslag om hantering av textilier: judged in blind2 c04'),
    61: ("skip", 'Uppdrag att påbörja ett långsiktigt arbete med att skyndsamt: judged in blind2 c02, blind2 c12'),
    62: ("skip", 'Uppdrag att betala ut statsbidrag till kommunerna för att mo: judged in holdout h16, holdout h19'),
    63: ("skip", 'Uppdrag till Myndigheten för ungdoms- och civilsamhällesfråg: judged in tune t28, tune t29'),
    64: ("skip", 'MSB in the EU Baltic Sea strategy: the topic of blind9 k02 (Östersjöstrategin)'),
    65: ("skip", 'Ändring av uppdrag att lämna underlag om och redovisa ungas : judged in blind8 j25'),
    66: ("skip", 'Uppdrag att analysera och lämna förslag om stöd till natione: judged in blind6 g16'),
    67: ("skip", 'Uppdrag till E-hälsomyndigheten och Integritetsskyddsmyndigh: judged in blind10 m23, blind12 p29'),
    68: ("keep", 'countering rumours and disinformation about socialtjänsten -> q20: english "disinformation about social services"'),
    69: ("skip", 'Uppdrag att stödja mödra- och barnhälsovårdens informationsa: judged in tune t19, tune t20'),
    70: ("keep", 'special units for 15-17 year olds in Kriminalvården -> q21: inflection "ungdomsfängelser"'),
    71: ("keep", 'recycling of phosphorus -> q22: english "phosphorus recycling"'),
    72: ("skip", 'teaching materials in the national minority languages: the topic of tune t29 (nationella minoriteter)'),
    73: ("skip", 'Uppdrag att förstärka och utveckla tillsynen och uppföljning: judged in blind9 k23'),
    74: ("skip", 'Uppdrag att genomföra en förstudie för att stärka redovisnin: judged in blind15 q09'),
    75: ("keep", 'coordination of organic food (ekologiska livsmedel) at Jordbruksverket -> q23: actor "ekologiska livsmedel" --actor SJV'),
    76: ("skip", 'Uppdrag till Diskrimineringsombudsmannen att genomföra kunsk: judged in blind9 k20'),
    77: ("skip", 'Ändring av uppdrag angående uppgifter inom patientsäkerhetso: judged in blind7 i14'),
    78: ("skip", 'Uppdrag att vara nationell projektledare för PIAAC 2024: judged in blind10 m24'),
    79: ("skip", 'Uppdrag om säker och tillgänglig mobil, ip-baserad kommunika: judged in blind5 f17'),
    80: ("keep", 'the agencies\' tasks and responsibilities in the energy field -> q24: inflection "energiområdets myndigheter"'),
    81: ("skip", 'aptitude requirements for admission to teacher education: the topic of blind8 j17 (lärarutbildning)'),
    82: ("keep", 'the medal För nit och redlighet i rikets tjänst -> q25: typo "nit och redlihet"'),
    83: ("skip", 'Uppdrag att kartlägga och analysera tillgången till kemikali: judged in blind b02'),
    84: ("skip", 'Tillägg till uppdrag att kartlägga kommunernas och Arbetsför: judged in blind11 n16'),
    85: ("skip", 'Uppdrag till MSB att genomföra de förberedande åtgärder som : judged in blind4 e09, tune t17'),
    86: ("skip", 'Ändring av uppdraget till Riksgäldskontoret att utreda finan: judged in holdout h20'),
    87: ("skip", 'Uppdrag om samverkan om och uppföljning av specialistsjukskö: judged in blind4 e05'),
    88: ("keep", 'coordinators for children with disabilities and their families -> q26: question "finns det något uppdrag om samordnare för barn och unga med funktionsnedsättning och deras familjer"'),
    89: ("skip", 'Uppdrag att fortsätta utveckla metoder för hälsoekonomiska u: judged in blind4 e02'),
    90: ("skip", 'Utbetalning av medel till kommunerna för en särskild satsnin: judged in tune t35'),
    91: ("keep", 'methods for assessing work capacity -> q27: question "finns det något uppdrag om metoder för att bedöma arbetsförmågan hos sjukskrivna"'),
    92: ("skip", 'Uppdrag att utreda frågor om exklusivitet för anläggande av : judged in tune t23'),
    93: ("keep", 'developing more högskoleprov -> q28: typo "högskolepovet"'),
    94: ("skip", 'Uppdrag att vidareutveckla befintliga och kommande samordnin: judged in tune t35'),
    95: ("skip", 'Utökat uppdrag till Totalförsvarets forskningsinstitut om vå: judged in holdout h07, holdout h11, tune t16'),
    96: ("skip", 'statistics on membership of arbetslöshetskassor: the topic of blind8 j01 (arbetslöshetskassor)'),
    97: ("keep", 'evaluating the set-up of Inspektionen för vård och omsorg -> q29: exact "Inspektionen för vård och omsorg"'),
    98: ("skip", 'health care preparedness in areas of defence importance: the topic of tune t17 (totalförsvar)'),
    99: ("skip", 'Uppdrag att ta fram kunskap om människors livsvillkor inom r: judged in blind7 i29'),
    100: ("skip", 'totalförsvarets intressen in planning and building permits: the topic of tune t17 (totalförsvar)'),
    101: ("skip", 'Uppdrag att följa upp och analysera arbetet med den nationel: judged in holdout h08, tune t02, tune t06, tune t12, tune t30'),
    102: ("skip", 'the strategy against våldsbejakande extremism: the topic of holdout h07, h11, tune t16'),
    103: ("skip", 'Uppdrag om att fortsätta utreda restnoteringar: judged in blind2 c02'),
    104: ("skip", 'Uppdrag till Post- och telestyrelsen om frekvensplanering fö: judged in blind12 p08'),
    105: ("skip", 'Uppdrag om sociala insatser i utsatta områden: judged in tune t02, tune t22'),
    106: ("keep", 'Läslyftet, in-service training in reading and writing -> q30: typo "Läslyfet"'),
}


if __name__ == "__main__":
    sys.exit(walk("blind17", SEED, DRAWN, WANTED, DECISIONS))
