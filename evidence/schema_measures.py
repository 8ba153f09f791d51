"""The SQLModel table for measures (issue 6).

In: nothing. Out: the `Measure` table, one row per measure found in a stored
document (`extract/measures.py`), imported by `evidence/schema.py` so that
`create_all` makes it. Lists (assigned agencies, amounts, diary numbers,
designations) are JSON text, as elsewhere in the schema; `agencies_key` is the
casefolded `|actor|assigned…|` string that actor filters match against.

A measure belongs to its document (`document_id`): replacing or deleting the
document must first delete its measures and clear links to it
(`evidence.measures.remove_measures`).
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel


class Measure(SQLModel, table=True):
    __table_args__ = (Index("ix_measure_kind_year", "kind", "year"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    # The block the sentence stands in (null for a measure found in a footnote).
    block_id: int | None = Field(default=None, index=True)
    page_number: int | None = None
    footnote_number: int | None = None
    kind: str = Field(index=True)
    actor: str | None = Field(default=None, index=True)
    assigned_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    agencies_key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    year: int | None = Field(default=None, index=True)
    year_end: int | None = None
    date: str | None = None
    duration_years: int | None = None
    amounts_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    report_back: str | None = None
    diary_numbers_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    designations_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    objective: int | None = Field(default=None, index=True)
    status: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    topic: str | None = Field(default=None, sa_column=Column(Text))
    char_start: int = 0
    char_end: int = 0
    # The assignment document this measure describes (`evidence.measures.link_measures`).
    linked_document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    link_score: float | None = None
