"""Draw the topics of blind11.yaml (issue 15) at random from the assignments.

In: ../shared/corpus/regeringen/regeringsuppdrag/ (4,646 files). Out: the 120
drawn files in order with their titles and, for the ones walked, the decision
made by reading the title and opening text: the topic kept (a civil servant's
search for this and earlier assignments on the same matter), with the form of
its query, or why the file was skipped. A file is skipped when its topic is
already the topic of a query of tune/holdout/blind/blind2 ... blind10 or of a
topic kept earlier in the walk, and also whenever the drawn file itself is
already judged relevant (1 or 2) by a query of those parts, so that no kept
topic is partly an earlier query's. The walk stopped at 30 kept topics
(drawn file 66); files 67-120 were not walked.

The method is make_blind10_draw.py's with another seed (2929) and 120 files
drawn. The decisions below, and the form of each query (exact, inflection,
compound, --actor, year filter, English, question, one-character slip, in
blind10's mix: 4, 4, 4, 3, 3, 4, 4, 4), were written by hand
before any judging grep; the script only prints them beside the draw so the
draw can be checked.

    python3 bench/search/make_blind11_draw.py

It then checks blind11.yaml beside it without running any search: the file
loads, ids are unique, every judged path exists in the corpus, grades are 1
or 2, and year filters agree with the judged paths' years.
"""

from __future__ import annotations

import sys

from draw import walk

SEED, DRAWN, WANTED = 2929, 120, 30

