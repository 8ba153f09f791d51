"""Writes blind13.json (issue 14, fifteenth part of the figure gold set; the JSON is the data).

In: the sentences `make_blind13_draw.py` drew (kept as `blind13_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind13.json, each
sentence with its score line, assignment file and the figures a reader finds
in it, and blind13_texts.txt (the sentence texts, one per line, so that wider
checks can skip them unread). All 350 come from government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ that neither blind11 nor
blind12 drew from (seed 3333), one sentence per assignment, no assignment
twice. This part measures round 14 of the rules.

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

Conventions as make_blind6.py … make_blind12.py: counts, amounts, shares,
percentages, durations and ages are figures, with unit, qualifier and range
`high`; högst/`upp till`/maximalt/`senast <duration>`/knappt → under,
minst/`fler än`/drygt → over, ca/cirka/ungefär → approx; `totalt`,
`sammanlagt`, `ytterligare`, `motsvarande` carry no qualifier; kronor scaled
to kronor; a rate's base is none (`10 miljoner kronor per år`, `300 000
tester per vecka` → one figure each); a number word before a noun counts it,
also after `de` (`de fem fokusområdena`, `de nio kommuner`, `de 25
myndigheterna`); people are `persons` (`15 brobyggare`, `120 000 sökande`,
`70 000 människor`); `årsarbetskrafter` and `högskolepoäng` are counts (gold's
`80-100 årsarbetskrafter`); `de första två åren` is 2 years (blind11), so
`strategins fyra första år` is 4 years; `i åldern 13–25 år`, `barn 0–18 år`,
`åldersgruppen 16–19` are age ranges. Weeks ARE figures, a duration as days,
months and years (unit "weeks"; the lead's note for this part: blind12 left
them out, a labelling slip). No figure for years (`under åren 2018–2020`,
`perioden 2026-2037`, `budgetpropositionen för 2016`, `Agenda 2030`), dates
(`senast den 1 oktober 2013`, `den 20:e varannan månad`), section, chapter,
article and point references (`31 §`, `6 b §`, `9 kap.`, `2 kap. 3 § och 3
kap. 5 § 4.`, `1 och 3 §§`, `93 a §`, `artikel 20a.1`, `artikel 8.1b)`,
`artikel 9.2 b`, `artikel 4.3`, `artikel 10d`, a list item `2.`), SFS, EU and
other designations (`(2010:900)`, `(EG) nr 178/2002`, `direktiv 2012/34/EU`,
`[EEG] nr 922/72`, `SOU 2021:43`, `Ds 2021:16`, `prop. 2014/15:109`, `bet.
2017/18:SoU5`, `rskr. 2017/18:86`, `SFS 2013:796`, `skr. 2013/14:29`,
`(2016:25)`, `dnr 2013/1821`, `bilaga 1`, `avsnitt 9.3`), diary numbers
(`Ku2016/01401/D`, `N2021/00169`, `dnr N2017 /01899/D`, `A2012/857/A`,
`diarienummer M2006/02007`), budget designations (`utgiftsområde 24`,
`anslaget 1:8`, `anslagspost 1`, `anslagsposten 3`, `anslag 3:1`, `ap 3.`,
`villkor 3`, `anslaget 1: 12`), numbered items and names (`åtgärd 5`,
`deluppdraget 3`, `Deluppdrag 1`, `klass II`, `årskurs 9`, `covid-19`,
`700 MHz-bandet`). Ordinals are none (`I ett första steg … i ett andra steg`,
`det första kvartalet`, `ett första mätresultat`); an article `en`/`ett` is
none (`en delrapport`, `vid ett tillfälle`, `ett råd`), `en eller flera` is
none (blind5, blind6), and `varannan månad`, `varje år`, `årligen` are
frequencies, none. Units kallkoll does not model give no figure (`euro`:
`7 600 euro`, `115 000 euro`; `16,5 meter`, `3,5 ton`, `250 km/tim`,
`694–790 MHz`).

Judgement calls, written before any run:
- 111 `det s.k. 29-punktsprogrammet`: no figure — the programme's name
  (`det s.k.`), as `Max18` or `NIS 2- direktivet`; not a quantity stated in
  words of an object (blind11's `fyra spår`).
- 146 `inom en sammanlagd tid av högst två år och sex månader`: two figures,
  2 years under and 6 months under (the bound covers the whole duration;
  blind12's 311 `högst fyra år` → under).
- 2 `en eller flera metoder`: none (earlier parts' rule).
- 131 `en totalvikt över 3,5 ton`: none (tonnes are not modelled, blind5);
  `klass II` none.
- 156 `öka antalet verkställigheter … med 50 procent`: 50 percent, no
  qualifier (the size of an increase is still a percent figure).
- 160 `sin andel av 300 000 tester per vecka`: a count of 300 000 (rate
  base none); `en region` none.
- 176 `lastbilar med två och tre axlar`: two counts, 2 and 3 (a list with
  `och`, not a range); `16,5 meter` none.
- 189 `två till tre heldagar`: one range, 2–3 days.
- 200 `en tredjedel av de offentliga utgifterna`: a share of 1/3 (blind4's
  `två tredjedelars`); `nästan 70 procent`: 70 percent, under (as `knappt`).
- 201 `inom ca tio veckor` → 10 weeks approx; `inom ca två till sex veckor`
  → one range 2–6 weeks, approx (`ca` before the range qualifies the whole).
- 204 `minst tre månader framåt` → 3 months over; `varannan månad` none.
- 211 `Högst 600 000 kronor av de sammanlagt 1 600 000 kronor`: 600 000
  under, 1 600 000 no qualifier.
- 228 `flera hundra … dödsfall`: no figure (`flera hundra` states no value).
- 240 `knappt två miljoner kronor`: 2 million kronor, under.
- 243 `två procent av bruttonationalprodukt`: 2 percent.
- 246 `7,5 högskolepoäng`: a count of 7.5.
- 341 `högst l miljon kronor per år` (a letter l for the digit 1 in the
  source): 1 million kronor, under — a reader reads one million; the
  `per år` base is none and `2016-2018` years.
- 345 `under de närmaste 3-5 åren`: one range, 3–5 years.
- 272 `antalet barn 0–18 år`: an age range 0–18.
- 25, 147, 152, 195, 244 `de fem`/`de nio`/`de 25`/`de tre`/`de åtta` + noun:
  counts (blind12's `de fem fokusområdena`).
"""
from labels import AGE, C, D, M, P, PER, SEK, SH, Y, f, write_drawn_part

