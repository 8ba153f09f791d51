"""The store: opening a database and writing, finding and reading documents.

In: a SQLAlchemy URL and parsed documents with their sentences. Out: rows in
the schema of `evidence/schema.py`, and plain dicts for listings and export.
Writing one document is one transaction: a failure leaves the database as it
was.
"""

from __future__ import annotations

import atexit
import json
import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine, delete, select

from evidence import schema as S
from evidence.listing import (  # noqa: F401 (re-exported)
    IRREGULARITIES, document_dict, find_document, footnotes_of, list_documents,
)
from evidence.location import DEFAULT_DB_FILE, ENV_DB, database_url  # noqa: F401 (re-exported)
from evidence.errors import DatabaseUnwritableError, DocumentNotFoundError, ForeignDatabaseError, StoreError
from evidence.masking import mask_passwords
from ingest.model import HEADING

if TYPE_CHECKING:
    # For annotations only: extract.analysis and extract.sentences import
    # spaCy, which commands that only read (documents, search) never need
    # (issue 15: start-up). Writing and export import what they use inside,
    # and so do the writers below for the index, measure and source modules
    # (rapidfuzz, wordfreq, the stemmers: issue 17, fast start).
    from extract.analysis import Analysis
    from extract.citations import ParsedFootnote
    from evidence.write import NewDocument, WriteAhead
    from extract.sentences import SentenceSpan
    from ingest.model import ParsedDocument



_ENGINES: dict[str, Engine] = {}


def open_engine(db: str | None = None, allow_old: bool = False) -> Engine:
    """The engine for `db`, creating a new database at the newest schema.
    An older database is refused (run `kallkoll db upgrade`) unless `allow_old`."""
    url = database_url(db)
    if url in _ENGINES:
        return _ENGINES[url]
    # Issue 18: no message shows the password, the URL's or one a driver quotes.
    shown = mask_passwords(url, url)
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:  # ValueError: a port that is not a number
        raise StoreError(shown, f"cannot open database URL ({mask_passwords(str(exc), url)})") from None
    if engine.dialect.name == "sqlite":
        _refuse_special_file(engine, shown)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    from evidence.db import create_or_check, head_revision

    try:
        revision = create_or_check(engine)
    except DatabaseError as exc:  # OperationalError, and "file is not a database" (issue 18)
        engine.dispose()
        raise StoreError(shown, f"cannot open database ({mask_passwords(str(exc.orig), url)})") from None
    except ForeignDatabaseError:
        engine.dispose()
        raise
    if revision != head_revision() and not allow_old:
        raise StoreError(
            shown,
            f"database schema is at version {revision}, this kallkoll needs {head_revision()}; "
            "run `kallkoll db upgrade` first",
        )
    if revision == head_revision():
        _ENGINES[url] = engine
    return engine


def _refuse_special_file(engine: Engine, shown: str) -> None:
    """A SQLite database is a regular file (or a new one): SQLite opened
    `--db /dev/null` and left `/dev/null-journal` beside it (issue 18)."""
    database = engine.url.database
    if not database or database == ":memory:" or engine.url.query.get("uri"):
        return
    try:
        mode = os.stat(database).st_mode
    except OSError:
        return  # a new file, or one SQLite will report it cannot open
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            what = "a directory"
        elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode):
            what = "a device or FIFO"
        else:
            what = "not a regular file"
        engine.dispose()
        raise StoreError(shown, f"cannot open database ({what}, not a database file); give a file to --db")


def _drop_engines(close: bool) -> None:
    for engine in _ENGINES.values():
        engine.dispose(close=close)
    _ENGINES.clear()


def forget_engines() -> None:
    """Drop the cached engines without closing their connections: for a
    forked process, whose inherited connections belong to its parent."""
    _drop_engines(close=False)


