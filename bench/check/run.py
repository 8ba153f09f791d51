"""Benchmark `kallkoll check` against injected author errors.

Takes clean reports (the real 2024 follow-up and the project's demo report),
injects author errors of ten kinds at random but reproducible places (see
inject.py, which shares no code with the checker), runs `kallkoll ingest` and
`kallkoll check` on each mutated copy as separate processes, and scores:

- recall per kind: an injected error is detected when a finding (error or
  warning) names one of its footnotes and has one of the kinds ACCEPTED for it;
- false findings: error/warning findings that are neither in the clean
  report's own findings (the baseline) nor on a footnote an injected error
  involves;
- the footnote count: `kallkoll footnotes` after the run against the clean
  count minus the footnotes deleted.

Runs with 1, 5 and 20 simultaneous errors (--errors), over --seeds seeds.
Single-error runs go kind by kind (every kind gets --seeds runs); multi-error
runs spread the kinds evenly.  See bench/check/README.md.

Example:
    python bench/check/run.py --seeds 3 --errors 1,5,20
    python bench/check/run.py --part holdout --json-out /tmp/holdout.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inject import KINDS, Mutation, Report, kinds_for_run, mutate, placeable_kinds  # noqa: E402

# Which checker finding kinds count as catching each injected kind.
ACCEPTED: dict[str, set[str]] = {
    "footnote_deleted": {"numbering_gap", "marker_without_footnote"},
    "marker_deleted": {"footnote_without_marker"},
    "number_duplicated": {"duplicate_number"},
    "number_out_of_sequence": {"out_of_sequence", "duplicate_number"},
    "markers_swapped": {"marker_order"},
    "year_impossible": {"implausible_year"},
    "agency_misspelled": {"misspelled_source", "inconsistent_spelling"},
    "designation_malformed": {"malformed_designation"},
    "ambiguous_suffix": {"ambiguous_suffix"},
    "citation_garbled": {"unparsed"},
}
# Severities that count, both for detecting an error and as a false finding.
# Info findings are listed in the JSON output but count for neither.
COUNTED = {"error", "warning"}

PROJECT = Path(__file__).resolve().parents[2]
REPORTS = {
    "followup": PROJECT.parent / "shared" / "corpus" / "followup" / "uppfoljning-mans-vald-mot-kvinnor-2024.txt",
    "demo": PROJECT / "corpus" / "uppfoljning-demo-2025.txt",
}
# First seed of each part: "fresh" is a third part, run once after fixes
# that the holdout's results led to (the holdout is then no longer unseen).
PARTS = {"tune": 0, "holdout": 1000, "fresh": 2000}
TIMEOUT = 600


def kallkoll_command() -> list[str]:
    """The `kallkoll` entry point of this interpreter's environment (or the project's .venv)."""
    for candidate in (Path(sys.executable).parent / "kallkoll", PROJECT / ".venv" / "bin" / "kallkoll"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("kallkoll")
    if found:
        return [found]
    sys.exit("bench/check: no `kallkoll` command found (activate the project's virtualenv)")


def report_year(path: Path) -> int:
    """The report's own year, from its file name (the bench knows it; the checker is not told)."""
    years = re.findall(r"(?:19|20)\d\d", path.stem)
    if not years:
        sys.exit(f"bench/check: no year in the file name {path.name}")
    return int(years[-1])


# -- running the checker -------------------------------------------------------


@dataclass
class CheckResult:
    findings: list[dict] = field(default_factory=list)
    footnotes: int | None = None
    error: str | None = None  # set when a command failed (crash, bad JSON, timeout)
    seconds: float = 0.0


def _run(cmd: list[str], cwd: Path, ok: tuple[int, ...] = (0,)) -> str:
    env = {k: v for k, v in os.environ.items() if k != "KALLKOLL_DB"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if proc.returncode not in ok:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-6:])
        raise RuntimeError(f"`kallkoll {cmd[1]}` exited {proc.returncode}: {tail}")
    return proc.stdout


