"""Alembic environment: runs kallkoll's migrations on the connection it is given.

`evidence/db.py` builds the Alembic config programmatically and passes an
open connection in `config.attributes["connection"]`; there is no alembic.ini.
"""

from __future__ import annotations

from alembic import context

import evidence.schema  # noqa: F401 — registers every table on SQLModel.metadata
from sqlmodel import SQLModel

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
