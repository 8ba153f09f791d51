"""PostgreSQL full-text search: tsvector tables for blocks and measures under GIN indexes.

On PostgreSQL this makes `search_block` and `search_measure` (one tsvector
per block or measure, built with the built-in `swedish` configuration from
the words' Snowball stems) and fills them from the stored rows, so a
database ingested before this revision becomes searchable. On SQLite it does
nothing: SQLite's index is in FTS5 virtual tables that `evidence/search.py`
makes on first use.

The statements are the ones `evidence/schema.py` runs for a new database,
copied here so that this revision stays what it was when later ones change.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import re

import Stemmer
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DDL = (
    "CREATE TABLE IF NOT EXISTS search_block ("
    "block_id INTEGER PRIMARY KEY REFERENCES block (id) ON DELETE CASCADE, "
    "document_id INTEGER NOT NULL, vector TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_block_document_id ON search_block (document_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_block_vector ON search_block USING gin (vector)",
    "CREATE TABLE IF NOT EXISTS search_measure ("
    "measure_id INTEGER PRIMARY KEY REFERENCES measure (id) ON DELETE CASCADE, "
    "document_id INTEGER NOT NULL, vector TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_measure_document_id ON search_measure (document_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_measure_vector ON search_measure USING gin (vector)",
)
BATCH = 2000
# As evidence/search.py indexes at this revision: words (soft hyphens inside
# them dropped), casefolded, reduced to their Snowball Swedish stems, at most
# MAX_STEM_BYTES of them per row (a tsvector holds 1 MiB); running headers
# and footers are not indexed.
_WORD = re.compile(r"[\w\u00ad]+")
MAX_STEM_BYTES = 300_000


def _stems(stemmer: Stemmer.Stemmer, text: str) -> str:
    words = [m.group(0).replace("\u00ad", "").casefold() for m in _WORD.finditer(text)]
    data = " ".join(stemmer.stemWords(words)).encode("utf-8")
    if len(data) <= MAX_STEM_BYTES:
        return data.decode("utf-8")
    return data[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rsplit(" ", 1)[0]


def _backfill(bind: sa.engine.Connection, select: str, insert: str, text_of) -> None:  # type: ignore[no-untyped-def]
    """Index every row `select` yields, BATCH rows at a time in id order."""
    stemmer = Stemmer.Stemmer("swedish")
    after = 0
    while True:
        rows = bind.execute(sa.text(select), {"after": after, "batch": BATCH}).all()
        if not rows:
            return
        values = [{"id": row[0], "doc": row[1], "stems": _stems(stemmer, text_of(row))} for row in rows]
        bind.execute(sa.text(insert), values)
        after = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for ddl in DDL:
        op.execute(ddl)
    _backfill(
        bind,
        "SELECT id, document_id, text, kind FROM block WHERE id > :after "
        "AND kind NOT IN ('header', 'footer') ORDER BY id LIMIT :batch",
        "INSERT INTO search_block (block_id, document_id, vector) "
        "VALUES (:id, :doc, to_tsvector('swedish', :stems)) ON CONFLICT (block_id) DO NOTHING",
        lambda row: row[2],
    )
    _backfill(
        bind,
        "SELECT id, document_id, text, topic, actor, assigned_json FROM measure WHERE id > :after "
        "ORDER BY id LIMIT :batch",
        "INSERT INTO search_measure (measure_id, document_id, vector) "
        "VALUES (:id, :doc, to_tsvector('swedish', :stems)) ON CONFLICT (measure_id) DO NOTHING",
        lambda row: " ".join(p for p in (row[2], row[3] or "", row[4] or "", row[5]) if p),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS search_measure")
    op.execute("DROP TABLE IF EXISTS search_block")
