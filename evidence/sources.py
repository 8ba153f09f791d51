"""The source registry: citations -> Source rows, variant clustering, resolution.

In: Citation rows in the database (written at ingest), ingested documents and
imported catalogue entries. Out: one Source per distinct cited work, with the
spelling variants as aliases, and its resolution: an ingested document whose
designation or issuer/year matches, else a catalogue entry, else unresolved.
Each resolution records its method and score.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import PurePosixPath
from urllib.parse import urlparse

from rapidfuzz import fuzz
from sqlmodel import Session, select

from evidence import schema as S
from extract.citations import DIARY, LEGAL

# Two author spellings with the same year are one source at or above this
# rapidfuzz ratio (after folding case, spaces and hyphens).
VARIANT_THRESHOLD = 95.0
# The opening blocks that may name a document's issuer and year, and how
# much of each counts as its cover line.
COVER_BLOCKS = 4
COVER_LINE_CHARS = 120


def _fold(text: str) -> str:
    return re.sub(r"[\s\-–.,]+", "", text.casefold())


def _same_work(a: S.Source | S.Citation, author: str | None, year: int | None, key: str) -> bool:
    if a.key == key:
        return True
    if a.author is None or author is None or a.year != year:
        return False
    suffix_a = a.key[len(a.author):] if a.key.startswith(a.author) else a.key
    suffix_b = key[len(author):] if key.startswith(author) else key
    if suffix_a.strip() != suffix_b.strip():
        return False  # 2023a and 2023b are different works
    return fuzz.ratio(_fold(a.author), _fold(author)) >= VARIANT_THRESHOLD


def register_citations(session: Session, document_id: int) -> None:
    """Point every citation of a document at a Source, creating or extending sources."""
    citations = session.exec(select(S.Citation).where(S.Citation.document_id == document_id)).all()
    sources = list(session.exec(select(S.Source)).all())
    by_key = {s.key: s for s in sources}
    for src in sources:
        for alias in json.loads(src.aliases_json):
            by_key.setdefault(alias, src)
    for cit in citations:
        src = by_key.get(cit.key)
        if src is None:
            src = next((s for s in sources if s.kind == cit.kind and _same_work(s, cit.author, cit.year, cit.key)), None)
        if src is None:
            src = S.Source(key=cit.key, kind=cit.kind, author=cit.author, year=cit.year, designation=cit.designation,
                           title=cit.title)
            session.add(src)
            session.flush()
            sources.append(src)
        aliases = set(json.loads(src.aliases_json))
        if cit.key != src.key and cit.key not in aliases:
            aliases.add(cit.key)
            src.aliases_json = json.dumps(sorted(aliases), ensure_ascii=False)
        if src.title is None and cit.title:
            src.title = cit.title
        by_key[cit.key] = src
        cit.source_id = src.id
        session.add(cit)
        session.add(src)
    session.flush()
    _prefer_common_spelling(session)
    _drop_orphans(session)


def _drop_orphans(session: Session) -> None:
    """Sources no citation points at any more (their document was replaced)."""
    cited = set(session.exec(select(S.Citation.source_id).where(S.Citation.source_id.is_not(None))).all())  # type: ignore[union-attr]
    for src in session.exec(select(S.Source)).all():
        if src.id not in cited:
            session.delete(src)
    session.flush()


def _prefer_common_spelling(session: Session) -> None:
    """A source's key is its most frequent spelling; the others are aliases."""
    for src in session.exec(select(S.Source).where(S.Source.aliases_json != "[]")).all():
        counts = Counter(c.key for c in session.exec(select(S.Citation).where(S.Citation.source_id == src.id)).all())
        if not counts:
            continue
        best = max(counts, key=lambda k: (counts[k], k == src.key))
        if best != src.key and session.exec(select(S.Source).where(S.Source.key == best)).first() is None:
            aliases = (set(json.loads(src.aliases_json)) | {src.key}) - {best}
            src.key = best
            src.aliases_json = json.dumps(sorted(aliases), ensure_ascii=False)
            session.add(src)
    session.flush()


