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


def register_citations(session: Session, document_id: int, drop_orphans: bool = True) -> None:
    """Point every citation of a document at a Source, creating or extending sources.
    `drop_orphans`: also delete sources nothing cites any more (needed after
    a document's citations were deleted, i.e. when it was replaced)."""
    citations = session.exec(select(S.Citation).where(S.Citation.document_id == document_id)).all()
    sources = list(session.exec(select(S.Source)).all())
    by_key = {s.key: s for s in sources}
    for src in sources:
        for alias in json.loads(src.aliases_json):
            by_key.setdefault(alias, src)
    # New sources get their ids in one flush after the loop, not one flush
    # each (a report's first ingest creates a source per work it cites).
    pointed: list[tuple[S.Citation, S.Source]] = []
    for cit in citations:
        src = by_key.get(cit.key)
        if src is None:
            src = next((s for s in sources if s.kind == cit.kind and _same_work(s, cit.author, cit.year, cit.key)), None)
        if src is None:
            src = S.Source(key=cit.key, kind=cit.kind, author=cit.author, year=cit.year, designation=cit.designation,
                           title=cit.title)
            session.add(src)
            sources.append(src)
        aliases = set(json.loads(src.aliases_json))
        if cit.key != src.key and cit.key not in aliases:
            aliases.add(cit.key)
            src.aliases_json = json.dumps(sorted(aliases), ensure_ascii=False)
        if src.title is None and cit.title:
            src.title = cit.title
        by_key[cit.key] = src
        pointed.append((cit, src))
        session.add(cit)
        session.add(src)
    session.flush()
    for cit, src in pointed:
        cit.source_id = src.id
    session.flush()
    _prefer_common_spelling(session)
    if drop_orphans:
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


def _designation_list(designations: set[str] | list[str]) -> str:
    """Stored as ';A;B;' so that one designation is found with LIKE '%;A;%'."""
    return ";" + ";".join(sorted(designations)) + ";" if designations else ""


def _stored_designations(doc: S.Document) -> set[str]:
    return {d for d in (doc.designations or "").split(";") if d}


CatalogueUrls = dict[str, list[tuple[str, str]]]  # last path part -> [(url path, designation)]


def _catalogue_urls(entries: list[S.CatalogueEntry]) -> CatalogueUrls:
    urls: CatalogueUrls = {}
    for entry in entries:
        url_path = urlparse(entry.url or "").path.strip("/").casefold()
        if url_path:
            urls.setdefault(url_path.rsplit("/", 1)[-1], []).append((url_path, entry.designation))
    return urls


def _url_designations(session: Session, doc_path: str, urls: CatalogueUrls | None = None) -> set[str]:
    """Designations of catalogue entries whose page the document at
    `doc_path` mirrors: pages/…/2019/10/sou-201943.md is the entry at /…/2019/10/sou-201943/."""
    path = str(PurePosixPath(doc_path).with_suffix("")).casefold()
    stem = PurePosixPath(doc_path).stem
    if urls is None:
        urls = _catalogue_urls(
            list(session.exec(select(S.CatalogueEntry).where(S.CatalogueEntry.url.contains(stem))).all())  # type: ignore[union-attr]
        )
    return {designation for url_path, designation in urls.get(stem.casefold(), []) if path.endswith(url_path)}


def stated_designations(metadata: dict) -> frozenset[str]:
    """The designations a document states for itself in its metadata."""
    raw = metadata.get("designations") or metadata.get("designation") or ""
    return frozenset(d.strip() for d in raw.split(";") if d.strip())


def cover_line(title: str, block_texts: list[str]) -> str:
    """A document's title and opening lines, folded: they name a report's
    issuer and year; its running text names other organisations and years
    all the time. No database: the ingest workers work it out (issue 18)."""
    return (title + " \n " + " \n ".join(b[:COVER_LINE_CHARS] for b in block_texts[:COVER_BLOCKS])).casefold()


def designations_of(
    session: Session, path: str, stated: frozenset[str] | set[str], urls: CatalogueUrls | None = None,
    catalogue: bool = True,
) -> str:
    """The stored designation list of a document at `path`: those it states,
    and those of the catalogue pages it mirrors (not looked up when
    `catalogue` is False: no catalogue is imported)."""
    mirrored = _url_designations(session, path, urls) if catalogue else set()
    return _designation_list(set(stated) | mirrored)


def describe_document(
    session: Session, doc: S.Document, urls: CatalogueUrls | None = None, block_texts: list[str] | None = None
) -> None:
    """Fill in what a document says about itself: its designations (stated,
    or from the catalogue page it mirrors) and its cover lines, folded.
    `block_texts`, the document's first blocks, are read from the store when not given."""
    doc.designations = designations_of(session, doc.path, stated_designations(json.loads(doc.metadata_json or "{}")), urls)
    if block_texts is None:
        block_texts = list(
            session.exec(
                select(S.Block.text).where(S.Block.document_id == doc.id).order_by(S.Block.order).limit(COVER_BLOCKS)
            ).all()
        )
    doc.cover = cover_line(doc.title, block_texts)
    session.add(doc)