def close_engines() -> None:
    """Dispose of every cached engine, closing its pooled connections. Run at
    exit: SQLite's last connection to close checkpoints the write-ahead log
    and removes it, and the CLI's exit leaves cycles (an engine and its pool)
    uncollected (cli/main.py, gc.freeze)."""
    _drop_engines(close=True)


atexit.register(close_engines)


def close_engine(db: str | None = None) -> None:
    """Dispose of the cached engine for `db` (its pooled connections close)."""
    engine = _ENGINES.pop(database_url(db), None)
    if engine is not None:
        engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Transactions are begun by the "begin" listener below, not by the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    # WAL: readers never block the one writer, so several `kallkoll ingest`
    # processes can share one file. (An in-memory database keeps "memory".)
    # The mode is kept in the file: a database that is not kallkoll's (other
    # tables) is left in its own (issue 18), and refused by create_or_check.
    tables = {row[0] for row in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
    )}
    if not tables or {"document", "alembic_version"} <= tables:
        cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL is crash-safe (a killed process loses nothing
    # committed, the file never corrupts); only a power cut may lose the
    # last commits. FULL's fsync per commit cost a third of ingest time.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers BEGIN IMMEDIATE: that takes the write lock up front, waiting out
    # other writers (busy_timeout); a deferred BEGIN that reads and then
    # writes would fail at once with "database is locked" when another
    # process wrote meanwhile. Readers begin deferred and never block.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kallkoll_write") else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The engine for a write transaction (see _sqlite_begin_immediate)."""
    return engine.execution_options(kallkoll_write=True)  # type: ignore[return-value]


def session_for(engine: Engine) -> Session:
    """A read session (callers use it as a context manager)."""
    return Session(engine)


@dataclass(frozen=True)
class SaveResult:
    status: str  # "added", "replaced" or "unchanged"
    document_id: int
    title: str
    pages: int
    blocks: int
    sentences: int
    footnotes: int
    markers: int


def _counts(session: Session, document_id: int) -> dict[str, int]:
    def count(model) -> int:  # type: ignore[no-untyped-def]
        return session.exec(select(func.count()).select_from(model).where(model.document_id == document_id)).one()

    return {
        "pages": count(S.Page),
        "blocks": count(S.Block),
        "sentences": count(S.Sentence),
        "footnotes": count(S.Footnote),
        "markers": count(S.FootnoteMarker),
    }


def _delete_document(session: Session, document_id: int) -> None:
    from evidence.measures import remove_measures
    from evidence.search import remove_document as remove_from_index

    remove_from_index(session, document_id)
    remove_measures(session, document_id)
    # Other documents' links into this one go too; they are recomputed after the save.
    stale = select(S.Link.id).where(S.Link.passage_document_id == document_id)
    session.exec(delete(S.Verification).where(S.Verification.link_id.in_(stale)))  # type: ignore[union-attr]
    session.exec(delete(S.Link).where(S.Link.passage_document_id == document_id))
    for src in session.exec(select(S.Source).where(S.Source.document_id == document_id)).all():
        src.document_id, src.resolved_by, src.resolution_score = None, None, None
        session.add(src)
    session.flush()
    for model in S.DOCUMENT_CHILDREN:
        session.exec(delete(model).where(model.document_id == document_id))
    session.exec(delete(S.Document).where(S.Document.id == document_id))


def stored_sha256s(engine: Engine, sha256s: list[str]) -> set[str]:
    """Which of `sha256s` a stored document has (a query per thousand)."""
    found: set[str] = set()
    with engine.connect() as conn:
        for i in range(0, len(sha256s), 1000):
            chunk = sha256s[i : i + 1000]
            found.update(conn.execute(select(S.Document.sha256).where(S.Document.sha256.in_(chunk))).scalars())  # type: ignore[attr-defined]
    return found


def stored_with_sha256(engine: Engine, sha256: str) -> SaveResult | None:
    with Session(engine) as session:
        doc = session.exec(select(S.Document).where(S.Document.sha256 == sha256)).first()
        if doc is None:
            return None
        return SaveResult("unchanged", doc.id, doc.title, **_counts(session, doc.id))  # type: ignore[arg-type]


def _new_document(
    parsed: ParsedDocument,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote] | None,
    analysis: Analysis | None,
    ahead: WriteAhead | None = None,
) -> NewDocument:
    from evidence.write import NewDocument, write_ahead

    return NewDocument(
        parsed, str(Path(parsed.path).resolve()), sentences, citations or {}, analysis,
        ahead if ahead is not None else write_ahead(parsed, analysis),
    )


