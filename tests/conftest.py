"""Shared fixtures: where the real corpus lives, and skip rules when it is absent."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_DIR = TESTS_DIR.parent
# Support modules (the PDF typesetter, builders of hostile files) live in tests/support.
sys.path.insert(0, str(TESTS_DIR / "support"))

SHARED_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
DEMO_CORPUS = PROJECT_DIR / "corpus"
FOLLOWUP_TXT = SHARED_CORPUS / "followup" / "uppfoljning-mans-vald-mot-kvinnor-2024.txt"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared/corpus, or skip the test with the reason."""
    p = SHARED_CORPUS.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"real corpus not available: {p} is absent (CI has ../shared/corpus beside the project)")
    return p


@pytest.fixture
def shared_corpus() -> Path:
    return shared_path()


# An admin URL of a PostgreSQL server the tests may create databases on
# (.ci/run starts one and sets this); without it PostgreSQL cases skip.
PG_ADMIN_ENV = "KALLKOLL_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ADMIN_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ADMIN_ENV} to an admin URL (.ci/run does)")
    return url


@contextmanager
def fresh_database(backend: str, directory: Path) -> Iterator[str]:
    """A new, empty database of `backend`; dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'kallkoll.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    admin_url = _pg_admin_url()
    name = f"kallkoll_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))  # name made here, not user input
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {PG_ADMIN_ENV} is not reachable: {str(exc.orig).splitlines()[0]}")
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        from evidence.store import close_engine

        close_engine(url)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def demo_sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo corpus ingested into a new SQLite file, once per test module."""
    from evidence.pipeline import ingest_paths
    from evidence.store import close_engine

    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    assert ingest_paths([DEMO_CORPUS], db=url, workers=1).ok
    close_engine(url)
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on each backend: the same test runs on SQLite and PostgreSQL."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url
