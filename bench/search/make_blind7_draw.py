"""Draw the topics of blind7.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind6 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 61); files 62-120 were not walked.

The method is make_blind6_draw.py's with another seed (2525) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind6's mix scaled to 30: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind7_draw.py

It then checks blind7.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""


from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2525, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("skip", "Statskontoret's analysis of Riksantikvarieämbetet: judged in blind5 f20 myndighetsanalys"),
    2: ("skip", "tillgång till pandemivaccin: judged in tune t35 coronapandemin"),
    3: ("keep", "lustgas (information on its risks) -> i01: english \"nitrous oxide\""),
    4: ("skip", "våldsbejakande extremism in Kriminalvården: tune t16, holdout h11 radikaliserng"),
    5: ("keep", "sjuk- och aktivitetsersättning (ISF's analysis of its application) -> i02: actor \"sjukersättning\" --actor ISF"),
    6: ("keep", "nationell informationsstruktur och fackspråk i socialtjänsten -> i03: exact \"nationell informationsstruktur\""),
    7: ("skip", "hot och hat mot deltagare i det demokratiska samtalet: judged in holdout h07 näthat, tune t03"),
    8: ("skip", "hiv strategy: blind4 e10 hiv --actor FHM, judged there"),
    9: ("skip", "Smittskyddsinstitutet's research strategy: judged in blind6 g03"),
    10: ("skip", "blyammunition i våtmark: judged in blind3 d19 wetlands"),
    11: ("keep", "geokalkylsystem (geotechnical cost estimates in planning, SGI) -> i04: compound \"geokalkylsystem\""),
    12: ("skip", "samhällsintroduktion för asylsökande: judged in blind5 f23 mottagandet av asylsökande"),
    13: ("keep", "fortbildning av förskollärare och förskolechefer -> i05: question \"vilka uppdrag finns om fortbildning av förskollärare\""),
    14: ("keep", "omvandling av lokaler till bostäder -> i06: question \"finns det något uppdrag om att omvandla lokaler till bostäder\""),
    15: ("keep", "bekämpningsmedel (Kemikalieinspektionen's handling of approvals) -> i07: actor \"bekämpningsmedel\" --actor KemI"),
    16: ("keep", "säkerhetsskydd (protective security in agencies) -> i08: exact \"säkerhetsskydd\""),
    17: ("keep", "elvägar (electric roads; their charging system) -> i09: english \"electric roads\""),
    18: ("skip", "information on våld i nära relationer: tune t06, judged there"),
    19: ("skip", "sexuella övergrepp mot barn: tune t31, judged there"),
    20: ("skip", "registerdata om integration: blind6 g01, judged there"),
    21: ("keep", "elektromagnetiska störningar (on total defence activities) -> i10: inflection \"elektromagnetisk störning\""),
    22: ("skip", "hemlöshet: tune t41, holdout h06, judged there"),
    23: ("keep", "innovationskontor (at universities) -> i11: compound \"innovationskontor\""),
    24: ("skip", "bilateral cooperation in energy and miljöteknik: blind6 g24 miljöteknikexport's neighbour"),
    25: ("skip", "teachers of national minority languages: judged in tune t15, t28; tune t29 nationella minoriteter"),
    26: ("keep", "yrkesintroduktion för nyanställda socialsekreterare -> i12: compound \"yrkesintroduktion för socialsekreterare\""),
    27: ("skip", "the revised renewable energy directive: blind6 g19, judged there"),
    28: ("skip", "hälso- och sjukvårdens beredskap: blind6 g14 krisberedskap i socialtjänsten (regions' preparedness graded 1 there)"),
    29: ("skip", "NAT tests of blood donors: blind3 d03 blodgivare, judged there"),
    30: ("keep", "barnmisshandel (Brå's mapping of abuse of small children) -> i13: question \"har någon myndighet fått i uppdrag att kartlägga misshandel av små barn\""),
    31: ("keep", "patientsäkerhet -> i14: year \"patientsäkerhet\" --from 2011 --to 2014 (the patient safety act's first years)"),
    32: ("keep", "föräldraskapsstöd -> i15: exact \"föräldraskapsstöd\""),
    33: ("skip", "e-hälsa och välfärdsteknologi: blind6 g04 välfärdsteknologi"),
    34: ("skip", "film for children in minority languages: blind3 d24 svensk film, judged there"),
    35: ("keep", "yrkesförarutbildning för buss (in upper secondary school) -> i16: compound \"bussförarutbildning\""),
    36: ("skip", "kommunernas informationssäkerhet: holdout h05, judged there"),
    37: ("keep", "development cooperation with Bangladesh -> i17: english \"aid to Bangladesh\""),
    38: ("skip", "employers' support against sick leave: blind b04 sjukskrivningar"),
    39: ("keep", "riksintressen that need aktualitetsprövning -> i18: inflection \"aktualitetsprövning av riksintressen\""),
    40: ("keep", "Bokföringsnämnden (its tasks moved to Revisorsinspektionen) -> i19: typo \"Bokföringsnämden\""),
    41: ("keep", "EU territorial cooperation programmes (Interreg), 2014-2020 -> i20: year \"Interreg\" --from 2014 --to 2020"),
    42: ("skip", "flygstrategi: judged in blind3 d09 flygplatser"),
    43: ("skip", "kapacitetsbrist i elnäten: tune t18 elsystemet"),
    44: ("skip", "de mest sjuka äldre: tune t21 äldreomsorgen"),
    45: ("keep", "energieffektivisering (efficient use of energy and power for electrification) -> i21: english \"energy efficiency\""),
    46: ("skip", "skatten på avfall: judged in blind2 c15 circular economy"),
    47: ("keep", "uppdämda vårdbehov (care postponed in the pandemic) -> i22: inflection \"uppdämt vårdbehov\""),
    48: ("keep", "moderna språk i skolan -> i23: exact \"moderna språk\""),
    49: ("keep", "förskrivarbehörighet (checking prescribers' rights at pharmacies) -> i24: typo \"förskrivarbehörihet\""),
    50: ("keep", "Kulturbryggan -> i25: typo \"Kulturbrygan\""),
    51: ("skip", "alcohol, drugs and tobacco in pregnancy: judged in tune t19, t20"),
    52: ("keep", "producentansvar för förpackningar och returpapper -> i26: year \"producentansvar för förpackningar\" --from 2018"),
    53: ("skip", "central rättning av nationella prov: blind2 c23, judged there"),
    54: ("keep", "gästforskarprogram (US researchers, climate and environment) -> i27: inflection \"gästforskarprogrammet\""),
    55: ("keep", "kompletterande utbildningar into yrkeshögskolan -> i28: question \"vilka uppdrag har getts om att föra in kompletterande utbildningar i yrkeshögskolan\""),
    56: ("skip", "vätgas strategy: holdout h03, judged there"),
    57: ("skip", "surplus covid-19 vaccine: tune t35, holdout h18, judged there"),
    58: ("keep", "främlingsfientlighet och intolerans -> i29: typo \"främlingsfentlighet\""),
    59: ("skip", "bredbandsutbyggnad: tune t25 broadband, judged there"),
    60: ("skip", "information on familjehem, gode män: judged in tune t14, blind4 e04"),
    61: ("keep", "Kriminalvården's kompetensförsörjning -> i30: actor \"kompetensförsörjning\" --actor KVV"),
}


if __name__ == "__main__":
    sys.exit(walk("blind7", SEED, DRAWN, WANTED, DECISIONS))
