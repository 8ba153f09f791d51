"""Draw the topics of blind8.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind7 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 50); files 51-120 were not walked.

The method is make_blind7_draw.py's with another seed (2626) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind7's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind8_draw.py

It then checks blind8.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2626, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "särskilda bidrag till arbetslöshetskassor (paid out by Arbetsförmedlingen) -> j01: actor \"arbetslöshetskassor\" --actor AF"),
    2: ("skip", "näringsverksamhet kopplad till organiserad brottslighet: judged in tune t08 gängkriminalitet"),
    3: ("keep", "WADA (Sweden's contribution to anti-doping) -> j02: english \"anti-doping\""),
    4: ("skip", "alkohol- och tobakstillsyn: judged in tune t20 tobak och nikotin"),
    5: ("skip", "safety follow-up of covid-19 vaccines: judged in tune t35, blind6 g16"),
    6: ("skip", "light lorries on a B licence: judged in holdout h21 driving licence"),
    7: ("keep", "research posts for clinicians in psychiatric care -> j03: compound \"psykiatriforskning\""),
    8: ("skip", "daglig verksamhet in the pandemic: judged in tune t35 coronapandemin"),
    9: ("keep", "transportpolitiska mål (their preciseringar and indicators) -> j04: inflection \"transportpolitiskt mål\""),
    10: ("skip", "myndighetsanalys (of Myndigheten för delaktighet): blind5 f20 myndighetsanalys"),
    11: ("keep", "evenemangslista (events of major importance on free tv) -> j05: exact \"evenemangslista\""),
    12: ("skip", "energieffektiv belysning: judged in blind7 i21 energy efficiency"),
    13: ("keep", "cooperation mechanisms of the Paris Agreement (article 6) -> j06: english \"Paris Agreement\""),
    14: ("skip", "the civil defence's capability: tune t17 totalförsvar"),
    15: ("keep", "gränsöverskridande vård (cross-border care) -> j07: exact \"gränsöverskridande vård\""),
    16: ("skip", "collecting packaging waste: judged in blind2 c15, blind7 i26"),
    17: ("skip", "the agreement on psykisk ohälsa: blind5 f02 (mental ill-health of children and young people)"),
    18: ("keep", "Nationella Hjälplinjen -> j08: typo \"Hjälplinen\""),
    19: ("keep", "protecting information on hunting and hunters -> j09: question \"finns det något uppdrag om att skydda uppgifter om jägare och jakt\""),
    20: ("skip", "förlossningsvård och kvinnors hälsa: judged in blind b03, b13, b14"),
    21: ("keep", "samordningsförbund (evaluating their financed measures) -> j10: inflection \"samordningsförbunden\""),
    22: ("keep", "fritidsgårdar och öppen fritidsverksamhet -> j11: inflection \"fritidsgård\""),
    23: ("keep", "sfi-lärare (a campaign for more teachers of Swedish for immigrants) -> j12: compound \"sfi-lärare\""),
    24: ("skip", "cykling: judged in tune t24, t36"),
    25: ("keep", "security work of Sveriges Domstolar -> j13: actor \"säkerhet\" --actor DV"),
    26: ("skip", "bostadsbyggande på landsbygden: judged in blind2 c07 bostadsbyggandet"),
    27: ("keep", "småhusbyggande (a new egnahemsrörelse) -> j14: typo \"småhusbygande\""),
    28: ("skip", "dialogmöten on mobile coverage: judged in blind3 d16 mobiltäckning"),
    29: ("keep", "skyddat boende (the reform of protected housing) -> j15: exact \"skyddat boende\""),
    30: ("skip", "utanförskap: judged in tune t22, blind6 g01"),
    31: ("keep", "Horisont Europa (the EU research framework programme) -> j16: english \"Horizon Europe\""),
    32: ("keep", "the new teacher and preschool teacher education of 2011 -> j17: year \"lärarutbildning\" --from 2010 --to 2012"),
    33: ("skip", "CSN's repayment of debts: judged in blind2 c11 studiemedel"),
    34: ("skip", "ensamkommande barn som försvinner: judged in tune t14, t38"),
    35: ("keep", "hjälpmedel for persons with psykisk funktionsnedsättning -> j18: question \"vilka uppdrag finns om hjälpmedel för personer med psykisk funktionsnedsättning\""),
    36: ("skip", "tillgång till antibiotika: judged in tune t40, holdout h12"),
    37: ("keep", "kompetensförsörjning för elektrifieringen -> j19: english \"skills supply for electrification\""),
    38: ("keep", "barns och ungas livsmedelskonsumtion -> j20: inflection \"barns livsmedelskonsumtion\""),
    39: ("skip", "byggnaders energiprestanda: judged in blind7 i21 energy efficiency"),
    40: ("keep", "praktikantprogram in the state for persons with disabilities -> j21: compound \"praktikantprogram\""),
    41: ("keep", "det nationella skogsprogrammet -> j22: exact \"nationella skogsprogrammet\""),
    42: ("keep", "Klimatklivet (and Industriklivet) -> j23: typo \"Klimatklivt\""),
    43: ("skip", "Migrationsverket's tillståndsprövning: judged in tune t14, t38, blind5 f11"),
    44: ("keep", "innovation in agriculture and the food sector (OECD review) -> j24: compound \"jordbruksinnovation\""),
    45: ("keep", "ungdomspolitiken (analyses for it) -> j25: year \"ungdomspolitiken\" --from 2015"),
    46: ("keep", "evidensgradering of public health methods -> j26: typo \"evidensgraderng\""),
    47: ("keep", "kompetensförsörjning i primärvården -> j27: question \"vilka uppdrag finns om kompetensförsörjning i primärvården\""),
    48: ("keep", "anhörigperspektivet in care -> j28: question \"har någon myndighet fått i uppdrag att stärka anhörigperspektivet i vården\""),
    49: ("keep", "produktsäkerhet and marknadskontroll (Konsumentverket) -> j29: actor \"produktsäkerhet\" --actor KOV"),
    50: ("keep", "salmonella in farm animals -> j30: year \"salmonella\" --from 2018"),
}


if __name__ == "__main__":
    sys.exit(walk("blind8", SEED, DRAWN, WANTED, DECISIONS))
