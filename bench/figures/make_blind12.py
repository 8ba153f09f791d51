"""Writes blind12.json (issue 14, fourteenth part of the figure gold set; the JSON is the data).

In: the sentences `make_blind12_draw.py` drew (kept as `blind12_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind12.json, each
sentence with its score line, assignment file and the figures a reader finds
in it. All 350 come from government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ that blind11 did not draw from
(seed 3232), one sentence per assignment, no assignment twice.

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

Conventions as make_blind6.py … make_blind11.py: counts, amounts, shares,
percentages, durations and ages are figures, with unit, qualifier and range
`high`; högst/`upp till`/maximalt → under, minst/`fler än`/`och äldre` →
over, ca/cirka/ungefär → approx; `totalt`, `sammanlagt`, `sammantaget`,
`ytterligare` carry no qualifier; kronor scaled to kronor; a rate's base is
none (`28 miljoner kronor per år`, `100 miljon kronor årligen`, `420 000
kronor till vardera …` → one amount each); a number word before a noun
counts it, also after `de`/`dessa` (`de fem fokusområdena`, `dessa tre
myndigheter`, `de 13 landsting`); people are `persons` (`fler än tio
anställda`, `två sekreterare`); an object's name that states a quantity in
words counts it (blind11's `Ostkustbanan, fyra spår`: `Hässleholm– Lund, två
nya spår` → 2); `de senaste fem åren` is 5 years; `treåriga` is 3 years
(blind11's `tioåriga`); `gymnasiepoäng` are counts (as `högskolepoäng`);
`timmar` are `hours`; `personer 65 år och äldre` is an age over 65 and
`under femton år` an age under 15. No figure for years (`budgetpropositionen
för 2011`, `under 2012-2015`, `perioden 2026–2037`, `2013 års
Stockholmsförhandling`), dates (`senast den 1 december 2019`, `1 januari
2021–31 maj 2021`), section, chapter, article and point references (`4 kap.
7 §`, `8 kap. 4 § första stycket 8`, `6 och 7 §§`, `9 § 9`, `artikel
8.2–8.8`, `artikel 6 a`, `artiklarna 11–42, 44, 45 och 48`, `artiklarna 8 j
och 10 c`, `punkterna 1 och 2`, `punkt 4 och 5`, `punkt 23`), SFS, EU and
other designations (`(1997:857)`, `(EU) nr 651/2014`, `direktiv
2010/31/EU`, `2016/1148/EU`, `COM[2022] 236 final`, `SOU 2023:38`, `Ds
2019:23`, `prop. 2015/16:1`, `bet. 2016/17: MJU23`, `rskr. 2016/17:338`,
`dir 2009:19`, `(M 2013:01)`, `(N Fi 2009:01)`, `Fö2014:A`, `Rapport
2012:2`, `dnr 40-2011:2523`, `NV–06530–23`, `protokoll 2018/19:15`,
`bilaga 1`, `bilaga 3`), diary numbers (`M2015/2635/Ee`, `dnr M2017
/03180/S`, `A2012/1967/A (delvis)`, `UF2013/38840/UD/USTYR`), budget
designations (`anslag 6:1`, `anslagspost 14`, `utgiftsområde 13`,
`anslagsposten 46.3`, `UO 24`), property designations (`Brämaregården
12:24`), an organisation number (`559347–9420`), numbered items and names
(`Deluppdrag 1`, `Uppdrag 1, 2, 3 och 4`, `Uppdrag 3`, `uppgifterna 1–3 och
7`, `observationsstudie 2`, `del 2`, `Livsmedelsstrategin 2.0`, `Lärarlyftet
II`, `Eurostudent 5`, `Max18`, `NIS 2- direktivet`, `Regeringsbeslut III:8`,
`årskurserna 7-9`, `Totalförsvaret 2021–2025`, `covid-19`, `IPv6`).
Ordinals are none (`ett fjärde tekniskt år`, `den femte omgången`, `Den andra
delen`); an article `en`/`ett` is none (`en delrapport`, `ett intensivår`,
`ett tillfälligt vaccinationsbevis`), and `ett stort antal` is none. Units
kallkoll does not model give no figure (`euro`: `10 miljoner euro`, `5,59
miljoner euro`, `44 108 euro`).

Judgement calls, written before any run:
- 151 `till angivet maxbelopp 22 miljoner kronor`: 22 million kronor, under
  (a maximum amount, as `maximalt`); `två nya spår` in the object's name: a
  count of 2 (blind11's 312).
- 172 `inom tio veckor` and 186 `tre till fyra veckor`: no figure. Weeks are
  no unit of the label set (labels.py has days, months, years, hours), and
  no earlier part labels a week; taken as a unit kallkoll does not model,
  as blind6's `tolv minuter`. 186's `ungefär fyra timmar` is 4 hours, approx.
- 173 `två eller tre län`: two counts, 2 and 3 (a list with `eller`, not a
  range; round 13's `ett eller två lärosäten` is a list of numbers).
- 222 `fem till tio indikatorer`: one range, 5–10 (blind6's `två till
  femton procent`).
- 193 `som lägst 13 procent (2014) och som högst 40 procent (2018)`: 13
  percent over and 40 percent under (blind5's `som mest` → under, and `som
  lägst` the other way); the bracketed years are none.
- 197 `utan 2 (5) byte uppgår till minst 11 timmar`: counts of 2 and 5
  (changes of train; the bracketed 5 is an alternative number of the same
  thing) and 11 hours over, as written.
- 245 `högst 500 000 kronor under 2018 och för 2019 beräknas universitetet
  få använda 500 000 kronor`: the first under, the second with no bound (a
  new clause with its own verb; blind11's 227 shared the bound only within
  one list).
- 210 `upp till motsvarande 200 procent av tilldelningen`: 200 percent,
  under.
- 182 `de två första delarna`: a count of 2 (blind11's 172 `de första två
  åren`); `första` no ordinal figure.
- 142 `totalt 79 700 000 kronor till de 13 landsting`: an amount and a
  count of 13, no qualifier.
- 203 `10 miljoner euro, cirka 110 miljoner kronor`: only the kronor, 110
  million, approx.
- 247 `högst 21 vindkraftverk`: a count under 21; `559347–9420` (the
  company's organisation number at the cut-off start) none.
- 156 `inom ramen för 2500 gymnasiepoäng`: a count of 2500, no bound.
- 311 `inom en sammanlagd tid av högst fyra år`: 4 years, under.
"""
from labels import AGE, C, P, PER, SEK, Y, f, write_drawn_part

