"""Markdown (regeringen.se pages, SFS laws, government assignments) -> ParsedDocument.

In: a `.md`/`.markdown` SourceFile. Out: a ParsedDocument with one Page:
headings, paragraphs, list items and pipe tables as blocks, `[^1]` footnotes as
Marker/Footnote, inline markdown (links, emphasis, images, code) reduced to
plain text.

Front matter (`---` … `---` YAML at the top) is read by `ingest/front_matter.py`
(a SafeLoader without aliases, values kept as written). SFS
laws as mirrored from rkrattsbaser carry `beteckning` (2001:453) and `rubrik`
(Socialtjänstlag): they become kind 'law' with metadata 'designation' =
'SFS 2001:453', and their amendment register (`andringsforfattningar`) becomes
list items after the law text, since the mirror often holds no law text at all.

The block grammar is the part of CommonMark (https://spec.commonmark.org/0.31.2/)
and GFM tables/footnotes that the corpus uses; it is written here rather than
taken from a library so that marker offsets can be kept exact.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import CorruptFileError, EmptyInputError
from ingest.files import decode_text
from ingest.front_matter import load_front_matter
from ingest.model import (
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE,
    Block,
    Footnote,
    Marker,
    Page,
    ParsedDocument,
    SourceFile,
)

log = logging.getLogger(__name__)

# Where the government's assignments live in the g0vse mirror: .../regeringsuppdrag/YYYY/MM/slug.md
ASSIGNMENT_PATH = re.compile(r"(?:^|/)regeringsuppdrag/(?P<year>\d{4})/(?P<month>\d{2})/[^/]+$")
# SFS front matter: the amendment register and the heading given to it.
AMENDMENTS_KEY = "andringsforfattningar"
AMENDMENTS_HEADING = "Ändringsförfattningar"

# --- block grammar (CommonMark section numbers in comments) -------------------------------------
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")  # 4.2
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")  # 4.3
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # 4.1
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")  # 4.5
# 5.2; "•" + no-break space is how regeringen.se pastes bullets.
_BULLET = re.compile(r"^([ \t]*)([-*+•])(?:[ \t\u00a0]+(.*))?$")
_ORDERED = re.compile(r"^([ \t]*)(\d{1,9})([.)])(?:[ \t]+(.*))?$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?(.*)$")  # 5.1
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")  # GFM footnotes
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S+")  # 4.7 link reference definitions
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")  # GFM 4.10
_IMAGE_ONLY = re.compile(r"^!\[([^\]]*)\]\([^)]*\)$")

# --- inline grammar ---------------------------------------------------------------------------
# Issue 18 (defect 10): tried at every position, a lazy `.+?` looking for a
# closing delimiter that never comes scans to the end of the line each time:
# ` *a` repeated took 10 s for 50 KB. So the regex holds only the constructs
# whose scans stop at the next bracket or delimiter (an image's alt text and a
# link's `<destination>` may not hold a second-level `[` or a `<`), and
# emphasis (`**`, `__`, `*`, `_`, `~~`) is found by _Emphasis from the
# positions of its openers and closers, with the same matches.
_INLINE = re.compile(
    r"""
    (?P<code>(?P<ticks>`+)(?P<code_text>.+?)(?P=ticks))
  | \\(?P<escaped>[!-/:-@\[-`{-~])
  | !\[(?P<alt>(?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)
  | \[\^(?P<note>[^\]\s]+)\]
  | \[(?P<link>(?:[^\[\]]|\[[^\[\]]*\])+)\]
    (?:\((?:<[^<>\n]*>|(?:[^()\s]|\([^()]*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\)|\[[^\]]*\])
  | <(?P<autolink>(?:https?|ftp|mailto):[^\s<>]+)>
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
    """,
    re.X,
)
# Emphasis, in the order it is tried at one position (after everything in
# _INLINE): name, opener (zero-width, at the delimiter), delimiter length,
# closer (zero-width, at the delimiter). The content between is at least one
# character on one line, and the closer is the first after it: as
# `(?P<strong>\*\*|__)(?=\S)(?P<strong_text>.+?)(?<=\S)(?P=strong)` and
# `(?<![\w*])\*(?=[^\s*])(?P<em_star>.+?)(?<=[^\s*])\*(?![*])` would match.
_EMPHASIS: tuple[tuple[str, re.Pattern[str], int, re.Pattern[str]], ...] = (
    ("strong", re.compile(r"(?=\*\*\S)"), 2, re.compile(r"(?<=\S)(?=\*\*)")),
    ("strong", re.compile(r"(?=__\S)"), 2, re.compile(r"(?<=\S)(?=__)")),
    ("em_star", re.compile(r"(?<![\w*])(?=\*[^\s*])"), 1, re.compile(r"(?<=[^\s*])(?=\*(?![*]))")),
    ("em_under", re.compile(r"(?<![\w_])(?=_[^\s_])"), 1, re.compile(r"(?<=[^\s_])(?=_(?![\w_]))")),
    ("strike", re.compile(r"(?=~~\S)"), 2, re.compile(r"(?<=\S)(?=~~)")),
)
_NOTE_REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_HTML_BREAK = re.compile(r"^<br\s*/?>$", re.I)


@dataclass
class _RawBlock:
    kind: str
    text: str
    level: int | None = None
    notes: list[tuple[str, int, str]] = field(default_factory=list)  # (label, char_start, raw)


def parse_markdown(source: SourceFile) -> ParsedDocument:
    """Parse a markdown file, with optional YAML front matter, into one page of blocks."""
    text, encoding = decode_text(source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body, body_line = _split_front_matter(source.path, text)

    lines = body.split("\n")
    definitions = _footnote_labels(lines)
    _warn_undefined_notes(source.path, lines, definitions, body_line)
    raw_blocks, raw_notes = _parse_blocks(lines, definitions)

    is_law = bool(front.get("beteckning")) and bool(front.get("rubrik"))
    if is_law:
        raw_blocks.extend(_amendment_blocks(front.get(AMENDMENTS_KEY)))

    numbers = _number_footnotes(raw_blocks, raw_notes)
    blocks = tuple(
        Block(
            kind=raw.kind,
            text=raw.text,
            page_number=1,
            order=i,
            level=raw.level,
            markers=tuple(
                Marker(number=numbers[label], char_start=start, raw=mark) for label, start, mark in raw.notes
            ),
        )
        for i, raw in enumerate(raw_blocks)
    )
    footnotes = tuple(
        sorted(
            (Footnote(number=numbers[label], text=note_text, page_number=1) for label, note_text in raw_notes.items()),
            key=lambda note: note.number,
        )
    )
    if not blocks and not footnotes:
        where = f" after the front matter (ending on line {body_line - 1})" if front else ""
        raise EmptyInputError(source.path, f"markdown holds no text{where}")

    metadata = {key: _scalar(value) for key, value in front.items() if _is_scalar(value)}
    if is_law:
        kind = "law"
        title = _scalar(front["rubrik"])
        metadata["designation"] = "SFS " + _scalar(front["beteckning"])
    else:
        kind = "web_page"
        title = _title(blocks, front, source.path)
    assignment = ASSIGNMENT_PATH.search(Path(source.path).as_posix())
    if assignment and not is_law:
        # Issue 6: a government assignment is a document of its own kind; its
        # year and month are the folder's (the page rarely states them).
        kind = "assignment"
        metadata["year"] = assignment.group("year")
        metadata["month"] = assignment.group("month")

    return ParsedDocument(
        path=source.path,
        title=title,
        kind=kind,
        format="markdown",
        sha256=source.sha256,
        pages=(Page(page_number=1),),
        blocks=blocks,
        footnotes=footnotes,
        encoding=encoding,
        metadata=metadata,
    )


# =====================================================================================
# Front matter
# =====================================================================================


def _split_front_matter(path: str, text: str) -> tuple[dict[str, object], str, int]:
    """Return (front matter mapping, body, 1-based line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text, 1
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        raise CorruptFileError(
            path, "front matter opened by '---' on line 1 is never closed (add a '---' line after the YAML)"
        )
    front = load_front_matter(path, "\n".join(lines[1:close]))
    if front is None:
        front = {}
    if not isinstance(front, dict):
        raise CorruptFileError(
            path,
            f"front matter must be YAML 'key: value' lines, got a {type(front).__name__} "
            f"(lines 2-{close}); a leading '---' rule needs a blank line before it",
        )
    return {str(k): v for k, v in front.items()}, "\n".join(lines[close + 1 :]), close + 2


def _is_scalar(value: object) -> bool:
    return isinstance(value, (str, int, float, bool, dt.date))


def _scalar(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _amendment_blocks(amendments: object) -> list[_RawBlock]:
    """The SFS amendment register as list items: 'Lag (2002:378) om ändring i
    socialtjänstlagen (2001:453), ikraft 2002-07-01: ändr. 14 kap 1 §'."""
    if not isinstance(amendments, list) or not amendments:
        return []
    blocks = [_RawBlock(HEADING, AMENDMENTS_HEADING, level=2)]
    for entry in amendments:
        if not isinstance(entry, dict):
            continue
        text = _scalar(entry.get("rubrik") or "") or f"SFS {_scalar(entry.get('beteckning') or '')}"
        if entry.get("ikraft_datum"):
            text += f", ikraft {_scalar(entry['ikraft_datum'])}"
        if entry.get("anteckningar"):
            text += f": {_scalar(entry['anteckningar'])}"
        blocks.append(_RawBlock(LIST_ITEM, text))
    return blocks


def _title(blocks: tuple[Block, ...], front: dict[str, object], path: str) -> str:
    for key in ("title", "rubrik"):
        if _is_scalar(front.get(key)) and _scalar(front[key]):
            return _scalar(front[key])
    for wanted in (1, None):
        for block in blocks:
            if block.kind == HEADING and (wanted is None or block.level == wanted):
                return block.text
    return Path(path).stem


# =====================================================================================
# Blocks
# =====================================================================================


def _footnote_labels(lines: list[str]) -> set[str]:
    labels = set()
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            match = _FOOTNOTE_DEF.match(line)
            if match:
                labels.add(match.group(1))
    return labels


def _warn_undefined_notes(path: str, lines: list[str], definitions: set[str], first_line: int) -> None:
    """Renderers show `[^x]` without a definition as literal text; so does
    kallkoll, but says where, since it usually means a lost footnote."""
    for number, line in enumerate(lines, start=first_line):
        for match in _NOTE_REFERENCE.finditer(line):
            if match.group(1) not in definitions:
                log.warning(
                    "%s:%d: footnote reference %s has no definition; kept as text", path, number, match.group(0)
                )


class _BlockParser:
    """A line-at-a-time block parser: one open leaf (paragraph, list item,
    quote or footnote definition) at a time, closed by a blank line or the
    start of another block."""

    def __init__(self, definitions: set[str]) -> None:
        self.definitions = definitions
        self.blocks: list[_RawBlock] = []
        self.notes: dict[str, str] = {}
        self.open_kind: str | None = None  # 'para', 'item', 'quote', 'note'
        self.open_lines: list[str] = []
        self.open_label = ""
        self.last_note: str | None = None  # a definition that indented lines may continue

    # -- leaves -------------------------------------------------------------------------

    def close(self) -> None:
        kind, lines = self.open_kind, self.open_lines
        self.open_kind, self.open_lines = None, []
        if kind is None:
            return
        joined = " ".join(_strip_line_break(line.strip()) for line in lines).strip()
        if kind == "note":
            text, _ = _inline(joined, self.definitions)
            previous = self.notes.get(self.open_label)
            self.notes[self.open_label] = f"{previous} {text}".strip() if previous else text
            return
        if kind == "para" and _IMAGE_ONLY.match(joined):
            # A figure: its alt text is the only words it has.
            kind = "caption"
        text, notes = _inline(joined, self.definitions)
        if text:
            block_kind = {"para": PARAGRAPH, "item": LIST_ITEM, "quote": PARAGRAPH, "caption": CAPTION}[kind]
            self.blocks.append(_RawBlock(block_kind, text, notes=notes))

    def open(self, kind: str, first: str, label: str = "") -> None:
        self.close()
        self.open_kind, self.open_lines, self.open_label = kind, [first], label

    def add(self, kind: str, text: str, level: int | None = None, inline: bool = True) -> None:
        self.close()
        if inline:
            text, notes = _inline(text, self.definitions)
        else:
            notes = []
        if text:
            self.blocks.append(_RawBlock(kind, text, level=level, notes=notes))

    # -- driver -------------------------------------------------------------------------

    def run(self, lines: list[str]) -> None:
        i = 0
        while i < len(lines):
            i = self.line(lines, i)
        self.close()

    def line(self, lines: list[str], i: int) -> int:
        """Consume the line at `i` (and any it owns); return the next index."""
        line = lines[i]
        if not line.strip():
            self.close()
            # A footnote definition continues over indented paragraphs.
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if self.last_note is not None and following.strip() and _indent(following) >= 4:
                self.open("note", lines[i + 1], self.last_note)
                return i + 2
            self.last_note = None
            return i + 1
        fence = _FENCE.match(line)
        if fence:
            self.last_note = None
            end = next((j for j in range(i + 1, len(lines)) if _closes_fence(lines[j], fence.group(1))), len(lines))
            self.add(PARAGRAPH, "\n".join(lines[i + 1 : end]).strip("\n"), inline=False)
            return end + 1
        atx = _ATX.match(line)
        if atx:
            self.add(HEADING, (atx.group(2) or "").strip(), level=len(atx.group(1)))
            return i + 1
        if self.open_kind == "para" and _SETEXT.match(line):
            underline = _SETEXT.match(line).group(1)  # type: ignore[union-attr]
            text = " ".join(part.strip() for part in self.open_lines)
            self.open_kind, self.open_lines = None, []
            self.add(HEADING, text, level=1 if underline[0] == "=" else 2)
            return i + 1
        if _BREAK.match(line):
            self.close()
            return i + 1
        if "|" in line and i + 1 < len(lines) and _TABLE_DELIMITER.match(lines[i + 1]) and "-" in lines[i + 1]:
            return self.table(lines, i)
        note = _FOOTNOTE_DEF.match(line)
        if note:
            self.open("note", note.group(2), note.group(1))
            self.last_note = note.group(1)
            return i + 1
        if self.open_kind is None and _LINK_DEF.match(line):
            return i + 1
        quote = _QUOTE.match(line)
        if quote:
            content = quote.group(1)
            while _QUOTE.match(content):
                content = _QUOTE.match(content).group(1)  # type: ignore[union-attr]
            if self.open_kind == "quote":
                self.open_lines.append(content)
            else:
                self.open("quote", content)
            return i + 1
        bullet = _BULLET.match(line)
        if bullet and (bullet.group(3) or self.open_kind != "para"):
            self.open("item", bullet.group(3) or "")
            return i + 1
        ordered = _ORDERED.match(line)
        # An ordered list interrupts a paragraph only when it starts at 1
        # (CommonMark 5.2), so a wrapped line starting "2022. …" stays text.
        in_paragraph = self.open_kind == "para"
        if ordered and (not in_paragraph or (ordered.group(2) == "1" and ordered.group(4))):
            # The item keeps its number: assignments are cited by it ("åtgärd 2").
            self.open("item", f"{ordered.group(2)}{ordered.group(3)} {ordered.group(4) or ''}")
            return i + 1
        if self.open_kind in ("para", "item", "quote", "note"):
            # Lazy continuation: the line belongs to the open leaf (CommonMark 5.1, 5.2).
            self.open_lines.append(line)
        else:
            self.open("para", line)
        return i + 1

    def table(self, lines: list[str], i: int) -> int:
        """A GFM pipe table: header row, delimiter row, body rows until a blank
        line or a line without '|'. Cells are joined by ' | ', rows by newlines."""
        self.close()
        rows = [lines[i]]
        j = i + 2
        while j < len(lines) and lines[j].strip() and "|" in lines[j]:
            rows.append(lines[j])
            j += 1
        text_rows = [" | ".join(_cells(row)) for row in rows]
        text, notes = _inline_table(text_rows, self.definitions)
        if text:
            self.blocks.append(_RawBlock(TABLE, text, notes=notes))
        return j


def _parse_blocks(lines: list[str], definitions: set[str]) -> tuple[list[_RawBlock], dict[str, str]]:
    parser = _BlockParser(definitions)
    parser.run(lines)
    return parser.blocks, parser.notes


def _closes_fence(line: str, fence: str) -> bool:
    """A closing code fence: the opening character, at least as many times, nothing else (CommonMark 4.5)."""
    stripped = line.strip()
    return len(stripped) >= len(fence) and set(stripped) == {fence[0]}


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def _strip_line_break(line: str) -> str:
    """A hard line break (two trailing spaces or a backslash, CommonMark 6.7) joins as a space."""
    return line[:-1].rstrip() if line.endswith("\\") and not line.endswith("\\\\") else line


def _cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _inline_table(rows: list[str], definitions: set[str]) -> tuple[str, list[tuple[str, int, str]]]:
    texts: list[str] = []
    notes: list[tuple[str, int, str]] = []
    offset = 0
    for row in rows:
        text, row_notes = _inline(row, definitions)
        notes.extend((label, start + offset, raw) for label, start, raw in row_notes)
        texts.append(text)
        offset += len(text) + 1
    return "\n".join(texts), notes


# =====================================================================================
# Inline
# =====================================================================================


def _inline(text: str, definitions: set[str]) -> tuple[str, list[tuple[str, int, str]]]:
    """Reduce inline markdown to plain text; return it with the footnote
    markers removed from it as (label, char_start, raw)."""
    out: list[str] = []
    notes: list[tuple[str, int, str]] = []
    length = 0

    def emit(piece: str) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)

    def nested(inner: str) -> None:
        sub_text, sub_notes = _inline(inner, definitions)
        notes.extend((label, start + length, raw) for label, start, raw in sub_notes)
        emit(sub_text)

    emphasis = _Emphasis(text)
    pos = 0
    match = _INLINE.search(text)
    while True:
        if match is not None and match.start() < pos:
            match = _INLINE.search(text, pos)  # else the one found before is still the first from pos
        em = emphasis.first_from(pos)
        if match is None and em is None:
            break
        # At one position _INLINE's constructs are tried before emphasis.
        if em is None or (match is not None and match.start() <= em.start):
            emit(text[pos : match.start()])  # type: ignore[union-attr]
            pos = match.end()  # type: ignore[union-attr]
            _reduce(match, emit, nested, notes, definitions, lambda: length)  # type: ignore[arg-type]
        else:
            emit(text[pos : em.start])
            pos = em.end
            nested(text[em.content_start : em.content_end])
    emit(text[pos:])

    joined = "".join(out)
    # Collapse the whitespace left by removed markup, keeping offsets in step.
    result: list[str] = []
    mapping: list[int] = []  # old offset -> new offset
    new = 0
    previous_space = True
    for ch in joined:
        mapping.append(new)
        if ch.isspace():
            if previous_space:
                continue
            result.append(" ")
            previous_space = True
        else:
            result.append(ch)
            previous_space = False
        new += 1
    mapping.append(new)
    cleaned = "".join(result).rstrip()
    return cleaned, [(label, min(mapping[start], len(cleaned)), raw) for label, start, raw in notes]


def _reduce(
    match: re.Match[str],
    emit: Callable[[str], None],
    nested: Callable[[str], None],
    notes: list[tuple[str, int, str]],
    definitions: set[str],
    length: Callable[[], int],
) -> None:
    """The plain text of one _INLINE match."""
    groups = match.groupdict()
    if groups["code"] is not None:
        emit(groups["code_text"].strip() if groups["code_text"].strip() else groups["code_text"])
    elif groups["escaped"] is not None:
        emit(groups["escaped"])
    elif groups["alt"] is not None:
        nested(groups["alt"])
    elif groups["note"] is not None:
        if groups["note"] in definitions:
            notes.append((groups["note"], length(), match.group(0)))
        else:  # reported with its line by _warn_undefined_notes
            emit(match.group(0))
    elif groups["link"] is not None:
        nested(groups["link"])
    elif groups["autolink"] is not None:
        emit(groups["autolink"])
    elif groups["tag"] is not None:
        if _HTML_BREAK.match(groups["tag"]):
            emit(" ")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    content_start: int
    content_end: int


class _Emphasis:
    """The emphasis of one text, each kind in _EMPHASIS order, found in linear
    time: an opener's match ends at the first closer at least one character
    after it, if no line break comes first (issue 18, defect 10)."""

    def __init__(self, text: str) -> None:
        breaks = [m.start() for m in re.finditer("\n", text)]
        self._kinds: list[list[_Span]] = []
        for _, opener, size, closer in _EMPHASIS:
            closers = [m.start() for m in closer.finditer(text)]
            spans = []
            for m in opener.finditer(text):
                start = m.start()
                content_start = start + size
                at = bisect_left(closers, content_start + 1)
                if at == len(closers):
                    break  # no closer after this opener, nor after any later one
                end = closers[at]
                line_break = bisect_left(breaks, content_start)
                if line_break < len(breaks) and breaks[line_break] < end:
                    continue
                spans.append(_Span(start, end + size, content_start, end))
            self._kinds.append(spans)
        self._next = [0] * len(self._kinds)

    def first_from(self, pos: int) -> _Span | None:
        """The leftmost emphasis starting at or after `pos` (an earlier kind
        first at one position). Positions asked for never decrease."""
        best: _Span | None = None
        for kind, spans in enumerate(self._kinds):
            i = self._next[kind]
            while i < len(spans) and spans[i].start < pos:
                i += 1
            self._next[kind] = i
            if i < len(spans) and (best is None or spans[i].start < best.start):
                best = spans[i]
        return best


def _number_footnotes(blocks: list[_RawBlock], notes: dict[str, str]) -> dict[str, int]:
    """Numeric labels keep their number; named ones ([^brå]) are numbered in
    order of first reference after the highest numeric label, as renderers show them."""
    numbers: dict[str, int] = {label: int(label) for label in notes if label.isdigit()}
    next_number = max(numbers.values(), default=0) + 1
    order = [label for block in blocks for label, _, _ in block.notes] + list(notes)
    for label in order:
        if label not in numbers:
            numbers[label] = next_number
            next_number += 1
    return numbers
