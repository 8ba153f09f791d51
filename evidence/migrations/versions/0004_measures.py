"""Measures: government assignments, law changes, inquiries, grants, programmes and proposals.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=True),
    sa.Column('page_number', sa.Integer(), nullable=True),
    sa.Column('footnote_number', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('assigned_json', sa.Text(), nullable=False),
    sa.Column('agencies_key', sa.Text(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('year_end', sa.Integer(), nullable=True),
    sa.Column('date', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('duration_years', sa.Integer(), nullable=True),
    sa.Column('amounts_json', sa.Text(), nullable=False),
    sa.Column('report_back', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('diary_numbers_json', sa.Text(), nullable=False),
    sa.Column('designations_json', sa.Text(), nullable=False),
    sa.Column('objective', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('linked_document_id', sa.Integer(), nullable=True),
    sa.Column('link_score', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['linked_document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_measure_actor'), 'measure', ['actor'], unique=False)
    op.create_index(op.f('ix_measure_block_id'), 'measure', ['block_id'], unique=False)
    op.create_index(op.f('ix_measure_document_id'), 'measure', ['document_id'], unique=False)
    op.create_index(op.f('ix_measure_kind'), 'measure', ['kind'], unique=False)
    op.create_index('ix_measure_kind_year', 'measure', ['kind', 'year'], unique=False)
    op.create_index(op.f('ix_measure_linked_document_id'), 'measure', ['linked_document_id'], unique=False)
    op.create_index(op.f('ix_measure_objective'), 'measure', ['objective'], unique=False)
    op.create_index(op.f('ix_measure_year'), 'measure', ['year'], unique=False)


def downgrade() -> None:
    op.drop_table("measure")
