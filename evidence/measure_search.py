"""Finding stored measures again: `kallkoll measures search`.

In: a Reader (`evidence/reader.py`; an Engine is wrapped into one), a query
and filters. Out: plain dicts, one per measure, best first, with the
document's `path` and `url`, a `snippet` and a `score`.

Plain SQL through a Reader, not the ORM, and the text helpers of
`evidence/snippets.py`: `kallkoll measures search` then starts without
SQLAlchemy on a SQLite database (issues 15 and 17: start-up). Only `--raw`
(the database's own full-text syntax, whose errors SQLAlchemy reports) opens
an engine. `evidence/measures.py` re-exports these names.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from evidence.reader import Reader, reader_for
from evidence.snippets import HIT_OPEN, query_stems, snippet, stems
from evidence.sqlint import sql_integer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# The kind of a government-assignment document (ingest/markdown.py).
ASSIGNMENT_DOCUMENT_KIND = "assignment"

_COLUMNS = (
    "m.id, m.document_id, d.title, m.kind, m.actor, m.assigned_json, m.year, m.year_end, m.date, "
    "m.duration_years, m.amounts_json, m.report_back, m.diary_numbers_json, m.designations_json, m.objective, "
    "m.status, m.text, m.topic, m.page_number, m.block_id, m.footnote_number, m.linked_document_id, "
    "ld.title, m.link_score"
)
_FROM = "measure m JOIN document d ON d.id = m.document_id LEFT JOIN document ld ON ld.id = m.linked_document_id"


def _row_dict(row) -> dict:  # type: ignore[no-untyped-def]
    (mid, doc_id, title, kind, actor, assigned, year, year_end, date, duration, amounts, report_back, diary,
     designations, objective, status, text, topic, page, block_id, footnote, linked_id, linked_title, score) = row
    return {
        "id": mid,
        "document_id": doc_id,
        "document_title": title,
        "kind": kind,
        "actor": actor,
        "assigned": json.loads(assigned),
        "year": year,
        "year_end": year_end,
        "date": date,
        "duration_years": duration,
        "amounts_sek": json.loads(amounts),
        "report_back": report_back,
        "diary_numbers": json.loads(diary),
        "designations": json.loads(designations),
        "objective": objective,
        "status": status,
        "text": text,
        "topic": topic,
        "page": page,
        "block_id": block_id,
        "footnote": footnote,
        "linked_document_id": linked_id,
        "linked_title": linked_title,
        "link_score": score,
    }


class MeasureFilters(TypedDict, total=False):
    """What `find_measures` and `search_measures` take besides the query."""

    actor: str | None
    kind: str | None
    year_from: int | None
    year_to: int | None
    objective: int | None
    limit: int
    raw: bool


def search_measures(engine: Engine | Reader, query: str, **filters: Unpack[MeasureFilters]) -> list[dict]:  # type: ignore[type-arg]
    """The measures of `find_measures`, without the corrections."""
    return find_measures(engine, query, **filters)["results"]


def find_measures(
    engine: Engine | Reader,
    query: str,
    actor: str | None = None,
    kind: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    objective: int | None = None,
    limit: int = 20,
    raw: bool = False,
) -> dict:
    """Measures matching `query` and the filters, best first (issue 15): the
    documents are ranked by `evidence.docsearch.search_documents` (whole
    documents, OR-ed words, compounds, typos, synonyms), and each brings its
    measures that pass the filters: all of an assignment's, the ones whose
    sentence holds a query word in other documents. With no words in
    `query`, all measures matching the filters, newest first; with `raw`, the
    query goes to the database's own full-text syntax (FTS5, `to_tsquery`)
    over the measures' sentences. Each dict has the measure's fields, the
    document's `path` and `url`, `snippet` and `score` (higher is better);
    `corrections` maps typed words to the words searched instead."""
    from evidence.docsearch import measure_conditions, search_documents

    reader = reader_for(engine)
    where, params = measure_conditions(actor, kind, year_from, year_to, objective)
    if query.strip() and not raw:
        found = search_documents(reader, query, actor=actor, measure_kind=kind, year_from=year_from,
                                 year_to=year_to, objective=objective, limit=limit, measure_years=True)
        return {"results": _measures_of(reader, found, where, params, limit), "corrections": found["corrections"]}
    ranked = _raw_measure_ids(engine, reader, query, where, params, limit) if query.strip() else None
    with reader.connect() as conn:
        if ranked is None:
            rows = conn.rows(
                f"SELECT {_COLUMNS} FROM {_FROM}" + (f" WHERE {where}" if where else "")
                + " ORDER BY m.year IS NULL, m.year DESC, m.id LIMIT :limit",
                {**params, "limit": sql_integer(limit)},
            )
            scores: dict[int, float | None] = {row[0]: None for row in rows}
        else:
            scores = dict(ranked)
            rows = conn.rows(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.id IN :ids", {"ids": list(scores)})
            order = {mid: i for i, mid in enumerate(scores)}
            rows = sorted(rows, key=lambda r: order[r[0]])
        paths = _paths(conn, sorted({row[1] for row in rows}))
    wanted = frozenset(query_stems(query)) if query.strip() else frozenset()
    out = []
    for row in rows:
        item = _row_dict(row)
        item["snippet"] = snippet(item["text"], wanted)
        item["score"] = scores[item["id"]]
        item.update(paths.get(item["document_id"], {}))
        out.append(item)
    return {"results": out, "corrections": {}}


def _raw_measure_ids(source: Any, reader: Reader, query: str, where: str, params: dict,  # type: ignore[type-arg]
                     limit: int) -> list[tuple[int, float]] | None:
    """(measure id, score) of a `--raw` query, through SQLAlchemy (which
    reports the engine's syntax errors); None when the query has no word."""
    from evidence.search import search_measure_ids

    engine = getattr(reader, "engine", None) or (source if not hasattr(source, "rows") else None)
    if engine is None:  # the sqlite3 reader of a file: the same file through the engine
        from evidence.store import open_engine

        engine = open_engine(f"sqlite:///{reader.path}")  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return search_measure_ids(conn, query, where, params, limit, raw=True)


def _paths(conn: Reader, ids: list[int]) -> dict[int, dict]:  # type: ignore[type-arg]
    """Each document's `path` and regeringen.se `url` (where known)."""
    from evidence.docsearch import regeringen_url

    if not ids:
        return {}
    return {
        doc: {"path": path, "url": json.loads(metadata or "{}").get("url") or regeringen_url(path)}
        for doc, path, metadata in conn.rows("SELECT id, path, metadata_json FROM document WHERE id IN :ids",
                                             {"ids": ids})
    }


def _measures_of(reader: Reader, found: dict, where: str, params: dict, limit: int) -> list[dict]:  # type: ignore[type-arg]
    """The measures (passing `where`) of the documents `search_documents` found, in its order."""
    docs = found["results"]
    if not docs:
        return []
    wanted = frozenset(found["stems"])
    ids = [d["document_id"] for d in docs]
    statement = (f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.document_id IN :ids" + (f" AND {where}" if where else "")
                 + " ORDER BY m.id")
    rows = reader.rows(statement, {**params, "ids": ids})
    by_doc: dict[int, list[dict]] = {}  # type: ignore[type-arg]
    for row in rows:
        by_doc.setdefault(row[1], []).append(_row_dict(row))
    out: list[dict] = []  # type: ignore[type-arg]
    for doc in docs:
        measures = by_doc.get(doc["document_id"], [])
        if doc["kind"] != ASSIGNMENT_DOCUMENT_KIND:
            # A report's measures: those whose sentence says what was asked for.
            hits = [(sum(s in wanted for s in stems(m["text"])), m) for m in measures]
            measures = [m for n, m in sorted(hits, key=lambda x: -x[0]) if n]
        for item in measures:
            text_snippet = snippet(item["text"], wanted)
            item["snippet"] = text_snippet if HIT_OPEN in text_snippet else doc["snippet"]
            item["score"] = doc["score"]
            item["path"], item["url"] = doc["path"], doc["url"]
            out.append(item)
            if len(out) >= limit:
                return out
    return out
