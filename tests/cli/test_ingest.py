"""`kallkoll ingest`, `documents`, `footnotes`, `export` through typer's CliRunner."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from badfiles import BAD_KINDS, build
from cli.main import app
from dbstate import snapshot
from conftest import FOLLOWUP_TXT, shared_path

runner = CliRunner()

GOOD_TEXT = (
    " RAPPORT OM NÅGOT\n\n"
    "Två procent av kvinnor uppgav att de utsatts för hot under 2022.1 Andelen har minskat.2\n\n"
    " \n1 Brottsförebyggande rådet 2023a.\n2 Socialstyrelsen 2024.\n"
)


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    good = tmp_path / "in" / "rapport.txt"
    good.parent.mkdir()
    good.write_text(GOOD_TEXT, encoding="utf-8")
    db_file = tmp_path / "k.db"
    result = invoke("ingest", str(good), "--db", str(db_file))
    assert result.exit_code == 0, result.output
    return db_file


def test_ingest_prints_one_line_summary(tmp_path: Path) -> None:
    good = tmp_path / "rapport.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    result = invoke("ingest", str(good), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 0
    assert "added" in result.output and "1 page," in result.output and "2 footnotes" in result.output


def test_reingest_unchanged_is_a_noop(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    result = invoke("ingest", str(tmp_path / "in" / "rapport.txt"), "--db", str(db))
    assert result.exit_code == 0 and "unchanged" in result.output
    assert snapshot(db) == before


def test_changed_file_replaces_old_version(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "in" / "rapport.txt"
    good.write_text(GOOD_TEXT.replace("Två procent", "Tre procent"), encoding="utf-8")
    result = invoke("ingest", str(good), "--db", str(db))
    assert result.exit_code == 0 and "replaced" in result.output
    docs = json.loads(invoke("documents", "--db", str(db), "--json").output)
    assert len(docs) == 1
    sentences = json.loads(invoke("export", "1" if docs[0]["id"] == 1 else str(docs[0]["id"]), "--db", str(db)).output)
    assert any("Tre procent" in s["text"] for s in sentences["sentences"])
    assert not any("Två procent" in s["text"] for s in sentences["sentences"])


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_one_line_error_nonzero_exit_db_unchanged(db: Path, tmp_path: Path, kind: str) -> None:
    bad, word = build(kind, tmp_path)
    before = snapshot(db)
    result = invoke("ingest", str(bad), "--db", str(db))
    assert result.exit_code != 0
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors, result.output
    first = errors[0]
    assert str(bad) in first and word.lower() in first.lower(), first
    assert "Traceback" not in result.output
    assert snapshot(db) == before


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "blandat"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(GOOD_TEXT.replace("RAPPORT", "ANNAN RAPPORT"), encoding="utf-8")
    db_file = tmp_path / "k.db"
    result = invoke("ingest", str(folder), "--db", str(db_file))
    assert result.exit_code == 1
    assert "b.txt" in result.output and "1 of 3 files failed" in result.output
    docs = json.loads(invoke("documents", "--db", str(db_file), "--json").output)
    assert sorted(Path(d["path"]).name for d in docs) == ["a.txt", "c.txt"]


def test_a_line_break_in_a_file_name_cannot_forge_a_line(tmp_path: Path) -> None:
    """Issue 18: paths with a line break (or another unprintable character) are quoted."""
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / "a\nerror: förfalskad.txt"
    bad.write_bytes(b"")
    good = folder / "b\nadded     falsk.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line] == [
        f"error: {str(bad)!r}: file is empty (0 bytes)",
        f"added     {str(good)!r}: 'Rapport om något' — 1 page, 2 blocks, 2 footnotes, 2 markers",
        "error: 1 of 2 files failed",
    ]
    result = invoke("footnotes", "x\nerror: y", "--db", str(tmp_path / "k.db"))
    assert result.output.strip().splitlines() == [
        "error: 'x\\nerror: y': no stored document has this id, path, title or designation (see `kallkoll documents`)"
    ]


def test_windows_1252_text_is_read_and_encoding_recorded(tmp_path: Path) -> None:
    p = tmp_path / "ansi.txt"
    p.write_bytes(GOOD_TEXT.encode("cp1252"))
    db_file = tmp_path / "k.db"
    assert invoke("ingest", str(p), "--db", str(db_file)).exit_code == 0
    data = json.loads(invoke("export", "ansi", "--db", str(db_file)).output)
    assert data["document"]["encoding"] == "cp1252"
    assert data["headings"][0]["text"] == "RAPPORT OM NÅGOT"


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "r.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    db_file = tmp_path / "env.db"
    monkeypatch.setenv("KALLKOLL_DB", f"sqlite:///{db_file}")
    assert invoke("ingest", str(p)).exit_code == 0
    assert db_file.exists()


def test_unknown_document_is_a_one_line_error(db: Path) -> None:
    result = invoke("footnotes", "finns inte", "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: finns inte:")


# Issue 18: `¹` and `٣` are digits to str.isdigit but no id; 30 digits overflow SQLite's INTEGER.
NOT_IDS = ["¹", "٣", "123456789012345678901234567890", "99999999999999999999"]


@pytest.mark.parametrize("ref", NOT_IDS)
def test_a_document_reference_that_is_no_id_is_a_one_line_error(db: Path, ref: str) -> None:
    for command in (["footnotes", ref], ["export", ref], ["search", "hot", "--doc", ref]):
        result = invoke(*command, "--db", str(db))
        assert result.exit_code == 1, (command, result.output)
        assert result.output.strip().splitlines() == [
            f"error: {ref}: no stored document has this id, path, title or designation (see `kallkoll documents`)"
        ], command


@pytest.mark.parametrize("ref", NOT_IDS)
def test_a_claim_reference_that_is_no_id_is_a_one_line_error(db: Path, ref: str) -> None:
    result = invoke("trace", "1", ref, "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {ref}: no claim of this document has this id or contains this text"]


def test_footnotes_and_export_contract(db: Path) -> None:
    notes = json.loads(invoke("footnotes", "rapport", "--db", str(db), "--json").output)
    assert [(n["number"], n["page"]) for n in notes] == [(1, 1), (2, 1)]
    assert notes[0]["sentence"] == "Två procent av kvinnor uppgav att de utsatts för hot under 2022."
    data = json.loads(invoke("export", "rapport", "--db", str(db), "--json").output)
    assert set(data["document"]) >= {"id", "title", "kind", "path", "sha256", "pages"}
    for f in data["footnotes"]:
        assert set(f) >= {"number", "page", "text", "sentence_id"}
    for s in data["sentences"]:
        assert set(s) >= {"id", "page", "text", "footnotes"}
    assert set(data["headings"][0]) >= {"page", "level", "text"}
    by_id = {s["id"]: s for s in data["sentences"]}
    assert by_id[data["footnotes"][1]["sentence_id"]]["text"] == "Andelen har minskat."
    assert by_id[data["footnotes"][1]["sentence_id"]]["footnotes"] == [2]


def test_export_to_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut.json"
    result = invoke("export", "1", "--db", str(db), "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["id"] == 1


def test_followup_through_the_cli(tmp_path: Path) -> None:
    path = shared_path("followup", FOLLOWUP_TXT.name)
    db_file = tmp_path / "k.db"
    result = invoke("ingest", str(path), "--db", str(db_file))
    assert result.exit_code == 0, result.output
    assert "257 footnotes, 257 markers" in result.output
    notes = json.loads(invoke("footnotes", "1", "--db", str(db_file), "--json").output)
    assert len(notes) == 257 and all(n["sentence_id"] for n in notes)


# ---- a database that takes no writes (issue 8): one line naming the database, nothing half-written ----

BIG_TEXT = GOOD_TEXT + "".join(
    f" \nKAPITEL {i}\n\nKommun {i} uppgav att {i % 90} procent av ärendena gällde våld under {2000 + i % 25}.1\n\n"
    f" \n1 Socialstyrelsen {2000 + i % 25}.\n"
    for i in range(400)
)


def _unwritable_run(db: Path, db_arg: str, tmp_path: Path, workers: int = 1) -> tuple[Any, dict]:
    folder = tmp_path / "nya"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(BIG_TEXT.replace("RAPPORT", f"RAPPORT {name}"), encoding="utf-8")
    before = snapshot(db)
    return invoke("ingest", str(folder), "--db", db_arg, "--workers", str(workers)), before


def _assert_one_line_and_unchanged(result: Any, before: dict, db: Path, subject: str, words: str) -> None:
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = result.stderr.strip().splitlines()
    # The run stops at the first file: one line, not one per file nor a "2 of 2 failed" summary.
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: {subject}: {words}") and "a.txt was stored" in errors[0], errors[0]
    assert "run the ingest again" in errors[0]
    assert snapshot(db) == before


def test_database_full_stops_with_one_line_nothing_half_written(db: Path, tmp_path: Path) -> None:
    # SQLite's max_page_count caps the file at its size now: the next page a
    # write needs fails with SQLITE_FULL, as a full disk does (issue 8). It is a
    # per-connection setting, so it is set on every connection of the engine
    # the CLI uses (open_engine caches it per URL).
    from sqlalchemy import event

    from evidence.store import close_engine, open_engine

    close_engine(str(db))
    engine = open_engine(str(db))

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    try:
        engine.dispose()
        result, before = _unwritable_run(db, str(db), tmp_path)
    finally:
        close_engine(str(db))
    _assert_one_line_and_unchanged(result, before, db, str(db), "database or disk is full")
    assert "free disk space" in result.stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_read_only_database_uri_stops_with_one_line(db: Path, tmp_path: Path, workers: int) -> None:
    # SQLite's own read-only open (mode=ro) refuses writes even to root, as CI runs.
    # With 2 workers the error crosses from a worker process (it must pickle).
    result, before = _unwritable_run(db, f"sqlite:///file:{db}?mode=ro&uri=true", tmp_path, workers)
    _assert_one_line_and_unchanged(result, before, db, f"file:{db}", "database is read-only")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file modes; the mode=ro test covers read-only as root")
def test_read_only_database_file_is_one_line(db: Path, tmp_path: Path) -> None:
    from evidence.store import close_engine

    close_engine(str(db))
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if p.exists():
            p.chmod(0o444)
    try:
        result, before = _unwritable_run(db, str(db), tmp_path)
    finally:
        close_engine(str(db))
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            if p.exists():
                p.chmod(0o644)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    # Refused when the database opens (subject: its URL) or at the first write (its file).
    assert len(errors) == 1 and errors[0].startswith("error: ") and str(db) in errors[0], result.stderr
    assert "read-only" in errors[0] or "readonly" in errors[0], errors[0]
    assert snapshot(db) == before


def test_read_only_postgres_database_stops_with_one_line(tmp_path: Path) -> None:
    # PostgreSQL's read_only_sql_transaction (SQLSTATE 25006) gets the same one
    # line as SQLite's read-only file, and nothing is written (issue 8).
    from sqlalchemy import create_engine, func, text
    from sqlalchemy.engine import make_url
    from sqlmodel import Session, select

    from conftest import fresh_database
    from evidence import schema as S
    from evidence.store import close_engine, open_engine

    with fresh_database("postgresql", tmp_path) as url:
        first = tmp_path / "bas" / "rapport.txt"
        first.parent.mkdir()
        first.write_text(GOOD_TEXT, encoding="utf-8")
        assert invoke("ingest", str(first), "--db", url).exit_code == 0
        close_engine(url)
        admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            # The name was made by fresh_database, not taken from input.
            conn.execute(text(f'ALTER DATABASE "{make_url(url).database}" SET default_transaction_read_only = on'))
        admin.dispose()
        folder = tmp_path / "nya"
        folder.mkdir()
        for name in ("a.txt", "b.txt"):
            (folder / name).write_text(BIG_TEXT.replace("RAPPORT", f"RAPPORT {name}"), encoding="utf-8")
        result = invoke("ingest", str(folder), "--db", url, "--workers", "1")
        close_engine(url)
        assert result.exit_code == 1
        errors = result.stderr.strip().splitlines()
        assert len(errors) == 1 and errors[0].startswith("error: ") and "database is read-only" in errors[0], result.stderr
        with Session(open_engine(url)) as session:
            assert session.exec(select(func.count()).select_from(S.Document)).one() == 1
        close_engine(url)


def test_a_real_process_leaves_only_the_database_file(tmp_path: Path) -> None:
    """The console entry point freezes the garbage collector at exit (cli/main.py)
    and the store closes its connections at exit: SQLite's write-ahead log is
    checkpointed and removed, and what was stored reads back."""
    import sqlite3
    import subprocess
    import sys

    from conftest import PROJECT_DIR

    db = tmp_path / "k.db"
    run = subprocess.run(
        [sys.executable, "-c", "from cli.main import main; main()", "ingest", "--workers", "1", "--db", str(db),
         str(PROJECT_DIR / "corpus")],
        capture_output=True, text=True, timeout=300, cwd=PROJECT_DIR,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.db"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("SELECT count(*) FROM document").fetchone()[0]
    added = [line for line in run.stdout.splitlines() if line.startswith("added")]
    assert stored == len(added) >= 3


def test_one_long_pdf_with_workers_is_stored_as_with_one(tmp_path: Path) -> None:
    # One file to do: its pages are read in the worker processes (at least 16
    # each, so 40 pages make two runs); what is stored is the same.
    from typeset import typeset_report

    pdf = typeset_report(tmp_path / "lang.pdf", pages=40, footnotes_per_page=2).path
    exports = []
    for workers in ("1", "2"):
        db_file = tmp_path / f"w{workers}.db"
        result = invoke("ingest", str(pdf), "--db", str(db_file), "--workers", workers)
        assert result.exit_code == 0, result.output
        assert "40 pages" in result.output and "80 footnotes" in result.output
        exports.append(json.loads(invoke("export", "lang", "--db", str(db_file)).output))
    assert exports[0]["blocks"] and exports[0]["footnotes"]
    assert exports[1] == exports[0]
