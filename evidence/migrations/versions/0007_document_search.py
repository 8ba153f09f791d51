"""The document search index (issue 15): search_term, search_doc, search_word.

Makes the three tables of `evidence/schema_search.py` and indexes every
stored document with `evidence.docsearch.index_document` (so a database
ingested before this revision becomes searchable with the new ranking). The
backfill calls today's indexer rather than a frozen copy of it: the index is
derived data, and `kallkoll db upgrade` should leave it as a fresh ingest would.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_term",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Integer(), nullable=False),
        sa.Column("lead", sa.Integer(), nullable=False),
        sa.Column("body", sa.Integer(), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.PrimaryKeyConstraint("term", "document_id"),
    )
    op.create_index("ix_search_term_document_id", "search_term", ["document_id"], unique=False)
    op.create_table(
        "search_doc",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.create_index(op.f("ix_search_doc_year"), "search_doc", ["year"], unique=False)
    op.create_table(
        "search_word",
        sa.Column("word", sa.String(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("word"),
    )
    from sqlmodel import Session

    from evidence.docsearch import index_document

    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM document ORDER BY id")).all()]
    session = Session(bind=bind)
    for document_id in ids:
        index_document(session, document_id)
    session.flush()


def downgrade() -> None:
    op.drop_table("search_word")
    op.drop_index(op.f("ix_search_doc_year"), table_name="search_doc")
    op.drop_table("search_doc")
    op.drop_index("ix_search_term_document_id", table_name="search_term")
    op.drop_table("search_term")
