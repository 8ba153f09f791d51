"""Plain text as a PDF-to-text tool leaves it -> ParsedDocument.

In: a `SourceFile` holding the text layer of a report. Out: pages, blocks
(headings, paragraphs, captions, tables), footnotes and in-text markers.

The layout conventions this parser relies on (see the shared corpus README):

* a new page starts with a line that begins with a single space (following
  a non-blank line: an indented line after a blank line is ordinary text);
* each page's footnotes sit at its bottom after an empty or single-space
  line, one per line as ``N text``, long ones wrapped onto following lines;
* footnote markers are the footnote number glued to the body text
  (``stort.17``, ``Brå142.``), sometimes spaced (``personer. 84``) and
  sometimes glued to a year (``hösten 2022139``).

Footnote numbers run through the document, so the parser always knows the
next number to expect; that is what tells a footnote line from a body line
starting with a number, and a marker from a number in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import EmptyInputError
from ingest.files import decode_text
from ingest.model import (
    MAX_SKIPPED_FOOTNOTES,
    CAPTION,
    HEADING,
    PARAGRAPH,
    TABLE,
    Block,
    Footnote,
    FootnoteIrregularity,
    Marker,
    Page,
    ParsedDocument,
    SourceFile,
)

# Chapter-level headings that name a part of the report, not the report.
FRONT_MATTER_HEADINGS = frozenset({"FÖRORD", "INNEHÅLL", "INNEHÅLLSFÖRTECKNING", "SAMMANFATTNING", "SUMMARY", "INLEDNING"})
HYPHEN_CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "till", "som", "and", "or"})
FOOTNOTE_LINE = re.compile(r"^(\d{1,4})\s+(\S.*)$")
CAPTION_START = re.compile(r"^(Figur|Diagram|Bild|Karta|Tabell)\s+\d+[.:]?\s|^Källa\s*:|^Källor\s*:", re.IGNORECASE)
TABLE_START = re.compile(r"^Tabell\s+\d+", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^Källa\s*:|^Källor\s*:", re.IGNORECASE)
TERMINAL = ".!?:;…”\""
NOTE_END = ".!?)]”\"’"
# How far past the expected number a page's footnotes may start and still be
# taken as footnotes when they number on in sequence and the page holds the
# first one's marker: reading resumes instead of losing the rest.
RESYNC_WINDOW = 50
# Characters that may stand right before a glued marker: letters and closing
# punctuation. A digit, hyphen, dash, slash or colon before a number means it
# is part of a range, a designation (SFS 2021:966) or a date, not a marker;
# so is a comma after a digit: a decimal comma ("2,1 procent" is not 2, +
# marker 1; found by hypothesis, issue 8).
_GLUED_BEFORE = r"(?:(?<=[^\W\d_])|(?<=[.;!?)\]”\"’%])|(?<=\D,)|(?<=^,))"


@dataclass
class _Line:
    text: str
    page_number: int


@dataclass
class _Chunk:
    lines: list[str]
    page_number: int
    kind: str = PARAGRAPH
    level: int | None = None
    raw_markers: list[tuple[int, int, int]] = field(default_factory=list)  # (number, start, end) in text

    @property
    def text(self) -> str:
        if self.kind == TABLE:
            return "\n".join(self.lines)
        return _join_lines(self.lines)


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out[-1] in "-–" and len(out) > 1 and out[-2].isalnum() and not _starts_with_conjunction(line):
            # "Jämställdhets-" + "myndigheten", "16–" + "24 år": the break
            # fell inside a word or a range; the hyphen is kept because the
            # text layer cannot tell a soft hyphen from a real one.
            out = out + line
        else:
            out = out + " " + line
    return out


def _starts_with_conjunction(line: str) -> bool:
    # "kunskaps- och metodutveckling": a hyphen before a conjunction is a
    # shared compound ending and keeps its space.
    return line.split(" ", 1)[0].lower() in HYPHEN_CONJUNCTIONS


def split_pages(text: str) -> list[list[str]]:
    """Split the text layer into pages of lines (page-start space removed)."""
    pages: list[list[str]] = [[]]
    prev_blank = True
    for raw in text.splitlines():
        line = raw.rstrip()
        starts_page = len(line) > 1 and line[0] == " " and line[1] != " " and not prev_blank
        if starts_page and pages[-1]:
            pages.append([])
        if starts_page or (not pages[-1] and line.startswith(" ") and line.strip()):
            line = line[1:]
        pages[-1].append(line)
        prev_blank = not line.strip()
    return [p for p in pages if any(line.strip() for line in p)]


def _is_blank(line: str) -> bool:
    return not line.strip()


@dataclass
class _NoteLines:
    """One footnote as read from its lines: the number the sequence gives
    it, the number written at its start, and its lines."""

    number: int
    written: int
    lines: list[str]
    surplus: bool = False  # a repeated number that fills no hole

    @property
    def irregular(self) -> bool:
        return self.surplus or self.number != self.written


def _ends_note(line: str) -> bool:
    # A footnote ends with a full stop, a closing quote or bracket, or a
    # designation ("SFS 2022:722"); a wrapped line mostly ends mid-sentence.
    tail = line.rstrip()[-1:]
    return bool(tail) and (tail in NOTE_END or tail.isdigit())


def _starts_note(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "”\"'(«"


def _has_marker(number: int, text: str) -> bool:
    """Whether `text` holds `number` where a marker would stand, in any of
    the marker forms (glued, spaced, glued to a year)."""
    n = str(number)
    return any(_search_marker(pattern, lead, text, n, 0) is not None for pattern, lead in _MARKER_PATTERNS)


def _next_number(lines: list[str]) -> int | None:
    for line in lines:
        m = FOOTNOTE_LINE.match(line.strip())
        if m:
            return int(m.group(1))
    return None


def _first_number(written: int, text: str, rest: list[str], expected: int, context: str) -> int | None:
    """The number of a footnote area's first line, written `written`, or None
    when the line does not start a footnote area.

    The expected number, or 1 (a restart), start one. Otherwise the line
    must read as a footnote (a capital after the number) and be plausible
    against the page: a few numbers skipped when the page holds the
    skipped-to number's marker (footnotes deleted), or a wrong number where
    the next line continues the sequence or the page holds the expected
    number's marker (a mistyped or repeated number fills the hole).
    """
    if written == expected or (written == 1 and expected > 1):
        return written
    if not _starts_note(text):
        return None
    following = _next_number(rest)
    if expected < written <= expected + MAX_SKIPPED_FOOTNOTES + 1 and (
        _has_marker(written, context) or following == written + 1
    ):
        return written
    if expected < written <= expected + RESYNC_WINDOW and following == written + 1 and _has_marker(written, context):
        # Further on, a run numbered in sequence whose marker is on the page:
        # the reader has lost count (footnotes missing), not the author.
        return written
    if following == expected + 1 or (following is None and _has_marker(expected, context)):
        return expected
    return None


def _parse_footnote_run(lines: list[str], expected: int, context: str = "") -> list[_NoteLines] | None:
    """Parse lines as a page's footnotes, continuing the numbering at
    `expected` (or 1, a restart). Returns the footnotes or None if the lines
    are not a footnote area. `context` is the body text above the area (on
    this page and the page before), where the footnotes' markers stand.

    Numbering mistakes are read through, not stopped at (issue 19): a
    footnote line that skips a few numbers, repeats the previous number or
    carries a number that fits nowhere is still a footnote; the footnote
    takes the number its place gives it and keeps the written one.
    """
    content = [line for line in lines if not _is_blank(line)]
    notes: list[_NoteLines] = []
    for i, line in enumerate(content):
        m = FOOTNOTE_LINE.match(line.strip())
        if not notes:
            if m is None:
                return None
            written = int(m.group(1))
            number = _first_number(written, m.group(2), content[i + 1 :], expected, context)
            if number is None:
                return None
            notes.append(_NoteLines(number, written, [m.group(2)]))
            continue
        prev = notes[-1]
        if m is None:
            prev.lines.append(line)
            continue
        written = int(m.group(1))
        nxt = prev.number + 1
        if written == nxt:
            notes.append(_NoteLines(written, written, [m.group(2)]))
        elif not (_ends_note(prev.lines[-1]) and _starts_note(m.group(2))) or (
            written == 1 and prev.number != 1 and _next_number(content[i + 1 :]) != nxt + 1
        ):
            # A wrapped line that happens to start with a number (a "1" is
            # a footnote only where it fills a hole: "3 …, 1 …, 5 …").
            prev.lines.append(line)
        elif nxt < written <= nxt + MAX_SKIPPED_FOOTNOTES and _has_marker(written, context):
            # Footnotes skipped (deleted): the skipped-to footnote's marker is
            # on the page. Without it, the number is a mistyped one (30 as 33).
            notes.append(_NoteLines(written, written, [m.group(2)]))
        else:
            following = _next_number(content[i + 1 :])
            if written == prev.number and following == nxt:
                # "57, 57, 58": one footnote too many, not a hole filled.
                notes.append(_NoteLines(written, written, [m.group(2)], surplus=True))
            else:
                notes.append(_NoteLines(nxt, written, [m.group(2)]))
    return notes or None


def split_footnotes(lines: list[str], expected: int, context: str = "") -> tuple[list[str], list[_NoteLines]]:
    """Separate a page's body lines from its bottom footnote area. `context`
    is the previous page's body, where markers of this page's footnotes may
    stand too."""
    separators = [i for i, line in enumerate(lines) if _is_blank(line)]
    best: tuple[int, list[_NoteLines]] | None = None
    # The footnote area is the last blank-separated run that parses as
    # footnotes; it is then grown upwards over earlier runs that continue
    # the same numbering (a blank line inside the footnote area).
    for sep in reversed(separators):
        # Markers are looked for in the body above the area, never in
        # footnote lines ("2023c.\n33 Arbetsmiljöverket" is no marker 33).
        run = _parse_footnote_run(lines[sep + 1 :], expected, context + "\n" + "\n".join(lines[:sep]))
        if run is None:
            if best is not None:
                break
            continue
        first = run[0].number
        # (">=": read whole, the area may number its last footnote higher
        # than the lower run read alone, when a repeated number fills a hole.)
        # An irregular first number of the lower run alone (a footnote whose
        # marker is gone, taken for a mistyped one) gives way as well.
        earlier = first < best[1][0].number or (first == best[1][0].number and best[1][0].irregular) if best else True
        if best is None or (earlier and run[-1].number >= best[1][-1].number):
            best = (sep, run)
    if best is None:
        return lines, []
    sep, run = best
    return lines[:sep], run


def _chunks(lines: list[str], page_number: int) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current: list[str] = []
    for line in lines + [""]:
        if _is_blank(line):
            if current:
                chunks.append(_Chunk(lines=current, page_number=page_number))
                current = []
        else:
            current.append(line)
    return chunks


def _is_upper_title(lines: list[str]) -> bool:
    letters = [ch for line in lines for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


ENDS_IN_MARKER = re.compile(r"(?:[.!?:;)\]»”]\s?\d{1,3}|\b(?:19|20)\d\d\d{1,3})$")


def _looks_like_heading(chunk: _Chunk) -> bool:
    text = chunk.text
    if len(chunk.lines) > 3 or len(text) > 200 or not text[:1].isupper():
        return False
    if text[-1] in TERMINAL or text[-1] == ",":
        return False
    # Markers are still in the text here: a short paragraph that ends in one
    # ("… 12,5 procent legitimation.22", "hösten 2022139") is no heading
    # (issue 14).
    if ENDS_IN_MARKER.search(text):
        return False
    if CAPTION_START.match(text):
        return False
    # A line of a data table ("Barn och unga 50 53 58") is not a heading.
    return not re.search(r"\d+(\s+\d+){2,}\s*$", text)


def _classify(chunks: list[_Chunk]) -> list[_Chunk]:
    out: list[_Chunk] = []
    in_table = False
    for i, chunk in enumerate(chunks):
        text = chunk.text
        if in_table:
            if SOURCE_LINE.match(text):
                in_table = False
                chunk.kind = CAPTION
                out.append(chunk)
            else:
                out[-1].lines.extend(chunk.lines)
            continue
        if TABLE_START.match(text):
            chunk.kind = CAPTION
            out.append(chunk)
            in_table = True
            out.append(_Chunk(lines=[], page_number=chunk.page_number, kind=TABLE))
            continue
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if CAPTION_START.match(text) or (chunk.lines[0].lstrip().startswith("*") and out and out[-1].kind == CAPTION):
            chunk.kind = CAPTION
        elif _is_upper_title(chunk.lines):
            chunk.kind, chunk.level = HEADING, 1
        elif (
            _looks_like_heading(chunk)
            and nxt is not None
            and not _is_upper_title(nxt.lines)
            and not (_looks_like_heading(nxt) and len(nxt.lines) == 1)
        ):
            # A section heading introduces text; a run of short unpunctuated
            # lines (a signature, an address) is not a heading.
            chunk.kind, chunk.level = HEADING, 2
        out.append(chunk)
    return [c for c in out if c.lines]


def _merge_continuations(chunks: list[_Chunk]) -> list[_Chunk]:
    """Join paragraphs broken by a blank line or a page break mid-sentence."""
    out: list[_Chunk] = []
    for chunk in chunks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text
            and prev.text[-1] not in TERMINAL
            and chunk.text[:1].islower()
            and not _is_upper_title(prev.lines)
            and not CAPTION_START.match(prev.text)
        ):
            prev.lines.extend(chunk.lines)
            continue
        out.append(chunk)
    return out


# Where a footnote's marker may stand, with the number as a digit run, and
# how many characters before the number a match starts. Compiled once:
# compiling four patterns per footnote was most of parsing a report.
_MARKER_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = (
    # glued to a word or closing punctuation: "stort.17", "Brå142."
    (re.compile(_GLUED_BEFORE + r"(\d+)(?!\d)(?=[\s.,;:)”\"]|$)"), 0),
    # a year followed by a period, then the marker: "under 2022.19 Sedan"
    (re.compile(r"(?<=\b(?:19|20)\d\d\.)(\d+)(?=\s|$)"), 0),
    # spaced after sentence punctuation: "hbtqi-personer. 84"
    (re.compile(r"(?<=[^\s\d][.;:!?”\"])\s(\d+)(?=\s+[A-ZÅÄÖ]|\s*$)"), 1),
    # glued to a year: "hösten 2022139" = 2022 + marker 139
    (re.compile(r"(?<=\b(?:19|20)\d\d)(\d+)(?!\d)"), 0),
)


def _search_marker(pattern: re.Pattern[str], lead: int, text: str, n: str, start: int) -> re.Match[str] | None:
    """The first match at or after `start` of `pattern` with its digit run
    being exactly `n`. Only where `n`'s digits stand is the pattern tried;
    every pattern requires a non-digit after the run, so its greedy run there
    is `n` exactly when a pattern spelling out `n` would match."""
    p = text.find(n, start + lead)
    while p != -1:
        m = pattern.match(text, p - lead)
        if m is not None and m.group(1) == n:
            return m
        p = text.find(n, p + 1)
    return None


def _find_marker(
    chunks: list[_Chunk], number: int, page_number: int, cursor: tuple[int, int], patterns: int | None = None
) -> tuple[int, int, int] | None:
    """Find footnote `number`'s marker after `cursor` (chunk index, offset) in
    chunks that start at most one page before the footnote's page, trying
    the first `patterns` marker patterns (all when None)."""
    ci0, off0 = cursor
    n = str(number)
    for pattern, lead in _MARKER_PATTERNS[:patterns]:
        for ci in range(ci0, len(chunks)):
            chunk = chunks[ci]
            if chunk.page_number > page_number:
                break
            if chunk.kind == TABLE or chunk.page_number < page_number - 1:
                continue
            m = _search_marker(pattern, lead, chunk.text, n, off0 if ci == ci0 else 0)
            if m:
                return ci, m.start(1), m.end(1)
    return None


def _find_marker_near(
    chunks: list[_Chunk], number: int, first_page: int, last_page: int, taken: set[tuple[int, int]]
) -> tuple[int, int, int] | None:
    """A marker glued to text anywhere from `first_page` to `last_page`, at a
    place no other marker holds."""
    pattern, lead = _MARKER_PATTERNS[0]
    n = str(number)
    for ci, chunk in enumerate(chunks):
        if chunk.kind == TABLE or not first_page <= chunk.page_number <= last_page:
            continue
        start = 0
        while (m := _search_marker(pattern, lead, chunk.text, n, start)) is not None:
            if (ci, m.start(1)) not in taken:
                return ci, m.start(1), m.end(1)
            start = m.end(1)
    return None


def _place_marker(
    chunks: list[_Chunk],
    found: tuple[int, int, int],
    want: _Wanted,
    marker_series: dict[tuple[int, int, int], int],
    taken: set[tuple[int, int]],
) -> None:
    ci, s, e = found
    taken.add((ci, s))
    text_ci = chunks[ci].text
    # A spaced marker takes its leading space with it.
    if s > 1 and text_ci[s - 1] == " " and not text_ci[s - 2].isdigit():
        s -= 1
    chunks[ci].raw_markers.append((want.number, s, e))
    marker_series[(ci, want.number, s)] = want.series


def _clean(chunk: _Chunk) -> tuple[str, tuple[Marker, ...]]:
    text = chunk.text
    out: list[str] = []
    markers: list[Marker] = []
    pos = 0
    for number, s, e in sorted(chunk.raw_markers, key=lambda m: m[1]):
        out.append(text[pos:s])
        cleaned_len = sum(len(p) for p in out)
        markers.append(Marker(number=number, char_start=cleaned_len, raw=text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out), tuple(markers)


def _irregularity(note: _NoteLines, page_number: int, series: int, text: str) -> FootnoteIrregularity:
    repeated = note.surplus or note.written == note.number - 1
    return FootnoteIrregularity(
        kind="duplicate_number" if repeated else "out_of_sequence",
        number=note.number,
        written=note.written,
        page_number=page_number,
        text=text,
        series=series,
        stored=not note.surplus,
    )


def _read_footnotes(raw_pages: list[list[str]]) -> tuple[list[list[str]], list[Footnote], list[FootnoteIrregularity]]:
    """Each page's body lines, the footnotes in reading order, and the
    numbering irregularities read through on the way."""
    bodies: list[list[str]] = []
    footnotes: list[Footnote] = []
    irregular: list[FootnoteIrregularity] = []
    expected = 1
    series = 0
    previous = ""
    for page_number, lines in enumerate(raw_pages, start=1):
        body, notes = split_footnotes(lines, expected, previous)
        bodies.append(body)
        previous = "\n".join(body)
        if notes and notes[0].number < expected:
            series += 1
        for note in notes:
            text = _join_lines(note.lines)
            if note.irregular:
                irregular.append(_irregularity(note, page_number, series, text))
            if not note.surplus:
                footnotes.append(Footnote(number=note.number, text=text, page_number=page_number, series=series))
        if notes:
            expected = notes[-1].number + 1
    return bodies, footnotes, irregular


@dataclass(frozen=True)
class _Wanted:
    """A marker to look for: a footnote's, or a missing footnote's."""

    number: int
    series: int
    page_number: int


def _wanted_markers(footnotes: list[Footnote], last_page: int) -> list[_Wanted]:
    """The footnotes' numbers, and the numbers a series skips (a missing
    footnote's marker is still in the text, and is reported), in order."""
    wanted: list[_Wanted] = []
    for i, note in enumerate(footnotes):
        prev = footnotes[i - 1] if i else None
        after = prev.number if prev is not None and prev.series == note.series else 0
        wanted.extend(_Wanted(n, note.series, note.page_number) for n in range(after + 1, note.number))
        wanted.append(_Wanted(note.number, note.series, note.page_number))
    if footnotes:
        # The last footnote deleted leaves its marker after the last one.
        last = footnotes[-1]
        wanted.append(_Wanted(last.number + 1, last.series, min(last.page_number + 1, last_page)))
    return wanted


