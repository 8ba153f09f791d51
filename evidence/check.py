"""`kallkoll check`: footnote and citation integrity findings for authors.

In: a stored document (its footnotes, markers, citations, sources, and the
numbering irregularities the reader read through). Out: a list of
`Finding`s, each with a severity, a kind, the footnote number, page and a
short message. Error-level findings make `kallkoll check` exit 1.

Severities (issue 19):

* error: numbering and marker defects (a missing, repeated or misnumbered
  footnote, a marker without its footnote or a footnote without its marker,
  markers out of order) and malformed designations;
* warning: likely typos and misspellings (an impossible year, two years
  that are each other's digit swap, a near-miss of a known agency's or
  another cited source's name, one source spelled several ways), ambiguous
  author-year letters, footnote text that is not a citation;
* info: sources that resolve to no ingested document or catalogue entry.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date

from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from evidence.reader import Reader, reader_for
from evidence.records import records
from evidence.listing import IRREGULARITIES
from extract.agencies import FULL_NAMES
from extract.citations import DIARY, LEGAL, LETTER, MALFORMED, REPORT, UNPARSED, WORK

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from evidence import schema as S  # the rows read here have the models' columns (evidence/records.py)

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}
SEVERITIES = tuple(SEVERITY_ORDER)

# The oldest year a cited report or work is taken to have without question.
OLDEST_YEAR = 1950
# Author-year citations: the kinds whose year is a publication year.
DATED_KINDS = (REPORT, WORK, LETTER)
# A name this many edits from a known one is taken for a misspelling of it,
# when the name is at least MIN_NAME_LETTERS long (shorter names differ by
# one letter too often: "Region Skåne", "Region Sörmland" are far apart, but
# "SKR" and "SKL" are two bodies).
MAX_EDITS = 2
MIN_NAME_LETTERS = 6


@dataclass(frozen=True)
class Finding:
    severity: str
    kind: str
    footnote: int | None
    page: int | None
    message: str


@dataclass(frozen=True)
class _Marker:
    number: int
    series: int
    page: int | None


def check_document(source: Engine | Reader, document_id: int) -> list[Finding]:
    findings: list[Finding] = []
    # Plain SQL through a Reader, no ORM: `kallkoll check` then starts without
    # SQLAlchemy on a SQLite database (issue 17: fast start).
    reader = reader_for(source)
    with reader.connect() as conn:
        document = next(iter(records(conn, "document", "id = :id", {"id": document_id})), None)
        notes = records(conn, "footnote", "document_id = :doc", {"doc": document_id}, order="id")
        placed = conn.rows(
            'SELECT m.number, m.series, b.page_number FROM footnotemarker m JOIN block b ON b.id = m.block_id '
            'WHERE m.document_id = :doc ORDER BY b."order", m.char_start',
            {"doc": document_id},
        )
        citations = records(conn, "citation", "document_id = :doc", {"doc": document_id})
        body = "\n".join(text for (text,) in conn.rows("SELECT text FROM block WHERE document_id = :doc",
                                                       {"doc": document_id}))
        source_ids = sorted({c.source_id for c in citations if c.source_id is not None})
        sources = {s.id: s for s in records(conn, "source", "id IN :ids", {"ids": source_ids}, order="id")}
    meta = json.loads(document.metadata_json or "{}") if document else {}
    irregular = meta.get(IRREGULARITIES, []) if isinstance(meta, dict) else []
    markers = [_Marker(number, series, page) for number, series, page in placed]

    findings += _numbering(notes, irregular)
    findings += _marker_pairs(notes, markers)
    findings += _marker_order(markers)
    findings += _footnote_problems(notes, citations)
    findings += _variants(citations, sources)
    findings += _unresolved(citations, sources)
    latest = report_year(citations, document.cover if document else "")
    findings += _implausible_years(citations, latest)
    # A year both impossible and a digit swap of another is one mistake,
    # reported as impossible: the swap would name the right year as the typo.
    findings += _year_typos([c for c in citations if not _implausible(c, latest)])
    findings += _misspellings(citations, body)
    findings += _ambiguous_suffixes(citations)
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.footnote or 0, f.kind))


def at_least(findings: list[Finding], severity: str) -> list[Finding]:
    """The findings of `severity` or graver."""
    return [f for f in findings if SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[severity]]


def _numbering(notes: list[S.Footnote], irregular: list[dict]) -> list[Finding]:
    out = []
    by_series: dict[int, list[S.Footnote]] = defaultdict(list)
    for n in notes:
        by_series[n.series].append(n)
    for item in irregular:
        written, number, page = item.get("written"), item.get("number"), item.get("page_number")
        if item.get("kind") == "duplicate_number":
            fate = f"read as footnote {number}" if item.get("stored", True) and number != written else "not stored"
            out.append(Finding(ERROR, "duplicate_number", written, page,
                               f"footnote number {written} occurs twice (page {page}); the second, "
                               f"{_short(item.get('text', ''))!r}, is {fate}"))
        else:
            out.append(Finding(ERROR, "out_of_sequence", number, page,
                               f"footnote numbered {written} on page {page} stands where {number} is expected; "
                               f"read as footnote {number}: {_short(item.get('text', ''))!r}"))
    for series, items in by_series.items():
        ordered = sorted(items, key=lambda n: n.number)
        numbers = {n.number for n in ordered}
        for prev, nxt in zip([None, *ordered], ordered):
            start = prev.number if prev is not None else 0
            for missing in range(start + 1, nxt.number):
                if missing in numbers:
                    continue
                jump = f"numbering jumps from {start} to {nxt.number}" if prev else f"numbering starts at {nxt.number}"
                out.append(Finding(ERROR, "numbering_gap", missing, nxt.page_number,
                                   f"footnote {missing} is missing ({jump})" + (f" in series {series}" if series else "")))
    return out


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _marker_pairs(notes: list[S.Footnote], markers: list[_Marker]) -> list[Finding]:
    out = []
    marked = {(m.series, m.number) for m in markers}
    noted = {(n.series, n.number): n for n in notes}
    for n in notes:
        if (n.series, n.number) not in marked:
            out.append(Finding(ERROR, "footnote_without_marker", n.number, n.page_number,
                               f"footnote {n.number} has no marker in the text"))
    for m in markers:
        if (m.series, m.number) not in noted:
            out.append(Finding(ERROR, "marker_without_footnote", m.number, m.page,
                               f"marker {m.number} has no footnote"))
    return out


def _marker_order(markers: list[_Marker]) -> list[Finding]:
    """Markers whose numbers break the ascending order of the text: all but
    a longest ascending run of each series, so two swapped markers give one
    finding, not one for every marker after them."""
    out = []
    by_series: dict[int, list[_Marker]] = defaultdict(list)
    for m in markers:
        by_series[m.series].append(m)
    for items in by_series.values():
        keep = _longest_ascending([m.number for m in items])
        for i, m in enumerate(items):
            if i in keep:
                continue
            before = next((items[j].number for j in range(i - 1, -1, -1) if j in keep), None)
            after = next((items[j].number for j in range(i + 1, len(items)) if j in keep), None)
            where = " and ".join(
                part for part in (
                    f"after marker {before}" if before is not None else "",
                    f"before marker {after}" if after is not None else "",
                ) if part
            )
            out.append(Finding(ERROR, "marker_order", m.number, m.page,
                               f"marker {m.number} is out of order: it stands {where}"))
    return out


def _longest_ascending(numbers: list[int]) -> set[int]:
    """Indexes of a longest strictly ascending subsequence (patience sorting)."""
    tails: list[int] = []  # the smallest tail value of an ascending run of each length
    tail_index: list[int] = []
    parent: list[int] = [-1] * len(numbers)
    for i, n in enumerate(numbers):
        k = bisect_left(tails, n)
        if k == len(tails):
            tails.append(n)
            tail_index.append(i)
        else:
            tails[k] = n
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_index[-1] if tail_index else -1
    while i != -1:
        keep.add(i)
        i = parent[i]
    return keep


def _footnote_problems(notes: list[S.Footnote], citations: list[S.Citation]) -> list[Finding]:
    out = []
    cited = {c.footnote_id for c in citations}
    for note in notes:
        # The store joins a footnote's problems with "; ", which no problem holds.
        problems = [p.strip() for p in note.problems.split("; ")] if note.problems else []
        formal = any(c.footnote_number == note.number and c.footnote_series == note.series and c.kind in (LEGAL, DIARY)
                     for c in citations)
        for problem in problems:
            if problem.startswith(MALFORMED):
                out.append(Finding(ERROR, "malformed_designation", note.number, note.page_number,
                                   f"{problem}: {note.text!r}"))
            elif problem.startswith(UNPARSED):
                out.append(Finding(WARNING, "unparsed", note.number, note.page_number, f"{problem} in {note.text!r}"))
            elif formal:
                out.append(Finding(ERROR, "malformed_designation", note.number, note.page_number,
                                   f"malformed designation ({problem}): {note.text!r}"))
            else:
                out.append(Finding(WARNING, "malformed_text", note.number, note.page_number,
                                   f"{problem}: {note.text!r}"))
        if note.id not in cited and not note.explanatory and not any(p.startswith(UNPARSED) for p in problems):
            out.append(Finding(WARNING, "unparsed", note.number, note.page_number,
                               f"footnote text could not be parsed into a citation: {note.text!r}"))
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
        out.append(Finding(INFO, "unresolved", c.footnote_number, c.page_number,
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
                    out.append(Finding(WARNING, "year_typo", c.footnote_number, c.page_number,
                                       f"{author} {rare} may be a typo for {author} {other} "
                                       f"(cited {_times(len(years[other]))})"))
    return out


def report_year(citations: list[S.Citation], cover: str) -> int:
    """The year the report is from, as far as it tells: the latest year on its
    cover or cited at least twice, never after this year."""
    this_year = date.today().year
    counts = Counter(c.year for c in citations if c.kind in DATED_KINDS and c.year)
    cited = [y for y, n in counts.items() if n >= 2 and OLDEST_YEAR <= y <= this_year]
    on_cover = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", cover) if int(y) <= this_year]
    return max(cited + on_cover, default=this_year)


def _implausible(c: S.Citation, latest: int) -> bool:
    return c.kind in DATED_KINDS and bool(c.year) and not OLDEST_YEAR <= c.year <= latest


def _implausible_years(citations: list[S.Citation], latest: int) -> list[Finding]:
    out = []
    for c in citations:
        if not _implausible(c, latest):
            continue
        if c.year > 9999:
            why = "has five digits"
        elif c.year > latest:
            why = f"is after the report's own year ({latest})"
        elif c.year < OLDEST_YEAR:
            why = f"is before {OLDEST_YEAR}"
        else:
            continue
        out.append(Finding(WARNING, "implausible_year", c.footnote_number, c.page_number,
                           f"the year of {c.key!r} {why}: a typo?"))
    return out


def _name_form(name: str) -> str:
    """A name as compared for misspellings: case, hyphens and spacing around
    them, and a genitive -s at word ends do not count."""
    name = re.sub(r"\s*-\s*", "", name.casefold())
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name.split())


def _misspellings(citations: list[S.Citation], body: str = "") -> list[Finding]:
    """An author one or two letters away from a known agency's name or from a
    more often used name of the same document: a misspelling of it. How
    often a name is used counts its citations and its mentions in the text
    (a body that writes "Demomyndigheten" ten times tells which of two
    spellings cited once each is the slip)."""
    cited = Counter(c.author for c in citations if c.author)
    text = body.casefold()
    counts = {name: n + text.count(name.casefold()) for name, n in cited.items()}
    forms: dict[str, str] = {}
    for name in sorted(FULL_NAMES):
        forms.setdefault(_name_form(name), name)
    out = []
    first_citation: dict[str, S.Citation] = {}
    for c in sorted(citations, key=lambda c: (c.footnote_series, c.footnote_number, c.position)):
        if c.author:
            first_citation.setdefault(c.author, c)
    for author, n in counts.items():
        form = _name_form(author)
        if len(form.replace(" ", "")) < MIN_NAME_LETTERS or author in FULL_NAMES:
            continue
        candidates = [(other, f"cited {_times(cited[other])}, named {_times(counts[other] - cited[other])} in the text")
                      for other in counts if counts[other] > n and other != author]
        candidates += [(name, "a known agency") for name in forms.values() if name != author]
        best: tuple[int, str, str] | None = None
        for other, why in candidates:
            other_form = _name_form(other)
            if other_form == form:
                continue
            edits = Levenshtein.distance(form, other_form, score_cutoff=MAX_EDITS)
            if edits <= MAX_EDITS and (best is None or edits < best[0]):
                best = (edits, other, why)
        if best is None:
            continue
        c = first_citation[author]
        where = sorted({x.footnote_number for x in citations if x.author == author})
        out.append(Finding(WARNING, "misspelled_source", c.footnote_number, c.page_number,
                           f"{author!r} (footnotes {', '.join(map(str, where))}) looks like a misspelling of "
                           f"{best[1]!r} ({best[2]})"))
    return out


def _times(n: int) -> str:
    return {0: "no times", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _ambiguous_suffixes(citations: list[S.Citation]) -> list[Finding]:
    """Author-year letters that cannot be told apart: a bare year where the
    same author and year are cited with letters, or a letter cited once that
    skips letters no citation uses (2023a, 2023b … 2023f)."""
    # Letters are lettered apart from publications ("brev 2023").
    groups: dict[tuple[str, int, bool], list[S.Citation]] = defaultdict(list)
    for c in citations:
        if c.author and c.year and c.kind in DATED_KINDS:
            groups[(c.author, c.year, c.kind == LETTER)].append(c)
    out = []
    for (author, year, _letters), items in groups.items():
        letters = Counter(_letter(c) for c in items)
        lettered = sorted(letter for letter in letters if letter)
        if not lettered:
            continue
        shown = ", ".join(f"{year}{letter}" for letter in lettered)
        for c in items:
            letter = _letter(c)
            if not letter:
                out.append(Finding(WARNING, "ambiguous_suffix", c.footnote_number, c.page_number,
                                   f"{author} {year} without a letter is ambiguous: {shown} are cited too"))
                continue
            others = [x for x in lettered if x != letter]
            if letters[letter] == 1 and others and ord(letter) > ord(max(others)) + 1:
                out.append(Finding(WARNING, "ambiguous_suffix", c.footnote_number, c.page_number,
                                   f"{author} {year}{letter} is cited once and skips letters no citation uses "
                                   f"({shown}): a typo?"))
    return out


def _letter(c: S.Citation) -> str:
    tail = c.key[len(c.author or ""):].strip()
    m = re.fullmatch(r"(?:brev\s+)?\d+([a-z]?)", tail.split(", ")[-1]) if tail else None
    return m.group(1) if m else ""


def findings_as_dicts(findings: list[Finding]) -> list[dict]:
    return [asdict(f) for f in findings]
