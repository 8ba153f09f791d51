"""Draws the sentences of blind10.json (issue 14, twelfth part of the figure gold set).

In: the `summary` texts of the regeringen.se catalogue in
../shared/corpus/regeringen/catalogue/ for government inquiry reports (SOU,
`statens-offentliga-utredningar.json`) and the ministry series and memoranda
(Ds, `departementsserien-och-promemorior.json`). Out: JSON lines (source =
the series `sou` or `ds`, doc = catalogue title, text), kept as
`blind10_drawn.jsonl`.

blind8 drew 20 of 345 unused SOU candidates and 20 of 701 Ds; blind9 took
every remaining Dir. and Skr. one. This part takes **every** remaining SOU
and Ds candidate — nothing is sampled, so no seed is needed; the output is
in catalogue order. A candidate is what blind8 and blind9 took: a sentence,
as kallkoll's sentence splitter (`extract.sentences.split_sentences`, which
reads no figures) cuts it, of more than 15 characters with a digit or number
word (make_blind2_draw.CANDIDATE) of **any** shape.

Used = blind9's test: gold, holdout, blind, blind2–blind7 (and their draw
files), and every file under tests/ and bench/ that git tracks (blind8's,
blind9's and blind10's own files excepted); a sentence counts as used when
its first or last 40 letters and digits (case, spaces and punctuation
ignored) occur there. blind8's and blind9's sentences are excluded by
identity (of their letters and digits) instead, as blind9 excluded blind8's:
they came from this splitter on these same summaries. A sentence repeated in
the catalogue is taken once, also when only its spaces or punctuation differ.
The figure extractor is never run here.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from make_blind2_draw import CANDIDATE  # noqa: E402
from make_blind8_draw import KEY, letters  # noqa: E402

from extract.sentences import split_sentences  # noqa: E402

CATALOGUE = {"statens-offentliga-utredningar": "sou", "departementsserien-och-promemorior": "ds"}
PARTS = ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")
OWN = ("blind8", "blind9", "blind10")  # excluded by identity, not by the 40-letter test


def used() -> str:
    seen = [item["text"] for p in PARTS for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and not any(o in name for o in OWN):
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    catalogue = CORPUS / "regeringen" / "catalogue"
    if not catalogue.is_dir():
        sys.exit(f"error: {catalogue}: the shared corpus is absent; blind10 is drawn from it")
    seen = used()
    taken = {letters(json.loads(line)["text"])
             for p in ("blind8", "blind9")
             for line in (HERE / f"{p}_drawn.jsonl").read_text("utf-8").splitlines()}
    for name, series in CATALOGUE.items():
        items = json.loads((catalogue / f"{name}.json").read_text("utf-8"))
        chosen = []
        for item in items:
            if not item.get("summary"):
                continue
            for sentences in split_sentences([item["summary"]]):
                for s in sentences:
                    key = letters(s.text)
                    if (len(s.text) > 15 and CANDIDATE.search(s.text) and key not in taken
                            and key[:KEY] not in seen and key[-KEY:] not in seen):
                        taken.add(key)
                        chosen.append((item.get("title") or item.get("url") or "", s.text))
        print(f"# {series}: {len(chosen)} unused candidates, all taken", file=sys.stderr)
        for doc, text in chosen:
            print(json.dumps({"source": series, "doc": doc, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
