"""The ORM-free read path (evidence/reader.py, evidence/listing.py): same answers as the engine's.

A SQLite file at the newest schema is read with sqlite3; every other case goes
through open_engine. These tests hold the two ways to the same results, the
schema's column table to the models, and the fallback to the engine's checks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import DEMO_CORPUS
from evidence.errors import DocumentNotFoundError, StoreError
from evidence.listing import find_document, footnotes_of, list_documents
from evidence.pipeline import ingest_paths
from evidence.reader import CoreReader, SqliteReader, _expand, open_reader
from evidence.schema_columns import TABLES
from evidence.store import close_engine, open_engine


def test_column_table_matches_the_models() -> None:
    from sqlmodel import SQLModel

    import evidence.schema  # noqa: F401 — fills the metadata

    models = {name: tuple(c.name for c in table.columns) for name, table in SQLModel.metadata.tables.items()}
    assert TABLES == models, "update evidence/schema_columns.py with the schema (a migration changed it)"


REFS = ("1", "2", "Demomyndighetens", "sou-2099", "SOU 2099:1", str(DEMO_CORPUS / "uppfoljning-demo-2025.txt"))


def test_sqlite_file_is_read_without_the_engine_and_agrees_with_it(demo_sqlite_url: str) -> None:
    fast = open_reader(demo_sqlite_url)
    assert isinstance(fast, SqliteReader)
    slow = CoreReader(open_engine(demo_sqlite_url))
    assert list_documents(fast) == list_documents(slow)
    for ref in REFS:
        a, b = find_document(fast, ref), find_document(slow, ref)
        assert a == b, ref
        assert footnotes_of(fast, a.id) == footnotes_of(slow, b.id)
    for ref in ("våld", "no such document"):  # ambiguous, and missing: the same message
        with pytest.raises(DocumentNotFoundError) as fast_error:
            find_document(fast, ref)
        with pytest.raises(DocumentNotFoundError) as slow_error:
            find_document(slow, ref)
        assert str(fast_error.value) == str(slow_error.value)


def test_check_verify_and_measures_read_the_same_both_ways(demo_sqlite_url: str) -> None:
    """`check`, `verify` and `measures search` read through sqlite3 as through the engine (issue 17)."""
    from evidence.check import check_document
    from evidence.measure_search import find_measures
    from evidence.verdicts import coverage, verification_rows

    fast = open_reader(demo_sqlite_url)
    assert isinstance(fast, SqliteReader)
    slow = CoreReader(open_engine(demo_sqlite_url))
    doc = find_document(fast, "Demomyndighetens").id
    findings = check_document(fast, doc)
    assert findings and findings == check_document(slow, doc)
    rows = verification_rows(fast, doc)
    assert rows and rows == verification_rows(slow, doc)
    assert verification_rows(fast, doc, status="mismatch", min_confidence=0.5) == verification_rows(
        slow, doc, status="mismatch", min_confidence=0.5)
    assert coverage(fast, doc) == coverage(slow, doc)
    for query, filters in (("våldsutsatta", {}), ("uppdrag att följa upp", {"year_from": 2020}), ("", {})):
        found = find_measures(fast, query, **filters)  # type: ignore[arg-type]
        assert found == find_measures(slow, query, **filters)  # type: ignore[arg-type]
    assert find_measures(fast, "våldsutsatta")["results"] and find_measures(fast, "")["results"]


def test_each_backend_reads_the_same(module_db_url: str, demo_sqlite_url: str) -> None:
    """PostgreSQL through SQLAlchemy Core, SQLite through sqlite3: the same SQL, the same answers."""
    assert ingest_paths([DEMO_CORPUS], db=module_db_url, workers=1).ok
    reader = open_reader(module_db_url)
    assert isinstance(reader, SqliteReader if module_db_url.startswith("sqlite") else CoreReader)
    sqlite = open_reader(demo_sqlite_url)

    def comparable(docs: list[dict]) -> list[dict]:
        return [{k: v for k, v in d.items() if k != "id"} for d in docs]

    assert comparable(list_documents(reader)) == comparable(list_documents(sqlite))
    doc = find_document(reader, "Demomyndighetens")
    assert footnotes_of(reader, doc.id) == footnotes_of(sqlite, find_document(sqlite, "Demomyndighetens").id)


def test_every_other_sqlite_file_goes_through_the_engine(tmp_path: Path, demo_sqlite_url: str) -> None:
    # A new file: created by the engine, as before.
    new = tmp_path / "new.db"
    assert isinstance(open_reader(str(new)), CoreReader) and new.exists()
    close_engine(str(new))
    # An unknown revision: the engine's refusal, word for word.
    source = demo_sqlite_url.removeprefix("sqlite:///")
    newer = tmp_path / "newer.db"
    with sqlite3.connect(source) as src, sqlite3.connect(newer) as dst:
        src.backup(dst)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError) as via_reader:
        open_reader(str(newer))
    with pytest.raises(StoreError) as via_engine:
        open_engine(str(newer))
    assert str(via_reader.value) == str(via_engine.value) and "0099" in str(via_reader.value)
    # A table lacking a column: damaged, said by the engine.
    damaged = tmp_path / "damaged.db"
    with sqlite3.connect(source) as src, sqlite3.connect(damaged) as dst:
        src.backup(dst)
    with sqlite3.connect(damaged) as conn:
        conn.execute("ALTER TABLE chart DROP COLUMN references_json")
    with pytest.raises(StoreError, match="damaged"):
        open_reader(str(damaged))


def test_list_parameters_expand_as_sqlalchemy_does() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])
    reader = SqliteReader(conn, ":memory:")
    assert reader.rows("SELECT x FROM t WHERE x IN :xs ORDER BY x", {"xs": [3, 1]}) == [(1,), (3,)]
    assert reader.rows("SELECT x FROM t WHERE x IN :xs", {"xs": []}) == []
    assert reader.rows("SELECT x FROM t WHERE x NOT IN :xs ORDER BY x", {"xs": ()}) == [(1,), (2,), (3,)]
    assert _expand("SELECT :a, :b", {"a": 1, "b": 2}) == ("SELECT :a, :b", {"a": 1, "b": 2})
    with pytest.raises(StoreError, match="cannot read database"):
        reader.rows("SELECT nothing FROM nowhere")
