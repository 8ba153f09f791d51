"""Schema migrations: a database made at the first migration is upgraded and read back."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from cli.main import app
from evidence.db import _config, head_revision

runner = CliRunner()


def test_database_at_first_migration_upgrades_and_reads_back(tmp_path: Path) -> None:
    db_file = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")
        # A document as the first version stored it.
        conn.execute(text(
            "INSERT INTO document (id, path, title, kind, format, sha256, encoding, page_count, metadata_json, ingested_at) "
            "VALUES (1, '/r.txt', 'Gammal rapport', 'report', 'text', :sha, 'utf-8', 1, '{}', '2024-01-01 00:00:00')"
        ), {"sha": "a" * 64})
        conn.execute(text("INSERT INTO page (id, document_id, page_number) VALUES (1, 1, 1)"))
        conn.execute(text(
            "INSERT INTO block (id, document_id, page_number, \"order\", kind, text) "
            "VALUES (1, 1, 1, 0, 'paragraph', 'Två procent av kvinnorna utsattes under 2022.')"
        ))
        conn.execute(text(
            "INSERT INTO sentence (id, document_id, block_id, page_number, \"order\", char_start, char_end, text) "
            "VALUES (1, 1, 1, 1, 0, 0, 45, 'Två procent av kvinnorna utsattes under 2022.')"
        ))
        conn.execute(text(
            "INSERT INTO footnote (id, document_id, number, series, page_number, text, sentence_id) "
            "VALUES (1, 1, 1, 0, 1, 'Brottsförebyggande rådet 2023c.', 1)"
        ))
    engine.dispose()

    # An old database is refused until upgraded, with a message that says what to do.
    refused = runner.invoke(app, ["documents", "--db", str(db_file)])
    assert refused.exit_code == 1 and "kallkoll db upgrade" in refused.output

    info = json.loads(runner.invoke(app, ["db", "info", "--db", str(db_file), "--json"]).output)
    assert info["schema_version"] == "0001" and info["backend"] == "sqlite"

    result = runner.invoke(app, ["db", "upgrade", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert f"0001 → {head_revision()}" in result.output

    notes = json.loads(runner.invoke(app, ["footnotes", "Gammal", "--db", str(db_file), "--json"]).output)
    assert notes == [{"number": 1, "series": 0, "page": 1, "text": "Brottsförebyggande rådet 2023c.", "sentence_id": 1,
                      "sentence": "Två procent av kvinnorna utsattes under 2022."}]
    info = json.loads(runner.invoke(app, ["db", "info", "--db", str(db_file), "--json"]).output)
    assert info["schema_version"] == head_revision() and info["counts"]["documents"] == 1


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    from sqlalchemy import inspect
    from sqlmodel import SQLModel

    import evidence.schema  # noqa: F401

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
        migrated = {t: {c["name"] for c in inspect(conn).get_columns(t)} for t in tables}
    modelled = {t.name: {c.name for c in t.columns} for t in SQLModel.metadata.sorted_tables}
    assert {t: migrated.get(t) for t in modelled} == modelled


def test_schema_head_is_the_newest_migration(tmp_path: Path) -> None:
    # evidence.db.SCHEMA_HEAD spares every command an Alembic import; it must
    # name the newest script, and a new database must be stamped as Alembic would.
    from alembic.runtime.migration import MigrationContext

    from evidence.db import SCHEMA_HEAD, migration_head
    from evidence.store import close_engine, open_engine

    assert SCHEMA_HEAD == migration_head()
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_engine(url)
    close_engine(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == SCHEMA_HEAD
    engine.dispose()


def test_range_pairs_become_one_figure_on_upgrade(tmp_path: Path) -> None:
    # 0008 (issue 14): a range stored as range_low + range_high rows is one row of role "range".
    db_file = tmp_path / "ranges.db"
    engine = create_engine(f"sqlite:///{db_file}")
    text_ = "Flickor i åldern 16–24 år och 7 procent av pojkarna."
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0007")
        conn.execute(text(
            "INSERT INTO document (id, path, title, kind, format, sha256, encoding, page_count, metadata_json, ingested_at) "
            "VALUES (1, '/r.txt', 'Rapport', 'report', 'text', :sha, 'utf-8', 1, '{}', '2024-01-01 00:00:00')"
        ), {"sha": "b" * 64})
        for fid, value, role, raw, start, end in [(1, 16, "range_low", "16", 17, 19), (2, 24, "range_high", "24 år", 20, 25),
                                                  (3, 7, "value", "7 procent", 30, 39)]:
            conn.execute(text(
                "INSERT INTO figure (id, document_id, value, unit, years_json, role, raw, char_start, char_end) "
                "VALUES (:id, 1, :value, 'age', '[]', :role, :raw, :start, :end)"
            ), {"id": fid, "value": value, "role": role, "raw": raw, "start": start, "end": end})
        command.upgrade(_config(conn), "0008")
        rows = conn.execute(text("SELECT id, value, high, role, raw, char_end FROM figure ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, 16.0, 24.0, "range", "16–24 år", 25), (3, 7.0, None, "value", "7 procent", 39)]
    assert text_[17:25] == "16–24 år"
