"""Draws the candidate sentences of blind8.json (issue 14, tenth part of the figure gold set).

The open question is figure extraction on legal/government text of the
bills' genre, where false figures come from references, dates, list items
and designations. The PDFs were used up by blind6 (its last 349 sentences),
so this part takes the nearest untouched text of that genre:
- the `summary` texts of the regeringen.se catalogue in
  ../shared/corpus/regeringen/catalogue/ — Dir. (committee directives, the
  genre of dir-2016-15.pdf), then Skr., then SOU and Ds;
- the regeringen.se pages under ../shared/corpus/regeringen/pages/rattsliga-dokument/
  (markdown; YAML front matter and `#` headings left out, as
  make_blind2_draw.paragraphs reads them).
Every text goes through kallkoll's sentence splitter
(`extract.sentences.split_sentences`, which reads no figures). A candidate is
a sentence with a digit or number word (make_blind2_draw.CANDIDATE) of **any**
shape — earlier parts took the "number + lower-case word" shape, so most of
what remains is dates, years, references and designations (false figures),
with the figures the shape test missed.

Order and sampling (fixed seed 2020), to about TARGET sentences: all unused
Dir. candidates if there are at most DIR_ALL, else DIR_ALL drawn; then Skr.
(half of what is left of the target); then SOU, Ds and the pages share the
rest evenly (a series with no unused candidate gets none: the pages'
sentences with numbers were all taken by blind2, and that holds here too),
so that every series line of score.py has sentences.

Used = gold, holdout, blind, blind2–blind7 (and their draw files), and every
file under tests/ and bench/ that git tracks (blind8's own files excepted);
a sentence counts as used when the first or last 40 letters and digits
(case, spaces and punctuation ignored) occur there (blind7's test). The
figure extractor is never run here. Prints JSON lines: source (the series:
`dir`, `skr`, `sou`, `ds`, `pages`), doc (catalogue title or page path),
text; kept as `blind8_drawn.jsonl`.
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

from extract.sentences import split_sentences  # noqa: E402

KEY = 40
TARGET, DIR_ALL = 200, 120
CATALOGUE = {"kommittedirektiv": "dir", "skrivelse": "skr", "statens-offentliga-utredningar": "sou",
             "departementsserien-och-promemorior": "ds"}


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]", "", text.lower())


def used() -> str:
    seen = [item["text"] for p in ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
                                   "blind7")
            for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and "blind8" not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def main() -> None:
    catalogue = CORPUS / "regeringen" / "catalogue"
    pages = CORPUS / "regeringen" / "pages" / "rattsliga-dokument"
    if not catalogue.is_dir():
        sys.exit(f"error: {catalogue}: the shared corpus is absent; blind8 is drawn from it")
    seen = used()
    rng = random.Random(2020)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and text not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(texts: list[str], doc: str) -> list[tuple[str, str]]:
        found = [s.text for sentences in split_sentences(texts) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        out = [(doc, t) for t in dict.fromkeys(found)]
        taken.update(t for _, t in out)
        return out

    pool: dict[str, list[tuple[str, str]]] = {}
    for name, series in CATALOGUE.items():
        items = json.loads((catalogue / f"{name}.json").read_text("utf-8"))
        pool[series] = [c for item in items if item.get("summary")
                        for c in candidates([item["summary"]], item.get("title") or item.get("url") or "")]
    pool["pages"] = [c for path in sorted(pages.rglob("*.md"))
                     for c in candidates(paragraphs(path), str(path.relative_to(pages)))]
    for series, found in pool.items():
        print(f"# {series}: {len(found)} unused candidates", file=sys.stderr)

    def draw(series: str, n: int) -> list[tuple[str, str]]:
        found = pool[series]
        return list(found) if len(found) <= n else rng.sample(found, n)

    picked = {"dir": draw("dir", DIR_ALL)}
    left = TARGET - len(picked["dir"])
    picked["skr"] = draw("skr", max(left // 2, 0))
    left -= len(picked["skr"])
    rest = [s for s in ("sou", "ds", "pages") if pool[s]]
    for i, s in enumerate(rest):
        picked[s] = draw(s, max(left // (len(rest) - i), 0))
        left -= len(picked[s])
    picked.setdefault("pages", [])
    for series, chosen in picked.items():
        print(f"# {series}: {len(chosen)} taken", file=sys.stderr)
        for doc, text in chosen:
            print(json.dumps({"source": series, "doc": doc, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
