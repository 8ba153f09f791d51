"""The store: opening a database and writing, finding and reading documents.

In: a SQLAlchemy URL and parsed documents with their sentences. Out: rows in
the schema of `evidence/schema.py`, and plain dicts for listings and export.
Writing one document is one transaction: a failure leaves the database as it
was.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine, delete, select

from evidence import schema as S
from evidence.errors import DocumentNotFoundError, StoreError
from evidence.analysis import charts_of, claims_of, figures_of, store_analysis, structure_of, tables_of
from evidence.link import relink
from evidence.measures import remove_measures, store_measures
from evidence.search import index_blocks, index_measures
from evidence.search import remove_document as remove_from_index
from evidence.verify import export_links
from evidence.sources import register_citations, resolve_sources
from extract.analysis import Analysis
from extract.citations import ParsedFootnote
from extract.sentences import SentenceSpan
from ingest.model import HEADING, ParsedDocument

DEFAULT_DB_FILE = "kallkoll.db"
ENV_DB = "KALLKOLL_DB"


def database_url(db: str | None = None) -> str:
    """`--db` wins, then $KALLKOLL_DB, then kallkoll.db here. A bare path means SQLite."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB_FILE
    if "://" in value:
        return value
    return f"sqlite:///{value}"


_ENGINES: dict[str, Engine] = {}


