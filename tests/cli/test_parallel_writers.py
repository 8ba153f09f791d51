"""Issue 18, defects 8 and 9: several kallkoll processes on one database at once.

Defect 8: four ingests started together on a new database all succeed (the
schema is created once, under a lock, and the others wait for it). Defect 9:
on PostgreSQL, workers that store sources one report cites re-link that
report without racing (no foreign-key violation, no deadlock).
Processes are forked and released together by one event, so that they really
do start at the same moment; the database is checked afterwards.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from evidence.db import SCHEMA_HEAD

from conftest import fresh_database

BACKENDS = ("sqlite", "postgresql")

TEXT = (
    "Rapport {n}\n\nKommunerna har rutiner för uppföljning av verksamheten nummer {n}. "
    "Andelen var 12 procent år 2021 enligt undersökningen.\n"
)


def _ingest_when_released(
    go: multiprocessing.synchronize.Event, delay: float, path: str, url: str, results: multiprocessing.Queue
) -> None:
    try:
        from evidence.pipeline import ingest_paths  # imported before the start: it takes a varying while
        from evidence.store import forget_engines

        forget_engines()
        go.wait(30)
        time.sleep(delay)
        report = ingest_paths([path], db=url)
        results.put((path, [o.status for o in report.outcomes], [o.error for o in report.failed]))
    except BaseException as exc:  # noqa: BLE001 - the test reports whatever a process died of
        results.put((path, ["crashed"], [f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"]))


def _run_together(paths: list[Path], url: str, stagger: float = 0.0) -> list[tuple[str, list[str], list[str]]]:
    """Ingest each path in a process of its own, the k-th `k * stagger` s after the first."""
    ctx = multiprocessing.get_context("fork")
    go, results = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_ingest_when_released, args=(go, k * stagger, str(p), url, results))
        for k, p in enumerate(paths)
    ]
    for proc in procs:
        proc.start()
    go.set()
    out = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(30)
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_four_ingests_at_once_on_a_new_database(backend: str, tmp_path: Path) -> None:
    paths = []
    for n in range(4):
        p = tmp_path / f"rapport-{n}.txt"
        p.write_text(TEXT.format(n=n), encoding="utf-8")
        paths.append(p)
    with fresh_database(backend, tmp_path) as url:
        # All at once, then a few milliseconds apart: the later ones arrive
        # while the first is creating the schema.
        for stagger in (0.0, 0.02, 0.05):
            results = _run_together(paths, url, stagger)
            assert sorted(statuses for _, statuses, _ in results) == [["added"]] * 4, results
            engine = create_engine(url)
            with engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM document")).scalar() == 4
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_HEAD]
            engine.dispose()
            _empty(backend, url, tmp_path)


def _empty(backend: str, url: str, directory: Path) -> None:
    """Back to a new database, for the next try."""
    from evidence.store import close_engine

    close_engine(url)
    if backend == "sqlite":
        for f in directory.glob("kallkoll.db*"):
            f.unlink()
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


SOURCES = 8


def _report_citing_sources(folder: Path) -> tuple[Path, list[Path]]:
    """A report whose k-th paragraph cites SOU 2099:k for a figure, and the
    SOURCES source documents that state it."""
    folder.mkdir()
    paragraphs = [
        f"Stödlinje {k} tog under 2023 emot i genomsnitt {800 + k} samtal per månad enligt utredningen.{k}"
        for k in range(1, SOURCES + 1)
    ]
    footnotes = [f"{k} SOU 2099:{k}." for k in range(1, SOURCES + 1)]
    report = folder / "rapport.txt"
    report.write_text(" UPPFÖLJNING AV STÖDLINJERNA\n\n" + "\n\n".join(paragraphs) + "\n\n \n" + "\n".join(footnotes) + "\n",
                      encoding="utf-8")
    sources = folder / "kallor"
    sources.mkdir()
    paths = []
    for k in range(1, SOURCES + 1):
        p = sources / f"sou-2099-{k}.md"
        p.write_text(
            f"# SOU 2099:{k} Stödlinje {k}\n\nBetänkande av utredningen om stödlinje {k}.\n\n## Samtalen\n\n"
            f"Under 2023 tog stödlinje {k} emot i genomsnitt {800 + k} samtal per månad. Omkring 80 procent av "
            "samtalen kom från kvinnor.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return report, paths


def test_parallel_sources_of_one_report_relink_it_without_races(tmp_path: Path) -> None:
    """Defect 9: each source a worker stores re-links the report that cites it;
    several workers doing so at once on PostgreSQL raced (a foreign-key
    violation on verification.link_id, or a deadlock)."""
    from evidence.pipeline import ingest_paths
    from evidence.store import find_document, open_engine
    from evidence.verify import verification_rows

    report, sources = _report_citing_sources(tmp_path / "in")
    with fresh_database("postgresql", tmp_path) as url:
        for attempt in range(3):
            assert ingest_paths([report], db=url).ok
            outcome = ingest_paths([str(p) for p in sources], db=url, workers=4)
            assert [o.error for o in outcome.failed] == []
            engine = open_engine(url)
            rows = verification_rows(engine, find_document(engine, "UPPFÖLJNING").id)  # type: ignore[arg-type]
            statuses = sorted(f["status"] for r in rows for f in r["figures"] if r["footnotes"] and f["raw"].endswith("samtal"))
            assert statuses == ["verified"] * SOURCES, rows
            _empty("postgresql", url, tmp_path)
