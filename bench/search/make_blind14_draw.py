"""Draw the topics of blind14.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind13 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 76); files 77-120 were not walked.

The method is make_blind13_draw.py's with another seed (3232) and 120 files
drawn; blind15 (another writer, another seed) was not read, so a topic may
recur there. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind13's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind14_draw.py

It then checks blind14.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3232, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "öppna jämförelser (open comparisons) in the social services -> q01: exact \"öppna jämförelser\""),
    2: ("keep", "Vetenskapsrådet's indicator of scientific production and citations for resource allocation -> q02: actor \"vetenskaplig produktion och citering\" --actor VR"),
    3: ("skip", "women's sickness absence: the topic of blind b04, b12 (sjukskrivningar)"),
    4: ("keep", "risks of and measures against counterfeit medicines -> q03: english \"counterfeit medicines\""),
    5: ("skip", "an agency analysis of ArkDes: judged in blind5 f20"),
    6: ("skip", "accessibility and coordination money in health care: the topic of blind10 m12 (kömiljarden, tillgänglighet)"),
    7: ("skip", "mobile ip-based communication for public safety: judged in blind5 f17"),
    8: ("skip", "Patientmiljarden for accessibility: the topic of blind10 m12 (kömiljarden, tillgänglighet)"),
    9: ("skip", "carbon offsetting of official flights: judged in blind9 k18"),
    10: ("skip", "antibiotic resistance surveillance: judged in tune t40, holdout h12"),
    11: ("skip", "relocation of MTM: judged in blind9 k05"),
    12: ("skip", "medication conversations at pharmacies: the topic of blind2 c12 (apotek)"),
    13: ("skip", "carbon offsetting of official flights: judged in blind9 k18"),
    14: ("skip", "the fritidskort provider register: the topic of blind4 e11 (fritidskort)"),
    15: ("keep", "moving the state forest-policy tasks on Gotland into Skogsstyrelsen -> q04: year \"skogspolitiska uppgifter Gotland\" --to 2011"),
    16: ("skip", "procurement of food and meal services: judged in blind2 c19, blind4 e19"),
    17: ("skip", "equal rights for hbt persons: judged in blind9 k20"),
    18: ("keep", "competence efforts so that the new plan- och bygglagen takes effect -> q05: exact \"kompetensinsatser plan- och bygglagen\""),
    19: ("skip", "a state e-legitimation: judged in blind4 e12"),
    20: ("keep", "a review of the organisation of Nämnden för statligt stöd till trossamfund -> q06: typo \"stöd till trosamfund\""),
    21: ("keep", "renovation and rebuilding of the Royal Opera's building -> q07: compound \"operabyggnad\""),
    22: ("skip", "children as next of kin: judged in blind8 j28"),
    23: ("skip", "Roma inclusion: judged in tune t15"),
    24: ("keep", "Kustbevakningen's cooperation with Ukraine's border guard service -> q08: english \"coast guard cooperation Ukraine\""),
    25: ("skip", "analysis of utanförskap: judged in tune t22, blind6 g01"),
    26: ("skip", "Digg's tasks moved to Upphandlingsmyndigheten: judged in blind2 c19"),
    27: ("skip", "interpreting services coordination: judged in blind3 d17"),
    28: ("keep", "promoting Smart industri (the new-industrialisation strategy) -> q09: exact \"Smart industri\""),
    29: ("skip", "child and adolescent mental health access: judged in blind5 f02"),
    30: ("keep", "evaluating the special money to the parties for information before the elections -> q10: question \"har någon fått i uppdrag att utvärdera pengarna till partierna för information inför valen\""),
    31: ("keep", "a statutory responsibility of the municipalities for crime prevention -> q11: actor \"kommunernas brottsförebyggande ansvar\" --actor Brå"),
    32: ("keep", "the grant for Skapande skola -> q12: exact \"Skapande skola\""),
    33: ("skip", "the environmental objective Storslagen fjällmiljö: judged in tune t28, blind6 g11"),
    34: ("keep", "analysis and follow-up of the digitalisation policy -> q13: inflection \"uppföljningen av digitaliseringspolitiken\""),
    35: ("skip", "total defence planning: the topic of tune t17 (totalförsvar)"),
    36: ("skip", "ancillary services in the power system: judged in tune t18"),
    37: ("keep", "society's ability to handle explosive goods and their illegal use -> q14: typo \"explossiva varor\""),
    38: ("keep", "connected and automated vehicles, vessels and systems -> q15: english \"automated vehicles\""),
    39: ("skip", "moving SST's tasks to MUCF: the topic of q06 kept above (the organisation of SST)"),
    40: ("skip", "national digital infrastructure for health care: judged in blind12 p29"),
    41: ("skip", "an agency analysis of Läkemedelsverket: judged in blind5 f20"),
    42: ("keep", "spreading the mental-health parts of the MILSA platform for newcomers -> q16: question \"finns det något uppdrag om psykisk hälsa i samhällsorienteringen för nyanlända\""),
    43: ("keep", "a coherent data infrastructure for kompetensförsörjning and lifelong learning -> q17: year \"datainfrastruktur kompetensförsörjning\" --from 2020"),
    44: ("skip", "violent extremism at SiS: judged in blind3 d14"),
    45: ("keep", "the national support to agriculture in northern Sweden -> q18: compound \"jordbruksstöd norra Sverige\""),
    46: ("skip", "Grüne Woche within the food strategy: the topic of blind3 d07 (livsmedelsstrategin)"),
    47: ("skip", "PIAAC: judged in blind10 m24"),
    48: ("skip", "internships for newcomers at agencies: judged in blind12 p18"),
    49: ("skip", "the global road safety conference: judged in blind b07, b17"),
    50: ("skip", "the common digital infrastructure: judged in blind6 g02"),
    51: ("skip", "support to municipalities with vulnerable areas: judged in tune t22"),
    52: ("skip", "covid-19 communication: judged in tune t35"),
    53: ("skip", "tobacco-related illness: judged in tune t20"),
    54: ("keep", "increasing digital inclusion -> q19: actor \"digital inkludering\" --actor PTS"),
    55: ("keep", "industry's competitiveness and green transition -> q20: inflection \"grön omställning i industrin\""),
    56: ("keep", "injury settlement for health staff on disaster-medicine missions abroad -> q21: compound \"tjänstereseskador\""),
    57: ("skip", "deafblindness and interpreting actors: judged in blind3 d17"),
    58: ("skip", "etableringsersättning: judged in blind9 k30"),
    59: ("keep", "IT services for and the start of Utbetalningsmyndigheten -> q22: typo \"Utbetalningsmyndgheten\""),
    60: ("skip", "syllabi in modern languages: judged in blind4 e22, blind7 i23"),
    61: ("skip", "electric roads with Germany and France: judged in blind7 i09, blind10 m27"),
    62: ("skip", "Digg's tasks moved to Upphandlingsmyndigheten: judged in blind2 c19"),
    63: ("skip", "Försäkringskassan's duty to investigate: judged in blind7 i02"),
    64: ("keep", "getting more foreign-born women into work -> q23: question \"vilka uppdrag finns om att fler utrikes födda kvinnor ska komma i arbete\""),
    65: ("keep", "a lowered base speed limit in built-up areas -> q24: inflection \"bashastigheten i tätorter\""),
    66: ("skip", "covid-19 vaccination coverage: judged in tune t35"),
    67: ("keep", "a trial of consumer products for electronic communication as aids for disabled persons -> q25: year \"elektronisk kommunikation hjälpmedel\" --to 2012"),
    68: ("keep", "Skolverket implementing the school reforms of 2010-2011 -> q26: inflection \"implementeringen av skolreformerna\""),
    69: ("keep", "knowledge of Sweden's part in the transatlantic slave trade -> q27: compound \"slavhandel\""),
    70: ("skip", "innovation offices at universities: judged in blind7 i11"),
    71: ("skip", "price transparency in building materials: judged in blind2 c07"),
    72: ("keep", "money for more allmäntjänstgöring (AT) posts -> q28: typo \"allmäntjänsgöring\""),
    73: ("skip", "alcohol and tobacco supervision: judged in tune t20"),
    74: ("keep", "strengthening the security work within Ekobrottsmyndigheten -> q29: question \"har Ekobrottsmyndigheten fått i uppdrag att stärka sitt säkerhetsarbete\""),
    75: ("skip", "archaeological finds: judged in blind2 c06"),
    76: ("keep", "measures against microplastics in the sea -> q30: english \"microplastics in the sea\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind14", SEED, DRAWN, WANTED, DECISIONS))