def save_document(
    engine: Engine,
    parsed: ParsedDocument,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote] | None = None,
    analysis: Analysis | None = None,
    ahead: WriteAhead | None = None,
) -> SaveResult:
    """Store a parsed document with its sentences (one list per block).

    Unchanged (same SHA-256) is a no-op; a new version of a stored path
    replaces the old one in the same transaction. `ahead`: what a worker
    worked out for the writer (`evidence.write.write_ahead`; done here when not given)."""
    from evidence.search import ensure_search_schema

    doc = _new_document(parsed, sentences, citations, analysis, ahead)
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with Session(writer(engine)) as session, session.begin():
                ensure_search_schema(session)
                return _save_in(session, doc, _WriteFacts(session))
        except IntegrityError as exc:
            # Another process stored the same file (same SHA-256) meanwhile:
            # the unique index kept it to one copy, and this one is a no-op.
            stored = stored_with_sha256(engine, parsed.sha256)
            if stored is not None:
                return stored
            # Or it registered a source this document also cites: its
            # transaction has committed, so a second try sees the row.
            if attempt == WRITE_ATTEMPTS - 1:
                raise StoreError(parsed.path, f"database write failed, nothing stored ({error_reason(exc)})") from None
        except OperationalError as exc:
            # Two writers that waited for each other (PostgreSQL broke the
            # deadlock by failing this one): its transaction is rolled back
            # whole, and tried again.
            if getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES and attempt < WRITE_ATTEMPTS - 1:
                continue
            raise unwritable(engine, exc, parsed.path) or StoreError(
                parsed.path, f"database write failed, nothing stored ({error_reason(exc)})"
            ) from None
        except SQLAlchemyError as exc:
            raise unwritable(engine, exc, parsed.path) or StoreError(
                parsed.path, f"database write failed, nothing stored ({error_reason(exc)})"
            ) from None
    raise AssertionError("unreachable")  # the loop returns or raises


# A database that takes no writes at all: every later file would fail the same
# way, so the run stops with one line naming the database (issue 8). SQLite
# primary result codes (the low byte of the extended code) and PostgreSQL SQLSTATEs.
_UNWRITABLE_SQLITE = {8: "database is read-only", 13: "database or disk is full"}  # SQLITE_READONLY, SQLITE_FULL
_UNWRITABLE_POSTGRES = {"25006": "database is read-only", "53100": "disk is full"}  # read_only_sql_transaction, disk_full