def open_engine(db: str | None = None, allow_old: bool = False) -> Engine:
    """The engine for `db`, creating a new database at the newest schema.
    An older database is refused (run `kallkoll db upgrade`) unless `allow_old`."""
    url = database_url(db)
    if url in _ENGINES:
        return _ENGINES[url]
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(url, f"cannot open database URL ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    from evidence.db import create_or_check, head_revision

    try:
        revision = create_or_check(engine)
    except OperationalError as exc:
        raise StoreError(url, f"cannot open database ({exc.orig})") from None
    if revision != head_revision() and not allow_old:
        raise StoreError(
            engine.url.render_as_string(hide_password=True),
            f"database schema is at version {revision}, this kallkoll needs {head_revision()}; "
            "run `kallkoll db upgrade` first",
        )
    if revision == head_revision():
        _ENGINES[url] = engine
    return engine


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
    cursor.execute("PRAGMA journal_mode=WAL")
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
            return _save_once(engine, parsed, path, sentences, citations, analysis)
        except IntegrityError as exc:
            # Another process stored the same file (same SHA-256) meanwhile:
            # the unique index kept it to one copy, and this one is a no-op.
            stored = stored_with_sha256(engine, parsed.sha256)
            if stored is not None:
                return stored
            # Or it registered a source this document also cites: its
            # transaction has committed, so a second try sees the row.
            if attempt == WRITE_ATTEMPTS - 1:
                raise StoreError(parsed.path, f"database write failed, nothing stored ({_reason(exc)})") from None
        except SQLAlchemyError as exc:
            raise StoreError(parsed.path, f"database write failed, nothing stored ({_reason(exc)})") from None
    raise AssertionError("unreachable")  # the loop returns or raises


WRITE_ATTEMPTS = 5


def _save_once(
    engine: Engine,
    parsed: ParsedDocument,
    path: str,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote] | None,
    analysis: Analysis | None,
) -> SaveResult:
    with Session(writer(engine)) as session, session.begin():
        same = session.exec(select(S.Document).where(S.Document.sha256 == parsed.sha256)).first()
        if same is not None:
            return SaveResult("unchanged", same.id, same.title, **_counts(session, same.id))  # type: ignore[arg-type]
        old = session.exec(select(S.Document).where(S.Document.path == path)).all()
        for doc in old:
            _delete_document(session, doc.id)  # type: ignore[arg-type]
        document_id = _insert(session, parsed, path, sentences, citations or {}, analysis)
        register_citations(session, document_id)
        resolve_sources(session, document_id)
        relink(session, document_id)
        if analysis is not None:
            store_measures(session, document_id, list(analysis.measures))
        index_blocks(session, document_id)
        index_measures(session, document_id)
        counts = _counts(session, document_id)
        return SaveResult("replaced" if old else "added", document_id, parsed.title, **counts)


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _insert(
    session: Session,
    parsed: ParsedDocument,
    path: str,
    sentences: list[list[SentenceSpan]],
    citations: dict[tuple[int, int], ParsedFootnote],
    analysis: Analysis | None = None,
) -> int:
    doc = S.Document(
        path=path,
        title=parsed.title,
        kind=parsed.kind,
        format=parsed.format,
        sha256=parsed.sha256,
        encoding=parsed.encoding,
        page_count=len(parsed.pages),
        metadata_json=json.dumps(parsed.metadata, ensure_ascii=False, sort_keys=True),
    )
    session.add(doc)
    session.flush()
    document_id = doc.id
    assert document_id is not None
    session.add_all(
        S.Page(document_id=document_id, page_number=p.page_number, width=p.width, height=p.height) for p in parsed.pages
    )
    block_rows = []
    for block in parsed.blocks:
        x0, top, x1, bottom = block.bbox or (None, None, None, None)
        block_rows.append(
            S.Block(
                document_id=document_id,
                page_number=block.page_number,
                order=block.order,
                kind=block.kind,
                level=block.level,
                text=block.text,
                x0=x0,
                top=top,
                x1=x1,
                bottom=bottom,
                font_size=block.font_size,
            )
        )
    session.add_all(block_rows)
    session.flush()

    sentence_order = 0
    block_sentences: list[list[tuple[S.Sentence, SentenceSpan]]] = []
    for block, row, spans in zip(parsed.blocks, block_rows, sentences, strict=True):
        rows = []
        for span in spans:
            rows.append(
                (
                    S.Sentence(
                        document_id=document_id,
                        block_id=row.id,  # type: ignore[arg-type]
                        page_number=block.page_number,
                        order=sentence_order,
                        char_start=span.char_start,
                        char_end=span.char_end,
                        text=span.text,
                    ),
                    span,
                )
            )
            sentence_order += 1
        block_sentences.append(rows)
    session.add_all(s for rows in block_sentences for s, _ in rows)
    session.flush()

    footnote_rows: dict[tuple[int, int], S.Footnote] = {}
    for note in parsed.footnotes:
        x0, top, x1, bottom = note.bbox or (None, None, None, None)
        parse = citations.get((note.series, note.number))
        footnote_rows[(note.series, note.number)] = S.Footnote(
            remainder=parse.remainder if parse else "",
            explanatory=parse.explanatory if parse else False,
            problems="; ".join(parse.problems) if parse else "",
            document_id=document_id,
            number=note.number,
            series=note.series,
            page_number=note.page_number,
            text=note.text,
            x0=x0,
            top=top,
            x1=x1,
            bottom=bottom,
            font_size=note.font_size,
        )
    session.add_all(footnote_rows.values())
    session.flush()
    for (series, number), parse in citations.items():
        note_row = footnote_rows.get((series, number))
        if note_row is None:
            continue
        for position, cit in enumerate(parse.citations):
            session.add(
                S.Citation(
                    document_id=document_id,
                    footnote_id=note_row.id,  # type: ignore[arg-type]
                    footnote_number=number,
                    footnote_series=series,
                    page_number=note_row.page_number,
                    position=position,
                    kind=cit.kind,
                    key=cit.key,
                    raw=cit.raw,
                    title=cit.title,
                    author=cit.author,
                    year=cit.year,
                    designation=cit.designation,
                )
            )

    for block, row, rows in zip(parsed.blocks, block_rows, block_sentences, strict=True):
        spans = [(s.id, span) for s, span in rows]
        for marker in block.markers:
            sentence_id = _sentence_at(spans, marker.char_start)  # type: ignore[arg-type]
            note_row = footnote_rows.get((marker.series, marker.number))
            if note_row is not None and note_row.sentence_id is None:
                note_row.sentence_id = sentence_id
                session.add(note_row)
            session.add(
                S.FootnoteMarker(
                    document_id=document_id,
                    block_id=row.id,  # type: ignore[arg-type]
                    sentence_id=sentence_id,
                    footnote_id=note_row.id if note_row is not None else None,
                    number=marker.number,
                    series=marker.series,
                    char_start=marker.char_start,
                    raw=marker.raw,
                )
            )
    session.flush()
    if analysis is not None:
        store_analysis(
            session,
            document_id,
            analysis,
            [b.id for b in block_rows],  # type: ignore[misc]
            [[s.id for s, _ in rows] for rows in block_sentences],  # type: ignore[misc]
            {k: v.id for k, v in footnote_rows.items()},  # type: ignore[misc]
        )
    return document_id


