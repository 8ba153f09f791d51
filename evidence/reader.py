"""Reading a kallkoll database for the commands that only read, without the ORM.

In: `--db` (or an Engine). Out: a `Reader` whose `rows(SQL, params)` returns
plain tuples. The SQL is written once, with `:name` parameters; a list or
tuple value stands for `IN :name` (expanded, as SQLAlchemy's expanding
parameters do).

Why: SQLAlchemy, SQLModel and pydantic take a read-only command most of its
time just to import (kallkoll documents: about 0.5 s of 0.6 s; issue 17, fast
start). An existing SQLite file at the newest schema, complete, is read with
the standard library's sqlite3. Every other case — another backend, a new or
missing file, an older or newer or damaged or foreign database, a special
file — goes through `evidence.store.open_engine` exactly as before (same
checks, same errors, same creation), and is read through SQLAlchemy Core
with the same SQL. So the fast path changes nothing but the time.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from evidence.errors import StoreError
from evidence.location import database_url, sqlite_file
from evidence.masking import one_line

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# The same wait for a writer's lock as the engine's (evidence/store.py).
BUSY_TIMEOUT_MS = 60000
_PARAMETER = re.compile(r"(?<![:\w]):(\w+)")


class Reader(Protocol):
    """What the read functions need from a database."""

    dialect: str  # "sqlite", "postgresql", …

    def rows(self, statement: str, params: dict[str, Any] | None = None) -> list[tuple]: ...  # type: ignore[type-arg]

    def connect(self) -> AbstractContextManager[Reader]:
        """Its statements inside the block read one snapshot (one transaction)."""
        ...


class SqliteReader:
    """A SQLite file read with sqlite3 (autocommit: each statement sees the last commit)."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.connection = connection
        self.path = path

    def rows(self, statement: str, params: dict[str, Any] | None = None) -> list[tuple]:  # type: ignore[type-arg]
        statement, values = _expand(statement, params or {})
        try:
            return self.connection.execute(statement, values).fetchall()
        except sqlite3.Error as exc:  # locked past the timeout, an I/O error: one line, as the engine's
            raise StoreError(self.path, f"cannot read database ({one_line(str(exc))})") from None

    @contextmanager
    def connect(self) -> Iterator[SqliteReader]:
        if self.connection.in_transaction:  # already inside one
            yield self
            return
        self.connection.execute("BEGIN")  # deferred: a read snapshot, no lock on writers (WAL)
        try:
            yield self
        finally:
            self.connection.execute("COMMIT")


class CoreReader:
    """Any database through a SQLAlchemy engine, with the same SQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._connection: Connection | None = None

    def rows(self, statement: str, params: dict[str, Any] | None = None) -> list[tuple]:  # type: ignore[type-arg]
        from sqlalchemy import bindparam, text

        params = params or {}
        clause = text(statement)
        listed = [bindparam(k, expanding=True) for k, v in params.items() if isinstance(v, (list, tuple))]
        if listed:
            clause = clause.bindparams(*listed)
        with self.connect():
            assert self._connection is not None
            return [tuple(row) for row in self._connection.execute(clause, params).all()]

    @contextmanager
    def connect(self) -> Iterator[CoreReader]:
        if self._connection is not None:
            yield self
            return
        with self.engine.connect() as connection:
            self._connection = connection
            try:
                yield self
            finally:
                self._connection = None


def reader_for(source: Engine | Reader) -> Reader:
    """A Reader for an Engine (library callers and tests pass engines) or the Reader itself."""
    if hasattr(source, "rows"):
        return source  # type: ignore[return-value]
    return CoreReader(source)  # type: ignore[arg-type]


def open_reader(db: str | None = None) -> Reader:
    """A Reader for `db`: sqlite3 when it is a complete SQLite file at the
    newest schema, else `open_engine`'s engine (which may create, refuse or
    explain, as it always has). Not cached: a file replaced between two
    calls in one process is read afresh (opening it costs about a millisecond)."""
    path = sqlite_file(database_url(db))
    connection = _current_sqlite(path) if path else None
    if connection is not None:
        return SqliteReader(connection, path)  # type: ignore[arg-type]
    from evidence.store import open_engine

    return CoreReader(open_engine(db))


def _current_sqlite(path: str) -> sqlite3.Connection | None:
    """An open connection to `path` when it is a regular, non-empty file
    holding a complete kallkoll database at the newest schema; None otherwise
    (the caller then takes the engine's way, which says what is wrong)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return None
    try:
        # mode=rw: never creates the file (a new database is the engine's business).
        connection = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=rw", uri=True,
                                     isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if _complete_at_head(connection):
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


def _complete_at_head(connection: sqlite3.Connection) -> bool:
    from evidence.db import SCHEMA_HEAD, VERSION_TABLE_NAME
    from evidence.schema_columns import TABLES

    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE_NAME not in tables or not set(TABLES) <= tables:
        return False
    versions = connection.execute(f"SELECT version_num FROM {VERSION_TABLE_NAME}").fetchall()
    if versions != [(SCHEMA_HEAD,)]:
        return False
    for table, columns in TABLES.items():
        present = {name for (name,) in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))}
        if not set(columns) <= present:
            return False
    return True


def _expand(statement: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """`IN :ids` with a list value becomes `IN (:ids_0, :ids_1, …)` (an empty
    list: a set that holds nothing), as SQLAlchemy's expanding parameters do."""
    listed = {k for k, v in params.items() if isinstance(v, (list, tuple))}
    if not listed:
        return statement, params
    values = {k: v for k, v in params.items() if k not in listed}

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in listed:
            return match.group(0)
        items = params[name]
        if not items:
            return "(SELECT NULL WHERE 0)"
        for i, item in enumerate(items):
            values[f"{name}__{i}"] = item
        return "(" + ", ".join(f":{name}__{i}" for i in range(len(items))) + ")"

    return _PARAMETER.sub(expand, statement), values
