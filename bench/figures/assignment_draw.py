"""The draw of a figure part from the government assignments (issue 14),
shared by make_blind11_draw.py … make_blind14_draw.py.

In: the part's name, its seed, the earlier parts whose sentences count as
used, and the earlier assignment parts whose assignments are not drawn
again. Out (stdout): JSON lines (source = the score line `legal`, `shape` or
`any`; file, relative to regeringsuppdrag/; text); on stderr, how many
sentences each line got from how many assignments. Each script's docstring
says how its part was drawn; the method is the same for all: assignments in
a random order, at most one sentence each, `legal` filled first, then
`shape`, then `any`. The figure extractor is never run.
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

WANT = {"legal": 150, "shape": 100, "any": 100}  # filled in this order
# Legal and designation shapes of Swedish government text (a pattern test on
# the text, not the extractor): section and chapter signs, SFS numbers, EU
# acts, points, appendices, bills, inquiry reports, diary numbers.
CASED = re.compile(r"\bSOU\b|\bSFS\b|\b[A-ZÅÄÖ]{1,4}\d{4}/\d{3,}")  # acronyms and diary numbers: upper case only
UNCASED = re.compile(
    r"§|\bkap\.|\w*(?:lagen|förordningen|balken) \(|\((?:19|20)\d\d ?: ?\d+\)|\bartikel|\bdirektiv|\bpunkt|\bbilag"
    r"|\bprop\.|\bdnr\b", re.IGNORECASE)


def legal(text: str) -> bool:
    return bool(UNCASED.search(text) or CASED.search(text))


def used(part: str, parts: tuple[str, ...]) -> str:
    """The letters of every earlier part's sentences and of every file under
    tests/ and bench/ that git tracks, `part`'s own files excepted."""
    seen = [item["text"] for p in parts for item in json.loads((HERE / f"{p}.json").read_text(encoding="utf-8"))]
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".jsonl", ".md", ".txt", ".yaml")) and part not in name:
            seen.append((ROOT / name).read_text(encoding="utf-8", errors="replace"))
    return letters("\n".join(seen))


def draw(part: str, seed: int, parts: tuple[str, ...], earlier: tuple[str, ...] = ()) -> None:
    """Print `part`'s draw; the assignments of the `earlier` parts' draws are not drawn again."""
    root = CORPUS / "regeringen" / "regeringsuppdrag"
    if not root.is_dir():
        sys.exit(f"error: {root}: the shared corpus is absent; {part} is drawn from its assignments")
    seen = used(part, parts)
    drawn_before = {json.loads(line)["file"] for p in earlier  # their assignments: none drawn again
                    for line in (HERE / f"{p}_drawn.jsonl").read_text(encoding="utf-8").splitlines()}
    rng = random.Random(seed)
    taken: set[str] = set()

    def fresh(text: str) -> bool:
        key = letters(text)
        return len(text) > 15 and key not in taken and key[:KEY] not in seen and key[-KEY:] not in seen

    def candidates(path: Path) -> list[str]:
        found = [s.text for sentences in split_sentences(paragraphs(path)) for s in sentences
                 if CANDIDATE.search(s.text) and fresh(s.text)]
        return list(dict.fromkeys(found))

    keep = {"legal": lambda found: [t for t in found if legal(t)], "shape": shaped, "any": lambda found: found}
    files = sorted(p for p in root.rglob("*.md") if str(p.relative_to(root)) not in drawn_before)
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
