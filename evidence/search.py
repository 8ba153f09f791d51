"""Full-text search over stored blocks and measures, with Swedish stemming.

In: stored documents (blocks) and measures; a user's query. Out: ranked hits
as dicts (document, page, snippet with the hits marked, score: higher is
better), the same on SQLite and PostgreSQL.

kallkoll stems in Python, for both databases: each block is split into
words, every word is reduced to its Snowball Swedish stem (PyStemmer), and
the stems are what the database indexes. `kontaktförbudet` and
`kontaktförbud` share the stem `kontaktförbud`, `våldsutsatta` and
`våldsutsatt` the stem `våldsutsat`. The original text stays in the `block`
and `measure` tables, and snippets are cut from it in Python, marking every
word whose stem was asked for.

- SQLite: FTS5 (https://www.sqlite.org/fts5.html) indexes the stems
  (`unicode61` then only splits them at spaces), ranked by bm25. FTS5 cannot
  run a Python tokenizer, hence the stemming before it.
- PostgreSQL: `to_tsvector('swedish', stems)` in `search_block` and
  `search_measure` (made by migration 0005 and `evidence/schema.py`) under a
  GIN index, matched with `@@` and ranked by `ts_rank_cd` (normalised by
  length, as bm25 is). The built-in `swedish` configuration drops its stop
  words and stems again; a query goes through the same two steps, so both
  sides meet. Its own stemmer alone would not do: PostgreSQL 15's Snowball
  keeps `-et` (`ts_lexize('swedish_stem', 'kontaktförbudet')` is
  `kontaktförbudet`; snowballstem/snowball#47), which the newer Snowball in
  PyStemmer removes. Rows go with their block or measure (ON DELETE CASCADE).

A query is words, never syntax: each word is stemmed, and quotes, `*`, `-`,
`NEAR`, `AND/OR/NOT`, parentheses, `:`, `&`, `|`, `!` and `<->` are searched
for as text or dropped, and never raise; every word is required (FTS5:
quoted stems; PostgreSQL: `plainto_tsquery`). Stop words are dropped unless
nothing else is left (then PostgreSQL drops those of its `swedish` list: it
indexes none, so `och att` finds nothing there).
`raw=True` is for users who want the engine's syntax: SQLite passes the query
to FTS5 unchanged (write stems: `kontaktförbud OR barnahus`); PostgreSQL
stems its words and passes it to `to_tsquery('swedish', …)` (`&`, `|`, `!`,
`<->`, `:*`: `kontaktförbudet | barnahus`). A syntax error then raises
`SearchQueryError`. Values reach SQL only as bound parameters.

Other databases raise `SearchBackendError` when searched; indexing skips
them with a warning, so ingesting still works.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from evidence.errors import EvidenceError
from evidence.snippets import (  # noqa: F401  (re-exported: the text helpers live apart from SQLAlchemy)
    _WORD, HIT_CLOSE, HIT_OPEN, SNIPPET_WORDS, _stemmer, _stop_stems, _word_form, marked_window, query_stems, snippet,
    stems, words,
)
from evidence.schema import SEARCH_BLOCK_TABLE, SEARCH_MEASURE_TABLE, sql_integer
from ingest.model import FOOTER, HEADER

log = logging.getLogger(__name__)

SQLITE, POSTGRES = "sqlite", "postgresql"
# FTS5 virtual tables on SQLite, tables of tsvectors on PostgreSQL.
BLOCK_INDEX = SEARCH_BLOCK_TABLE
MEASURE_INDEX = SEARCH_MEASURE_TABLE
DEFAULT_LIMIT = 20
# Running headers and footers repeat on every page: not worth finding.
UNINDEXED_BLOCK_KINDS = (HEADER, FOOTER)

# PostgreSQL's built-in text-search configuration (stop words, Snowball stemmer).
TS_CONFIG = "swedish"
# ts_rank_cd normalisation 1: divide by 1 + log(length), so long blocks do not
# win by length alone (bm25 normalises by length on SQLite).
TS_RANK_NORMALISATION = 1
# A tsvector holds at most 1 MiB of lexemes and positions ("string is too
# long for tsvector"); stems past this many UTF-8 bytes of one block are not
# indexed on PostgreSQL (at most ~3 bytes of tsvector per byte of stems).
PG_MAX_STEM_BYTES = 300_000
# SQLSTATEs of a bad tsquery: syntax error (42601), data exceptions such as a
# bad phrase distance (22…), a query too large (54…).
_TSQUERY_ERRORS = ("42601", "22", "54")

# Raw DDL: SQLAlchemy has no construct for virtual tables. The rowid is the
# block's (or measure's) id; document_id is stored, not indexed, so a
# document's rows can be removed without the block table.
_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {BLOCK_INDEX} USING fts5("
    "stems, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {MEASURE_INDEX} USING fts5("
    "stems, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
)


class SearchBackendError(EvidenceError, NotImplementedError):
    """Full-text search needs SQLite FTS5 or PostgreSQL, and this database is neither (or lacks FTS5)."""


class SearchQueryError(EvidenceError):
    """A raw full-text query that FTS5 or PostgreSQL's to_tsquery cannot parse."""


