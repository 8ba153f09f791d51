"""Inject author errors into the raw text of a report, reproducibly.

This module is the bench's own reading of a report's text layer; it shares
no code with the checker (ingest/, extract/, evidence/) and never imports it.
It knows only the plain-text layout of the reports it is given:

- a page starts with a line that begins with a single space;
- a page's footnotes sit at its bottom after an empty or whitespace-only
  line, one per line as ``N text``, long ones wrapped onto following lines;
- a footnote marker in the body is the footnote number glued to the text
  (``stort.17``, ``Brå142.``); spaced markers (``personer. 84``) and markers
  glued to a year (``hösten 2022139``) are left alone, as they cannot be
  located without guessing.

Every injection is an :class:`Injection` with its kind, the footnote numbers it
involves, where it was made and the text before and after.  Places are chosen
with a ``random.Random`` the caller seeds, from candidate lists built in a
fixed order, so a seed always gives the same mutations.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

KINDS = (
    "footnote_deleted",
    "marker_deleted",
    "number_duplicated",
    "number_out_of_sequence",
    "markers_swapped",
    "year_impossible",
    "agency_misspelled",
    "designation_malformed",
    "ambiguous_suffix",
    "citation_garbled",
)

# Kinds that change the numbering or the markers: their footnote numbers are
# kept at least two apart from each other's, so that the errors cannot cancel
# or mask one another (a deleted footnote next to a duplicated number, a
# deleted marker of a deleted footnote, ...).
STRUCTURAL = {
    "footnote_deleted",
    "marker_deleted",
    "number_duplicated",
    "number_out_of_sequence",
    "markers_swapped",
}

PAGE_START = re.compile(r"^ \S")
FOOTNOTE_LINE = re.compile(r"^(\d{1,3}) (?=\S)")
# A marker glued to the text: digits right after a letter or a closing
# punctuation mark, followed by a space, punctuation or the end of the line.
# ',' after a digit is a decimal comma (1,5), not a marker.
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.;!?)\]”’\"])|(?<=[^\d],))(\d{1,3})(?=[\s.,;:!?)”’]|$)"
)
DESIGNATION = re.compile(
    r"(?<![\w-])(?P<series>SOU|SFS|Skr\.?|Prop\.?|Dir\.?|Ds|HSLF-FS)\s"
    r"(?P<year>\d{4}(?:/\d{2})?)(?P<colon>:)(?P<num>\d+)"
)
AUTHOR_YEAR = re.compile(
    r"^(?P<author>[A-ZÅÄÖÉ][^;:\d]{0,90}?),? (?P<year>(?:19|20)\d\d)(?P<suf>[a-z]?)\.?\s*$"
)
BARE_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<suf>[a-z]?)\.?\s*$")
# The other citations a footnote that is a citation list may hold: a series
# designation (SOU 2018:37, Skr 2016/17:10, HSLF-FS 2022:39) or a diary number
# (A2021/02397, S2020/0159/SOF).
DESIGNATION_PART = re.compile(
    r"^(?:SOU|SFS|Skr\.?|Prop\.?|Dir\.?|Ds|[A-ZÅÄÖ]+-FS) \d{4}(?:/\d{2})?:\d+\.?$"
)
DIARY_PART = re.compile(r"^[A-ZÅÄÖ]{1,3}\d{4}/\d+(?:/[A-ZÅÄÖ]+)?\.?$")
# An author that is really a series (never an author-year citation's author).
SERIES_AUTHOR = re.compile(r"^(?:SOU|SFS|Skr|Prop|Dir|Ds|[A-ZÅÄÖ]+-FS)\b")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
REPLACEMENT_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


def _blank(line: str) -> bool:
    return line.strip() == ""


@dataclass
class Footnote:
    number: int
    first: int  # index of the "N text" line
    last: int  # index of its last wrapped line (== first when not wrapped)
    block: int  # which footnote area (0, 1, ...) it sits in


@dataclass
class Marker:
    number: int
    line: int
    start: int
    end: int
    block: int  # the footnote area whose body segment holds it


@dataclass
class Citation:
    """An author-year citation (or a bare year continuing one) in a footnote's first line."""

    footnote: int
    line: int
    author: str  # the author as written ("Brottsförebyggande rådet", "Kriminalvården, brev")
    author_start: int  # offset of the author in the line (-1 for a bare year)
    year: str
    year_start: int
    suffix: str  # "" or one letter

    @property
    def org(self) -> str:
        """The author without a trailing ', brev' or similar remark."""
        return self.author.split(",")[0].strip()


