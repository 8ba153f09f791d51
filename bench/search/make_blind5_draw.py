"""Draw the topics of blind5.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 80
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter) or why the file
was skipped (its topic is already a query of tune/holdout/blind/blind2/
blind3/blind4 or of a topic kept earlier in the walk). The walk stopped at 24
kept topics (drawn file 40); files 41-80 were not walked.

Unlike blind..blind4, whose topics were chosen outside the synonym table,
these are what a staff member meets on an ordinary day. The decisions below
were written by hand before any judging grep; the script only prints them
beside the draw so the draw can be checked.

    python3 bench/search/make_blind5_draw.py

It then checks blind5.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2323, 80, 24

# Drawn position -> ("keep", topic -> query id) or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "kompletterande pedagogisk utbildning (KPU) -> f01"),
    2: ("skip", "brott/våld i nära relationer: tune t06, t07"),
    3: ("keep", "psykisk ohälsa hos barn och unga -> f02"),
    4: ("keep", "Radiotjänst, radio- och tv-avgiften, public service-avgiften -> f03"),
    5: ("keep", "Samverkan för bästa skola -> f04"),
    6: ("skip", "omregleringen av apoteksmarknaden: blind2 c12 apotek"),
    7: ("skip", "nationell upphandlingsstrategi: blind2 c19 offentlig upphandling"),
    8: ("keep", "könsstympning -> f05"),
    9: ("keep", "statlig service i samverkan, servicekontor -> f06"),
    10: ("keep", "Förintelsen, minnet av Förintelsen -> f07"),
    11: ("keep", "stöd till elintensiva företag för höga elkostnader -> f08"),
    12: ("keep", "avgifter på fondmarknaden, fondavgifter -> f09"),
    13: ("keep", "storskalig utrymning -> f10"),
    14: ("skip", "särskilda ungdomshem: blind3 d14"),
    15: ("skip", "körkort (lån för körkortsutbildning): holdout h21 driving licence"),
    16: ("keep", "HVB-hem och konsulentverksamheter -> f11"),
    17: ("keep", "familjerätt och familjerådgivning -> f12"),
    18: ("keep", "återvändande av personer utan rätt att stanna -> f13"),
    19: ("keep", "anvisning och bosättning av nyanlända i kommuner -> f14"),
    20: ("keep", "tågfärjeförbindelsen Trelleborg-Tyskland -> f15"),
    21: ("skip", "kulturhistoriska värden i planering: blind b06 skydd av kulturarvet"),
    22: ("skip", "hbt-personers rättigheter: tune t27 hbtq-personer"),
    23: ("keep", "bisfenol A -> f16"),
    24: ("keep", "700 MHz-bandet (frekvensbandet) -> f17"),
    25: ("keep", "egenföretagande för personer med funktionsnedsättning -> f18"),
    26: ("skip", "demenssjukdom: holdout h15 demensvård"),
    27: ("skip", "kärnkraft: holdout h20"),
    28: ("skip", "Förintelsekonferensen: kept at drawn file 10 (f07)"),
    29: ("skip", "tolktjänst: blind3 d17 interpreters"),
    30: ("keep", "sommarlovsaktiviteter -> f19"),
    31: ("keep", "myndighetsanalys (Statskontoret) -> f20"),
    32: ("keep", "MIPAA, FN:s internationella handlingsplan för äldre (ageing) -> f21"),
    33: ("skip", "suicidprevention: tune t42, holdout h09"),
    34: ("skip", "livsmedelsstrategin: blind3 d07"),
    35: ("skip", "vaccination mot covid-19: holdout h18"),
    36: ("skip", "statliga inköp/upphandling: blind2 c19 offentlig upphandling"),
    37: ("skip", "läkemedelsförsörjning och beredskap: blind2 c02 läkemedelsbrist"),
    38: ("keep", "forskarutbildning för lärare och förskollärare -> f22"),
    39: ("keep", "mottagande av asylsökande (mottagningssystem) -> f23"),
    40: ("keep", "kliniska läkemedelsprövningar -> f24"),
}


if __name__ == "__main__":
    sys.exit(walk("blind5", SEED, DRAWN, WANTED, DECISIONS))
