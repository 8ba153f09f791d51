"""Writes blind4.json (issue 14, sixth part of the figure gold set; the JSON is the data).

The sentences are those `make_blind4_draw.py` drew (kept as
`blind4_drawn.jsonl`, one JSON line per sentence, numbered from 0 here).
Labels were written by reading each sentence, by an engineer who had not
read the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py)
or the tests' expectations, before the figure extractor was run on any of
them, and committed before it was.

Sources: PDF stems (`bills`: 0–79 drawn at random among every unused
sentence with a digit or number word, 80–81 the PDFs' last unused sentences
of the "number + lower-case word" shape), `catalogue-sou|dir|skr|ds`
(`catalogue`, 82–108), `regeringsuppdrag` (`uppdrag`, 109–114).

Conventions as blind2 and blind3 (make_blind2.py, make_blind3.py): years,
decades (`1990-talet`), `1985 års skollag`, `2024 års nivå`, dates, section,
chapter, article (`artikel 6.1 c`, `79.3b`), paragraph (`första stycket 1`,
`andra stycket 1–3`), footnote (`fotnot 18, 19 och 20`), list and contents
numbers, designations (`H340`, `SS 741`, `CETS nr 217`, `(EU) 2015/1794`,
`nr 4055/86`, `NIS2`, `3D`, `delmålen 1–5`, `U2013/3646/S`) and page numbers
(`s. 84`) are no figures; a row of bare numbers from a table or page
(`13 13 13 14 14 14 15`) is none; `ett eller flera` is no figure (gold.json's
convention); the `–1` in the fee formula `(antal sysselsatta –1) x 271
kronor` is arithmetic, not a stated quantity. högst/senast → under,
minst/`eller flera` → over; kronor scaled to kronor, and öre as kronor
(`42,8 öre` = 0.428 kronor); a number word before a noun counts it (`tre nya
myndigheter`, `de tre delarna`, `de 17 målen`), people are `persons` (`barn`);
`två tredjedelars majoritet` is a share of 2/3. Two judgement calls, made
before the run: `en`/`ett` set against another number is a count (`två
frågor om redovisning och en fråga om …` → 2 and 1; `familjer med ett barn
och … med två eller flera barn` → 1 and 2 or more).
"""
import json
from pathlib import Path

from labels import PER, SEK, SH, C, P, Y, f

HERE = Path(__file__).resolve().parent

LABELS = {
    # bills (PDFs)
    39: [f(1, C, "over")],
    80: [f(15000, SEK), f(271, SEK)],
    # catalogue summaries
    82: [f(3, C)],
    83: [f(5, C)],
    86: [f(3, C)],
    87: [f(2, C)],
    88: [f(3, C)],
    91: [f(2, C)],
    92: [f(100, P)],
    94: [f(2, C), f(1, C)],
    95: [f(9, C)],
    96: [f(9, C)],
    97: [f(17, C)],
    98: [f(5, C)],
    99: [f(3, C)],
    100: [f(0.428, SEK)],
    101: [f(4, C)],
    102: [f(50000, SEK), f(25000, SEK)],
    103: [f(2 / 3, SH)],
    104: [f(80, P, "over")],
    105: [f(1500, SEK), f(1, PER), f(2000, SEK), f(2, PER, "over")],
    107: [f(2, C)],
    108: [f(17.36e9, SEK)],
    # government assignments
    109: [f(575e6, SEK, "under")],
    110: [f(3, C)],
    111: [f(2, C)],
    112: [f(5e6, SEK)],
    113: [f(3, Y, "under")],
    114: [f(15, C)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind4_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "text": d["text"], "figures": LABELS.get(i, [])} for i, d in enumerate(drawn)]
    (HERE / "blind4.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
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