@dataclass
class Designation:
    footnote: int
    line: int
    match: re.Match


@dataclass
class Injection:
    kind: str
    footnotes: set[int]
    line: int  # 1-based line number in the clean text
    page: int  # page as counted by this module (lines starting with one space)
    before: str
    after: str
    detail: str = ""
    # Other footnotes the error is about without being wrong themselves: the
    # other citations of a misspelled organisation, the other lettered
    # citations of an author and year.  A finding there of a kind accepted for
    # the error is explained by it (not a false finding), but does not detect it.
    related: set[int] = field(default_factory=set)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "footnotes": sorted(self.footnotes),
            "related": sorted(self.related),
            "line": self.line,
            "page": self.page,
            "before": self.before,
            "after": self.after,
            "detail": self.detail,
        }


class Report:
    """The clean report as lines, with its footnotes, located markers and citations."""

    def __init__(self, text: str, name: str, year: int):
        self.text = text
        self.name = name
        self.year = year
        self.lines = text.split("\n")
        self.page_of_line: list[int] = []
        page = 0
        for line in self.lines:
            if PAGE_START.match(line):
                page += 1
            self.page_of_line.append(max(page, 1))
        self.footnotes: dict[int, Footnote] = {}
        self.block_spans: list[tuple[int, int]] = []  # first/last line of each footnote area
        self._parse_footnotes()
        self.markers: dict[int, Marker] = {}
        self._locate_markers()
        self.citations: list[Citation] = []
        self.designations: list[Designation] = []
        self._parse_citations()

    # -- parsing -----------------------------------------------------------

    def _parse_footnotes(self) -> None:
        lines = self.lines
        expected = 1
        current: Footnote | None = None
        in_block = False
        block = -1
        block_first = 0
        for i, line in enumerate(lines):
            m = FOOTNOTE_LINE.match(line)
            if m and int(m.group(1)) == expected and (in_block or (i > 0 and _blank(lines[i - 1]))):
                if not in_block:
                    block += 1
                    block_first = i
                    in_block = True
                current = Footnote(expected, i, i, block)
                self.footnotes[expected] = current
                expected += 1
                continue
            if not in_block:
                continue
            if PAGE_START.match(line):
                self.block_spans.append((block_first, i - 1))
                in_block, current = False, None
                continue
            if _blank(line):
                # A blank line inside a footnote area: the area goes on only
                # if the next non-blank line is the next footnote.
                j = i + 1
                while j < len(lines) and _blank(lines[j]):
                    j += 1
                nxt = FOOTNOTE_LINE.match(lines[j]) if j < len(lines) else None
                if not (nxt and int(nxt.group(1)) == expected):
                    self.block_spans.append((block_first, i - 1))
                    in_block, current = False, None
                continue
            assert current is not None
            current.last = i  # a wrapped line of the current footnote
        if in_block:
            self.block_spans.append((block_first, len(lines) - 1))

    def _locate_markers(self) -> None:
        """Markers found glued, exactly once, in the body text before their footnote area."""
        by_block: dict[int, list[int]] = {}
        for n, fn in self.footnotes.items():
            by_block.setdefault(fn.block, []).append(n)
        prev_end = -1
        for b, (first, last) in enumerate(self.block_spans):
            numbers = set(by_block.get(b, []))
            found: dict[int, list[tuple[int, int, int]]] = {}
            for i in range(prev_end + 1, first):
                for m in GLUED_MARKER.finditer(self.lines[i]):
                    n = int(m.group(1))
                    if n in numbers:
                        found.setdefault(n, []).append((i, m.start(1), m.end(1)))
            prev_end = last
            unique = sorted((n, occ[0]) for n, occ in found.items() if len(occ) == 1)
            # Keep only markers in reading order with their neighbours.
            for k, (n, pos) in enumerate(unique):
                before_ok = k == 0 or unique[k - 1][1] < pos
                after_ok = k == len(unique) - 1 or pos < unique[k + 1][1]
                if before_ok and after_ok:
                    self.markers[n] = Marker(n, pos[0], pos[1], pos[2], b)

    def _parse_citations(self) -> None:
        for n, fn in self.footnotes.items():
            line = self.lines[fn.first]
            body_start = FOOTNOTE_LINE.match(line).end()
            for m in DESIGNATION.finditer(line, body_start):
                self.designations.append(Designation(n, fn.first, m))
            author = None
            pos = body_start
            for part in line[body_start:].split(";"):
                lead = len(part) - len(part.lstrip())
                seg = part.strip()
                seg_start = pos + lead
                pos += len(part) + 1
                m = AUTHOR_YEAR.match(seg)
                if m and "." not in m.group("author").replace("m.fl.", "").replace("m.fl", ""):
                    author = m.group("author").strip()
                    self.citations.append(Citation(
                        n, fn.first, author, seg_start, m.group("year"),
                        seg_start + m.start("year"), m.group("suf")))
                    continue
                m = BARE_YEAR.match(seg)
                if m and author is not None:
                    self.citations.append(Citation(
                        n, fn.first, author, -1, m.group("year"),
                        seg_start + m.start("year"), m.group("suf")))
                    continue
                author = None

    # -- helpers -----------------------------------------------------------

    def number_span(self, n: int) -> tuple[int, int, int]:
        fn = self.footnotes[n]
        m = FOOTNOTE_LINE.match(self.lines[fn.first])
        return fn.first, m.start(1), m.end(1)


