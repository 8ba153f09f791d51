"""The SQLModel tables of the document search index (issue 15).

In: nothing. Out: three tables, imported by `evidence/schema.py` so that
`create_all` makes them on every backend (migration 0007 for older databases):

- `search_term`: one row per (term, document): how often the term (a
  Snowball stem, or the stem of a part of a compound) occurs in the
  document's title, its lead (the decision sentence, agencies and diary
  numbers of an assignment; the first paragraph otherwise), its body (every
  block, headers and footers left out) and as a part of a compound in the
  body. Ranking (BM25F) happens in Python from these counts, so SQLite and
  PostgreSQL rank alike.
- `search_doc`: one row per document: the body's length in terms and the
  document's year (for `--from/--to`).
- `search_word`: the vocabulary, each indexed word with its stem: typo
  correction and query-side compound splitting look words up here.

Rows of `search_term` and `search_doc` go with their document
(`evidence.docsearch.remove_document`); `search_word` only grows.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class SearchTerm(SQLModel, table=True):
    __tablename__ = "search_term"
    __table_args__ = (Index("ix_search_term_document_id", "document_id"),)
    term: str = Field(primary_key=True)
    document_id: int = Field(primary_key=True, foreign_key="document.id")
    title: int = 0
    lead: int = 0
    body: int = 0
    part: int = 0


class SearchDoc(SQLModel, table=True):
    __tablename__ = "search_doc"
    document_id: int = Field(primary_key=True, foreign_key="document.id")
    length: int = 0
    year: int | None = Field(default=None, index=True)


class SearchWord(SQLModel, table=True):
    __tablename__ = "search_word"
    word: str = Field(primary_key=True)
    term: str