def run_checker(kallkoll: list[str], file_name: str, text: str) -> CheckResult:
    """Ingest `text` as `file_name` into a new database in a new directory; check; count footnotes."""
    started = time.monotonic()
    result = CheckResult()
    with tempfile.TemporaryDirectory(prefix="kallkoll-bench-check-") as tmp:
        src_dir, work = Path(tmp) / "report", Path(tmp) / "work"
        src_dir.mkdir()
        work.mkdir()
        src = src_dir / file_name
        src.write_text(text, encoding="utf-8")
        db = ["--db", str(work / "kallkoll.db")]
        try:
            _run([*kallkoll, "ingest", str(src), *db, "--workers", "1"], work)
            out = _run([*kallkoll, "check", "1", "--json", *db], work, ok=(0, 1))
            result.findings = json.loads(out)
            out = _run([*kallkoll, "footnotes", "1", "--json", *db], work)
            result.footnotes = len(json.loads(out))
        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
            result.error = str(exc)
    result.seconds = time.monotonic() - started
    return result


# -- scoring ------------------------------------------------------------------

_FOOTNOTE_LIST = re.compile(r"\bfootnotes?\s+\d+(?:\s*(?:,|and|och|&|–|-)\s*\d+)*", re.I)


def normalized(message: str) -> str:
    """A finding's message with its lists of footnote numbers blanked out."""
    return _FOOTNOTE_LIST.sub("footnotes #", message or "")


@dataclass
class Baseline:
    findings: list[dict]
    keys: set[tuple[str, int | None]]
    messages: set[tuple[str, str]]
    exact: set[tuple[str, int | None, str]]

    @classmethod
    def of(cls, findings: list[dict]) -> "Baseline":
        return cls(
            findings,
            {(f["kind"], f.get("footnote")) for f in findings},
            {(f["kind"], normalized(f.get("message", ""))) for f in findings},
            {(f["kind"], f.get("footnote"), f.get("message", "")) for f in findings},
        )

    def explains(self, f: dict) -> bool:
        if f.get("footnote") is not None and (f["kind"], f["footnote"]) in self.keys:
            return True
        return (f["kind"], normalized(f.get("message", ""))) in self.messages


@dataclass
class Job:
    report: str
    n: int
    seed: int
    kind: str | None  # the kind of a single-error run
    mutation: Mutation
    result: CheckResult | None = None


def score(job: Job, base: Baseline, clean_count: int) -> dict:
    res = job.result
    findings = res.findings if res and not res.error else []
    involved = set().union(*(inj.footnotes for inj in job.mutation.injections)) if job.mutation.injections else set()
    injections = []
    for inj in job.mutation.injections:
        hits = [
            f for f in findings
            if f.get("footnote") in inj.footnotes and f["kind"] in ACCEPTED[inj.kind]
            and (f["kind"], f.get("footnote"), f.get("message", "")) not in base.exact
        ]
        counted = [f for f in hits if f.get("severity") in COUNTED]
        injections.append({
            **inj.as_dict(),
            "detected": bool(counted),
            "info_only": bool(hits) and not counted,
            "matched": hits,
        })
    related = {(fn, kind) for inj in job.mutation.injections for fn in inj.related for kind in ACCEPTED[inj.kind]}
    false = [
        f for f in findings
        if f.get("severity") in COUNTED and not base.explains(f)
        and not (f.get("footnote") is not None and f["footnote"] in involved)
        and (f.get("footnote"), f["kind"]) not in related
    ]
    expected = clean_count - job.mutation.deleted_footnotes()
    return {
        "report": job.report,
        "n_errors": job.n,
        "seed": job.seed,
        "kind": job.kind,
        "injections": injections,
        "unplaced": job.mutation.unplaced,
        "false_findings": false,
        "footnotes_stored": res.footnotes if res else None,
        "footnotes_expected": expected,
        "error": res.error if res else "not run",
        "seconds": round(res.seconds, 2) if res else None,
        "findings": len(findings),
    }


