"""Draw the topics of blind18.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind17 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 111); files 112-120 were not walked.

The method is make_blind17_draw.py's with another seed (3636) and 120 files
drawn; blind19, blind20 and blind21 (other writers, other seeds, written in
parallel) were not read, so a topic may recur there. The decisions below, and the form of each
query (exact, inflection, compound, --actor, year filter, English, question,
one-character slip, in blind17's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind18_draw.py

It then checks blind18.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3636, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ('skip', "Uppdrag att samordna det nationella suicidförebyggande arbet: judged in tune t42, holdout h09"),
    2: ('skip', "Uppdrag till Arbetsförmedlingen att betala ut särskilda bidr: judged in blind8 j01"),
    3: ('skip', "Uppdrag att göra en översyn av smittskyddsenheternas och smi: judged in tune t35"),
    4: ('skip', "Uppdrag till Statskontoret att genomföra en utvärdering av s: judged in blind3 d23"),
    5: ('skip', "Uppdrag att utbetala medel till landstingen i enlighet med t: judged in blind b03"),
    6: ('skip', "Uppdrag att intensifiera och utveckla arbetet med att stoppa: judged in holdout h10, blind14 q14"),
    7: ('keep', "continuity with a named doctor (fast läkarkontakt) -> q01: exact \"fast läkarkontakt\""),
    8: ('skip', "Uppdrag att stödja genomförandet av den nationella strategin: judged in blind7 i15"),
    9: ('skip', "Uppdrag att genomföra en upphandling av nattågstrafik genom : judged in tune t26, blind2 c19, blind13 p05"),
    10: ('keep', "quality of upper-secondary apprenticeship education -> q02: compound \"lärlingsutbildning\""),
    11: ('skip', "Uppdrag till Statskontoret att följa upp regeringens satsnin: judged in blind12 p18"),
    12: ('skip', "Uppdrag om tillgång till uppgifter om förpackningsstorlek fö: judged in blind11 n06"),
    13: ('keep', "better use of resources in health care -> q03: question \"finns det något uppdrag om bättre resursutnyttjande i hälso- och sjukvården\""),
    14: ('skip', "Uppdrag till Folkhälsomyndigheten om förstärkt arbete mot se: judged in tune t22"),
    15: ('skip', "Uppdrag att arrangera dialogmöten: judged in blind3 d16"),
    16: ('keep', "Tillväxtanalys (growth-policy evaluation agency) and its tasks -> q04: inflection \"tillväxtpolitisk utvärdering\""),
    17: ('keep', "summer school (sommarskola) in compulsory school -> q05: typo \"somarskola\""),
    18: ('skip', "Uppdrag att undersöka om ett genomförande av förslaget om ut: judged in blind9 k29"),
    19: ('skip', "Uppdrag att analysera förarprov för körkort ur ett genuspers: judged in holdout h21"),
    20: ('skip', "Uppdrag att utveckla regionalt stöd för personer som är elle: judged in tune t02, tune t12, tune t37, holdout h08"),
    21: ('skip', "Uppdrag till Statens skolverk om implementering av skolrefor: judged in blind14 q26"),
    22: ('skip', "Uppdrag att genomföra en översyn av det undre luftrummet: judged in blind4 e01"),
    23: ('skip', "Uppdrag att föreslå utformning av ekonomiskt stöd till lantb: judged in tune t34"),
    24: ('keep', "Allmänna arvsfonden -> q06: exact \"Allmänna arvsfonden\""),
    25: ('skip', "Uppdrag om förstärkt tillsyn av mödrahälsovård och förlossni: judged in blind b03, blind b14"),
    26: ('keep', "national referral of patients to care elsewhere (vårdförmedling) -> q07: compound \"vårdförmedling\""),
    27: ('skip', "unserious suppliers in valfrihetssystem: the topic of blind16 q26 (vårdvalssystem)"),
    28: ('skip', "Ansökan om tillstånd enligt lagen (1992:1140) om Sveriges ek: judged in tune t23"),
    29: ('keep', "markets for Swedish maritime products and services -> q08: english \"maritime industry markets\""),
    30: ('skip', "Utbetalning av medel i enlighet med överenskommelsen mellan : judged in tune t35"),
    31: ('skip', "Uppdrag att sammanställa en vägledning om tillämpningen av b: judged in blind6 g18"),
    32: ('skip', "Uppdrag till E-hälsomyndigheten att förbereda inordnande av : judged in blind7 i03"),
    33: ('skip', "Utredare till uppdraget att granska Transportstyrelsens upph: judged in blind2 c19, blind7 i08"),
    34: ('keep', "agencies' service commitments (serviceåtagande) -> q09: inflection \"serviceåtaganden\""),
    35: ('skip', "Uppdrag till Statens skolverk om förstärkt arbete mot segreg: judged in tune t22"),
    36: ('keep', "the national top-level domain and domain applications -> q10: english \"top-level domain\""),
    37: ('skip', "the EU Baltic Sea strategy: the topic of blind9 k02 (Östersjöstrategin)"),
    38: ('keep', "asylum appeals process at Migrationsverket -> q11: actor \"asylärenden\" --actor MV"),
    39: ('keep', "Statskontoret reviewing the police's IT governance -> q12: actor \"it-verksamheten\" --actor Statskontoret (no shorter form in use)"),
    40: ('keep', "EU rail freight corridors -> q13: compound \"godskorridorer\""),
    41: ('skip', "Uppdrag till skydd för barn mot människohandel, exploatering: judged in tune t31, holdout h08"),
    42: ('keep', "municipal housing provision (bostadsförsörjning) -> q14: year \"bostadsförsörjning\" --to 2012"),
    43: ('skip', "Uppdrag till Statskontoret att utföra en analys av Stiftelse: judged in blind3 d24"),
    44: ('skip', "Utbetalning av medel till regionerna för uppskjuten vård och: judged in tune t35, blind7 i22"),
    45: ('keep', "disaster medicine capability -> q15: inflection \"katastrofmedicinsk beredskap\""),
    46: ('skip', "Uppdrag till Folkhälsomyndigheten att genomföra temavecka om: judged in tune t35, holdout h18"),
    47: ('skip', "healthy eating habits in health care to prevent disease: the topic of blind9 k03 (levnadsvanor i vården)"),
    48: ('skip', "the action plan for arbetsmiljöpolitiken: the topic of blind2 c10 (arbetsmiljö)"),
    49: ('keep', "productivity in the civil engineering construction industry -> q16: compound \"anläggningsbranschen\""),
    50: ('skip', "Uppdrag att betala ut medel till Statistiska centralbyrån fö: judged in blind10 m24"),
    51: ('skip', "Uppdrag att ta fram en modell för uppföljning och utvärderin: judged in blind7 i11"),
    52: ('skip', "Uppdrag att planera frekvensutrymme för marksänd tv efter de: judged in blind5 f17, blind9 k12"),
    53: ('skip', "Uppdrag att formulera sektorsstrategier för energieffektivis: judged in blind7 i21"),
    54: ('skip', "Uppdrag om samverkansnätverk för klinisk forsning: judged in blind5 f24"),
    55: ('skip', "Uppdrag till Trafikverket att se över möjligheterna till trä: judged in blind4 e21"),
    56: ('keep', "ESS and MAX IV and a science park beside them -> q17: exact \"MAX IV\""),
    57: ('keep', "following up the new socialtjänstlag -> q18: year \"nya socialtjänstlagen\" --from 2024"),
    58: ('skip', "care from other providers with shorter waiting times: the topic of blind10 m12 (kömiljarden)"),
    59: ('skip', "Uppdrag om nationell samverkan och handlingsplan för arbetet: judged in tune t40, blind2 c01"),
    60: ('skip', "Uppdrag att betala ut särskilt bidrag till vissa arbetslöshe: judged in blind8 j01"),
    61: ('skip', "Uppdrag att utbetala bidrag till landstingen för en tillgäng: judged in blind5 f02"),
    62: ('skip', "Uppdrag att ytterligare stärka beredskapsarbetet med anledni: judged in blind6 g14, blind16 q10"),
    63: ('skip', "Uppdrag att utforma en försöksverksamhet för att möjliggöra : judged in holdout h21"),
    64: ('skip', "Uppdrag till Strålsäkerhetsmyndigheten om lokalisering av vi: judged in blind9 k05"),
    65: ('keep', "violence against persons with disabilities -> q19: question \"vilka uppdrag finns om våld mot personer med funktionsnedsättning\""),
    66: ('skip', "Uppdrag att vara ansvarig nationell enhet för Europeiska uni: judged in blind b08"),
    67: ('skip', "supply preparedness for medical devices: the topic of blind16 q12 (egenberedskapen för läkemedel), blind2 c02"),
    68: ('keep', "certified building design firms (certifierade byggprojekteringsföretag) -> q20: typo \"byggprojekteringsföretg\""),
    69: ('skip', "industry's climate transition: the topic of blind14 q20 (grön omställning i industrin)"),
    70: ('skip', "Uppdrag till Arbetsförmedlingen om strategin för romsk inklu: judged in tune t15"),
    71: ('skip', "Uppdrag om motverkande av bedrägerier: judged in blind3 d21"),
    72: ('skip', "Uppdrag till Statskontoret om att utvärdera uppföljningssyst: judged in blind8 j25"),
    73: ('skip', "Uppdrag till Forum för levande historia att sprida pedagogis: judged in blind12 p09"),
    74: ('skip', "Uppdrag till Folkhälsomyndigheten att genomföra insatser i l: judged in blind2 c18"),
    75: ('skip', "Statens servicecenter: the topic of blind11 n04"),
    76: ('skip', "Uppdrag angående fördjupad studie om romska flickors och kvi: judged in tune t15"),
    77: ('skip', "Uppdrag att säkerställa en fortsatt försörjning av tjänster : judged in blind4 e12"),
    78: ('skip', "older couples living together in särskilt boende: the topic of tune t21 (äldreomsorgen)"),
    79: ('keep', "tax planning with interest deductions -> q21: english \"tax planning interest deductions\""),
    80: ('keep', "statistics on households' debts -> q22: actor \"hushållens skulder\" --actor SCB"),
    81: ('skip', "Uppdrag att identifiera och sammanställa de mest kritiska lä: judged in blind2 c01, blind2 c02"),
    82: ('keep', "strategically important technologies for Sweden -> q23: english \"strategically important technologies\""),
    83: ('skip', "Bidrag till utvecklingskommuner för romsk inkludering: judged in tune t15"),
    84: ('keep', "heavy vehicles with low emissions -> q24: question \"vilka uppdrag finns om att främja tunga fordon med låga utsläpp\""),
    85: ('skip', "Uppdrag att redogöra för förändringar avseende myndigheters : judged in tune t35"),
    86: ('keep', "a permanent artwork at Hanaholmen -> q25: typo \"Hanaholmn\""),
    87: ('keep', "exemptions from the rules on vehicle dimensions and weight -> q26: inflection \"dispenser för långa och tunga fordon\""),
    88: ('skip', "Uppdrag att följa upp landstingens ekonomiska redovisning av: judged in blind2 c01"),
    89: ('skip', "Uppdrag till Statens institutionsstyrelse att kartlägga meto: judged in blind3 d14"),
    90: ('skip', "Uppdrag till Statens geotekniska institut att komplettera oc: judged in blind7 i04"),
    91: ('skip', "Uppdrag om friskfaktorer som kan mätas och följas över tid: judged in blind2 c10"),
    92: ('skip', "Uppdrag att ta fram en särskild utgåva av Öppna jämförelser : judged in blind2 c18, blind14 q01"),
    93: ('skip', "sick-leave handling with health care: the topic of blind b04 (sjukskrivningar)"),
    94: ('skip', "Utbetalning av medel till Världsantidopningsbyrån, WADA: judged in blind8 j02"),
    95: ('skip', "Kriminalvården and våldsbejakande extremism: the topic of tune t16"),
    96: ('skip', "Ändring av uppdrag att samordna, stärka och utveckla kommuni: judged in tune t35"),
    97: ('skip', "Uppdrag till Statens jordbruksverk att genomföra åtgärder un: judged in blind3 d04, blind3 d06, blind3 d07, blind4 e15, blind4 e19"),
    98: ('skip', "Uppdrag till Folkhälsomyndigheten att kartlägga narkotikavan: judged in tune t14, tune t19, tune t38"),
    99: ('keep', "the training Ledare som lyssnar -> q27: exact \"Ledare som lyssnar\""),
    100: ('skip', "Uppdrag till Myndigheten för samhällsskydd och beredskap att: judged in blind4 e09, blind5 f10"),
    101: ('skip', "in-service training in specialpedagogik: the topic of blind17 q11 (specialpedagogexamen)"),
    102: ('keep', "administrative sanctions in social insurance -> q28: year \"administrativa sanktioner\" --from 2024"),
    103: ('skip', "Förlängd tid för uppdraget till Myndigheten för familjerätt : judged in blind5 f12"),
    104: ('skip', "Uppdrag att utveckla metoder för bedömning av arbetsförmågan: judged in blind17 q27"),
    105: ('skip', "statistics on the environmental technology sector: the topic of blind6 g24 (miljöteknikexport)"),
    106: ('skip', "Fortsatt arbete för Bredbandsforum för att främja utbyggnad : judged in tune t25"),
    107: ('skip', "Uppdrag om uppföljning och rapportering till följd av överen: judged in tune t35, holdout h18"),
    108: ('skip', "Uppdrag till Myndigheten för digital förvaltning att förbere: judged in blind2 c19"),
    109: ('keep', "recovering proceeds of crime across agencies -> q29: question \"har myndigheterna fått i uppdrag att samverka för att återföra vinster från brott\""),
    110: ('skip', "Uppdrag att lämna årsredovisning för Statens bostadskreditnä: judged in blind13 p10"),
    111: ('keep', "sustainable development in regional development work -> q30: typo \"regionala utveckligsarbetet\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind18", SEED, DRAWN, WANTED, DECISIONS))
