"""Writes blind14.json (issue 14, sixteenth part of the figure gold set; the JSON is the data).

In: the sentences `make_blind14_draw.py` drew (kept as `blind14_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind14.json, each
sentence with its score line, assignment file and the figures a reader finds
in it, and blind14_texts.txt (the sentence texts, one per line, so that wider
checks can skip them unread). All 230 come from government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ that none of blind11, blind12
and blind13 drew from (seed 3434), one sentence per assignment, no
assignment twice. This part measures round 15 of the rules.

The assignments ran out: the draw looked at every assignment the earlier
parts left (2302 for `legal`, then the remaining 1294 for `shape`), so
`shape` has 80 sentences, not 100, and `any` none (no assignment was left
for it). The part is smaller than asked rather than drawing an assignment
twice.

Sources (score.py lines): `legal` (0–149: sentences holding a legal or
designation shape — `§`, `kap.`, `lagen (`, an SFS number, `artikel`,
`direktiv`, `punkt`, `bilaga`, `prop.`, `SOU`, `dnr`, a diary number —
whatever other numbers they hold; mostly false-figure bait, so precision),
`shape` (150–229: the "number + lower-case word" shape; mostly figures, so
recall), `any` (empty: see above), `all` (the 230 together).

Labels were written by reading each sentence, by an engineer who had not read
the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py,
evidence/quantity.py) or the tests' expectations (tests/extract/test_figures.py),
before the figure extractor was run on any of them, and committed before it
was. The figure extractor and score.py were never run on this part by the
labeller.

Conventions as make_blind6.py … make_blind13.py: counts, amounts, shares,
percentages, durations and ages are figures, with unit, qualifier and range
`high`; högst/`upp till`/maximalt/`senast <duration>`/knappt → under,
minst/`fler än`/drygt → over, ca/cirka/ungefär → approx; `inom <duration>`
has no qualifier (gold.json's `inom tre månader`); `totalt`, `sammanlagt`,
`sammantaget`, `ytterligare` carry no qualifier; kronor (and `kr`, `mnkr`)
scaled to kronor; a rate's base is none (`5 miljoner kronor per år`, `3 mnkr
per år och person` → one figure each); a number word before a noun counts it,
also after `de` (`de tre affärsverken`, `de sex kommuner`); people are
`persons` (`500 personer`); `timmar` are hours; weeks are figures (unit
"weeks", the lead's note; none occur here). No figure for years (`under
perioden 2012–2014`, `2021–2027`, `jaktåret 2025/26`, `decenniet 2030`),
dates (`den 20 november 2013`, `senast den 31 maj`), section, chapter,
article and point references (`5 §`, `93 a §`, `3 kap. 6–8 §§`, `6 och 7 §§`,
`artikel 29.7`, `artikel 14.1 c)`, `artikel 22.3 och 22.4`, `artikel 9.4,
4.`, `14 kap. 3 § RF`, `bilaga 3`), SFS, EU and other designations
(`(2010:900)`, `(EG) nr 1072/2009`, `(EU) 2021/2116`, `direktiv 2010/31/EU`,
`SOU 2016:38`, `Ds 2017:66`, `prop. 2011/12:1, utg.`, `skr. 2011/12:131`,
`U 2008:09`, `S 2018:09`, `N Fi 2009:01`, `nr II:50`, `mål P 3537–12`, `Uo9
avsnitt 4.6`), diary numbers (`N2022/01137`, `dnr S2013/7787/PBB`, `dnr
N2017 /02312/TIF`, `U2011/ 4322/JÄM`), budget designations (`utgiftsområde
16`, `anslaget 1:1`, `anslagsposten 47`), list items (`400 000 kronor 4.`
→ the amount only), names (`covid-19`, `Rakel G2`, `Lärarlyftet II`,
`3D`). Ordinals are none (`ett första deluppdrag`); an article `en`/`ett` is
none (`en skåpbil`, `en tung lastbil`, `ett av sex`), `en eller flera` is
none, and `en gång per år`, `varje år`, `årligen` are frequencies, none.
Units kallkoll does not model give no figure (`21 921 euro`, `40 000 euro`,
`34,5 meter`, `10 megawatt`).

Judgement calls, written before any run:
- 73 `det högsta möjliga resultatet av meritvärderingen … är 22,5`: no
  figure — a merit value with no unit of the label set (as `euro` and
  `meter`), not a count of things.
- 94 `inom sex månader`: 6 months, no qualifier (`inom`, gold's rule).
- 143 `en- och tvåbostadshus`: no figure — the name of a kind of house.
- 161 `de två sista meningarna i artikel 14.8`: a count of 2 (`de` + number
  word + noun, as `de första två åren` is 2 years); `14.8` none.
- 164 `400 000 kronor 4.`: 400 000 kronor; the trailing `4.` is a list item.
- 169 `ett av sex utpekade områden`: a count of 6; `ett av` none (blind9's
  `ett av världens`).
- 173 `högst omfatta 5 miljoner kronor per år … högst omfatta 500 000
  kronor per år`: both under, rate base none.
- 185 `högst 70 miljoner respektive högst 49 miljoner kronor`: 70 million
  and 49 million kronor, both under (`kronor` shared).
- 189 `får högst disponera 1 000 000 kronor för 2013 och 2 000 000 kronor
  för 2014`: both under — `högst` bounds the verb, whose two objects are
  both ceilings.
- 193 `i tre dimensioner (3D)`: a count of 3 (number word + noun); `3D`
  none (a name).
- 211 `beräknar 3 000 000 kronor 2016 respektive 2017`: one figure, 3
  million kronor (stated once, for each year).
- 214 `minst 3 mnkr per år och person`: 3 million kronor, over.
- 221 `högst 10 megawatt`: none (not a modelled unit).
- 225 `två miljöskyddsfartyg, 24 personbilar, en skåpbil, en tung lastbil`:
  counts 2 and 24; the articles `en` none.
- 156, 174, 179, 187 `de tre`/`de två`/`de sex`/`de sex` + noun: counts.
- 168 `två ytterligare polisregioner … resterande två polisregioner`: two
  counts of 2.
"""
from labels import C, D, M, P, PER, SEK, f, write_drawn_part

