"""The walk over a random draw of assignments that every make_blindN_draw.py
prints, and the check of the judgments file it wrote (issue 15).

In: a part's name, the draw's seed, how many files were drawn and how many
topics were wanted, and the decisions written by hand for the drawn files
(position -> ("keep", topic and query) or ("skip", reason)). Out (stdout):
each drawn file with its title and decision, the counts, and the judgments
file's size; its problems on stderr. The exit status is 0 when the walk kept
the wanted number of topics and the judgments file is well formed: it loads,
ids are unique, every judged path exists in the corpus, grades are 1 or 2,
and year filters agree with the judged paths' years. No search is run.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ASSIGNMENTS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "regeringen" / "regeringsuppdrag"


def walk(part: str, seed: int, drawn_count: int, wanted: int, decisions: dict[int, tuple[str, str]]) -> int:
    """Print the draw and its decisions, check `part`.yaml; the exit status."""
    files = sorted(str(p.relative_to(ASSIGNMENTS)) for p in ASSIGNMENTS.rglob("*.md"))
    if not files:
        print(f"error: {ASSIGNMENTS}: no assignments (the shared corpus is absent)", file=sys.stderr)
        return 1
    drawn = random.Random(seed).sample(files, drawn_count)
    kept = skipped = 0
    for i, rel in enumerate(drawn, 1):
        title = (ASSIGNMENTS / rel).read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        action, note = decisions.get(i, ("-", f"not walked ({wanted} topics reached)"))
        kept += action == "keep"
        skipped += action == "skip"
        print(f"{i:2d} {action:4s} {rel}\n   {title[:150]}\n   {note}")
    print(f"\n{len(files)} files, {drawn_count} drawn, {kept + skipped} walked: {kept} kept, {skipped} skipped")
    path = HERE / f"{part}.yaml"
    problems = check_judgments(path)
    for problem in problems:
        print(f"error: {path}: {problem}", file=sys.stderr)
    return 0 if kept == wanted and not problems else 1


def check_judgments(path: Path) -> list[str]:
    """Problems in the judgments file (empty when it is well formed)."""
    queries = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    ids = [q["id"] for q in queries]
    if len(set(ids)) != len(ids):
        problems.append("repeated query id")
    judged = 0
    for q in queries:
        low, high = int(q.get("from", 0)), int(q.get("to", 9999))
        for rel, grade in q["relevant"].items():
            judged += 1
            if not (ASSIGNMENTS / rel).is_file():
                problems.append(f"{q['id']}: no such assignment {rel}")
            if grade not in (1, 2):
                problems.append(f"{q['id']}: grade {grade} for {rel}")
            if not low <= int(rel[:4]) <= high:
                problems.append(f"{q['id']}: {rel} is outside the year filter")
    print(f"{path.name}: {len(queries)} queries, {judged} judgments")
    return problems
