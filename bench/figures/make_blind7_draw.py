"""Draws the candidate sentences of blind7.json (issue 14, ninth part of the figure gold set).

blind6 took the last unused sentences of the PDFs (349) and of the catalogue
summaries of the "number + lower-case word" shape, so this part is
government text only: the assignments in
../shared/corpus/regeringen/regeringsuppdrag/ (markdown; YAML front matter
and `#` headings left out, paragraphs through kallkoll's sentence splitter
`extract.sentences.split_sentences`, which reads no figures — as the
assignments of blind2–blind6 were read).
- `regeringsuppdrag-shape` (score line `uppdrag-shape`): one sentence of the
  "number + lower-case word" shape (make_blind3_draw.shaped) from each of 80
  randomly drawn assignments — mostly figures, so it measures recall.
- `regeringsuppdrag-any` (score line `uppdrag-any`): one sentence with a
  digit or number word of **any** shape (make_blind2_draw.CANDIDATE) from
  each of 60 further drawn assignments, none of the 80 above — mostly dates,
  diary numbers, years and references, so it measures false figures.

Used = gold, holdout, blind, blind2–blind6 (and their draw files), and every
file under tests/ and bench/ that git tracks (blind7's own files excepted); a
sentence counts as used when the first or last 40 letters and digits (case,
spaces and punctuation ignored) occur there (blind4–blind6's test). Fixed
seed (1919); the figure extractor is never run here. Prints JSON lines:
source, file (relative to regeringsuppdrag/), text; kept as
`blind7_drawn.jsonl`.
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

from extract.sentences import split_sentences  # noqa: E402

KEY = 40
SHAPE_N, ANY_N = 80, 60


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]", "", text.lower())


def used() -> str:
    seen = [item["text"] for p in ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
            for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and "blind7" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    root = CORPUS / "regeringen" / "regeringsuppdrag"
    if not root.is_dir():
        sys.exit(f"error: {root}: the shared corpus is absent; blind7 is drawn from its assignments")
    seen = used()
    rng = random.Random(1919)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and text not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(path: Path) -> list[str]:
        found = [s.text for sentences in split_sentences(paragraphs(path)) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        return list(dict.fromkeys(found))

    files = sorted(root.rglob("*.md"))
    order = rng.sample(files, len(files))  # every assignment once, in a random order
    counts = {"shape": 0, "any": 0}
    for path in order:
        kind = "shape" if counts["shape"] < SHAPE_N else "any"
        if counts[kind] == (SHAPE_N if kind == "shape" else ANY_N):
            break
        found = candidates(path)
        if kind == "shape":
            found = shaped(found)
        if not found:
            continue
        text = rng.choice(found)
        taken.add(text)
        counts[kind] += 1
        print(json.dumps({"source": f"regeringsuppdrag-{kind}", "file": str(path.relative_to(root)), "text": text},
                         ensure_ascii=False))
    print(f"# regeringsuppdrag: {counts['shape']} of the shape, {counts['any']} of any shape, "
          "one sentence per assignment", file=sys.stderr)


if __name__ == "__main__":
    main()
