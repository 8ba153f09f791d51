"""Search quality benchmark (issue 15): kallkoll against a stemmed BM25 baseline.

Reads the evaluation set beside this file (`holdout.yaml`, written before any
tuning and never looked at query by query; `tune.yaml`, for development;
`blind.yaml`, written after the first tuning on topics outside the synonym
table, now tuning data too; `blind2.yaml`, written before round three's
tuning on other topics outside the table and committed before it was first
run; tuning data since round four; `blind3.yaml`, written by another
engineer on topics outside the table and committed before its first run;
tuning data since round five; `blind4.yaml`, written the same way, tuning
data since round six),
ingests the 4,646 government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ into a SQLite database with the
library (or reuses one given with --db), and runs every query through

- kallkoll: `evidence.measures.search_measures`, what `kallkoll measures
  search QUERY [--actor A] [--from Y] [--to Y]` calls; its measures are
  mapped to their documents (first occurrence counts);
- the baseline: a plain Okapi BM25 (k1 1.2, b 0.75) over whole documents
  (the files as they are), words reduced to their Snowball Swedish stems,
  spaCy's Swedish stop words dropped, query terms OR-ed. It has no metadata:
  a year filter keeps the documents of those years (from the path), and an
  `--actor` is added to the query as words (abbreviations expanded, `Brå` →
  `Brottsförebyggande rådet`).

Both run in the same process on the same documents. Files whose bytes repeat
another file's (10 pairs) are one document to ingest, so the judgments and
both systems' results count each pair as its first file. Metrics per part
(mean over queries):

- recall@k: relevant documents (grade ≥ 1) in the top k / min(k, relevant
  documents) — capped, so a topic with 100 relevant documents can reach 1;
- MRR: 1 / rank of the first document of the highest grade the query has
  (grade 2, "exactly this"; grade 1 when it has none), 0 beyond rank 10;
- nDCG@10: gain 2^grade − 1, log2 discount, ideal ranking from the judgments;
- zero: queries with no result at all.

Then kallkoll's nDCG@10 pooled over the queries of the development parts,
of the holdout and of the untouched parts (in PARTS, not yet development
data: written before the code they run on and not looked at query by
query), each with a 95 % bootstrap interval (10,000 resamples of the
queries, seed 0), and the development parts' lead over the untouched ones
with its interval: a part of 30 random topics alone varies by some ±0.05.

It also prints kallkoll's in-process query time (p50/p95 over every query
of all parts; the database open, the process start-up not counted: that is
bench/search.py), the size of the search index, and with `--postgres URL`
(an admin URL of a PostgreSQL server) ingests the same assignments into a new
database there and checks that both backends give the same top 5 documents
for every query of every part.

Example:
    .venv/bin/python bench/search/run.py --db /tmp/eval.db --keep
    .venv/bin/python bench/search/run.py --db /tmp/eval.db --keep --per-query   # development parts (not the holdout)
    .venv/bin/python bench/search/run.py --db /tmp/eval.db --keep \
        --postgres postgresql+psycopg://kallkoll:kallkoll@127.0.0.1/postgres
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
sys.path.insert(0, str(PROJECT))

CORPUS = PROJECT.parent / "shared" / "corpus"
ASSIGNMENTS = CORPUS / "regeringen" / "regeringsuppdrag"
PARTS = ("tune", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
         "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20",
         "blind21")
# Parts whose queries may be printed one by one (--per-query): the ones used
# for development (blind2 since round four, blind3 since round five, blind4
# since round six, blind5 since round seven, blind6 since round eight, blind7
# since round ten, blind8 and blind9 since round eleven, blind10 and blind11
# since round twelve, blind12 to blind15 since round thirteen, each after its
# first run). The holdout only ever prints totals.
DEVELOPMENT_PARTS = ("tune", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                     "blind11", "blind12", "blind13", "blind14", "blind15")
CUTOFF = 10
K1, B = 1.2, 0.75
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Query:
    id: str
    query: str
    category: str
    actor: str | None
    year_from: int | None
    year_to: int | None
    relevant: dict[str, int]


@lru_cache(maxsize=1)
def _same_content() -> dict[str, str]:
    """Each assignment file whose bytes another file repeats, mapped to the
    first of them (10 pairs in the corpus: ingest keeps one document for
    both, so both systems and the judgments count them as one)."""
    import hashlib

    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for path in sorted(ASSIGNMENTS.rglob("*.md")):
        rel = str(path.relative_to(ASSIGNMENTS))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[rel] = first.setdefault(digest, rel)
    return {rel: canon for rel, canon in out.items() if rel != canon}


def canonical(path: str) -> str:
    return _same_content().get(path, path)


def one_per_document(paths: list[str]) -> list[str]:
    """Paths in order, each file of repeated content as its first file, once."""
    return list(dict.fromkeys(canonical(p) for p in paths))


def load(part: str) -> list[Query]:
    data = yaml.safe_load((HERE / f"{part}.yaml").read_text(encoding="utf-8"))
    out = []
    for q in data:
        relevant: dict[str, int] = {}
        for path, grade in q["relevant"].items():
            key = canonical(str(path))
            relevant[key] = max(relevant.get(key, 0), int(grade))
        out.append(Query(q["id"], q["query"], q.get("category", ""), q.get("actor"), q.get("from"), q.get("to"),
                         relevant))
    return out


# =====================================================================================
# Metrics
# =====================================================================================


def recall_at(ranked: list[str], q: Query, k: int) -> float:
    relevant = {p for p, g in q.relevant.items() if g >= 1}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / min(k, len(relevant))


def reciprocal_rank(ranked: list[str], q: Query) -> float:
    top = max(q.relevant.values(), default=0)
    for i, path in enumerate(ranked[:CUTOFF]):
        if top and q.relevant.get(path, 0) == top:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at(ranked: list[str], q: Query, k: int = CUTOFF) -> float:
    gains = [2 ** q.relevant.get(p, 0) - 1 for p in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in q.relevant.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def scores(results: dict[str, list[str]], queries: list[Query]) -> dict[str, float]:
    n = len(queries)
    return {
        "recall@5": sum(recall_at(results[q.id], q, 5) for q in queries) / n,
        "recall@10": sum(recall_at(results[q.id], q, 10) for q in queries) / n,
        "MRR": sum(reciprocal_rank(results[q.id], q) for q in queries) / n,
        "nDCG@10": sum(ndcg_at(results[q.id], q) for q in queries) / n,
        "zero": sum(1 for q in queries if not results[q.id]),
    }


# =====================================================================================
# The baseline: stemmed BM25 over whole documents, OR
# =====================================================================================


class Baseline:
    def __init__(self, root: Path) -> None:
        import Stemmer
        from spacy.lang.sv.stop_words import STOP_WORDS

        self.stemmer = Stemmer.Stemmer("swedish")
        self.stop = frozenset(self.stemmer.stemWords(sorted(STOP_WORDS)))
        self.paths: list[str] = []
        self.tf: list[Counter[str]] = []
        self.length: list[int] = []
        for path in sorted(root.rglob("*.md")):
            terms = self.terms(path.read_text(encoding="utf-8"))
            self.paths.append(str(path.relative_to(root)))
            self.tf.append(Counter(terms))
            self.length.append(len(terms))
        self.df: Counter[str] = Counter()
        for counts in self.tf:
            self.df.update(counts.keys())
        self.avg = sum(self.length) / len(self.length)

    def terms(self, text: str) -> list[str]:
        stems = self.stemmer.stemWords([w.casefold() for w in _WORD.findall(text)])
        return [s for s in stems if s not in self.stop]

    def search(self, q: Query) -> list[str]:
        from extract.agencies import expand_actor
        from extract.measures import normalise_agency

        # The abbreviations kallkoll's --actor knows, expanded for the
        # baseline too (VR -> Vetenskapsrådet), so both get the same help.
        words = q.query + (" " + normalise_agency(expand_actor(q.actor) or q.actor) if q.actor else "")
        wanted = set(self.terms(words))
        n = len(self.paths)
        out = []
        for i, counts in enumerate(self.tf):
            year = int(self.paths[i][:4])
            if (q.year_from and year < q.year_from) or (q.year_to and year > q.year_to):
                continue
            score = 0.0
            for t in wanted:
                f = counts.get(t)
                if f:
                    idf = math.log(1 + (n - self.df[t] + 0.5) / (self.df[t] + 0.5))
                    score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * self.length[i] / self.avg))
            if score > 0:
                out.append((-score, self.paths[i]))
        return one_per_document([p for _, p in sorted(out)])[:CUTOFF]


# =====================================================================================
# kallkoll
# =====================================================================================


def ensure_database(url: str, db_path: Path) -> float | None:
    """Ingest the assignments unless the database already holds documents; the seconds it took."""
    if db_path.exists() and db_path.stat().st_size > 0:
        return None
    from evidence.pipeline import ingest_paths

    start = time.perf_counter()
    report = ingest_paths([ASSIGNMENTS], url, workers=os.cpu_count() or 1)
    if not report.ok:
        print(f"warning: {len(report.failed)} files failed: {report.failed[0].error}", file=sys.stderr)
    return time.perf_counter() - start


def kallkoll_search(url: str, queries: list[Query], seconds: list[float] | None = None) -> dict[str, list[str]]:
    """Each query's ranked documents (paths relative to the assignments); the
    time each query took is appended to `seconds`."""
    from sqlalchemy import text

    from evidence.measures import search_measures
    from evidence.store import open_engine

    engine = open_engine(url)
    with engine.connect() as conn:
        paths = {i: p for i, p in conn.execute(text("SELECT id, path FROM document"))}
    root = str(ASSIGNMENTS.resolve())
    out: dict[str, list[str]] = {}
    for q in queries:
        start = time.perf_counter()
        rows = search_measures(engine, q.query, actor=q.actor, year_from=q.year_from, year_to=q.year_to,
                               limit=3 * CUTOFF)
        if seconds is not None:
            seconds.append(time.perf_counter() - start)
        ranked = one_per_document([os.path.relpath(paths[row["document_id"]], root) for row in rows])
        out[q.id] = ranked[:CUTOFF]
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def index_size(db_path: Path) -> str:
    """The SQLite file, and the pages of the search tables and their indexes (dbstat)."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        total = db_path.stat().st_size
        search = conn.execute(
            "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search%' OR name IN "
            "(SELECT name FROM sqlite_master WHERE tbl_name LIKE 'search%')").fetchone()[0] or 0
    finally:
        conn.close()
    return f"SQLite: {total / 1e6:.0f} MB in all, search tables and their indexes {search / 1e6:.0f} MB"