def unwritable(engine: Engine, exc: SQLAlchemyError, path: str) -> DatabaseUnwritableError | None:
    """The error to stop the run with when `exc` says the database takes no
    writes; None for any other failure (that one file fails, the run goes on)."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        what = _UNWRITABLE_SQLITE.get(code & 0xFF)
    else:
        what = _UNWRITABLE_POSTGRES.get(getattr(orig, "sqlstate", None) or "")
    if what is None:
        return None
    fix = "free disk space" if "full" in what else "make it writable or give another --db"
    detail = "" if error_reason(exc) == what else f" ({error_reason(exc)})"
    # A SQLite database is named by its file, as the user gave it to --db.
    where = engine.url.database if engine.dialect.name == "sqlite" else mask_passwords(engine.url.render_as_string(hide_password=True))
    return DatabaseUnwritableError(
        where or str(engine.url),
        f"{what}{detail}; nothing of {path} was stored and the run stopped: {fix}, then run the ingest again",
    )


WRITE_ATTEMPTS = 5
# deadlock_detected, serialization_failure: a transaction another one beat, worth trying again.
_RETRY_SQLSTATES = {"40P01", "40001"}


# Documents written in one transaction by `save_batch`: a commit (and SQLite's
# write lock taken and given back) per document was a tenth of the writer's
# time; with the rows of a batch's new documents written together (one
# statement per table), a larger batch saves more (issue 18).
BATCH_DOCUMENTS = 16
# What a document may fail with while its rows are built or written, besides
# SQLAlchemyError: it fails alone (evidence.pipeline.PER_FILE_FAILURES).
_DOCUMENT_FAILURES = (SQLAlchemyError, RecursionError, RuntimeError, ArithmeticError, ValueError, MemoryError,
                      KeyError, IndexError, TypeError)


class _WriteFacts:
    """What a write transaction looks up once rather than once per document:
    whether a catalogue is imported (else a new document's designations are
    not looked up in it), and whether any source is unresolved (else none can
    resolve to a new document). Asked lazily; a document that registers
    sources says so (`sources_changed`)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._catalogue: bool | None = None
        self._unresolved: bool | None = None

    @property
    def catalogue(self) -> bool:
        if self._catalogue is None:
            self._catalogue = self.session.exec(select(S.CatalogueEntry.id).limit(1)).first() is not None
        return self._catalogue

    @property
    def unresolved(self) -> bool:
        if self._unresolved is None:
            self._unresolved = self.session.exec(
                select(S.Source.id).where(S.Source.document_id.is_(None)).limit(1)  # type: ignore[union-attr]
            ).first() is not None
        return self._unresolved

    def sources_changed(self) -> None:
        self._unresolved = None


def save_batch(
    engine: Engine,
    documents: list[tuple],
) -> list[SaveResult | None]:
    """Store several documents in one transaction: (parsed, sentences,
    citations, analysis[, write-ahead]) each. A run of new documents that
    cite nothing is written together, one statement per table, inside a
    savepoint; the others (a new version of a stored path, a document that
    cites, a copy of one stored) are written one at a time, each in a
    savepoint. When a run fails, its savepoint is rolled back and its
    documents are written one at a time: a document that fails is rolled
    back alone (None in its place; the caller stores it again alone with
    `save_document`, whose retries and error messages then apply). Readers
    see each document whole, or not yet: nothing is visible before the
    commit. When the commit itself fails, nothing of the batch is stored and
    the error is raised."""
    from evidence.search import ensure_search_schema

    results: list[SaveResult | None] = [None] * len(documents)
    with Session(writer(engine)) as session, session.begin():
        ensure_search_schema(session)
        facts = _WriteFacts(session)
        docs: list[NewDocument | None] = []
        for item in documents:
            try:
                docs.append(_new_document(*item))
            except _DOCUMENT_FAILURES:
                docs.append(None)
        wanted = [d for d in docs if d is not None]
        stored = (
            session.exec(
                select(S.Document.sha256, S.Document.path).where(
                    S.Document.sha256.in_([d.parsed.sha256 for d in wanted])  # type: ignore[attr-defined]
                    | S.Document.path.in_([d.path for d in wanted])  # type: ignore[attr-defined]
                )
            ).all()
            if wanted
            else []
        )
        seen = {sha for sha, _ in stored} | {path for _, path in stored}
        run: list[int] = []
        for i, doc in enumerate(docs):
            if doc is None:
                continue
            simple = doc.parsed.sha256 not in seen and doc.path not in seen and doc.citation_count == 0
            seen.update((doc.parsed.sha256, doc.path))
            if simple:
                run.append(i)
                continue
            _write_run(session, docs, run, facts, results)
            run = []
            results[i] = _save_alone(session, doc, facts)
        _write_run(session, docs, run, facts, results)
    return results


