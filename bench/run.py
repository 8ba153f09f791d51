"""kallkoll benchmarks against the physical floor, measured in the same run.

Prints one table: each row a figure and, where a floor exists, the ratio to it.
1. Follow-up text: `kallkoll ingest` (parse + extract + link) wall time and peak RSS.
2. PDF: ms per page for prop-2012-13-187.pdf and for a generated 1,000-page
   report (the test typesetter), against `pdftotext` on the same file; peak RSS
   for the 1,000-page file. Then the parse alone (`ingest.pdf.parse_pdf`, timed
   inside one child process, each PDF read once untimed first) of every real
   PDF in ../shared/corpus/pdf/, per page against `pdftotext` per page on the
   same file, both in CPU time (user + system: on this shared machine wall
   time measures the neighbours too): one row per PDF and the median ratio
   (issue 16's goal: <= 10x).
3. Search: `bench/search.py` (4,646 assignments) is run with --search.
4. Scale: `bench/scale.py` (100,000 documents in PostgreSQL) is run with
   --scale; it needs a PostgreSQL admin URL in KALLKOLL_BENCH_POSTGRES.

Timings are of separate `kallkoll` processes, as a user runs them, warm:
one untimed run first (the operating system's file cache, and the bytecode
cache Python writes on a user's first run), then the median of --runs runs,
each into a new database, with the fastest and slowest beside it (this VM's
timings move by a third from minute to minute). The children run with
PYTHONDONTWRITEBYTECODE unset, so they read and write `__pycache__` as an
installed package does. Not a test: nothing here asserts.

Example:
    bench/run            # rows 1-2
    bench/run --pdf-only # only the real PDFs' parse rows of row 2
    bench/run --search   # and row 3 (ingests 4,646 files, about a minute)
    bench/run --scale    # and row 4 (ingests 100,000 files into PostgreSQL, half an hour)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus"
FOLLOWUP = CORPUS / "followup" / "uppfoljning-mans-vald-mot-kvinnor-2024.txt"
BILL = CORPUS / "pdf" / "prop-2012-13-187.pdf"
REAL_PDFS = sorted(p for p in (CORPUS / "pdf").glob("*.pdf") if not p.name.startswith("scan"))
KALLKOLL = [sys.executable, "-c", "from cli.main import main; main()"]


# Every page laid out by pdfplumber (pdfminer's layout objects, what
# ingest/pdf.py reads), each page let go once read.
PDFPLUMBER_LAYOUT = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.layout; page.close()\n"
)
# parse_pdf alone on each file given, warm (one untimed read first), the
# median of N timed reads in CPU time (this process's; the machine is
# shared, and wall time there measures the neighbours); prints
# 'name pages seconds' per file.
PARSE_ONLY = (
    "import sys, time, statistics\n"
    "from ingest.files import read_source\n"
    "from ingest.pdf import parse_pdf\n"
    "n = int(sys.argv[1])\n"
    "for path in sys.argv[2:]:\n"
    "    source = read_source(path)\n"
    "    doc = parse_pdf(source)\n"
    "    times = []\n"
    "    for _ in range(n):\n"
    "        start = time.process_time(); parse_pdf(source); times.append(time.process_time() - start)\n"
    "    print(path.rsplit('/', 1)[-1], len(doc.pages), statistics.median(times))\n"
)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one child process (os.wait4 gives its own rusage)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=PROJECT, env=CHILD_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"error: {' '.join(cmd[:4])}…: exit {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss / 1024


def cpu_seconds(cmd: list[str]) -> float:
    """User + system CPU seconds of one child process (its own rusage)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=PROJECT, env=CHILD_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"error: {' '.join(cmd[:4])}…: exit {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime


def runs(make_cmd, n: int) -> tuple[float, float, float, float]:
    """(median, fastest, slowest wall seconds, largest peak RSS in MB) of `n`
    warm runs of make_cmd(i), after one untimed run (i = -1)."""
    run(make_cmd(-1))
    measured = [run(make_cmd(i)) for i in range(n)]
    walls = sorted(w for w, _ in measured)
    return statistics.median(walls), walls[0], walls[-1], max(r for _, r in measured)