def _citing(session: Session, source_ids: set[int] | None = None) -> dict[int, set[int]]:
    """source id -> the documents citing it (a document is never its own
    source); only for `source_ids` when given."""
    query = select(S.Citation.source_id, S.Citation.document_id)
    if source_ids is not None:
        query = query.where(S.Citation.source_id.in_(source_ids))  # type: ignore[union-attr]
    citing: dict[int, set[int]] = {}
    for source_id, document_id in session.exec(query).all():
        if source_id is not None:
            citing.setdefault(source_id, set()).add(document_id)
    return citing


def _matches(src: S.Source, doc: S.Document) -> tuple[str, float] | None:
    if src.designation:
        return ("document", 1.0) if src.designation in _stored_designations(doc) else None
    if src.kind not in (LEGAL, DIARY) and src.author and src.year:
        cover = doc.cover or ""
        if src.author.casefold() in cover and str(src.year) in cover:
            return "document", 0.9
    return None


def _find_document(session: Session, src: S.Source, own: set[int]) -> tuple[S.Document, str, float] | None:
    query = select(S.Document)
    if src.designation:
        query = query.where(S.Document.designations.contains(f";{src.designation};"))  # type: ignore[union-attr]
    elif src.kind not in (LEGAL, DIARY) and src.author and src.year:
        query = query.where(S.Document.cover.contains(src.author.casefold())).where(  # type: ignore[union-attr]
            S.Document.cover.contains(str(src.year))  # type: ignore[union-attr]
        )
    else:
        return None
    for doc in session.exec(query.order_by(S.Document.id)).all():
        if doc.id in own:
            continue
        hit = _matches(src, doc)
        if hit:
            return doc, *hit
    return None


def _apply(
    session: Session, src: S.Source, found: tuple[S.Document, str, float] | None, catalogue: bool = True
) -> None:
    """Point `src` at the document found, else at its catalogue entry (looked
    up unless `catalogue` is False: no catalogue is imported)."""
    doc = found[0] if found else None
    entry = None
    method, score = (found[1], found[2]) if found else (None, None)
    if doc is None and src.designation and catalogue:
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


def resolve_sources(
    session: Session, document_id: int | None = None, described: bool = False, has_citations: bool = True
) -> list[int]:
    """Resolve sources: an ingested document, else a catalogue entry, else unresolved.

    With `document_id` (a document was just stored), only what it can change
    is looked at: the sources it cites, and the sources that may now resolve
    to it (`described`: the caller has run `describe_document` on it
    already; `has_citations=False`: it cites nothing). Without (a catalogue was imported), every document is described
    anew and every source resolved.

    Returns the ids of the sources that now resolve to `document_id`."""
    if document_id is None:
        citing = _citing(session)
        urls = _catalogue_urls(list(session.exec(select(S.CatalogueEntry)).all()))
        for doc in session.exec(select(S.Document)).all():
            describe_document(session, doc, urls)
        session.flush()
        for src in session.exec(select(S.Source)).all():
            _apply(session, src, _find_document(session, src, citing.get(src.id, set())))  # type: ignore[arg-type]
        session.flush()
        return []
    new_doc = session.get(S.Document, document_id)
    assert new_doc is not None
    if not described:
        describe_document(session, new_doc)
        session.flush()
    cited = (
        set(session.exec(select(S.Citation.source_id).where(S.Citation.document_id == document_id)).all())
        if has_citations
        else set()
    )
    if cited:
        # Who cites what, only for the sources this document cites: a scan of
        # every citation per stored document would make ingest quadratic.
        citing = _citing(session, cited)
        # A first document in a new database has nothing to resolve against:
        # two queries instead of one or two per source it cites.
        others = session.exec(select(S.Document.id).where(S.Document.id != document_id).limit(1)).first() is not None
        catalogue = session.exec(select(S.CatalogueEntry.id).limit(1)).first() is not None
        for src in session.exec(select(S.Source).where(S.Source.id.in_(cited))).all():  # type: ignore[union-attr]
            found = _find_document(session, src, citing.get(src.id, set())) if others else None  # type: ignore[arg-type]
            _apply(session, src, found, catalogue=catalogue)
    # Sources still unresolved that may name the new document. A document
    # is never its own source, and the ones it cites were handled above.
    # Only the columns `_matches` reads: most stored documents match none.
    query = select(S.Source.id, S.Source.designation, S.Source.kind, S.Source.author, S.Source.year).where(
        S.Source.document_id.is_(None)  # type: ignore[union-attr]
    )
    if cited:
        query = query.where(S.Source.id.not_in(cited))  # type: ignore[union-attr]
    resolved = []
    for row in session.exec(query).all():
        hit = _matches(row, new_doc)  # type: ignore[arg-type]
        if hit:
            src = session.get(S.Source, row.id)
            assert src is not None
            _apply(session, src, (new_doc, *hit))
            resolved.append(row.id)
    session.flush()
    return resolved


def _catalogue_entry(session: Session, designation: str) -> S.CatalogueEntry | None:
    entries = session.exec(select(S.CatalogueEntry).where(S.CatalogueEntry.designation == designation)).all()
    if not entries:
        return None
    # An entry for the document itself beats an extract of it.
    return sorted(entries, key=lambda e: ("utdrag" in e.title.casefold(), e.id))[0]
