"""Draw the topics of blind9.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind8 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 65); files 66-120 were not walked.

The method is make_blind8_draw.py's with another seed (2727) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind8's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind9_draw.py

It then checks blind9.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2727, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "culture in the sparsest rural areas (kulturverksamheter i glesbygd) -> k01: compound \"landsbygdskultur\""),
    2: ("skip", "standardiserade vårdförlopp: the topic of blind2 c18 (waiting times in cancer care)"),
    3: ("skip", "folkräkning for a correct folkbokföring: judged in blind b05"),
    4: ("keep", "EU:s strategi för Östersjöregionen -> k02: year \"Östersjöstrategin\" --to 2013"),
    5: ("keep", "disease prevention in health care (levnadsvanor) -> k03: question \"vilka uppdrag finns om att förebygga sjukdomar genom bättre levnadsvanor i vården\""),
    6: ("skip", "companies' costs in rule-making: judged in blind6 g20 konsekvensutredningar"),
    7: ("skip", "hbtqi-personers rättigheter: judged in tune t27"),
    8: ("skip", "treatment guidelines for infections (Strama): tune t40, holdout h12 antibiotikaresistens"),
    9: ("keep", "sysselsättning for persons with psykisk funktionsnedsättning -> k04: question \"finns det något uppdrag om sysselsättning för personer med psykisk funktionsnedsättning\""),
    10: ("skip", "illegal explosions: judged in holdout h10"),
    11: ("skip", "discrimination on the housing market: judged in tune t22"),
    12: ("keep", "relocating state agency jobs (lokalisering av statlig verksamhet) -> k05: year \"lokalisering av statliga jobb\" --from 2017"),
    13: ("keep", "kärnberedskap (nuclear emergency preparedness) -> k06: compound \"kärnberedskap\""),
    14: ("skip", "newly arrived pupils: judged in blind5 f04"),
    15: ("skip", "familjerådgivning: judged in blind5 f12"),
    16: ("keep", "alfabetisering and läs- och skrivinlärning -> k07: inflection \"alfabetiseringen\""),
    17: ("keep", "arbetsmarknadsutbildning -> k08: inflection \"arbetsmarknadsutbildningen\""),
    18: ("keep", "betalningstider (payment times between companies) -> k09: exact \"betalningstider\""),
    19: ("skip", "staff in primary care: the topic of blind8 j27 (kompetensförsörjning i primärvården)"),
    20: ("skip", "economic aspects of våld i nära relationer: judged in tune t02 ... holdout h08"),
    21: ("keep", "Patent- och marknadsdomstolen -> k10: typo \"patent- och marknadsdomstlen\""),
    22: ("skip", "äldreomsorg: judged in tune t21"),
    23: ("skip", "äldreomsorg staff's Swedish: judged in tune t21"),
    24: ("skip", "commercialising assets: judged in blind2 c14 life science"),
    25: ("keep", "student and youth housing -> k11: compound \"studentbostäder\""),
    26: ("skip", "värdighetsgarantier in äldreomsorgen: tune t21"),
    27: ("skip", "procurement of elderly care: judged in blind2 c19"),
    28: ("skip", "the Västmanland forest fire: tune t33 skogsbränder"),
    29: ("keep", "marksänd tv (terrestrial television) -> k12: exact \"marksänd tv\""),
    30: ("skip", "fritidskort: blind4 e11"),
    31: ("skip", "förlossningsvård: judged in blind b03, b13"),
    32: ("skip", "EU:s strategi för Östersjöregionen: kept at 4"),
    33: ("keep", "a survey of guardians on barnomsorg -> k13: question \"har någon myndighet fått i uppdrag att fråga föräldrar om barnomsorgen\""),
    34: ("skip", "the common agricultural policy: judged in blind3 d06, blind4 e15"),
    35: ("skip", "preparedness on medicines: the topic of blind2 c02 (judged beredskap for läkemedel)"),
    36: ("skip", "covid-19 information: judged in tune t35"),
    37: ("keep", "e-SENS (cross-border e-services) -> k14: exact \"e-SENS\""),
    38: ("skip", "könsstympning: judged in tune t02, blind5 f05"),
    39: ("skip", "health care capacity in crises: judged in tune t17"),
    40: ("skip", "a research programme: judged in blind7 i29"),
    41: ("keep", "statistics on miljötillståndsprövning -> k15: typo \"miljötillståndsprövnig\""),
    42: ("keep", "värdebaserad vård -> k16: exact \"värdebaserad vård\""),
    43: ("keep", "setting up Jämställdhetsmyndigheten -> k17: question \"vilka uppdrag har getts inför inrättandet av Jämställdhetsmyndigheten\""),
    44: ("skip", "ekosystemtjänster: judged in tune t28"),
    45: ("skip", "pandemic preparedness: judged in tune t35"),
    46: ("skip", "working from home in the pandemic: tune t35 judges arbete hemifrån"),
    47: ("keep", "buying emission reduction units to climate-compensate -> k18: english \"carbon offsetting\""),
    48: ("skip", "training: judged in blind6 g10"),
    49: ("keep", "the regional fund programmes (Europeiska regionala utvecklingsfonden) -> k19: english \"regional development fund\""),
    50: ("keep", "Diskrimineringsombudsmannen's work against discrimination -> k20: actor \"diskriminering\" --actor DO"),
    51: ("skip", "Storslagen fjällmiljö: judged in tune t28, blind6 g11"),
    52: ("keep", "Försäkringskassan's support to employers (in sick leave) -> k21: actor \"arbetsgivare\" --actor FK. Written first as --actor AF from the title alone; its opening text names Försäkringskassan as assignee, so the actor was corrected when judging began"),
    53: ("keep", "environmentally differentiated start- och landningsavgifter -> k22: english \"landing fees\""),
    54: ("skip", "electrification: judged in tune t18"),
    55: ("skip", "architecture in procurement: judged in blind2 c19, blind4 e13"),
    56: ("keep", "psykiatrisk heldygnsvård (inpatient psychiatric care) -> k23: inflection \"psykiatriska heldygnsvården\""),
    57: ("keep", "hållbar stadsutveckling -> k24: year \"hållbar stadsutveckling\" --to 2012"),
    58: ("keep", "investeringsfrämjande (attracting foreign investment) -> k25: english \"investment promotion\""),
    59: ("skip", "waste tax: judged in blind2 c15"),
    60: ("keep", "Kriminalvården's support to ideella organisationer -> k26: typo \"Kriminalvårdens stöd till idella organisationer\". Written first as an actor query (--actor KVV) from the title; the assignee in the opening text is Statskontoret, so under the actor filter the drawn file itself would not count. Its form was swapped with k29's (written first as a slip) before k29 was grepped, keeping the mix"),
    61: ("keep", "detaljplanelagd mark for housing that is not built on -> k27: compound \"bostadsmark\""),
    62: ("keep", "Sveriges återhämtningsplan (the EU recovery facility) -> k28: typo \"återhämningsplanen\""),
    63: ("keep", "Konkurrensverket's extended decision-making power -> k29: actor \"beslutanderätt\" --actor KKV (written first as the slip \"beslutanderätt för Konkurensverket\"; swapped with k26, see there; the opening text names Konkurrensverket as assignee)"),
    64: ("skip", "the re-regulated pharmacy market: blind2 c12 apotek"),
    65: ("keep", "etableringsersättning (for newly arrived) -> k30: inflection \"etableringsersättningen\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind9", SEED, DRAWN, WANTED, DECISIONS))