def _save_alone(session: Session, doc: NewDocument, facts: _WriteFacts) -> SaveResult | None:
    """`_save_in` in a savepoint of its own: None when it fails (rolled back alone)."""
    try:
        with session.begin_nested():
            return _save_in(session, doc, facts)
    except _DOCUMENT_FAILURES:
        facts.sources_changed()
        return None


def _write_run(
    session: Session, docs: list[NewDocument | None], run: list[int], facts: _WriteFacts, results: list[SaveResult | None]
) -> None:
    """Write the new documents `docs[i]` for i in `run` together; one at a
    time when that fails."""
    if not run:
        return
    from evidence.link import relink
    from evidence.sources import resolve_sources
    from evidence.write import insert_documents

    chosen = [docs[i] for i in run]
    try:
        with session.begin_nested():
            inserted = insert_documents(session, chosen, catalogue=facts.catalogue)  # type: ignore[arg-type]
            for doc, ins in zip(chosen, inserted):
                # Sources still unresolved may name it; when none is, there is nothing to look at.
                resolved = (
                    resolve_sources(session, ins.document_id, described=True, has_citations=False)
                    if facts.unresolved
                    else []
                )
                if resolved:
                    facts.sources_changed()
                relink(session, ins.document_id, has_claims=_has_claims(doc), resolved=resolved)  # type: ignore[arg-type]
        for i, doc, ins in zip(run, chosen, inserted):
            results[i] = _result("added", doc, ins.document_id)  # type: ignore[arg-type]
    except _DOCUMENT_FAILURES:
        facts.sources_changed()
        for i in run:
            results[i] = _save_alone(session, docs[i], facts)  # type: ignore[arg-type]


def _has_claims(doc: NewDocument) -> bool:
    return doc.analysis is None or bool(doc.analysis.claims)


def _result(status: str, doc: NewDocument, document_id: int) -> SaveResult:
    parsed = doc.parsed
    return SaveResult(
        status,
        document_id,
        parsed.title,
        pages=len(parsed.pages),
        blocks=len(parsed.blocks),
        sentences=sum(len(spans) for spans in doc.sentences),
        footnotes=len({(n.series, n.number) for n in parsed.footnotes}),
        markers=sum(len(b.markers) for b in parsed.blocks),
    )


def _save_in(session: Session, doc: NewDocument, facts: _WriteFacts) -> SaveResult:
    """Everything `save_document` writes for one document, in the session's
    transaction (which has run `ensure_search_schema`)."""
    from evidence.link import relink
    from evidence.sources import register_citations, resolve_sources
    from evidence.write import insert_documents

    parsed, path = doc.parsed, doc.path
    # One statement for both: on PostgreSQL each statement sees what other
    # writers committed before it, and a copy of this very file another
    # process committed between two such queries was taken for an old
    # version at the same path and "replaced" (issue 18, seen with batches).
    found = session.exec(
        select(S.Document.id, S.Document.sha256).where(
            (S.Document.sha256 == parsed.sha256) | (S.Document.path == path)
        )
    ).all()
    same_id = next((doc_id for doc_id, sha in found if sha == parsed.sha256), None)
    if same_id is not None:
        same = session.get(S.Document, same_id)
        assert same is not None
        return SaveResult("unchanged", same.id, same.title, **_counts(session, same.id))  # type: ignore[arg-type]
    old = [doc_id for doc_id, _ in found]
    for doc_id in old:
        _delete_document(session, doc_id)
    [inserted] = insert_documents(session, [doc], catalogue=facts.catalogue)
    document_id = inserted.document_id
    if inserted.citations or old:
        register_citations(session, document_id, drop_orphans=bool(old))
        facts.sources_changed()
    if inserted.citations or facts.unresolved:
        resolved = resolve_sources(session, document_id, described=True, has_citations=bool(inserted.citations))
        facts.sources_changed()
    else:
        resolved = []  # it cites nothing, and no source is unresolved: nothing can change
    relink(session, document_id, has_claims=_has_claims(doc), resolved=resolved)
    return _result("replaced" if old else "added", doc, document_id)


