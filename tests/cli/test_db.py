"""The database given by --db / KALLKOLL_DB through the CLI: errors opening it
are one line and never show its password (issue 18, defect 6); a database
that is not kallkoll's, is damaged or is newer is refused and left as it was
(defect 11)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from test_ingest import GOOD_TEXT, db, invoke  # noqa: F401  (db: the fixture of one stored report)
from evidence.db import SCHEMA_HEAD

PASSWORD = "s3cret-Lösen"

# --db, and what the one line must say after the URL (masked).
UNOPENABLE = [
    ("postgresql+psycopg://kallkoll:{pw}@127.0.0.1:1/kallkoll", "postgresql+psycopg://kallkoll:***@127.0.0.1:1/kallkoll",
     "cannot open database (connection failed:"),
    ("postgresql+psycopg://kallkoll:{pw}@127.0.0.1:inte-en-port/kallkoll",
     "postgresql+psycopg://kallkoll:***@127.0.0.1:inte-en-port/kallkoll", "cannot open database URL ("),
    ("postgresql+psycopg://kallkoll:{pw}@[::1/kallkoll", "postgresql+psycopg://kallkoll:***@[::1/kallkoll",
     "cannot open database URL ("),
    ("finnsinte://kallkoll:{pw}@värd/kallkoll", "finnsinte://kallkoll:***@värd/kallkoll", "cannot open database URL ("),
    ("mysql://kallkoll:{pw}@127.0.0.1:1/kallkoll", "mysql://kallkoll:***@127.0.0.1:1/kallkoll", "cannot open database URL ("),
    ("postgresql+psycopg://kallkoll@127.0.0.1:1/kallkoll?password={pw}",
     "postgresql+psycopg://kallkoll@127.0.0.1:1/kallkoll?password=***", "cannot open database (connection failed:"),
]


@pytest.mark.parametrize(("url", "shown", "reason"), UNOPENABLE,
                         ids=["refused", "bad-port", "bad-ipv6", "unknown-dialect", "missing-driver", "query-password"])
@pytest.mark.parametrize("command", [("documents",), ("db", "info"), ("db", "upgrade"), ("search", "våld")],
                         ids=lambda c: "-".join(c))
def test_database_errors_mask_the_password_on_one_line(
    url: str, shown: str, reason: str, command: tuple[str, ...]
) -> None:
    result = invoke(*command, "--db", url.format(pw=PASSWORD))
    assert result.exit_code == 1, result.output
    assert PASSWORD not in result.output and "s3cret" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {shown}: {reason}"), lines


# --- Databases that are not kallkoll's, are damaged or are newer (issue 18, defect 11) ---


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
        conn.execute("INSERT INTO kunder VALUES (1, 'Anna')")
    conn.close()


def _foreign_document_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE document (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.close()


def _execute(statement: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute(statement)
        conn.close()

    return damage


def _truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _overwrite(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# name, what makes the database (None: from a kallkoll database), what to do to it, the reason
UNUSABLE = [
    ("other-tables", None, _foreign, "not a kallkoll database (it holds other tables: 'kunder'); give a new file"),
    ("other-document-table", None, _foreign_document_table, "not a kallkoll database (its 'document' table is not kallkoll's)"),
    ("text-file", None, _overwrite("inte en databas\n".encode()), "cannot open database (file is not a database)"),
    ("garbage", None, _overwrite(bytes(range(256)) * 64), "cannot open database (file is not a database)"),
    ("truncated", "kallkoll", _truncate, "cannot open database (database disk image is malformed)"),
    ("dropped-table", "kallkoll", _execute("DROP TABLE verification"),
     "the database is damaged: table 'verification' is missing; restore it from a backup"),
    ("dropped-column", "kallkoll", _execute("ALTER TABLE claim DROP COLUMN objective"),
     "the database is damaged: table 'claim' lacks column 'objective'"),
    ("future-schema", "kallkoll", _execute("UPDATE alembic_version SET version_num = '0099'"),
     f"schema version '0099' is unknown to this kallkoll (newest {SCHEMA_HEAD}): made by a newer kallkoll"),
]


@pytest.mark.parametrize(("made", "damage", "reason"), [c[1:] for c in UNUSABLE], ids=[c[0] for c in UNUSABLE])
@pytest.mark.parametrize("command", [("documents",), ("db", "upgrade"), ("db", "info"), ("ingest", "IN")],
                         ids=lambda c: "-".join(c))
def test_a_database_that_is_not_kallkolls_is_refused_and_left_alone(
    db: Path, tmp_path: Path, made: str | None, damage: Callable[[Path], None], reason: str, command: tuple[str, ...]
) -> None:
    target = tmp_path / "annan.db"
    if made == "kallkoll":
        with sqlite3.connect(db) as source_db, sqlite3.connect(target) as copy:
            source_db.backup(copy)  # the fixture's database with what its write-ahead log holds
        source_db.close()
        copy.close()
    damage(target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    source = tmp_path / "ny.txt"
    source.write_text(GOOD_TEXT.replace("NÅGOT", "ANNAT"), encoding="utf-8")
    args = [str(source) if a == "IN" else a for a in command]
    result = invoke(*args, "--db", str(target))
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: sqlite:///{target}: {reason}"), lines
    source.unlink()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def _null_device(path: Path) -> None:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers, in tmp_path
    except PermissionError:
        pytest.skip("making a character device needs root (CAP_MKNOD)")


SPECIAL_FILES = [  # name, maker, what the reason calls it
    ("char-device", _null_device, "a device or FIFO"),
    ("fifo", os.mkfifo, "a device or FIFO"),
    ("directory", os.mkdir, "a directory"),
]


@pytest.mark.parametrize(("make", "what"), [c[1:] for c in SPECIAL_FILES], ids=[c[0] for c in SPECIAL_FILES])
def test_a_database_path_that_is_no_file_is_refused_and_nothing_left_beside_it(
    tmp_path: Path, make: Callable[[Path], None], what: str
) -> None:
    """Issue 18 (item 13): `--db /dev/null` left `/dev/null-journal` (tested on a node in tmp_path)."""
    target = tmp_path / "null"
    make(target)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = invoke("documents", "--db", str(target))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: sqlite:///{target}: cannot open database ({what}, not a database file); give a file to --db"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == before
