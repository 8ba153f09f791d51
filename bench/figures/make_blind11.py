"""Writes blind11.json (issue 14, thirteenth part of the figure gold set; the JSON is the data).

In: the sentences `make_blind11_draw.py` drew (kept as `blind11_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind11.json, each
sentence with its score line, assignment file and the figures a reader finds
in it. All 350 come from government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ (the PDFs' and the catalogue's
unused sentences were used up by blind6, blind9 and blind10), one sentence
per assignment, no assignment twice.

Sources (score.py lines): `legal` (0–149: sentences holding a legal or
designation shape — `§`, `kap.`, `lagen (`, an SFS number, `artikel`,
`direktiv`, `punkt`, `bilaga`, `prop.`, `SOU`, `dnr`, a diary number —
whatever other numbers they hold; mostly false-figure bait, so precision),
`shape` (150–249: the "number + lower-case word" shape; mostly figures, so
recall), `any` (250–349: any sentence with a digit or number word; mostly
dates, years and designations), `all` (the 350 together).

Labels were written by reading each sentence, by an engineer who had not read
the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py,
evidence/quantity.py) or the tests' expectations (tests/extract/test_figures.py),
before the figure extractor was run on any of them, and committed before it
was. The figure extractor and score.py were never run on this part by the
labeller.

Conventions as make_blind6.py … make_blind10.py: counts, amounts, shares,
percentages, durations and ages are figures, with unit, qualifier and range
`high`; högst → under, minst → over, ca → approx; `endast`, `totalt`,
`sammanlagt` carry no qualifier; kronor scaled to kronor; a rate's base is
none (`35 miljoner kronor årligen`, `25 000 kronor per årsstudieplats` → one
amount each); a number word before a noun counts it, also after
`de`/`dessa` (`de sex program`, `dessa tre objekt`, `De nio
nätverksmyndigheter`, `de 21 polismyndigheterna`); agencies, places,
objects and wolves are counts (`170 individer` of the wolf population is not
people); `de senaste 5 åren` is 5 years (gold.json's `de senaste 27 åren`);
`tioåriga` is 10 years (blind2's `tioårig`); `högskolepoäng` are counts;
`timmarna` are `hours`; `varav` gives its amount no bound of its own
(blind7's 54). No figure for years (`under 2014–2016`, `budgetpropositionen
för 2018`, `senast 2028`, `före 1997`, `2016 års beslut`, `2021 års
prisnivå`), dates (`senast den 31 mars 2024`, `den 1 januari 2019-den 31
december 2020`, `till och med den 30 juni 2014`), section, chapter, article
and point references (`7 § lagen (1993:335)`, `3 kap. 9 a §`, `1 kap. 2, 8-9
§§`, `4 § 3 samt 5 och 21 §§`, `2:7 §`, `artikel 10.4`, `artikel 3 punkten
1`, `artiklarna 3 punkterna 4b–4j, 11.1 fjärde stycket, …`, `artikel 27.1–27.3`,
`avsnitt 6.2`, `8.2 i prop.`), SFS, EU and other designations (`(2008:567)`,
`(2001:453, SoL)`, `(EU) 2021/2115`, `(EU) nr 1305/2013`, `direktiv
92/43/EEG`, `KOM (2018) 375`, `KOM (2009)248`, `SOU 2021:99`, `prop.
2009/10:232`, `bet. 2021/22: FiU47`, `rskr. 2021/22:227`, `dir. 2012:129`,
`(Fi 2010:08)`, `(M 2008:05)`, Statskontoret's report `(2014:32)`,
`(2008:17)`, `bilaga 2`, `bilagorna 1 och 2`, `bilaga V`, `bilaga IVc`),
diary numbers (`A2024/00777`, `dnr S2011/1806/VS`, `IJ2008/2257/IU[delvis]`,
`UM2022/41373/BRYR`), budget designations (`utgiftsområde 16`, `ramanslaget
1:5`, `anslaget 2:4`, `anslagsposten 4`, `anslag 6:1`), numbered items and
names (`årskurs 1`, `årskurs 4`, `årskurs 9`, `kurs 3`, `kurs 6`,
`Observationsstudie 2`, `år 1–3 (2024–2026)` and `år 4–6` of a plan period
(blind6's), `regeringsbeslut I:0`, `Europaväg 22`, `Rv 26`, `SWEREF 99 TM`,
`Nord Stream 2 AG`, `covid-19`, `Landsbygdsprogrammet 2014–2020`, `Vård 2021`,
`bankgiro 5052–5781`, a footnote mark `¹`). Ordinals are none (`den första
punkten`, `första instans`, `Vid det första tillfället`, `ett frivilligt
fjärde tekniskt år`, `I uppdragets andra del`); an article `en`/`ett` is none
(`en delrapport`, `en expert`, `en gemensam nationell samling`), and `en eller
flera av kurserna` is none. Units kallkoll does not model give no figure
(blind2's `kilowatt`, blind6's `750 kilogram` and `euro`): `1,5
terawattimmar`, `300 TWh`, `560 kW`, `3 500 kg men inte 4 250 kg`.

Judgement calls, written before any run:
- 35 `rapportera 170 som referensvärde i fråga om populationsstorlek` and
  215 `vid ett referensvärde om 170 individer` (the wolf population): a
  count of 170 each; the reference value is a population size, a stated
  quantity, and wolves are no `persons`.
- 138 `46 Provtagning, smittspårning och utbrottshantering (S2020/05559/RS,
  …`: no figure; 46 numbers an item (an agreement's or appropriation's
  point, a heading number left at the start of a cut-off sentence), as
  `anslagsposten 4 Informationsteknik` is a designation.
- 127 `ett australiskt och ett kanadensiskt självmordsförebyggande
  utbildningsprogram`: no figure; the two `ett` name the members, with no
  number set against them (blind5's convention).
- 172 `under de första två åren efter reformens ikraftträdande`: 2 years (a
  period, as `de senaste 5 åren`); `första` goes with it, no ordinal figure.
- 199 `7 miljoner kronor under 2020, varav 1 miljon kronor öronmärks`: two
  amounts, 7 and 1 million, no bounds (blind7's 54).
- 227 `högst 5 miljoner kronor under 2019 och 5 miljoner kronor under 2020`:
  the bound holds for both amounts (blind7's 138, blind2's convention).
- 230 `antalet som fått en respektive två doser`: counts of 1 and 2 (blind4's
  `en`/`ett` set against another number is a count).
- 232 `de 534 utökade timmarna i lågstadiet`: 534 hours.
- 258 `188 485 DS-dollar` (the IMF's special drawing rights): no figure, a
  currency kallkoll does not model, as `euro`.
- 276 `Åtgärdskostnaden … får inte överskrida de ekonomiska ramar, … (17 300
  miljoner kronor …) och … (43 531 miljoner kronor …)`: two amounts, 17.3
  and 43.531 billion kronor, both under — the negated bound verb caps the
  cost at each frame (blind10's `inte överstiga sex` → under).
- 312 `förbereda objekten Ostkustbanan, fyra spår (…)`: a count of 4 (tracks);
  the object's name states the quantity in words, as blind10's 83
  `Demokratin 100 år` did. `Rv 26` and `år 2023–2024` are none.
- 324 `Båda myndigheterna`: no figure (`båda` is no number word; blind10's
  `ena eller båda`).
- 200 `svarsandelen till endast 28 procent`: 28 percent, no qualifier.
"""
from labels import C, P, SEK, Y, f, write_drawn_part

