"""Search benchmark (issues 6 and 15): the 4,646 government assignments plus the follow-up.

Ingests ../shared/corpus/regeringen/regeringsuppdrag/ and the follow-up report
into a temporary SQLite database with the library (`evidence.pipeline.ingest_paths`),
extracts and stores measures, builds the search index and links measures,
timing each step; then runs 20 realistic staff queries (an agency and a topic,
sometimes years) as whole processes — `kallkoll measures search` and
`kallkoll search`, what a user waits for, start-up included — and the same
words through `grep -ril` over the same files (the floor: no index, no
stemming), in the same run; `kallkoll search` also printing its table (for
the first TABLE_QUERIES). Also times the start-up of `kallkoll --help` and of
`kallkoll documents` on a database holding the demo corpus. Prints median and
p95 wall time and CPU time (user + system of each process, from
getrusage(RUSAGE_CHILDREN): far less disturbed by other work on the machine
than wall time, so say which one a figure is, and the load average), and the
size of the database and of its search index.

The children run with Python's bytecode cache (PYTHONDONTWRITEBYTECODE is
removed from their environment, and one untimed run per command writes it),
as an installed kallkoll runs.

Targets from issue 15: search p95 <= 300 ms whole-process on the full corpus;
`kallkoll --help` and `documents` <= 250 ms.

Example:
    .venv/bin/python bench/search.py
    .venv/bin/python bench/search.py --db /tmp/bench.db --keep   # reuse on the next run
    .venv/bin/python bench/search.py --limit 300                  # a quick run on 300 files
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from sqlmodel import Session, select  # noqa: E402

from evidence import schema as S  # noqa: E402
from evidence.measures import link_measures  # noqa: E402
from evidence.pipeline import ingest_paths  # noqa: E402
from evidence.store import open_engine  # noqa: E402

CORPUS = PROJECT.parent / "shared" / "corpus"
ASSIGNMENTS = CORPUS / "regeringen" / "regeringsuppdrag"
FOLLOWUP = CORPUS / "followup" / "uppfoljning-mans-vald-mot-kvinnor-2024.txt"
REPEAT = 5  # runs of each query; the first warms the page cache and is not counted
TABLE_QUERIES = 5  # queries also timed printing the table instead of --json

# What staff preparing a follow-up ask: an agency, a topic, sometimes years.
QUERIES: list[dict] = [
    {"actor": "Socialstyrelsen", "words": "våld i nära relationer", "year_from": 2018},
    {"actor": "Jämställdhetsmyndigheten", "words": "hedersrelaterat våld"},
    {"actor": "Brå", "words": "brottsförebyggande arbete"},
    {"actor": "Länsstyrelserna", "words": "våldsutövare"},
    {"actor": None, "words": "kontaktförbud"},
    {"actor": "Polismyndigheten", "words": "människohandel"},
    {"actor": "Åklagarmyndigheten", "words": "kontaktförbud"},
    {"actor": None, "words": "prostitution människohandel", "year_from": 2016, "year_to": 2024},
    {"actor": "Socialstyrelsen", "words": "statsbidrag kvinnojourer"},
    {"actor": "Jämställdhetsmyndigheten", "words": "upptäckt av våld", "year_from": 2022, "year_to": 2024},
    {"actor": "Kriminalvården", "words": "behandlingsprogram"},
    {"actor": "Brottsoffermyndigheten", "words": "sexualbrott"},
    {"actor": None, "words": "våldsförebyggande program", "year_from": 2020},
    {"actor": "Folkhälsomyndigheten", "words": "sexuell hälsa"},
    {"actor": "Skolverket", "words": "samtycke"},
    {"actor": "MUCF", "words": "unga våld"},
    {"actor": "Linköpings universitet", "words": "barnahus"},
    {"actor": None, "words": "skyddat boende", "year_from": 2019},
    {"actor": "Försäkringskassan", "words": "våldsutsatta"},
    {"actor": "Statskontoret", "words": "nationella strategin", "year_to": 2023},
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def ingest(url: str, limit: int | None) -> tuple[float, float, dict[str, int]]:
    """(ingest seconds, measures+index+links seconds, counts)."""
    paths: list[str | os.PathLike[str]]
    if limit:
        paths = [*sorted(ASSIGNMENTS.rglob("*.md"))[:limit], FOLLOWUP]
    else:
        paths = [ASSIGNMENTS, FOLLOWUP]
    start = time.perf_counter()
    report = ingest_paths(paths, url, workers=os.cpu_count() or 1)
    ingest_seconds = time.perf_counter() - start
    if not report.ok:
        print(f"warning: {len(report.failed)} files failed: {report.failed[0].error}", file=sys.stderr)
    return ingest_seconds, *index(url)


def index(url: str) -> tuple[float, dict[str, int]]:
    """Counts of what ingest stored (measures and the search index are written
    by the ingest pipeline itself), and the time to re-link all measures."""
    from sqlalchemy import func

    from evidence.schema_measures import Measure

    engine = open_engine(url)
    start = time.perf_counter()
    with Session(engine) as session, session.begin():
        counts = {
            "documents": session.exec(select(func.count()).select_from(S.Document)).one(),
            "measures": session.exec(select(func.count()).select_from(Measure)).one(),
            "blocks": session.exec(select(func.count()).select_from(S.Block)).one(),
            "linked": link_measures(session),
        }
    return time.perf_counter() - start, counts


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["LC_ALL"] = "C.UTF-8"
    return env


def _kallkoll() -> list[str]:
    exe = Path(sys.executable).parent / "kallkoll"
    # (cli/main.py has no `__main__` block: `-m cli.main` would only import it.)
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from cli.main import main; main()"]


def time_command(args: list[str], repeat: int = REPEAT) -> tuple[list[float], list[float], str]:
    """Wall and CPU milliseconds (user + system of the child, from
    getrusage(RUSAGE_CHILDREN) around the run: far less disturbed by other
    processes on the machine than wall time) of `kallkoll ARGS` as a whole
    process, the first run untimed; and its output."""
    ms: list[float] = []
    cpu: list[float] = []
    output = ""
    for run in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([*_kallkoll(), *args], capture_output=True, text=True, env=_child_env(), check=False)
        elapsed = (time.perf_counter() - start) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"error: kallkoll {' '.join(args)} failed: {done.stderr.strip()}")
        output = done.stdout
        if run:
            ms.append(elapsed)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return ms, cpu, output


def _filters(q: dict) -> list[str]:
    out = ["--actor", q["actor"]] if q.get("actor") else []
    out += ["--from", str(q["year_from"])] if q.get("year_from") else []
    out += ["--to", str(q["year_to"])] if q.get("year_to") else []
    return out


Timing = tuple[list[float], list[float]]  # (wall ms, CPU ms) per timed run


def time_kallkoll(url: str) -> tuple[Timing, Timing, Timing, list[int]]:
    """`measures search` and `search` with --json for every query, and `search`
    printing its table (what a person sees) for the first TABLE_QUERIES."""
    import json

    measures: Timing = ([], [])
    documents: Timing = ([], [])
    table: Timing = ([], [])
    hits: list[int] = []
    for i, q in enumerate(QUERIES):
        ms, cpu, output = time_command(["measures", "search", q["words"], *_filters(q), "--db", url, "--json"])
        measures[0].extend(ms)
        measures[1].extend(cpu)
        hits.append(len(json.loads(output)))
        ms, cpu, _ = time_command(["search", q["words"], *_filters(q), "--db", url, "--json"])
        documents[0].extend(ms)
        documents[1].extend(cpu)
        if i < TABLE_QUERIES:
            ms, cpu, _ = time_command(["search", q["words"], *_filters(q), "--db", url])
            table[0].extend(ms)
            table[1].extend(cpu)
    return measures, documents, table, hits


def time_startup(workdir: Path) -> tuple[Timing, Timing]:
    """`kallkoll --help`, and `kallkoll documents` on a database of the demo corpus."""
    demo = f"sqlite:///{workdir / 'demo.db'}"
    ingest_paths([PROJECT / "corpus"], demo, workers=1)
    help_ms, help_cpu, _ = time_command(["--help"], REPEAT * 4)
    documents_ms, documents_cpu, _ = time_command(["documents", "--db", demo], REPEAT * 4)
    return (help_ms, help_cpu), (documents_ms, documents_cpu)


def index_size(db_path: Path) -> tuple[int, int]:
    """(database bytes, bytes of the document search index's tables and indexes)."""
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = db_path.stat().st_size
        try:
            rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
        except sqlite3.OperationalError:
            return total, -1
        owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master").fetchall())
    tables = ("search_term", "search_doc", "search_word")
    # Each table and its indexes (named after it by SQLite or by the schema).
    return total, sum(size for name, size in rows if owners.get(name, name) in tables
                      or any(name.startswith(f"sqlite_autoindex_{t}_") for t in tables))


def grep_files(words: list[str], paths: list[str]) -> tuple[float, float, int]:
    """`grep -ril WORD` for the first word, then narrowed by each next word: files
    holding them all. (wall ms, CPU ms of the greps, files)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    files: list[str] | None = None
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    for word in words:
        args = ["grep", "-rilF", "--", word, *(paths if files is None else files)]
        if files == []:
            break
        out = subprocess.run(args, capture_output=True, text=True, env=env, check=False).stdout
        files = [line for line in out.splitlines() if line]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return (time.perf_counter() - start) * 1000, cpu, len(files or [])


def time_grep() -> tuple[Timing, list[int]]:
    paths = [str(ASSIGNMENTS), str(FOLLOWUP)]
    timing: Timing = ([], [])
    hits: list[int] = []
    for q in QUERIES:
        words = [w for w in q["words"].split() if len(w) > 2] + ([q["actor"]] if q.get("actor") else [])
        for run in range(REPEAT):
            elapsed, cpu, count = grep_files(words, paths)
            if run:
                timing[0].append(elapsed)
                timing[1].append(cpu)
        hits.append(count)
    return timing, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="SQLite file to use; reused when it already holds documents")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--limit", type=int, help="ingest only the first N assignment files")
    args = parser.parse_args()
    if not ASSIGNMENTS.is_dir() or not FOLLOWUP.is_file():
        print(f"error: {CORPUS}: the shared corpus is missing (put ../shared/corpus beside the project)", file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="kallkoll-bench-"))
    db_path = Path(args.db) if args.db else workdir / "bench.db"
    url = f"sqlite:///{db_path}"
    try:
        reused = db_path.exists() and db_path.stat().st_size > 0
        if reused:
            ingest_s = float("nan")
            index_s, counts = index(url)
        else:
            ingest_s, index_s, counts = ingest(url, args.limit)
        load_before = os.getloadavg()[0]
        measures, blocks, table, kk_hits = time_kallkoll(url)
        grep, grep_hits = time_grep()
        help_, documents = time_startup(workdir)
        load_after = os.getloadavg()[0]
        total_bytes, index_bytes = index_size(db_path)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
            if args.db and not reused:
                Path(args.db).unlink(missing_ok=True)

    cores = os.cpu_count()
    print(f"corpus: {counts['documents']} documents ({counts['blocks']} blocks indexed), "
          f"{counts['measures']} measures, {counts['linked']} linked; {cores} cores")
    print(f"{'step':<40}{'seconds':>10}")
    print(f"{'ingest (evidence.pipeline.ingest_paths)':<40}{ingest_s:>10.1f}" + ("  (reused database)" if reused else ""))
    print(f"{'re-link all measures':<40}{index_s:>10.1f}")
    print()
    print(f"database {total_bytes / 1e6:.1f} MB, of which the document search index "
          f"(search_term, search_doc, search_word) {index_bytes / 1e6:.1f} MB")
    print()
    rows = [
        ("kallkoll measures search --json", measures),
        ("kallkoll search --json", blocks),
        (f"kallkoll search, table ({TABLE_QUERIES} queries)", table),
        ("grep -ril, same words (floor)", grep),
        ("kallkoll --help", help_),
        ("kallkoll documents (demo corpus)", documents),
    ]
    print(f"whole processes, ms; search: {len(QUERIES)} queries x {REPEAT - 1} runs; start-up: {REPEAT * 4 - 1} runs; "
          f"bytecode cached; load average {load_before:.2f} before, {load_after:.2f} after (1 min; "
          f"{cores} cores: wall time is inflated above about {cores})")
    print(f"{'':<44}{'median':>10}{'p95':>10}{'max':>10}{'cpu median':>12}{'cpu p95':>10}")
    for name, (walls, cpus) in rows:
        print(f"{name:<44}{statistics.median(walls):>10.1f}{percentile(walls, 0.95):>10.1f}{max(walls):>10.1f}"
              f"{statistics.median(cpus):>12.1f}{percentile(cpus, 0.95):>10.1f}")
    print("(cpu: user + system time of the process, what it costs the machine; wall: what a person waits)")
    print()
    grep_median, grep_p95 = statistics.median(grep[0]), percentile(grep[0], 0.95)
    for name, (walls, _) in rows[:2]:
        print(f"{name}: median {statistics.median(walls) / grep_median:.1f}x grep's, "
              f"p95 {percentile(walls, 0.95) / grep_p95:.1f}x grep's")
    print()
    print(f"{'query':<58}{'measures':>9}{'grep files':>11}")
    for q, kk, gr in zip(QUERIES, kk_hits, grep_hits, strict=True):
        label = f"{q.get('actor') or '-'}: {q['words']}"
        years = f" {q.get('year_from') or ''}–{q.get('year_to') or ''}" if q.get("year_from") or q.get("year_to") else ""
        print(f"{(label + years)[:57]:<58}{kk:>9}{gr:>11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
