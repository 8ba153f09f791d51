"""A search database of a few real government assignments, for the
document-search tests.

In: a database URL and named assignments (year, month, file name under
../shared/corpus/regeringen/regeringsuppdrag/). Out: the engine and each
name's document id; `top_ids` runs a search and returns the ids in rank order,
`resolved_concepts` a query's concepts as the index resolves them.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from conftest import shared_path
from sqlmodel import Session, select

from evidence import schema as S
from evidence.docsearch import Concept, plan_query, resolve_query, search_documents
from evidence.pipeline import ingest_paths
from evidence.reader import reader_for
from evidence.store import open_engine


def build_assignment_db(url: str, assignments: dict[str, tuple[str, ...]]) -> SimpleNamespace:
    """Ingest the assignments with the library; skip when the corpus is absent."""
    paths = {key: shared_path("regeringen", "regeringsuppdrag", *parts) for key, parts in assignments.items()}
    report = ingest_paths(list(paths.values()), url)
    assert report.ok, [o.error for o in report.failed]
    engine = open_engine(url)
    with Session(engine) as session:
        by_path = {Path(p).name: i for i, p in session.exec(select(S.Document.id, S.Document.path)).all()}
    return SimpleNamespace(engine=engine, ids={k: by_path[p.name] for k, p in paths.items()})


def top_ids(db: SimpleNamespace, query: str, **filters) -> list[int]:  # type: ignore[no-untyped-def]
    return [r["document_id"] for r in search_documents(db.engine, query, **filters)["results"]]


def resolved_concepts(db: SimpleNamespace, query: str) -> list[Concept]:
    """The query's concepts with their forms, parts and corrections filled in from the index."""
    concepts = plan_query(query)
    with reader_for(db.engine).connect() as conn:
        resolve_query(conn, concepts)
    return concepts
