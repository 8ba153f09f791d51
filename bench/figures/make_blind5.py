"""Writes blind5.json (issue 14, seventh part of the figure gold set; the JSON is the data).

The sentences are those `make_blind5_draw.py` drew (kept as
`blind5_drawn.jsonl`, one JSON line per sentence, numbered from 0 here).
Labels were written by reading each sentence, by an engineer who had not
read the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py)
or the tests' expectations, before the figure extractor was run on any of
them, and committed before it was.

Sources: PDF stems (`bills`: 0–149, drawn at random among the 532 unused
sentences with a digit or number word; no sentence of the "number +
lower-case word" shape was left), `catalogue-ds` (`catalogue`, 150–181: the
SOU, Dir. and Skr. summaries have no unused sentence of the shape left),
`regeringsuppdrag` (`uppdrag`, 182–189).

Conventions as blind2, blind3 and blind4 (make_blind2.py, make_blind3.py,
make_blind4.py): years (`för åren 2024–2026`, `senast 2045`), dates (`12
maj–31 december 2025`, `den 1 december–31 mars`), section, chapter, article
(`artikel 80.1`), paragraph and point references (`16 § första stycket 2 och
3`, `som avses i 1 och 2`), contents lines, list numbers, CAS numbers and
rows of table numbers, designations (`H350`, `R46`, `SS 1797`, `PBA 1`,
`alternativ 2`, `Bilaga 3`, `Uppdrag 5`, `klass II`, `Fit for 55`,
`Patientsäkerhetssatsning 2011`, `COM [2020] 381`, diary numbers) and page
numbers are no figures; units kallkoll does not model give no figure
(`3 miljoner liter`, `150 kilometer`, `3,5 ton`); `en eller flera` is no
figure; an article `en`/`ett` is none. högst/som mest/upp till/`inte` (fyllt)
→ under, minst/lägst/över/`eller äldre` → over, ca/cirka → approx; kronor
scaled to kronor, öre as kronor (`0,5 öre` = 0.005 kronor); a number word
before a noun counts it (`fyra frågeställningar`, `två nya
EU-förordningar`); people are `persons` (`två anställda`, `7 000
personer`); `minst ett läsår` is over one year (gold.json's convention);
`fyllt 19 men inte 21 år` is an age of 19 and an age under 21 (blind3's);
`11–14 år` of children is an age range; `högskolepoäng` are counts;
`procentenhet` is percentage points; `tre fjärdedels` is a share of 3/4;
`noll växthusgasutsläpp` is a zero count (blind2's `noll nettoutsläpp`).
Judgement calls made before the run: `fyra kronor för varje tusental kronor`
is 4 kronor (the thousand is the base of a rate, not a stated amount); in
`två tidigare kartläggningar …, en avseende … och en avseende …` the two
`en` name the two members, no counts of their own.
"""
import json
from pathlib import Path

from labels import AGE, C, M, P, PER, PP, SEK, SH, Y, f

HERE = Path(__file__).resolve().parent

LABELS = {
    # bills (PDFs): 0–149, two figures
    111: [f(1, Y, "over")],
    125: [f(1, Y, "over")],
    # catalogue summaries (Ds)
    150: [f(3.5, P)],
    151: [f(3.5, P)],
    152: [f(12, P), f(6, P)],
    153: [f(15000, SEK)],
    154: [f(0.6, PP), f(20, P)],
    155: [f(30, P), f(50, P)],
    156: [f(2, C)],
    157: [f(2, C)],
    158: [f(4, SEK)],
    159: [f(70, P, "over")],
    161: [f(4, C)],
    162: [f(2, PER, "under"), f(35000, SEK)],
    163: [f(1900, SEK, "approx")],
    164: [f(46, C)],
    165: [f(6, P)],
    166: [f(18, P), f(22, P)],
    167: [f(6, C, "over")],
    168: [f(200, SEK), f(100, SEK)],
    169: [f(19, AGE), f(21, AGE, "under")],
    171: [f(0.005, SEK), f(0.006, SEK)],
    172: [f(4, C)],
    173: [f(4000, SEK)],
    174: [f(7.65, P), f(6.9, P), f(60000, SEK), f(100000, SEK)],
    175: [f(6, M, "over"), f(1, Y, "under")],
    176: [f(15, AGE), f(18, AGE, "under")],
    177: [f(330, C), f(30, C)],
    178: [f(150, SEK), f(11, AGE, high=14), f(350, SEK), f(15, AGE, "over")],
    180: [f(0.75, SH)],
    181: [f(2, C)],
    # government assignments
    184: [f(1e6, SEK), f(2e6, SEK), f(1e6, SEK)],
    185: [f(1e6, SEK)],
    187: [f(90, P, "over"), f(7000, PER, "approx")],
    188: [f(2, C)],
    189: [f(0, C)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind5_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "text": d["text"], "figures": LABELS.get(i, [])} for i, d in enumerate(drawn)]
    (HERE / "blind5.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for part, test in (("bills", lambda s: not s.startswith(("catalogue", "regering"))),
                       ("catalogue", lambda s: s.startswith("catalogue")),
                       ("uppdrag", lambda s: s == "regeringsuppdrag")):
        items = [x for x in out if test(x["source"])]
        print(f"  {part}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")


if __name__ == "__main__":
    main()