def error_reason(exc: SQLAlchemyError) -> str:
    """The first line of what the database driver said."""
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


# ---- reading -------------------------------------------------------------


# list_documents, find_document and footnotes_of live in evidence/listing.py
# (plain SQL, no ORM) and are imported from here too (see the imports above).


def export_document(engine: Engine, document_id: int) -> dict:
    """The whole parsed document as the JSON contract described in README."""
    from evidence.analysis import charts_of, claims_of, figures_of, structure_of, tables_of
    from evidence.verify import export_links

    with Session(engine) as session:
        doc = session.get(S.Document, document_id)
        if doc is None:
            raise DocumentNotFoundError(str(document_id), "no stored document has this id")
        blocks = session.exec(select(S.Block).where(S.Block.document_id == document_id).order_by(S.Block.order)).all()
        sentences = session.exec(
            select(S.Sentence).where(S.Sentence.document_id == document_id).order_by(S.Sentence.order)
        ).all()
        markers = session.exec(select(S.FootnoteMarker).where(S.FootnoteMarker.document_id == document_id)).all()
        by_sentence: dict[int, list[int]] = {}
        for m in sorted(markers, key=lambda m: (m.series, m.number)):
            if m.sentence_id is not None:
                by_sentence.setdefault(m.sentence_id, []).append(m.number)
        footnotes = footnotes_of(engine, document_id)
        citations = session.exec(
            select(S.Citation).where(S.Citation.document_id == document_id).order_by(S.Citation.footnote_series, S.Citation.footnote_number, S.Citation.position)
        ).all()
        source_ids = {c.source_id for c in citations}
        figures = figures_of(session, document_id)
        sources = [s for s in session.exec(select(S.Source).order_by(S.Source.key)).all() if s.id in source_ids]
        return {
            "document": document_dict(doc),
            "footnotes": [
                {k: f[k] for k in ("number", "series", "page", "text", "sentence_id")} for f in footnotes
            ],
            "sentences": [
                {
                    "id": s.id,
                    "page": s.page_number,
                    "block_id": s.block_id,
                    "text": s.text,
                    "footnotes": by_sentence.get(s.id, []),  # type: ignore[arg-type]
                }
                for s in sentences
            ],
            "headings": [
                {"page": b.page_number, "level": b.level, "text": b.text} for b in blocks if b.kind == HEADING
            ],
            "citations": [
                    {"footnote": c.footnote_number, "key": c.key, "kind": c.kind, "raw": c.raw,
                     "source_id": c.source_id, "title": c.title}
                    for c in citations
            ],
            "sources": [
                {"id": src.id, "key": src.key, "kind": src.kind, "title": src.title,
                 "aliases": json.loads(src.aliases_json), "resolved_by": src.resolved_by,
                 "designation": src.designation, "url": src.url}
                for src in sources
            ],
            "claims": claims_of(session, document_id),
            "figures": [
                {k: f[k] for k in ("id", "claim_id", "value", "unit", "qualifier", "subject", "years", "raw", "role", "high")}
                for f in figures
                if f["claim_id"] is not None
            ],
            "footnote_figures": [
                {k: f[k] for k in ("id", "footnote_id", "value", "unit", "qualifier", "subject", "years", "raw", "role", "high")}
                for f in figures
                if f["footnote_id"] is not None
            ],
            **export_links(session, document_id),
            "tables": tables_of(session, document_id),
            "charts": charts_of(session, document_id),
            "structure": structure_of(session, document_id),
            "blocks": [
                {
                    "id": b.id,
                    "page": b.page_number,
                    "order": b.order,
                    "kind": b.kind,
                    "level": b.level,
                    "text": b.text,
                    "bbox": [b.x0, b.top, b.x1, b.bottom] if b.x0 is not None else None,
                    "font_size": b.font_size,
                }
                for b in blocks
            ],
        }
