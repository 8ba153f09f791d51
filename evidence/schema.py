"""The SQLModel schema: what kallkoll stores.

In: nothing. Out: table classes used by `evidence/store.py`. Every child row
carries `document_id` (indexed) so a document can be replaced or exported
with one query per table; foreign keys tie sentences to blocks and markers to
sentences and footnotes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DDL, Column, Index, Text, UniqueConstraint, event
from sqlmodel import Field, SQLModel

# Row ids and clamped integers, defined apart so read-only commands need not import the models.
from evidence.sqlint import SQL_INTEGER_MAX, as_row_id, sql_integer  # noqa: F401 (re-exported)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Document(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True)
    title: str
    kind: str = Field(index=True)
    format: str
    sha256: str = Field(unique=True, index=True)
    encoding: str | None = None
    page_count: int = 0
    metadata_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    # What the document says about itself, for resolving citations to it:
    # ';SOU 2019:43;…;' and its title and opening lines, casefolded.
    designations: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    cover: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    ingested_at: datetime = Field(default_factory=_now)


class Page(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("document_id", "page_number"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    page_number: int
    width: float | None = None
    height: float | None = None


class Block(SQLModel, table=True):
    __table_args__ = (Index("ix_block_document_order", "document_id", "order"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    page_number: int
    order: int
    kind: str
    level: int | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    font_size: float | None = None


class Sentence(SQLModel, table=True):
    __table_args__ = (Index("ix_sentence_document_order", "document_id", "order"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    block_id: int = Field(foreign_key="block.id", index=True)
    page_number: int
    order: int
    char_start: int
    char_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class Footnote(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("document_id", "series", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    number: int
    series: int = 0
    page_number: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    sentence_id: int | None = Field(default=None, foreign_key="sentence.id", index=True)
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    font_size: float | None = None
    # What citation parsing left over (explanatory text), never dropped.
    remainder: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    explanatory: bool = False
    problems: str = ""


class FootnoteMarker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    block_id: int = Field(foreign_key="block.id", index=True)
    sentence_id: int | None = Field(default=None, foreign_key="sentence.id", index=True)
    footnote_id: int | None = Field(default=None, foreign_key="footnote.id", index=True)
    number: int
    series: int = 0
    char_start: int
    raw: str


class CatalogueEntry(SQLModel, table=True):
    """One entry of an imported catalogue (regeringen.se lists, SFS front matter)."""

    __table_args__ = (UniqueConstraint("designation", "url", "catalogue"),)
    id: int | None = Field(default=None, primary_key=True)
    designation: str = Field(index=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    catalogue: str  # the list it came from, e.g. statens-offentliga-utredningar
    published: str | None = None
    url: str | None = None
    summary: str | None = Field(default=None, sa_column=Column(Text))
    publisher: str | None = None
    attachments_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))


class Source(SQLModel, table=True):
    """A distinct cited work: the bibliography entry that citations point to."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)
    kind: str
    author: str | None = None
    year: int | None = None
    designation: str | None = Field(default=None, index=True)
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    aliases_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    catalogue_entry_id: int | None = Field(default=None, foreign_key="catalogueentry.id")
    resolved_by: str | None = None  # "document", "catalogue" or None (unresolved)
    resolution_score: float | None = None


class Citation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    footnote_id: int = Field(foreign_key="footnote.id", index=True)
    footnote_number: int
    footnote_series: int = 0
    page_number: int
    position: int  # order within its footnote
    kind: str
    key: str = Field(index=True)
    raw: str = Field(sa_column=Column(Text, nullable=False))
    title: str | None = None
    author: str | None = None
    year: int | None = None
    designation: str | None = None
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)


class SectionRow(SQLModel, table=True):
    """A chapter (level 1) or section (level 2) of a report, with its strategy objective."""

    __tablename__ = "section"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    level: int
    title: str = Field(sa_column=Column(Text, nullable=False))
    chapter_title: str | None = Field(default=None, sa_column=Column(Text))
    part: str | None = None  # foreword, summary, summary_en, body
    page_number: int
    objective: int | None = None
    block_start: int
    block_end: int


class Claim(SQLModel, table=True):
    __table_args__ = (Index("ix_claim_document_order", "document_id", "order"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    block_id: int = Field(foreign_key="block.id", index=True)
    order: int
    kind: str = Field(index=True)  # claim, assessment, proposal, summary, summary_en
    text: str = Field(sa_column=Column(Text, nullable=False))
    page_number: int
    char_start: int
    char_end: int
    sentence_ids_json: str = "[]"
    footnotes_json: str = "[]"
    chapter: str | None = Field(default=None, sa_column=Column(Text))
    section: str | None = Field(default=None, sa_column=Column(Text))
    objective: int | None = None


class FigureRow(SQLModel, table=True):
    """A number with its meaning, in a claim or in a footnote."""

    __tablename__ = "figure"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    footnote_id: int | None = Field(default=None, foreign_key="footnote.id", index=True)
    value: float
    unit: str = Field(index=True)
    qualifier: str | None = None
    subject: str | None = None
    years_json: str = "[]"
    role: str = "value"
    period_years: float | None = None
    raw: str
    char_start: int
    char_end: int
    high: float | None = None  # a range's high end (role "range"; `value` is its low end)


class TableRow(SQLModel, table=True):
    __tablename__ = "doctable"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    label: str | None = None
    caption: str | None = Field(default=None, sa_column=Column(Text))
    source: str | None = Field(default=None, sa_column=Column(Text))
    page_number: int
    header_json: str = "[]"
    rows_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))


