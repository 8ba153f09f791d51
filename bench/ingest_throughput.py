"""Writer throughput: `kallkoll ingest` of the government assignments (issue 18).

Runs the real CLI on a new SQLite database with --workers 1, --workers 2
and the default, and prints documents per second for each, next to a floor
measured in the same run: `cat` of every file (what reading them costs at
the least). Each run also gives the CPU seconds of the ingest process and its
workers, which load on the machine inflates less than wall time.

    python bench/ingest_throughput.py [--corpus DIR] [--limit N] [--workers 1,2,default] [--repeat R]

The corpus is ../shared/corpus/regeringen/regeringsuppdrag (4,646 Markdown
pages); without it the script says so and exits 0. Timings depend on the
machine and on what else runs on it: the load average is printed first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "regeringen" / "regeringsuppdrag"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor(files: list[Path]) -> float:
    """Seconds for `cat` to read every file (in batches of arguments)."""
    started = time.perf_counter()
    for i in range(0, len(files), 500):
        subprocess.run(["cat", *map(str, files[i : i + 500])], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def ingest(target: list[str], workers: str, directory: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, documents stored, exit status) of one ingest into a new database."""
    db = directory / f"bench-{workers}.db"
    for f in directory.glob(f"bench-{workers}.db*"):
        f.unlink()
    command = [sys.executable, "-c", "from cli.main import main; main()", "ingest", *target, "--db", str(db), "--json"]
    if workers != "default":
        command += ["--workers", workers]
    cpu = _children_cpu()
    started = time.perf_counter()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM document").fetchone()[0]
    if run.returncode != 0:
        print(f"  (exit {run.returncode}: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ''})")
    return wall, cpu, stored, run.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (sorted); 0: all")
    parser.add_argument("--workers", default="1,2,default")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: the corpus is not at {args.corpus} (see /work/shared/corpus/README.md)")
        return 0
    files = sorted(args.corpus.rglob("*.md"))
    if args.limit:
        files = files[: args.limit]
    target = [str(args.corpus)] if not args.limit else [str(f) for f in files]
    load = os.getloadavg()
    print(f"{len(files)} files from {args.corpus}; {os.cpu_count()} cores; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    if load[0] > (os.cpu_count() or 1) * 0.5:
        print("note: the machine is busy; wall times below are inflated by other work")
    cat = min(floor(files) for _ in range(3))
    print(f"floor  cat of all files: {cat:6.2f} s  {len(files) / cat:9.0f} files/s")
    with tempfile.TemporaryDirectory(prefix="kallkoll-bench-") as tmp:
        results = {}
        for workers in args.workers.split(","):
            best = None
            for _ in range(args.repeat):
                wall, cpu, stored, status = ingest(target, workers, Path(tmp))
                if best is None or wall < best[0]:
                    best = (wall, cpu, stored, status)
            wall, cpu, stored, status = best  # type: ignore[misc]
            results[workers] = wall
            print(
                f"ingest --workers {workers:7}: {wall:6.2f} s  {stored / wall:6.1f} docs/s  "
                f"({stored} stored, {cpu:6.2f} CPU s, {cat / wall * 100:5.2f} % of the floor's speed)"
            )
        if "1" in results and "2" in results:
            print(f"speed-up --workers 2 over --workers 1: {results['1'] / results['2']:.2f}x")
    shutil.rmtree(Path(tempfile.gettempdir()) / "kallkoll-bench-none", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
