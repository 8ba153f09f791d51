"""Writes blind7.json (issue 14, ninth part of the figure gold set; the JSON is the data).

The sentences are those `make_blind7_draw.py` drew (kept as
`blind7_drawn.jsonl`, one JSON line per sentence, numbered from 0 here), all
from government assignments in ../shared/corpus/regeringen/regeringsuppdrag/
(the PDFs' and the catalogue's unused figure sentences were used up by
blind6). Labels were written by reading each sentence, by an engineer who
had not read the extractor's rules (extract/figures.py,
extract/lang_sv_numbers.py, evidence/quantity.py) or the tests' expectations
(tests/extract/test_figures.py), before the figure extractor was run on any
of them, and committed before it was.

Sources: `regeringsuppdrag-shape` (score line `uppdrag-shape`, 0–79: one
sentence of the "number + lower-case word" shape from each of 80 drawn
assignments; mostly figures, so recall), `regeringsuppdrag-any` (line
`uppdrag-any`, 80–139: one sentence with a digit or number word of any shape
from each of 60 other drawn assignments; mostly dates, years, diary numbers
and references, so false figures). `all` is the two together.

Conventions as blind2–blind6 (make_blind2.py … make_blind6.py): years
(`för 2025`, `under perioden 2019–2023`, `2017 års prisnivå`, `med start
2015`), dates (`senast den 28 februari`, `1 juli–31 december 2018`, `den
26–27 oktober 2020`), section, chapter, article and point references (`1 §
första stycket 2`, `artikel 3 punkten 11`, `artikel 8 punkterna 2 och 3`,
`artiklarna 26.1 och 26.3`, `14–15 a §§`, `punkt 1`), SFS and EU
designations (`(1994:137)`, `KOM(2009)248`, `SWD(2015)177`, `KOM (2018) 375`,
`SOU 2022:51`, `prop. 2016/17:1`, `skr. 2009/10:166, s. 73 ff.`), diary
numbers (`N2021/00170`, `dnr N2018/02934/FÖF`, `UD2018/12345`), budget
designations (`utgiftsområde 23`, `anslaget 1:16`, `anslagspost 6`,
`anslagsposten 14`), numbered items (`bilaga 1`, `bilaga 2`, `Uppdragen 1, 2
och 4`, `åtgärderna 1 och 3–10`, `bärighetsklass 4 (BK4)`) and names
(`Agenda 2030`, `covid-19`, `G20-medlemsstaterna`, `Urbact 2014–2020`) are no
figures; units kallkoll does not model give no figure (`euro`, `ton`, and
here `kvadratmeter`, an area unit like blind6's `hektar`); an article
`en`/`ett` is none, and `vart och ett av` is none; the `en` that name the
members of a counted set are no counts (`tre olika faser, en förstudie, en
pilotundersökning samt en analys` → 3 only; blind5's). högst/maximalt →
under, minst → over; `som längst t.o.m.` bounds a date, no figure; kronor
(and `kr`) scaled to kronor; `vardera` leaves one figure (blind6's `1 000 000
kronor vardera`); a number word before a noun counts it (`två delar`, `tre
olika faser`, `två studier`, `i två steg`), also after `de`/`samtliga` (`de
tolv myndigheter`, `samtliga 21 länsstyrelser`, `de fem lärosäten`;
blind4's `de tre delarna`); agencies and regions are counts, people are
`persons` (`anställda`, `sökande`); `hälften av medlen` is a share of 0.5
(blind3's); `de senaste fem åren` is 5 years (gold.json's `de senaste 27
åren`); `från 85 procent till 90 procent` is two figures (blind6's change
from one value to another); `i åldern 15 – 17 år` (spaced dash) is one age
range; a rate's base is none (`200 000 kronor per flygplats och månad` →
one amount; blind6's `under en timme`).
Judgement calls, written before any run:
- 50 `300 000 000 kronor under 2018 varav högst 500 000 får användas för
  egna kostnader`: the 500 000 is kronor (the list's unit, not written
  again), an amount under 500 000.
- 54 `högst 17 miljoner kronor för perioden 2018–2020 varav 2 miljoner
  kronor avser 2018`: 17 million under; the `varav` part, 2 million, is
  stated as the year's amount, no bound of its own.
- 138 `högst 2 500 000 kronor under 2018 och 3 500 000 kronor under 2019`:
  the bound holds for both amounts (blind2's label of `högst 2 miljoner
  kronor under 2017 och 2 miljoner kronor under 2018`).
- 35, a press-release link `[Pressmeddelande: Regeringen lämnar tre uppdrag
  …](/pressmeddelanden/2015/07/regeringen-lamnar-tre-uppdrag-…)`: one
  figure, `tre uppdrag` (3) in the link text; the URL's path (`2015/07`,
  the slug's `tre-uppdrag`) repeats the title and holds none.
- 5 `utöka antalet anställda med 10 000`: 10 000 persons (the size of the
  increase; `anställda` is named just before the number, not after it).
- 43 `500 nya årsplatser`: a count of 500 (places, not years).
- 111 `SCB får … använda 300 000 kr. Kostnaderna ska belasta utgiftsområde 1
  …, anslagsposten 14.` (the splitter kept `kr.` and the next sentence
  together): one amount, 300 000 kronor; the budget designations none.
- 47 `utöka byggnadsarean från 25,0 till 30,0 kvadratmeter`: no figure
  (an unmodelled unit, see above); 53 `upp till 74 tons bruttovikt` and 112
  `750 miljarder euro`: no figure likewise.
- 26 five municipalities are named, no number is written: only `500 000
  kronor vardera`.
"""
import json
from pathlib import Path