# -- output --------------------------------------------------------------------


def _console():
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # plain text fallback
        return None, None
    console = Console()
    if not console.is_terminal:  # piped or redirected: do not squeeze the tables into 80 columns
        console = Console(width=160)
    return console, Table


class Out:
    """Tables with rich when it is installed, else plain columns."""

    def __init__(self):
        self.console, self.Table = _console()

    def print(self, text: str = "") -> None:
        print(text, flush=True)

    def table(self, title: str, columns: list[str], rows: list[list[str]]) -> None:
        if self.console:
            t = self.Table(title=title, title_justify="left")
            for i, c in enumerate(columns):
                t.add_column(c, justify="left" if i == 0 else "right")
            for r in rows:
                t.add_row(*r)
            self.console.print(t)
        else:
            print(title)
            widths = [max(len(str(x)) for x in col) for col in zip(columns, *rows)]
            for r in [columns, *rows]:
                print("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))
            print()


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def summarize(runs: list[dict], errors: list[int]) -> dict:
    by_kind = {}
    for kind in KINDS:
        row = {"injected": 0, "detected": 0, "info_only": 0, "by_n": {}}
        for n in errors:
            row["by_n"][n] = {"injected": 0, "detected": 0}
        for r in runs:
            for inj in r["injections"]:
                if inj["kind"] != kind:
                    continue
                row["injected"] += 1
                row["detected"] += inj["detected"]
                row["info_only"] += inj["info_only"]
                row["by_n"][r["n_errors"]]["injected"] += 1
                row["by_n"][r["n_errors"]]["detected"] += inj["detected"]
        row["recall"] = row["detected"] / row["injected"] if row["injected"] else None
        by_kind[kind] = row
    by_n = {}
    for n in errors:
        rs = [r for r in runs if r["n_errors"] == n]
        falses = [len(r["false_findings"]) for r in rs]
        by_n[n] = {
            "runs": len(rs),
            "injected": sum(len(r["injections"]) for r in rs),
            "requested": n * len(rs),
            "mean_false": statistics.mean(falses) if falses else None,
            "max_false": max(falses) if falses else None,
            "footnote_count_deviations": sum(
                1 for r in rs if not r["error"] and r["footnotes_stored"] != r["footnotes_expected"]),
            "crashed": sum(1 for r in rs if r["error"]),
            "injected_detected": sum(i["detected"] for r in rs for i in r["injections"]),
        }
    return {"by_kind": by_kind, "by_n": by_n}


def print_report(out: Out, name: str, info: dict, runs: list[dict], summary: dict, errors: list[int], verbose: bool) -> None:
    cols = ["kind", "injected", "detected", "recall"] + [f"recall n={n}" for n in errors] + ["info only"]
    rows = []
    for kind in KINDS:
        k = summary["by_kind"][kind]
        if kind in info["skipped_kinds"]:
            rows.append([kind, "no place", "", "", *[""] * len(errors), ""])
            continue
        rows.append([
            kind, str(k["injected"]), str(k["detected"]), _ratio(k["detected"], k["injected"]),
            *[_ratio(k["by_n"][n]["detected"], k["by_n"][n]["injected"]) for n in errors],
            str(k["info_only"]),
        ])
    tot_i = sum(summary["by_kind"][k]["injected"] for k in KINDS)
    tot_d = sum(summary["by_kind"][k]["detected"] for k in KINDS)
    rows.append(["all", str(tot_i), str(tot_d), _ratio(tot_d, tot_i), *[
        _ratio(summary["by_n"][n]["injected_detected"], summary["by_n"][n]["injected"]) for n in errors], ""])
    out.table(f"{name}: {info['file']} (report year {info['year']}, {info['clean_footnotes']} footnotes; "
              f"baseline {info['baseline_counted']} error/warning findings)", cols, rows)

    rows = []
    for n in errors:
        s = summary["by_n"][n]
        rows.append([
            str(n), str(s["runs"]), f"{s['injected']}/{s['requested']}",
            f"{s['mean_false']:.2f}" if s["mean_false"] is not None else "–",
            str(s["max_false"]) if s["max_false"] is not None else "–",
            str(s["footnote_count_deviations"]), str(s["crashed"]),
        ])
    out.table(f"{name}: per number of errors", ["errors", "runs", "placed", "mean false", "max false",
                                                  "footnote count ≠ expected", "crashed"], rows)

    unplaced: dict[str, int] = {}
    for r in runs:
        for k in r["unplaced"]:
            unplaced[k] = unplaced.get(k, 0) + 1
    if unplaced:
        out.print(f"{name}: kinds with no free place left in a multi-error run (another kind took the slot): "
                  + ", ".join(f"{k} ×{c}" for k, c in sorted(unplaced.items())))
    devs = [r for r in runs if r["footnotes_stored"] != r["footnotes_expected"] and not r["error"]]
    if devs:
        out.print(f"{name}: footnote count deviations (first 8 of {len(devs)}):")
        for r in devs[:8]:
            kinds = ", ".join(f"{i['kind']} {sorted(i['footnotes'])}" for i in r["injections"][:4])
            out.print(f"  n={r['n_errors']} seed={r['seed']}: stored {r['footnotes_stored']}, "
                      f"expected {r['footnotes_expected']} ({kinds}{' …' if len(r['injections']) > 4 else ''})")
    crashed = [r for r in runs if r["error"]]
    for r in crashed[:5]:
        out.print(f"{name}: CRASH n={r['n_errors']} seed={r['seed']} kind={r['kind']}: {r['error']}")
    worst = sorted((r for r in runs if r["false_findings"]), key=lambda r: -len(r["false_findings"]))
    if worst:
        out.print(f"{name}: false findings of the worst runs:")
        for r in worst[: (10 if verbose else 3)]:
            out.print(f"  n={r['n_errors']} seed={r['seed']}{' kind=' + r['kind'] if r['kind'] else ''}: "
                      f"{len(r['false_findings'])} false")
            for f in r["false_findings"][:12]:
                out.print(f"    {f.get('severity')} {f['kind']} fn={f.get('footnote')} p={f.get('page')}: "
                          f"{f.get('message', '')[:150]}")
    out.print()


def print_run_detail(out: Out, report: Report, job: Job, scored: dict) -> None:
    out.print(f"--- {job.report} n={job.n} seed={job.seed}{' kind=' + job.kind if job.kind else ''}: "
              f"{len(scored['injections'])} injected, {len(scored['false_findings'])} false"
              f"{', unplaced: ' + ', '.join(scored['unplaced']) if scored['unplaced'] else ''}")
    for inj in scored["injections"]:
        mark = "DETECTED" if inj["detected"] else ("info only" if inj["info_only"] else "missed")
        out.print(f"  [{mark}] {inj['kind']} {sorted(inj['footnotes'])} line {inj['line']} p{inj['page']}: "
                  f"{inj['detail']}")
    diff = difflib.unified_diff(report.lines, job.mutation.text().split("\n"), "clean", "mutated",
                                n=0, lineterm="")
    for line in list(diff)[2:]:
        out.print("    " + line)
    for f in scored["false_findings"]:
        out.print(f"  false: {f.get('severity')} {f['kind']} fn={f.get('footnote')}: {f.get('message', '')[:160]}")


# -- main ----------------------------------------------------------------------


def seeds_for(args) -> list[int]:
    if args.part is None:
        return list(range(args.seeds if args.seeds is not None else 20))
    per_part = args.seeds if args.seeds is not None else 10
    parts = ["tune", "holdout"] if args.part == "all" else [args.part]
    return [PARTS[p] + i for p in parts for i in range(per_part)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=None,
                    help="seeds per setting (default 20; with --part, per part, default 10)")
    ap.add_argument("--errors", default="1,5,20", help="numbers of simultaneous errors (default 1,5,20)")
    ap.add_argument("--reports", default="followup,demo", help="which reports (followup, demo)")
    ap.add_argument("--workers", type=int, default=2, help="parallel checker runs (default 2)")
    ap.add_argument("--part", choices=["tune", "holdout", "fresh", "all"], default=None,
                    help="seeds 0.. (tune), 1000.. (holdout), 2000.. (fresh) or tune and holdout")
    ap.add_argument("--json-out", type=Path, help="write all results as JSON here")
    ap.add_argument("--dump-dir", type=Path, help="also write each mutated report here")
    ap.add_argument("--verbose", action="store_true", help="print every run: injections, diff, false findings")
    args = ap.parse_args(argv)

    errors = sorted({int(x) for x in args.errors.split(",") if x.strip()})
    seeds = seeds_for(args)
    names = [x.strip() for x in args.reports.split(",") if x.strip()]
    for name in names:
        if name not in REPORTS:
            ap.error(f"unknown report {name!r} (choose from {', '.join(REPORTS)})")
    out = Out()
    kallkoll = kallkoll_command()
    if 1 in errors and len(seeds) < 10:
        out.print(f"note: {len(seeds)} seeds give each kind {len(seeds)} single-error runs (fewer than 10)")

    reports: dict[str, Report] = {}
    infos: dict[str, dict] = {}
    jobs: list[Job] = []
    for name in names:
        path = REPORTS[name]
        if not path.exists():
            out.print(f"{name}: skipped, {path} does not exist")
            continue
        rep = Report(path.read_text(encoding="utf-8"), path.name, report_year(path))
        reports[name] = rep
        placeable = placeable_kinds(rep)
        skipped = [k for k in KINDS if not placeable[k]]
        infos[name] = {"file": path.name, "path": str(path), "year": rep.year,
                       "clean_footnotes": len(rep.footnotes), "located_markers": len(rep.markers),
                       "skipped_kinds": skipped}
        for k in skipped:
            out.print(f"{name}: no place for {k} in this report; skipped")
        for n in errors:
            for seed in seeds:
                if n == 1:
                    for kind in KINDS:
                        if kind in skipped:
                            continue
                        rng = random.Random(f"{name}|n=1|{kind}|{seed}")
                        jobs.append(Job(name, 1, seed, kind, mutate(rep, [kind], rng, substitute=False)))
                else:
                    rng = random.Random(f"{name}|n={n}|{seed}")
                    jobs.append(Job(name, n, seed, None, mutate(rep, kinds_for_run(n, rng), rng)))
    if not reports:
        out.print("no report to run")
        return 2

    if args.dump_dir:
        for job in jobs:
            d = args.dump_dir / job.report / f"n{job.n}" / f"seed{job.seed}{'-' + job.kind if job.kind else ''}"
            d.mkdir(parents=True, exist_ok=True)
            (d / reports[job.report].name).write_text(job.mutation.text(), encoding="utf-8")
            (d / "injections.json").write_text(json.dumps(
                [i.as_dict() for i in job.mutation.injections], ensure_ascii=False, indent=1), encoding="utf-8")

    started = time.monotonic()
    baselines: dict[str, CheckResult] = {}
    with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        futures = {name: pool.submit(run_checker, kallkoll, rep.name, rep.text) for name, rep in reports.items()}
        for name, fut in futures.items():
            baselines[name] = fut.result()
            if baselines[name].error:
                out.print(f"{name}: the clean report failed: {baselines[name].error}")
                return 2
        out.print(f"{len(jobs)} runs over {len(reports)} report(s), seeds {seeds[0]}..{seeds[-1]} "
                  f"({len(seeds)}), errors {errors}, {args.workers} worker(s)")
        done = 0
        lock = threading.Lock()

        def work(job: Job) -> None:
            nonlocal done
            job.result = run_checker(kallkoll, reports[job.report].name, job.mutation.text())
            with lock:
                done += 1
                if done % 10 == 0 or done == len(jobs):
                    el = time.monotonic() - started
                    print(f"  {done}/{len(jobs)} runs, {el:.0f} s", file=sys.stderr, flush=True)

        list(pool.map(work, jobs))

    results = {"config": {"seeds": seeds, "errors": errors, "reports": list(reports), "part": args.part,
                          "accepted": {k: sorted(v) for k, v in ACCEPTED.items()},
                          "counted_severities": sorted(COUNTED)},
               "reports": {}}
    overall_ok = True
    target_lines = []
    for name, rep in reports.items():
        base = Baseline.of(baselines[name].findings)
        info = infos[name]
        info["clean_footnotes_checker"] = baselines[name].footnotes
        info["baseline_counted"] = sum(1 for f in base.findings if f.get("severity") in COUNTED)
        scored = []
        for job in jobs:
            if job.report != name:
                continue
            s = score(job, base, len(rep.footnotes))
            scored.append(s)
            if args.verbose:
                print_run_detail(out, rep, job, s)
        summary = summarize(scored, errors)
        if info["clean_footnotes_checker"] != len(rep.footnotes):
            out.print(f"{name}: the checker stores {info['clean_footnotes_checker']} footnotes of the clean "
                      f"report; the bench counts {len(rep.footnotes)}")
        print_report(out, name, info, scored, summary, errors, args.verbose)
        results["reports"][name] = {**info, "baseline": base.findings, "summary": summary, "runs": scored}

        # the done-when targets
        top = max(errors)
        recalls = {k: v["by_n"][top] for k, v in summary["by_kind"].items() if k not in info["skipped_kinds"]}
        low = [f"{k} {_ratio(v['detected'], v['injected'])}" for k, v in recalls.items()
               if v["injected"] and v["detected"] / v["injected"] < 0.9]
        absent = [k for k, v in recalls.items() if not v["injected"]]
        mean_false = summary["by_n"][top]["mean_false"]
        single = [r for r in scored if r["n_errors"] == 1]
        devs = sum(1 for r in single if not r["error"] and r["footnotes_stored"] != r["footnotes_expected"])
        crashed = sum(1 for r in scored if r["error"])
        ok_r, ok_f, ok_c = not low, mean_false is not None and mean_false <= 1, devs == 0 and bool(single)
        ok_r = ok_r and not absent
        overall_ok &= ok_r and ok_f and ok_c
        target_lines.append(f"{name}: recall ≥ 0.9 for every kind at n={top}: "
                            f"{'yes' if ok_r else 'NO'}"
                            + (f"; below: {', '.join(low)}" if low else "")
                            + (f"; not injected at n={top}: {', '.join(absent)}" if absent else ""))
        target_lines.append(f"{name}: mean false findings ≤ 1 at n={top}: {'yes' if ok_f else 'NO'}"
                            f" ({mean_false:.2f})" if mean_false is not None else f"{name}: no runs at n={top}")
        target_lines.append(f"{name}: footnote count as expected in every single-error run: "
                            + (f"{'yes' if ok_c else 'NO'} ({devs} of {len(single)} differ)" if single
                               else "not measured (no single-error runs; add 1 to --errors)"))
        if crashed:
            overall_ok = False
            target_lines.append(f"{name}: {crashed} run(s) crashed (counted as missed; see CRASH lines)")
    out.print("Targets (issue 19):")
    for line in target_lines:
        out.print("  " + line)
    out.print(f"  all met: {'yes' if overall_ok else 'no'}   ({time.monotonic() - started:.0f} s)")
    results["targets_met"] = overall_ok
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=sorted),
                                 encoding="utf-8")
        out.print(f"results written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
