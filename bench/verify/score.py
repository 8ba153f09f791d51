#!/usr/bin/env python3
"""Score `kallkoll verify` on the labelled evaluation set (issue 14).

Each part (`holdout/`, `tune/`) holds a follow-up report written for the
evaluation and `labels.json`: one label per figure (a fragment of its
sentence, the figure as written, the right status, and for `verified` and
`mismatch` the source's value and the pages it is stated on). The reports
cite real documents in `../shared/corpus/`; they are ingested with the
reports into a temporary database.

Prints, per part: the confusion matrix (rows: label, columns: verdict; `—`
is a labelled figure the tool did not extract), accuracy, mismatch precision
and recall, the number of false `verified`, and passage-page accuracy (of the
figures labelled and judged `verified` or `mismatch`, the share whose
passage is on a labelled page).

    bench/verify/score.py                 # this checkout
    bench/verify/score.py --before REV    # the same set, scored with the code of REV
    bench/verify/score.py --list          # every label of the tune part with its verdict

The `holdout` part was written and committed before verification was
changed; its results are not looked at while tuning (issue 14).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = ("holdout", "tune")
STATUSES = ("verified", "mismatch", "not_found", "no_source", "uncited")
MISSED = "—"
ONLY: str | None = None


def corpus() -> Path:
    return Path(os.environ.get("KALLKOLL_CORPUS", HERE.parents[2] / "shared" / "corpus"))


def sources() -> list[Path]:
    root = corpus()
    return [
        root / "pdf" / "prop-2012-13-187.pdf",
        root / "pdf" / "dir-2016-15.pdf",
        root / "regeringen" / "pages" / "rattsliga-dokument" / "statens-offentliga-utredningar" / "2023" / "10" / "sou-202362.md",
    ]


def verdicts(db: str, report: Path) -> list[dict]:
    """Every figure of one ingested report with its verdict and the page of its passage."""
    from sqlmodel import Session, select

    from evidence import schema as S
    from evidence.store import open_engine

    engine = open_engine(db)
    with Session(engine) as session:
        doc = session.exec(select(S.Document).where(S.Document.path == str(report))).one()
        claims = {c.id: c for c in session.exec(select(S.Claim).where(S.Claim.document_id == doc.id)).all()}
        figures = {f.id: f for f in session.exec(select(S.FigureRow).where(S.FigureRow.document_id == doc.id)).all()}
        links = {x.id: x for x in session.exec(select(S.Link).where(S.Link.document_id == doc.id)).all()}
        out = []
        for v in session.exec(select(S.Verification).where(S.Verification.document_id == doc.id)).all():
            figure, claim = figures[v.figure_id], claims[v.claim_id]
            page = getattr(v, "passage_page", None)  # stored with the verdict since issue 14
            link = links.get(v.link_id) if v.link_id else None
            if page is None and v.passage_text and link is not None and link.passage_document_id is not None:
                sentence = session.exec(select(S.Sentence).where(S.Sentence.document_id == link.passage_document_id)
                                        .where(S.Sentence.text == v.passage_text)).first()
                page = sentence.page_number if sentence else link.passage_page
            out.append({"claim": claim.text, "kind": claim.kind, "raw": figure.raw, "start": figure.char_start,
                        "status": v.status, "source_value": v.source_value, "page": page})
    return sorted(out, key=lambda r: (r["claim"], r["start"]))


def match(label: dict, rows: list[dict]) -> dict | None:
    """The figure a label names: in a claim holding the label's sentence
    fragment, of the label's claim kind, whose text holds the label's number
    (its first word: "åtta läsår" is read as "minst åtta" when "läsår" is
    not taken as a unit, and the verdict is still the figure's)."""
    number = label["raw"].split()[0].casefold()
    for row in rows:
        if label["sentence"] not in row["claim"] or row["kind"] != label.get("kind", "claim"):
            continue
        if number in re.findall(r"[\w,]+", row["raw"].casefold()):
            return row
    return None


def score(labels: list[dict], rows: list[dict]) -> tuple[dict, list[tuple[dict, dict | None]]]:
    pairs = [(label, match(label, rows)) for label in labels]
    confusion: Counter[tuple[str, str]] = Counter()
    page_hits = page_total = 0
    for label, row in pairs:
        got = row["status"] if row else MISSED
        confusion[(label["status"], got)] += 1
        if row and got == label["status"] and got in ("verified", "mismatch"):
            page_total += 1
            page_hits += row["page"] in label["source_pages"]
    n = len(pairs)
    correct = sum(confusion[(s, s)] for s in STATUSES)
    said_mismatch = sum(c for (_, got), c in confusion.items() if got == "mismatch")
    is_mismatch = sum(c for (want, _), c in confusion.items() if want == "mismatch")
    return {
        "figures": n,
        "confusion": confusion,
        "accuracy": correct / n if n else 0.0,
        "mismatch_precision": confusion[("mismatch", "mismatch")] / said_mismatch if said_mismatch else 0.0,
        "mismatch_recall": confusion[("mismatch", "mismatch")] / is_mismatch if is_mismatch else 0.0,
        "false_verified": sum(c for (want, got), c in confusion.items() if got == "verified" and want != "verified"),
        "page_accuracy": page_hits / page_total if page_total else 0.0,
        "page_total": page_total,
    }, pairs


def render(part: str, result: dict) -> str:
    cols = [*STATUSES, MISSED]
    width = 11
    lines = [f"== {part}: {result['figures']} labelled figures",
             "label \\ verdict".ljust(14) + "".join(c.rjust(width) for c in cols)]
    for want in STATUSES:
        lines.append(want.ljust(14) + "".join(str(result["confusion"][(want, got)]).rjust(width) for got in cols))
    lines.append(
        f"accuracy {result['accuracy']:.3f}   mismatch precision {result['mismatch_precision']:.3f}   "
        f"mismatch recall {result['mismatch_recall']:.3f}   false verified {result['false_verified']}   "
        f"passage page {result['page_accuracy']:.3f} (of {result['page_total']})"
    )
    return "\n".join(lines)


def run(show_list: bool) -> None:
    from evidence.pipeline import ingest_paths

    reports = {part: next((HERE / part).glob("*.txt")) for part in PARTS
               if (HERE / part).is_dir() and ONLY in (None, part)}
    missing = [str(p) for p in sources() if not p.is_file()]
    if missing:
        sys.exit(f"error: the shared corpus is needed: {', '.join(missing)} not found (set KALLKOLL_CORPUS)")
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'eval.db'}"
        started = time.perf_counter()
        report = ingest_paths([*sources(), *reports.values()], db=db, workers=1)
        if not report.ok:
            sys.exit(f"error: ingest failed: {[o.error for o in report.failed]}")
        elapsed = time.perf_counter() - started
        for part, path in reports.items():
            labels = json.loads((path.parent / "labels.json").read_text(encoding="utf-8"))
            result, pairs = score(labels, verdicts(db, path.resolve()))
            print(render(part, result))
            if show_list and part != "holdout":  # the holdout's details are never looked at
                for label, row in pairs:
                    got = row["status"] if row else MISSED
                    mark = " " if got == label["status"] else "✗"
                    detail = f"{row['raw']!r} p.{row['page']} src={row['source_value']}" if row else ""
                    print(f"  {mark} {label['status']:>9} → {got:<9} {label['sentence'][:50]!r} {detail}")
        print(f"(ingest and verification of the sources and both parts: {elapsed:.1f} s)")


def before(rev: str, show_list: bool) -> None:
    """Score with the code of another revision: its tree in a temporary directory, this script run there."""
    root = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, capture_output=True, text=True,
                               check=True).stdout.strip())
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", rev], cwd=root, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": tmp, "KALLKOLL_CORPUS": str(corpus()), "KALLKOLL_EVAL_DATA": str(HERE)}
        args = [sys.executable, str(Path(__file__).resolve()), "--code", tmp] + (["--list"] if show_list else [])
        subprocess.run(args, cwd=tmp, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", metavar="REV", help="score the code of this git revision instead")
    parser.add_argument("--list", action="store_true", help="print every label of the tune part with its verdict")
    parser.add_argument("--part", choices=PARTS, help="score only this part (while tuning: tune)")
    parser.add_argument("--code", help=argparse.SUPPRESS)
    args = parser.parse_args()
    global ONLY
    ONLY = args.part
    if args.before:
        print(f"(code of {args.before})")
        before(args.before, args.list)
        return
    if args.code:
        sys.path.insert(0, args.code)
    run(args.list)


if __name__ == "__main__":
    main()