H = "hours"

LABELS = {
    # legal: 0–149
    0: [f(6, C)],
    28: [f(10, Y)],
    29: [f(2.9e8, SEK)],
    35: [f(170, C)],
    45: [f(38, C)],
    73: [f(3, C, "over")],
    112: [f(7, C)],
    133: [f(5000, SEK), f(400000, SEK)],
    # shape: 150–249
    150: [f(3.5e7, SEK)],
    151: [f(4, C)],
    152: [f(1.5e7, SEK, "under")],
    153: [f(2e6, SEK), f(8e6, SEK), f(1.5e7, SEK)],
    155: [f(1e6, SEK, "under")],
    156: [f(5e5, SEK, "under")],
    157: [f(3, C)],
    158: [f(1.5e6, SEK)],
    159: [f(4e6, SEK)],
    160: [f(2, C)],
    161: [f(6500, C, "over"), f(10000, C)],
    163: [f(1.5e6, SEK, "under")],
    164: [f(3e6, SEK)],
    165: [f(4.8e6, SEK)],
    166: [f(1e6, SEK)],
    167: [f(2, P)],
    169: [f(9, C)],
    170: [f(8e6, SEK)],
    172: [f(2, Y)],
    173: [f(1.7e6, SEK)],
    174: [f(2e6, SEK)],
    175: [f(5e5, SEK, "under")],
    176: [f(3e6, SEK)],
    177: [f(20, C, "approx")],
    178: [f(3.3e7, SEK)],
    179: [f(5e6, SEK)],
    180: [f(1.2e7, SEK)],
    181: [f(2, C)],
    182: [f(4e6, SEK, "under")],
    184: [f(1.61e8, SEK)],
    185: [f(2e7, SEK, "under")],
    187: [f(5e5, SEK, "under")],
    188: [f(2e6, SEK)],
    189: [f(1.99e9, SEK)],
    190: [f(5e6, SEK, "under")],
    193: [f(5e8, SEK)],
    194: [f(6, C)],
    195: [f(5e5, SEK)],
    197: [f(5, C)],
    199: [f(7e6, SEK), f(1e6, SEK)],
    200: [f(28, P)],
    201: [f(21, C)],
    202: [f(5, C)],
    203: [f(1e6, SEK, "under")],
    204: [f(8e7, SEK)],
    205: [f(5e5, SEK, "under")],
    206: [f(1e7, SEK, "under")],
    207: [f(25000, SEK)],
    208: [f(2e6, SEK)],
    209: [f(2.23e8, SEK)],
    210: [f(9.75e7, SEK), f(2.5e6, SEK)],
    213: [f(3.25e7, SEK)],
    214: [f(5, Y)],
    215: [f(170, C)],
    216: [f(4e5, SEK)],
    217: [f(1e6, SEK)],
    218: [f(1e7, SEK)],
    222: [f(5e5, SEK)],
    224: [f(1e6, SEK)],
    226: [f(5, C)],
    227: [f(5e6, SEK, "under"), f(5e6, SEK, "under")],
    228: [f(2.5e5, SEK)],
    229: [f(9, C)],
    230: [f(1, C), f(2, C)],
    231: [f(29, C)],
    232: [f(534, H)],
    233: [f(1e7, SEK)],
    234: [f(1.5e6, SEK, "under")],
    236: [f(30, P)],
    238: [f(7, C)],
    239: [f(3e6, SEK)],
    240: [f(4e5, SEK)],
    241: [f(1000, C, "approx")],
    244: [f(2, C)],
    245: [f(180, C)],
    246: [f(2, Y, "over")],
    247: [f(1.5e6, SEK)],
    248: [f(1.4e7, SEK, "under")],
    249: [f(3.5e7, SEK, "under")],
    # any: 250–349
    273: [f(1e6, SEK)],
    276: [f(1.73e10, SEK, "under"), f(4.3531e10, SEK, "under")],
    293: [f(2.5e6, SEK, "under"), f(2.5e5, SEK, "under")],
    294: [f(100, C, "over")],
    312: [f(4, C)],
    336: [f(70, P)],
    337: [f(1.5e6, SEK, "under")],
    340: [f(2e6, SEK, "under")],
}
LINES = (("legal", 0, 150), ("shape", 150, 250), ("any", 250, 350))


if __name__ == "__main__":
    write_drawn_part("blind11", LABELS, LINES, texts=False)
