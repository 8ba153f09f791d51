"""A range is one figure (issue 14): figure.high, the high end of a range.

Before this revision a range ("16–24 år") was two rows, `range_low` and
`range_high`. The upgrade joins each such pair into one row of role `range`
(the low row keeps its id, takes the high end in `high` and the span of both;
the high row and its verdict go). Verdicts are derived data: run
`kallkoll verify` (or re-ingest) to judge the joined ranges as ranges.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.add_column(sa.Column("high", sa.Float(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, claim_id, footnote_id, value, role, raw, char_end FROM figure "
        "WHERE role IN ('range_low', 'range_high') ORDER BY document_id, claim_id, footnote_id, char_start, id"
    )).all()
    for low, high in zip(rows, rows[1:]):
        if (low.role, high.role) != ("range_low", "range_high") or (low.claim_id, low.footnote_id) != (
                high.claim_id, high.footnote_id):
            continue
        bind.execute(sa.text("UPDATE figure SET high = :high, role = 'range', raw = :raw, char_end = :end "
                             "WHERE id = :id"),
                     {"high": high.value, "raw": f"{low.raw}–{high.raw}", "end": high.char_end, "id": low.id})
        bind.execute(sa.text("DELETE FROM verification WHERE figure_id = :id"), {"id": high.id})
        bind.execute(sa.text("DELETE FROM figure WHERE id = :id"), {"id": high.id})


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE figure SET role = 'range_low' WHERE role = 'range'"))
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("high")
