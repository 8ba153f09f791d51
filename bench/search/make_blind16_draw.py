"""Draw the topics of blind16.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind15 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 78); files 79-120 were not walked.

The method is make_blind15_draw.py's with another seed (3434) and 120 files
drawn; blind17 (another writer, another seed, written in parallel) was not
read, so a topic may recur there. The decisions below, and the form of each
query (exact, inflection, compound, --actor, year filter, English, question,
one-character slip, in blind15's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by
hand before any judging grep; the script only prints them beside the draw so
the draw can be checked.

    python3 bench/search/make_blind16_draw.py

It then checks blind16.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3434, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", "Uppdrag till Kriminalvården om försöksverksamhet med insluss: judged in blind10 m20, blind3 d15, tune t22"),
    2: ("skip", "Uppdrag att föreslå hur ett statligt stöd för ökad nationell: judged in tune t26"),
    3: ("keep", "university education relevant to the municipal kulturskola -> q01: inflection \"kulturskolor högskoleutbildning\""),
    4: ("keep", "chiropractor and naprapath educations -> q02: typo \"naprapatutbilding\""),
    5: ("keep", "a website with evidence-based information for patients with chronic diseases -> q03: question \"finns det något uppdrag om en webbplats med information om behandling för patienter med kroniska sjukdomar\""),
    6: ("skip", "Uppdrag att stödja hälso- och sjukvården vid möte med indivi: judged in tune t08"),
    7: ("skip", "Uppdrag att stödja ett ökat tillgängliggörande av naloxon: judged in blind10 m22"),
    8: ("keep", "the ferry service to Gotland -> q04: year \"färjetrafiken till Gotland\" --from 2015"),
    9: ("skip", "Uppdrag till Försvarsmakten att utbetala ekonomiska donation: judged in blind12 p20"),
    10: ("skip", "MSB and Försvarsmakten testing reporting under höjd beredskap: the topic of tune t17 (totalförsvar)"),
    11: ("skip", "Uppdrag att betala ut medel för pilot inom precisionsmedicin: judged in blind4 e02"),
    12: ("keep", "training care staff in a dignified bemötande -> q05: compound \"bemötandeutbildning\""),
    13: ("skip", "Uppdrag att genomföra en kartläggning av avgivande av bisfen: judged in blind b02, blind5 f16"),
    14: ("skip", "Uppdrag till Konsumentverket att stärka och utveckla stödet : judged in blind3 d12"),
    15: ("keep", "a fossil-free fleet of boats and ships at Sjöfartsverket -> q06: compound \"fossilfri fartygsflotta\""),
    16: ("skip", "god och nära vård: the topic of blind12 p30 (nära vård)"),
    17: ("keep", "the Global Forum on steel excess capacity -> q07: exact \"överskottskapacitet av stål\""),
    18: ("skip", "indicators for pharmacies: the topic of blind2 c12 (apotek) and blind7 i14"),
    19: ("keep", "simplified rules and trials for efficiency in municipal activities -> q08: inflection \"regelförenkling i kommunerna\""),
    20: ("skip", "Uppdrag till Brottsförebyggande rådet att följa upp tillämpn: judged in blind6 g21, holdout h08, tune t05, tune t12"),
    21: ("keep", "preparing Myndigheten för psykologiskt försvar (tasks moved from MSB) -> q09: actor \"psykologiskt försvar\" --actor MSB"),
    22: ("keep", "health care in crisis and war (priority principles, the programme for its security) -> q10: compound \"krigssjukvård\""),
    23: ("skip", "Sjukvårdens säkerhet i kris och krig: the topic of a topic kept earlier (file 22, health care in war)"),
    24: ("skip", "Uppdrag om ökad säkerhet i utbetalningar av assistansersättn: judged in blind3 d10"),
    25: ("skip", "Uppdrag att se över organiseringen av den internationella ad: judged in blind4 e06"),
    26: ("skip", "Ändring av uppdraget att vara projektledare för utvecklingen: judged in holdout h18, tune t35"),
    27: ("keep", "cooperation between the police and prosecutors in crime investigation -> q11: question \"vilka uppdrag finns om samverkan mellan polisen och åklagarna i brottsutredningar\""),
    28: ("keep", "informing the public about their own preparedness of medicines -> q12: inflection \"egenberedskapen för läkemedel\""),
    29: ("keep", "care for könsdysfori -> q13: english \"gender dysphoria\""),
    30: ("skip", "Uppdrag till Affärsverket svenska kraftnät om att se över an: judged in tune t18"),
    31: ("keep", "competence on identity questions (establishing identity) -> q14: exact \"identitetsfrågor\""),
    32: ("keep", "the Swedish EU presidency 2023 -> q15: english \"Swedish EU presidency 2023\""),
    33: ("skip", "Parter och myndigheter som ska ingå i styrkommittéer för vis: judged in blind7 i20"),
    34: ("skip", "Uppdrag till Post- och telestyrelsen om frekvensplanering fö: judged in blind12 p08"),
    35: ("skip", "export of food within the livsmedelsstrategi: the topic of blind3 d07 (livsmedelsstrategin)"),
    36: ("keep", "municipalities' allocation of resources to their schools -> q16: question \"finns det något uppdrag om hur kommunerna fördelar resurser till sina skolor\""),
    37: ("skip", "jämställdhetsintegrering in government agencies: the topic of blind6 g23"),
    38: ("keep", "innovation cooperation with India on smart cities -> q17: exact \"smarta städer Indien\""),
    39: ("keep", "the railway Stockholm–Oslo -> q18: typo \"Stockholm–Osllo\""),
    40: ("keep", "forum for konkursärenden and företagsrekonstruktion at Domstolsverket -> q19: actor \"konkursärenden\" --actor DV"),
    41: ("skip", "Ändring av uppdraget att utveckla en sammanhållen datainfras: judged in blind14 q17"),
    42: ("keep", "Gentekniknämnden's tasks moved to Vetenskapsrådet -> q20: exact \"Gentekniknämnden\""),
    43: ("keep", "planning next to transport routes for dangerous goods -> q21: compound \"farligt godsleder\""),
    44: ("skip", "Uppdrag att ta fram en modell för uppföljning och utvärderin: judged in blind7 i11"),
    45: ("skip", "Uppdrag om stärkt kvalitet inom hem för vård eller boende (H: judged in blind5 f11"),
    46: ("keep", "production preparedness for critical health care products -> q22: actor \"tillverkningsberedskap\" --actor SoS"),
    47: ("skip", "Uppdrag till Myndigheten för arbetsmiljökunskap att vara str: judged in tune t27"),
    48: ("skip", "Uppdrag att utbetala medel för hantering av klagomål mot häl: judged in blind15 q13, blind7 i14"),
    49: ("keep", "Trafikverket securing strategic input goods -> q23: inflection \"strategisk insatsvara\""),
    50: ("keep", "support for sustainable community building projects in Norrbotten and Västerbotten -> q24: year \"samhällsbyggnadsprojekt\" --from 2020"),
    51: ("skip", "Ändring av uppdrag att förbereda överföringen av uppgiften a: judged in blind5 f06"),
    52: ("skip", "Uppdrag om insatser för att förebygga återfall i våldsbrott : judged in blind10 m20, tune t02"),
    53: ("skip", "standardiserade vårdförlopp in cancer care: the topic of blind2 c18 (väntetider i cancervården)"),
    54: ("skip", "Uppdrag att genomföra anpassningar med anledning av ändringa: judged in blind2 c01"),
    55: ("skip", "the NIS directive on network and information security: the topic of holdout h05 (informationssäkerhet)"),
    56: ("keep", "Centrum för lättläst and easy-to-read material -> q25: english \"easy-to-read\""),
    57: ("skip", "Uppdrag att påbörja ett långsiktigt arbete med att skyndsamt: judged in blind2 c02, blind2 c12"),
    58: ("skip", "technology in care for persons with reduced decision capacity: the topic of blind6 g04 (välfärdsteknologi)"),
    59: ("skip", "Uppdrag åt Kammarkollegiet att utbetala medel till landsting: judged in blind2 c18"),
    60: ("skip", "Uppdrag att genomföra nationella informationsinsatser om vac: judged in holdout h18, tune t35"),
    61: ("skip", "Uppdrag i fråga om föreningslivet: judged in tune t31"),
    62: ("keep", "development of vårdvalssystem -> q26: typo \"vårdvalssytem\""),
    63: ("skip", "Utbetalning av medel till Centralförbundet för alkohol- och : judged in tune t19"),
    64: ("skip", "Uppdrag att ta fram en kunskaps- och forskningsöversikt om h: judged in tune t02, tune t37"),
    65: ("skip", "Uppdrag till Försäkringskassan att förbereda genomförande av: judged in blind2 c01"),
    66: ("keep", "the sale of the Brämaregården properties in Göteborg -> q27: typo \"Brämaregåden\""),
    67: ("skip", "Uppdrag att utvärdera uppföljningssystemet för den nationell: judged in blind6 g15"),
    68: ("skip", "Uppdrag angående utvärdering av barnahus: judged in holdout h13, tune t03, tune t04, tune t11"),
    69: ("skip", "Uppdrag att sprida de delar som rör psykisk hälsa i utbildni: judged in blind14 q16"),
    70: ("skip", "Uppdrag att planera och genomföra en nationell hemlöshetskar: judged in holdout h06, tune t41"),
    71: ("skip", "Uppdrag till Bolagsverket och Myndigheten för digital förval: judged in blind4 e12, holdout h01"),
    72: ("keep", "requirements for establishment in commercial road transport -> q28: english \"haulage operator licensing\""),
    73: ("skip", "Uppdrag till Arbetsförmedlingen om pilotprojekt med branscha: judged in blind13 p22, blind9 k08"),
    74: ("skip", "Ändring av uppdraget till Folkhälsomyndigheten att stödja po: judged in tune t19, tune t20"),
    75: ("skip", "Uppdrag att redogöra för förutsättningarna att genomföra pro: judged in tune t35"),
    76: ("keep", "SR and SVT reflecting conditions in the whole country -> q29: year \"spegla förhållanden i hela landet\" --to 2012"),
    77: ("skip", "Uppdrag att kartlägga studenthälsovården: judged in blind10 m14"),
    78: ("keep", "culture for older people -> q30: question \"finns det något uppdrag om att främja kultur för äldre\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind16", SEED, DRAWN, WANTED, DECISIONS))
