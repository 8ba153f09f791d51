"""Draws the candidate sentences of blind3.json (issue 14, fifth part of the figure gold set).

Sources: government and legal text no other part, test or bench file uses.
- `bills`: sentences of the ten PDFs in ../shared/corpus/pdf/ (`pdftotext`,
  as the earlier parts; the scan gives none) not in another part. Source name
  = the PDF's stem.
- `catalogue`: the `summary` texts of SOUs, committee terms of reference
  (Dir.), government communications (Skr.) and the Ds/PM series in
  ../shared/corpus/regeringen/catalogue/. Source name `catalogue-<series>`.
- `regeringen`: regeringen.se pages in ../shared/corpus/regeringen/pages/
  (blind2 took every candidate of them, so few or none are left).
- `uppdrag`: one sentence each of randomly drawn government assignments in
  ../shared/corpus/regeringen/regeringsuppdrag/.

Each text is cut into paragraphs (YAML front matter and `#` headings left
out), the paragraphs into sentences by kallkoll's own splitter
(`extract.sentences`, a tokenizer and sentencizer that read no figures), and a
sentence is a candidate when it holds a digit or a number word. A candidate
whose first 60 characters occur in another part (gold, holdout, blind,
blind2 and its draw), in tests/ or in bench/ is left out. Two draws per
source: a plain random one (mostly dates, references, list items,
designations: the non-figures the part must hold) and one among sentences of
the "number + lower-case word" shape of make_blind2_draw.py (a shape test,
not the extractor), because random sentences hold few figures. Fixed seed;
the figure extractor is never run here. Prints JSON lines: source, text.
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

from make_blind2_draw import CANDIDATE, NOT_AFTER, SHAPE, paragraphs  # noqa: E402

from extract.sentences import split_sentences  # noqa: E402

SERIES = {"statens-offentliga-utredningar": "sou", "kommittedirektiv": "dir", "skrivelse": "skr",
          "departementsserien-och-promemorior": "ds"}


def used() -> str:
    seen = [item["text"] for p in ("gold", "holdout", "blind", "blind2")
            for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt")) and "blind3" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return "\n".join(seen)


def shaped(found: list[str]) -> list[str]:
    """Sentences where a number is followed by a lower-case word that is no
    month, section word or `års`, and is no four-digit year (make_blind2_draw's tight shape)."""
    return [t for t in found if any(
        m.group(2).lower() not in NOT_AFTER | {"års"} and not re.fullmatch(r"(19|20)\d\d", m.group(1).strip())
        and not t[:m.start()].rstrip().lower().endswith("den") for m in SHAPE.finditer(t))]


def main() -> None:
    seen = used()
    rng = random.Random(1515)
    taken: set[str] = set()

    def candidates(texts: list[str]) -> list[str]:
        found = [s.text for sentences in split_sentences(texts) for s in sentences
                 if CANDIDATE.search(s.text) and s.text[:60] not in seen and len(s.text) > 15
                 and s.text not in taken]
        return list(dict.fromkeys(found))

    def emit(source: str, drawn: list[str], of: int, how: str) -> None:
        print(f"# {source} ({how}): {of} candidates, {len(drawn)} drawn", file=sys.stderr)
        for text in drawn:
            taken.add(text)
            print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    # PDFs: the rest of every PDF, two at random and every sentence of the
    # shape (the PDFs hold few figure sentences the other parts left: 50 of
    # the shape in all; a first run took 15 per PDF, then all were taken to
    # give the bills line more figures, before any labelling or extraction).
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        found = candidates([re.sub(r"-\n(?=[a-zåäö])", "", p).replace("\n", " ") for p in re.split(r"\n\s*\n", text)])
        emit(pdf.stem, rng.sample(found, min(2, len(found))), len(found), "random")
        rest = shaped(candidates([re.sub(r"-\n(?=[a-zåäö])", "", p).replace("\n", " ")
                                  for p in re.split(r"\n\s*\n", text)]))
        emit(pdf.stem, rng.sample(rest, len(rest)), len(rest), "shape")

    # Catalogue summaries of four series: two at random from 600 drawn
    # summaries, seven of the shape from all of them.
    for name, series in SERIES.items():
        items = json.loads((CORPUS / "regeringen" / "catalogue" / f"{name}.json").read_text("utf-8"))
        summaries = [item["summary"] for item in items if item.get("summary")]
        pool = rng.sample(summaries, min(600, len(summaries)))
        found = candidates(pool)
        emit(f"catalogue-{series}", rng.sample(found, min(2, len(found))), len(found), "random")
        found = shaped(candidates(summaries))
        emit(f"catalogue-{series}", rng.sample(found, min(7, len(found))), len(found), "shape")

    # regeringen.se pages: whatever blind2 left.
    pages = [p for path in sorted((CORPUS / "regeringen" / "pages").rglob("*.md")) for p in paragraphs(path)]
    found = candidates(pages)
    emit("regeringen", rng.sample(found, min(4, len(found))), len(found), "random")

    # Government assignments: one sentence per drawn file, 5 random, 10 of the shape.
    files = sorted((CORPUS / "regeringen" / "regeringsuppdrag").rglob("*.md"))
    for how, want, keep in (("random", 5, lambda f: f), ("shape", 10, shaped)):
        drawn: list[str] = []
        for path in rng.sample(files, 300):
            found = keep(candidates(paragraphs(path)))
            if found and len(drawn) < want:
                drawn.append(rng.choice(found))
        emit("regeringsuppdrag", drawn, len(drawn), how)


if __name__ == "__main__":
    main()
