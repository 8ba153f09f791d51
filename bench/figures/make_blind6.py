"""Writes blind6.json (issue 14, eighth part of the figure gold set; the JSON is the data).

The sentences are those `make_blind6_draw.py` drew (kept as
`blind6_drawn.jsonl`, one JSON line per sentence, numbered from 0 here).
Labels were written by reading each sentence, by an engineer who had not
read the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py)
or the tests' expectations, before the figure extractor was run on any of
them, and committed before it was.

Sources: PDF stems (`bills`: 0–348, **every** unused sentence with a digit or
number word of the PDFs in ../shared/corpus/pdf/ — AFS 2011:19 138, dir.
2016:15 52, dir. 2017:29 2, NFS 2007:10 15, prop. 2012/13:144 8, prop.
2012/13:187 134; dir. 2014:158, prop. 1999/2000:17 and the consultation
response have none left), `catalogue-ds` (`catalogue`, 349–413: every unused
summary sentence of the "number + lower-case word" shape; SOU, Dir. and Skr.
have none left), `regeringsuppdrag` (`uppdrag`, 414–433: one sentence of the
shape from each of 20 drawn assignments).

Conventions as blind2–blind5 (make_blind2.py … make_blind5.py): years,
dates, section, chapter, article (`artikel 53.2`, `76a.2a`), paragraph and
point references (`första stycket 1`, `punkt 11`), contents lines, list
numbers, CAS numbers and rows of table numbers, designations (`H317`, `R45`,
`AFS 2009:2`, `(EG) nr 1272/2008`, `miljöklass 1`, `klass I`, `bilaga 2`,
`utbildningsgren tre`, `år 1–3` of a period, diary numbers), school grades
(`årskurs 1–6`, `årskurserna 7–9`, gold.json's `årskurs 1–3`) and page
numbers are no figures; units kallkoll does not model give no figure (`5 °C`,
`750 kilogram`, `3 ton`, `en hektar`, `två meter`, `15 och 20 milligram`,
`kWh/m2`, `euro`, `tolv minuter`); `en eller flera`, `ett eller ett par` are
no figure; an article `en`/`ett` is none, also beside a number of another
noun (`två nya lagar … och en ny förordning`), and the `en` that name the
members of a counted set (`två versioner, en till … och en till …`) are no
counts (blind5's); a rate's base (`under en timme`, `under ett dygn`) is none.
högst/maximalt/senast/färre än/understigande → under, minst/över/`eller
äldre`/överstiger/överstigande/`längre tid än` → over, ca/cirka → approx;
`inom tre …` has no qualifier (gold.json's `inom tre månader`). Kronor scaled
to kronor, öre as kronor (`41,1 öre` = 0.411); a number word before a noun
counts it (`fyra förordningar`, `två prisbasbelopp`); people are `persons`
(`500 anställda`, `15 ledamöter`); working days are days; `timmar` are
`hours` (gold.json's); `minst ett läsår` is over one year; `fyllt 15 men inte
18 år` an age of 15 and an age under 18; `tre fjärdedels` a share of 3/4;
`minst en av årskurserna` a count over 1 (blind4's `minst en unge`).
Judgement calls made before the run: `tredagarsbefordran` is 3 days
(blind3's `90-dagarsgaranti`); `1 krona och 31 öre` is one amount, 1.31
kronor; `en halvering` is a ratio of 0.5 (blind2's `mer än fördubblats` as a
ratio over 2); `två till femton procent` is one range.

One label was corrected after the first run (see README): 177, `flertalet av
lagens bestämmelser`, a share over half, which the first labels left out.
"""
import json
from pathlib import Path

from labels import AGE, C, D, M, P, PER, SEK, SH, Y, f

HERE = Path(__file__).resolve().parent
H, RATIO = "hours", "ratio"

LABELS = {
    # bills (PDFs): 0–348
    # corrected after the first run: `flertalet av lagens bestämmelser` is a
    # share over half by gold.json's `majoriteten av` and blind3's corrected
    # `Huvuddelen av` (the first label left it out)
    177: [f(0.5, SH, "over")],
    250: [f(50, AGE, "over")],
    292: [f(1, Y, "over")],
    293: [f(1, Y, "over")],
    338: [f(1, C, "over")],
    344: [f(1, Y, "over")],
    # catalogue summaries (Ds): 349–413
    349: [f(2, C)],
    350: [f(4, C)],
    351: [f(4, C)],
    352: [f(6, C, "under"), f(5, C, "under")],
    353: [f(3800, SEK, "approx")],
    354: [f(85, P, "over"), f(3, D), f(3, D), f(97, P, "over"), f(5, D)],
    355: [f(3, C)],
    356: [f(2, C)],
    357: [f(11000, SEK), f(13000, SEK)],
    358: [f(25, P), f(6, P)],
    361: [f(0.411, SEK)],
    362: [f(2, Y), f(500, PER, "under")],
    363: [f(5, C)],
    366: [f(50, P), f(75, P)],
    367: [f(750, SEK), f(875, SEK), f(1750, SEK), f(3500, SEK)],
    368: [f(2, C)],
    369: [f(39, SEK), f(162, SEK), f(259, SEK)],
    370: [f(0.5, RATIO)],
    371: [f(2, C), f(1.5, C)],
    372: [f(1.31, SEK)],
    373: [f(2, C)],
    374: [f(2, C)],
    375: [f(6, C), f(3, C)],
    376: [f(15, AGE), f(18, AGE, "under")],
    377: [f(22, SEK), f(725, SEK)],
    378: [f(2, M, "over"), f(25, P, "over")],
    380: [f(2, C)],
    381: [f(1000, SEK)],
    382: [f(500, SEK)],
    383: [f(2, C)],
    384: [f(30000, SEK), f(80000, SEK)],
    385: [f(12, P), f(6, P)],
    386: [f(20, P, "over")],
    387: [f(2, C)],
    388: [f(3, C)],
    389: [f(60000, SEK, "over"), f(500000, SEK, "under")],
    390: [f(2, C)],
    391: [f(3, C)],
    392: [f(2, C)],
    394: [f(0.75, SH)],
    395: [f(1.36e6, SEK, "approx")],
    396: [f(6, M)],
    397: [f(6, C), f(2, C)],
    398: [f(6, P)],
    400: [f(2, C)],
    401: [f(2, C)],
    403: [f(3, C)],
    404: [f(2, C)],
    405: [f(11, PER), f(15, PER)],
    406: [f(2, C, "over")],
    407: [f(2, C)],
    408: [f(0.75, SH)],
    409: [f(9, C)],
    410: [f(105, H)],
    411: [f(15, P, "under")],
    412: [f(5, P, "over")],
    413: [f(10, P, "over")],
    # government assignments: 414–433
    414: [f(2, P, high=15)],
    416: [f(2, C)],
    417: [f(1e7, SEK), f(1.2e7, SEK)],
    418: [f(3.2e8, SEK)],
    419: [f(1.5e6, SEK)],
    421: [f(8, M, "under")],
    422: [f(3, C)],
    423: [f(5.7e7, SEK)],
    424: [f(3e6, SEK, "under")],
    425: [f(3.5e8, SEK)],
    426: [f(1.527e9, SEK)],
    427: [f(5e5, SEK)],
    428: [f(4e6, SEK, "under")],
    429: [f(2, C)],
    431: [f(1e6, SEK)],
    432: [f(4.5e7, SEK, "under")],
    433: [f(8e6, SEK)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind6_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "text": d["text"], "figures": LABELS.get(i, [])} for i, d in enumerate(drawn)]
    (HERE / "blind6.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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
