"""Integers from the command line, made safe to bind: row ids and clamped values.

In: a reference string or an int. Out: a row id or None, or the int clamped to
what SQLite's INTEGER and PostgreSQL's BIGINT hold. Apart from
`evidence/schema.py` (which re-exports them) so that the read-only commands
use them without importing the models (issue 17: fast start).
"""

from __future__ import annotations

# The largest integer a row id or a bound parameter may be (SQLite INTEGER,
# PostgreSQL BIGINT); a larger one from the command line (a 30-digit id) made
# the driver raise OverflowError (issue 18).
SQL_INTEGER_MAX = 2**63 - 1


def sql_integer(value: int) -> int:
    """`value` clamped to what the database can compare it with."""
    return max(-SQL_INTEGER_MAX - 1, min(int(value), SQL_INTEGER_MAX))


def as_row_id(ref: str) -> int | None:
    """`ref` as a row id when it is written in ASCII digits (not `¹` or `٣`,
    which str.isdigit also takes) and fits the database; else None."""
    if ref.isascii() and ref.isdigit() and int(ref) <= SQL_INTEGER_MAX:
        return int(ref)
    return None
