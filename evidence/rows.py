"""Writing many rows at once.

In: a SQLModel table class and plain dicts of column values. Out: the rows
inserted with one executemany, and their new ids when asked for.

Building one ORM object per row cost more than the database did, and asking
for ids with RETURNING made SQLite insert one row per statement (it cannot
promise RETURNING order for a multi-row INSERT); so the ids of a document's
new rows are read back by a key that is unique within the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select, text
from sqlmodel import Session


def execute_many(session: Session, statement: str, rows: list[dict]) -> None:
    """Run `statement` (plain SQL, named parameters `:name`) once per row of
    `rows`. On SQLite it goes straight to the driver's executemany: building
    each row's parameters in SQLAlchemy cost more than SQLite's inserting
    them (the document index has about 90 rows per assignment; issue 18)."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(statement, rows)  # type: ignore[arg-type]
    else:
        connection.execute(text(statement), rows)


def insert_rows(session: Session, model: type, rows: list[dict]) -> None:
    """Insert `rows` (dicts with the same keys) into `model`'s table."""
    if rows:
        session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]


def insert_document_rows(session: Session, model: type, rows: list[dict], key: Sequence[str]) -> list[int]:
    """Insert new `rows` of one or more documents into `model`'s table (one
    executemany) and return their ids in the order of `rows`. The columns in
    `key` must tell the rows apart within a document (a block's `order`, a
    footnote's series and number); the documents must have no other rows in
    the table yet. Their ids are then read back in one query."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    keys = [(row["document_id"], *(row[c] for c in key)) for row in rows]
    connection = session.connection()
    if len(set(keys)) != len(keys):
        # Not told apart by `key`: one INSERT … RETURNING per row, in order.
        result = connection.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        return [row[0] for row in result]
    connection.execute(insert(table), rows)
    document_ids = sorted({k[0] for k in keys})
    where = table.c.document_id == document_ids[0] if len(document_ids) == 1 else table.c.document_id.in_(document_ids)
    by_key = {
        tuple(found[1:]): found[0]
        for found in connection.execute(select(table.c.id, table.c.document_id, *(table.c[c] for c in key)).where(where))
    }
    return [by_key[k] for k in keys]

