"""Crash safety: `kallkoll ingest` killed with SIGKILL mid-run (issue 8, "Hardening").

In: 400 real government assignments (Markdown, ../shared/corpus/regeringen/
regeringsuppdrag/2019 and 2020) copied into tmp_path, and a SQLite database. Out:
ROUNDS runs of `kallkoll ingest` over the folder, each SIGKILLed (with its
worker processes) at a seeded moment while it is storing documents; after
each kill the database passes `PRAGMA integrity_check` and
`PRAGMA foreign_key_check`, and every stored document is whole (its pages,
blocks, sentences, footnotes, markers and measures match a fresh parse of its
file). A last run, not killed, completes the set: every file once, no copies.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import PROJECT_DIR, shared_path

ROUNDS = 5
# Enough that five kills, each after up to 25 documents and the batches
# written meanwhile (evidence.store.BATCH_DOCUMENTS), still leave some unstored.
FILES = 400
SEED = "kallkoll-issue-8-crash"

# Per document, the rows that make it whole: table -> count query.
COUNTED = ("page", "block", "sentence", "footnote", "footnotemarker", "measure")


def expected_counts(paths: list[Path]) -> dict[str, tuple[int, ...]]:
    """sha256 -> the counts of COUNTED that a complete store of the file holds,
    from a fresh in-process parse (the same steps ingest takes before writing)."""
    from evidence.pipeline import Prepared, prepare

    out = {}
    for p in paths:
        prepared = prepare(p)
        assert isinstance(prepared, Prepared), prepared
        parsed = prepared.parsed
        out[parsed.sha256] = (
            len(parsed.pages),
            len(parsed.blocks),
            sum(len(spans) for spans in prepared.sentences),
            len({(n.series, n.number) for n in parsed.footnotes}),
            sum(len(b.markers) for b in parsed.blocks),
            len(prepared.analysis.measures),
        )
    return out


def check_database(db: Path, expected: dict[str, tuple[int, ...]]) -> int:
    """Integrity, foreign keys, and whole documents only; returns how many are stored."""
    conn = sqlite3.connect(db)  # opening replays the WAL the killed process left
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = conn.execute("SELECT id, sha256, path FROM document").fetchall()
        for doc_id, sha256, path in docs:
            assert sha256 in expected, f"{path}: stored but not one of the input files"
            counts = tuple(
                conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", (doc_id,)).fetchone()[0]
                for table in COUNTED
            )
            assert counts == expected[sha256], f"{path}: partial document, {dict(zip(COUNTED, counts))}"
        # No child row belongs to a document that is not there (foreign_key_check
        # covers declared keys; this covers every document_id column).
        for table in COUNTED:
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM document)"
            ).fetchone()[0]
            assert orphans == 0, f"{orphans} orphan rows in {table}"
        return len(docs)
    finally:
        conn.close()


def start_ingest(folder: Path, db: Path, workers: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from cli.main import main; main()", "ingest", "--workers", str(workers),
         "--db", f"sqlite:///{db}", str(folder)],
        cwd=PROJECT_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the progress bar; the last run's stderr is read below
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def test_sigkill_mid_ingest_leaves_whole_documents_and_a_rerun_completes(tmp_path: Path) -> None:
    source = shared_path("regeringen", "regeringsuppdrag")
    folder = tmp_path / "in"
    folder.mkdir()
    files = sorted(p for year in ("2019", "2020") for p in (source / year).glob("*/*.md"))[:FILES]
    for p in files:
        shutil.copyfile(p, folder / f"{p.parent.parent.name}-{p.parent.name}-{p.name}")
    paths = sorted(folder.iterdir())
    assert len(paths) == FILES, "not enough assignments in 2019 and 2020"
    expected = expected_counts(paths)
    db = tmp_path / "k.db"
    rng = random.Random(SEED)
    stored = 0
    for round_number in range(ROUNDS):
        workers = 1 + round_number % 2  # both the serial path and the worker pool
        proc = start_ingest(folder, db, workers)
        assert proc.stdout is not None
        # Kill while documents are being written: after a random number of
        # newly stored ones (each prints an "added" line), a random fraction
        # of one more. Files stored by earlier rounds print "unchanged".
        wanted = rng.randint(1, 25)
        lines = 0
        try:
            for line in proc.stdout:
                lines += line.startswith("added")
                if lines >= wanted:
                    break
            time.sleep(rng.uniform(0.0, 0.1))
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
            proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL, f"round {round_number}: ingest ended before the kill"
        now = check_database(db, expected)
        assert now >= stored  # committed documents survive the kill
        print(f"round {round_number}: workers={workers} killed after {lines} added; {now} whole documents, integrity ok")
        stored = now
    assert stored < FILES, "the kills came too late to test anything"
    final = subprocess.run(
        [sys.executable, "-c", "from cli.main import main; main()", "ingest", "--workers", "2",
         "--db", f"sqlite:///{db}", str(folder)],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=600,
    )
    assert final.returncode == 0, final.stderr
    statuses = [line.split()[0] for line in final.stdout.splitlines() if line.strip()]
    assert statuses.count("unchanged") == stored
    assert statuses.count("added") == FILES - stored
    assert check_database(db, expected) == FILES
    conn = sqlite3.connect(db)
    try:
        distinct = conn.execute("SELECT count(DISTINCT sha256), count(DISTINCT path) FROM document").fetchone()
    finally:
        conn.close()
    assert distinct == (FILES, FILES)

