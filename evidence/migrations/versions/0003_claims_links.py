"""Claims, figures, structure, tables, charts; links, verifications and chains.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chart',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('references_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_chart_document_id'), 'chart', ['document_id'], unique=False)
    op.create_table('doctable',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('header_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rows_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_doctable_document_id'), 'doctable', ['document_id'], unique=False)
    op.create_table('section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('chapter_title', sa.Text(), nullable=True),
    sa.Column('part', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('objective', sa.Integer(), nullable=True),
    sa.Column('block_start', sa.Integer(), nullable=False),
    sa.Column('block_end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_section_document_id'), 'section', ['document_id'], unique=False)
    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('order', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('sentence_ids_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('footnotes_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('chapter', sa.Text(), nullable=True),
    sa.Column('section', sa.Text(), nullable=True),
    sa.Column('objective', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['block_id'], ['block.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_claim_block_id'), 'claim', ['block_id'], unique=False)
    op.create_index(op.f('ix_claim_document_id'), 'claim', ['document_id'], unique=False)
    op.create_index('ix_claim_document_order', 'claim', ['document_id', 'order'], unique=False)
    op.create_index(op.f('ix_claim_kind'), 'claim', ['kind'], unique=False)
    op.create_table('chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('supports_claim_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['supports_claim_id'], ['claim.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_chain_claim_id'), 'chain', ['claim_id'], unique=False)
    op.create_index(op.f('ix_chain_document_id'), 'chain', ['document_id'], unique=False)
    op.create_table('figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('footnote_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('qualifier', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('years_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('period_years', sa.Float(), nullable=True),
    sa.Column('raw', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['footnote_id'], ['footnote.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_figure_claim_id'), 'figure', ['claim_id'], unique=False)
    op.create_index(op.f('ix_figure_document_id'), 'figure', ['document_id'], unique=False)
    op.create_index(op.f('ix_figure_footnote_id'), 'figure', ['footnote_id'], unique=False)
    op.create_index(op.f('ix_figure_unit'), 'figure', ['unit'], unique=False)
    op.create_table('link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('citation_id', sa.Integer(), nullable=True),
    sa.Column('citation_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('passage_document_id', sa.Integer(), nullable=True),
    sa.Column('passage_sentence_id', sa.Integer(), nullable=True),
    sa.Column('passage_page', sa.Integer(), nullable=True),
    sa.Column('passage_text', sa.Text(), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons_json', sa.Text(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['citation_id'], ['citation.id'], ),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['passage_document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['passage_sentence_id'], ['sentence.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_link_claim_id'), 'link', ['claim_id'], unique=False)
    op.create_index(op.f('ix_link_document_id'), 'link', ['document_id'], unique=False)
    op.create_index(op.f('ix_link_passage_document_id'), 'link', ['passage_document_id'], unique=False)
    op.create_table('verification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('figure_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_value', sa.Float(), nullable=True),
    sa.Column('link_id', sa.Integer(), nullable=True),
    sa.Column('passage_text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['figure_id'], ['figure.id'], ),
    sa.ForeignKeyConstraint(['link_id'], ['link.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_verification_claim_id'), 'verification', ['claim_id'], unique=False)
    op.create_index(op.f('ix_verification_document_id'), 'verification', ['document_id'], unique=False)
    op.create_index(op.f('ix_verification_figure_id'), 'verification', ['figure_id'], unique=False)
    op.create_index(op.f('ix_verification_status'), 'verification', ['status'], unique=False)


def downgrade() -> None:
    op.drop_table('chain')
    op.drop_table('verification')
    op.drop_table('link')
    op.drop_table('figure')
    op.drop_table('claim')
    op.drop_table('section')
    op.drop_table('doctable')
    op.drop_table('chart')
