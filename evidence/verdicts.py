"""Verification results as `kallkoll verify` and `report` show them: per claim,
its figures with statuses, cited source and best passage; and the coverage.

In: a Reader (`evidence/reader.py`; an Engine is wrapped into one) and a
document id (links and verifications are computed at ingest by
`evidence/link.py`). Out: plain dicts.

Plain SQL through a Reader, not the ORM: `kallkoll verify` then starts
without SQLAlchemy on a SQLite database (issue 17: fast start).
`evidence/verify.py` re-exports these names.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from evidence.reader import Reader, reader_for
from evidence.records import records

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def verification_rows(source: Engine | Reader, document_id: int, status: str | None = None,
                      section: str | None = None, min_confidence: float | None = None) -> list[dict]:
    """One row per claim with figures; with `min_confidence`, only the
    figures whose verdict is at least that sure (and claims keeping one)."""
    doc = {"doc": document_id}
    with reader_for(source).connect() as conn:
        claims = {c.id: c for c in records(conn, "claim", "document_id = :doc", doc)}
        figures = {f.id: f for f in records(conn, "figure", "document_id = :doc", doc)}
        links = {link.id: link for link in records(conn, "link", "document_id = :doc", doc)}
        best: dict[int, Any] = {}
        for link in sorted(links.values(), key=lambda x: (-(x.score or 0), x.rank)):
            best.setdefault(link.claim_id, link)
        cited = sorted({link.source_id for link in best.values() if link.source_id})
        sources = {s.id: s for s in records(conn, "source", "id IN :ids", {"ids": cited})}
        by_claim: dict[int, list[Any]] = {}
        for v in records(conn, "verification", "document_id = :doc", doc):
            if min_confidence is not None and (v.confidence if v.confidence is not None else 1.0) < min_confidence:
                continue
            by_claim.setdefault(v.claim_id, []).append(v)
    rows = []
    for claim_id, verifications in by_claim.items():
        claim = claims[claim_id]
        if section and section.casefold() not in f"{claim.chapter or ''} {claim.section or ''}".casefold():
            continue
        if status and not any(v.status == status for v in verifications):
            continue
        link = best.get(claim_id)
        src = sources.get(link.source_id) if link and link.source_id else None
        rows.append(
            {
                "claim_id": claim_id,
                "kind": claim.kind,
                "page": claim.page_number,
                "chapter": claim.chapter,
                "section": claim.section,
                "objective": claim.objective,
                "claim": claim.text,
                "footnotes": json.loads(claim.footnotes_json),
                "figures": [
                    {
                        "figure_id": v.figure_id,
                        "raw": figures[v.figure_id].raw,
                        "value": figures[v.figure_id].value,
                        "high": figures[v.figure_id].high,  # a range's high end, else None
                        "unit": figures[v.figure_id].unit,
                        "qualifier": figures[v.figure_id].qualifier,
                        "status": v.status,
                        "source_value": v.source_value,
                        "passage": v.passage_text,
                        "passage_page": v.passage_page,
                        "confidence": v.confidence,
                        "reason": _reason(v),
                        "through_claim": json.loads(v.reasons_json or "{}").get("through_claim"),
                        "reasons": json.loads(v.reasons_json or "{}"),
                    }
                    for v in sorted(verifications, key=lambda v: figures[v.figure_id].char_start)
                ],
                "source": {"key": src.key, "title": src.title, "url": src.url, "document_id": src.document_id}
                if src
                else None,
                "passage": {"page": link.passage_page, "text": link.passage_text, "score": link.score,
                            "reasons": json.loads(link.reasons_json)}
                if link
                else None,
            }
        )
    return sorted(rows, key=lambda r: (claims[r["claim_id"]].order))


def _reason(v: Any) -> str | None:
    """One line on why: what matched, or why nothing did (issue 14). `v` is a
    verification row (the model or a record with its columns)."""
    reasons = json.loads(v.reasons_json or "{}")
    if "not_found" in reasons:
        return reasons["not_found"]
    if v.status not in ("verified", "mismatch") or not reasons:
        return None
    parts = [f"same unit ({reasons.get('unit')})"]
    if reasons.get("words_near"):
        parts.append("words beside both numbers: " + ", ".join(reasons["words_near"][:4]))
    elif reasons.get("words_around"):
        parts.append("words in both sentences: " + ", ".join(reasons["words_around"][:4]))
    if reasons.get("years"):
        parts.append("same year")
    if reasons.get("on_cited_page"):
        parts.append("on the cited page")
    if reasons.get("source_high") is not None:
        parts.append(f"the source states {reasons.get('source_raw')}")
    if reasons.get("through_claim"):
        parts.append(f"through claim {reasons['through_claim']}")
    return "; ".join(parts)


def coverage(source: Engine | Reader, document_id: int) -> dict[str, int]:
    """Figures whose source was searched / figures with a footnote / figures
    in the document's claims (issue 14)."""
    with reader_for(source).connect() as conn:
        cited = {claim_id for claim_id, notes in conn.rows(
            "SELECT id, footnotes_json FROM claim WHERE document_id = :doc", {"doc": document_id})
            if json.loads(notes)}
        verdicts = conn.rows("SELECT claim_id, status, reasons_json FROM verification WHERE document_id = :doc",
                             {"doc": document_id})
    chained = [v for v in verdicts if "through_claim" in json.loads(v[2] or "{}")]
    own = [v for v in verdicts if v[0] in cited]
    return {"attempted": sum(v[1] in ("verified", "mismatch", "not_found") for v in own),
            "with_footnote": len(own), "figures": len(verdicts), "through_chain": len(chained)}


def status_counts(rows: list[dict]) -> dict[str, int]:
    counts = Counter(f["status"] for r in rows for f in r["figures"])
    return dict(sorted(counts.items()))
