"""Draws the sentences of blind14.json (issue 14, sixteenth part of the figure gold set).

In: the government assignments in ../shared/corpus/regeringen/regeringsuppdrag/
(markdown; YAML front matter and `#` headings left out, paragraphs through
kallkoll's sentence splitter `extract.sentences.split_sentences`, which reads
no figures — as blind7 read them). Out: JSON lines (source = the score line
`legal`, `shape` or `any`; file, relative to regeringsuppdrag/; text), kept
as `blind14_drawn.jsonl`.

The PDFs' and the catalogue's unused sentences are used up (blind6, blind9,
blind10), and blind11 (seed 3131) and blind12 (seed 3232), the same three
lines, and blind13 (seed 3333, the assignments neither of them drew from)
took 350 assignments each, so this part is the government assignments none
of the three drew from, the nearest untouched genre: they quote laws, ordinances, EU
acts, amounts, shares, ages and periods. It is weighted to legal shapes, to measure false figures on legal
and designation numbers:
- `legal` (150): a sentence with a digit or number word
  (make_blind2_draw.CANDIDATE) that holds a legal or designation shape
  (`CASED`/`UNCASED` below: `§`, `kap.`, `lagen (`/`förordningen (`/`balken (`, an SFS
  number `(YYYY:NNN)`, `SFS`, `artikel`, `direktiv`, `punkt`, `bilaga`,
  `prop.`, `SOU`, `dnr`, a diary number such as `N2021/00170`), whatever
  other numbers it holds;
- `shape` (100): a sentence of the "number + lower-case word" shape
  (make_blind3_draw.shaped) — mostly figures, so it measures recall;
- `any` (100): a sentence with a digit or number word of any shape.
Each sentence comes from a different assignment: the assignments are taken
in a random order (fixed seed 3434), each gives at most one sentence, drawn
at random among its candidates for the line being filled (`legal` first,
then `shape`, then `any`); an assignment without a candidate for that line
gives none and is not used again.
The assignments run out on this part: `legal` fills its 150 from 2302
assignments looked at, `shape` looks at the remaining 1294 and finds 80, and
`any` gets none (stderr says so); the numbers asked for stay in WANT, so the
shortfall shows rather than being hidden.

Used = every earlier part (gold, holdout, blind, blind2–blind13, and their
draw files), and every file under tests/ and bench/ that git tracks
(blind14's own files excepted); blind11's, blind12's and blind13's assignments are not
drawn from at all. A sentence counts as used when its first or last 40 letters and
digits (case, spaces and punctuation ignored) occur there (blind7's test). A sentence repeated across assignments (boilerplate) is taken
once, also when only its spaces or punctuation differ. The figure extractor is
never run here.

    /work/main/.venv/bin/python bench/figures/make_blind14_draw.py > bench/figures/blind14_drawn.jsonl
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from make_blind2_draw import CANDIDATE, paragraphs  # noqa: E402
from make_blind3_draw import shaped  # noqa: E402
from make_blind8_draw import KEY, letters  # noqa: E402

from extract.sentences import split_sentences  # noqa: E402

SEED = 3434
WANT = {"legal": 150, "shape": 100, "any": 100}  # filled in this order
PARTS = ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
         "blind10", "blind11", "blind12", "blind13")
# Legal and designation shapes of Swedish government text (a pattern test on
# the text, not the extractor): section and chapter signs, SFS numbers, EU
# acts, points, appendices, bills, inquiry reports, diary numbers.
CASED = re.compile(r"\bSOU\b|\bSFS\b|\b[A-ZÅÄÖ]{1,4}\d{4}/\d{3,}")  # acronyms and diary numbers: upper case only
UNCASED = re.compile(
    r"§|\bkap\.|\w*(?:lagen|förordningen|balken) \(|\((?:19|20)\d\d ?: ?\d+\)|\bartikel|\bdirektiv|\bpunkt|\bbilag"
    r"|\bprop\.|\bdnr\b", re.IGNORECASE)


def legal(text: str) -> bool:
    return bool(UNCASED.search(text) or CASED.search(text))


def used() -> str:
    seen = [item["text"] for p in PARTS for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and "blind14" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    root = CORPUS / "regeringen" / "regeringsuppdrag"
    if not root.is_dir():
        sys.exit(f"error: {root}: the shared corpus is absent; blind14 is drawn from its assignments")
    seen = used()
    earlier = {json.loads(line)["file"] for part in ("blind11", "blind12", "blind13")  # their assignments: none drawn again
               for line in (HERE / f"{part}_drawn.jsonl").read_text(encoding="utf-8").splitlines()}
    rng = random.Random(SEED)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and key not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(path: Path) -> list[str]:
        found = [s.text for sentences in split_sentences(paragraphs(path)) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        return list(dict.fromkeys(found))

    keep = {"legal": lambda found: [t for t in found if legal(t)], "shape": shaped, "any": lambda found: found}
    files = sorted(p for p in root.rglob("*.md") if str(p.relative_to(root)) not in earlier)
    order = rng.sample(files, len(files))  # every assignment once, in a random order
    counts = dict.fromkeys(WANT, 0)
    looked = dict.fromkeys(WANT, 0)
    for path in order:
        kind = next((k for k in WANT if counts[k] < WANT[k]), None)
        if kind is None:
            break
        looked[kind] += 1
        found = keep[kind](candidates(path))
        if not found:
            continue
        text = rng.choice(found)
        taken.add(letters(text))
        counts[kind] += 1
        print(json.dumps({"source": kind, "file": str(path.relative_to(root)), "text": text}, ensure_ascii=False))
    for kind in WANT:
        print(f"# {kind}: {counts[kind]} sentences from {looked[kind]} assignments looked at, one per assignment",
              file=sys.stderr)


if __name__ == "__main__":
    main()
