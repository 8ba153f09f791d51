"""Source registry and resolution on the project's own demo corpus."""

from __future__ import annotations

from pathlib import Path

from conftest import DEMO_CORPUS
from evidence.bibliography import list_sources
from evidence.pipeline import ingest_paths
from evidence.store import open_engine

FOLLOWUP = DEMO_CORPUS / "uppfoljning-demo-2025.txt"
SOURCES = DEMO_CORPUS / "sources"


def resolution(db: str) -> dict[str, str | None]:
    return {s["key"]: s["resolved_by"] for s in list_sources(open_engine(db))}


def test_sources_ingested_later_resolve_the_earlier_citations(db_url: str) -> None:
    db = db_url
    assert ingest_paths([FOLLOWUP], db=db).ok
    before = resolution(db)
    assert before["Demoinstitutet 2024"] is None and before["SOU 2099:1"] is None
    assert ingest_paths([SOURCES], db=db).ok
    after = resolution(db)
    # By designation in the title, and by issuer and year on the cover.
    assert after["SOU 2099:1"] == "document"
    assert after["Demoinstitutet 2024"] == "document"


def test_a_document_is_not_its_own_source(db_url: str) -> None:
    db = db_url
    assert ingest_paths([DEMO_CORPUS], db=db).ok
    assert resolution(db)["Demomyndigheten 2023"] is None


def test_replacing_a_document_keeps_the_registry_consistent(db_url: str, tmp_path: Path) -> None:
    db = db_url
    copy = tmp_path / "rapport.txt"
    copy.write_bytes(FOLLOWUP.read_bytes())
    assert ingest_paths([copy, SOURCES], db=db).ok
    copy.write_text(FOLLOWUP.read_text(encoding="utf-8").replace("Demoinstitutet 2024.", "Demoinstitutet 2024b."), encoding="utf-8")
    outcome = ingest_paths([copy], db=db).outcomes[0]
    assert outcome.status == "replaced"
    keys = resolution(db)
    assert "Demoinstitutet 2024b" in keys
