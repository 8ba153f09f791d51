"""Verdicts with their passage page, a confidence and reasons (issue 14).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("verification") as batch:
        batch.add_column(sa.Column("passage_page", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
        batch.add_column(sa.Column("reasons_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("verification") as batch:
        batch.drop_column("reasons_json")
        batch.drop_column("confidence")
        batch.drop_column("passage_page")