def pages_of(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def real_pdf_rows(pdftotext: str, work: Path, n_runs: int) -> list[tuple[str, str, str, str]]:
    """Parse alone, CPU ms/page, for every real PDF against pdftotext's CPU
    time on the same file (its whole process: start-up included, as a user
    runs it); the median ratio first."""
    out = subprocess.run(
        [sys.executable, "-c", PARSE_ONLY, str(n_runs), *map(str, REAL_PDFS)],
        capture_output=True, text=True, cwd=PROJECT, env=CHILD_ENV, check=True,
    ).stdout
    rows, ratios = [], []
    for line in out.splitlines():
        name, pages, seconds = line.split()
        cmd = [pdftotext, "-layout", str(CORPUS / "pdf" / name), str(work / "out.txt")]
        cpu_seconds(cmd)  # warm: the file in the page cache
        floor = statistics.median(cpu_seconds(cmd) for _ in range(n_runs))
        ms, floor_ms = float(seconds) * 1000 / int(pages), floor * 1000 / int(pages)
        ratios.append(ms / floor_ms)
        rows.append((f"  parse {name} ({pages} p.)", f"{ms:.1f} ms/page", f"{ms / floor_ms:.1f}× pdftotext ({floor_ms:.1f} ms/page)", ""))
    rows.insert(0, (f"PDF parse alone (CPU), {len(ratios)} real PDFs: median", f"{statistics.median(ratios):.1f}×",
                    "pdftotext per page (CPU); target ≤ 10×", ""))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--search", action="store_true", help="also run bench/search.py (4,646 assignments)")
    parser.add_argument("--scale", action="store_true", help="also run bench/scale.py (100,000 documents, PostgreSQL)")
    parser.add_argument("--pages", type=int, default=1000, help="pages of the generated report")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (the median is shown)")
    parser.add_argument("--pdf-only", action="store_true", help="only the real PDFs' parse rows (issue 16)")
    args = parser.parse_args()
    if not FOLLOWUP.exists():
        print(f"error: {CORPUS}: the shared corpus is missing", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="kallkoll-bench-"))
    rows: list[tuple[str, str, str, str]] = []
    if args.pdf_only:
        pdftotext = shutil.which("pdftotext")
        if not (pdftotext and REAL_PDFS):
            print("error: --pdf-only needs pdftotext and ../shared/corpus/pdf/", file=sys.stderr)
            return 1
        try:
            rows.extend(real_pdf_rows(pdftotext, work, args.runs))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return _print(rows)
    try:
        wall, fast, slow, rss = runs(
            lambda i: [*KALLKOLL, "ingest", "--db", f"sqlite:///{work / f'followup{i}.db'}", str(FOLLOWUP)], args.runs
        )
        rows.append(
            (
                "follow-up text: ingest+extract+link",
                f"{wall:.2f} s",
                f"target ≤ 3 s; {args.runs} runs {fast:.2f}–{slow:.2f} s",
                f"peak RSS {rss:.0f} MB",
            )
        )

        sys.path.insert(0, str(PROJECT / "tests" / "support"))
        from typeset import typeset_report  # the test suite's typesetter

        big = work / "generated.pdf"
        start = time.perf_counter()
        typeset_report(big, pages=args.pages)
        gen = time.perf_counter() - start
        pdftotext = shutil.which("pdftotext")
        for label, pdf, n_runs in (
            ("prop-2012-13-187.pdf", BILL, args.runs),
            (f"generated {args.pages}-page report", big, 1),  # a minute a run: one timed run after the warm one
        ):
            n = pages_of(pdf)
            wall, fast, slow, rss = runs(
                lambda i, pdf=pdf: [*KALLKOLL, "ingest", "--workers", "1", "--db",
                                    f"sqlite:///{work / f'{pdf.stem}{i}.db'}", str(pdf)],
                n_runs,
            )
            ms = wall * 1000 / n
            if pdftotext:
                floor, _, _, _ = runs(lambda i, pdf=pdf: [pdftotext, "-layout", str(pdf), str(work / "out.txt")], n_runs)
                floor_ms = floor * 1000 / n
                ratio = f"{ms / floor_ms:.1f}× pdftotext ({floor_ms:.1f} ms/page)"
            else:
                ratio = "pdftotext not installed (apt-get install poppler-utils)"
            rows.append((f"PDF {label} ({n} pages)", f"{ms:.1f} ms/page", ratio, f"peak RSS {rss:.0f} MB"))
            if pdf == big:
                # One file, so its pages are shared among the worker processes.
                wall, _, _, rss = runs(
                    lambda i: [*KALLKOLL, "ingest", "--workers", "2", "--db",
                               f"sqlite:///{work / f'{big.stem}-w2-{i}.db'}", str(big)],
                    1,
                )
                ms2 = wall * 1000 / n
                ratio2 = f"{ms2 / floor_ms:.1f}× pdftotext; {ms / ms2:.2f}× --workers 1" if pdftotext else ""
                rows.append(("  the same with --workers 2", f"{ms2:.1f} ms/page", ratio2,
                             f"peak RSS {rss:.0f} MB (largest process)"))
            # What pdfplumber (the PDF library the product uses) takes to lay out
            # every page, before kallkoll reads anything of it:
            # the floor for kallkoll's PDF ingest.
            lib, _, _, lib_rss = runs(lambda i, pdf=pdf: [sys.executable, "-c", PDFPLUMBER_LAYOUT, str(pdf)], n_runs)
            lib_ms = lib * 1000 / n
            lib_ratio = f"{lib_ms / floor_ms:.1f}× pdftotext" if pdftotext else ""
            rows.append(("  pdfplumber laying out the pages, alone", f"{lib_ms:.1f} ms/page", lib_ratio,
                         f"peak RSS {lib_rss:.0f} MB"))
        rows.append((f"typesetting the {args.pages}-page test report", f"{gen:.1f} s", "", ""))
        if pdftotext and REAL_PDFS:
            rows.extend(real_pdf_rows(pdftotext, work, args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    _print(rows)
    status = 0
    for wanted, script in ((args.search, "search.py"), (args.scale, "scale.py")):
        if wanted:
            print()
            sys.stdout.flush()
            status = subprocess.call([sys.executable, str(PROJECT / "bench" / script)]) or status
    return status


def _print(rows: list[tuple[str, str, str, str]]) -> int:
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'figure':<{width}}{'value':>16}   {'floor / target':<42}{'memory'}")
    for name, value, ratio, mem in rows:
        print(f"{name:<{width}}{value:>16}   {ratio:<42}{mem}")
    print(f"(machine: {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
