"""The state of a SQLite database as plain data, to tell "unchanged" in tests.

In: a database file. Out: every row of every table, sorted, by table name
({} for a file that does not exist): two snapshots are equal exactly when the
database is 'exactly as before'.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text


def snapshot(db_file: Path) -> dict[str, list]:
    """Every row of every table."""
    if not db_file.exists():
        return {}
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.connect() as conn:
        # Table names come from the database's own catalogue, not from input.
        out = {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in inspect(engine).get_table_names()}
    engine.dispose()
    return out