# ---- reading -------------------------------------------------------------


def list_documents(engine: Engine) -> list[dict]:
    with Session(engine) as session:
        docs = session.exec(select(S.Document).order_by(S.Document.id)).all()
        out = []
        for doc in docs:
            counts = _counts(session, doc.id)  # type: ignore[arg-type]
            out.append(_document_dict(doc) | {k: counts[k] for k in ("blocks", "sentences", "footnotes", "markers")})
        return out


def _document_dict(doc: S.Document) -> dict:
    return {
        "id": doc.id,
        "title": doc.title,
        "kind": doc.kind,
        "format": doc.format,
        "path": doc.path,
        "sha256": doc.sha256,
        "pages": doc.page_count,
        "encoding": doc.encoding,
        "metadata": json.loads(doc.metadata_json or "{}"),
    }


def find_document(engine: Engine, ref: str) -> S.Document:
    """A document by id, path, or a unique fragment of its title (or file name)."""
    with Session(engine) as session:
        if ref.isdigit():
            doc = session.get(S.Document, int(ref))
            if doc is not None:
                return doc
        resolved = str(Path(ref).resolve())
        doc = session.exec(select(S.Document).where(S.Document.path == resolved)).first()
        if doc is not None:
            return doc
        docs = session.exec(select(S.Document)).all()
        needle = ref.casefold()
        hits = [d for d in docs if needle in d.title.casefold()] or [
            d for d in docs if needle in Path(d.path).name.casefold()
        ]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            listed = "; ".join(f"{d.id}: {d.title}" for d in hits[:5])
            raise DocumentNotFoundError(ref, f"matches {len(hits)} documents ({listed}); give the id")
        raise DocumentNotFoundError(ref, "no stored document has this id, path or title (see `kallkoll documents`)")


def footnotes_of(engine: Engine, document_id: int) -> list[dict]:
    with Session(engine) as session:
        notes = session.exec(
            select(S.Footnote).where(S.Footnote.document_id == document_id).order_by(S.Footnote.series, S.Footnote.number)
        ).all()
        sentences = {
            s.id: s.text for s in session.exec(select(S.Sentence).where(S.Sentence.document_id == document_id)).all()
        }
        return [
            {
                "number": n.number,
                "series": n.series,
                "page": n.page_number,
                "text": n.text,
                "sentence_id": n.sentence_id,
                "sentence": sentences.get(n.sentence_id) if n.sentence_id else None,
            }
            for n in notes
        ]


def export_document(engine: Engine, document_id: int) -> dict:
    """The whole parsed document as the JSON contract described in README."""
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
            "document": _document_dict(doc),
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
                {k: f[k] for k in ("id", "claim_id", "value", "unit", "qualifier", "subject", "years", "raw", "role")}
                for f in figures
                if f["claim_id"] is not None
            ],
            "footnote_figures": [
                {k: f[k] for k in ("id", "footnote_id", "value", "unit", "qualifier", "subject", "years", "raw", "role")}
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
