"""The bibliography: sources as listings and as CSL-JSON.

In: Source and Citation rows. Out: plain dicts for `kallkoll sources`, and
CSL-JSON items (the format Zotero and Pandoc read) for `--format csl-json`.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from evidence import schema as S
from evidence.urls import safe_link
from extract.citations import DIARY, LEGAL, LETTER, REPORT, WEB, WORK

# kallkoll citation kind -> CSL item type.
CSL_TYPES = {
    REPORT: "report",
    WORK: "report",
    LEGAL: "legislation",
    DIARY: "document",
    LETTER: "personal_communication",
    WEB: "webpage",
}


def list_sources(engine: Engine, document_id: int | None = None) -> list[dict]:
    with Session(engine) as session:
        query = select(S.Citation)
        if document_id is not None:
            query = query.where(S.Citation.document_id == document_id)
        citations = session.exec(query).all()
        counts = Counter(c.source_id for c in citations)
        footnotes: dict[int, set[tuple[int, int]]] = {}
        for c in citations:
            footnotes.setdefault(c.source_id, set()).add((c.document_id, c.footnote_number))  # type: ignore[arg-type]
        sources = session.exec(select(S.Source).order_by(S.Source.key)).all()
        return [
            {
                "id": s.id,
                "key": s.key,
                "kind": s.kind,
                "author": s.author,
                "year": s.year,
                "designation": s.designation,
                "title": s.title,
                "url": s.url,
                "published": s.published,
                "aliases": json.loads(s.aliases_json),
                "citations": counts[s.id],
                "footnotes": len(footnotes.get(s.id, ())),  # type: ignore[arg-type]
                "resolved_by": s.resolved_by,
                "resolution_score": s.resolution_score,
                "document_id": s.document_id,
            }
            for s in sources
            if s.id in counts
        ]


def _csl_id(key: str) -> str:
    return re.sub(r"[^\w]+", "-", key.casefold()).strip("-")


def to_csl_json(sources: list[dict]) -> list[dict]:
    items = []
    for s in sources:
        item: dict = {"id": _csl_id(s["key"]), "type": CSL_TYPES.get(s["kind"], "document")}
        item["title"] = s["title"] or s["key"]
        if s["author"]:
            if s["kind"] == WORK:
                names = re.split(r"\s*&\s*|\s+och\s+", s["author"].replace(" m.fl.", ""))
                item["author"] = [{"family": n.strip()} for n in names if n.strip()]
            else:
                item["author"] = [{"literal": s["author"]}]
        if s["designation"]:
            item["number"] = s["designation"]
        if s["published"]:
            parts = [int(p) for p in re.findall(r"\d+", s["published"])[:3]]
            item["issued"] = {"date-parts": [parts]}
        elif s["year"]:
            item["issued"] = {"date-parts": [[int(s["year"])]]}
        link = safe_link(s["url"])  # no javascript:, no user information (issue 18)
        if link:
            item["URL"] = link
        if s["kind"] == LETTER:
            item["genre"] = "brev"
        items.append(item)
    return items


def missing_sources(engine: Engine, document_id: int | None = None) -> list[dict]:
    """The cited sources with no ingested document behind them, most-cited first.

    Issue 17: `verify` found 137 `no_source` figures on the real follow-up and
    nothing told the reviewer which sources to fetch, or where. A source is
    missing when no stored document is it (`resolved_by` is not `document`);
    `url` is the link a catalogue entry gives for it (a plain http(s) link,
    else None), so the list says what to get and from where.
    """
    rows = [s for s in list_sources(engine, document_id) if s["resolved_by"] != "document"]
    for s in rows:
        s["url"] = safe_link(s["url"])
    return sorted(rows, key=lambda s: (-s["citations"], -s["footnotes"], s["key"].casefold()))
