"""Draws the sentences of blind9.json (issue 14, eleventh part of the figure gold set).

In: the `summary` texts of the regeringen.se catalogue in
../shared/corpus/regeringen/catalogue/ for committee directives (Dir.,
`kommittedirektiv.json`) and government communications to the Riksdag
(Skr., `skrivelse.json`) — the genre nearest the bills. Out: JSON lines
(source = the series `dir` or `skr`, doc = catalogue title, text), kept as
`blind9_drawn.jsonl`.

blind8 drew 120 of 553 unused Dir. candidates and 40 of 282 Skr.; this part
takes **every** remaining one of the two series — nothing is sampled, so
no seed is needed (2121 was reserved for it); the output is in catalogue
order. A candidate is what blind8 took: a sentence, as kallkoll's
sentence splitter (`extract.sentences.split_sentences`, which reads no
figures) cuts it, of more than 15 characters with a digit or number word
(make_blind2_draw.CANDIDATE) of **any** shape. So it measures false figures
on legal text (dates, years, references, designations) and whatever figures
those sentences hold.

Used = blind8's test: gold, holdout, blind, blind2–blind7 (and their draw
files), and every file under tests/ and bench/ that git tracks (blind8's and
blind9's own files excepted); a sentence counts as used when its first or
last 40 letters and digits (case, spaces and punctuation ignored) occur
there. blind8's 200 sentences are excluded by identity (of their letters and
digits) instead: they came from this splitter on these same summaries, so
the sentence itself is known, while the 40-letter test would also drop 55
Dir. and 132 Skr. sentences that only open or close like a blind8 one
(`Uppdraget ska i stället redovisas senast den …`, `I skrivelsen redogör
regeringen för sin bedömning av …` with another report) and that blind8
counted as unused. A sentence repeated in the catalogue is taken once, also
when only its spaces differ (Skr. 2003/04:110 is listed under a Swedish and
an English title, one summary with a no-break space; four more repeat with
another line break). Result: Dir. 430, Skr. 240 (blind8's 553 − 120 and
282 − 40, less those five repeats). The figure extractor is never run here.
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

CATALOGUE = {"kommittedirektiv": "dir", "skrivelse": "skr"}
PARTS = ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")


def used() -> str:
    seen = [item["text"] for p in PARTS for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and "blind8" not in name and "blind9" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    catalogue = CORPUS / "regeringen" / "catalogue"
    if not catalogue.is_dir():
        sys.exit(f"error: {catalogue}: the shared corpus is absent; blind9 is drawn from it")
    seen = used()
    taken = {letters(json.loads(line)["text"]) for line in (HERE / "blind8_drawn.jsonl").read_text("utf-8").splitlines()}
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