class Chart(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    label: str | None = None
    caption: str | None = Field(default=None, sa_column=Column(Text))
    source: str | None = Field(default=None, sa_column=Column(Text))
    page_number: int
    references_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))


class Link(SQLModel, table=True):
    """A claim's cited source and a passage in it that may support the claim."""

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    citation_id: int | None = Field(default=None, foreign_key="citation.id")
    citation_key: str
    source_id: int | None = Field(default=None, foreign_key="source.id")
    passage_document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    passage_sentence_id: int | None = Field(default=None, foreign_key="sentence.id")
    passage_page: int | None = None
    passage_text: str | None = Field(default=None, sa_column=Column(Text))
    score: float = 0.0
    reasons_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    rank: int = 0


class Verification(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    figure_id: int = Field(foreign_key="figure.id", index=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    status: str = Field(index=True)
    source_value: float | None = None
    link_id: int | None = Field(default=None, foreign_key="link.id")
    passage_text: str | None = Field(default=None, sa_column=Column(Text))
    # The page of `passage_text`, how sure the verdict is (0–1), and what
    # matched (unit, words near both numbers, years, the cited page) or, for
    # not_found, why (issue 14).
    passage_page: int | None = None
    confidence: float | None = None
    reasons_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}", server_default="{}"))


class Chain(SQLModel, table=True):
    """A summary sentence, assessment or proposal and a body claim that makes the same statement."""

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    supports_claim_id: int = Field(foreign_key="claim.id")
    score: float
    reasons_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


# Measures (issue 6) live in their own module; importing it registers the table.
from evidence.schema_measures import Measure  # noqa: E402,F401
# The document search index (issue 15), likewise.
from evidence.schema_search import SearchDoc, SearchTerm, SearchWord  # noqa: E402,F401

# Children first: the order in which a document's rows are deleted.
DOCUMENT_CHILDREN = (Verification, Chain, Link, FigureRow, Claim, SectionRow, TableRow, Chart, Citation, FootnoteMarker, Footnote, Sentence, Block, Page)


# PostgreSQL's full-text index (evidence/search.py; migration 0005). SQLite
# keeps its index in FTS5 virtual tables that evidence/search.py makes on
# first use; PostgreSQL keeps one tsvector per block or measure in these
# tables, under a GIN index. They are not models: only raw SQL in
# evidence/search.py reads them, and SQLite must not get them (their names
# are the FTS5 tables' there). A row goes with its block or measure (ON
# DELETE CASCADE), so a replaced or deleted document never leaves one behind.
SEARCH_BLOCK_TABLE = "search_block"
SEARCH_MEASURE_TABLE = "search_measure"
POSTGRES_SEARCH_DDL = {
    "block": (
        f"CREATE TABLE IF NOT EXISTS {SEARCH_BLOCK_TABLE} ("
        "block_id INTEGER PRIMARY KEY REFERENCES block (id) ON DELETE CASCADE, "
        "document_id INTEGER NOT NULL, vector TSVECTOR NOT NULL)",
        f"CREATE INDEX IF NOT EXISTS ix_{SEARCH_BLOCK_TABLE}_document_id ON {SEARCH_BLOCK_TABLE} (document_id)",
        f"CREATE INDEX IF NOT EXISTS ix_{SEARCH_BLOCK_TABLE}_vector ON {SEARCH_BLOCK_TABLE} USING gin (vector)",
    ),
    "measure": (
        f"CREATE TABLE IF NOT EXISTS {SEARCH_MEASURE_TABLE} ("
        "measure_id INTEGER PRIMARY KEY REFERENCES measure (id) ON DELETE CASCADE, "
        "document_id INTEGER NOT NULL, vector TSVECTOR NOT NULL)",
        f"CREATE INDEX IF NOT EXISTS ix_{SEARCH_MEASURE_TABLE}_document_id ON {SEARCH_MEASURE_TABLE} (document_id)",
        f"CREATE INDEX IF NOT EXISTS ix_{SEARCH_MEASURE_TABLE}_vector ON {SEARCH_MEASURE_TABLE} USING gin (vector)",
    ),
}
# A new database is made by create_all (evidence/db.py), not by the
# migrations: these make the same tables there, on PostgreSQL only.
for _owner, _statements in ((Block, POSTGRES_SEARCH_DDL["block"]), (Measure, POSTGRES_SEARCH_DDL["measure"])):
    for _ddl in _statements:
        event.listen(_owner.__table__, "after_create", DDL(_ddl).execute_if(dialect="postgresql"))  # type: ignore[attr-defined]
