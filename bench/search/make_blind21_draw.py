"""Draw the topics of blind21.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind17 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 114); files 115-120 were not walked.

The method is make_blind17_draw.py's with another seed (3939) and 120 files
drawn; blind18, blind19 and blind20 (other writers, other seeds, written in
parallel) were not read, so a topic may recur there. The decisions below, and the form of each
query (exact, inflection, compound, --actor, year filter, English, question,
one-character slip, in blind17's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind21_draw.py

It then checks blind21.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""



from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3939, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ('skip', 'drawn file judged in blind2 c19, blind4 e13'),
    2: ('keep', 'state credit guarantees for electricity producers -> q01: english "credit guarantees for electricity producers"'),
    3: ('skip', 'drawn file judged in blind2 c18, blind6 g16'),
    4: ('skip', 'drawn file judged in blind14 q25'),
    5: ('skip', 'drawn file judged in blind5 f20'),
    6: ('keep', 'capacity of the railway system in Skåne -> q02: year "järnvägssystemet i Skåne" --from 2020'),
    7: ('keep', 'moving the regional development responsibility to the regions -> q03: inflection "regionala utvecklingsansvaret"'),
    8: ('skip', 'drawn file judged in blind b03'),
    9: ('skip', 'drawn file judged in blind7 i02'),
    10: ('skip', 'drawn file judged in tune t42, holdout h09'),
    11: ('skip', 'drawn file judged in tune t02'),
    12: ('skip', 'drawn file judged in tune t18'),
    13: ('skip', 'drawn file judged in blind6 g09'),
    14: ('skip', 'drawn file judged in blind16 q26'),
    15: ('keep', 'a service for filing annual reports digitally -> q04: exact "digitala årsredovisningar"'),
    16: ('skip', 'drawn file judged in blind9 k18'),
    17: ('keep', 'the regional ethics review boards moved to a new agency -> q05: exact "Etikprövningsmyndigheten"'),
    18: ('skip', 'drawn file judged in blind11 n08'),
    19: ('skip', 'drawn file judged in blind8 j28'),
    20: ('skip', 'drawn file judged in blind14 q18'),
    21: ('skip', 'drawn file judged in blind15 q06'),
    22: ('skip', 'drawn file judged in blind16 q28'),
    23: ('keep', 'the 90-day guarantee for young people -> q06: typo "90-dagarsgarnati"'),
    24: ('skip', 'drawn file judged in tune t19, tune t20'),
    25: ('skip', 'drawn file judged in blind3 d08, blind8 j22, blind12 p26'),
    26: ('skip', 'drawn file judged in blind b08'),
    27: ('keep', 'following up free medicines for children -> q07: question "har någon följt upp reformen med kostnadsfria läkemedel för barn"'),
    28: ('skip', 'drawn file judged in tune t41'),
    29: ('skip', 'drawn file judged in blind7 i29'),
    30: ('skip', 'drawn file judged in blind7 i14'),
    31: ('skip', 'the grant to the arbetslöshetskassor: the topic of blind8 j01 (arbetslöshetskassor)'),
    32: ('skip', 'drawn file judged in blind7 i08'),
    33: ('skip', 'drawn file judged in tune t12, tune t37'),
    34: ('skip', 'drawn file judged in blind b02'),
    35: ('skip', 'drawn file judged in blind5 f17'),
    36: ('skip', 'drawn file judged in blind13 p23'),
    37: ('keep', 'national councils for the vocational programmes -> q08: inflection "nationella programråden"'),
    38: ('skip', 'drawn file judged in blind6 g23'),
    39: ('skip', 'drawn file judged in blind12 p29'),
    40: ('keep', 'fee financing of the official food control -> q09: compound "livsmedelskontrollavgifter"'),
    41: ('skip', 'drawn file judged in blind11 n17'),
    42: ('skip', 'drawn file judged in blind12 p14'),
    43: ('skip', 'drawn file judged in tune t35'),
    44: ('skip', 'drawn file judged in tune t21'),
    45: ('keep', 'individual reasons for long registration at Arbetsförmedlingen -> q10: actor "långtidsinskrivna" --actor Statskontoret (first written --actor AF; the opening text names Statskontoret as assignee, corrected before judging q10)'),
    46: ('skip', 'ending an information campaign whose subject the decision does not name: no topic a query can be written for'),
    47: ('keep', 'preventive measures under LVU -> q11: actor "förebyggande insatser LVU" --actor SoS'),
    48: ('skip', 'drawn file judged in tune t35'),
    49: ('keep', 'information on making transport fossil-free -> q12: english "fossil-free transport information"'),
    50: ('skip', 'drawn file judged in blind12 p20'),
    51: ('skip', 'drawn file judged in holdout h04'),
    52: ('skip', 'drawn file judged in tune t19'),
    53: ('skip', "analysis of Statens jordbruksverk's operations: the topic of blind5 (myndighetsanalys)"),
    54: ('skip', 'an export programme within the livsmedelsstrategi: the topic of blind3 (livsmedelsstrategin)'),
    55: ('skip', 'drawn file judged in tune t28, tune t42, holdout h09'),
    56: ('skip', 'drawn file judged in blind9 k11'),
    57: ('skip', 'drawn file judged in blind5 f13, blind6 g06'),
    58: ('skip', 'drawn file judged in blind16 q20'),
    59: ('skip', 'food exports within the livsmedelsstrategi: the topic of blind3 (livsmedelsstrategin)'),
    60: ('skip', 'drawn file judged in blind11 n15'),
    61: ('skip', 'drawn file judged in blind7 i12'),
    62: ('skip', 'ventilators handed over to MSB after covid-19: the topic of tune t35 (coronapandemin)'),
    63: ('skip', 'FOCU.SE precision medicine in cancer care: the topic of blind4 (precisionsmedicin)'),
    64: ('skip', 'drawn file judged in tune t28, blind7 i29'),
    65: ('skip', 'drawn file judged in blind8 j01'),
    66: ('keep', 'regulation of hemp -> q13: english "hemp regulation"'),
    67: ('skip', 'drawn file judged in tune t35'),
    68: ('keep', 'review of Försäkringskassan\'s duty to investigate -> q14: compound "utredningsskyldighet"'),
    69: ('keep', 'state support to people with deafblindness -> q15: typo "dövblinhet"'),
    70: ('skip', 'drawn file judged in blind4 e03, blind4 e16'),
    71: ('skip', 'analysis of Bolagsverket: the topic of blind5 (myndighetsanalys)'),
    72: ('skip', 'drawn file judged in blind7 i26'),
    73: ('keep', 'grants for glasses for children -> q16: compound "glasögonbidrag"'),
    74: ('skip', 'drawn file judged in blind9 k28'),
    75: ('skip', 'criminal suppliers in valfrihetssystem: the topic of holdout (välfärdsbrott) and blind16 (vårdvalssytem)'),
    76: ('keep', 'a week on good eating habits and physical activity -> q17: question "finns det något uppdrag om en temavecka om bra matvanor och fysisk aktivitet"'),
    77: ('keep', 'Omvårdnadslyftet, training for elderly care staff -> q18: typo "Omvårdnadslyfet"'),
    78: ('skip', 'drawn file judged in tune t28, blind7 i29'),
    79: ('skip', 'drawn file judged in blind3 d17'),
    80: ('keep', 'competence development on pastures and meadows -> q19: actor "betesmarker" --actor SJV'),
    81: ('skip', 'drawn file judged in blind3 d09'),
    82: ('keep', 'pension outcomes for women and men -> q20: inflection "pensionsutfall för kvinnor och män"'),
    83: ('skip', 'drawn file judged in blind10 m05'),
    84: ('skip', 'drawn file judged in blind4 e06, blind7 i15'),
    85: ('skip', 'drawn file judged in blind7 i05'),
    86: ('skip', 'the stadieindelad timplan: the topic of blind4/blind7 (stadieindelade kursplaner judged there)'),
    87: ('skip', 'drawn file judged in blind6 g11'),
    88: ('skip', 'drawn file judged in blind12 p18'),
    89: ('skip', 'the Stockholmsförhandling / Sverigeförhandlingen: the topic of blind10 (Göteborg–Borås) and blind17 (förhandlingsuppdrag)'),
    90: ('keep', 'evaluating PrevenTell -> q21: exact "PrevenTell"'),
    91: ('skip', 'drawn file judged in blind b06'),
    92: ('skip', 'drawn file judged in blind12 p16'),
    93: ('skip', 'drawn file judged in blind3 d18'),
    94: ('skip', 'drawn file judged in tune t35'),
    95: ('skip', 'localisation of state agencies: the topic of blind9 (lokalisering av statliga jobb)'),
    96: ('skip', 'drawn file judged in tune t21'),
    97: ('keep', 'the strategy on violence against older people in care -> q22: year "våld mot äldre" --to 2015'),
    98: ('skip', 'drawn file judged in tune t18'),
    99: ('keep', 'specialist courses in psychiatry -> q23: year "specialistkompetens psykiatri" --to 2012'),
    100: ('skip', 'drawn file judged in blind7 i07'),
    101: ('skip', 'drawn file judged in blind14 q04'),
    102: ('skip', 'drawn file judged in blind2 c06'),
    103: ('skip', 'drawn file judged in blind7 i21, blind9 k28'),
    104: ('keep', 'the national freight transport strategy -> q24: compound "godstransportstrategin"'),
    105: ('keep', 'the roof collapse at Tarfalahallen in Kiruna -> q25: english "roof collapse Kiruna"'),
    106: ('skip', 'drawn file judged in blind11 n27'),
    107: ('keep', 'Kustbevakningen\'s support to the police against terrorism -> q26: question "vilka uppdrag finns om Kustbevakningens stöd till polisen vid terrorattacker"'),
    108: ('keep', 'moving police tasks concerning animals to the county boards -> q27: question "vilka uppdrag finns om att flytta polisens uppgifter om djur till länsstyrelserna"'),
    109: ('keep', 'the advisory body of DIGG -> q28: inflection "DIGG:s rådgivande organ"'),
    110: ('skip', 'drawn file judged in blind8 j30'),
    111: ('keep', 'SCB\'s register of children -> q29: typo "barnregster"'),
    112: ('skip', 'drawn file judged in blind6 g18'),
    113: ('skip', 'organisation of fastighetsbildning: the topic of blind15 (fastighetsbildning)'),
    114: ('keep', 'FMV preparing to become NCCA -> q30: exact "NCCA"'),
}


if __name__ == "__main__":
    sys.exit(walk("blind21", SEED, DRAWN, WANTED, DECISIONS))
