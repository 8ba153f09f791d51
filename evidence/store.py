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


def _sentence_at(spans: list[tuple[int, SentenceSpan]], pos: int) -> int | None:
    """The sentence a marker at `pos` ends: the last one starting before it."""
    chosen = None
    for sentence_id, span in spans:
        if span.char_start < pos:
            chosen = sentence_id
        else:
            break
    return chosen


def stored_with_sha256(engine: Engine, sha256: str) -> SaveResult | None:
    with Session(engine) as session:
        doc = session.exec(select(S.Document).where(S.Document.sha256 == sha256)).first()
        if doc is None:
            return None
        return SaveResult("unchanged", doc.id, doc.title, **_counts(session, doc.id))  # type: ignore[arg-type]


def save_document(
    engine: Engine,
    parsed: ParsedDocument,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote] | None = None,
    analysis: Analysis | None = None,
) -> SaveResult:
    """Store a parsed document with its sentences (one list per block).

    Unchanged (same SHA-256) is a no-op; a new version of a stored path
    replaces the old one in the same transaction."""
    path = str(Path(parsed.path).resolve())
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with Session(writer(engine)) as session, session.begin():
                return _save_in(session, parsed, path, sentences, citations, analysis)
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
# write lock taken and given back) per document was a tenth of the writer's time.
BATCH_DOCUMENTS = 8


def save_batch(
    engine: Engine,
    documents: list[tuple[ParsedDocument, list[list[SentenceSpan]], dict | None, Analysis | None]],
) -> list[SaveResult | None]:
    """Store several documents in one transaction, each inside a savepoint of
    its own: a document that fails is rolled back alone (None in its place;
    the caller stores it again alone with `save_document`, whose retries and
    error messages then apply). Readers see each document whole, or not yet:
    nothing is visible before the commit. When the commit itself fails,
    nothing of the batch is stored and the error is raised."""
    results: list[SaveResult | None] = []
    with Session(writer(engine)) as session, session.begin():
        for parsed, sentences, citations, analysis in documents:
            path = str(Path(parsed.path).resolve())
            try:
                with session.begin_nested():
                    results.append(_save_in(session, parsed, path, sentences, citations, analysis))
            except (SQLAlchemyError, RecursionError, RuntimeError, ArithmeticError, ValueError, MemoryError):
                results.append(None)
    return results


def _save_in(
    session: Session,
    parsed: ParsedDocument,
    path: str,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote] | None,
    analysis: Analysis | None,
) -> SaveResult:
    """Everything `save_document` writes, in the session's transaction."""
    from evidence.docsearch import index_document
    from evidence.link import relink
    from evidence.measures import store_measures
    from evidence.search import index_blocks, index_measures
    from evidence.sources import register_citations, resolve_sources

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
    inserted = _insert(session, parsed, path, sentences, citations or {}, analysis)
    document_id = inserted.document_id
    if inserted.citations or old:
        register_citations(session, document_id, drop_orphans=bool(old))
    resolved = resolve_sources(session, document_id, described=True, has_citations=bool(inserted.citations))
    relink(session, document_id, has_claims=analysis is None or bool(analysis.claims), resolved=resolved)
    if analysis is not None:
        store_measures(session, document_id, list(analysis.measures), dict(zip((b.order for b in parsed.blocks), inserted.block_ids)))
    index_blocks(session, document_id)
    index_measures(session, document_id)
    index_document(session, document_id)
    return SaveResult(
        "replaced" if old else "added",
        document_id,
        parsed.title,
        pages=len(parsed.pages),
        blocks=len(parsed.blocks),
        sentences=sum(len(spans) for spans in sentences),
        footnotes=len({(n.series, n.number) for n in parsed.footnotes}),
        markers=sum(len(b.markers) for b in parsed.blocks),
    )


def error_reason(exc: SQLAlchemyError) -> str:
    """The first line of what the database driver said."""
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _bbox(box: tuple[float, float, float, float] | None) -> dict[str, float | None]:
    x0, top, x1, bottom = box or (None, None, None, None)
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


@dataclass(frozen=True)
class _Inserted:
    document_id: int
    block_ids: list[int]
    citations: int


def _metadata(parsed: ParsedDocument) -> dict:
    """The document's metadata, with the footnote numbering irregularities
    the reader read through (for `kallkoll check`) when there are any."""
    if not parsed.irregularities:
        return parsed.metadata
    return {**parsed.metadata, IRREGULARITIES: [asdict(i) for i in parsed.irregularities]}


