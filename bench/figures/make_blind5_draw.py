"""Draws the candidate sentences of blind5.json (issue 14, seventh part of the figure gold set).

Sources: government and legal text no other part, test or bench file uses.
- `bills`: the ten PDFs in ../shared/corpus/pdf/, read as kallkoll ingests
  them (`ingest.files.parse_file`: pdfplumber, its block kinds) and cut into
  sentences as kallkoll's pipeline does (paragraph, caption and list-item
  blocks through `extract.sentences.split_sentences`, a tokenizer and
  sentencizer that read no figures). Every such sentence that holds a digit
  or a number word and is in no other part is a candidate, whatever its shape
  (dates, references, list items, contents lines: the false figures come from
  those); if there are more than 150, 150 are drawn at random, and every
  candidate left of the "number + lower-case word" shape of
  make_blind3_draw.py is added (the random 150 hold few figures). Source name =
  the PDF's stem. The earlier parts read the PDFs with `pdftotext`; a
  sentence counts as used when the start or the end of its letters and
  digits (40 characters, case, spaces and punctuation ignored) occurs in
  another part, so a different line break or hyphen does not let a used
  sentence back in.
- `catalogue`: the `summary` texts of SOUs, committee terms of reference
  (Dir.), government communications (Skr.) and the Ds/PM series in
  ../shared/corpus/regeringen/catalogue/: 32 drawn at random among all their
  unused sentences of the "number + lower-case word" shape of
  make_blind3_draw.py (a shape test, not the extractor: random sentences of
  summaries hold few figures; blind4 left SOU, Dir. and Skr. almost none, so
  most are Ds). Source name `catalogue-<series>`.
- `uppdrag`: one sentence of the shape each from eight randomly drawn
  government assignments in ../shared/corpus/regeringen/regeringsuppdrag/.

Used = gold, holdout, blind, blind2, blind3 and blind4 (and their draw
files), and every file under tests/ and bench/. Fixed seed (1717); the
figure extractor is never run here. Prints JSON lines: source, text; kept as
`blind5_drawn.jsonl`.
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


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]", "", text.lower())


def used() -> str:
    seen = [item["text"] for p in ("gold", "holdout", "blind", "blind2", "blind3", "blind4")
            for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt")) and "blind5" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    seen = used()
    rng = random.Random(1717)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and text not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(texts: list[str]) -> list[str]:
        found = [s.text for sentences in split_sentences(texts) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        return list(dict.fromkeys(found))

    def emit(source: str, drawn: list[str], of: int, how: str) -> None:
        print(f"# {source} ({how}): {of} candidates, {len(drawn)} drawn", file=sys.stderr)
        for text in drawn:
            taken.add(text)
            print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    # PDFs: every remaining candidate sentence, 150 drawn if there are more.
    pool: list[tuple[str, str]] = []
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        try:
            parsed = parse_file(pdf)
        except IngestError as exc:  # the scan without a text layer
            print(f"# {pdf.stem}: {exc}", file=sys.stderr)
            continue
        found = candidates([b.text for b in parsed.blocks if b.kind in SENTENCE_KINDS])
        print(f"# {pdf.stem}: {len(found)} candidates", file=sys.stderr)
        pool += [(pdf.stem, t) for t in found]
    drawn = rng.sample(pool, min(150, len(pool)))
    drawn.sort(key=lambda st: pool.index(st))
    print(f"# pdf: {len(pool)} candidates, {len(drawn)} drawn", file=sys.stderr)
    for source, text in drawn:
        taken.add(text)
        print(json.dumps({"source": source, "text": text}, ensure_ascii=False))
    # The random 150 hold few figures (the earlier parts took the PDFs' figure
    # sentences), so every candidate left of the shape is added as well.
    rest = [(source, text) for source, text in pool if text not in taken and shaped([text])]
    print(f"# pdf (shape): {len(rest)} left, all added", file=sys.stderr)
    for source, text in rest:
        taken.add(text)
        print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    # Catalogue summaries: 32 of the shape drawn among all series together.
    found_all: list[tuple[str, str]] = []
    for name, series in SERIES.items():
        items = json.loads((CORPUS / "regeringen" / "catalogue" / f"{name}.json").read_text("utf-8"))
        summaries = [item["summary"] for item in items if item.get("summary")]
        found = shaped(candidates(summaries))
        print(f"# catalogue-{series} (shape): {len(found)} candidates", file=sys.stderr)
        found_all += [(f"catalogue-{series}", t) for t in found]
    drawn = rng.sample(found_all, min(32, len(found_all)))
    drawn.sort(key=lambda st: found_all.index(st))
    print(f"# catalogue: {len(found_all)} candidates, {len(drawn)} drawn", file=sys.stderr)
    for source, text in drawn:
        taken.add(text)
        print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    # Government assignments: one sentence of the shape from each of eight drawn files.
    files = sorted((CORPUS / "regeringen" / "regeringsuppdrag").rglob("*.md"))
    picked: list[str] = []
    for path in rng.sample(files, 100):
        found = shaped(candidates(paragraphs(path)))
        if found and len(picked) < 8:
            picked.append(rng.choice(found))
    emit("regeringsuppdrag", picked, len(picked), "shape")

if __name__ == "__main__":
    main()
