"""The batch writer (issue 18, writer throughput): `save_batch` writes a run of
new documents together, one statement per table, and must store exactly what
`save_document` stores one document at a time, on SQLite and PostgreSQL; a
document whose write fails is rolled back alone and the others are stored.

In: the demo corpus (a citing report and its two sources) and a few short
assignment-like Markdown files written here, prepared as ingest prepares
them. Out: table dumps compared, row counts per document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text
from sqlalchemy.exc import IntegrityError

from conftest import BACKENDS, DEMO_CORPUS, fresh_database
from evidence import write
from evidence.pipeline import Prepared, prepare
from evidence.store import close_engine, open_engine, save_batch, save_document

ASSIGNMENT = """# Uppdrag till {agency} om {topic}

Regeringen uppdrar åt {agency} att kartlägga {topic} och redovisa uppdraget
senast den 1 mars {year}. För uppdraget får {agency} använda {amount} kronor
under {year}.

Diarienummer: A{year}/0{n}123
"""

TOPICS = ["våld i nära relationer", "hedersrelaterat våld", "kontaktförbud", "barnahus", "mäns våld mot kvinnor",
          "stöd till brottsoffer"]


def _files(tmp_path: Path, agency: str = "Demomyndigheten") -> list[Path]:
    """Assignments to `agency` (the demo report cites Demomyndigheten: an
    assignment of a year it cites resolves that citation and re-links the
    report), and the demo corpus."""
    folder = tmp_path / "in"
    folder.mkdir()
    made = []
    for n, topic in enumerate(TOPICS):
        p = folder / f"uppdrag-{n}.md"
        p.write_text(ASSIGNMENT.format(agency=agency, topic=topic, year=2020 + n, amount=(n + 1) * 500_000, n=n),
                     encoding="utf-8")
        made.append(p)
    # The demo sources first, then the report citing them, then assignments
    # again: runs of new documents broken by one that cites (written alone).
    demo = sorted((Path(DEMO_CORPUS) / "sources").glob("*.md")) + sorted(Path(DEMO_CORPUS).glob("*.txt"))
    return made[:3] + demo + made[3:]


def _prepared(paths: list[Path]) -> list[Prepared]:
    out = []
    for p in paths:
        prepared = prepare(p)
        assert isinstance(prepared, Prepared), prepared
        out.append(prepared)
    return out


def _dump(url: str) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every kallkoll table's rows in primary-key order, without the ingest time."""
    engine = open_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    out: dict[str, list[tuple]] = {}  # type: ignore[type-arg]
    with engine.connect() as conn:
        for name, table in sorted(meta.tables.items()):
            if name in ("search_block", "search_measure") or name.startswith("search_block_") or name.startswith("search_measure_"):
                continue  # FTS5 tables on SQLite, tsvectors on PostgreSQL: compared below
            columns = [c for c in table.columns if c.name != "ingested_at"]
            keys = list(table.primary_key.columns) or columns
            out[name] = [tuple(row) for row in conn.execute(select(*columns).order_by(*keys))]
        for index, key in (("search_block", "block_id"), ("search_measure", "measure_id")):
            column = key if engine.dialect.name == "postgresql" else "rowid"
            out[index] = [tuple(r) for r in conn.execute(text(f"SELECT {column}, document_id FROM {index} ORDER BY 1"))]
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_batch_stores_what_one_document_at_a_time_stores(backend: str, tmp_path: Path) -> None:
    prepared = _prepared(_files(tmp_path))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with fresh_database(backend, tmp_path / "a") as batch_url, fresh_database(backend, tmp_path / "b") as alone_url:
        results = save_batch(open_engine(batch_url), [p.row() for p in prepared])
        assert [r.status if r else None for r in results] == ["added"] * len(prepared)
        for p in prepared:
            assert save_document(open_engine(alone_url), *p.row()).status == "added"
        batch, alone = _dump(batch_url), _dump(alone_url)
        close_engine(batch_url)
        close_engine(alone_url)
    assert batch == alone
    # The report's citations resolved to the sources stored before it, and it was linked.
    assert any(row for row in batch["source"])
    assert batch["link"] and batch["search_term"] and batch["search_block"] and batch["search_measure"]


def test_sqlite_and_postgresql_store_the_same_batch(tmp_path: Path) -> None:
    # Not an agency the report cites: re-linking deletes and makes links and
    # chains again, and PostgreSQL's sequences then give them new ids where
    # SQLite reuses the deleted ones (the same content, other ids).
    prepared = _prepared(_files(tmp_path, agency="Provverket"))
    dumps = []
    for backend in BACKENDS:
        (tmp_path / backend).mkdir()
        with fresh_database(backend, tmp_path / backend) as url:
            assert all(save_batch(open_engine(url), [p.row() for p in prepared]))
            dumps.append(_dump(url))
            close_engine(url)
    sqlite, postgres = dumps
    assert sqlite.keys() == postgres.keys()
    for table in sqlite:
        if table != "alembic_version":
            assert sqlite[table] == postgres[table], table


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_document_whose_write_fails_is_rolled_back_alone(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = _prepared(_files(tmp_path)[:3])
    broken = prepared[1].parsed.sha256
    real = write.insert_documents

    def failing(session, docs, catalogue=True):  # type: ignore[no-untyped-def]
        # Written, then failing: what the run wrote must be rolled back too.
        out = real(session, docs, catalogue)
        if any(d.parsed.sha256 == broken for d in docs):
            raise IntegrityError("INSERT INTO block", {}, Exception("simulated failure of one document"))
        return out

    monkeypatch.setattr(write, "insert_documents", failing)
    with fresh_database(backend, tmp_path) as url:
        engine = open_engine(url)
        results = save_batch(engine, [p.row() for p in prepared])
        assert [r is not None for r in results] == [True, False, True]
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT sha256, id FROM document ORDER BY id")).all()
            assert [sha for sha, _ in stored] == [prepared[0].parsed.sha256, prepared[2].parsed.sha256]
            for (sha, doc_id), p in zip(stored, (prepared[0], prepared[2])):
                blocks = conn.execute(text("SELECT count(*) FROM block WHERE document_id = :d"), {"d": doc_id}).scalar()
                assert blocks == len(p.parsed.blocks)
            for table in ("block", "sentence", "measure", "search_term", "search_doc"):
                orphans = conn.execute(
                    text(f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM document)")
                ).scalar()
                assert orphans == 0, table
        close_engine(url)
