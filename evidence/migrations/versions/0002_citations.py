"""Citations and sources: catalogue entries, the source registry, citations; what documents and footnotes say for resolution.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogueentry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('designation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('catalogue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('published', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('publisher', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('attachments_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('designation', 'url', 'catalogue')
    )
    op.create_index(op.f('ix_catalogueentry_designation'), 'catalogueentry', ['designation'], unique=False)
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('designation', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('publisher', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('published', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('aliases_json', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('catalogue_entry_id', sa.Integer(), nullable=True),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('resolution_score', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['catalogue_entry_id'], ['catalogueentry.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_source_designation'), 'source', ['designation'], unique=False)
    op.create_index(op.f('ix_source_document_id'), 'source', ['document_id'], unique=False)
    op.create_index(op.f('ix_source_key'), 'source', ['key'], unique=True)
    op.create_table('citation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('footnote_id', sa.Integer(), nullable=False),
    sa.Column('footnote_number', sa.Integer(), nullable=False),
    sa.Column('footnote_series', sa.Integer(), nullable=False),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('designation', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.ForeignKeyConstraint(['footnote_id'], ['footnote.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_citation_document_id'), 'citation', ['document_id'], unique=False)
    op.create_index(op.f('ix_citation_footnote_id'), 'citation', ['footnote_id'], unique=False)
    op.create_index(op.f('ix_citation_key'), 'citation', ['key'], unique=False)
    op.create_index(op.f('ix_citation_source_id'), 'citation', ['source_id'], unique=False)
    op.add_column("document", sa.Column("designations", sa.Text(), nullable=False, server_default=""))
    op.add_column("document", sa.Column("cover", sa.Text(), nullable=False, server_default=""))
    op.add_column("footnote", sa.Column("remainder", sa.Text(), nullable=False, server_default=""))
    op.add_column("footnote", sa.Column("explanatory", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("footnote", sa.Column("problems", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_table('citation')
    op.drop_table('source')
    op.drop_table('catalogueentry')
    with op.batch_alter_table("footnote") as batch:
        batch.drop_column("problems")
        batch.drop_column("explanatory")
        batch.drop_column("remainder")
    with op.batch_alter_table("document") as batch:
        batch.drop_column("cover")
        batch.drop_column("designations")

