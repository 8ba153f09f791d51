"""Whole rows of one table, read through a Reader, as small named tuples.

In: a Reader (`evidence/reader.py`), a table name, an optional SQL condition
(fixed text written by the caller; values only in `params`) and order.
Out: named tuples whose fields are the table's columns (`schema_columns.TABLES`),
so `row.page_number` reads as the ORM's `S.Footnote.page_number` did.

Why: `check` and `verify` read a few tables whole; the ORM models would cost
them SQLAlchemy, SQLModel and pydantic at start-up (issue 17: fast start).
Values are what the database driver gives: sqlite3 returns a boolean column
as 0/1 and a datetime as text, which the readers here only test for truth
or do not read.
"""

from __future__ import annotations

from collections import namedtuple
from functools import cache
from typing import Any

from evidence.reader import Reader
from evidence.schema_columns import TABLES


@cache
def record_type(table: str) -> type:
    """The named tuple of a `table` row (fields in the table's column order)."""
    return namedtuple(f"{table.capitalize()}Record", TABLES[table])  # type: ignore[misc]


def select_list(table: str, alias: str = "") -> str:
    """The table's columns for a SELECT, quoted (`order` is an SQL keyword)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{column}"' for column in TABLES[table])


def records(reader: Reader, table: str, where: str = "", params: dict[str, Any] | None = None,
            order: str = "") -> list[Any]:
    """The rows of `table` matching `where` (no condition: every row), as `record_type(table)`."""
    make = record_type(table)
    statement = f"SELECT {select_list(table)} FROM {table}" + (f" WHERE {where}" if where else "") + (
        f" ORDER BY {order}" if order else "")
    return [make(*row) for row in reader.rows(statement, params)]
