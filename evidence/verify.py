"""Reading verification results: the export's links, and a claim's evidence chain (`trace`).

In: a document id (links and verifications are computed at ingest by
`evidence/link.py`). Out: plain dicts for export and `kallkoll trace`. The
rows of `kallkoll verify` and `report` come from `evidence/verdicts.py`
(re-exported here), which reads without the ORM.
"""

from __future__ import annotations

import json

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from evidence import schema as S
from evidence.verdicts import _reason, coverage, status_counts, verification_rows  # noqa: F401 (re-exported)


def export_links(session: Session, document_id: int) -> dict[str, list[dict]]:
    """The export contract's `links`, `verifications` and `chains`."""
    links = session.exec(select(S.Link).where(S.Link.document_id == document_id).order_by(S.Link.claim_id, S.Link.rank)).all()
    return {
        "links": [
            {
                "claim_id": link.claim_id,
                "citation_key": link.citation_key,
                "source_id": link.source_id,
                "passage": {"document_id": link.passage_document_id, "page": link.passage_page, "text": link.passage_text},
                "score": link.score,
                "reasons": json.loads(link.reasons_json),
            }
            for link in links
        ],
        "verifications": [
            {"figure_id": v.figure_id, "claim_id": v.claim_id, "status": v.status, "source_value": v.source_value,
             "passage_page": v.passage_page, "confidence": v.confidence, "reasons": json.loads(v.reasons_json or "{}")}
            for v in session.exec(select(S.Verification).where(S.Verification.document_id == document_id)).all()
        ],
        "chains": _chains(session, document_id),
    }


def _chains(session: Session, document_id: int) -> list[dict]:
    out: dict[int, list[int]] = {}
    for c in session.exec(select(S.Chain).where(S.Chain.document_id == document_id).order_by(S.Chain.claim_id, S.Chain.score.desc())).all():  # type: ignore[attr-defined]
        out.setdefault(c.claim_id, []).append(c.supports_claim_id)
    return [{"claim_id": k, "supports": v} for k, v in out.items()]


def trace_claim(engine: Engine, document_id: int, ref: str) -> dict:
    """The evidence chain of one claim (id or text fragment) as a nested dict."""
    from evidence.errors import DocumentNotFoundError

    with Session(engine) as session:
        claims = session.exec(select(S.Claim).where(S.Claim.document_id == document_id).order_by(S.Claim.order)).all()
        row_id = S.as_row_id(ref)
        if row_id is not None:
            hits = [c for c in claims if c.id == row_id]
        else:
            needle = ref.casefold()
            hits = [c for c in claims if needle in c.text.casefold()]
            # Prefer the claim types a reviewer traces from.
            hits.sort(key=lambda c: c.kind == "claim")
        if not hits:
            raise DocumentNotFoundError(ref, "no claim of this document has this id or contains this text")
        by_id = {c.id: c for c in claims}
        return _trace(session, hits[0], by_id, set(), TRACE_DEPTH)


TRACE_DEPTH = 3


def _trace(session: Session, claim: S.Claim, by_id: dict, seen: set[int], depth: int) -> dict:
    """A claim node with the claims supporting it, followed `depth` steps
    (summary → assessment-level statement → cited body claim)."""
    seen = seen | {claim.id}  # type: ignore[arg-type]
    node = _claim_node(session, claim)
    node["supported_by"] = []
    if depth == 0:
        return node
    chains = session.exec(select(S.Chain).where(S.Chain.claim_id == claim.id).order_by(S.Chain.score.desc())).all()  # type: ignore[attr-defined]
    for c in chains:
        if c.supports_claim_id in seen:
            continue
        sub = _trace(session, by_id[c.supports_claim_id], by_id, seen, depth - 1)
        node["supported_by"].append(sub | {"chain_score": c.score, "reasons": json.loads(c.reasons_json)})
    return node


def _claim_node(session: Session, claim: S.Claim) -> dict:
    notes = json.loads(claim.footnotes_json)
    footnotes = []
    for number in notes:
        note = session.exec(select(S.Footnote).where(S.Footnote.document_id == claim.document_id)
                            .where(S.Footnote.number == number)).first()
        citations = session.exec(select(S.Citation).where(S.Citation.document_id == claim.document_id)
                                 .where(S.Citation.footnote_number == number)).all()
        cites = []
        for c in citations:
            src = session.get(S.Source, c.source_id) if c.source_id else None
            links = session.exec(select(S.Link).where(S.Link.claim_id == claim.id).where(S.Link.citation_id == c.id)
                                 .order_by(S.Link.rank)).all()
            cites.append({
                "key": c.key, "kind": c.kind,
                "source": {"title": src.title, "resolved_by": src.resolved_by, "url": src.url} if src else None,
                "passages": [{"page": x.passage_page, "text": x.passage_text, "score": x.score,
                              "reasons": json.loads(x.reasons_json)} for x in links],
            })
        footnotes.append({"number": number, "text": note.text if note else None, "citations": cites})
    figures = session.exec(select(S.FigureRow).where(S.FigureRow.claim_id == claim.id)).all()
    statuses = {v.figure_id: v for v in session.exec(select(S.Verification).where(S.Verification.claim_id == claim.id)).all()}
    return {
        "claim_id": claim.id, "kind": claim.kind, "page": claim.page_number, "text": claim.text,
        "chapter": claim.chapter, "section": claim.section, "objective": claim.objective,
        "figures": [{"raw": f.raw, "value": f.value, "unit": f.unit,
                     "status": statuses[f.id].status if f.id in statuses else None,
                     "source_value": statuses[f.id].source_value if f.id in statuses else None,
                     "confidence": statuses[f.id].confidence if f.id in statuses else None,
                     "reason": _reason(statuses[f.id]) if f.id in statuses else None,
                     "through_claim": json.loads(statuses[f.id].reasons_json or "{}").get("through_claim")
                     if f.id in statuses else None} for f in figures],
        "footnotes": footnotes,
    }
