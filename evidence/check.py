"""`kallkoll check`: footnote and citation integrity findings for authors.

In: a stored document (its footnotes, markers, citations and sources). Out: a
list of `Finding`s, each with a severity, the footnote number, page and a short
message. Error-level findings make `kallkoll check` exit 1.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from evidence import schema as S
from extract.citations import DIARY, LEGAL

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True)
class Finding:
    severity: str
    kind: str
    footnote: int | None
    page: int | None
    message: str


def check_document(engine: Engine, document_id: int) -> list[Finding]:
    findings: list[Finding] = []
    with Session(engine) as session:
        notes = session.exec(select(S.Footnote).where(S.Footnote.document_id == document_id)).all()
        markers = session.exec(select(S.FootnoteMarker).where(S.FootnoteMarker.document_id == document_id)).all()
        citations = session.exec(select(S.Citation).where(S.Citation.document_id == document_id)).all()
        source_ids = {c.source_id for c in citations if c.source_id is not None}
        sources = {s.id: s for s in session.exec(select(S.Source)).all() if s.id in source_ids}

    findings += _numbering(notes)
    findings += _marker_pairs(notes, markers)
    for note in notes:
        if note.problems and any(c.footnote_number == note.number for c in citations if c.kind in (LEGAL, DIARY)):
            findings.append(Finding(ERROR, "malformed_designation", note.number, note.page_number,
                                    f"malformed designation ({note.problems}): {note.text!r}"))
        elif note.problems:
            findings.append(Finding(WARNING, "malformed_text", note.number, note.page_number,
                                    f"{note.problems}: {note.text!r}"))
        has_citation = any(c.footnote_id == note.id for c in citations)
        if not has_citation and not note.explanatory:
            findings.append(Finding(WARNING, "unparsed", note.number, note.page_number,
                                    f"footnote text could not be parsed into a citation: {note.text!r}"))
    findings += _variants(citations, sources)
    findings += _unresolved(citations, sources)
    findings += _year_typos(citations)
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.footnote or 0, f.kind))


def _numbering(notes: list[S.Footnote]) -> list[Finding]:
    out = []
    by_series: dict[int, list[S.Footnote]] = defaultdict(list)
    for n in notes:
        by_series[n.series].append(n)
    for series, items in by_series.items():
        numbers = sorted(n.number for n in items)
        seen = set()
        for n in sorted(items, key=lambda n: n.number):
            if n.number in seen:
                out.append(Finding(ERROR, "duplicate_number", n.number, n.page_number, f"footnote {n.number} occurs twice"))
            seen.add(n.number)
        first = 1
        for missing in sorted(set(range(first, numbers[-1] + 1)) - seen) if numbers else []:
            out.append(Finding(ERROR, "numbering_gap", missing, None,
                               f"footnote {missing} is missing (numbering jumps)" + (f" in series {series}" if series else "")))
    return out


def _marker_pairs(notes: list[S.Footnote], markers: list[S.FootnoteMarker]) -> list[Finding]:
    out = []
    marked = {(m.series, m.number) for m in markers}
    noted = {(n.series, n.number): n for n in notes}
    for n in notes:
        if (n.series, n.number) not in marked:
            out.append(Finding(ERROR, "footnote_without_marker", n.number, n.page_number,
                               f"footnote {n.number} has no marker in the text"))
    for m in markers:
        if (m.series, m.number) not in noted:
            out.append(Finding(ERROR, "marker_without_footnote", m.number, None,
                               f"marker {m.number} has no footnote"))
    return out


def _variants(citations: list[S.Citation], sources: dict[int, S.Source]) -> list[Finding]:
    out = []
    for src in sources.values():
        aliases = json.loads(src.aliases_json)
        if not aliases:
            continue
        where: dict[str, list[int]] = defaultdict(list)
        for c in citations:
            if c.source_id == src.id:
                where[c.key].append(c.footnote_number)
        if len(where) < 2:
            continue
        detail = "; ".join(f"{k!r} in footnotes {', '.join(map(str, sorted(v)))}" for k, v in sorted(where.items()))
        rare = min(where, key=lambda k: len(where[k]))
        first = min(where[rare])
        page = next(c.page_number for c in citations if c.footnote_number == first)
        out.append(Finding(WARNING, "inconsistent_spelling", first, page,
                           f"one source spelled {len(where)} ways: {detail}"))
    return out


def _unresolved(citations: list[S.Citation], sources: dict[int, S.Source]) -> list[Finding]:
    out = []
    reported: set[int] = set()
    for c in sorted(citations, key=lambda c: c.footnote_number):
        src = sources.get(c.source_id) if c.source_id else None
        if src is None or src.resolved_by or src.id in reported:
            continue
        reported.add(src.id)  # type: ignore[arg-type]
        cited_in = sorted({x.footnote_number for x in citations if x.source_id == src.id})
        out.append(Finding(INFO if src.kind not in (LEGAL, DIARY) else WARNING, "unresolved", c.footnote_number,
                           c.page_number,
                           f"{src.key!r} resolves to no ingested document or catalogue entry "
                           f"(cited in footnotes {', '.join(map(str, cited_in))})"))
    return out


def _year_typos(citations: list[S.Citation]) -> list[Finding]:
    """The same author with two years that are each other's digit transposition
    (2012/2021) and the same letter: one of them may be a typo."""
    out = []
    by_author: dict[str, dict[str, list[S.Citation]]] = defaultdict(lambda: defaultdict(list))
    for c in citations:
        if c.author and c.year:
            by_author[c.author][c.key[len(c.author):].strip()].append(c)
    for author, years in by_author.items():
        keys = sorted(years)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if len(a) == len(b) and sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b)) == 2:
                    rare = a if len(years[a]) <= len(years[b]) else b
                    other = b if rare == a else a
                    c = years[rare][0]
                    out.append(Finding(INFO, "year_typo", c.footnote_number, c.page_number,
                                       f"{author} {rare} may be a typo for {author} {other} "
                                       f"(cited {len(years[other])} times)"))
    return out


def findings_as_dicts(findings: list[Finding]) -> list[dict]:
    return [asdict(f) for f in findings]
