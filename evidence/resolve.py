"""Which stored document a person means by DOC, and whether there is a database at all.

In: what a person typed for DOC (an id, a path, a title or a fragment of one,
a designation such as `Prop. 2012/13:187` or `SOU 2019:43`) and an engine.
Out: a `Resolution` (the document chosen, and a note when it was a choice
among several), or `AmbiguousDocumentError` listing the candidates, or
`DocumentNotFoundError`.

Issue 17: `kallkoll check uppföljning` on the README's own corpus matched the
follow-up, the Government's press release on it and a programme page, and
stopped with "give the id". The order here is the order of how sure a match
is: an id, a path, a whole title, a designation the document states for
itself (unique), then a fragment of the title or file name. Among several
fragment matches the most recently ingested report is taken (reports are
what the commands are for; web pages and laws are their sources) and the
note says so; with no report among them there is no sensible choice and the
candidates are listed.

Also `require_database`: a read-only command never creates a database
(issue 17: `kallkoll documents` in an empty folder made `kallkoll.db`).
Plain SQL through SQLAlchemy Core: nothing here needs the ORM models.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.errors import AmbiguousDocumentError, DocumentNotFoundError, NoDatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from evidence.reader import Reader

# The document kind whose fragment matches are preferred (ingest/text.py, ingest/pdf.py).
REPORT_KIND = "report"
# SQLite's largest integer: a longer run of digits is no id (evidence/schema.py's as_row_id).
_SQL_INTEGER_MAX = 2**63 - 1


@dataclass(frozen=True)
class DocumentRef:
    """A stored document as the commands need it to pick and name it."""

    id: int
    title: str
    kind: str
    path: str
    designations: tuple[str, ...]
    ingested_at: datetime | str | None


@dataclass(frozen=True)
class Resolution:
    """The document DOC stands for; `note` says why it was chosen when DOC matched several."""

    document: DocumentRef
    note: str | None = None

    @property
    def id(self) -> int:
        return self.document.id

    @property
    def title(self) -> str:
        return self.document.title


def _as_id(ref: str) -> int | None:
    if ref.isascii() and ref.isdigit() and int(ref) <= _SQL_INTEGER_MAX:
        return int(ref)
    return None


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _designation(ref: str) -> str | None:
    from extract.series import normalise_designation

    return normalise_designation(ref)


def stored_documents(engine: Engine | Reader) -> list[DocumentRef]:
    """Every stored document, oldest ingest first."""
    from evidence.reader import reader_for

    rows = reader_for(engine).rows("SELECT id, title, kind, path, designations, ingested_at FROM document ORDER BY id")
    return [
        DocumentRef(int(i), title, kind, path, tuple(d for d in (designations or "").split(";") if d), at)
        for i, title, kind, path, designations, at in rows
    ]


def _recency(d: DocumentRef) -> tuple[str, int]:
    # ingested_at comes back as a datetime (PostgreSQL) or ISO text (SQLite); both order as text.
    return (str(d.ingested_at or ""), d.id)


def choose_document(docs: list[DocumentRef], ref: str) -> Resolution:
    """The document `ref` stands for among `docs` (see the module docstring for the order)."""
    row_id = _as_id(ref)
    if row_id is not None:
        for d in docs:
            if d.id == row_id:
                return Resolution(d)
    resolved = str(Path(ref).resolve())
    for d in docs:
        if d.path == resolved:
            return Resolution(d)
    needle = _folded(ref)
    if not needle:
        raise DocumentNotFoundError(ref, "an empty DOC matches nothing; give an id, path or title (see `kallkoll documents`)")
    exact = [d for d in docs if _folded(d.title) == needle]
    if exact:
        return _prefer(exact, ref, "have this title")
    designation = _designation(ref)
    if designation is not None:
        stating = [d for d in docs if designation in d.designations]
        if len(stating) == 1:
            return Resolution(stating[0])
        if stating:
            return _prefer(stating, ref, f"state {designation}")
    hits = [d for d in docs if needle in _folded(d.title)] or [d for d in docs if needle in Path(d.path).name.casefold()]
    if len(hits) == 1:
        return Resolution(hits[0])
    if hits:
        return _prefer(hits, ref, "match")
    raise DocumentNotFoundError(ref, "no stored document has this id, path, title or designation (see `kallkoll documents`)")


def _prefer(hits: list[DocumentRef], ref: str, how: str) -> Resolution:
    """The most recently ingested report among several matches, with a note; else the candidates."""
    if len(hits) == 1:
        return Resolution(hits[0])
    reports = [d for d in hits if d.kind == REPORT_KIND]
    if not reports:
        raise AmbiguousDocumentError(ref, f"{len(hits)} documents {how} and none is a report; give the id", hits)
    chosen = max(reports, key=_recency)
    others = ", ".join(f"{d.id} ({d.kind})" for d in hits if d is not chosen)
    note = (
        f"{ref!r}: {len(hits)} documents {how}; using {chosen.id} {chosen.title!r}, the most recently ingested "
        f"report (give the id for another: {others})"
    )
    return Resolution(chosen, note)


def resolve_document(engine: Engine | Reader, ref: str) -> Resolution:
    """The stored document `ref` stands for (id, path, title, designation or fragment)."""
    return choose_document(stored_documents(engine), ref)


def sqlite_file(url: str) -> str | None:
    """The file of a SQLite URL (None for an in-memory database or another backend)."""
    from evidence.location import SQLITE_FILE_PREFIX
    from evidence.location import sqlite_file as plain_sqlite_file

    plain = plain_sqlite_file(url)
    if plain is not None or not url.startswith("sqlite"):
        return plain  # a plain sqlite:///PATH needs no SQLAlchemy (start-up time)
    if url.startswith(SQLITE_FILE_PREFIX) and not any(c in url for c in "?%#"):
        return None  # sqlite:///:memory: or no path
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValueError(str(exc)) from None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    return database


def require_database(url: str, shown: str | None = None) -> None:
    """Refuse to go on when the SQLite file of `url` does not exist or is empty: a
    read-only command would otherwise create an empty database and show nothing.
    A server database (PostgreSQL) is refused when it holds no tables at all
    (opening it would create kallkoll's schema in it); one that cannot be
    reached, or holds other tables, is explained when it is opened."""
    if not url.startswith("sqlite"):
        _require_server_database(url)
        return
    try:
        database = sqlite_file(url)
    except ValueError:
        return  # a malformed URL: opening it reports why, with the password masked
    if database is None or database.startswith("file:"):
        return
    try:
        found = os.stat(database)
    except FileNotFoundError:
        found = None
    except OSError:
        return  # unreadable: opening it gives the reason (evidence/store.py)
    if found is not None and not stat.S_ISREG(found.st_mode):
        return  # a directory, device or FIFO: opening it refuses it with the reason (issue 18)
    empty = found is None or found.st_size == 0
    if empty:
        where = shown or database
        if not os.path.isabs(where) and not where.startswith("."):
            where = f"./{where}"
        raise NoDatabaseError(where)


def _require_server_database(url: str) -> None:
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    from evidence.masking import mask_passwords

    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError):
        return  # opening it reports why, with the password masked
    try:
        tables = inspect(engine).get_table_names()
    except (SQLAlchemyError, ValueError):
        return
    finally:
        engine.dispose()
    if not tables:
        raise NoDatabaseError(mask_passwords(url, url))
