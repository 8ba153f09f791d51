"""Draw the topics of blind15.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind13 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 99); files 100-120 were not walked.

The method is make_blind13_draw.py's with another seed (3333) and 120 files
drawn; blind14 (another writer, another seed, written in parallel) was not
read, so a topic may recur there. The decisions below, and the form of each
query (exact, inflection, compound, --actor, year filter, English, question,
one-character slip, in blind13's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind15_draw.py

It then checks blind15.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3333, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", "Uppdrag att kartlägga främlingsfientliga handlingar mot tros: judged in blind7 i29"),
    2: ("skip", "Ändring av den nationella trafikslagsövergripande planen för: judged in blind10 m05, blind7 i09"),
    3: ("skip", "Uppdrag till Trafikverket att vidta åtgärder som syftar till: judged in blind5 f15"),
    4: ("skip", "Uppdrag att stimulera svenskt deltagande, utnyttjande och ko: judged in blind12 p19"),
    5: ("keep", "sponsoring of publicly funded health care (vårdsponsring) -> q01: compound \"vårdsponsring\""),
    6: ("keep", "Mediemyndigheten following up the new mediestöd -> q02: year \"mediestöd\" --from 2024"),
    7: ("skip", "Uppdrag till Statens försvarshistoriska museer att förbereda: judged in blind2 c06"),
    8: ("keep", "information on enkelt avhjälpta hinder to accessibility -> q03: exact \"enkelt avhjälpta hinder\""),
    9: ("skip", "Uppdrag till Vetenskapsrådet att inrätta ett program för exc: judged in blind10 m03, tune t10, tune t39"),
    10: ("skip", "Uppdrag angående utbytbarhet av receptfria läkemedel samt ut: judged in blind10 m10"),
    11: ("skip", "Uppdrag att ta fram vägledningsmaterial om organdonation: judged in blind3 d11"),
    12: ("skip", "Uppdrag att kommunicera strategin för att stärka barnets rät: judged in blind6 g18"),
    13: ("skip", "Uppdrag att påbörja förberedelser med anledning av förslaget: judged in blind2 c01"),
    14: ("skip", "Uppdrag att förvärva och annullera utsläppsminskningsenheter: judged in blind9 k18"),
    15: ("skip", "Uppdrag till Myndigheten för arbetsmiljökunskap om att inhäm: judged in tune t27"),
    16: ("skip", "Uppdrag till Brottsoffermyndigheten och Domstolsverket om en: judged in tune t03, tune t04, tune t11"),
    17: ("keep", "consumer protection in sales by telephone -> q04: english \"telemarketing\""),
    18: ("keep", "research summaries relevant to practical work in schools -> q05: question \"finns det något uppdrag om att sammanställa forskning som lärare kan använda i skolan\""),
    19: ("skip", "agency cooperation against cheating and crime in working life: the topic of holdout h14 (arbetslivskriminaliteten)"),
    20: ("skip", "Socialstyrelsen and the god och nära vård proposition: the topic of blind12 p30 (nära vård)"),
    21: ("skip", "Uppdrag om kontakttolkutbildning: judged in blind3 d17"),
    22: ("skip", "Tillägg till Boverkets uppdrag att utreda ytterligare undant: judged in blind4 e24"),
    23: ("skip", "Uppdrag att betala ut medel för prisjämförelsetjänst för tan: judged in blind2 c01"),
    24: ("skip", "Uppdrag att ta fram förslag på insatser vid olika smittsprid: judged in tune t35"),
    25: ("skip", "Uppdrag om underlag avseende offentligt stöd till flygplatse: judged in blind3 d09"),
    26: ("skip", "Uppdrag att nationellt samordna, stödja och följa upp arbete: judged in blind b03, blind b13"),
    27: ("skip", "Uppdrag att göra en förhandsbedömning avseende finansierings: judged in blind15 p28, blind9 k19"),
    28: ("skip", "a national centre against våldsbejakande extremism: the topic of holdout h07, h11, tune t16"),
    29: ("keep", "the trial of fritt val av hjälpmedel -> q06: exact \"fritt val av hjälpmedel\""),
    30: ("keep", "hepatitis B in the general vaccination programme for children -> q07: typo \"hepatit B vaccinaton\""),
    31: ("skip", "Utbetalning av medel i enlighet med överenskommelsen mellan : judged in holdout h09, tune t42"),
    32: ("skip", "Utökat uppdrag till Totalförsvarets forskningsinstitut om vå: judged in holdout h07, holdout h11, tune t16"),
    33: ("keep", "sustainable transport solutions that use transports more efficiently -> q08: inflection \"hållbar transportlösning\""),
    34: ("skip", "Uppdrag om kommunikationsinsatser avseende trygg och säker v: judged in blind5 f11"),
    35: ("skip", "bidragsbrott: the topic of holdout h17 (välfärdsbrott)"),
    36: ("skip", "Uppdrag om en kompetensutvecklingsinsats inom området artifi: judged in tune t10"),
    37: ("skip", "Uppdrag att fördela statsbidrag till vissa juridiska persone: judged in blind9 k04"),
    38: ("keep", "reporting the efficiency and quality of care (primary and open specialist care) -> q09: question \"finns det något uppdrag om att redovisa vårdens effektivitet och kvalitet i primärvården\""),
    39: ("skip", "covid-19 and large events: the topic of tune t35 (coronapandemin)"),
    40: ("skip", "Uppdrag till MSB att genomföra en informationskampanj till a: judged in holdout h05"),
    41: ("skip", "Uppdrag att föreslå en samordnad, effektiv och behovsanpassa: judged in holdout h09, tune t42"),
    42: ("skip", "Uppdrag angående samverkansfunktion och handlingsplan för ar: judged in holdout h12, tune t40"),
    43: ("skip", "Uppdrag att förbereda och verkställa ett statligt garantipro: judged in blind12 p22, tune t35"),
    44: ("keep", "wounded fish in Hanöbukten -> q10: exact \"Hanöbukten\""),
    45: ("skip", "Uppdrag att analysera och föreslå hur patienternas tillgång : judged in blind2 c02, blind4 e14"),
    46: ("skip", "Uppdrag att redovisa hur arbetet med tillsyn inom säkerhetss: judged in blind7 i08"),
    47: ("skip", "Uppdrag att inrätta ett innovationskluster för flytande biog: judged in blind2 c13"),
    48: ("skip", "Uppdrag till Skolverket att svara för fortbildning för försk: judged in blind7 i05"),
    49: ("keep", "innovation clusters for ethanol and electrified urban freight transport -> q11: exact \"urbana godstransporter\""),
    50: ("skip", "Uppdrag att stödja ett ökat tillgängliggörande av naloxon: judged in blind10 m22"),
    51: ("keep", "sociala insatsgrupper for young people in crime -> q12: inflection \"social insatsgrupp\""),
    52: ("skip", "Uppdrag till Brottsförebyggande rådet att göra en fördjupad : judged in holdout h22"),
    53: ("skip", "Uppdrag att vara nationell projektledare för PIAAC 2024: judged in blind10 m24"),
    54: ("skip", "infrastructure for alternative fuels (AFIR): the topic of tune t01 (laddinfrastruktur)"),
    55: ("skip", "Uppdrag att ta fram ett nationellt kunskapsstöd för postcovi: judged in tune t35"),
    56: ("skip", "Uppdrag att utbetala medel till landstingen i enlighet med t: judged in blind b03"),
    57: ("skip", "an appointment of Trafikverket board members with no text: no matter a civil servant would search for"),
    58: ("skip", "Uppdrag till Vetenskapsrådet att utlysa medel för utbildning: judged in blind5 f22, blind7 i05"),
    59: ("keep", "moving the tasks of Hälso- och sjukvårdens ansvarsnämnd -> q13: typo \"Hälso- och sjukvårdens ansvarsnämd\""),
    60: ("keep", "Konjunkturinstitutet analysing the Russian economy -> q14: actor \"Ryssland\" --actor KI"),
    61: ("keep", "digitalisation in fastighetsbildning at Lantmäteriet -> q15: actor \"fastighetsbildning\" --actor LM"),
    62: ("skip", "Uppdrag att analysera Artemisavtalet: judged in blind b08"),
    63: ("skip", "Ändring av uppdraget att genomföra och redovisa arbetet med : judged in tune t35"),
    64: ("keep", "guidance on brukarmedverkan in the social services -> q16: actor \"brukarmedverkan\" --actor SoS"),
    65: ("skip", "Ändring av uppdraget till Trafikverket att delta i genomföra: judged in blind9 k28"),
    66: ("keep", "health care for people staying in Sweden without permits -> q17: english \"health care for undocumented migrants\""),
    67: ("skip", "Uppdrag att utreda ombyggnadsbegreppet i plan- och bygglagen: judged in blind10 m18, blind12 p28"),
    68: ("skip", "Uppdrag att påbörja utvecklings-, förberedelse- och informat: judged in blind2 c01"),
    69: ("skip", "Uppdrag att tillfälligt stärka verksamheten inom Kliniska st: judged in blind5 f24, tune t35"),
    70: ("skip", "Uppdrag att genomföra utbildnings- och kommunikationssatsnin: judged in blind7 i04"),
    71: ("skip", "Inrättande av nationell kontaktpunkt och subkommitté för EU:: judged in blind7 i20"),
    72: ("skip", "Uppdrag om böcker och lärverktyg inom skolväsendet: judged in tune t28"),
    73: ("skip", "Ändring av uppdraget att fortsatt öka tillgängligheten till : judged in tune t40"),
    74: ("keep", "information to children and young people about socialtjänsten -> q18: question \"vilka uppdrag finns om att informera barn och unga om vad socialtjänsten gör\""),
    75: ("keep", "winding up Myndigheten för stöd till trossamfund and moving its tasks to MUCF -> q19: inflection \"avveckla Myndigheten för stöd till trossamfund\""),
    76: ("keep", "regulation of kampsport (martial arts events) -> q20: english \"martial arts\""),
    77: ("skip", "Uppdrag att utreda när det ska vara tillåtet att använda dub: judged in blind3 d20"),
    78: ("keep", "an it-support service for persons with funktionsnedsättning -> q21: typo \"it-suport funktionsnedsättning\""),
    79: ("keep", "gathering the views of children and young people with funktionsnedsättning -> q22: question \"har någon myndighet fått i uppdrag att fråga barn och unga med funktionsnedsättning om deras åsikter\""),
    80: ("keep", "the rules for changing detaljplaner and unlawful planbestämmelser -> q23: compound \"detaljplaneändring\""),
    81: ("skip", "Uppdrag att stödja genomförandet av den förnyade strategin f: judged in tune t19, tune t20"),
    82: ("keep", "a national world heritage strategy -> q24: compound \"världsarvsstrategi\""),
    83: ("skip", "Uppdrag till Myndigheten för yrkeshögskolan att utreda förut: judged in blind7 i28"),
    84: ("skip", "Uppdrag till Statens servicecenter att redovisa en plan för : judged in blind5 f06, tune t22"),
    85: ("skip", "Uppdrag till Myndigheten för press, radio och tv om vidaresä: judged in blind9 k12"),
    86: ("keep", "social outcome contracts (sociala utfallskontrakt) -> q25: english \"social impact bonds\""),
    87: ("skip", "MSB method support for municipalities' civil defence: the topic of tune t17 (totalförsvar)"),
    88: ("skip", "Uppdrag att upprätta och förbereda förvaltning av ett utföra: judged in holdout h17"),
    89: ("skip", "Uppdrag att delta i genomförandet av Sveriges återhämtningsp: judged in blind7 i21, blind9 k28"),
    90: ("skip", "Uppdrag att utvärdera dostjänsten samt utbetalning av medel: judged in blind7 i14"),
    91: ("keep", "klimatdeklaration when buildings are built -> q26: compound \"klimatdeklaration\""),
    92: ("skip", "the Hässleholm–Lund railway in Skåne: the topic of blind10 m05 (the nya stambanor projects)"),
    93: ("skip", "a payment to Socialstyrelsen for three separate assignments: no topic of its own"),
    94: ("skip", "Uppdrag till Statskontoret att belysa och analysera vissa to: judged in blind3 d17"),
    95: ("keep", "support for familjehem -> q27: inflection \"familjehemmen\""),
    96: ("skip", "Uppdrag till Livsmedelsverket att verka för fortsatt utveckl: judged in blind4 e19"),
    97: ("keep", "kontrollstation for reduktionsplikten on fuels -> q28: year \"reduktionsplikt\" --from 2021"),
    98: ("keep", "better pension information -> q29: year \"pensionsinformation\" --to 2012"),
    99: ("keep", "personalliggare in more trades -> q30: typo \"personaliggare\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind15", SEED, DRAWN, WANTED, DECISIONS))