def parse_text(source: SourceFile) -> ParsedDocument:
    text, encoding = decode_text(source)
    raw_pages = split_pages(text)
    if not raw_pages:
        raise EmptyInputError(source.path, "file holds no text")

    bodies, footnotes, irregular = _read_footnotes(raw_pages)
    chunks: list[_Chunk] = []
    for page_number, body in enumerate(bodies, start=1):
        chunks.extend(_chunks(body, page_number))
    chunks = _classify(_merge_continuations(chunks))

    # Markers stand in the same order as their footnotes, so one cursor walks
    # the text once. A marker not found in order is looked for again around
    # its footnote's page (markers swapped, issue 19); the check reports the
    # order. A missing footnote's marker is looked for only glued to text.
    cursor = (0, 0)
    marker_series: dict[tuple[int, int, int], int] = {}
    noted = {(n.series, n.number) for n in footnotes}
    taken: set[tuple[int, int]] = set()
    unplaced: list[_Wanted] = []
    wanted = _wanted_markers(footnotes, len(raw_pages))
    for want in wanted:
        has_note = (want.series, want.number) in noted
        found = _find_marker(chunks, want.number, want.page_number, cursor, patterns=None if has_note else 1)
        if found is None or (found[0], found[1]) in taken:
            if has_note:
                unplaced.append(want)
            continue
        _place_marker(chunks, found, want, marker_series, taken)
        cursor = (found[0], found[2])
    pages = {(n.series, n.number): n.page_number for n in footnotes}
    for want in unplaced:
        # Between the pages of the footnotes before and after it (markers
        # swapped across a page without footnotes).
        first = pages.get((want.series, want.number - 1), want.page_number) - 1
        last = pages.get((want.series, want.number + 1), want.page_number)
        found = _find_marker_near(chunks, want.number, first, max(last, want.page_number + 1), taken)
        if found is not None:
            _place_marker(chunks, found, want, marker_series, taken)

    blocks: list[Block] = []
    for order, chunk in enumerate(chunks):
        clean, markers = _clean(chunk)
        raw_sorted = sorted(chunk.raw_markers, key=lambda m: m[1])
        markers = tuple(
            Marker(number=m.number, char_start=m.char_start, raw=m.raw, series=marker_series[(order, raw[0], raw[1])])
            for m, raw in zip(markers, raw_sorted)
        )
        blocks.append(
            Block(kind=chunk.kind, text=clean, page_number=chunk.page_number, order=order, level=chunk.level, markers=markers)
        )
    return ParsedDocument(
        path=source.path,
        title=_title(blocks, source.path),
        kind="report",
        format="text",
        sha256=source.sha256,
        pages=tuple(Page(page_number=i) for i in range(1, len(raw_pages) + 1)),
        blocks=tuple(blocks),
        footnotes=tuple(footnotes),
        encoding=encoding,
        irregularities=tuple(irregular),
    )


def _title(blocks: list[Block], path: str) -> str:
    """The first chapter title that is not front matter, else the file name."""
    for block in blocks:
        if block.kind == HEADING and block.level == 1 and block.text.upper() not in FRONT_MATTER_HEADINGS:
            return block.text.capitalize() if block.text.isupper() else block.text
    return Path(path).stem.replace("-", " ").replace("_", " ")