def _document_designations(doc: S.Document) -> set[str]:
    meta = json.loads(doc.metadata_json or "{}")
    raw = meta.get("designations") or meta.get("designation") or ""
    return {d.strip() for d in raw.split(";") if d.strip()}


def _document_leads(session: Session) -> dict[int, str]:
    """Title plus the short cover lines of every document, folded for matching:
    where a report names its issuer and year (not its running text, which
    names other organisations and years all the time)."""
    leads: dict[int, str] = {}
    for doc in session.exec(select(S.Document)).all():
        blocks = session.exec(
            select(S.Block.text).where(S.Block.document_id == doc.id).order_by(S.Block.order).limit(COVER_BLOCKS)
        ).all()
        cover = [b[:COVER_LINE_CHARS] for b in blocks]
        leads[doc.id] = (doc.title + " \n " + " \n ".join(cover)).casefold()  # type: ignore[index]
    return leads


def resolve_sources(session: Session) -> None:
    """Resolve every source: ingested document, else catalogue entry, else unresolved."""
    docs = session.exec(select(S.Document)).all()
    by_designation: dict[str, S.Document] = {}
    for doc in docs:
        for d in _document_designations(doc):
            by_designation.setdefault(d, doc)
    # A page mirrored from a catalogue's site is that entry's document:
    # pages/…/2019/10/sou-201943.md is /…/2019/10/sou-201943/.
    by_slug: dict[str, list[S.Document]] = {}
    for doc in docs:
        by_slug.setdefault(PurePosixPath(doc.path).stem.casefold(), []).append(doc)
    for entry in session.exec(select(S.CatalogueEntry).where(S.CatalogueEntry.url.is_not(None))).all():  # type: ignore[union-attr]
        url_path = urlparse(entry.url or "").path.strip("/").casefold()
        for doc in by_slug.get(url_path.rsplit("/", 1)[-1], []):
            if str(PurePosixPath(doc.path).with_suffix("")).casefold().endswith(url_path):
                by_designation.setdefault(entry.designation, doc)
    leads: dict[int, str] | None = None
    # A document is never its own source.
    citing: dict[int, set[int]] = {}
    for source_id, document_id in session.exec(select(S.Citation.source_id, S.Citation.document_id)).all():
        if source_id is not None:
            citing.setdefault(source_id, set()).add(document_id)
    for src in session.exec(select(S.Source)).all():
        doc, method, score = None, None, None
        own = citing.get(src.id, set())  # type: ignore[arg-type]
        if src.designation and src.designation in by_designation and by_designation[src.designation].id not in own:
            doc, method, score = by_designation[src.designation], "document", 1.0
        elif src.kind not in (LEGAL, DIARY) and src.author and src.year:
            if leads is None:
                leads = _document_leads(session)
            author = src.author.casefold()
            for doc_id, lead in leads.items():
                if doc_id not in own and author in lead and str(src.year) in lead:
                    doc = session.get(S.Document, doc_id)
                    method, score = "document", 0.9
                    break
        entry = None
        if doc is None and src.designation:
            entry = _catalogue_entry(session, src.designation)
            if entry is not None:
                method, score = "catalogue", 1.0 if entry.designation == src.designation else 0.8
        src.document_id = doc.id if doc is not None else None
        src.catalogue_entry_id = entry.id if entry is not None else None
        src.resolved_by = method
        src.resolution_score = score
        if doc is not None:
            src.title = src.title or doc.title
        if entry is not None:
            src.title = entry.title
            src.published = entry.published
            src.url = entry.url
            src.publisher = entry.publisher
        session.add(src)
    session.flush()


def _catalogue_entry(session: Session, designation: str) -> S.CatalogueEntry | None:
    entries = session.exec(select(S.CatalogueEntry).where(S.CatalogueEntry.designation == designation)).all()
    if not entries:
        return None
    # An entry for the document itself beats an extract of it.
    return sorted(entries, key=lambda e: ("utdrag" in e.title.casefold(), e.id))[0]
