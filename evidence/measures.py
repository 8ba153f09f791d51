"""Measures in the store: writing them, linking them to the assignments they
describe, and finding them again.

In: `extract.measures.Measure` records for a stored document, or a stored
document to extract them from. Out: rows of `evidence.schema_measures.Measure`;
links from a report's measures to government-assignment documents; plain dicts
for `search_measures` and `show_measure`.

Linking (issue 6): a report's measure describes an assignment document when
the wording of its topic is close to the assignment's title (rapidfuzz over
Snowball stems), its agencies are among the assignment's, and its years
overlap the assignment's. "uppdraget om ökad upptäckt av våld" in the
follow-up links to `regeringsuppdrag/2022/08/uppdrag-om-okad-upptackt-av-vald-m.m.-20222024.md`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine
from sqlmodel import Session, delete, select, update

from evidence import schema as S
from evidence.errors import EvidenceError
from evidence.rows import insert_rows
from evidence.schema_measures import Measure as MeasureRow
from evidence.measure_search import (  # noqa: F401 (re-exported: the query path reads without the ORM)
    ASSIGNMENT_DOCUMENT_KIND, _COLUMNS, _FROM, MeasureFilters, _row_dict, find_measures, search_measures,
)
from evidence.search import stems, unindex_measures
from extract.measures import (
    ASSIGNMENT_KIND,
    Measure,
    document_measures,
)
from extract import lang_sv_measures as L
from ingest import model as M

if TYPE_CHECKING:
    from extract.sentences import SentenceSpan

# Kinds of a report's measure that may describe an assignment document. A
# programme (the national strategy) or a grant scheme is not an assignment,
# even when an assignment's title repeats its words.
LINKABLE_KINDS = ("assignment", "proposal")
# Words too common in assignment titles to tell two apart.
LINK_STOP_STEMS = frozenset(
    stems(
        "uppdrag uppdraget uppdragen regeringsuppdrag regeringsuppdraget att om till åt för och i av med m.m. "
        "mm inom samt kring ett en den det de myndigheterna myndigheter"
    )
)
# rapidfuzz scores (0–100). A link needs LINK_SURE, or LINK_LIKELY with a
# lead of LINK_MARGIN over the next-best assignment.
LINK_SURE = 80.0
LINK_LIKELY = 65.0
LINK_MARGIN = 10.0
LINK_AGENCY_BONUS = 10.0  # the assignment names the measure's agency
LINK_AGENCY_PENALTY = 15.0  # it names only other agencies
LINK_YEAR_SLACK = 1  # years apart that still count as overlapping
LINK_MIN_STEMS = 2  # a topic of one word ("våld") links nothing
ASSIGNMENT_PATH = re.compile(r"(?:^|/)regeringsuppdrag/\d{4}/\d{2}/[^/]+$")


class MeasureNotFoundError(EvidenceError):
    """No stored measure has the id given."""


# =====================================================================================
# Writing
# =====================================================================================


def _agencies_key(actor: str | None, assigned: tuple[str, ...] | list[str]) -> str:
    names = [n for n in (actor, *assigned) if n]
    return "|" + "|".join(n.casefold() for n in names) + "|" if names else ""


def _delete_measures(session: Session, document_id: int) -> None:
    old = list(session.exec(select(MeasureRow.id).where(MeasureRow.document_id == document_id)).all())
    if old:
        unindex_measures(session, old)  # type: ignore[arg-type]
        session.exec(delete(MeasureRow).where(MeasureRow.document_id == document_id))  # type: ignore[call-overload]


def remove_measures(session: Session, document_id: int) -> None:
    """Delete a document's measures and clear other measures' links to it
    (call before the document itself is deleted)."""
    _delete_measures(session, document_id)
    session.exec(
        update(MeasureRow)  # type: ignore[call-overload]
        .where(MeasureRow.linked_document_id == document_id)
        .values(linked_document_id=None, link_score=None)
    )


def measure_rows(document_id: int, measures: list[Measure], block_ids: dict[int, int]) -> list[dict]:
    """The measure table's rows for a document's `measures` (`block_ids`:
    block order -> block id)."""
    return [
        {
            "document_id": document_id,
            "block_id": block_ids.get(m.block_order) if m.block_order is not None else None,
            "page_number": m.page_number,
            "footnote_number": m.footnote_number,
            "kind": m.kind,
            "actor": m.actor,
            "assigned_json": assigned_json(m),
            "agencies_key": _agencies_key(m.actor, m.assigned),
            "year": m.year,
            "year_end": m.year_end,
            "date": m.date,
            "duration_years": m.duration_years,
            "amounts_json": json.dumps(list(m.amounts_sek)),
            "report_back": m.report_back,
            "diary_numbers_json": diary_numbers_json(m),
            "designations_json": json.dumps(list(m.designations), ensure_ascii=False),
            "objective": m.objective,
            "status": m.status,
            "text": m.text,
            "topic": m.topic,
            "char_start": m.char_start,
            "char_end": m.char_end,
        }
        for m in measures
    ]


def assigned_json(m: Measure) -> str:
    return json.dumps(list(m.assigned), ensure_ascii=False)


def diary_numbers_json(m: Measure) -> str:
    return json.dumps(list(m.diary_numbers), ensure_ascii=False)


def store_measures(
    session: Session, document_id: int, measures: list[Measure], block_ids: dict[int, int] | None = None
) -> int:
    """Replace a stored document's measures with `measures`; returns how many were stored.
    `block_ids` maps block order to block id (read from the store when not given).
    Call `evidence.search.index_measures` afterwards to make them searchable."""
    _delete_measures(session, document_id)
    if not measures:
        return 0
    if block_ids is None:
        block_ids = {
            order: block_id
            for block_id, order in session.exec(
                select(S.Block.id, S.Block.order).where(S.Block.document_id == document_id)
            ).all()
        }
    rows = measure_rows(document_id, measures, block_ids)
    insert_rows(session, MeasureRow, rows)
    return len(rows)


def stored_parsed_document(session: Session, document_id: int) -> tuple[M.ParsedDocument, list[list[SentenceSpan]]]:
    """A stored document rebuilt as the parsed document and sentences it was saved from."""
    from extract.sentences import SentenceSpan

    doc = session.get(S.Document, document_id)
    if doc is None:
        raise EvidenceError(str(document_id), "no stored document has this id (see `kallkoll documents`)")
    blocks = session.exec(select(S.Block).where(S.Block.document_id == document_id).order_by(S.Block.order)).all()
    notes = session.exec(select(S.Footnote).where(S.Footnote.document_id == document_id)).all()
    by_block: dict[int, list[SentenceSpan]] = {}
    for s in session.exec(
        select(S.Sentence).where(S.Sentence.document_id == document_id).order_by(S.Sentence.order)
    ).all():
        by_block.setdefault(s.block_id, []).append(SentenceSpan(s.text, s.char_start, s.char_end))
    metadata = {k: str(v) for k, v in json.loads(doc.metadata_json or "{}").items()}
    parsed = M.ParsedDocument(
        path=doc.path,
        title=doc.title,
        kind=doc.kind,
        format=doc.format,
        sha256=doc.sha256,
        pages=(),
        blocks=tuple(
            M.Block(kind=b.kind, text=b.text, page_number=b.page_number, order=b.order, level=b.level) for b in blocks
        ),
        footnotes=tuple(
            M.Footnote(number=f.number, text=f.text, page_number=f.page_number, series=f.series) for f in notes
        ),
        metadata=metadata,
    )
    return parsed, [by_block.get(b.id, []) for b in blocks]  # type: ignore[arg-type]


def measure_stored_document(session: Session, document_id: int) -> int:
    """Extract and store the measures of a document already in the store; returns how many."""
    parsed, sentences = stored_parsed_document(session, document_id)
    return store_measures(session, document_id, document_measures(parsed, sentences))


# =====================================================================================
# Linking
# =====================================================================================


@dataclass(frozen=True)
class _Assignment:
    document_id: int
    words: str  # content stems of the title, space-joined
    agencies: frozenset[str]
    first: int | None
    last: int | None


def _content(text: str) -> list[str]:
    return [s for s in dict.fromkeys(stems(text)) if s not in LINK_STOP_STEMS and not s.isdigit()]


def _overlaps(a_first: int | None, a_last: int | None, b_first: int | None, b_last: int | None) -> bool | None:
    """Whether two year ranges overlap (within LINK_YEAR_SLACK); None when either is unknown."""
    if a_first is None or b_first is None:
        return None
    return a_first <= (b_last or b_first) + LINK_YEAR_SLACK and b_first <= (a_last or a_first) + LINK_YEAR_SLACK


def _with_hosts(agencies: set[str] | frozenset[str]) -> set[str]:
    return set(agencies) | {L.AGENCY_HOSTS[a] for a in agencies if a in L.AGENCY_HOSTS}


def _assignments(session: Session) -> list[_Assignment]:
    titles = {
        doc_id: title
        for doc_id, kind, path, title in session.exec(
            select(S.Document.id, S.Document.kind, S.Document.path, S.Document.title)
        ).all()
        if kind == ASSIGNMENT_KIND or ASSIGNMENT_PATH.search(path.replace("\\", "/"))
    }
    out = []
    for row in session.exec(select(MeasureRow).where(MeasureRow.kind == "assignment")).all():
        title = titles.get(row.document_id)
        if title is None:
            continue
        out.append(
            _Assignment(
                document_id=row.document_id,
                words=" ".join(_content(row.topic or title)),
                agencies=frozenset(json.loads(row.assigned_json)),
                first=row.year,
                last=row.year_end,
            )
        )
    return out


def link_score(measure_words: str, measure: MeasureRow, candidate: _Assignment) -> float:
    """0–100: how well a report's measure matches an assignment document.
    The wording of the measure's topic against the assignment's title decides
    (rapidfuzz token-set and token-sort ratios over content stems); a shared
    agency raises it, only other agencies lower it, years more than
    LINK_YEAR_SLACK apart rule the assignment out."""
    if _overlaps(measure.year, measure.year_end, candidate.first, candidate.last) is False:
        return 0.0
    wording = 0.7 * fuzz.token_set_ratio(measure_words, candidate.words) + 0.3 * fuzz.token_sort_ratio(
        measure_words, candidate.words
    )
    assigned = _with_hosts(set(json.loads(measure.assigned_json)))
    if assigned and candidate.agencies:
        wording += LINK_AGENCY_BONUS if assigned & candidate.agencies else -LINK_AGENCY_PENALTY
    return max(0.0, min(100.0, wording))


def best_link(measure: MeasureRow, candidates: list[_Assignment]) -> tuple[float, int] | None:
    """(score, document id) of the assignment a measure describes, if one stands out."""
    words = _content(measure.topic or "")
    if len(words) < LINK_MIN_STEMS:
        return None
    joined = " ".join(words)
    scored = sorted(
        ((link_score(joined, measure, c), c.document_id) for c in candidates if len(c.words.split()) >= LINK_MIN_STEMS),
        reverse=True,
    )
    if not scored:
        return None
    best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best[0] >= LINK_SURE or (best[0] >= LINK_LIKELY and best[0] - runner_up >= LINK_MARGIN):
        return best
    return None


def link_measures(session: Session) -> int:
    """Link every report measure that describes a stored assignment document
    to it (`linked_document_id`, `link_score`); returns how many are linked."""
    candidates = _assignments(session)
    if not candidates:
        return 0
    assignment_docs = {c.document_id for c in candidates}
    linked = 0
    for row in session.exec(select(MeasureRow).where(MeasureRow.kind.in_(LINKABLE_KINDS))).all():  # type: ignore[attr-defined]
        if row.document_id in assignment_docs:
            continue
        # A proposal asks for something new; it describes an existing assignment
        # only as "myndigheterna inom uppdraget om …", which names no agency.
        refers = row.kind != "proposal" or json.loads(row.assigned_json) == []
        best = best_link(row, candidates) if refers else None
        row.linked_document_id = best[1] if best else None
        # 0.0: looked at, nothing matched; None is left for "never looked at".
        row.link_score = round(best[0], 1) if best else 0.0
        session.add(row)
        linked += best is not None
    session.flush()
    return linked


def measures_never_linked(engine: Engine) -> bool:
    """Whether a report measure that may describe an assignment was never
    matched against the assignments (`link_score` is None): an ingest killed
    between storing documents and linking measures leaves such rows."""
    with Session(engine) as session:
        unlinked = session.exec(
            select(MeasureRow.id)
            .join(S.Document, S.Document.id == MeasureRow.document_id)
            .where(MeasureRow.kind.in_(LINKABLE_KINDS))  # type: ignore[attr-defined]
            .where(MeasureRow.link_score.is_(None))  # type: ignore[union-attr]
            .where(S.Document.kind != ASSIGNMENT_DOCUMENT_KIND)
            .limit(1)
        ).first()
        return unlinked is not None and session.exec(
            select(S.Document.id).where(S.Document.kind == ASSIGNMENT_DOCUMENT_KIND).limit(1)
        ).first() is not None


# =====================================================================================
# Reading (the search itself: evidence/measure_search.py)
# =====================================================================================


def show_measure(engine: Engine, measure_id: int) -> dict:
    """One measure with its source (document, page, block text), the assignment
    it is linked to, and the citations of the footnotes in its sentence."""
    if not 0 < measure_id <= S.SQL_INTEGER_MAX:
        raise MeasureNotFoundError(str(measure_id), "no stored measure has this id (see `kallkoll measures search`)")
    with Session(engine) as session:
        row = session.execute(sql(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.id = :id"), {"id": int(measure_id)}).first()
        if row is None:
            raise MeasureNotFoundError(str(measure_id), "no stored measure has this id (see `kallkoll measures search`)")
        item = _row_dict(row)
        measure = session.get(MeasureRow, int(measure_id))
        doc = session.get(S.Document, item["document_id"])
        item["document_path"] = doc.path if doc else None
        block = session.get(S.Block, measure.block_id) if measure and measure.block_id else None
        item["block_text"] = block.text if block else None
        item["citations"] = _citations(session, measure) if measure else []
        linked = session.get(S.Document, item["linked_document_id"]) if item["linked_document_id"] else None
        item["linked_document"] = (
            {"id": linked.id, "title": linked.title, "path": linked.path, "kind": linked.kind} if linked else None
        )
        return item


def _citations(session: Session, measure: MeasureRow) -> list[dict]:
    """Citations of the footnotes whose markers stand in the measure's sentence (or its footnote)."""
    numbers: list[tuple[int, int]] = []  # (series, number)
    if measure.block_id is not None:
        markers = session.exec(select(S.FootnoteMarker).where(S.FootnoteMarker.block_id == measure.block_id)).all()
        numbers = [
            (m.series, m.number) for m in markers if measure.char_start < m.char_start <= measure.char_end + 1
        ]
    elif measure.footnote_number is not None:
        numbers = [(0, measure.footnote_number)]
    out = []
    for series, number in numbers:
        citations = session.exec(
            select(S.Citation)
            .where(S.Citation.document_id == measure.document_id)
            .where(S.Citation.footnote_series == series)
            .where(S.Citation.footnote_number == number)
            .order_by(S.Citation.position)
        ).all()
        for c in citations:
            source = session.get(S.Source, c.source_id) if c.source_id else None
            out.append(
                {"footnote": number, "key": c.key, "kind": c.kind, "raw": c.raw,
                 "source_id": c.source_id, "title": source.title if source else c.title}
            )
    return out
