"""Draws the candidate sentences of blind6.json (issue 14, eighth part of the figure gold set).

Sources: government and legal text no other part, test or bench file uses.
- `bills`: the PDFs in ../shared/corpus/pdf/, read as kallkoll ingests them
  (`ingest.files.parse_file`, paragraph/caption/list-item blocks through
  `extract.sentences.split_sentences`, which reads no figures). **Every**
  sentence with a digit or number word that no other part uses is taken,
  whatever its shape, no sampling (blind5 drew 150 of 532).
- `catalogue`: every unused sentence of the "number + lower-case word" shape
  of make_blind3_draw.py in the `summary` texts of the catalogue series
  (SOU, Dir., Skr., Ds; blind5 left only Ds). Source `catalogue-<series>`.
- `uppdrag`: one sentence of the shape each from randomly drawn government
  assignments in ../shared/corpus/regeringen/regeringsuppdrag/, up to 20.

Used = gold, holdout, blind, blind2–blind5 (and their draw files), and every
file under tests/ and bench/ (blind6's own files excepted); a sentence counts
as used when the first or last 40 letters and digits (case, spaces and
punctuation ignored) occur there (blind4/blind5's test). Fixed seed (1818);
the figure extractor is never run here. Prints JSON lines: source, text;
kept as `blind6_drawn.jsonl`.
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
from make_blind3_draw import SERIES, shaped  # noqa: E402

from extract.sentences import split_sentences  # noqa: E402
from ingest.errors import IngestError  # noqa: E402
from ingest.files import parse_file  # noqa: E402

SENTENCE_KINDS = ("paragraph", "caption", "list_item")  # as evidence.pipeline.SENTENCE_KINDS
KEY = 40
UPPDRAG = 20


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]", "", text.lower())


def used() -> str:
    seen = [item["text"] for p in ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5")
            for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt")) and "blind6" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    seen = used()
    rng = random.Random(1818)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and text not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(texts: list[str]) -> list[str]:
        found = [s.text for sentences in split_sentences(texts) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        return list(dict.fromkeys(found))

    def emit(source: str, text: str) -> None:
        taken.add(text)
        print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    # PDFs: every remaining candidate sentence.
    total = 0
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        try:
            parsed = parse_file(pdf)
        except IngestError as exc:  # the scan without a text layer
            print(f"# {pdf.stem}: {exc}", file=sys.stderr)
            continue
        found = [t for t in candidates([b.text for b in parsed.blocks if b.kind in SENTENCE_KINDS]) if t not in taken]
        print(f"# {pdf.stem}: {len(found)} candidates, all taken", file=sys.stderr)
        total += len(found)
        for text in found:
            emit(pdf.stem, text)
    print(f"# pdf: {total} sentences", file=sys.stderr)

    # Catalogue summaries: every remaining sentence of the shape.
    for name, series in SERIES.items():
        items = json.loads((CORPUS / "regeringen" / "catalogue" / f"{name}.json").read_text("utf-8"))
        summaries = [item["summary"] for item in items if item.get("summary")]
        found = [t for t in shaped(candidates(summaries)) if t not in taken]
        print(f"# catalogue-{series} (shape): {len(found)} candidates, all taken", file=sys.stderr)
        for text in found:
            emit(f"catalogue-{series}", text)

    # Government assignments: one sentence of the shape each from drawn files.
    files = sorted((CORPUS / "regeringen" / "regeringsuppdrag").rglob("*.md"))
    picked = 0
    for path in rng.sample(files, 200):
        if picked == UPPDRAG:
            break
        found = [t for t in shaped(candidates(paragraphs(path))) if t not in taken]
        if found:
            emit("regeringsuppdrag", rng.choice(found))
            picked += 1
    print(f"# regeringsuppdrag (shape): {picked} files, one sentence each", file=sys.stderr)


if __name__ == "__main__":
    main()