H = "hours"

LABELS = {
    # legal: 0–149
    94: [f(6, M)],
    # shape: 150–229
    151: [f(1e7, SEK, "under"), f(1.2e7, SEK, "under")],
    152: [f(70, P, "over")],
    153: [f(2.1e8, SEK)],
    154: [f(8, C)],
    155: [f(1.35e8, SEK)],
    156: [f(3, C)],
    158: [f(5e5, SEK), f(3.5e5, SEK), f(2e5, SEK)],
    161: [f(2, C)],
    162: [f(7e5, SEK)],
    164: [f(4e5, SEK)],
    166: [f(2, C)],
    167: [f(3e5, SEK)],
    168: [f(2, C), f(2, C)],
    169: [f(6, C)],
    170: [f(3e7, SEK)],
    171: [f(5e6, SEK)],
    172: [f(1e6, SEK, "under")],
    173: [f(5e6, SEK, "under"), f(5e5, SEK, "under")],
    174: [f(2, C)],
    176: [f(30, D)],
    177: [f(5e5, SEK)],
    178: [f(100, C, "over")],
    179: [f(6, C)],
    180: [f(3e5, SEK)],
    182: [f(5e6, SEK, "under")],
    183: [f(24, H)],
    184: [f(500, PER, "over")],
    185: [f(7e7, SEK, "under"), f(4.9e7, SEK, "under")],
    187: [f(6, C)],
    188: [f(3e5, SEK, "under")],
    189: [f(1e6, SEK, "under"), f(2e6, SEK, "under")],
    190: [f(2.1e6, SEK, "under")],
    191: [f(3, C)],
    193: [f(3, C)],
    194: [f(5e5, SEK)],
    195: [f(1.5e6, SEK, "under")],
    196: [f(5e5, SEK)],
    198: [f(9.8e8, SEK)],
    199: [f(1e7, SEK)],
    200: [f(30, D)],
    201: [f(1.2e6, SEK)],
    202: [f(4.22e5, C, "over")],
    205: [f(1.5e6, SEK, "under")],
    207: [f(5e8, SEK)],
    208: [f(5e5, SEK)],
    209: [f(2.14e8, SEK)],
    210: [f(1e6, SEK)],
    211: [f(2e6, SEK), f(3e6, SEK)],
    212: [f(8.5e5, SEK, "under")],
    213: [f(1.7e7, SEK)],
    214: [f(3e6, SEK, "over")],
    215: [f(1.527e9, SEK)],
    216: [f(1e5, SEK, "under")],
    218: [f(3, C)],
    219: [f(9e5, SEK, "under")],
    220: [f(1.7e8, SEK, "under")],
    222: [f(8e5, SEK)],
    224: [f(2, C)],
    225: [f(2, C), f(24, C)],
    226: [f(3, C)],
    227: [f(5e5, SEK)],
    228: [f(3, C)],
}
LINES = (("legal", 0, 150), ("shape", 150, 230), ("any", 230, 230))


if __name__ == "__main__":
    write_drawn_part("blind14", LABELS, LINES)
