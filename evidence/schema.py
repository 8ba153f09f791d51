"""The SQLModel schema: what kallkoll stores.

In: nothing. Out: table classes used by `evidence/store.py`. Every child row
carries `document_id` (indexed) so a document can be replaced or exported
with one query per table; foreign keys tie sentences to blocks and markers to
sentences and footnotes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


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


# Children first: the order in which a document's rows are deleted.
DOCUMENT_CHILDREN = (FootnoteMarker, Footnote, Sentence, Block, Page)