@dataclass
class Mutation:
    """The injections of one run and the edits that make them."""

    report: Report
    injections: list[Injection] = field(default_factory=list)
    spans: list[tuple[int, int, int, str]] = field(default_factory=list)  # line, start, end, new
    deleted: set[int] = field(default_factory=set)  # line indices removed
    touched_lines: set[int] = field(default_factory=set)  # footnote lines already mutated
    protected_lines: set[int] = field(default_factory=set)  # lines another injection relies on
    touched_markers: set[int] = field(default_factory=set)
    structural: set[int] = field(default_factory=set)  # footnote numbers held by structural errors
    unplaced: list[str] = field(default_factory=list)

    def free_line(self, i: int) -> bool:
        return i not in self.touched_lines and i not in self.protected_lines

    def structural_free(self, numbers: set[int]) -> bool:
        return all(k not in self.structural for n in numbers for k in (n - 1, n, n + 1))

    def text(self) -> str:
        lines = list(self.report.lines)
        for line, start, end, new in sorted(self.spans, key=lambda s: (s[0], -s[1])):
            lines[line] = lines[line][:start] + new + lines[line][end:]
        return "\n".join(l for i, l in enumerate(lines) if i not in self.deleted)

    def deleted_footnotes(self) -> int:
        return sum(1 for inj in self.injections if inj.kind == "footnote_deleted")

    def record(self, kind: str, footnotes: set[int], line: int, before: str, after: str, detail: str) -> Injection:
        inj = Injection(kind, set(footnotes), line + 1, self.report.page_of_line[line], before, after, detail)
        self.injections.append(inj)
        if kind in STRUCTURAL:
            self.structural |= set(footnotes)
        return inj


def _replace(line: str, start: int, end: int, new: str) -> str:
    return line[:start] + new + line[end:]


# -- the injectors -------------------------------------------------------------
# Each takes (mutation, rng), picks a place among its candidates that the
# run's earlier injections left free, records the edit and returns the
# Injection, or returns None when no place is left.