# Drawn position -> ("keep", topic -> query id: form "query") or ("skip", reason).
DECISIONS: dict[int, tuple[str, str]] = {
    1: ("keep", "secure and efficient electronic information exchange in the public sector -> n01: compound \"informationsutbyte\""),
    2: ("keep", "a quality award in the school system -> n02: exact \"kvalitetsutmärkelse\""),
    3: ("keep", "a corridor in the Swedish economic zone for two natural gas pipelines -> n03: english \"natural gas pipelines\""),
    4: ("skip", "innovation in the food chain within Livsmedelsstrategin: the topic of blind3 d07"),
    5: ("keep", "moving Skatteverket's verksamhetsstöd to Statens servicecenter -> n04: year \"Statens servicecenter\" --to 2013"),
    6: ("skip", "support to children as anhöriga: judged in tune t20, blind8 j28"),
    7: ("skip", "funding of the maritime and transport history museums: judged in blind2 c06"),
    8: ("skip", "e-SENS: judged in blind9 k14"),
    9: ("keep", "following up young people without gymnasieutbildning -> n05: question \"vilka uppdrag finns om unga som saknar gymnasieutbildning\""),
    10: ("skip", "CSN's finances: judged in blind10 m08"),
    11: ("skip", "investment promotion for Smart industri: judged in blind9 k25"),
    12: ("skip", "advanced life science programme: judged in blind2 c14"),
    13: ("skip", "an innovation cluster for liquid biogas: judged in blind2 c13"),
    14: ("skip", "protection of railways and public transport: judged in tune t26"),
    15: ("keep", "package sizes of licensläkemedel -> n06: compound \"licensläkemedel\""),
    16: ("skip", "the ANDT strategy: judged in tune t19, t20"),
    17: ("keep", "Konsumentverket stimulating environmentally smart consumption -> n07: actor \"hållbar konsumtion\" --actor KOV"),
    18: ("skip", "Landsbygdsprogrammet: judged in blind3 d04, tune t28"),
    19: ("keep", "Riksantikvarieämbetet reviewing the rules on kulturföremål -> n08: actor \"kulturföremål\" --actor RAÄ"),
    20: ("skip", "antibiotic resistance: judged in tune t40, holdout h12"),
    21: ("keep", "Försäkringskassan standardising läkarintyg -> n09: actor \"läkarintyg\" --actor FK"),
    22: ("keep", "Statens konstråd on konstnärlig gestaltning when the state builds -> n10: exact \"konstnärlig gestaltning\""),
    23: ("skip", "the homelessness strategy: judged in tune t41, holdout h06"),
    24: ("skip", "information to dental patients: judged in blind2 c01"),
    25: ("keep", "reviewing the national limits on cabotage (art. 10.7 of regulation 1072/2009) -> n11: english \"cabotage\""),
    26: ("keep", "Havs- och vattenmyndigheten's regional investigation offices moved to länsstyrelserna -> n12: year \"regionala utredningskontoren\" --to 2012"),
    27: ("keep", "following up karriärstegsreformen -> n13: typo \"karriärstegsrefomen\""),
    28: ("skip", "fritidskort: judged in blind2 c22"),
    29: ("skip", "a national centre for mathantverk: the topic of blind3 d07 (blind10 skipped mathantverk for the same reason)"),
    30: ("skip", "electrification: judged in tune t18"),
    31: ("skip", "child rights perspective: judged in blind6 g18"),
    32: ("skip", "temporary preparedness airports: judged in blind3 d09"),
    33: ("skip", "krisstöd: judged in blind3 d06"),
    34: ("skip", "violence and abuse against children: the topic of tune t31 and blind7 i13"),
    35: ("skip", "civilplikt in health care: judged in blind2 c01, tune t17"),
    36: ("keep", "price effects of the EU's new emissions trading system -> n14: english \"emissions trading\""),
    37: ("keep", "whether longer lorries should be allowed on Swedish roads -> n15: exact \"längre lastbilar\""),
    38: ("keep", "municipal and Arbetsförmedlingen efforts for persons with ekonomiskt bistånd registered at Arbetsförmedlingen -> n16: question \"vilka uppdrag finns om personer med försörjningsstöd som är inskrivna på Arbetsförmedlingen\""),
    39: ("keep", "permit requirements for lines built under nätkoncession för område -> n17: typo \"nätkoncesion\""),
    40: ("skip", "exemptions from bygglov: judged in blind4 e24"),
    41: ("skip", "naloxon: judged in blind10 m22"),
    42: ("keep", "the Police's handling of vapentillstånd -> n18: inflection \"vapentillstånden\""),
    43: ("keep", "safety measures for gas-powered buses -> n19: compound \"gasbussar\""),
    44: ("keep", "decisions on byggstarter and renewed material from Trafikverket -> n20: year \"byggstarter\" --from 2024"),
    45: ("skip", "authorities' placement of staff: judged in tune t35"),
    46: ("skip", "unaccompanied children who disappear: judged in tune t14, t38, blind5 f13"),
    47: ("skip", "the regional fund programme's monitoring committee: judged in blind9 k19"),
    48: ("keep", "the shortage of safe parking places for professional traffic -> n21: typo \"uppställningsplater\""),
    49: ("keep", "more checks when company data is registered -> n22: question \"finns det något uppdrag om att kontrollera uppgifter som registreras hos Bolagsverket\""),
    50: ("keep", "cross-fund cooperation within the partnership agreement and the ESI funds -> n23: exact \"ESI-fonderna\""),
    51: ("skip", "research funding linked to the pandemic: judged in tune t35"),
    52: ("skip", "the strategy against men's violence against women: judged in tune t30"),
    53: ("skip", "medicines for rare conditions: judged in blind2 c02, blind4 e14"),
    54: ("keep", "a pilot with utvecklingscheckar in care -> n24: inflection \"utvecklingscheckarna\""),
    55: ("skip", "surplus protective equipment: the topic of tune t35 (protective equipment in covid-19, as in blind10)"),
    56: ("keep", "Tillväxtverket's digitalt först for simpler business -> n25: english \"digital first\""),
    57: ("keep", "stricter environmental checks at vehicle inspection -> n26: compound \"miljöbesiktning\""),
    58: ("keep", "taking over the remaining staff of the wound-up Arbetslivsinstitutet -> n27: inflection \"Arbetslivsinstitutets personal\""),
    59: ("skip", "antibiotic resistance and healthcare infections: judged in tune t40, holdout h12, blind7 i14"),
    60: ("skip", "the LGBTQ strategy: judged in tune t27"),
    61: ("skip", "agreement with the WHO: judged in tune t40, holdout h12"),
    62: ("skip", "national quality registers: judged in blind6 g16"),
    63: ("keep", "licensed health staff working in voluntary associations -> n28: question \"kan legitimerad vårdpersonal arbeta ideellt i föreningar\""),
    64: ("keep", "a tariff for street charges -> n29: inflection \"gatuavgifterna\""),
    65: ("skip", "välfärdsbrottslighet: judged in blind2 c01, holdout h17"),
    66: ("keep", "regulations on relevant yrkeskunskaper for vocational teachers -> n30: typo \"relevanta yrkeskunskper\""),
}


if __name__ == "__main__":
    sys.exit(walk("blind11", SEED, DRAWN, WANTED, DECISIONS))
