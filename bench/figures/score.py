#!/usr/bin/env python3
"""Score figure extraction (`extract.figures.extract_figures`) on the gold set (issue 14).

`gold.json`: sentences as kallkoll splits them, half from the real follow-up
(`followup`), half from the bills, directives and regulations in
`../shared/corpus/pdf/`, each with the figures a reader finds in it (value,
unit, qualifier; a range is one figure with `high`). Years, dates, section,
chapter, article, list and table-of-contents numbers and designations are
never figures, so sentences holding only those have none.

A predicted figure is a true positive when its value (and, for a range, its
high end) equals a gold figure's not yet matched; a range the extractor
returns as `range_low`/`range_high` counts as one figure. Prints precision,
recall and F1 for the follow-up and the bills separately, and the unit and
qualifier accuracy of the true positives, and how many predicted figures
fall in sentences the reader found none in (list, section, date, year and
designation numbers). `--set blind2` prints the regeringen.se pages and
summaries as `regeringen`, the assignments as `uppdrag`; `--set blind3`,
`--set blind4`, `--set blind5` and `--set blind6` the catalogue summaries (SOU, Dir., Skr., Ds) as
`catalogue`; `--set blind7` (government assignments only) prints the
sentences of the "number + lower-case word" shape as `uppdrag-shape`, those
of any shape as `uppdrag-any`, and the two together as `all`;
`--set blind8` (catalogue summaries of any shape, legal and government text
of the bills' genre) prints one line per series — `dir`, `skr`, `sou`, `ds`,
`pages` (a series the part has no sentence of prints 0 sentences) — and
`all`; `--set blind9` (every remaining Dir. and Skr. catalogue sentence with
a number) prints `dir`, `skr` and `all`; `--set blind10` (every remaining SOU
and Ds catalogue sentence with a number) prints `sou`, `ds` and `all`;
`--set blind11` (government assignments, one sentence each) prints `legal`
(sentences with a legal or designation shape: §, kap., SFS numbers, artikel,
direktiv, punkt, bilaga, prop., SOU, diary numbers), `shape` (the "number +
lower-case word" shape), `any` (any sentence with a number) and `all`;
`--set blind12` (a fourteenth part, drawn the same way from the assignments
blind11 did not use), `--set blind13` (a fifteenth, from the assignments
neither blind11 nor blind12 used) and `--set blind14` (a sixteenth, from the
assignments none of blind11–blind13 used; its `any` line is empty, the
assignments ran out) print the same four lines.
`--by-source` adds a line per source (PDF, catalogue series);
`--kinds` counts the PDF sentences that hold a section/chapter/paragraph/
point/article/appendix reference, a date, a year or a list/contents number
(a pattern test on the text, not the labels) and the figures read in them
where the reader finds none. When a set holds PDF sentences and government text,
`bills+gov` is the two together (legal and government text without the
assignments).

    bench/figures/score.py [--before REV] [--errors]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND8_SERIES = ("dir", "skr", "sou", "ds", "pages")  # catalogue series (blind8–blind10), one score line each
BLIND11_LINES = ("legal", "shape", "any")  # blind11–blind14: assignment sentences by the draw's shape test
SERIES_LINES = BLIND8_SERIES + BLIND11_LINES  # sources that are their own score line
SET_SERIES = {"blind8": BLIND8_SERIES, "blind9": ("dir", "skr"),
              "blind10": ("sou", "ds"), "blind11": BLIND11_LINES,
              "blind12": BLIND11_LINES, "blind13": BLIND11_LINES,
              "blind14": BLIND11_LINES}  # the series lines a set prints, even empty ones


def predicted(text: str) -> list[dict]:
    from extract.figures import extract_figures

    out: list[dict] = []
    for f in extract_figures(text):
        if f.role == "range_high" and out and out[-1].get("low_of_range"):
            out[-1]["high"] = f.value
            out[-1].pop("low_of_range")
            continue
        item = {"value": f.value, "unit": f.unit, "qualifier": f.qualifier, "raw": f.raw}
        high = getattr(f, "high", None)
        if high is not None:
            item["high"] = high
        if f.role == "range_low":
            item["low_of_range"] = True
        out.append(item)
    for item in out:
        item.pop("low_of_range", None)
    return out


def predicted_naive(text: str) -> list[dict]:
    """The floor: every number a grep finds (digits with Swedish thousands
    spaces and decimal comma, number words other than en/ett), less four-digit
    years 1900–2099; unit `count`, no qualifier, no scale. No Swedish figure
    extractor exists to compare with, so this is what a reader gets without one."""

    from extract import lang_sv_numbers as sv

    words = sorted((w for w in sv.CARDINAL_MORPHEMES if w not in ("en", "ett")), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w,])(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?![\w])|\b(" + "|".join(words) + r")\b",
                         re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        if m.group(3):
            value = float(sv.CARDINAL_MORPHEMES[m.group(3).lower()])
        else:
            digits = m.group(1).replace(" ", "")
            if re.fullmatch(r"(19|20)\d\d", digits) and not m.group(2):
                continue
            value = float(digits + ("." + m.group(2) if m.group(2) else ""))
        out.append({"value": value, "unit": "count", "qualifier": None, "raw": m.group(0)})
    return out


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def empty_part() -> dict:
    return {"sentences": 0, "tp": 0, "fp": 0, "fn": 0, "unit": 0, "qualifier": 0, "fp_in_empty": 0}


def score(gold: list[dict], show_errors: bool, read=predicted, series: tuple[str, ...] = ()) -> dict[str, dict]:
    # blind8–blind14: every series line of the set, even an empty one
    parts: dict[str, dict] = {line: empty_part() for line in series}
    for item in gold:
        part = item["source"] if item["source"] in SERIES_LINES else {"followup": "follow-up", "regeringsuppdrag": "uppdrag", "regeringen": "regeringen",
                "regeringsuppdrag-shape": "uppdrag-shape", "regeringsuppdrag-any": "uppdrag-any"}.get(
            item["source"], "catalogue" if item["source"].startswith("catalogue") else "bills")
        s = parts.setdefault(part, empty_part())
        s["sentences"] += 1
        wanted = list(item["figures"])
        got = read(item["text"])
        errors = []
        for g in got:
            hit = next((w for w in wanted if same(w["value"], g["value"])
                        and (("high" in w) == ("high" in g)) and ("high" not in w or same(w["high"], g["high"]))), None)
            if hit is None:
                s["fp"] += 1
                # a figure read where the reader finds none at all: a list,
                # section, date, year or designation number, or an unmodelled unit
                s["fp_in_empty"] += not item["figures"]
                errors.append(f"extra {g['raw']!r} ({g['value']:g} {g['unit']})")
                continue
            wanted.remove(hit)
            s["tp"] += 1
            s["unit"] += hit["unit"] == g["unit"]
            s["qualifier"] += hit["qualifier"] == g["qualifier"]
            if hit["unit"] != g["unit"] or hit["qualifier"] != g["qualifier"]:
                errors.append(f"{g['raw']!r}: {g['unit']}/{g['qualifier']} for {hit['unit']}/{hit['qualifier']}")
        s["fn"] += len(wanted)
        errors += [f"missed {w['value']:g} {w['unit']}" for w in wanted]
        if show_errors and errors:
            print(f"  [{item['source']}] {item['text'][:100]!r}: " + "; ".join(errors))
    return parts


MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
KINDS = {
    "reference": re.compile(r"§|\bkap\.|\bstycke|\bpunkt|\bartikel|\bbilag|\bavsnitt|\bs\. \d", re.IGNORECASE),
    "date": re.compile(rf"\b\d{{1,2}} (?:{MONTHS})\b", re.IGNORECASE),
    "year": re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])"),
    "list/contents": re.compile(r"^\W*\d+(?:\.\d+)*\.? +\S|\.{4,} *\d+|^\d+(?: \d+)+$"),
}


def kinds(gold: list[dict], title: str = "PDF") -> str:
    """PDF sentences holding a number of each kind (a pattern test, so a
    sentence may count under several kinds), and how many figures were read
    in them where the reader finds none."""
    bills = [item for item in gold if not item["source"].startswith(("catalogue", "regering", "followup"))]
    lines = [f"{title} sentences: {len(bills)}"]
    any_kind = [item for item in bills if any(k.search(item["text"]) for k in KINDS.values())]
    for name, pattern in [("any of these", None), *KINDS.items()]:
        items = any_kind if pattern is None else [item for item in bills if pattern.search(item["text"])]
        empty = [item for item in items if not item["figures"]]
        read = [(item, predicted(item["text"])) for item in empty]
        hit = [(item, got) for item, got in read if got]
        lines.append(f"  {name:<14} {len(items):>4} sentences ({len(empty)} with no figure): figures read in "
                     f"{len(hit)} of those, {sum(len(got) for _, got in hit)} figures")
    return "\n".join(lines)


def render(parts: dict[str, dict]) -> str:
    every = list(parts.values())
    legal = [parts[p] for p in ("bills", "regeringen", "catalogue") if p in parts]
    if "bills" in parts and len(legal) > 1:
        parts = {**parts, "bills+gov": {k: sum(s[k] for s in legal) for k in legal[0]}}
    if any(p in parts for p in ("uppdrag-shape", "uppdrag-any", *SERIES_LINES)):  # blind7–blind14: the whole set
        parts = {**parts, "all": {k: sum(s[k] for s in every) for k in every[0]}}
    lines = []
    width = max([10, *(len(name) for name in parts)])
    for part in ("follow-up", "bills", "regeringen", "catalogue", "bills+gov", "uppdrag", "uppdrag-shape",
                 "uppdrag-any", *SERIES_LINES, "all"):
        if part not in parts:
            continue
        s = parts[part]
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(
            f"{part:<{width}} {s['sentences']:>3} sentences  tp {s['tp']:>3} fp {s['fp']:>3} fn {s['fn']:>3}  "
            f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}  unit {s['unit'] / s['tp'] if s['tp'] else 0:.3f} "
            f"qualifier {s['qualifier'] / s['tp'] if s['tp'] else 0:.3f}  "
            f"figures in sentences without any {s['fp_in_empty']}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", metavar="REV", help="score the code of this git revision instead")
    parser.add_argument("--errors", action="store_true", help="print every sentence with an error")
    parser.add_argument("--set", default="gold",
                        choices=("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
                                 "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
                                 "blind13", "blind14"),
                        help="gold.json, holdout.json (sentences drawn after the rules were written) or blind.json "
                             "(a third part labelled before the extractor saw it), blind2.json (a fourth, from text no "
                             "other part used: regeringen.se pages and summaries, PDFs, assignments), blind3.json (a fifth, "
                             "labelled and committed before the extractor ran on it, after the fifth round of rules), "
                             "blind4.json (a sixth, labelled and committed before the extractor ran on it, after the "
                             "sixth round), blind5.json (a seventh, labelled and committed before the extractor ran on "
                             "it, after the seventh round), blind6.json (an eighth, every unused PDF sentence and catalogue "
                             "sentence of the shape, labelled and committed before the extractor ran on it, after round 8), "
                             "blind7.json (a ninth, government assignments only: 80 sentences of the shape and 60 of "
                             "any shape, labelled and committed before the extractor ran on it), blind8.json (a tenth, "
                             "catalogue summaries of any shape — Dir., Skr., SOU, Ds —, labelled and committed before "
                             "the extractor ran on it), blind9.json (an eleventh, every remaining Dir. and Skr. "
                             "catalogue sentence with a number, any shape, labelled and committed before the extractor "
                             "ran on it), blind10.json (a twelfth, every remaining SOU and Ds catalogue sentence with a "
                             "number, any shape, labelled and committed before the extractor ran on it), blind11.json "
                             "(a thirteenth, government assignments: 150 sentences with a legal or designation shape, 100 "
                             "of the number + lower-case word shape, 100 of any shape, labelled and committed before the "
                             "extractor ran on it), blind12.json (a fourteenth, drawn as blind11 from the assignments "
                             "blind11 did not use, labelled and committed before the extractor ran on it), blind13.json (a "
                             "fifteenth, drawn as blind11 from the assignments neither blind11 nor blind12 used, "
                             "labelled and committed before the extractor ran on it), blind14.json (a sixteenth, drawn as "
                             "blind11 from the assignments none of blind11–blind13 used, 150 legal and 80 shape "
                             "sentences, labelled and committed before the extractor ran on it)")
    parser.add_argument("--by-source", action="store_true", help="also print one line per source")
    parser.add_argument("--kinds", action="store_true",
                        help="count PDF sentences holding a reference, date, year or list number, and the figures "
                             "read in them where the reader finds none")
    parser.add_argument("--naive", action="store_true",
                        help="also score the floor in the same run: every number a grep finds, less years")
    parser.add_argument("--code", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.before:
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, capture_output=True, text=True,
                              check=True).stdout.strip()
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "archive", args.before], cwd=root, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            print(f"(code of {args.before})")
            subprocess.run([sys.executable, __file__, "--code", tmp, "--set", args.set,
                            *(["--errors"] if args.errors else [])],
                           cwd=tmp, env={**os.environ, "PYTHONPATH": tmp}, check=True)
        return
    if args.code:
        sys.path.insert(0, args.code)
    gold = json.loads((HERE / f"{args.set}.json").read_text(encoding="utf-8"))
    series = SET_SERIES.get(args.set, ())
    print(render(score(gold, args.errors, series=series)))
    if args.by_source:
        print("per source:")
        for source in dict.fromkeys(item["source"] for item in gold):
            print(f"[{source}]")
            print(render(score([item for item in gold if item["source"] == source], False, series=series)))
    if args.kinds:
        title = "assignments" if args.set in ("blind11", "blind12", "blind13", "blind14") else "catalogue"
        print(kinds(gold, f"{title} ({args.set})" if series else "PDF"))
    if args.naive:
        print("naive floor (every number, less years):")
        print(render(score(gold, False, predicted_naive, series=series)))


if __name__ == "__main__":
    main()