# =====================================================================================
# Words and stems
# =====================================================================================


def index_text(text: str) -> str:
    """What FTS5 indexes for `text`: its stems joined by spaces."""
    return " ".join(stems(text))


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a query taken as words: every stem
    quoted (so FTS5 operators in it are plain words), all required. None when
    the query holds no word at all."""
    wanted = query_stems(query)
    if not wanted:
        return None
    return " ".join('"' + s.replace('"', '""') + '"' for s in wanted)


def tsquery_words(query: str) -> str:
    """What PostgreSQL's `plainto_tsquery` gets for a query taken as words:
    its stems (`query_stems`) joined by spaces; empty when it has no word."""
    return " ".join(query_stems(query))


def tsquery_syntax(query: str) -> str:
    """A raw query for PostgreSQL's `to_tsquery`: every word replaced by its
    stem, the operators between words left as they are. NUL, which no
    PostgreSQL text can hold, becomes a space."""
    stemmer = _stemmer()
    return _WORD.sub(
        lambda m: stemmer.stemWord(m.group(0).replace("\u00ad", "").casefold()), query.replace("\x00", " ")
    )


# =====================================================================================
# Schema and indexing
# =====================================================================================

# PostgreSQL statements. Table names and the configuration come from the
# constants above; every value is a bound parameter.
_PG_ADD_BLOCK = (
    f"INSERT INTO {BLOCK_INDEX} (block_id, document_id, vector) "
    f"VALUES (:id, :doc, to_tsvector('{TS_CONFIG}', :stems))"
)
_PG_ADD_MEASURE = (
    f"INSERT INTO {MEASURE_INDEX} (measure_id, document_id, vector) "
    f"VALUES (:id, :doc, to_tsvector('{TS_CONFIG}', :stems))"
)


_SQLITE_ADD_BLOCK = f"INSERT INTO {BLOCK_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"
_SQLITE_ADD_MEASURE = f"INSERT INTO {MEASURE_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"


def _stems_to_index(text: str, postgres: bool, table: str, row_id: int, stems: str | None = None) -> str:
    """`index_text(text)` (or `stems`, worked out already); on PostgreSQL cut
    to PG_MAX_STEM_BYTES at a word boundary (with a warning) so that one huge
    block cannot fail a document's ingest."""
    if stems is None:
        stems = index_text(text)
    if not postgres or len(stems) * 4 <= PG_MAX_STEM_BYTES:  # at most 4 bytes a character: fits
        return stems
    data = stems.encode("utf-8")
    if len(data) <= PG_MAX_STEM_BYTES:
        return stems
    log.warning("%s: %s %d has %d bytes of stems; only the first %d are indexed",
                __name__, table, row_id, len(data), PG_MAX_STEM_BYTES)
    return data[:PG_MAX_STEM_BYTES].decode("utf-8", errors="ignore").rsplit(" ", 1)[0]


def _connection(bind: Session | Connection) -> Connection:
    return bind.connection() if isinstance(bind, Session) else bind


def _backend(bind: Session | Connection | Engine) -> str:
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name
    return bind.dialect.name


def _require_search(bind: Session | Connection | Engine) -> str:
    """The backend's name, when it can search."""
    name = _backend(bind)
    if name not in (SQLITE, POSTGRES):
        raise SearchBackendError(
            name,
            "full-text search needs SQLite FTS5 or PostgreSQL and is not implemented for this database; "
            "use a SQLite (--db kallkoll.db) or PostgreSQL (--db postgresql+psycopg://…) database to search",
        )
    return name


def ensure_search_schema(connection: Session | Connection) -> None:
    """Create the FTS5 tables if they are missing (SQLite). On PostgreSQL the
    index tables are part of the schema (migration 0005): nothing to do."""
    if _require_search(connection) == POSTGRES:
        return
    conn = _connection(connection)
    for ddl in _DDL:
        try:
            conn.exec_driver_sql(ddl)
        except OperationalError as exc:
            raise SearchBackendError(
                "sqlite", f"cannot create the full-text index ({exc.orig}); this SQLite lacks FTS5"
            ) from None


def _skip_unsupported(session: Session, what: str) -> bool:
    if _backend(session) in (SQLITE, POSTGRES):
        return False
    log.warning(
        "%s: database %s has no full-text search; %s not indexed for search",
        __name__, _backend(session), what,
    )
    return True


