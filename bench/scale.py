"""Scale benchmark (issue 7, row 4): 100,000 documents in PostgreSQL.

In: the 4,646 government assignments in ../shared/corpus/regeringen/regeringsuppdrag
and a PostgreSQL admin URL. Out: a printed table (nothing asserts).

The assignments are replicated into a temporary folder until there are N
files (default 100,000). Replica r > 0 of an assignment moves to another year
folder (so year filters see a spread of years), shifts the years in its text
by the same amount, gets its own slug and a diary number of its own, so every
file has its own SHA-256 and ingests as a new document. Then, against a fresh
PostgreSQL database:

- `kallkoll ingest --workers W` over the folder, as a user runs it (a child
  process): wall time and documents per second;
- the 20 staff queries of bench/search.py through `search_measures` and
  `search_blocks` (the GIN-indexed `swedish` tsvector path): median and p95.

Target from the issue: search median/p95 <= 200 ms at 100,000 documents.

Example:
    KALLKOLL_BENCH_POSTGRES=postgresql+psycopg://kallkoll:kallkoll@127.0.0.1/postgres \\
        .venv/bin/python bench/scale.py                  # 100,000 documents (about half an hour)
    .venv/bin/python bench/scale.py --documents 5000 --admin-url postgresql+psycopg://…/postgres
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "bench"))

from search import ASSIGNMENTS, QUERIES, REPEAT, percentile  # noqa: E402  (bench/search.py)

KALLKOLL = [sys.executable, "-c", "from cli.main import main; main()"]
ADMIN_ENV = "KALLKOLL_BENCH_POSTGRES"
FIRST_YEAR, LAST_YEAR = 2006, 2026
PATH_RE = re.compile(r"(?P<year>\d{4})/(?P<month>\d{2})/(?P<slug>[^/]+)\.md$")
YEAR_RE = re.compile(r"\b(20[0-2]\d)\b")


def replicate(target: Path, count: int) -> int:
    """Write `count` assignment files under `target`/regeringsuppdrag/YYYY/MM/; returns how many."""
    originals = sorted(ASSIGNMENTS.rglob("*.md"))
    texts = [(PATH_RE.search(p.as_posix()), p.read_text(encoding="utf-8")) for p in originals]
    written = 0
    replica = 0
    span = LAST_YEAR - FIRST_YEAR + 1
    while written < count:
        for serial, (m, text) in enumerate(texts):
            if written >= count:
                break
            assert m is not None, "assignment paths are regeringsuppdrag/YYYY/MM/slug.md"
            year = int(m["year"])
            if replica:
                new_year = FIRST_YEAR + (year - FIRST_YEAR + replica) % span
                shift = new_year - year
                text_out = YEAR_RE.sub(lambda y: str(min(2099, int(y[1]) + shift)), text)
                text_out += f"\n\nDiarienummer: S{new_year}/{replica:02d}{serial:04d}\n"
                slug = f"{m['slug']}-k{replica}"
            else:
                new_year, text_out, slug = year, text, m["slug"]
            path = target / "regeringsuppdrag" / f"{new_year}" / m["month"] / f"{slug}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text_out, encoding="utf-8")
            written += 1
        replica += 1
    return written


def create_database(admin_url: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"kallkoll_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # a name made here, not user input
    admin.dispose()
    return name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def time_queries(url: str) -> tuple[list[float], list[float]]:
    from evidence.measures import search_measures
    from evidence.search import search_blocks
    from evidence.store import open_engine

    engine = open_engine(url)
    measures_ms: list[float] = []
    blocks_ms: list[float] = []
    for q in QUERIES:
        for run in range(REPEAT):
            start = time.perf_counter()
            search_measures(engine, q["words"], actor=q.get("actor"), year_from=q.get("year_from"), year_to=q.get("year_to"))
            middle = time.perf_counter()
            search_blocks(engine, " ".join(filter(None, [q["words"], q.get("actor")])))
            end = time.perf_counter()
            if run:  # the first run warms the caches
                measures_ms.append((middle - start) * 1000)
                blocks_ms.append((end - middle) * 1000)
    return measures_ms, blocks_ms


def counts(url: str) -> dict[str, int]:
    from sqlalchemy import text

    from evidence.store import open_engine

    with open_engine(url).connect() as conn:
        return {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # fixed table names
            for table in ("document", "block", "measure", "search_block", "search_measure")
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000, help="documents to ingest")
    parser.add_argument("--workers", type=int, default=2, help="kallkoll ingest --workers")
    parser.add_argument("--admin-url", default=os.environ.get(ADMIN_ENV), help=f"PostgreSQL admin URL (or {ADMIN_ENV})")
    parser.add_argument("--keep", action="store_true", help="keep the database (its URL is printed)")
    args = parser.parse_args()
    if not ASSIGNMENTS.is_dir():
        print(f"error: {ASSIGNMENTS}: the shared corpus is missing", file=sys.stderr)
        return 1
    if not args.admin_url:
        print(f"error: no PostgreSQL server: pass --admin-url or set {ADMIN_ENV}", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="kallkoll-scale-"))
    name, url = create_database(args.admin_url)
    try:
        start = time.perf_counter()
        files = replicate(work, args.documents)
        replicate_s = time.perf_counter() - start
        start = time.perf_counter()
        proc = subprocess.run([*KALLKOLL, "ingest", "--workers", str(args.workers), "--db", url, str(work)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=PROJECT, check=False)
        ingest_s = time.perf_counter() - start
        if proc.returncode != 0:
            print(f"warning: ingest exited {proc.returncode}: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        stored = counts(url)
        measures_ms, blocks_ms = time_queries(url)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep:
            drop_database(args.admin_url, name)
    print(f"scale: {files} files -> {stored['document']} documents, {stored['block']} blocks "
          f"({stored['search_block']} indexed), {stored['measure']} measures; PostgreSQL; {os.cpu_count()} cores")
    print(f"{'figure':<46}{'value':>14}   target")
    print(f"{'writing the replicated files':<46}{replicate_s:>12.1f} s")
    print(f"{f'kallkoll ingest --workers {args.workers}':<46}{ingest_s:>12.1f} s")
    print(f"{'ingest throughput':<46}{stored['document'] / ingest_s:>10.1f} doc/s")
    for label, values in (("search_measures", measures_ms), ("search_blocks", blocks_ms)):
        print(f"{label + ' median (20 queries x ' + str(REPEAT - 1) + ')':<46}{statistics.median(values):>11.1f} ms"
              f"   ≤ 200 ms")
        print(f"{label + ' p95':<46}{percentile(values, 0.95):>11.1f} ms   ≤ 200 ms")
    if args.keep:
        print(f"database kept: {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
