"""Issue 18, defect 12: the processes of `kallkoll ingest --workers N`.

Workers exit when their parent dies (SIGKILL leaves no orphans computing on),
and Ctrl-C stops the run at once with `interrupted: N documents stored, the
rest untouched`, exit status 130, no traceback, and exactly N documents in
the database. Linux only: the children are found in /proc.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find child processes")

FILES = 400


def _reports(folder: Path) -> Path:
    folder.mkdir()
    for i in range(FILES):
        (folder / f"rapport-{i:03d}.txt").write_text(
            f" RAPPORT {i}\n\nKommun {i} uppgav att {i % 90 + 3} procent av ärendena gällde våld i nära relationer. "
            f"Socialstyrelsen har följt upp arbetet under {1900 + i}.1\n\n \n1 Socialstyrelsen {1900 + i}a.\n",
            encoding="utf-8",
        )
    return folder


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(c) for c in text.split()}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _start(folder: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from cli.main import main; main()", "ingest", str(folder), "--workers", "2", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell's foreground job
    )


def _wait_for_lines(proc: subprocess.Popen[str], count: int) -> None:
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 120
    while seen < count and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line.startswith("added")
    assert seen >= count, f"the ingest stored only {seen} documents before ending"


def _gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = {p for p in pids if _alive(p)}
        if not alive:
            return set()
        time.sleep(0.1)
    return alive


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    proc = _start(_reports(tmp_path / "in"), tmp_path / "k.db")
    try:
        _wait_for_lines(proc, 3)
        workers = _children(proc.pid)
        assert workers, "no worker processes found"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        left = _gone(workers, 10.0)
        assert not left, f"workers {sorted(left)} outlived their killed parent"
    finally:
        for pid in _children(proc.pid) | {proc.pid}:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        proc.communicate(timeout=10)


def test_ctrl_c_stops_at_once_and_says_what_was_stored(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    proc = _start(_reports(tmp_path / "in"), db)
    _wait_for_lines(proc, 3)
    workers = _children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C goes to the whole foreground process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("interrupted:")]
    assert len(lines) == 1 and lines[0].endswith("documents stored, the rest untouched"), err
    stored = int(lines[0].split()[1])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == stored
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 3 <= stored < FILES
    assert not _gone(workers, 10.0)