def remove_document(session: Session, document_id: int) -> None:
    """Drop a document's blocks and measures from the search index, and the
    document from the document index (call it before the document's rows are deleted)."""
    from evidence.docsearch import remove_document as remove_from_document_index

    remove_from_document_index(session, document_id)
    if _skip_unsupported(session, f"document {document_id}"):
        return
    ensure_search_schema(session)
    for table in (BLOCK_INDEX, MEASURE_INDEX):
        # SQLite: document_id is UNINDEXED, this scans the index once per removed
        # document. PostgreSQL: an index on document_id.
        session.execute(sql(f"DELETE FROM {table} WHERE document_id = :doc"), {"doc": document_id})


def index_blocks(session: Session, document_id: int) -> int:
    """(Re)index every block of a stored document; returns how many were indexed."""
    if _skip_unsupported(session, f"blocks of document {document_id}"):
        return 0
    ensure_search_schema(session)
    postgres = _backend(session) == POSTGRES
    if postgres:
        session.execute(sql(f"DELETE FROM {BLOCK_INDEX} WHERE document_id = :doc"), {"doc": document_id})
    else:
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
        {"id": block_id, "stems": _stems_to_index(text, postgres, "block", block_id), "doc": document_id}
        for block_id, text, kind in rows
        if kind not in UNINDEXED_BLOCK_KINDS
    ]
    if values:
        insert = _PG_ADD_BLOCK if postgres else (
            f"INSERT INTO {BLOCK_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"
        )
        session.execute(sql(insert), values)
    return len(values)


def index_measures(session: Session, document_id: int) -> int:
    """(Re)index the stored measures of a document: their sentence, topic and agencies."""
    if _skip_unsupported(session, f"measures of document {document_id}"):
        return 0
    ensure_search_schema(session)
    postgres = _backend(session) == POSTGRES
    if postgres:
        session.execute(sql(f"DELETE FROM {MEASURE_INDEX} WHERE document_id = :doc"), {"doc": document_id})
    else:
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
        {"id": mid, "doc": document_id, "stems": _stems_to_index(
            measure_index_text(text, topic, actor, assigned), postgres, "measure", mid)}
        for mid, text, topic, actor, assigned in rows
    ]
    if values:
        insert = _PG_ADD_MEASURE if postgres else (
            f"INSERT INTO {MEASURE_INDEX} (rowid, stems, document_id) VALUES (:id, :stems, :doc)"
        )
        session.execute(sql(insert), values)
    return len(values)


def measure_index_text(text: str, topic: str | None, actor: str | None, assigned_json: str) -> str:
    """What a measure is indexed by: its sentence, topic and agencies (the
    assigned ones as stored, in JSON)."""
    return " ".join(p for p in (text, topic or "", actor or "", assigned_json) if p)


def write_new_index_rows(
    session: Session, blocks: list[tuple[int, int, str]], measures: list[tuple[int, int, str]]
) -> None:
    """Index blocks and measures just stored (none of them indexed yet), with
    their stems worked out already: (row id, document id, stems) each. One
    statement per index for all of them; the caller has run
    `ensure_search_schema` in this transaction."""
    from evidence.rows import execute_many

    if _skip_unsupported(session, "new blocks and measures"):
        return
    postgres = _backend(session) == POSTGRES

    def values(rows: list[tuple[int, int, str]], kind: str) -> list[dict]:
        return [
            {"id": row_id, "doc": document_id, "stems": _stems_to_index("", postgres, kind, row_id, stems)}
            for row_id, document_id, stems in rows
        ]

    execute_many(session, _PG_ADD_BLOCK if postgres else _SQLITE_ADD_BLOCK, values(blocks, "block"))
    execute_many(session, _PG_ADD_MEASURE if postgres else _SQLITE_ADD_MEASURE, values(measures, "measure"))


