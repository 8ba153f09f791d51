"""Writes blind8.json (issue 14, tenth part of the figure gold set; the JSON is the data).

The sentences are those `make_blind8_draw.py` drew (kept as
`blind8_drawn.jsonl`, one JSON line per sentence, numbered from 0 here):
summaries of the regeringen.se catalogue in
../shared/corpus/regeringen/catalogue/, legal and government text of the
bills' genre. Every sentence with a digit or number word that no other part
uses, of **any** shape (earlier parts took the "number + lower-case word"
shape), so this part mostly measures false figures — dates, years,
references, designations — and holds few figures.

Sources (score.py lines): `dir` (0–119: committee directives, Dir., the genre
of dir-2016-15.pdf; 120 drawn of 553 unused candidates), `skr` (120–159:
Skr., 40 of 282), `sou` (160–179: 20 of 345), `ds` (180–199: 20 of 701),
`pages` (none: the regeringen.se pages under pages/rattsliga-dokument/ have no
unused sentence with a number; blind2 took them all), `all` (the 200 together).

Labels were written by reading each sentence, by an engineer who had not read
the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py,
evidence/quantity.py) or the tests' expectations (tests/extract/test_figures.py),
before the figure extractor was run on any of them, and committed before it
was. The figure extractor and score.py were never run on this part by the
labeller.

Conventions as make_blind6.py and make_blind7.py: counts, amounts, shares,
durations and ages are figures, with unit, qualifier and range `high`; no
figure for years (`2006 års vårdnadsreform`, `t.o.m. 2023`, `årsskiftet
2020/21`, `under perioden 2026–2030`, `bl.a. 1997`), decades (`1940- talet`,
`2010-talet`, `slutet av 1980-talet`), dates (`senast den 31 december 2020`,
also split over a line break: `senast den\\n31 december 2023`; `den 31
september 2015`, a date though no such day exists; `den 1 december–31 mars`;
`den 8 februari` without a year), references (SFS `lagen (1991:572)`,
`rennäringslagen (1971:437)`, `6 §`, `4 kap.`, `2 kap. 35 a §`, `artikel 5a`),
EU designations (`direktiv 2000/31/EG`, `(EU) 2015/412`, `förordning (EU) nr
305/2011`, `resolution 1267 (1999)`), directive, report and committee numbers
(`dir. 2015:50`, `Dir 2018:9`, `tilläggsdirektiv 2015:132`, `SOU 2019:34`,
`Ds 2019:8`, `RiR 2017:4`, `(S 2017:01)`, `(N 2020:05)`, `bet.
2012/13:AU10`, `rskr 2012/13:260`, `skr. 2005/06:95`), diary numbers
(`LI2025/00066`, `UD2020/04338/HI`), numbered items and designations
(`skrift nummer 15`, `sektion 2`, `mål 14 i Agenda 2030`) and names
(`covid-19`, `Agenda 2030`, `2020 års dricksvattenutredning`, `2023 års
parlamentariska public service-kommitté`, `Mångkulturåret 2006`). An
article `en`/`ett` is none. A number word at the start of a longer word that
is not a number (`sjukvård`, `tvångsmedel`, `sexuella`, `konstella­tioner`
after a soft hyphen, `tre` in `regis-treringsskylt`) is what made the draw's
candidate test take 24 sentences without any digit; they hold no figure.
A number-word compound of a period is a duration (gold.json's
`femårsperioden`): `tioårsperioden`, `tioårsperiod` = 10 years.

Judgement calls, written before any run:
- 63 `personer med okänd ålder är över eller under 18 år`: one figure, age
  18, no qualifier — the threshold itself; `över eller under` names both
  sides, so neither bound holds for the value.
- 122 `under en tioårsperiod (2024–2033)`: one duration, 10 years; `en` is
  the article, the bracketed years are years.
- 116 `under den kommande tioårsperioden`: 10 years.
- 128 `under helåret 2024 och första halvåret 2025`: no figure; `helåret` and
  `första halvåret` name periods of a year (designations, like a quarter),
  they state no quantity.
- 196 `ett och samma verksamma ämne på en och samma yta`: no figure; `en/ett
  och samma` is the idiom "the same", not a count of one. `antal
  behandlingar` there has no number.
- 55 `antal timmar`: no number is written, no figure.
- 197 `två EU-förordningar`: a count of 2.
- 58 and 85 `sexuella kränkningar`: `sex` is the start of an adjective, no
  figure.
"""
import json
from pathlib import Path

from labels import AGE, C, Y, f

HERE = Path(__file__).resolve().parent
SERIES = ("dir", "skr", "sou", "ds", "pages")

LABELS = {
    # dir: 0–119
    63: [f(18, AGE)],
    116: [f(10, Y)],
    # skr: 120–159
    122: [f(10, Y)],
    # sou: 160–179 (no figures)
    # ds: 180–199
    197: [f(2, C)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind8_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "doc": d["doc"], "text": d["text"], "figures": LABELS.get(i, [])}
           for i, d in enumerate(drawn)]
    (HERE / "blind8.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for part in SERIES:
        items = [x for x in out if x["source"] == part]
        print(f"  {part}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")


if __name__ == "__main__":
    main()
