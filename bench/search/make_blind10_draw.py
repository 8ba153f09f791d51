"""Draw the topics of blind10.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind9 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 76); files 77-120 were not walked.

The method is make_blind9_draw.py's with another seed (2828) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind9's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind10_draw.py

It then checks blind10.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2828, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "statsbidrag to the regions to increase the number of vårdplatser -> m01: inflection \"vårdplatserna\""),
    2: ("skip", "cancer care with shorter waiting times: judged in blind2 c18"),
    3: ("skip", "statistics on integration and urban development: judged in blind6 g01, blind9 k24"),
    4: ("skip", "rehabilitation after covid-19: judged in tune t35"),
    5: ("keep", "Statens institutionsstyrelse strengthening young clients' participation in democracy -> m02: actor \"demokrati\" --actor SiS"),
    6: ("skip", "information on the new sexual offences law: judged in tune t03, t04, t11"),
    7: ("keep", "Vetenskapsrådet calling for funds for framstående forskare -> m03: actor \"framstående forskare\" --actor VR"),
    8: ("keep", "administrative consequences of the reformed bilstöd -> m04: inflection \"bilstödet\""),
    9: ("skip", "children in psykiatrisk tvångsvård: judged in blind5 f02, blind9 k23"),
    10: ("skip", "follow-up of corona support: judged in tune t35, holdout h17"),
    11: ("keep", "the Göteborg–Borås line of the new stambanor -> m05: year \"Göteborg–Borås\" --from 2020"),
    12: ("skip", "school meals: judged in blind4 e19"),
    13: ("skip", "nyckelbiotopsinventering: judged in blind3 d08"),
    14: ("keep", "a course in communication for doctors treating cancer patients -> m06: question \"finns det något uppdrag om utbildning i kommunikation för läkare som behandlar patienter med cancer\""),
    15: ("skip", "treatment programmes for perpetrators of violence against närstående: judged in tune t07"),
    16: ("keep", "applying the EU Charter of Fundamental Rights in Sweden -> m07: english \"Charter of Fundamental Rights\""),
    17: ("skip", "an AI workshop for public administration: judged in tune t10, t39"),
    18: ("skip", "syntolkning of film in cinemas: judged in blind3 d24"),
    19: ("keep", "the finances and funding model of Centrala studiestödsnämnden -> m08: typo \"Centrala studiestödsnämdens finansiering\""),
    20: ("skip", "covid-19 care and postponed care: judged in tune t35, blind7 i22"),
    21: ("skip", "a national medicines strategy: judged in blind6 g09"),
    22: ("skip", "protective equipment in covid-19: judged in tune t35"),
    23: ("skip", "unused zoned land for housing: judged in blind9 k27"),
    24: ("keep", "computing inkomstindex and inkomstbasbelopp -> m09: exact \"inkomstindex\""),
    25: ("keep", "substitution (utbytbarhet) of over-the-counter medicines -> m10: compound \"läkemedelsutbyte\""),
    26: ("skip", "work environment of ambulance staff: judged in blind4 e07"),
    27: ("keep", "admission of applicants with foreign school grades -> m11: english \"foreign grades\""),
    28: ("skip", "wolf hybrids: judged in blind2 c03"),
    29: ("skip", "värdegrund in äldreomsorgen: judged in tune t21"),
    30: ("keep", "the kömiljard (money for shorter queues in health care) -> m12: exact \"kömiljarden\""),
    31: ("keep", "a follow-up system for funktionshinderspolitiken -> m13: year \"uppföljning av funktionshinderspolitiken\" --to 2015"),
    32: ("skip", "fritidskort: the topic of blind4 e11"),
    33: ("keep", "studenthälsovård at universities -> m14: inflection \"studenthälsovården\""),
    34: ("skip", "the national strategy against men's violence against women in care: judged in tune t06, t30"),
    35: ("skip", "Socialstyrelsen's answering service in the refugee situation: judged in tune t14, t38"),
    36: ("keep", "taltidningar (talking newspapers) -> m15: inflection \"taltidningarna\""),
    37: ("skip", "violence and abuse against children: the topic of tune t31 and blind7 i13"),
    38: ("skip", "the school subject idrott och hälsa: judged in blind2 c22"),
    39: ("skip", "drought support to farmers: judged in tune t34"),
    40: ("keep", "sfi combined with other adult education for newcomers with short education -> m16: compound \"kombinationsutbildning\""),
    41: ("skip", "gender equality in school: judged in blind6 g13"),
    42: ("skip", "occupation for persons with psykisk funktionsnedsättning: judged in blind9 k04"),
    43: ("skip", "buying a mine property: the topic of blind b11 gruvor och mineral"),
    44: ("skip", "healthy eating habits in health care to prevent chronic disease: the topic of blind9 k03"),
    45: ("keep", "evaluating E-delegationen -> m17: typo \"E-delegatonen\""),
    46: ("skip", "regional broadband coordinators: judged in tune t25"),
    47: ("skip", "good eating habits in health care: the topic of blind9 k03"),
    48: ("keep", "easing building requirements on alteration and renovation -> m18: english \"building requirements renovation\""),
    49: ("keep", "cyber security around the elections -> m19: year \"cybersäkerhet inför valen\" --from 2024"),
    50: ("keep", "Kriminalvården turning research into practice to reduce återfall i brott -> m20: actor \"återfall i brott\" --actor KVV"),
    51: ("skip", "support to crime victims and witnesses: judged in tune t03, t04, t11"),
    52: ("skip", "covidbevis: judged in tune t35"),
    53: ("keep", "accident risks and work environment in farming and horticulture -> m21: question \"vilka uppdrag finns om att minska olyckor och förbättra arbetsmiljön i jordbruket\""),
    54: ("skip", "mathantverk in Livsmedelsstrategin: judged in blind3 d07"),
    55: ("keep", "making naloxon available -> m22: exact \"naloxon\""),
    56: ("skip", "municipal markanvisning: judged in blind9 k27"),
    57: ("keep", "preparing for the European Health Data Space -> m23: english \"European Health Data Space\""),
    58: ("skip", "economic aspects of violence in close relationships: judged in tune t02 ... holdout h08"),
    59: ("keep", "Sweden's part in OECD's PIAAC -> m24: exact \"PIAAC\""),
    60: ("keep", "applying the EU regulation implementing the Nagoya Protocol -> m25: typo \"Nagoyaprotokolet\""),
    61: ("keep", "competence development in municipally funded health care -> m26: question \"har kommunerna fått pengar till kompetensutveckling inom den kommunala hälso- och sjukvården\""),
    62: ("skip", "support to employers in sick leave: judged in blind9 k21"),
    63: ("skip", "grants to arbetslöshetskassor: the topic of blind8 j01"),
    64: ("keep", "research cooperation with France -> m27: question \"vilka uppdrag finns om forskningssamarbete med Frankrike\""),
    65: ("skip", "return to work after exhaustion (sjukskrivningar): judged in blind b04, b12"),
    66: ("skip", "support to avhoppare: judged in tune t02"),
    67: ("skip", "statistics on electrification: the topic of tune t18 (elsystemet, electrification)"),
    68: ("skip", "the regional fund programmes: judged in blind9 k19"),
    69: ("skip", "inland shipping: judged in blind2 c05"),
    70: ("skip", "omställningsstudiestöd: judged in blind2 c11"),
    71: ("skip", "elderly couples living together in särskilt boende: the topic of tune t21 äldreomsorgen"),
    72: ("skip", "drug prices after the pharmacy re-regulation: the topic of blind2 c12 apotek"),
    73: ("skip", "Centrum för idrottsforskning: judged in blind2 c22"),
    74: ("keep", "moving medicines' artikelinformation from Läkemedelsverket to E-hälsomyndigheten -> m28: typo \"artikelinformaton för läkemedel\""),
    75: ("keep", "knowledge on the socio-economic costs of traffic -> m29: compound \"samhällsekonomiska trafikkostnader\""),
    76: ("keep", "a national catalogue of vårdgivare and social service providers -> m30: compound \"vårdgivarkatalog\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind10", SEED, DRAWN, WANTED, DECISIONS))
