"""Start-up benchmark (issue 17 "fast start", issue 15 start-up): whole-process wall time per command.

Runs each command as a user does — a new `kallkoll` process — N times and
prints, per command, the median and p95 wall time and the median CPU time
(user + system of the child: much less disturbed by other processes on the
machine than wall time), against floors measured in the same run: `python -c
pass` with the same interpreter, and `grep -ril` over the 4,646 assignments.

The reading commands run on a database of the demo corpus (made here unless
--db is given); `search` and `measures search` on a database of the full
assignments corpus when --full-db names one (build it with
`kallkoll ingest ../shared/corpus/regeringen/regeringsuppdrag --db FILE` or
bench/search.py --db FILE --keep).

With --before KALLKOLL (another build's console script, e.g. the main
branch's `/work/main/.venv/bin/kallkoll`) the same commands run on that build
too, interleaved run by run with this one so both see the same load, and the
table shows both. --importtime prints, per command and build, the ten
largest imports by cumulative time (`python -X importtime`, top-level imports
only: what the command itself pulls in; the median of --importtime-runs).

Children run with bytecode caching on, as an installed kallkoll does: the
machine's PYTHONDONTWRITEBYTECODE is removed from their environment, the
bytecode goes to a cache directory of this run (PYTHONPYCACHEPREFIX, so no
build's tree is written to), and one untimed run per command and build fills it.

Targets: `--help`, `documents`, `footnotes`, `sources`, `check`, `verify`
<= 300 ms (issue 17); `--help` and `documents` <= 250 ms, both searches
<= 300 ms p95 (issue 15). Timings on a loaded machine are inflated: say so.

Example:
    .venv/bin/python bench/startup.py
    .venv/bin/python bench/startup.py --full-db /tmp/full.db --before /work/main/.venv/bin/kallkoll --importtime
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
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus"
ASSIGNMENTS = CORPUS / "regeringen" / "regeringsuppdrag"

# (label, arguments; DEMO and FULL stand for the databases).
DEMO, FULL = "{demo}", "{full}"
READING = [
    ("kallkoll --help", ["--help"]),
    ("kallkoll documents", ["documents", "--db", DEMO]),
    ("kallkoll footnotes 1", ["footnotes", "1", "--db", DEMO]),
    ("kallkoll sources 1", ["sources", "1", "--db", DEMO]),
    ("kallkoll check 1", ["check", "1", "--db", DEMO]),
    ("kallkoll verify 1", ["verify", "1", "--db", DEMO]),
]
SEARCHES = [
    ("kallkoll search (full corpus)", ["search", "våld i nära relationer", "--db", FULL, "--json"]),
    ("kallkoll measures search (full corpus)", ["measures", "search", "våld i nära relationer", "--db", FULL, "--json"]),
    ("kallkoll search, table (full corpus)", ["search", "våld i nära relationer", "--db", FULL]),
    ("kallkoll search --actor --from", ["search", "hedersrelaterat våld", "--actor", "Jämställdhetsmyndigheten",
                                        "--from", "2018", "--db", FULL, "--json"]),
    ("kallkoll measures search --actor --from", ["measures", "search", "hedersrelaterat våld", "--actor",
                                                 "Jämställdhetsmyndigheten", "--from", "2018", "--db", FULL, "--json"]),
]
GREP_WORD = "våld"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def child_env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(LC_ALL="C.UTF-8", PYTHONPYCACHEPREFIX=str(cache), COLUMNS="120")
    return env


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall ms, CPU ms of the child, exit code, stderr) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tempfile.gettempdir())
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, proc.returncode, err


def interpreter_of(script: Path) -> str:
    """The Python a console script runs with (its #! line)."""
    first = script.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    return first[2:].strip() if first.startswith("#!") else sys.executable


def importtime(argv: list[str], env: dict[str, str], top: int = 10, runs: int = 5) -> list[tuple[str, int]]:
    """The `top` top-level imports by cumulative microseconds, and the total of
    all self times: each the median over `runs` runs (one run on a shared
    machine moves by tens of milliseconds)."""
    cumulative: dict[str, list[int]] = {}
    totals: list[int] = []
    for _ in range(runs):
        done = subprocess.run([interpreter_of(Path(argv[0])), "-X", "importtime", *argv], capture_output=True,
                              text=True, env=env, cwd=tempfile.gettempdir(), check=False)
        total = 0
        for line in done.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if not m:
                continue
            total += int(m.group(1))
            if m.group(3) == " ":  # top level: imported by the program itself, not by another module
                cumulative.setdefault(m.group(4), []).append(int(m.group(2)))
        totals.append(total)
    rows = [(module, int(statistics.median(values + [0] * (runs - len(values))))) for module, values in cumulative.items()]
    rows.sort(key=lambda r: -r[1])
    return [*rows[:top], ("(all imports, self times summed)", int(statistics.median(totals)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command and build (default 15)")
    parser.add_argument("--db", help="SQLite file of the demo corpus (default: ingested here)")
    parser.add_argument("--full-db", help="SQLite file of the assignments corpus, for the search commands")
    parser.add_argument("--before", help="another build's kallkoll script to time in the same run (e.g. main's)")
    parser.add_argument("--importtime", action="store_true", help="print the top-10 imports per command and build")
    parser.add_argument("--importtime-runs", type=int, default=5, help="runs whose median --importtime shows (default 5)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kallkoll-startup-"))
    try:
        demo = Path(args.db) if args.db else work / "demo.db"
        if not args.db:
            sys.path.insert(0, str(PROJECT))
            from evidence.pipeline import ingest_paths

            ingest_paths([PROJECT / "corpus"], f"sqlite:///{demo}", workers=1)
        commands = list(READING)
        if args.full_db:
            commands += SEARCHES
        builds = {"this": Path(sys.executable).parent / "kallkoll"}
        if args.before:
            builds = {"before": Path(args.before), **builds}
        envs = {name: child_env(work / f"pycache-{name}") for name in builds}

        def argv(build: str, cmd: list[str]) -> list[str]:
            filled = [a.replace(DEMO, str(demo)).replace(FULL, str(args.full_db or "")) for a in cmd]
            return [str(builds[build]), *filled]

        # Floors, in the same run.
        floors: dict[str, list[tuple[float, float]]] = {"python -c pass": [], f"grep -ril {GREP_WORD} (4,646 files)": []}
        floor_argv = {"python -c pass": [interpreter_of(builds["this"]), "-c", "pass"],
                      f"grep -ril {GREP_WORD} (4,646 files)": ["grep", "-ril", GREP_WORD, str(ASSIGNMENTS)]}
        if not ASSIGNMENTS.is_dir():
            del floors[f"grep -ril {GREP_WORD} (4,646 files)"]
        # One untimed run of everything: bytecode written, files in the page cache.
        for name, fargv in floor_argv.items():
            if name in floors:
                run(fargv, envs["this"])
        for label, cmd in commands:
            for build in builds:
                _, _, code, err = run(argv(build, cmd), envs[build])
                if code not in (0, 1) or "error:" in err:
                    print(f"error: {build}: {label} failed ({err.strip().splitlines()[-1] if err.strip() else code})",
                          file=sys.stderr)
                    return 1
        timings: dict[tuple[str, str], list[tuple[float, float]]] = {(label, b): [] for label, _ in commands for b in builds}
        load_before = os.getloadavg()
        for _ in range(args.runs):
            for name, fargv in floor_argv.items():
                if name in floors:
                    wall, cpu, _, _ = run(fargv, envs["this"])
                    floors[name].append((wall, cpu))
            for label, cmd in commands:
                for build in builds:  # interleaved: both builds see the same load
                    wall, cpu, _, _ = run(argv(build, cmd), envs[build])
                    timings[(label, build)].append((wall, cpu))
        load_after = os.getloadavg()

        print(f"{os.cpu_count()} cores; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after "
              f"(1 min); {args.runs} timed runs each after one untimed run; bytecode cached")
        print(f"demo database: {demo}" + (f"; full corpus database: {args.full_db}" if args.full_db else ""))
        header = f"{'command':<40}" + "".join(f"{b + ' median':>15}{b + ' p95':>12}{b + ' cpu':>12}" for b in builds)
        print(header)
        print("-" * len(header))
        for name, values in floors.items():
            walls, cpus = [w for w, _ in values], [c for _, c in values]
            print(f"{name + ' (floor)':<40}{statistics.median(walls):>15.0f}{percentile(walls, 0.95):>12.0f}"
                  f"{statistics.median(cpus):>12.0f}")
        for label, _ in commands:
            line = f"{label:<40}"
            for build in builds:
                walls = [w for w, _ in timings[(label, build)]]
                cpus = [c for _, c in timings[(label, build)]]
                line += f"{statistics.median(walls):>15.0f}{percentile(walls, 0.95):>12.0f}{statistics.median(cpus):>12.0f}"
            print(line)
        print("(milliseconds; cpu = median user+system time of the process)")

        if args.importtime:
            for label, cmd in commands:
                for build in builds:
                    print()
                    print(f"python -X importtime, {build}: {label} — top-level imports by cumulative ms "
                          f"(median of {args.importtime_runs} runs)")
                    for module, us in importtime(argv(build, cmd), envs[build], runs=args.importtime_runs):
                        print(f"    {module:<50}{us / 1000:>8.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