def unindex_measures(session: Session, measure_ids: list[int]) -> None:
    """Drop measures from the search index (before their rows are deleted)."""
    if not measure_ids:
        return
    backend = _backend(session)
    if backend == POSTGRES:
        session.execute(
            sql(f"DELETE FROM {MEASURE_INDEX} WHERE measure_id = ANY(:ids)"), {"ids": [int(i) for i in measure_ids]}
        )
    elif backend == SQLITE:
        ensure_search_schema(session)
        session.execute(
            sql(f"DELETE FROM {MEASURE_INDEX} WHERE rowid IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(measure_ids)},
        )


# =====================================================================================
# Searching
# =====================================================================================


# A raw query's cost grows with the square of its terms in both engines (FTS5's
# bm25 and to_tsquery over "våld våld …": 4,000 words took 2.5 s, 8,000 11 s;
# issue 18, item 13). No hand-written query needs this many.
MAX_RAW_WORDS = 200


def _match(query: str, raw: bool, backend: str) -> str | None:
    """The bound value the backend's full-text match gets; None when the query holds nothing to search for."""
    if raw and len(_WORD.findall(query)) > MAX_RAW_WORDS:
        shown = query if len(query) <= 60 else query[:60] + "…"
        raise SearchQueryError(
            repr(shown), f"a raw query of more than {MAX_RAW_WORDS} words is refused; leave out --raw to search for the words"
        )
    if backend == POSTGRES:
        if raw:
            return tsquery_syntax(query) if query.strip() else None
        return tsquery_words(query) or None
    if raw:
        return query if query.strip() else None
    return match_expression(query)


def _tsquery(raw: bool) -> str:
    """The PostgreSQL function call that turns the bound `:q` into a tsquery."""
    return f"to_tsquery('{TS_CONFIG}', :q)" if raw else f"plainto_tsquery('{TS_CONFIG}', :q)"


def _score(rank: float, backend: str) -> float:
    """The `score` of a hit, higher is better on both backends: FTS5's bm25 is
    lower for better matches, ts_rank_cd higher."""
    return -rank if backend == SQLITE else float(rank)


def _run(conn: Connection, statement: str, params: dict, query: str, raw: bool) -> list:  # type: ignore[type-arg]
    try:
        return conn.execute(sql(statement), params).all()
    except OperationalError as exc:
        if raw and conn.dialect.name == SQLITE:
            reason = str(exc.orig).splitlines()[0]
            raise SearchQueryError(
                repr(query), f"not a valid FTS5 query ({reason}); leave out --raw to search for the words"
            ) from None
        raise
    except DBAPIError as exc:
        sqlstate = getattr(exc.orig, "sqlstate", None) or ""
        if raw and conn.dialect.name == POSTGRES and sqlstate.startswith(_TSQUERY_ERRORS):
            reason = str(exc.orig).splitlines()[0]
            raise SearchQueryError(
                repr(query),
                f"not a valid PostgreSQL tsquery ({reason}); use & | ! <-> and parentheses, "
                "or leave out --raw to search for the words",
            ) from None
        raise


def search_blocks(
    engine: Engine,
    query: str,
    doc_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    raw: bool = False,
) -> list[dict]:
    """Blocks matching `query`, best first (bm25 on SQLite, ts_rank_cd on
    PostgreSQL): document id and title, page, snippet, score (higher is better)."""
    backend = _require_search(engine)
    expression = _match(query, raw, backend)
    if expression is None or limit <= 0:
        return []
    wanted = frozenset(query_stems(query))
    if backend == POSTGRES:
        statement = (
            "SELECT b.id, b.document_id, d.title, b.page_number, b.kind, b.text, "
            f"ts_rank_cd(s.vector, query, {TS_RANK_NORMALISATION}) AS rank "
            f"FROM {BLOCK_INDEX} s JOIN block b ON b.id = s.block_id JOIN document d ON d.id = b.document_id, "
            f"{_tsquery(raw)} AS query WHERE s.vector @@ query"
            + (" AND s.document_id = :doc" if doc_id is not None else "")
            + " ORDER BY rank DESC, b.id LIMIT :limit"
        )
    else:
        statement = (
            f"SELECT b.id, b.document_id, d.title, b.page_number, b.kind, b.text, bm25({BLOCK_INDEX}) AS rank "
            f"FROM {BLOCK_INDEX} JOIN block b ON b.id = {BLOCK_INDEX}.rowid JOIN document d ON d.id = b.document_id "
            f"WHERE {BLOCK_INDEX} MATCH :q"
            + (" AND b.document_id = :doc" if doc_id is not None else "")
            + " ORDER BY rank LIMIT :limit"
        )
    params = {"q": expression, "limit": sql_integer(limit)}
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
            "score": _score(rank, backend),
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
    backend = _require_search(conn)
    expression = _match(query, raw, backend)
    if expression is None:
        return None
    ensure_search_schema(conn)
    if backend == POSTGRES:
        statement = (
            f"SELECT m.id, ts_rank_cd(s.vector, query, {TS_RANK_NORMALISATION}) AS rank FROM {MEASURE_INDEX} s "
            f"JOIN measure m ON m.id = s.measure_id, {_tsquery(raw)} AS query WHERE s.vector @@ query"
            + (f" AND {where}" if where else "")
            + " ORDER BY rank DESC, m.id LIMIT :limit"
        )
    else:
        statement = (
            f"SELECT m.id, bm25({MEASURE_INDEX}) AS rank FROM {MEASURE_INDEX} "
            f"JOIN measure m ON m.id = {MEASURE_INDEX}.rowid WHERE {MEASURE_INDEX} MATCH :q"
            + (f" AND {where}" if where else "")
            + " ORDER BY rank LIMIT :limit"
        )
    rows = _run(conn, statement, {**params, "q": expression, "limit": sql_integer(limit)}, query, raw)
    return [(mid, _score(rank, backend)) for mid, rank in rows]