from labels import AGE, C, P, PER, SEK, SH, Y, f

HERE = Path(__file__).resolve().parent

LABELS = {
    # regeringsuppdrag-shape: 0–79
    1: [f(2.25e6, SEK)],
    3: [f(0.5, SH)],
    4: [f(5e8, SEK)],
    5: [f(10000, PER)],
    6: [f(2.5e7, SEK)],
    10: [f(1.05e8, SEK)],
    11: [f(2e6, SEK, "under")],
    13: [f(54000, PER)],
    14: [f(3, P, "under")],
    15: [f(5.5e6, SEK)],
    16: [f(4e6, SEK, "under")],
    18: [f(8.5e8, SEK), f(2.5e6, SEK)],
    19: [f(12, C)],
    20: [f(5, Y)],
    21: [f(1e6, SEK)],
    23: [f(2, C)],
    26: [f(5e5, SEK)],
    27: [f(2.4e9, SEK, "under")],
    30: [f(2.26e8, SEK)],
    32: [f(21, C)],
    33: [f(7e6, SEK)],
    34: [f(333000, SEK)],
    35: [f(3, C)],
    36: [f(2, C)],
    38: [f(1e5, SEK, "over")],
    39: [f(2e5, SEK, "under")],
    40: [f(2e6, SEK)],
    41: [f(1.2e6, SEK)],
    42: [f(572000, SEK)],
    43: [f(500, C)],
    45: [f(2e9, SEK)],
    46: [f(24, C)],
    49: [f(9e5, SEK, "under")],
    50: [f(3e8, SEK), f(5e5, SEK, "under")],
    51: [f(1e6, SEK)],
    52: [f(950000, SEK)],
    54: [f(1.7e7, SEK, "under"), f(2e6, SEK)],
    55: [f(1.5e7, SEK)],
    56: [f(2.05e11, SEK)],
    57: [f(5e5, SEK, "under"), f(1e5, SEK, "under")],
    59: [f(5e5, SEK)],
    60: [f(1.9e7, SEK, "under")],
    61: [f(2, C)],
    62: [f(3, C)],
    63: [f(2, C)],
    64: [f(3e6, SEK, "under")],
    65: [f(4.5e6, SEK)],
    66: [f(3e6, SEK)],
    67: [f(1e7, SEK)],
    70: [f(4e8, SEK), f(1.3e8, SEK)],
    71: [f(20, P)],
    72: [f(1.0825e8, SEK)],
    75: [f(85, P), f(90, P)],
    76: [f(2, C)],
    77: [f(5, Y)],
    78: [f(1e6, SEK, "under")],
    79: [f(5e5, SEK)],
    # regeringsuppdrag-any: 80–139
    101: [f(5, C)],
    111: [f(3e5, SEK)],
    117: [f(15, AGE, high=17)],
    137: [f(3e6, SEK, "under")],
    138: [f(2.5e6, SEK, "under"), f(3.5e6, SEK, "under")],
    139: [f(5e8, SEK)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind7_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "file": d["file"], "text": d["text"], "figures": LABELS.get(i, [])}
           for i, d in enumerate(drawn)]
    (HERE / "blind7.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for part in ("regeringsuppdrag-shape", "regeringsuppdrag-any"):
        items = [x for x in out if x["source"] == part]
        print(f"  {part}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")


if __name__ == "__main__":
    main()