H = "hours"

LABELS = {
    # legal: 0–149
    6: [f(65, AGE, "over")],
    15: [f(1e6, SEK)],
    38: [f(1e7, SEK), f(2.5e7, SEK)],
    58: [f(8, C)],
    116: [f(15, AGE, "under")],
    135: [f(3, Y)],
    142: [f(7.97e7, SEK), f(13, C)],
    # shape: 150–249
    150: [f(2e6, SEK, "under")],
    151: [f(2, C), f(2.2e7, SEK, "under")],
    152: [f(2.5e6, SEK, "under")],
    155: [f(1e6, SEK, "under")],
    156: [f(2500, C)],
    157: [f(2e6, SEK)],
    160: [f(3e6, SEK)],
    162: [f(1e6, SEK, "under")],
    164: [f(2.8e7, SEK)],
    166: [f(6e7, SEK)],
    167: [f(5, C)],
    168: [f(3, C)],
    169: [f(6e5, SEK, "under")],
    170: [f(5e7, SEK)],
    171: [f(120, C)],
    173: [f(2, C), f(3, C)],
    174: [f(3, C)],
    175: [f(2, C)],
    176: [f(2, C)],
    177: [f(5, C)],
    178: [f(12, P), f(6, P)],
    179: [f(2, C)],
    181: [f(7.2e5, SEK)],
    182: [f(2, C)],
    183: [f(5e5, SEK)],
    184: [f(4, C)],
    185: [f(2.6e7, SEK)],
    186: [f(4, H, "approx")],
    187: [f(6.3e7, SEK)],
    188: [f(4, C)],
    189: [f(5e6, SEK)],
    190: [f(1e7, SEK)],
    191: [f(1.3e7, SEK)],
    192: [f(2.5e8, SEK), f(2e8, SEK)],
    193: [f(13, P, "over"), f(40, P, "under")],
    194: [f(7.3925e8, SEK)],
    195: [f(2, C)],
    197: [f(2, C), f(5, C), f(11, H, "over")],
    198: [f(28, C), f(3, C)],
    199: [f(4.85e7, SEK), f(20, C)],
    200: [f(8, C)],
    202: [f(4.2e5, SEK)],
    203: [f(1.1e8, SEK, "approx")],
    204: [f(1e6, SEK, "under")],
    205: [f(2, C)],
    206: [f(3.5e6, SEK)],
    208: [f(1e6, SEK)],
    209: [f(6e6, SEK)],
    210: [f(200, P, "under")],
    211: [f(12, C)],
    212: [f(10, C)],
    214: [f(6, C)],
    215: [f(1e6, SEK)],
    216: [f(2.45e6, SEK)],
    217: [f(2.45e6, SEK)],
    218: [f(1e8, SEK, "under")],
    219: [f(8e6, SEK)],
    220: [f(1e6, SEK)],
    221: [f(10, PER, "over")],
    222: [f(5, C, high=10)],
    223: [f(3e5, SEK, "under")],
    224: [f(2e6, SEK)],
    225: [f(2.85e8, SEK)],
    226: [f(2, PER)],
    227: [f(3, C)],
    228: [f(1e6, SEK, "under")],
    230: [f(5, Y)],
    231: [f(1e6, SEK, "under"), f(3e5, SEK, "under")],
    232: [f(9.5e8, SEK)],
    233: [f(4e5, SEK, "under")],
    234: [f(5e7, SEK)],
    236: [f(6e6, SEK)],
    237: [f(5e10, SEK, "under")],
    238: [f(5e6, SEK, "under")],
    239: [f(6e8, SEK)],
    240: [f(3e6, SEK, "under")],
    242: [f(500, SEK), f(1252, SEK)],
    243: [f(4, C)],
    245: [f(5e5, SEK, "under"), f(5e5, SEK)],
    246: [f(99.8, P, "over")],
    247: [f(21, C, "under")],
    249: [f(4, C)],
    # any: 250–349
    255: [f(1.5e6, SEK, "under")],
    263: [f(2, C)],
    303: [f(2, C)],
    304: [f(2, C)],
    305: [f(1.825e8, SEK)],
    311: [f(4, Y, "under")],
    316: [f(2, C)],
    332: [f(2.955e7, SEK)],
}
LINES = (("legal", 0, 150), ("shape", 150, 250), ("any", 250, 350))


if __name__ == "__main__":
    write_drawn_part("blind12", LABELS, LINES, texts=False)
