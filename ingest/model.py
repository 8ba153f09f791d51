"""The format-neutral parsed document that every ingest parser returns.

In: nothing (these are plain records). Out: frozen dataclasses shared by all
parsers (`ingest/text.py`, `ingest/pdf.py`, `ingest/html.py`, `ingest/markdown.py`)
and read by `extract/` and `evidence/`. Field names follow pdfplumber:
`page_number` is 1-based, a bounding box is `(x0, top, x1, bottom)` in PDF points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The block and document kinds live in ingest/kinds.py (the reading commands
# import them without these records); named here as they always were.
from ingest.kinds import (  # noqa: F401
    BLOCK_KINDS,
    BODY_KINDS,
    CAPTION,
    DOCUMENT_KINDS,
    FOOTER,
    HEADER,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE,
)

BBox = tuple[float, float, float, float]

# How many footnote numbers in a row a footnote may skip and still be read
# as the next footnote (the skipped ones deleted); a number further off is
# a mistyped one, read as the number its place gives it (issue 19).
MAX_SKIPPED_FOOTNOTES = 3


@dataclass(frozen=True)
class Marker:
    """An in-text footnote marker, already removed from its block's text.

    `char_start` is the offset in the block's (cleaned) text where the marker
    stood, i.e. just after the text it annotates. `series` tells numbering
    runs apart when a document restarts its footnote numbers (per chapter or
    appendix); it is 0 for documents numbered straight through.
    """

    number: int
    char_start: int
    raw: str
    series: int = 0


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    page_number: int
    order: int
    level: int | None = None
    markers: tuple[Marker, ...] = ()
    bbox: BBox | None = None
    font_size: float | None = None


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    page_number: int
    series: int = 0
    bbox: BBox | None = None
    font_size: float | None = None


@dataclass(frozen=True)
class FootnoteIrregularity:
    """A footnote line whose number breaks the sequence, kept and reported
    rather than hidden (issue 19).

    `kind` is ``out_of_sequence`` (a number that fits nowhere: 58 typed as
    85) or ``duplicate_number`` (the previous footnote's number again).
    `number` is the number the reader gave the footnote from its place in
    the sequence, or `written` when the line was a surplus duplicate that
    is not stored as a footnote of its own.
    """

    kind: str
    number: int
    written: int
    page_number: int
    text: str
    series: int = 0
    stored: bool = True


@dataclass(frozen=True)
class Page:
    page_number: int
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """One parsed file. `kind` is what the document is (report, law, web_page,
    xml); `format` is what it was parsed from (text, pdf, html, xml, markdown)."""

    path: str
    title: str
    kind: str
    format: str
    sha256: str
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    encoding: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    irregularities: tuple[FootnoteIrregularity, ...] = ()

    @property
    def markers(self) -> list[tuple[Block, Marker]]:
        return [(b, m) for b in self.blocks for m in b.markers]


@dataclass(frozen=True)
class SourceFile:
    """A file read from disk, handed to a format parser."""

    path: str
    data: bytes
    sha256: str
