"""Full-text search over stored blocks and measures, with Swedish stemming.

In: stored documents (blocks) and measures; a user's query. Out: ranked hits
as dicts (document, page, snippet with the hits marked, score).

SQLite FTS5 holds the index (https://www.sqlite.org/fts5.html). FTS5 cannot
run a Python tokenizer, so kallkoll stems before it indexes: each block is
split into words, every word is reduced to its Snowball Swedish stem
(PyStemmer), and the stems are what FTS5 indexes (`unicode61` then only splits
them at spaces). `kontaktförbudet` and `kontaktförbud` share the stem
`kontaktförbud`, `våldsutsatta` and `våldsutsatt` the stem `våldsutsat`. The
original text stays in the `block` and `measure` tables, and snippets are cut
from it in Python, marking every word whose stem was asked for.

A query is words, never FTS syntax: each word is stemmed and quoted, so
quotes, `*`, `-`, `NEAR`, `AND/OR/NOT` and parentheses are searched for as
text or dropped, and never raise. `raw=True` passes the query to FTS5
unchanged (for users who want its syntax); a syntax error then raises
`SearchQueryError`. Values reach SQL only as bound parameters.

Other databases (PostgreSQL) have no FTS5: searching them raises
`SearchBackendError`; indexing skips them with a warning, so ingesting still works.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball stemmers, https://snowballstem.org/algorithms/swedish/stemmer.html
from spacy.lang.sv.stop_words import STOP_WORDS
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from evidence.errors import EvidenceError
from ingest.model import FOOTER, HEADER

log = logging.getLogger(__name__)

BLOCK_INDEX = "search_block"
MEASURE_INDEX = "search_measure"
HIT_OPEN, HIT_CLOSE = "«", "»"
SNIPPET_WORDS = 28
DEFAULT_LIMIT = 20
# Running headers and footers repeat on every page: not worth finding.
UNINDEXED_BLOCK_KINDS = (HEADER, FOOTER)

# Raw DDL: SQLAlchemy has no construct for virtual tables. The rowid is the
# block's (or measure's) id; document_id is stored, not indexed, so a
# document's rows can be removed without the block table.
_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {BLOCK_INDEX} USING fts5("
    "stems, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {MEASURE_INDEX} USING fts5("
    "stems, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
)

# A word: letters and digits, with soft hyphens inside it ("upp\u00addraget").
_WORD = re.compile(r"[\w\u00ad]+")


class SearchBackendError(EvidenceError, NotImplementedError):
    """Full-text search needs SQLite FTS5, which this database does not have."""


class SearchQueryError(EvidenceError):
    """A raw full-text query that FTS5 cannot parse."""


# =====================================================================================
# Words and stems
# =====================================================================================


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(_stemmer().stemWords(sorted(STOP_WORDS)))


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` as (lowercased word, start, end) with offsets into `text`."""
    return [(m.group(0).replace("\u00ad", "").casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def stems(text: str) -> list[str]:
    """The Snowball Swedish stem of every word in `text`, in order."""
    return _stemmer().stemWords([w for w, _, _ in words(text)])


def index_text(text: str) -> str:
    """What FTS5 indexes for `text`: its stems joined by spaces."""
    return " ".join(stems(text))


def query_stems(query: str) -> list[str]:
    """The distinct stems a query asks for; stop words are dropped unless nothing else is left."""
    found = list(dict.fromkeys(stems(query)))
    content = [s for s in found if s not in _stop_stems()]
    return content or found


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a query taken as words: every stem
    quoted (so FTS5 operators in it are plain words), all required. None when
    the query holds no word at all."""
    wanted = query_stems(query)
    if not wanted:
        return None
    return " ".join('"' + s.replace('"', '""') + '"' for s in wanted)


def snippet(text: str, wanted: set[str] | frozenset[str], size: int = SNIPPET_WORDS) -> str:
    """The stretch of `text` (about `size` words) holding most of the wanted
    stems, each hit marked «like this»."""
    found = words(text)
    if not found:
        return ""
    hit = [s in wanted for s in _stemmer().stemWords([w for w, _, _ in found])]
    best, best_hits, window = 0, -1, min(size, len(found))
    running = sum(hit[:window])
    for start in range(0, len(found) - window + 1):
        if start:
            running += hit[start + window - 1] - hit[start - 1]
        if running > best_hits:
            best, best_hits = start, running
    chosen = range(best, best + window)
    out: list[str] = []
    cursor = found[best][1]
    for i in chosen:
        _, start, end = found[i]
        out.append(text[cursor:start])
        out.append(f"{HIT_OPEN}{text[start:end]}{HIT_CLOSE}" if hit[i] else text[start:end])
        cursor = end
    prefix = "…" if best > 0 else ""
    suffix = "…" if best + window < len(found) else ""
    return prefix + " ".join("".join(out).split()) + suffix


# =====================================================================================
# Schema and indexing
# =====================================================================================


def _connection(bind: Session | Connection) -> Connection:
    return bind.connection() if isinstance(bind, Session) else bind


def _is_sqlite(bind: Session | Connection | Engine) -> bool:
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name == "sqlite"
    return bind.dialect.name == "sqlite"


def _require_sqlite(bind: Session | Connection | Engine) -> None:
    if not _is_sqlite(bind):
        name = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
        raise SearchBackendError(
            name,
            "full-text search needs SQLite FTS5 and is not implemented for this database yet; "
            "use a SQLite database (--db kallkoll.db) to search",
        )


def ensure_search_schema(connection: Session | Connection) -> None:
    """Create the FTS5 tables if they are missing (SQLite only)."""
    _require_sqlite(connection)
    conn = _connection(connection)
    for ddl in _DDL:
        try:
            conn.exec_driver_sql(ddl)
        except OperationalError as exc:
            raise SearchBackendError(
                "sqlite", f"cannot create the full-text index ({exc.orig}); this SQLite lacks FTS5"
            ) from None


def _skip_unless_sqlite(session: Session, what: str) -> bool:
    if _is_sqlite(session):
        return False
    log.warning(
        "%s: database %s has no FTS5; %s not indexed for search",
        __name__, session.get_bind().dialect.name, what,
    )
    return True


def remove_document(session: Session, document_id: int) -> None:
    """Drop a document's blocks and measures from the search index (call it
    before the document's rows are deleted)."""
    if _skip_unless_sqlite(session, f"document {document_id}"):
        return
    ensure_search_schema(session)
    for table in (BLOCK_INDEX, MEASURE_INDEX):
        # document_id is UNINDEXED: this scans the index, once per removed document.
        session.execute(sql(f"DELETE FROM {table} WHERE document_id = :doc"), {"doc": document_id})


def index_blocks(session: Session, document_id: int) -> int:
    """(Re)index every block of a stored document; returns how many were indexed."""
    if _skip_unless_sqlite(session, f"blocks of document {document_id}"):
        return 0
    ensure_search_schema(session)
    # By rowid, not by the UNINDEXED document_id: a scan per document would make
    # ingesting n documents cost n² (4,646 assignments: minutes instead of seconds).
    session.execute(
        sql(f"DELETE FROM {BLOCK_INDEX} WHERE rowid IN (SELECT id FROM block WHERE document_id = :doc)"),
        {"doc": document_id},
    )
    rows = session.execute(
        sql('SELECT id, text, kind FROM block WHERE document_id = :doc ORDER BY "order"'), {"doc": document_id}
    ).all()
    values = [
        {"id": block_id, "stems": index_text(text), "doc": document_id}
        for block_id, text, kind in rows
        if kind not in UNINDEXED_BLOCK_KINDS
    ]
    if values:
        session.execute(sql(f"INSERT INTO {BLOCK_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"), values)
    return len(values)


def index_measures(session: Session, document_id: int) -> int:
    """(Re)index the stored measures of a document: their sentence, topic and agencies."""
    if _skip_unless_sqlite(session, f"measures of document {document_id}"):
        return 0
    ensure_search_schema(session)
    # By rowid, as for blocks; measures replaced by `store_measures` left the
    # index through `unindex_measures` already.
    session.execute(
        sql(f"DELETE FROM {MEASURE_INDEX} WHERE rowid IN (SELECT id FROM measure WHERE document_id = :doc)"),
        {"doc": document_id},
    )
    rows = session.execute(
        sql("SELECT id, text, topic, actor, assigned_json FROM measure WHERE document_id = :doc"), {"doc": document_id}
    ).all()
    values = [
        {"id": mid, "stems": index_text(" ".join(p for p in (text, topic or "", actor or "", assigned) if p)), "doc": document_id}
        for mid, text, topic, actor, assigned in rows
    ]
    if values:
        session.execute(
            sql(f"INSERT INTO {MEASURE_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"), values
        )
    return len(values)


def unindex_measures(session: Session, measure_ids: list[int]) -> None:
    """Drop measures from the search index (before their rows are deleted)."""
    if not measure_ids or not _is_sqlite(session):
        return
    ensure_search_schema(session)
    session.execute(
        sql(f"DELETE FROM {MEASURE_INDEX} WHERE rowid IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(measure_ids)},
    )


# =====================================================================================
# Searching
# =====================================================================================


def _match(query: str, raw: bool) -> str | None:
    if raw:
        return query if query.strip() else None
    return match_expression(query)


def _run(conn: Connection, statement: str, params: dict, query: str, raw: bool) -> list:  # type: ignore[type-arg]
    try:
        return conn.execute(sql(statement), params).all()
    except OperationalError as exc:
        if raw:
            reason = str(exc.orig).splitlines()[0]
            raise SearchQueryError(
                repr(query), f"not a valid FTS5 query ({reason}); leave out --raw to search for the words"
            ) from None
        raise


def search_blocks(
    engine: Engine,
    query: str,
    doc_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    raw: bool = False,
) -> list[dict]:
    """Blocks matching `query`, best first (bm25): document id and title, page, snippet, score."""
    _require_sqlite(engine)
    expression = _match(query, raw)
    if expression is None or limit <= 0:
        return []
    wanted = frozenset(query_stems(query))
    statement = (
        f"SELECT b.id, b.document_id, d.title, b.page_number, b.kind, b.text, bm25({BLOCK_INDEX}) AS rank "
        f"FROM {BLOCK_INDEX} JOIN block b ON b.id = {BLOCK_INDEX}.rowid JOIN document d ON d.id = b.document_id "
        f"WHERE {BLOCK_INDEX} MATCH :q"
        + (" AND b.document_id = :doc" if doc_id is not None else "")
        + " ORDER BY rank LIMIT :limit"
    )
    params = {"q": expression, "limit": int(limit)}
    if doc_id is not None:
        params["doc"] = int(doc_id)
    with engine.connect() as conn:
        ensure_search_schema(conn)
        rows = _run(conn, statement, params, query, raw)
    return [
        {
            "document_id": document_id,
            "title": title,
            "page": page,
            "block_id": block_id,
            "kind": kind,
            "snippet": snippet(text, wanted),
            "score": -rank,
        }
        for block_id, document_id, title, page, kind, text, rank in rows
    ]


def search_measure_ids(
    conn: Connection,
    query: str,
    where: str,
    params: dict,  # type: ignore[type-arg]
    limit: int,
    raw: bool = False,
) -> list[tuple[int, float]] | None:
    """(measure id, score) for measures matching `query` and the SQL filter
    `where` (built by the caller from fixed text; values in `params`), best
    first. None when the query holds no word (the caller lists by filters)."""
    _require_sqlite(conn)
    expression = _match(query, raw)
    if expression is None:
        return None
    ensure_search_schema(conn)
    statement = (
        f"SELECT m.id, bm25({MEASURE_INDEX}) AS rank FROM {MEASURE_INDEX} "
        f"JOIN measure m ON m.id = {MEASURE_INDEX}.rowid WHERE {MEASURE_INDEX} MATCH :q"
        + (f" AND {where}" if where else "")
        + " ORDER BY rank LIMIT :limit"
    )
    rows = _run(conn, statement, {**params, "q": expression, "limit": int(limit)}, query, raw)
    return [(mid, -rank) for mid, rank in rows]
