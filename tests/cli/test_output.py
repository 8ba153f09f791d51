"""Issue 18, defect 1: `export -o FILE` and `report --html FILE` never replace a
device node or FIFO. `-` and character devices/FIFOs are written directly, a
directory is refused, only a regular file (or a missing path, or a link) is
renamed over. Device nodes are made with mknod in a temporary directory, never
on the real /dev.
"""

from __future__ import annotations

import json
import os
import re
import stat
import threading
from pathlib import Path

import pytest

from test_ingest import db, invoke  # noqa: F401  (db: the fixture of one stored report)

# The two commands that write a file the user names.
_OUTPUT_COMMANDS = pytest.mark.parametrize(
    "command", [("export", "1", "--json", "-o"), ("report", "1", "--html")], ids=["export", "report"]
)

# Linux character devices: 1,3 is /dev/null, 1,7 is /dev/full (every write fails with ENOSPC).
NULL_DEVICE = (1, 3)
FULL_DEVICE = (1, 7)


def device_node(path: Path, major_minor: tuple[int, int]) -> Path:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*major_minor))
    except PermissionError:
        pytest.skip("making a character device needs root (CAP_MKNOD)")
    return path


def expected_text(command: tuple[str, ...], db_file: Path, tmp_path: Path) -> str:
    reference = tmp_path / "referens.out"
    assert invoke(*command, str(reference), "--db", str(db_file)).exit_code == 0
    return reference.read_text(encoding="utf-8")


def same_output(text: str) -> str:
    """The text with the report's per-run script nonce taken out."""
    return re.sub(r"nonce(=\"|-)[\w-]+", "nonce", text)


@_OUTPUT_COMMANDS
def test_a_character_device_is_written_not_replaced(db: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    null = device_node(tmp_path / "null", NULL_DEVICE)
    result = invoke(*command, str(null), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.lstat(null).st_mode), "the device node was replaced by a file"
    assert os.lstat(null).st_rdev == os.makedev(*NULL_DEVICE)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


@_OUTPUT_COMMANDS
def test_a_full_device_is_a_one_line_error(db: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    full = device_node(tmp_path / "full", FULL_DEVICE)
    result = invoke(*command, str(full), "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {full}: cannot write {command[0]} (No space left on device)"]
    assert stat.S_ISCHR(os.lstat(full).st_mode)


@_OUTPUT_COMMANDS
def test_a_link_to_a_character_device_is_written_through(db: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """Like /dev/stdout, a link to the terminal or a pipe."""
    null = device_node(tmp_path / "null", NULL_DEVICE)
    link = tmp_path / "stdout"
    link.symlink_to(null)
    result = invoke(*command, str(link), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(null)
    assert stat.S_ISCHR(os.lstat(null).st_mode)


@_OUTPUT_COMMANDS
def test_a_fifo_is_streamed_into(db: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    expected = expected_text(command, db, tmp_path)
    fifo = tmp_path / "rör"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = invoke(*command, str(fifo), "--db", str(db))
    reader.join(timeout=20)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file"
    assert [same_output(r.decode("utf-8")) for r in received] == [same_output(expected)]


@_OUTPUT_COMMANDS
def test_dash_is_standard_output(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    expected = expected_text(command, db, tmp_path)
    monkeypatch.chdir(tmp_path)
    result = invoke(*command, "-", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert same_output(result.stdout) == same_output(expected)
    assert not (tmp_path / "-").exists()
    if command[0] == "export":
        assert json.loads(result.stdout)["document"]["id"] == 1


@_OUTPUT_COMMANDS
def test_a_link_to_a_directory_is_refused(db: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    link = tmp_path / "länk"
    link.symlink_to(folder)
    result = invoke(*command, str(link), "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {link}: cannot write {command[0]} (is a directory; give a file name)"
    ]
    assert link.is_symlink() and list(folder.iterdir()) == []
