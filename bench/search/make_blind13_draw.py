"""Draw the topics of blind13.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind11 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 80); files 81-120 were not walked.

The method is make_blind11_draw.py's with another seed (3131) and 120 files
drawn; blind12 (another writer, another seed) was not read, so a topic may
recur there. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind11's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind13_draw.py

It then checks blind13.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3131, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "the Government's inriktningsbeslut for Försvarsmakten -> p01: year \"inriktningsbeslut Försvarsmakten\" --to 2012"),
    2: ("keep", "SCB's statistics on living conditions for persons with funktionsnedsättning -> p02: actor \"statistik funktionsnedsättning\" --actor SCB"),
    3: ("keep", "state grants for more verksamhetsförlagd utbildning in health care -> p03: exact \"verksamhetsförlagd utbildning\""),
    4: ("keep", "agencies' analyses as underlag for the Government's forskningspolitik -> p04: question \"vilka myndigheter har fått i uppdrag att ge underlag till regeringens forskningspolitik\""),
    5: ("skip", "antibiotic resistance: judged in tune t40, holdout h12"),
    6: ("skip", "the cancer strategy: judged in blind2 c18"),
    7: ("skip", "antibiotic resistance and healthcare infections: judged in tune t40, holdout h12, blind7 i14"),
    8: ("skip", "establishment on the housing market: judged in tune t18"),
    9: ("skip", "territorial cooperation programmes: judged in blind7 i20"),
    10: ("keep", "night train services (nattåg) under contract -> p05: compound \"nattåg\""),
    11: ("skip", "robustness of food retail: judged in tune t17"),
    12: ("keep", "Statens musiksamlingar's new platform for support to musiklivet -> p06: year \"stöd till musiklivet\" --to 2012"),
    13: ("keep", "protection of Sweden's Natura 2000 areas -> p07: exact \"Natura 2000\""),
    14: ("skip", "the Nordic Sami language prize: judged in tune t28"),
    15: ("skip", "cultural heritage and the school system: judged in blind b06"),
    16: ("skip", "children's exposure to racism: judged in blind7 i29"),
    17: ("skip", "economic aspects of domestic violence: judged in tune t02, t07, t12, t30, t37, holdout h08"),
    18: ("keep", "Migrationsverket taking over the migration work at utlandsmyndigheterna -> p08: inflection \"utlandsmyndigheternas migrationsverksamhet\""),
    19: ("skip", "the wind-up of Livrustkammaren's agency: judged in blind2 c06"),
    20: ("keep", "an attitude survey among adult education students and teachers -> p09: compound \"attitydundersökning vuxenutbildning\""),
    21: ("skip", "state support to new nuclear power: judged in holdout h20"),
    22: ("keep", "the annual report of the wound-up Statens bostadskreditnämnd -> p10: typo \"bostadskreditnämden\""),
    23: ("skip", "the disability policy strategy: judged in tune t03, t04, t11"),
    24: ("skip", "the asylum process system analysis: judged in blind5 f13, f23"),
    25: ("keep", "running longer and heavier freight trains -> p11: english \"longer freight trains\""),
    26: ("skip", "covid-19 advice for events: judged in tune t35, blind2 c22"),
    27: ("skip", "the national procurement strategy: judged in blind2 c19"),
    28: ("skip", "training in parenting support: judged in blind7 i15"),
    29: ("keep", "local and regional klimatomställning before the climate action plan -> p12: inflection \"regionala klimatomställningen\""),
    30: ("keep", "Kustbevakningen strengthening the självskydd of its vessels -> p13: actor \"självskydd\" --actor KBV"),
    31: ("skip", "disability research: judged in tune t22"),
    32: ("skip", "procurement of night trains through Denmark: judged in tune t26, blind2 c19"),
    33: ("keep", "the effects of the rules on aktiva åtgärder in the discrimination act -> p14: exact \"aktiva åtgärder\""),
    34: ("skip", "merging the defence history museums: judged in blind2 c06"),
    35: ("keep", "förvärvstillstånd and the amount limit under jordförvärvslagen -> p15: typo \"jordförvärslagen\""),
    36: ("skip", "training in parenting support: judged in blind7 i15"),
    37: ("skip", "mobile coverage sampling: judged in blind3 d16"),
    38: ("skip", "Arbetsförmedlingen's presence across the country: judged in blind9 k05"),
    39: ("keep", "getting more employees to become skyddsombud -> p16: inflection \"skyddsombuden\""),
    40: ("skip", "climate change and dam safety: judged in tune t09, blind3 d01"),
    41: ("skip", "social efforts in vulnerable areas: judged in tune t02, t22"),
    42: ("keep", "attracting and keeping highly qualified international competence -> p17: english \"international talent\""),
    43: ("skip", "training for Roma brobyggare: judged in tune t15"),
    44: ("skip", "psychiatric health and suicide prevention grants: judged in tune t42, holdout h09"),
    45: ("skip", "defence technology infrastructure: judged in tune t17, blind6 g07"),
    46: ("skip", "transferring Delmos's tasks: judged in tune t22"),
    47: ("skip", "premium pension IT measures: judged in blind3 d18"),
    48: ("skip", "digitalisation for better health: judged in blind2 c14"),
    49: ("keep", "grants to municipalities for kapacitetsanalyser -> p18: year \"kapacitetsanalyser\" --from 2025"),
    50: ("skip", "an agency analysis of DIGG: judged in blind5 f20"),
    51: ("keep", "applications and e-services for the Personliga hälsokontot -> p19: inflection \"personligt hälsokonto\""),
    52: ("keep", "Barnombudsmannen's anmälningsskyldighet under its act -> p20: actor \"anmälningsskyldighet\" --actor BO"),
    53: ("skip", "riksintressen under the environmental code: judged in blind7 i18"),
    54: ("keep", "cooperation between Försvarsmakten and Kustbevakningen on maritime surveillance and logistics -> p21: question \"finns det något uppdrag om samverkan mellan Försvarsmakten och Kustbevakningen om övervakning till sjöss\""),
    55: ("skip", "child health services accessibility: judged in tune t22"),
    56: ("keep", "evaluating the support for yrkesintroduktionsanställningar -> p22: typo \"yrkesintroduktionsanställnigar\""),
    57: ("skip", "supervision of pharmacies: the topic of blind2 c12 (apotek)"),
    58: ("skip", "Dimensions in Testimony: judged in blind2 c06, blind5 f07"),
    59: ("keep", "an evidence-based practice in the social services -> p23: english \"evidence-based practice in social services\""),
    60: ("keep", "a memorial after the tsunami in South-East Asia -> p24: english \"tsunami memorial\""),
    61: ("skip", "information on environmental technology: the topic of blind6 g24 (miljöteknikexport)"),
    62: ("skip", "covid-19 inspections: judged in tune t35"),
    63: ("skip", "mobile coverage: judged in blind3 d16"),
    64: ("skip", "hbtq persons in school: judged in tune t27"),
    65: ("skip", "Nationella hjälplinjen: judged in blind8 j08"),
    66: ("skip", "solar energy in buildings: judged in blind3 d05"),
    67: ("skip", "covid-19 and sickness insurance: judged in tune t35, blind b04, b12, blind7 i22"),
    68: ("skip", "internet ombud in care: judged in tune t21"),
    69: ("keep", "children's and young people's experiences of ojämställdhet and gender roles -> p25: question \"finns det något uppdrag om barns och ungas erfarenheter av könsroller och ojämställdhet\""),
    70: ("keep", "information before the election of nämndemän -> p26: typo \"nämdemannavalet\""),
    71: ("skip", "patient safety grants: judged in blind7 i14"),
    72: ("keep", "an evidence-based practice in företagshälsovård -> p27: compound \"företagshälsovård\""),
    73: ("skip", "the right to sjukpenning: the topic of blind b04, b12 (sjukskrivningar)"),
    74: ("keep", "financial instruments in the common agricultural policy -> p28: compound \"finansieringsinstrument jordbrukspolitiken\""),
    75: ("skip", "child and adolescent psychiatry: judged in blind5 f02"),
    76: ("skip", "the wolf population: judged in blind2 c03"),
    77: ("keep", "fees for the use of forskningsinfrastruktur -> p29: exact \"avgifter för forskningsinfrastruktur\""),
    78: ("skip", "samordningsförbunden: judged in blind8 j10"),
    79: ("skip", "Komet, complementary methods for forest protection: the topic of blind3 d08 (skydd av skog)"),
    80: ("keep", "målnivåer for the care of chronic diseases -> p30: question \"vilka uppdrag finns om målnivåer för vården av kroniska sjukdomar som diabetes och stroke\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind13", SEED, DRAWN, WANTED, DECISIONS))
