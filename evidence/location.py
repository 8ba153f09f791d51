"""Where the database is: `--db`, then $KALLKOLL_DB, then kallkoll.db here.

In: the `--db` value (a URL or a file path) or None. Out: a SQLAlchemy URL
string. Kept apart from `evidence/store.py` so that finding the database
imports nothing heavy (issue 17: fast start).
"""

from __future__ import annotations

import os

DEFAULT_DB_FILE = "kallkoll.db"
ENV_DB = "KALLKOLL_DB"
SQLITE_FILE_PREFIX = "sqlite:///"


def database_url(db: str | None = None) -> str:
    """`--db` wins, then $KALLKOLL_DB, then kallkoll.db here. A bare path means SQLite."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB_FILE
    if "://" in value:
        return value
    return f"{SQLITE_FILE_PREFIX}{value}"


def sqlite_file(url: str) -> str | None:
    """The file a plain `sqlite:///PATH` URL names, as SQLAlchemy reads it;
    None for anything else (another backend, an in-memory database, a URL
    with options or %-escapes, which only SQLAlchemy interprets)."""
    if not url.startswith(SQLITE_FILE_PREFIX):
        return None
    path = url[len(SQLITE_FILE_PREFIX):]
    if not path or path == ":memory:" or any(c in path for c in "?%#"):
        return None
    return path