def postgres_agreement(admin_url: str, sqlite_url: str, parts: dict[str, list[Query]]) -> tuple[list[str], str]:
    """Ingest the assignments into a new PostgreSQL database; the queries whose
    top 5 differ from SQLite's (as `part id`), and the search tables' size there."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from evidence.pipeline import ingest_paths
    from evidence.store import close_engine

    name = f"kallkoll_eval_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # a name made here, not input
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        report = ingest_paths([ASSIGNMENTS], url, workers=os.cpu_count() or 1)
        if not report.ok:
            print(f"warning: PostgreSQL: {len(report.failed)} files failed", file=sys.stderr)
        differ = []
        for part, queries in parts.items():
            on_pg, on_lite = kallkoll_search(url, queries), kallkoll_search(sqlite_url, queries)
            differ += [f"{part} {q.id}" for q in queries if on_pg[q.id][:5] != on_lite[q.id][:5]]
        engine = create_engine(url)
        with engine.connect() as conn:
            search, total = conn.execute(text(
                "SELECT SUM(pg_total_relation_size(c.oid)) FILTER (WHERE c.relname LIKE 'search%'), "
                "pg_database_size(current_database()) FROM pg_class c WHERE c.relkind = 'r' "
                "AND c.relnamespace = 'public'::regnamespace")).one()
        engine.dispose()
        size = f"PostgreSQL: {int(total) / 1e6:.0f} MB in all, search tables with indexes and TOAST {int(search or 0) / 1e6:.0f} MB"
        return differ, size
    finally:
        close_engine(url)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# =====================================================================================


def table(rows: list[tuple[str, str, int, dict[str, float]]]) -> str:
    head = f"{'part':<9}{'system':<16}{'queries':>8}{'recall@5':>10}{'recall@10':>11}{'MRR':>7}{'nDCG@10':>9}{'zero':>6}"
    lines = [head, "-" * len(head)]
    for part, system, n, s in rows:
        lines.append(f"{part:<9}{system:<16}{n:>8}{s['recall@5']:>10.3f}{s['recall@10']:>11.3f}"
                     f"{s['MRR']:>7.3f}{s['nDCG@10']:>9.3f}{int(s['zero']):>6}")
    return "\n".join(lines)


def bootstrap_interval(values: list[float], rounds: int = 10_000, seed: int = 0) -> tuple[float, float]:
    """A 95 % interval of the mean of `values`, by resampling the queries."""
    import random

    pick = random.Random(seed)
    means = sorted(sum(pick.choices(values, k=len(values))) / len(values) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def difference_interval(a: list[float], b: list[float], rounds: int = 10_000, seed: int = 0) -> tuple[float, float]:
    """A 95 % interval of mean(a) − mean(b), each resampled on its own."""
    import random

    pick = random.Random(seed)
    diffs = sorted(sum(pick.choices(a, k=len(a))) / len(a) - sum(pick.choices(b, k=len(b))) / len(b)
                   for _ in range(rounds))
    return diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds) - 1]


def pooled(parts: dict[str, list[Query]], results: dict[str, dict[str, list[str]]]) -> str:
    """kallkoll's nDCG@10 pooled over the queries of the development parts,
    the holdout and the untouched parts (any other part: written before the
    code it is run on and not yet looked at), each with a 95 % bootstrap
    interval, and the development parts' lead over the untouched ones."""
    groups: dict[str, list[float]] = {"development": [], "holdout": [], "untouched": []}
    members: dict[str, list[str]] = {group: [] for group in groups}
    for part, queries in parts.items():
        group = "development" if part in DEVELOPMENT_PARTS else "holdout" if part == "holdout" else "untouched"
        groups[group] += [ndcg_at(results[part][q.id], q) for q in queries]
        members[group].append(part)
    lines = []
    for group, values in groups.items():
        if values:
            low, high = bootstrap_interval(values)
            names = ", ".join(members[group])
            lines.append(f"kallkoll nDCG@10 pooled, {group} ({len(values)} queries: {names}): "
                         f"{sum(values) / len(values):.3f} (95 % interval {low:.3f}–{high:.3f})")
    dev, untouched = groups["development"], groups["untouched"]
    if dev and untouched:
        low, high = difference_interval(dev, untouched)
        lines.append(f"development minus untouched: {sum(dev) / len(dev) - sum(untouched) / len(untouched):+.3f} "
                     f"(95 % interval {low:+.3f} to {high:+.3f})")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="SQLite file to use; reused when it already exists")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--per-query", action="store_true",
                        help="print each query's scores for the development parts (tune, blind, blind2, "
                             "blind3; never the holdout's)")
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"comma-separated parts to run (default: all of {', '.join(PARTS)})")
    parser.add_argument("--postgres", metavar="URL",
                        help="admin URL of a PostgreSQL server: compare its top 5 with SQLite's for every query")
    args = parser.parse_args()
    if not ASSIGNMENTS.is_dir():
        print(f"error: {ASSIGNMENTS}: the shared corpus is missing (put ../shared/corpus beside the project)",
              file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="kallkoll-eval-"))
    db_path = Path(args.db) if args.db else workdir / "eval.db"
    url = f"sqlite:///{db_path}"
    try:
        ingest_seconds = ensure_database(url, db_path)
        baseline = Baseline(ASSIGNMENTS)
        rows = []
        per_query = []
        seconds: list[float] = []
        chosen = [p.strip() for p in args.parts.split(",") if p.strip()]
        unknown = [p for p in chosen if p not in PARTS]
        if unknown:
            print(f"error: --parts: unknown part {unknown[0]!r} (known: {', '.join(PARTS)})", file=sys.stderr)
            return 1
        parts = {part: load(part) for part in chosen}
        found: dict[str, dict[str, list[str]]] = {}
        for part, queries in parts.items():
            kk = found[part] = kallkoll_search(url, queries, seconds)
            bm = {q.id: baseline.search(q) for q in queries}
            rows.append((part, "kallkoll", len(queries), scores(kk, queries)))
            rows.append((part, "bm25-baseline", len(queries), scores(bm, queries)))
            if part in DEVELOPMENT_PARTS:
                per_query += [(part, q, kk[q.id], bm[q.id]) for q in queries]
        size = index_size(db_path)
        agreement = postgres_agreement(args.postgres, url, parts) if args.postgres else None
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    if ingest_seconds is not None:
        print(f"ingested {ASSIGNMENTS} in {ingest_seconds:.0f} s")
    print(table(rows))
    print()
    print(pooled(parts, found))
    print()
    print(f"kallkoll in-process query time over {len(seconds)} queries: p50 {1000 * percentile(seconds, 0.5):.0f} ms, "
          f"p95 {1000 * percentile(seconds, 0.95):.0f} ms")
    print(size)
    if agreement is not None:
        differ, pg_size = agreement
        print(pg_size)
        print(f"SQLite and PostgreSQL top 5: {len(seconds) - len(differ)} of {len(seconds)} queries agree"
              + (f"; differ: {', '.join(differ)}" if differ else ""))
    if args.per_query:
        print()
        print(f"{'part':<7}{'query':<52}{'cat':<12}{'kk nDCG':>8}{'kk RR':>7}{'bm nDCG':>8}{'bm RR':>7}{'kk n':>6}")
        for part, q, kk_ranked, bm_ranked in per_query:
            label = q.query + (f" --actor {q.actor}" if q.actor else "") + (
                f" {q.year_from or ''}–{q.year_to or ''}" if q.year_from or q.year_to else "")
            print(f"{part:<7}{label[:51]:<52}{q.category:<12}{ndcg_at(kk_ranked, q):>8.2f}{reciprocal_rank(kk_ranked, q):>7.2f}"
                  f"{ndcg_at(bm_ranked, q):>8.2f}{reciprocal_rank(bm_ranked, q):>7.2f}{len(kk_ranked):>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
