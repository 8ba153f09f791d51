"""Schema versions: creating, checking and upgrading kallkoll databases with Alembic.

In: a database URL. Out: a database at the current schema (`upgrade`), or a
description of it (`info`: backend, schema version, row counts). Migrations
live in `evidence/migrations/versions/`; a new database is created from the
models and stamped with the newest revision.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.errors import ForeignDatabaseError
from evidence.masking import mask_passwords

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection, Engine, Inspector
    from sqlalchemy.exc import DBAPIError

# SCHEMA_HEAD and KNOWN_REVISIONS are read without SQLAlchemy or the models
# (evidence/reader.py checks a SQLite file with them): the functions below
# import what they use (issue 17: fast start).

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration in MIGRATIONS (a test holds the two together). Every
# command checks the schema; importing Alembic to read the migration scripts
# cost each of them a quarter of a second, so Alembic is imported only to
# upgrade.
SCHEMA_HEAD = "0008"
VERSION_TABLE_NAME = "alembic_version"


@lru_cache(maxsize=1)
def version_table() -> Table:
    """Alembic's own version table, as `alembic stamp` makes it."""
    from sqlalchemy import Column, MetaData, String, Table

    return Table(VERSION_TABLE_NAME, MetaData(), Column("version_num", String(32), primary_key=True, nullable=False))


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def migration_head() -> str:
    """The newest revision among the migration scripts (Alembic reads them)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, select

    if VERSION_TABLE_NAME not in inspect(connection).get_table_names():
        return None
    return connection.execute(select(version_table().c.version_num)).scalar()


def _stamp_head(conn: Connection) -> None:
    """What `alembic stamp head` does to a database made at the newest schema."""
    table = version_table()
    table.create(conn, checkfirst=True)
    conn.execute(table.delete())
    conn.execute(table.insert().values(version_num=SCHEMA_HEAD))


# The revisions this kallkoll knows: the migration scripts' names begin with them.
KNOWN_REVISIONS = frozenset(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
# What a database made before migrations existed must hold to be taken as kallkoll's.
FIRST_DOCUMENT_COLUMNS = {"id", "path", "title", "kind", "format", "sha256", "page_count", "metadata_json"}


class _MustWrite(Exception):
    """The database needs its schema created or completed: do it under the lock."""


# Arbitrary, fixed: the PostgreSQL advisory lock every kallkoll process takes
# to create or upgrade the schema ("kallkoll" in ASCII, as a bigint).
SCHEMA_LOCK_KEY = 0x6B616C6C6B6F6C6C
# How often a schema transaction that lost a race (SQLite busy past its
# timeout, a PostgreSQL deadlock) is tried again.
SCHEMA_RETRIES = 5


def create_or_check(engine: Engine) -> str | None:
    """Create a new database at the newest schema; for an existing one return
    its revision (None when it predates migrations).

    Issue 18 (defect 11): a database that is not kallkoll's (other tables and
    no `document`), that was made by a newer kallkoll (a revision this one does
    not know), or that lacks tables or columns of the newest schema is refused
    with ForeignDatabaseError and left as it is.

    Issue 18 (defect 8): several processes may open a new database at once.
    The schema is looked at in a read transaction; only when it must be
    written is it created under a lock (`schema_lock`), looked at again there
    (another process may have made it meanwhile), and the transaction tried
    again when it loses a race all the same."""
    from sqlalchemy.exc import DBAPIError

    for attempt in range(SCHEMA_RETRIES):
        try:
            try:
                with engine.begin() as conn:
                    return _create_or_check(engine, conn, may_write=False)
            except _MustWrite:
                pass
            with schema_lock(engine) as conn:
                return _create_or_check(engine, conn, may_write=True)
        except DBAPIError as exc:
            if attempt + 1 == SCHEMA_RETRIES or not _transient(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _transient(exc: DBAPIError) -> bool:
    """A failure that trying the transaction again can get past."""
    text = str(exc.orig).lower()
    return "database is locked" in text or "deadlock detected" in text or "could not serialize" in text


@contextmanager
def schema_lock(engine: Engine) -> Iterator[Connection]:
    """A write transaction holding the schema lock: on SQLite `BEGIN
    IMMEDIATE` (the database's write lock, waited for up to the busy
    timeout), on PostgreSQL a transaction-scoped advisory lock (the other
    processes wait for it, then see the committed schema)."""
    from sqlalchemy import text

    with engine.execution_options(kallkoll_write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        yield conn


def _create_or_check(engine: Engine, conn: Connection, may_write: bool) -> str | None:
    from sqlalchemy import inspect

    import evidence.schema  # noqa: F401 — the models fill SQLModel.metadata

    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    if "document" not in tables:
        if tables:
            raise _foreign(engine, f"not a kallkoll database (it holds other tables: {_listed(tables)}); "
                                   "give a new file or an empty database to --db")
        return _make_newest(conn, may_write)
    revision = current_revision(conn)
    if revision is None:
        columns = {c["name"] for c in inspector.get_columns("document")}
        if not FIRST_DOCUMENT_COLUMNS <= columns:
            raise _foreign(engine, "not a kallkoll database (its 'document' table is not kallkoll's); "
                                   "give a new file or an empty database to --db")
        # Made by create_all before migrations existed: complete it and
        # take it as the newest schema.
        return _make_newest(conn, may_write)
    if revision not in KNOWN_REVISIONS:
        raise _foreign(engine, f"schema version {revision!r} is unknown to this kallkoll (newest {SCHEMA_HEAD}): "
                               "made by a newer kallkoll, or not a kallkoll database; use a newer kallkoll")
    if revision == SCHEMA_HEAD:
        _check_complete(engine, inspector, tables)
    return revision


def _make_newest(conn: Connection, may_write: bool) -> str:
    """Create what the newest schema lacks and stamp it; only under the lock."""
    from sqlmodel import SQLModel

    if not may_write:
        raise _MustWrite
    SQLModel.metadata.create_all(conn)
    _stamp_head(conn)
    return SCHEMA_HEAD


def _check_complete(engine: Engine, inspector: Inspector, tables: set[str]) -> None:
    """Every table and column of the newest schema is there (a dropped one
    would fail every command later with a database error)."""
    from sqlmodel import SQLModel

    missing = sorted(set(SQLModel.metadata.tables) - tables)
    if missing:
        raise _foreign(engine, f"the database is damaged: table{'s' if len(missing) > 1 else ''} {_listed(missing)} "
                               f"{'are' if len(missing) > 1 else 'is'} missing; restore it from a backup or ingest "
                               "into a new database")
    for name, table in SQLModel.metadata.tables.items():
        lacking = sorted({c.name for c in table.columns} - {c["name"] for c in inspector.get_columns(name)})
        if lacking:
            raise _foreign(engine, f"the database is damaged: table {name!r} lacks column{'s' if len(lacking) > 1 else ''} "
                                   f"{_listed(lacking)}; restore it from a backup or ingest into a new database")


def _listed(names: set[str] | list[str], at_most: int = 5) -> str:
    shown = sorted(names)
    more = f" and {len(shown) - at_most} more" if len(shown) > at_most else ""
    return ", ".join(repr(n) for n in shown[:at_most]) + more


def _foreign(engine: Engine, reason: str) -> ForeignDatabaseError:
    return ForeignDatabaseError(mask_passwords(engine.url.render_as_string(hide_password=True)), reason)


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade to `revision`; returns (from, to). Under the schema lock, so
    that two upgrades (or an upgrade and a first use) do not run at once."""
    from sqlalchemy import inspect
    from sqlmodel import Session

    with schema_lock(engine) as conn:
        from alembic import command

        before = current_revision(conn) if "document" in inspect(conn).get_table_names() else None
        command.upgrade(_config(conn), revision)
        after = current_revision(conn)
    if after == head_revision():
        # Derived data the newer schema keeps (designations, cover lines) is filled in.
        from evidence.sources import resolve_sources
        from evidence.store import writer

        with Session(writer(engine)) as session, session.begin():
            resolve_sources(session)
    return before, after or ""


def info(engine: Engine) -> dict:
    from sqlalchemy import func, inspect
    from sqlmodel import Session, select

    from evidence import schema as S

    with engine.connect() as conn:
        revision = current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    counts = {}
    with Session(engine) as session:
        for name, model in (("documents", S.Document), ("blocks", S.Block), ("sentences", S.Sentence),
                            ("footnotes", S.Footnote), ("citations", S.Citation), ("sources", S.Source),
                            ("catalogue_entries", S.CatalogueEntry), ("claims", S.Claim), ("figures", S.FigureRow),
                            ("links", S.Link)):
            if model.__tablename__ in tables:  # an older schema lacks the newer tables
                counts[name] = session.exec(select(func.count()).select_from(model)).one()
    return {
        "backend": engine.dialect.name,
        "url": mask_passwords(engine.url.render_as_string(hide_password=True)),  # also ?password=…
        "schema_version": revision,
        "newest_version": head_revision(),
        "counts": counts,
    }
