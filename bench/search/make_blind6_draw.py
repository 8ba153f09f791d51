"""Draw the topics of blind6.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 100
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter) or why the file
was skipped (its topic is already a query of tune/holdout/blind/blind2/
blind3/blind4/blind5 or of a topic kept earlier in the walk). The walk stopped
at 24 kept topics (drawn file 52); files 53-100 were not walked.

The method is make_blind5_draw.py's with another seed (2424) and 100 files
drawn. The decisions below were written by hand, and the form of each query
decided, before any judging grep; the script only prints them beside the draw
so the draw can be checked.

    python3 bench/search/make_blind6_draw.py

It then checks blind6.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2424, 100, 24

# Drawn position -> ("keep", topic -> query id) or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", "the defence bill 2021-2025 (inriktningen av totalförsvaret): tune t17 totalförsvar"),
    2: ("skip", "ANDTS policy (alkohol, narkotika, dopning, tobak och nikotin, spel): tune t20 tobak och nikotin, t19 narkotikaprevention"),
    3: ("keep", "statistik om integration (SCB) -> g01"),
    4: ("keep", "förvaltningsgemensam digital infrastruktur (Ena) -> g02"),
    5: ("keep", "Smittskyddsinstitutets forskning (moved to Karolinska institutet) -> g03"),
    6: ("skip", "våld av närstående: tune t06 våld i nära relationer, t07"),
    7: ("skip", "råvatten for drinking water: blind b02 dricksvattnet"),
    8: ("keep", "välfärdsteknologi (Myndigheten för delaktighet) -> g04"),
    9: ("keep", "barn under 15 år som misstänks för brott -> g05"),
    10: ("keep", "massflyktsdirektivet (temporary protection) -> g06"),
    11: ("skip", "hbtq-personers rättigheter: tune t27"),
    12: ("skip", "arbetslivskriminalitet: holdout h14"),
    13: ("keep", "försvarsinnovation, the armed forces' test infrastructure -> g07"),
    14: ("keep", "könsuppdelad statistik -> g08"),
    15: ("keep", "nationella läkemedelsstrategin -> g09"),
    16: ("keep", "Matematiklyftet (fortbildning av matematiklärare) -> g10"),
    17: ("keep", "miljömålssystemet (agencies' work for the environmental objectives) -> g11"),
    18: ("skip", "bygglov: blind4 e24"),
    19: ("keep", "donations of medical equipment to war-affected areas (Ukraine) -> g12"),
    20: ("keep", "jämställdhet i skolan (traditionella könsmönster, läroplaner) -> g13"),
    21: ("skip", "vattenkraft: blind3 d01"),
    22: ("keep", "krisberedskap i socialtjänsten (heat waves, evacuation) -> g14"),
    23: ("keep", "folkhälsopolitiken (its regional implementation) -> g15"),
    24: ("skip", "vaccin mot covid-19: holdout h18"),
    25: ("skip", "arkitektur och gestaltad livsmiljö: blind4 e13"),
    26: ("skip", "gode män: blind4 e04"),
    27: ("skip", "fritidskort: blind4 e11"),
    28: ("skip", "procurement of road maintenance contracts: blind2 c19 offentlig upphandling"),
    29: ("skip", "trygg elförsörjning, effektsituation: tune t18 elsystemet"),
    30: ("keep", "nationella kvalitetsregister -> g16"),
    31: ("skip", "människohandel: holdout h08 human trafficking"),
    32: ("skip", "cancervården: blind2 c18"),
    33: ("keep", "prognoser for the migration courts (Domstolsverket, Migrationsverket) -> g17"),
    34: ("keep", "barnrättsperspektiv (barnrätts- och ungdomsperspektiv) -> g18"),
    35: ("skip", "vattenkraft: blind3 d01, drawn file 21"),
    36: ("keep", "the renewable energy directive (sustainability criteria for forest bioenergy) -> g19"),
    37: ("skip", "covid certificates: tune t35 coronapandemin, holdout h18"),
    38: ("skip", "BUP staff training: blind5 f02 psykisk ohälsa hos barn och unga"),
    39: ("skip", "barn som brottsoffer: tune t03/t04 brottsofferstöd"),
    40: ("skip", "return to work of nurses and doctors: blind b04 sjukskrivningar, blind4 e05 sjuksköterskorna"),
    41: ("skip", "romska hälsoinspiratörer: tune t15 romers inkludering"),
    42: ("keep", "konsekvensutredning vid regelgivning (companies' costs) -> g20"),
    43: ("skip", "läkemedelsbrist: blind2 c02"),
    44: ("skip", "tillgång till läkemedel vid kris: blind2 c02 läkemedelsbrist"),
    45: ("skip", "demokratiskt deltagande i utsatta områden: tune t22 utanförskapsområden, blind3 d13 valdeltagandet"),
    46: ("keep", "våldtäkt, the 2018 consent law's follow-up (Brå) -> g21"),
    47: ("skip", "förvaltningsgemensam digital infrastruktur: kept at drawn file 4 (g02)"),
    48: ("keep", "elektronisk övervakning -> g22"),
    49: ("skip", "antisemitism: holdout h22"),
    50: ("skip", "SBU reviews of psykiatrisk vård (the s20069394hs series): blind5 f02"),
    51: ("keep", "jämställdhetsintegrering -> g23"),
    52: ("keep", "export of miljöteknik (Hammarby Sjöstad 2.0) -> g24"),
}


if __name__ == "__main__":
    sys.exit(walk("blind6", SEED, DRAWN, WANTED, DECISIONS))