W = "weeks"

LABELS = {
    # legal: 0–149
    25: [f(5, C)],
    32: [f(3e6, SEK, "under")],
    38: [f(13, C)],
    144: [f(9.85e7, SEK)],
    146: [f(2, Y, "under"), f(6, M, "under")],
    147: [f(9, C)],
    # shape: 150–249
    150: [f(4.95e7, SEK)],
    152: [f(25, C)],
    153: [f(5, C, "over")],
    155: [f(1e6, SEK)],
    156: [f(50, P)],
    157: [f(2, C)],
    159: [f(3e6, SEK)],
    160: [f(3e5, C)],
    161: [f(200, C, "approx"), f(7e4, PER, "approx")],
    162: [f(5.2e7, SEK), f(7.75e7, SEK), f(1.13e8, SEK)],
    163: [f(5e7, SEK, "under")],
    164: [f(9e8, SEK)],
    165: [f(5e5, SEK, "under")],
    166: [f(2.25e8, SEK, "under")],
    167: [f(1e6, SEK)],
    168: [f(1.2e5, PER)],
    169: [f(3e5, SEK)],
    170: [f(1.2e7, SEK)],
    172: [f(1e5, SEK, "under")],
    173: [f(2.32e7, SEK)],
    175: [f(4, Y)],
    176: [f(2, C), f(3, C)],
    178: [f(15, PER)],
    179: [f(2, C)],
    181: [f(3.1e7, SEK), f(5e6, SEK)],
    183: [f(1e8, SEK, "under")],
    184: [f(6, M, "under")],
    185: [f(5e6, SEK)],
    187: [f(16, AGE, high=19)],
    188: [f(3e8, SEK)],
    189: [f(2, D, high=3)],
    190: [f(6e5, SEK)],
    191: [f(2, C)],
    192: [f(2.5e8, SEK)],
    193: [f(25, P, "over")],
    195: [f(3, C)],
    196: [f(4.97e8, SEK)],
    197: [f(1e7, SEK)],
    198: [f(4e7, SEK, "under")],
    199: [f(7e5, SEK, "under")],
    200: [f(1 / 3, SH), f(70, P, "under")],
    201: [f(10, W, "approx"), f(2, W, "approx", high=6)],
    202: [f(2.3e6, SEK, "under")],
    203: [f(6e6, SEK, "under"), f(4e6, SEK, "under")],
    204: [f(3, M, "over")],
    206: [f(20, C, "over")],
    207: [f(2, C)],
    208: [f(4.7e7, SEK, "under")],
    209: [f(2.4e7, SEK)],
    210: [f(1e7, SEK)],
    211: [f(6e5, SEK, "under"), f(1.6e6, SEK)],
    213: [f(1.4e6, SEK)],
    214: [f(1.7e6, SEK)],
    215: [f(12, M)],
    217: [f(5e6, SEK)],
    218: [f(15, C)],
    219: [f(6e5, SEK)],
    220: [f(2, C, "over")],
    221: [f(5e7, SEK)],
    223: [f(6e6, SEK, "under")],
    224: [f(9e6, SEK)],
    226: [f(5e6, SEK, "under")],
    227: [f(5e7, SEK)],
    229: [f(2e9, SEK)],
    230: [f(2, C, "over")],
    231: [f(1.45e6, SEK, "under")],
    234: [f(1e7, SEK, "under")],
    235: [f(5e5, SEK, "under")],
    236: [f(5, C)],
    238: [f(5e5, SEK)],
    239: [f(5e5, SEK)],
    240: [f(2e6, SEK, "under")],
    242: [f(9e5, SEK, "under")],
    243: [f(2, P)],
    244: [f(8, C)],
    246: [f(7.5, C)],
    247: [f(1.99e9, SEK)],
    248: [f(2, C)],
    # any: 250–349
    253: [f(1.5e7, SEK)],
    268: [f(9.36e7, SEK)],
    272: [f(0, AGE, high=18)],
    326: [f(13, AGE, high=25)],
    341: [f(1e6, SEK, "under")],
    345: [f(3, Y, high=5)],
}
LINES = (("legal", 0, 150), ("shape", 150, 250), ("any", 250, 350))


if __name__ == "__main__":
    write_drawn_part("blind13", LABELS, LINES)
