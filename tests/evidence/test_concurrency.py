"""Four `kallkoll ingest` processes at once over overlapping file sets: nothing lost, nothing twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from evidence import schema as S
from evidence.store import open_engine

PROCESSES = 4
FILES = 24


def write_reports(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(FILES):
        p = folder / f"rapport-{i:02d}.txt"
        p.write_text(
            f" RAPPORT NUMMER {i}\n\nKommun {i} uppgav att {i + 3} procent av ärendena gällde våld i nära relationer.1 "
            f"Socialstyrelsen har haft i uppdrag att följa upp arbetet under {2010 + i}.2\n\n \n"
            f"1 Socialstyrelsen {2010 + i}a.\n2 Skr 2016/17:10.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths


def test_four_concurrent_ingests(db_url: str, tmp_path: Path) -> None:
    paths = write_reports(tmp_path / "in")
    open_engine(db_url)  # create the schema once, as a first `kallkoll` run would
    # Process k takes files 6k .. 6k+11: every file is taken by two processes.
    sets = [[str(p) for p in (paths * 2)[6 * k : 6 * k + 12]] for k in range(PROCESSES)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", "from cli.main import main; main()", "ingest", "--workers", "1", "--db", db_url, *files],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for files in sets
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    statuses = [line.split()[0] for out, _ in results for line in out.splitlines() if line.strip()]
    assert statuses.count("added") == FILES
    assert statuses.count("unchanged") == FILES  # each file's second taker found it stored
    with Session(open_engine(db_url)) as session:
        documents = session.exec(select(func.count()).select_from(S.Document)).one()
        distinct = session.exec(select(func.count(func.distinct(S.Document.sha256)))).one()
        footnotes = session.exec(select(func.count()).select_from(S.Footnote)).one()
    assert documents == distinct == FILES
    assert footnotes == 2 * FILES
