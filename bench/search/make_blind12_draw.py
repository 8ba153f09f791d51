"""Draw the topics of blind12.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind11 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 64); files 65-120 were not walked.

The method is make_blind11_draw.py's with another seed (3030) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind11's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind12_draw.py

It then checks blind12.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 3030, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", "preparing the NIS directive (network and information security) at MSB: the topic of holdout h05 (informationssäkerhet --actor MSB)"),
    2: ("keep", "Vinnova supporting the government's samverkansprogram -> p01: typo \"samverkansprogramen\""),
    3: ("keep", "cleaning up after the Hercules crash on Kebnekaise -> p02: question \"vad har regeringen beslutat om saneringen efter flygplanshaveriet på Kebnekaise\""),
    4: ("skip", "losses on study loans: judged in blind2 c11"),
    5: ("skip", "Konkurrensverket's extended power to decide: judged in blind9 k29"),
    6: ("keep", "catch-up vaccination against HPV -> p03: actor \"HPV\" --actor FHM"),
    7: ("skip", "oral health in dementia: judged in holdout h15"),
    8: ("skip", "risk assessment in dental care: judged in blind2 c01"),
    9: ("skip", "the liquid biogas cluster: judged in blind2 c13"),
    10: ("skip", "input to the defence policy bill 2021-2025: the topic of tune t17 (totalförsvar)"),
    11: ("skip", "föräldraskapsstöd strategy: judged in blind7 i15"),
    12: ("keep", "guidance on värmeböljor -> p04: english \"heat waves\""),
    13: ("keep", "Brå's survey of threats and harassment against politicians -> p05: actor \"hot mot förtroendevalda\" --actor Brå"),
    14: ("skip", "age discrimination at work: judged in blind5 f21, blind9 k20"),
    15: ("skip", "nationella prov: judged in blind2 c23"),
    16: ("keep", "a framework for stadsmiljöavtal -> p06: year \"stadsmiljöavtal\" --to 2016"),
    17: ("keep", "Europeiska globaliseringsfonden -> p07: year \"globaliseringsfonden\" --to 2012"),
    18: ("skip", "charging at home: judged in tune t01"),
    19: ("keep", "the conditions for commercial radio in the longer term -> p08: inflection \"kommersiella radions villkor\""),
    20: ("skip", "further training in special needs education: judged in blind7 i05"),
    21: ("keep", "Barnombudsmannen's democracy perspective on Mina rättigheter -> p09: question \"finns det något uppdrag om att lära barn och unga om sina demokratiska rättigheter\""),
    22: ("skip", "the ANDTS strategy: judged in tune t19, t20"),
    23: ("skip", "a survey of guardians about childcare: judged in blind9 k13"),
    24: ("keep", "digital pedagogical support for e-hälsolösningar -> p10: compound \"e-hälsostöd\""),
    25: ("keep", "a grant for the journal Nordic Studies on Alcohol and Drugs -> p11: english \"Nordic Studies on Alcohol and Drugs\""),
    26: ("skip", "foreign e-legitimation and personnummer: judged in blind4 e12"),
    27: ("skip", "a national centre for mathantverk: the topic of blind3 d07 (skipped in blind10 and blind11 for the same reason)"),
    28: ("skip", "IT for the elderly in covid-19: judged in tune t21, t35"),
    29: ("skip", "the Police as strategic agency for hbtq-personer: judged in tune t27"),
    30: ("keep", "närradio used for profit -> p12: exact \"närradio\""),
    31: ("skip", "standardiserade vårdförlopp: the topic of blind2 c18 (waiting times in cancer care)"),
    32: ("skip", "support to Roma organisations: judged in tune t15"),
    33: ("skip", "samordningsförbunden: judged in blind8 j10"),
    34: ("keep", "analysing the intensivår for newly arrived -> p13: typo \"intesivåret\""),
    35: ("keep", "credit guarantees for green investments -> p14: english \"green credit guarantees\""),
    36: ("keep", "winding up the remaining matters of Ersättningsnämnden -> p15: typo \"Ersättningsnämden\""),
    37: ("skip", "social efforts in vulnerable areas: judged in tune t02, t22"),
    38: ("skip", "intensive care places: judged in blind10 m01, tune t35"),
    39: ("keep", "sharing data on företagsfrämjande (direct business support) -> p16: exact \"data om företagsstöd\""),
    40: ("skip", "preparedness airports: judged in blind3 d09"),
    41: ("keep", "a state grant for smaller groups of children in förskolan -> p17: year \"mindre barngrupper\" --from 2015"),
    42: ("skip", "föräldrapenning for single parents: judged in blind2 c21"),
    43: ("keep", "state agencies taking in newly arrived job seekers for praktik (not j21's persons with disabilities) -> p18: question \"har statliga myndigheter fått i uppdrag att ta emot nyanlända för praktik\""),
    44: ("skip", "gender-equal representation in museum collections: judged in blind2 c06"),
    45: ("keep", "prioritising forskningsinfrastruktur -> p19: english \"research infrastructure\""),
    46: ("skip", "minimum levels for wolves: judged in blind2 c03"),
    47: ("keep", "Försvarsmakten on continued (military) support to Ukraine (g12 excluded military support) -> p20: inflection \"militära stödet till Ukraina\""),
    48: ("keep", "evaluating the research results of Rehsam -> p21: exact \"Rehsam\""),
    49: ("keep", "international experience of public financing for small and medium-sized companies -> p22: compound \"småföretagsfinansiering\""),
    50: ("skip", "municipalities in the urban development work from 2012: the topic of blind9 k24 (urban development to 2012) and tune t22"),
    51: ("keep", "the Police's insatsförmåga against terror attacks -> p23: exact \"insatsförmåga\""),
    52: ("keep", "police staff guarding European Council meetings in Brussels -> p24: question \"finns det något uppdrag om att polisen ska bevaka EU-toppmöten i Bryssel\""),
    53: ("keep", "data on dispensing medicines for animals -> p25: compound \"djurläkemedel\""),
    54: ("skip", "criminal networks recruiting children online: judged in blind6 g05, tune t08"),
    55: ("skip", "antiziganism against Roma children: judged in blind7 i29, tune t15"),
    56: ("keep", "digital knowledge bases on the forest's natural and cultural values -> p26: inflection \"naturvärdena i skogen\""),
    57: ("skip", "the national plan for förlossningsvården: judged in blind b03, b13, b14"),
    58: ("keep", "sammanhållna yrkesutbildningar -> p27: typo \"sammanhålna yrkesutbildningar\""),
    59: ("skip", "skills in the social child and youth care: judged in blind7 i12"),
    60: ("keep", "new definitions in the plan- och byggregelverket -> p28: inflection \"definitionerna i plan- och bygglagen\""),
    61: ("keep", "E-hälsomyndigheten supporting connection to the health care's national digital infrastructure (g02 excluded it) -> p29: compound \"e-hälsoinfrastruktur\""),
    62: ("skip", "AI in public administration: judged in tune t10"),
    63: ("skip", "homelessness: judged in holdout h06, tune t41"),
    64: ("keep", "IVO's supervision for the transition to god och nära vård -> p30: actor \"nära vård\" --actor IVO"),
}


if __name__ == "__main__":
    sys.exit(walk("blind12", SEED, DRAWN, WANTED, DECISIONS))
