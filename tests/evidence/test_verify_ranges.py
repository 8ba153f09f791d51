"""Ranges and the English summary in verification (issue 14, cause 6): a
short report written for the test cites AFS 2011:19
(../shared/corpus/pdf/), whose commentary says "Tillstånd beviljas i
allmänhet för 1–3 år." A range verifies only the same range; a single value
inside it is never verified; the English SUMMARY's figure carries the verdict
of the Swedish figure it translates."""

from __future__ import annotations

import pytest

from conftest import shared_path
from evidence.pipeline import ingest_paths
from evidence.store import open_engine
from evidence.verify import verification_rows

REPORT = """ KONTROLLRAPPORT OM KEMISKA RISKER
2026

SAMMANFATTNING

Tillstånd för arbete med vissa kemiska ämnen beviljas i allmänhet för 1–3 år.

 KEMISKA RISKER I ARBETSMILJÖN

Arbetsmiljöverkets tillstånd för arbete med vissa kemiska ämnen beviljas i allmänhet för 1–3 år.1 Ett tillstånd
för hantering av kemiska ämnen i grupp B beviljas i allmänhet för 1–5 år.2 Ett tillstånd för hantering av
kemiska ämnen i grupp B beviljas i allmänhet för 2 år.3

 SUMMARY

A permit for work with certain chemical substances is generally granted for 1–3 years.

 
1 AFS 2011:19.
2 AFS 2011:19.
3 AFS 2011:19.
"""


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    source = shared_path("pdf", "afs-2011-19.pdf")
    root = tmp_path_factory.mktemp("verify-ranges")
    report = root / "kemi-2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = f"sqlite:///{root / 'k.db'}"
    assert ingest_paths([source, report], db=db, workers=1).ok
    engine = open_engine(db)
    from sqlmodel import Session, select

    from evidence import schema as S

    with Session(engine) as session:
        doc_id = session.exec(select(S.Document).where(S.Document.path == str(report))).one().id
    return verification_rows(engine, doc_id)  # type: ignore[arg-type]


def figure(rows: list[dict], claim_fragment: str, kind: str = "claim") -> dict:
    for r in rows:
        if claim_fragment in r["claim"] and r["kind"] == kind and r["figures"]:
            return r["figures"][0]
    raise AssertionError(f"no figure in a {kind} with {claim_fragment!r}")


def test_the_same_range_is_verified(rows: list[dict]) -> None:
    f = figure(rows, "Arbetsmiljöverkets tillstånd")
    assert (f["raw"], f["value"], f["high"]) == ("1–3 år", 1, 3)
    assert f["status"] == "verified" and f["reasons"]["source_high"] == 3


def test_another_range_is_a_mismatch(rows: list[dict]) -> None:
    f = figure(rows, "beviljas i allmänhet för 1–5 år")
    assert f["status"] == "mismatch" and f["reasons"]["source_raw"] == "1–3 år"


def test_a_single_value_inside_the_range_is_not_verified(rows: list[dict]) -> None:
    f = figure(rows, "beviljas i allmänhet för 2 år")
    assert f["status"] == "not_found"
    assert f["reason"].startswith("the source states a range where the claim states one value")


def test_summaries_carry_the_range_verdict(rows: list[dict]) -> None:
    sv = figure(rows, "Tillstånd för arbete", kind="summary")
    en = figure(rows, "A permit for work", kind="summary_en")
    assert sv["status"] == en["status"] == "verified"
    assert sv["through_claim"] and en["through_claim"] == sv["through_claim"]
    assert (en["value"], en["high"]) == (1, 3)