def _insert(
    session: Session,
    parsed: ParsedDocument,
    path: str,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote],
    analysis: Analysis | None = None,
) -> _Inserted:
    doc = S.Document(
        path=path,
        title=parsed.title,
        kind=parsed.kind,
        format=parsed.format,
        sha256=parsed.sha256,
        encoding=parsed.encoding,
        page_count=len(parsed.pages),
        metadata_json=json.dumps(_metadata(parsed), ensure_ascii=False, sort_keys=True),
    )
    from evidence.rows import insert_document_rows, insert_rows
    from evidence.sources import COVER_BLOCKS, describe_document

    # Described before it is written: one INSERT instead of an INSERT and an UPDATE.
    describe_document(session, doc, block_texts=[b.text for b in parsed.blocks[:COVER_BLOCKS]])
    session.flush()
    document_id = doc.id
    assert document_id is not None
    insert_rows(
        session,
        S.Page,
        [{"document_id": document_id, "page_number": p.page_number, "width": p.width, "height": p.height} for p in parsed.pages],
    )
    block_ids = insert_document_rows(
        session,
        S.Block,
        [
            {
                "document_id": document_id,
                "page_number": block.page_number,
                "order": block.order,
                "kind": block.kind,
                "level": block.level,
                "text": block.text,
                "font_size": block.font_size,
                **_bbox(block.bbox),
            }
            for block in parsed.blocks
        ],
        key=("order",),
    )

    sentence_rows = []
    for block, block_id, spans in zip(parsed.blocks, block_ids, sentences, strict=True):
        for span in spans:
            sentence_rows.append(
                {
                    "document_id": document_id,
                    "block_id": block_id,
                    "page_number": block.page_number,
                    "order": len(sentence_rows),
                    "char_start": span.char_start,
                    "char_end": span.char_end,
                    "text": span.text,
                }
            )
    flat_sentence_ids = insert_document_rows(session, S.Sentence, sentence_rows, key=("order",))
    sentence_ids: list[list[int]] = []
    taken = 0
    for spans in sentences:
        sentence_ids.append(flat_sentence_ids[taken : taken + len(spans)])
        taken += len(spans)

    # A footnote belongs to the sentence its first marker ends.
    marker_sentences: list[list[int | None]] = []
    first_sentence: dict[tuple[int, int], int | None] = {}
    for block, spans, ids in zip(parsed.blocks, sentences, sentence_ids, strict=True):
        pairs = list(zip(ids, spans, strict=True))
        found = [_sentence_at(pairs, marker.char_start) for marker in block.markers]
        for marker, sentence_id in zip(block.markers, found, strict=True):
            if first_sentence.get((marker.series, marker.number)) is None:
                first_sentence[(marker.series, marker.number)] = sentence_id
        marker_sentences.append(found)

    # One row per (series, number): a repeated number keeps its last text.
    notes = list({(n.series, n.number): n for n in parsed.footnotes}.values())
    note_rows = []
    for note in notes:
        parse = citations.get((note.series, note.number))
        note_rows.append(
            {
                "remainder": parse.remainder if parse else "",
                "explanatory": parse.explanatory if parse else False,
                "problems": "; ".join(parse.problems) if parse else "",
                "document_id": document_id,
                "number": note.number,
                "series": note.series,
                "page_number": note.page_number,
                "text": note.text,
                "font_size": note.font_size,
                "sentence_id": first_sentence.get((note.series, note.number)),
                **_bbox(note.bbox),
            }
        )
    note_ids = insert_document_rows(session, S.Footnote, note_rows, key=("series", "number"))
    footnote_ids: dict[tuple[int, int], int] = {}
    footnote_pages: dict[tuple[int, int], int] = {}
    for note, note_id in zip(notes, note_ids, strict=True):
        footnote_ids[(note.series, note.number)] = note_id
        footnote_pages[(note.series, note.number)] = note.page_number

    citation_rows = []
    for (series, number), parse in citations.items():
        note_id = footnote_ids.get((series, number))
        if note_id is None:
            continue
        for position, cit in enumerate(parse.citations):
            citation_rows.append(
                {
                    "document_id": document_id,
                    "footnote_id": note_id,
                    "footnote_number": number,
                    "footnote_series": series,
                    "page_number": footnote_pages[(series, number)],
                    "position": position,
                    "kind": cit.kind,
                    "key": cit.key,
                    "raw": cit.raw,
                    "title": cit.title,
                    "author": cit.author,
                    "year": cit.year,
                    "designation": cit.designation,
                }
            )
    insert_rows(session, S.Citation, citation_rows)

    insert_rows(
        session,
        S.FootnoteMarker,
        [
            {
                "document_id": document_id,
                "block_id": block_id,
                "sentence_id": sentence_id,
                "footnote_id": footnote_ids.get((marker.series, marker.number)),
                "number": marker.number,
                "series": marker.series,
                "char_start": marker.char_start,
                "raw": marker.raw,
            }
            for block, block_id, found in zip(parsed.blocks, block_ids, marker_sentences, strict=True)
            for marker, sentence_id in zip(block.markers, found, strict=True)
        ],
    )
    if analysis is not None:
        from evidence.analysis import store_analysis

        store_analysis(session, document_id, analysis, block_ids, sentence_ids, footnote_ids)
    return _Inserted(document_id, block_ids, len(citation_rows))


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