def inject_footnote_deleted(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = [
        n for n, fn in sorted(rep.footnotes.items())
        if mu.structural_free({n})
        and all(mu.free_line(i) for i in range(fn.first, fn.last + 1))
    ]
    if not cands:
        return None
    n = rng.choice(cands)
    fn = rep.footnotes[n]
    removed = rep.lines[fn.first: fn.last + 1]
    mu.deleted.update(range(fn.first, fn.last + 1))
    mu.touched_lines.update(range(fn.first, fn.last + 1))
    mu.touched_markers.add(n)  # its marker must stay as it is
    return mu.record("footnote_deleted", {n}, fn.first, "\n".join(removed), "",
                     f"{fn.last - fn.first + 1} line(s) removed")


def _marker_context(line: str, start: int, end: int, new: str) -> tuple[str, str]:
    a, b = max(0, start - 30), min(len(line), end + 20)
    return line[a:b], line[a:start] + new + line[end:b]


def inject_marker_deleted(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = [n for n in sorted(rep.markers) if n not in mu.touched_markers and mu.structural_free({n})]
    if not cands:
        return None
    n = rng.choice(cands)
    mk = rep.markers[n]
    mu.spans.append((mk.line, mk.start, mk.end, ""))
    mu.touched_markers.add(n)
    before, after = _marker_context(rep.lines[mk.line], mk.start, mk.end, "")
    return mu.record("marker_deleted", {n}, mk.line, before, after, f"marker {n} removed")


def inject_number_duplicated(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = [
        n for n in sorted(rep.footnotes)
        if n >= 2 and mu.structural_free({n - 1, n}) and mu.free_line(rep.footnotes[n].first)
    ]
    if not cands:
        return None
    n = rng.choice(cands)
    line, s, e = rep.number_span(n)
    before = rep.lines[line]
    after = _replace(before, s, e, str(n - 1))
    mu.spans.append((line, s, e, str(n - 1)))
    mu.touched_lines.add(line)
    return mu.record("number_duplicated", {n - 1, n}, line, before, after, f"{n} renumbered {n - 1}")


def _mistyped_numbers(n: int) -> list[int]:
    """Numbers an author could type for n that do not fit the sequence."""
    s = str(n)
    swaps = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                swaps.append(int(t))
    out = sorted({w for w in swaps if abs(w - n) > 2})
    if out:
        return out
    typed = set()
    for i in range(len(s) + 1):  # an inserted digit
        for d in "0123456789":
            t = s[:i] + d + s[i:]
            if t[0] != "0":
                typed.add(int(t))
    for i in range(len(s)):  # a replaced digit
        for d in "0123456789":
            t = s[:i] + d + s[i + 1:]
            if t[0] != "0":
                typed.add(int(t))
    return sorted(w for w in typed if abs(w - n) > 2 and w <= 999)


def inject_number_out_of_sequence(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = []
    for n in sorted(rep.footnotes):
        if not mu.free_line(rep.footnotes[n].first):
            continue
        wrongs = [w for w in _mistyped_numbers(n) if mu.structural_free({n, w})]
        if wrongs:
            cands.append((n, wrongs))
    if not cands:
        return None
    n, wrongs = rng.choice(cands)
    w = rng.choice(wrongs)
    line, s, e = rep.number_span(n)
    before = rep.lines[line]
    after = _replace(before, s, e, str(w))
    mu.spans.append((line, s, e, str(w)))
    mu.touched_lines.add(line)
    return mu.record("number_out_of_sequence", {n, w}, line, before, after, f"{n} typed {w}")


def inject_markers_swapped(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = []
    for n in sorted(rep.markers):
        a, b = rep.markers[n], rep.markers.get(n + 1)
        if b is None or n in mu.touched_markers or n + 1 in mu.touched_markers:
            continue
        if not mu.structural_free({n, n + 1}):
            continue
        if (a.line, a.start) < (b.line, b.start) and b.block - a.block <= 1:
            cands.append(n)
    if not cands:
        return None
    n = rng.choice(cands)
    a, b = rep.markers[n], rep.markers[n + 1]
    mu.spans.append((a.line, a.start, a.end, str(n + 1)))
    mu.spans.append((b.line, b.start, b.end, str(n)))
    mu.touched_markers |= {n, n + 1}
    ba, aa = _marker_context(rep.lines[a.line], a.start, a.end, str(n + 1))
    bb, ab = _marker_context(rep.lines[b.line], b.start, b.end, str(n))
    return mu.record("markers_swapped", {n, n + 1}, a.line, f"{ba} … {bb}", f"{aa} … {ab}",
                     f"markers {n} and {n + 1} exchanged")


def _impossible_years(year: str, report_year: int) -> list[tuple[str, str]]:
    """(variant, new year) pairs; the caller picks a variant, then one of its years."""
    y = int(year)
    out = []
    later = []
    swapped = year[:2] + year[3] + year[2]
    if int(swapped) > report_year:
        later.append(swapped)
    if y + 10 > report_year:
        later.append(str(y + 10))
    out += [("after the report's year", w) for w in later]
    out += [("five digits", year[:i] + year[i] + year[i:]) for i in range(4)]
    if year.startswith("20") and int(year[2:]) < 50:
        out.append(("before 1950", "19" + year[2:]))
    return out


def inject_year_impossible(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = [c for c in rep.citations if mu.free_line(c.line)]
    if not cands:
        return None
    c = rng.choice(cands)
    options = _impossible_years(c.year, rep.year)
    variants = sorted({v for v, _ in options})
    variant = rng.choice(variants)
    new = rng.choice(sorted(w for v, w in options if v == variant))
    before = rep.lines[c.line]
    s, e = c.year_start, c.year_start + 4
    mu.spans.append((c.line, s, e, new))
    mu.touched_lines.add(c.line)
    return mu.record("year_impossible", {c.footnote}, c.line, before, _replace(before, s, e, new),
                     f"{c.year} -> {new} ({variant}; report year {rep.year})")


def _misspellings(word: str) -> list[tuple[str, str]]:
    out = []
    for p in range(1, len(word)):
        out.append(("letter deleted", word[:p] + word[p + 1:]))
        out.append(("letter doubled", word[:p] + word[p] + word[p:]))
        for ch in REPLACEMENT_LETTERS:
            if ch != word[p].lower():
                out.append(("letter replaced", word[:p] + ch + word[p + 1:]))
    for p in range(1, len(word) - 1):
        if word[p] != word[p + 1]:
            out.append(("letters swapped", word[:p] + word[p + 1] + word[p] + word[p + 2:]))
    return [(how, w) for how, w in out if w != word]


def _is_org(author: str) -> bool:
    return "&" not in author and "m.fl" not in author


def inject_agency_misspelled(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cited_in: dict[str, set[int]] = {}
    for c in rep.citations:
        if c.author_start >= 0 and _is_org(c.author):
            cited_in.setdefault(c.org, set()).add(c.footnote)
    known = set(cited_in)
    cands = []
    for c in rep.citations:
        if c.author_start < 0 or not _is_org(c.author) or not mu.free_line(c.line):
            continue
        # cited in another footnote, with that spelling still intact
        witnesses = sorted(
            f for f in cited_in.get(c.org, ()) if f != c.footnote
            and rep.footnotes[f].first not in mu.touched_lines
        )
        if not witnesses:
            continue
        words = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", c.org) if len(m.group()) >= 6]
        if words:
            cands.append((c, witnesses, words))
    if not cands:
        return None
    c, witnesses, words = rng.choice(cands)
    offset, word = rng.choice(words)
    options = [(how, w) for how, w in _misspellings(word)
               if c.org[:offset] + w + c.org[offset + len(word):] not in known]
    kinds = sorted({how for how, _ in options})
    how = rng.choice(kinds)
    new = rng.choice([w for h, w in options if h == how])
    witness = rng.choice(witnesses)
    mu.protected_lines.add(rep.footnotes[witness].first)
    s = c.author_start + offset
    before = rep.lines[c.line]
    mu.spans.append((c.line, s, s + len(word), new))
    mu.touched_lines.add(c.line)
    inj = mu.record("agency_misspelled", {c.footnote}, c.line, before,
                    _replace(before, s, s + len(word), new),
                    f"{word} -> {new} ({how}); spelled right in footnote {witness}")
    inj.related = cited_in[c.org] - {c.footnote}
    return inj


def inject_designation_malformed(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands = [d for d in rep.designations if mu.free_line(d.line)]
    if not cands:
        return None
    d = rng.choice(cands)
    m = d.match
    line = rep.lines[d.line]
    num = m.group("num")
    variants = ["colon to dot", "colon doubled"]
    if len(num) >= 2:
        variants.append("stray space")
    if line[m.end():m.end() + 1] != ")" and "(" not in line:
        variants.append("stray parenthesis")
    variant = rng.choice(variants)
    if variant == "colon to dot":
        edit = (m.start("colon"), m.end("colon"), ".")
    elif variant == "colon doubled":
        edit = (m.start("colon"), m.end("colon"), "::")
    elif variant == "stray space":
        p = rng.randrange(1, len(num))
        edit = (m.start("num"), m.end("num"), num[:p] + " " + num[p:])
    else:
        edit = (m.end(), m.end(), ")")
    mu.spans.append((d.line, *edit))
    mu.touched_lines.add(d.line)
    after = _replace(line, *edit)
    return mu.record("designation_malformed", {d.footnote}, d.line, line, after,
                     f"{m.group()} ({variant})")


def inject_ambiguous_suffix(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    letters: dict[tuple[str, str], set[str]] = {}
    where: dict[tuple[str, str], set[int]] = {}
    for c in rep.citations:
        if c.suffix:
            letters.setdefault((c.author, c.year), set()).add(c.suffix)
            where.setdefault((c.author, c.year), set()).add(c.footnote)
    cands = []
    for c in rep.citations:
        if not c.suffix or not mu.free_line(c.line):
            continue
        key = (c.author, c.year)
        witnesses = sorted(f for f in where[key] if f != c.footnote
                           and rep.footnotes[f].first not in mu.touched_lines)
        if witnesses:
            cands.append((c, witnesses))
    if not cands:
        return None
    c, witnesses = rng.choice(cands)
    used = letters[(c.author, c.year)]
    top = max(LETTERS.index(x) for x in used)
    far = [x for x in LETTERS[top + 2: top + 6] if x not in used]
    variant = rng.choice(["letter dropped", "letter far past the last"] if far else ["letter dropped"])
    new = "" if variant == "letter dropped" else rng.choice(far)
    witness = rng.choice(witnesses)
    mu.protected_lines.add(rep.footnotes[witness].first)
    s = c.year_start + 4
    before = rep.lines[c.line]
    mu.spans.append((c.line, s, s + 1, new))
    mu.touched_lines.add(c.line)
    inj = mu.record("ambiguous_suffix", {c.footnote}, c.line, before, _replace(before, s, s + 1, new),
                    f"{c.year}{c.suffix} -> {c.year}{new} ({variant}; letters used: "
                    f"{''.join(sorted(used))}, e.g. footnote {witness})")
    inj.related = where[(c.author, c.year)] - {c.footnote}
    return inj


def _garblable(c: Citation) -> bool:
    """An `Author YYYY[letter]` citation whose year an author could drop.

    The author starts with a capital letter and has no digits; letters
    (``Kriminalvården, brev 2023``: a comma part starting in lower case) and
    series designations are left alone.
    """
    a = c.author
    if c.author_start < 0 or not a[:1].isupper() or any(ch.isdigit() for ch in a):
        return False
    if any(part.strip()[:1].islower() for part in a.split(",")[1:]):
        return False
    return not SERIES_AUTHOR.match(a)


def _citation_parts(report: Report, fn: Footnote) -> list[str] | None:
    """The ``;``-separated parts of a one-line footnote when every part is a citation, else None."""
    if fn.last != fn.first:
        return None
    line = report.lines[fn.first]
    parts = [p.strip() for p in line[FOOTNOTE_LINE.match(line).end():].split(";")]
    for p in parts:
        m = AUTHOR_YEAR.match(p)
        if m and "." not in m.group("author").replace("m.fl.", "").replace("m.fl", ""):
            continue
        if BARE_YEAR.match(p) or DESIGNATION_PART.match(p) or DIARY_PART.match(p):
            continue
        return None
    return parts


def inject_citation_garbled(mu: Mutation, rng: random.Random) -> Injection | None:
    rep = mu.report
    cands: dict[str, list[tuple[Citation, int]]] = {"in a list": [], "single citation": []}
    for c in rep.citations:
        if not _garblable(c) or not mu.free_line(c.line):
            continue
        parts = _citation_parts(rep, rep.footnotes[c.footnote])
        if parts is None:
            continue
        if len(parts) >= 2:
            cands["in a list"].append((c, len(parts)))
        else:
            cands["single citation"].append((c, 1))
    variants = [v for v in sorted(cands) if cands[v]]
    if not variants:
        return None
    variant = rng.choice(variants)
    c, n_parts = rng.choice(cands[variant])
    # From the end of the author to the end of the year and its letter: the
    # space (or ", ") and "2023a" go, a closing "." or "; ..." stays; an author
    # ending in "." ("Starke m.fl.") takes the closing "." with it.
    s, e = c.author_start + len(c.author), c.year_start + 4 + len(c.suffix)
    before = rep.lines[c.line]
    if c.author.endswith(".") and before[e:e + 1] == ".":
        e += 1
    mu.spans.append((c.line, s, e, ""))
    mu.touched_lines.add(c.line)
    where = f"in a list of {n_parts} citations" if variant == "in a list" else "the footnote's only citation"
    return mu.record("citation_garbled", {c.footnote}, c.line, before, _replace(before, s, e, ""),
                     f"{before[c.author_start:e]} -> {c.author} (year dropped; {where})")


INJECTORS = {
    "footnote_deleted": inject_footnote_deleted,
    "marker_deleted": inject_marker_deleted,
    "number_duplicated": inject_number_duplicated,
    "number_out_of_sequence": inject_number_out_of_sequence,
    "markers_swapped": inject_markers_swapped,
    "year_impossible": inject_year_impossible,
    "agency_misspelled": inject_agency_misspelled,
    "designation_malformed": inject_designation_malformed,
    "ambiguous_suffix": inject_ambiguous_suffix,
    "citation_garbled": inject_citation_garbled,
}


def placeable_kinds(report: Report) -> dict[str, bool]:
    """Which kinds have at least one place in the clean report."""
    return {k: INJECTORS[k](Mutation(report), random.Random(0)) is not None for k in KINDS}


def mutate(report: Report, kinds: list[str], rng: random.Random, substitute: bool = True) -> Mutation:
    """Inject one error of each kind in ``kinds``, in order.

    A kind with no free place left is noted in ``unplaced``; with ``substitute``
    another kind (chosen at random among those still placeable) takes its slot,
    so a run has as many errors as asked whenever the report allows it.
    """
    mu = Mutation(report)
    for kind in kinds:
        if INJECTORS[kind](mu, rng) is not None:
            continue
        mu.unplaced.append(kind)
        if substitute:
            others = [k for k in KINDS if k != kind]
            rng.shuffle(others)
            for other in others:
                if INJECTORS[other](mu, rng) is not None:
                    break
    return mu


def kinds_for_run(n: int, rng: random.Random) -> list[str]:
    """n kinds, spread evenly: each round of len(KINDS) uses every kind once, in random order."""
    out: list[str] = []
    while len(out) < n:
        round_ = list(KINDS)
        rng.shuffle(round_)
        out += round_
    return out[:n]
