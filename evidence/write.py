"""Writing new documents: the rows of one document or of several at once.

In: parsed documents with their sentences, footnote citations, analysis and
`WriteAhead` (what an ingest worker worked out for the writer). Out: their
rows in every table of `evidence/schema.py`, the measure table and the
search indexes, written with one statement per table for all the documents
together (issue 18: the assignments are short, and a statement per table
per document was most of the one writer's time). The ids of new rows are
read back by a key unique within the document (`evidence.rows`).

`write_ahead` needs no database: it runs in the ingest workers, so that
the one writer does no text analysis (stems, term counts, cover lines).
Registering citations, resolving sources and linking are the caller's
(`evidence.store`): they read what is written here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlmodel import Session

from evidence import schema as S
from evidence.listing import IRREGULARITIES
from evidence.rows import insert_document_rows, insert_rows

if TYPE_CHECKING:
    from evidence.docsearch import DocumentTerms
    from extract.analysis import Analysis
    from extract.citations import ParsedFootnote
    from extract.sentences import SentenceSpan
    from ingest.model import ParsedDocument


@dataclass(frozen=True)
class WriteAhead:
    """The text-analytical part of writing a document, done before it is written."""

    block_stems: tuple[str | None, ...]  # per block: what the block index holds (None: not indexed)
    measure_stems: dict[str, str]  # a measure's index text -> what the measure index holds
    terms: DocumentTerms  # the document index's rows
    cover: str  # title and opening lines, folded (evidence.sources.cover_line)
    designations: frozenset[str]  # the designations it states for itself


def metadata_of(parsed: ParsedDocument) -> dict:
    """The document's metadata, with the footnote numbering irregularities
    the reader read through (for `kallkoll check`) when there are any."""
    if not parsed.irregularities:
        return parsed.metadata
    return {**parsed.metadata, IRREGULARITIES: [asdict(i) for i in parsed.irregularities]}


def write_ahead(parsed: ParsedDocument, analysis: Analysis | None) -> WriteAhead:
    """Everything about `parsed` the writer needs that is not in the database."""
    from evidence.docsearch import document_terms
    from evidence.measures import assigned_json, diary_numbers_json
    from evidence.search import UNINDEXED_BLOCK_KINDS, index_text, measure_index_text
    from evidence.sources import COVER_BLOCKS, cover_line, stated_designations

    measures = list(analysis.measures) if analysis is not None else []
    block_stems = tuple(None if b.kind in UNINDEXED_BLOCK_KINDS else index_text(b.text) for b in parsed.blocks)
    measure_texts = [measure_index_text(m.text, m.topic, m.actor, assigned_json(m)) for m in measures]
    terms = document_terms(
        parsed.title,
        parsed.kind,
        metadata_of(parsed),
        [(b.text, b.kind) for b in sorted(parsed.blocks, key=lambda b: b.order)],
        [(m.kind, m.text, m.actor, assigned_json(m), diary_numbers_json(m)) for m in measures],
        [m.year for m in measures if m.year is not None],
    )
    return WriteAhead(
        block_stems=block_stems,
        measure_stems={t: index_text(t) for t in measure_texts},
        terms=terms,
        cover=cover_line(parsed.title, [b.text for b in parsed.blocks[:COVER_BLOCKS]]),
        designations=stated_designations(metadata_of(parsed)),
    )


@dataclass
class NewDocument:
    parsed: ParsedDocument
    path: str  # resolved
    sentences: list[list[SentenceSpan]]
    citations: dict[tuple[int, int], ParsedFootnote]
    analysis: Analysis | None
    ahead: WriteAhead

    @property
    def citation_count(self) -> int:
        """How many citation rows it gets (footnotes' citations; a citation
        of a footnote the document lacks is not stored)."""
        notes = {(n.series, n.number) for n in self.parsed.footnotes}
        return sum(len(p.citations) for k, p in self.citations.items() if k in notes)


@dataclass(frozen=True)
class Inserted:
    document_id: int
    block_ids: list[int]
    citations: int


def _bbox(box: tuple[float, float, float, float] | None) -> dict[str, float | None]:
    x0, top, x1, bottom = box or (None, None, None, None)
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _sentence_at(spans: list[tuple[int, SentenceSpan]], pos: int) -> int | None:
    """The sentence a marker at `pos` ends: the last one starting before it."""
    chosen = None
    for sentence_id, span in spans:
        if span.char_start < pos:
            chosen = sentence_id
        else:
            break
    return chosen


def insert_documents(session: Session, docs: list[NewDocument], catalogue: bool = True) -> list[Inserted]:
    """Write `docs` (none stored yet, no two with the same SHA-256 or path)
    with their measures and search index rows; `catalogue` False: no
    catalogue entry exists (the designations of mirrored pages are not
    looked up). The caller has run `evidence.search.ensure_search_schema` in
    this transaction."""
    from evidence.analysis import store_analyses
    from evidence.docsearch import write_document_terms
    from evidence.measures import measure_rows
    from evidence.schema_measures import Measure as MeasureRow
    from evidence.search import index_text, measure_index_text, write_new_index_rows
    from evidence.sources import designations_of

    if not docs:
        return []
    connection = session.connection()
    now = datetime.now(timezone.utc)
    connection.execute(
        insert(S.Document.__table__),  # type: ignore[attr-defined]
        [
            {
                "path": d.path,
                "title": d.parsed.title,
                "kind": d.parsed.kind,
                "format": d.parsed.format,
                "sha256": d.parsed.sha256,
                "encoding": d.parsed.encoding,
                "page_count": len(d.parsed.pages),
                "metadata_json": json.dumps(metadata_of(d.parsed), ensure_ascii=False, sort_keys=True),
                "designations": designations_of(session, d.path, d.ahead.designations, catalogue=catalogue),
                "cover": d.ahead.cover,
                "ingested_at": now,
            }
            for d in docs
        ],
    )
    by_sha = dict(
        connection.execute(
            select(S.Document.sha256, S.Document.id).where(S.Document.sha256.in_([d.parsed.sha256 for d in docs]))  # type: ignore[attr-defined]
        ).all()
    )
    doc_ids = [by_sha[d.parsed.sha256] for d in docs]

    insert_rows(
        session,
        S.Page,
        [
            {"document_id": doc_id, "page_number": p.page_number, "width": p.width, "height": p.height}
            for d, doc_id in zip(docs, doc_ids)
            for p in d.parsed.pages
        ],
    )
    flat_block_ids = iter(insert_document_rows(
        session,
        S.Block,
        [
            {
                "document_id": doc_id,
                "page_number": block.page_number,
                "order": block.order,
                "kind": block.kind,
                "level": block.level,
                "text": block.text,
                "font_size": block.font_size,
                **_bbox(block.bbox),
            }
            for d, doc_id in zip(docs, doc_ids)
            for block in d.parsed.blocks
        ],
        key=("order",),
    ))
    block_ids = [[next(flat_block_ids) for _ in d.parsed.blocks] for d in docs]

    sentence_rows = []
    for d, doc_id, ids in zip(docs, doc_ids, block_ids):
        order = 0
        for block, block_id, spans in zip(d.parsed.blocks, ids, d.sentences, strict=True):
            for span in spans:
                sentence_rows.append(
                    {
                        "document_id": doc_id,
                        "block_id": block_id,
                        "page_number": block.page_number,
                        "order": order,
                        "char_start": span.char_start,
                        "char_end": span.char_end,
                        "text": span.text,
                    }
                )
                order += 1
    flat_sentence_ids = iter(insert_document_rows(session, S.Sentence, sentence_rows, key=("order",)))
    sentence_ids = [[[next(flat_sentence_ids) for _ in spans] for spans in d.sentences] for d in docs]

    # A footnote belongs to the sentence its first marker ends.
    marker_sentences: list[list[list[int | None]]] = []
    note_rows: list[dict] = []
    notes_of: list[list] = []
    for d, doc_id, ids_of in zip(docs, doc_ids, sentence_ids):
        found_of: list[list[int | None]] = []
        first_sentence: dict[tuple[int, int], int | None] = {}
        for block, spans, ids in zip(d.parsed.blocks, d.sentences, ids_of, strict=True):
            pairs = list(zip(ids, spans, strict=True))
            found = [_sentence_at(pairs, marker.char_start) for marker in block.markers]
            for marker, sentence_id in zip(block.markers, found, strict=True):
                if first_sentence.get((marker.series, marker.number)) is None:
                    first_sentence[(marker.series, marker.number)] = sentence_id
            found_of.append(found)
        marker_sentences.append(found_of)
        # One row per (series, number): a repeated number keeps its last text.
        notes = list({(n.series, n.number): n for n in d.parsed.footnotes}.values())
        notes_of.append(notes)
        for note in notes:
            parse = d.citations.get((note.series, note.number))
            note_rows.append(
                {
                    "remainder": parse.remainder if parse else "",
                    "explanatory": parse.explanatory if parse else False,
                    "problems": "; ".join(parse.problems) if parse else "",
                    "document_id": doc_id,
                    "number": note.number,
                    "series": note.series,
                    "page_number": note.page_number,
                    "text": note.text,
                    "font_size": note.font_size,
                    "sentence_id": first_sentence.get((note.series, note.number)),
                    **_bbox(note.bbox),
                }
            )
    flat_note_ids = iter(insert_document_rows(session, S.Footnote, note_rows, key=("series", "number")))
    footnote_ids: list[dict[tuple[int, int], int]] = []
    citation_rows: list[dict] = []
    citation_counts: list[int] = []
    for d, doc_id, notes in zip(docs, doc_ids, notes_of):
        ids = {(note.series, note.number): next(flat_note_ids) for note in notes}
        pages = {(note.series, note.number): note.page_number for note in notes}
        footnote_ids.append(ids)
        before = len(citation_rows)
        for (series, number), parse in d.citations.items():
            note_id = ids.get((series, number))
            if note_id is None:
                continue
            for position, cit in enumerate(parse.citations):
                citation_rows.append(
                    {
                        "document_id": doc_id,
                        "footnote_id": note_id,
                        "footnote_number": number,
                        "footnote_series": series,
                        "page_number": pages[(series, number)],
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
        citation_counts.append(len(citation_rows) - before)
    insert_rows(session, S.Citation, citation_rows)

    insert_rows(
        session,
        S.FootnoteMarker,
        [
            {
                "document_id": doc_id,
                "block_id": block_id,
                "sentence_id": sentence_id,
                "footnote_id": ids.get((marker.series, marker.number)),
                "number": marker.number,
                "series": marker.series,
                "char_start": marker.char_start,
                "raw": marker.raw,
            }
            for d, doc_id, b_ids, found_of, ids in zip(docs, doc_ids, block_ids, marker_sentences, footnote_ids)
            for block, block_id, found in zip(d.parsed.blocks, b_ids, found_of, strict=True)
            for marker, sentence_id in zip(block.markers, found, strict=True)
        ],
    )
    analysed = [
        (doc_id, d.analysis, b_ids, s_ids, f_ids)
        for d, doc_id, b_ids, s_ids, f_ids in zip(docs, doc_ids, block_ids, sentence_ids, footnote_ids)
        if d.analysis is not None
    ]
    store_analyses(session, analysed)  # type: ignore[arg-type]

    # Measures, and the search indexes of blocks, measures and documents.
    measures = [
        row
        for d, doc_id, b_ids in zip(docs, doc_ids, block_ids)
        if d.analysis is not None
        for row in measure_rows(doc_id, list(d.analysis.measures), dict(zip((b.order for b in d.parsed.blocks), b_ids)))
    ]
    measure_index: list[tuple[int, int, str]] = []
    if measures:
        insert_rows(session, MeasureRow, measures)
        stems_of = {t: s for d in docs for t, s in d.ahead.measure_stems.items()}
        table = MeasureRow.__table__  # type: ignore[attr-defined]
        for m_id, doc_id, text, topic, actor, assigned in connection.execute(
            select(table.c.id, table.c.document_id, table.c.text, table.c.topic, table.c.actor, table.c.assigned_json)
            .where(table.c.document_id.in_(sorted({m["document_id"] for m in measures})))
        ):
            indexed = measure_index_text(text, topic, actor, assigned)
            stems = stems_of.get(indexed)
            measure_index.append((m_id, doc_id, stems if stems is not None else index_text(indexed)))
        measure_index.sort()
    write_new_index_rows(
        session,
        [
            (block_id, doc_id, stems)
            for d, doc_id, b_ids in zip(docs, doc_ids, block_ids)
            for block_id, stems in zip(b_ids, d.ahead.block_stems, strict=True)
            if stems is not None
        ],
        measure_index,
    )
    write_document_terms(session, [(doc_id, d.ahead.terms) for d, doc_id in zip(docs, doc_ids)])
    return [
        Inserted(doc_id, b_ids, count)
        for doc_id, b_ids, count in zip(doc_ids, block_ids, citation_counts)
    ]
