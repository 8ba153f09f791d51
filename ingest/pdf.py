"""PDF parser: a report's text layer -> pages, blocks, footnotes and markers.

In: a `SourceFile` whose bytes are a PDF. Out: a `ParsedDocument` with
`kind='report'`, `format='pdf'` and

- `blocks` in reading order (`order` increases through the document), each with
  `page_number`, `bbox` (x0, top, x1, bottom) and `font_size`: headings (larger
  or bold type; levels from the numbered section scheme where there is one,
  else from the body pages' heading sizes -- `_heading_levels`), paragraphs,
  list items, captions (`Figur N`, `Tabell N`, `Källa:`), tables found by
  pdfplumber's table finder (rows on lines, cells joined by ' | '), and the page
  furniture -- running headers, page numbers, margin labels -- kept as
  HEADER/FOOTER blocks so that nothing is silently dropped;
- footnote markers (small digits on a raised baseline) cut out of the block
  text and recorded as `Marker`s at the offset where they stood;
- `footnotes`: the small-type numbered notes at a page's bottom. `series`
  grows by one each time the numbering goes down (a restart per chapter or
  appendix), for footnotes and markers alike, so that the two still pair up;
- `metadata`: 'producer', 'pdf_title' and 'margin_label' (the most common
  margin label taken out of the text, e.g. 'Prop. 2012/13:187') when present;
  'garbled_pages' when text from a font without a usable Unicode map was left out.

Fonts without a usable Unicode map (issue 16, defect 6): a simple font with no
ToUnicode map whose glyph names the Adobe Glyph List does not know ('G36') is
decoded from its own data by ingest/pdf_fontcodes.py; the decoded text is kept
where it reads as words (`_settle_decoded`, judged per page until enough words
are seen), else the text is left out with a warning per page, as is a block
that still reads as garbage (ingest/pdf_garbled.py).

Text (issue 16): a gap wider than 0.1 em is a word space when no space glyph
is drawn; line-end hyphens are decided by ingest/pdf_hyphens.py with the
document's own vocabulary; a sentence cut by a page break is mended into the
block where it starts (`_join_across_pages`), each block keeping one page.
Side-by-side columns (a law draft's "Nuvarande lydelse / Föreslagen lydelse",
a title with its "Dir." beside it) are cut apart at gutters found from the
text's own x-positions: gaps that line up over nearby lines, or a whitespace
river (`_rivers`) through consecutive lines; each column is read whole before
the next, and across a page break each column goes on with its own column.

How: pages are read one at a time (pdfminer's interpreter through pdfplumber,
the page cache flushed after each page) into compact line pieces, so memory
grows with the text, not with pdfminer's objects. The content streams are
tokenized by ingest/pdf_content.py (pdfminer's objects from one regex, not
its per-character state machine: half a page's time saved). The layout device makes the
glyphs of horizontal fonts into the parser's own records as they are drawn,
not into pdfminer's LTChars (the same boxes, a third of a page's time saved;
each font's glyph text and widths looked up once per document);
only a page whose visible rulings form a grid (ingest/pdf_rulings.py) is
laid out again with LTChars, for pdfplumber's table finder. Document-wide facts (body font
size, text column, text repeated on many pages) are then decided over all
pages, and each page's pieces are sorted into furniture, footnotes and blocks.

Errors: `CorruptFileError` (not a PDF, truncated, unreadable, no pages,
more than MAX_PAGES pages, a page tree that cannot be walked in
PAGE_TREE_TIME_LIMIT_SECONDS or nests too deep), `EncryptedPdfError` (a password
is needed), `NoTextLayerError` (pages without any text: a scan that needs OCR).

Limits (issue 8, "Hardening"): each page is laid out under a budget of
PAGE_TIME_LIMIT_SECONDS and MAX_OBJECTS_PER_PAGE layout objects. A page over
either is skipped and listed in the document's `metadata['skipped_pages']`
(the CLI prints a `warning:` line for each); a document whose every page is skipped is an
error. Time is bounded twice: the layout device counts objects and checks the
deadline on every string of glyphs, path and image (works in any thread), and in a
process's main thread -- the CLI and every ProcessPoolExecutor worker -- a
SIGALRM timer also interrupts pure-Python work that draws nothing (a
reference cycle, a table finder on too many edges). The timer is not armed
when another SIGALRM timer is already running (e.g. pytest-timeout's), so as
not to steal it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import signal
import threading
import time
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from io import BytesIO
from typing import BinaryIO, NamedTuple

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTPage, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect, PDFXRefFallback
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFObjRef
from pdfminer.psexceptions import PSException
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ingest import decompress
from ingest.workers import worker_pool
from ingest.errors import CorruptFileError, EncryptedPdfError, IngestError, NoTextLayerError, TooSlowError
from ingest.model import (
    MAX_SKIPPED_FOOTNOTES,
    CAPTION,
    FOOTER,
    HEADER,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE,
    BBox,
    Block,
    Footnote,
    FootnoteIrregularity,
    Marker,
    Page,
    ParsedDocument,
    SourceFile,
)
from ingest.pdf_content import ContentInterpreter
from ingest.pdf_fontcodes import decoding
from ingest.pdf_garbled import _known, garbled
from ingest.pdf_hyphens import DROP, SPACE, Vocabulary, join_kind
from ingest.pdf_rulings import forms_grid, segments

log = logging.getLogger(__name__)
# pdfminer logs the damage it works around (corrupt streams, broken fonts)
# without naming the file; a real run printed those as bare stderr lines
# beside the one-line `error: PATH: reason` (fuzzing, issue 8). Damage that
# matters surfaces as kallkoll's own error or warning, with path and page.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# --- Typographic thresholds (shares of a font size unless said otherwise) ---------

#: A footnote marker is set in smaller type than its line ...
MARKER_MAX_SIZE_RATIO = 0.85
#: ... on a raised baseline: its bottom sits at least this far above the line's.
MARKER_MIN_RISE_RATIO = 0.12
#: Longer raised digit runs are not markers (a reference code). Big inquiries
#: (SOU) number more than 999 footnotes straight through.
MARKER_MAX_DIGITS = 4
#: Between raised digits these separate several markers ("1,2", "3–5").
MARKER_SEPARATORS = ",–-"
#: Glyph bottoms closer than this belong to one line.
LINE_TOLERANCE_RATIO = 0.3
#: A gap wider than this between glyphs is a word space when the PDF has no
#: space glyph -- pdftotext's `minWordBreakSpace` (poppler TextOutputDev.cc).
#: It was 0.25: typeset and generated reports that place each word on its own
#: with a gap of about a quarter em came out as one glued word per line
#: ("Pådettasättskapas…", issue 16); letter gaps in real text stay near 0.
#: A space glyph in a gap narrower than SPACE_MIN_GAP_RATIO is ignored.
WORD_GAP_RATIO = 0.1
SPACE_MIN_GAP_RATIO = 0.1
#: A gap this wide may separate columns; it does when it is a gutter (lines
#: nearby have a gap at the same x), straddles the text column's edge, or is wider
#: than `WIDE_GAP_RATIO`.
PIECE_GAP_RATIO = 0.8
WIDE_GAP_RATIO = 4.0
GUTTER_MIN_LINES = 3
GUTTER_WINDOW = 6
GUTTER_ALIGN = 1.5  # points
#: A whitespace river: a vertical band free of ink over consecutive lines is a
#: gutter when it is at least RIVER_MIN_EM wide and RIVER_WORD_GAPS times the
#: page's median word gap (justified word spaces reach 1.4 em in a narrow
#: column, but never line up), holds over RIVER_MIN_LINES lines with text on
#: both sides in at least two of them, and the edge of one side is straight
#: there. It finds the gutter where a column's first line is indented and so
#: lines up with nothing (prop-2012-13-187 p. 8, issue 16 defect 4).
RIVER_MIN_EM = 1.0
RIVER_WORD_GAPS = 2.5
RIVER_MIN_LINES = 3
RIVER_WINDOW = 8
#: Lines further apart than this (times the size) are not consecutive.
RIVER_LINE_GAP = 1.5
#: A gap with text on both sides in only its own line, whose band stays empty
#: below or above while the next column's text starts where the gap ends in
#: RIVER_MIN_LINES - 1 lines, is an edge river: a gutter when a gap of
#: EDGE_RIVER_ALIGNED nearby line(s) also lines up with it (the next row of a
#: table). A ruling-free table's header cell beside a cell of several lines
#: (prop-2012-13-187 p. 71).
EDGE_RIVER = "edge"
EDGE_RIVER_ALIGNED = 1
#: A gap as wide as another of its line's (points) is a justified word space:
#: justification widens every space of a line alike, so such gaps can line up
#: by chance in two lines of prose (dir-2016-15 p. 20, afs-2011-19 p. 5).
JUSTIFIED_TOLERANCE = 0.5
#: ... unless the line has a word space narrower than this share of the gap.
JUSTIFIED_NARROW = 0.5
#: Headers and page numbers live in this share of the page at its top and bottom.
FURNITURE_BAND = 0.12
#: Text repeated at the same height (give or take REPEAT_TOLERANCE points) is
#: furniture only in this band, and when FURNITURE_GAP_RATIO of white space
#: separates it from the text.
REPEAT_BAND = 0.15
REPEAT_TOLERANCE = 2.0
FURNITURE_GAP_RATIO = 0.8
#: Text at least this much smaller than the body (points) may be footnote text.
SMALL_TYPE_DELTA = 0.4
#: Headings are at least this much larger than the body, or bold and short.
HEADING_SIZE_RATIO = 1.1
#: A line is bold (or italic) when this share of its glyphs is.
STYLE_SHARE = 0.9
HEADING_MAX_CHARS = 250
HEADING_MAX_LINES = 4
ITALIC_HEADING_MAX_CHARS = 250
ITALIC_HEADING_MAX_LINES = 4
#: A section number at a heading's start ('2', '4.3', '8.1.2'), not a date or a paragraph sign.
SECTION_NUMBER_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?![§–-]|kap\b)[^\W\d]")
#: A document with this many numbered headings takes its levels from the numbers.
NUMBERED_HEADINGS_MIN = 3
MAX_HEADING_LEVEL = 4
#: Paragraph break: a gap above the usual line gap by this share of the size.
PARAGRAPH_GAP_RATIO = 0.4
#: Paragraph break: a line indented by this much relative to the previous one.
INDENT_RATIO = 0.4
#: A paragraph's first line is indented by at most this much.
FIRST_LINE_INDENT_MAX = 3.0
#: A line this much short of the right edge, ending a sentence, ends its paragraph.
SHORT_LINE_RATIO = 4.0
#: A horizontal rule this wide (share of the page width, and wider than the
#: text column) at the page bottom separates a letterhead footer.
FOOTER_RULE_WIDTH = 0.6
FOOTER_RULE_BAND = 0.15
#: Tables: pdfplumber's finder is only asked on pages with this many ruled edges.
TABLE_MIN_EDGES = 3

# --- Text patterns (Swedish government documents) -------------------------------

# "Figur 3: ...", "Tabell 2.1 Antal ...", "Källa: ..." -- but not "Figur 3 visar att ...".
CAPTION_RE = re.compile(
    r"^(?:(?:Figur|Tabell|Diagram|Bild|Karta|Faktaruta)\s+\d+(?:\.\d+)*[a-z]?"
    r"\s*(?:[:.–—-]|\s[A-ZÅÄÖ0-9(\"”]|$)"
    r"|Källa\s*:|Källor\s*:)"
)
PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:sida|sid\.?|s\.|page)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—]?"
    r"(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?$",
    re.IGNORECASE,
)
# A bare enumerator ("2.1", "a)", "Bilaga 3", a bullet) is never cut off from the
# text that follows it, however wide the tab between them; nor is a table of
# contents' unnumbered "Bilaga" (prop-2012-13-144 p. 2).
ENUMERATOR_RE = re.compile(
    r"^(?:(?:(?:Bilaga|Kapitel|Avsnitt|Del|Figur|Tabell|Diagram)\s+)?"
    r"(?:\d{1,3}(?:\.\d{1,3})*[.:)]?|[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)]|[•·▪◦●○■□–*-])|Bilaga)$"
)
BULLETS = "•·▪◦●○■□➢►▸‣⁃"
SENTENCE_END_RE = re.compile(r"[.!?:;][\"”’)]*$")
#: Where a sentence ends inside a block: end punctuation, space, then a capital or digit.
SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’)]*\s+(?=[\"”(]?[A-ZÅÄÖÉÜ0-9])")
SENTENCE_START_RE = re.compile(rf"^[\"”(]?[A-ZÅÄÖÉÜ0-9{BULLETS}]")
LIST_START_RE = re.compile(rf"^(?:[{BULLETS}]|\d{{1,2}}[.)]\s|[a-zåäö]\)\s)")
# A footnote set with a plain (not raised) number: "12 Text" or "12Text".
# Not a law section ("3 § Beslut ...") or chapter ("2 kap.").
FOOTNOTE_NUMBER_RE = re.compile(r"^(\d{1,4})(?:\s+|(?=[A-ZÅÄÖ(\"”]))(?!§|kap\b|st\b)(?=\S)")
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
CID_RE = re.compile(r"\(cid:\d+\)")
BOLD_FONT_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
ITALIC_FONT_RE = re.compile(r"italic|oblique|kursiv", re.IGNORECASE)
# Titles that PDF writers fill in by themselves and that name nothing.
MEANINGLESS_TITLE_RE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - .*|untitled.*|namnlös.*|dokument\d*|document\d*"
    r"|titel|title|rubrik|presentation.*|.*\.(?:docx?|pdf|indd|rtf|odt|xlsx?|pptx?))$",
    re.IGNORECASE,
)

TRUNCATED_HINT = "the file ends before its '%%EOF' marker (an interrupted download?); fetch it again"

# --- Safety limits (issue 8: bounded time and memory per page) ---------------------

#: A page whose layout and reading take longer than this is skipped (a real
#: page of a government report takes well under a second; a dense map a few).
PAGE_TIME_LIMIT_SECONDS = 10.0
#: Glyphs, paths and images on one page (form XObjects counted each time they
#: are drawn); a dense real page has under 10,000. Bounds a page's memory.
MAX_OBJECTS_PER_PAGE = 100_000
#: Reading a whole PDF's pages may take this long (issue 18: a 5,000-page PDF
#: of 30,000 glyphs a page, each page under PAGE_TIME_LIMIT_SECONDS, took
#: hours); then the document is refused. A real 2,000-page bill takes a few
#: minutes. Checked before each page, in each process reading a run of them.
DOCUMENT_TIME_LIMIT_SECONDS = 1_200.0
#: More pages than this is refused before any page is read (the largest SOU
#: and budget bills run to about 2,000).
MAX_PAGES = 5_000
#: No stream decodes past this, in any filter of its chain, and no document's
#: streams past MAX_DECODED_BYTES in all (ingest/decompress.py bounds every
#: decode pdfminer makes: a "zip bomb" of a few kilobytes would take
#: gigabytes). Real pages stay under 10 MB.
MAX_STREAM_BYTES = decompress.MAX_STREAM_BYTES
MAX_DECODED_BYTES = decompress.MAX_DOCUMENT_BYTES
#: A PDF is read in several processes (`workers` > 1) only with at least this
#: many pages for each: starting a process and opening the PDF in it costs
#: about as much as reading a few pages.
MIN_PAGES_PER_WORKER = 16
#: Walking the page tree (and so resolving every page's objects) before any page is read.
PAGE_TREE_TIME_LIMIT_SECONDS = 10.0
#: The table finder compares every horizontal edge with every vertical one;
#: above this many edges on a page it is not run and the text stays as text.
MAX_TABLE_EDGES = 4_000

# pdfplumber wraps what pdfminer raises while opening a file or laying out a
# page in PdfminerException. Building its page list and running the table
# finder are not wrapped, and a malformed object there surfaces as a plain
# Python error (a missing /MediaBox is a TypeError); those calls alone catch them.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)
_PDF_STRUCTURE_ERRORS = (*_PDF_ERRORS, ValueError, TypeError, KeyError, IndexError, AttributeError)


# --- Internal records -----------------------------------------------------------


class _Glyph(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class _Piece:
    """Part of one text line: a whole line, or one column of it."""

    line: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    text: str
    markers: list[tuple[int, int, str]]  # (char_start, number, raw)
    nchars: int
    split_before: bool = False  # the gap before it is a gutter or very wide
    role: str = ""  # "" (body), HEADER, FOOTER


@dataclass(slots=True)
class _Table:
    bbox: BBox
    text: str
    font_size: float | None


@dataclass(slots=True)
class _PageData:
    number: int
    width: float
    height: float
    pieces: list[_Piece]
    rules: list[tuple[float, float, float]]  # horizontal rules: (x0, top, x1)
    tables: list[_Table]
    rotated: _Piece | None
    garbled: bool = False  # text of a font that could not be decoded was left out


@dataclass(slots=True)
class _Column:
    left: float
    right: float


@dataclass
class _FootnoteDraft:
    number: int
    series: int
    page_number: int
    lines: list[_Piece] = field(default_factory=list)
    continued: list[_Piece] = field(default_factory=list)  # lines on the next page

    def finish(self, vocabulary: Vocabulary | None = None) -> Footnote:
        text = _join_lines([(p.text, []) for p in self.lines + self.continued], vocabulary)[0]
        return Footnote(
            number=self.number,
            text=text.strip(),
            page_number=self.page_number,
            series=self.series,
            bbox=_union([(p.x0, p.top, p.x1, p.bottom) for p in self.lines]),
            font_size=_dominant_size(self.lines),
        )


# --- Entry point ----------------------------------------------------------------


def parse_pdf(source: SourceFile, workers: int = 1) -> ParsedDocument:
    """Parse a PDF report into a ParsedDocument, or raise an IngestError subclass.

    With `workers` > 1, a long PDF's pages are read in up to that many
    processes, each a run of consecutive pages (at least MIN_PAGES_PER_WORKER);
    the document is the same as when they are read here."""
    if b"%PDF-" not in source.data[:1024]:
        raise CorruptFileError(source.path, "not a PDF: no '%PDF-' header in the first 1024 bytes")
    try:
        with _decode_budget():
            return _parse_pdf(source, workers)
    except decompress.DecodeLimitExceeded as exc:
        # Opening the file, walking its page tree or reading its metadata
        # decoded an object or cross-reference stream past the bounds, or the
        # document's streams together went over the total.
        raise CorruptFileError(source.path, f"PDF refused: {exc}") from None


def _decode_budget():  # type: ignore[no-untyped-def]
    return decompress.document_budget(MAX_STREAM_BYTES, MAX_DECODED_BYTES)


def _parse_pdf(source: SourceFile, workers: int) -> ParsedDocument:
    with _open_pdf(source) as pdf:
        if _truncated(source.data) and any(isinstance(x, PDFXRefFallback) for x in pdf.doc.xrefs):
            # pdfminer rebuilt the cross-reference table by scanning: the file
            # "opens" but has lost its end, and maybe pages with it.
            raise CorruptFileError(source.path, f"PDF is truncated: {TRUNCATED_HINT}")
        metadata = _pdf_metadata(pdf.metadata)
        runs = _page_runs(_check_page_count(source, pdf), workers)
        read = [_read_pages(source, pdf, runs[0])] if len(runs) == 1 else []
    if not read:  # after this process has let go of its open PDF
        read = _read_in_processes(source, runs)
    pages = [page for run in read for page in run.pages]
    size_counts: Counter[float] = sum((run.size_counts for run in read), Counter())
    skipped = [entry for run in read for entry in run.skipped]
    if not pages:
        raise CorruptFileError(source.path, "PDF has no pages")
    if skipped:
        if len(skipped) == len(pages):
            raise CorruptFileError(
                source.path, f"every page is over the per-page limits and was skipped ({'; '.join(skipped[:3])})"
            )
        metadata["skipped_pages"] = "; ".join(skipped)
    if not size_counts:
        raise NoTextLayerError(
            source.path, f"no text layer on any of {len(pages)} pages; run OCR first (e.g. ocrmypdf)"
        )
    return _assemble(source, pages, size_counts, metadata)


@dataclass(slots=True)
class _PageRun:
    """Pass 1 over a run of consecutive pages: each page's pieces, the
    run's glyph sizes, and the pages skipped as over the limits."""

    pages: list[_PageData]
    size_counts: Counter[float]
    skipped: list[str]


def _page_runs(page_count: int, workers: int) -> list[range]:
    """Page numbers (1-based) in runs of about equal length, one per process.
    The last run is open-ended: whatever pages pdfplumber finds past the
    count are read, as they are by one process."""
    n = max(1, min(workers, page_count // MIN_PAGES_PER_WORKER))
    bounds = [1 + page_count * k // n for k in range(n)] + [MAX_PAGES + 2]
    return [range(bounds[k], bounds[k + 1]) for k in range(n)]


def _read_in_processes(source: SourceFile, runs: list[range]) -> list[_PageRun]:
    # Each worker opens the file from disk (issue 18, defect 7: a copy of a
    # 200 MB PDF sent to each of 8 workers took 8 GB); what it reads is
    # checked to be the file this process read.
    on_disk = replace(source, data=b"")
    with worker_pool(len(runs)) as pool:
        futures = [pool.submit(_read_run, on_disk, run) for run in runs]
        try:
            return [future.result() for future in futures]  # an IngestError in a run is raised here
        finally:
            pool.shutdown(cancel_futures=True)


def _read_run(source: SourceFile, run: range) -> _PageRun:
    """A worker's job: open the PDF from disk itself and read its run of pages."""
    try:
        with _decode_budget(), _open_pdf(source) as pdf:
            return _read_pages(source, pdf, run)
    except decompress.DecodeLimitExceeded as exc:
        raise CorruptFileError(source.path, f"PDF refused: {exc}") from None


def _read_pages(source: SourceFile, pdf: pdfplumber.PDF, run: range) -> _PageRun:
    out = _PageRun(pages=[], size_counts=Counter(), skipped=[])
    deadline = time.monotonic() + DOCUMENT_TIME_LIMIT_SECONDS
    for page_number, page in _iter_pages(source, pdf):
        if page_number not in run:
            if page_number >= run.stop:
                break
            continue
        if time.monotonic() > deadline:
            raise TooSlowError(
                source.path,
                f"reading took longer than {DOCUMENT_TIME_LIMIT_SECONDS:g} s, stopped before page {page_number}; "
                "a PDF this slow is damaged or hostile (split it into parts to ingest it)",
            )
        page_counts: Counter[float] = Counter()
        try:
            with _page_budget() as budget:
                try:
                    layout = _page_layout(page, budget)
                except _PDF_ERRORS as exc:
                    raise _read_error(source, exc, f"page {page_number}") from None
                out.pages.append(_read_page(source.path, page, layout, page_counts, budget))
        except (_PageLimitExceeded, decompress.DecodeLimitExceeded) as exc:
            if isinstance(exc, decompress.DecodeLimitExceeded) and exc.whole_document:
                raise
            # Skipped, not hung on: the page is kept (numbering stays right) without text.
            # info, not warning: the skip is reported on the document (`skipped_pages`).
            log.info("%s: page %d skipped: %s", source.path, page_number, exc)
            out.skipped.append(f"{page_number}: {exc}")
            out.pages.append(_empty_page(page))
        else:
            out.size_counts.update(page_counts)
        finally:
            # Streaming: drop pdfminer's layout and pdfplumber's object cache.
            page.close()
    return out


@contextmanager
def _open_pdf(source: SourceFile) -> Iterator[pdfplumber.PDF]:
    """The PDF in `source.data`; when that is empty (a page worker's), the
    file at `source.path`, read from disk as pages need it, after checking it
    is still the file whose SHA-256 `source` holds."""
    try:
        pdf = pdfplumber.open(BytesIO(source.data) if source.data else _same_file(source))
    except _PDF_ERRORS as exc:
        raise _read_error(source, exc, "PDF") from None
    _record_font_specs(pdf.rsrcmgr)
    try:
        yield pdf
    finally:
        # Not pdf.close(): it builds the page list to close each page, walking
        # the page tree again, which for a refused bomb is what must not happen.
        # Each page is closed as it is read; the stream is our BytesIO, or
        # the file a page worker opened.
        pdf.flush_cache()
        if not source.data:
            pdf.stream.close()


def _same_file(source: SourceFile) -> BinaryIO:
    try:
        stream = open(source.path, "rb")  # noqa: SIM115 - pdfplumber reads from it until the PDF is closed
    except OSError as exc:
        raise IngestError(source.path, f"cannot read file ({exc.strerror})") from None
    digest = hashlib.sha256()
    while chunk := stream.read(1 << 20):
        digest.update(chunk)
    if digest.hexdigest() != source.sha256:
        stream.close()
        raise IngestError(source.path, "the file changed while it was being read; ingest it again")
    stream.seek(0)
    return stream


def _iter_pages(source: SourceFile, pdf: pdfplumber.PDF) -> Iterator[tuple[int, pdfplumber.page.Page]]:
    try:
        pages = pdf.pages
    except _PDF_STRUCTURE_ERRORS as exc:
        raise _read_error(source, exc, "the page tree") from None
    for page in pages:
        yield page.page_number, page


def _check_page_count(source: SourceFile, pdf: pdfplumber.PDF) -> int:
    """The number of pages in the page tree. Refuses a page-count bomb before
    any page is read: a page tree that declares or holds more than MAX_PAGES
    pages, nests too deep, or cannot be walked within
    PAGE_TREE_TIME_LIMIT_SECONDS (a reference cycle)."""
    tree = pdf.doc.catalog.get("Pages")
    try:
        # One step, not resolve1(): a reference cycle must not hang here.
        tree = tree.resolve() if isinstance(tree, PDFObjRef) else tree
    except _PDF_STRUCTURE_ERRORS:
        tree = None  # no usable page tree: pdfminer's own fallback decides below
    declared = tree.get("Count") if isinstance(tree, dict) else None
    if isinstance(declared, int) and declared > MAX_PAGES:
        raise CorruptFileError(
            source.path, f"PDF declares {declared} pages (limit {MAX_PAGES}); refused as a possible PDF bomb"
        )
    counted = 0
    try:
        with _time_limit(PAGE_TREE_TIME_LIMIT_SECONDS, "walking the page tree"):
            for _ in PDFPage.create_pages(pdf.doc):
                counted += 1
                if counted > MAX_PAGES:
                    raise CorruptFileError(
                        source.path, f"PDF holds more than {MAX_PAGES} pages; refused as a possible PDF bomb"
                    )
    except RecursionError:
        raise CorruptFileError(
            source.path, f"the page tree nests too deep (past page {counted}); refused as a possible PDF bomb"
        ) from None
    except _PageLimitExceeded as exc:
        raise CorruptFileError(
            source.path, f"{exc} after {counted} pages; the PDF is damaged or hostile (a reference cycle?)"
        ) from None
    except _PDF_STRUCTURE_ERRORS as exc:
        raise _read_error(source, exc, "the page tree") from None
    return counted


class _PageLimitExceeded(BaseException):
    """A page went over a safety limit. A BaseException, so that pdfminer's and
    pdfplumber's `except Exception` wrappers let it through."""


class _PageBudget:
    """Objects drawn on one page and the time left; `tick()` per object."""

    __slots__ = ("objects", "deadline")

    def __init__(self, seconds: float) -> None:
        self.objects = 0
        self.deadline = time.monotonic() + seconds

    def tick(self, count: int = 1) -> None:
        self.objects += count
        if self.objects > MAX_OBJECTS_PER_PAGE:
            raise _PageLimitExceeded(f"more than {MAX_OBJECTS_PER_PAGE} glyphs, paths and images on the page")
        if time.monotonic() > self.deadline:
            raise _PageLimitExceeded(f"the page took longer than {PAGE_TIME_LIMIT_SECONDS:g} s")


@contextmanager
def _time_limit(seconds: float, what: str) -> Iterator[None]:
    """Interrupt the block with _PageLimitExceeded after `seconds` (SIGALRM).

    Only in the main thread (signals are delivered there), and only when no
    other SIGALRM timer is running; otherwise the block runs unbounded here and
    relies on _PageBudget's cooperative checks."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield  # someone else's timer: leave it alone
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _PageLimitExceeded(f"{what} took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _page_budget() -> Iterator[_PageBudget]:
    budget = _PageBudget(PAGE_TIME_LIMIT_SECONDS)
    with _time_limit(PAGE_TIME_LIMIT_SECONDS, "the page"):
        yield budget


class _BoundedAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, charging every glyph, path, image and form
    XObject to a _PageBudget while the page is interpreted."""

    def __init__(self, *args: object, budget: _PageBudget, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.budget = budget

    def render_char(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.budget.tick()
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.budget.tick()
        return super().paint_path(*args, **kwargs)

    def render_image(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.budget.tick()
        return super().render_image(*args, **kwargs)

    def begin_figure(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.budget.tick()
        return super().begin_figure(*args, **kwargs)


class _GlyphRecorder(_BoundedAggregator):
    """The bounded device, turning each glyph of a horizontal font straight
    into a `_Glyph` (top-left origin, as pdfplumber's `page.chars`) instead of
    making an LTChar of it.

    Making LTChars (and pdfplumber's marked-content tags on them), then reading
    them back, was half the time a text-heavy page took. The box is LTChar's
    (its constructor's formulas in the same order, so the same floats); a test
    checks every glyph against what pdfminer's own LTChars give. Vertical
    fonts, paths, images and figures go the usual way, into the layout."""

    def __init__(self, *args: object, page: pdfplumber.page.Page, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.glyphs: list[_Glyph] = []
        self.rotated: list[_Glyph] = []
        self.unmapped = 0  # glyphs without a Unicode mapping: no text to keep
        self.garbled_glyphs = 0  # glyphs of an undecodable font, left out
        # Strings drawn in a font decoded from its own data whose text is not
        # yet known to read as words: (font's glyphs, list kept in, first and
        # end index there, the codes drawn), settled at the page's end.
        self.pending: list[tuple[_DecodedCids, PDFFont, list[_Glyph], int, int, list[int]]] = []
        self.x_shift = float(page.mediabox[0])
        self.flip = float(page.height) + float(page.mediabox[1])  # top = flip - y1
        self.styles: dict[object, tuple[bool, bool]] = {}

    def _style(self, fontname: object) -> tuple[bool, bool]:
        style = self.styles.get(fontname)
        if style is None:
            style = self.styles[fontname] = _font_style(fontname)
        return style

    def keep(
        self, text: str, fontname: object, x0: float, y0: float, x1: float, y1: float, size: float, upright: bool
    ) -> None:
        """Keep one glyph given as LTChar has it (PDF space, bottom-left origin)."""
        if text[:5] == "(cid:" and CID_RE.fullmatch(text):
            self.unmapped += 1
            return
        style = self._style(fontname)
        x_shift, flip = self.x_shift, self.flip
        (self.glyphs if upright else self.rotated).append(
            _Glyph(
                LIGATURES.get(text, text),
                x0 + x_shift,
                x1 + x_shift,
                flip - y1,
                flip - y0,
                round(size, 1),
                style[0],
                style[1],
            )
        )

    def render_string_horizontal(  # type: ignore[no-untyped-def]
        self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace, rise, dxscale, ncs, graphicstate
    ):
        # pdfminer's PDFTextDevice.render_string_horizontal and
        # PDFLayoutAnalyzer.render_char, with LTChar's box worked out inline.
        x, y = pos
        a, b, c, d, e, f = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        bold, italic = self._style(font.fontname)
        low = font.get_descent() * fontsize + rise
        high = low + fontsize
        x_shift, flip = self.x_shift, self.flip
        kept = self.glyphs if upright else self.rotated
        budget = self.budget
        cids = _font_cids(font)
        # A decoded font's strings are settled at the page's end (_settle_decoded),
        # also once its text was found not to read as words (it may be garbage still).
        pending = cids.__class__ is _DecodedCids and cids.verdict is not True  # type: ignore[attr-defined]
        if pending:
            start = len(kept)
        new_tuple = tuple.__new__
        # Text that is neither rotated nor skewed (b = c = 0, nearly all of
        # it): the box's height is the same for every glyph of the string,
        # and its corners reduce to two x values -- the same floats as the
        # general formulas below, where b and c terms add zeros.
        straight = b == 0 and c == 0
        if straight:
            f1 = x * b + y * d + f
            y0, y1 = min(d * low + f1, d * high + f1), max(d * low + f1, d * high + f1)
            top, bottom, height = flip - y1, flip - y0, round(y1 - y0, 1)
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                codes = font.decode(obj)
                if codes.__class__ is not bytearray and codes.__class__ is not tuple:
                    codes = list(codes)  # a CMap's decode is a generator
                budget.tick(len(codes))  # the string's glyphs at once: one clock reading
                for cid in codes:
                    if needcharspace:
                        x += charspace
                    glyph = cids.get(cid)
                    if glyph is None:
                        glyph = cids[cid] = self._glyph_of(font, cid)
                    text, width = glyph
                    adv = width * fontsize * scaling
                    if text is None:  # no Unicode mapping: no text to keep
                        self.unmapped += 1
                    elif straight:
                        e1 = x * a + y * c + e
                        e2 = a * adv + c * low + e1
                        # _Glyph(...) without its generated __new__: half the cost, in the innermost loop.
                        kept.append(
                            new_tuple(
                                _Glyph,
                                (
                                    text,
                                    (e1 if e1 < e2 else e2) + x_shift,
                                    (e2 if e1 < e2 else e1) + x_shift,
                                    top,
                                    bottom,
                                    height,
                                    bold,
                                    italic,
                                ),
                            )
                        )
                    else:
                        # translate_matrix(matrix, (x, y)), then apply_matrix_rect
                        # to (0, low, adv, high): the four corners' min and max.
                        e1 = x * a + y * c + e
                        f1 = x * b + y * d + f
                        left1, bottom1 = c * low + e1, d * low + f1
                        right1, bottom2 = a * adv + c * low + e1, b * adv + d * low + f1
                        right2, top1 = a * adv + c * high + e1, b * adv + d * high + f1
                        left2, top2 = c * high + e1, d * high + f1
                        y0 = min(bottom1, bottom2, top1, top2)
                        y1 = max(bottom1, bottom2, top1, top2)
                        kept.append(
                            _Glyph(
                                text,
                                min(left1, left2, right1, right2) + x_shift,
                                max(left1, left2, right1, right2) + x_shift,
                                flip - y1,
                                flip - y0,
                                round(y1 - y0, 1),
                                bold,
                                italic,
                            )
                        )
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                log.debug("a text string holds %r, neither a number nor bytes: skipped", obj)
        if pending and len(kept) > start:
            drawn = [cid for obj in seq if isinstance(obj, bytes) for cid in font.decode(obj)]
            self.pending.append((cids, font, kept, start, len(kept), drawn))  # type: ignore[arg-type]
        return (x, y)

    def _glyph_of(self, font: PDFFont, cid: int) -> tuple[str | None, float]:
        """A glyph's text (None when it has no Unicode mapping) and width, as
        pdfminer's render_char gets them -- or as the font's own data names
        it, for a font decoded by ingest/pdf_fontcodes.py."""
        cids = _FONT_CIDS.get(font)
        if cids.__class__ is _DecodedCids and cids.verdict is not False:  # type: ignore[union-attr]
            text = cids.codes.get(cid)  # type: ignore[union-attr]
            if text is not None:
                return LIGATURES.get(text, text), font.char_width(cid)
        return self._raw_glyph_of(font, cid)

    def _raw_glyph_of(self, font: PDFFont, cid: int) -> tuple[str | None, float]:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        if text[:5] == "(cid:" and CID_RE.fullmatch(text):
            return None, font.char_width(cid)
        return LIGATURES.get(text, text), font.char_width(cid)


#: Each font's glyphs (code -> text, width), kept while pdfminer keeps the
#: font (its resource manager caches a document's fonts): a font's text and
#: widths are looked up once, not once per glyph drawn.
_FONT_CIDS: weakref.WeakKeyDictionary[PDFFont, dict[int, tuple[str | None, float]]] = weakref.WeakKeyDictionary()

#: Each font's PDF dictionary, while pdfminer keeps the font: a font without
#: a ToUnicode map is read from its own data (ingest/pdf_fontcodes.py).
FONT_SPECS: weakref.WeakKeyDictionary[PDFFont, object] = weakref.WeakKeyDictionary()


def _record_font_specs(rsrcmgr: object) -> None:
    """Keep each font's dictionary as the document's resource manager makes
    the font (whichever interpreter asks for it)."""
    get_font = rsrcmgr.get_font  # type: ignore[attr-defined]

    def recording(objid: object, spec: object) -> PDFFont:
        font = get_font(objid, spec)
        if font not in FONT_SPECS:
            FONT_SPECS[font] = spec
        return font

    rsrcmgr.get_font = recording  # type: ignore[attr-defined]


#: A decoded font's text is used once this share of its words (letters only,
#: two or more) are Swedish or English words or words of the page's other
#: text ...
DECODED_KNOWN_WORDS = 0.6
#: ... judged over at least this many of its words; until then each page
#: judges the words seen so far. Where they do not read as words, the page
#: keeps pdfminer's reading of the font if that reads as words, else the
#: font's text is left out with a warning and the page is a garbled one.
DECODED_VERDICT_WORDS = 30
_DECODED_WORD_RE = re.compile(r"[^\W\d_]{2,}")


class _DecodedCids(dict):  # type: ignore[type-arg]
    """The glyphs of a font without a ToUnicode map whose text comes from its
    own data (ingest/pdf_fontcodes.py), with the count of its words seen and
    of those that read as words; `verdict` None until DECODED_VERDICT_WORDS."""

    __slots__ = ("codes", "verdict", "known", "words")

    def __init__(self, codes: dict[int, str]) -> None:
        super().__init__()
        self.codes = codes
        self.verdict: bool | None = None
        self.known = 0
        self.words = 0


def _font_cids(font: PDFFont) -> dict[int, tuple[str | None, float]]:
    cids = _FONT_CIDS.get(font)
    if cids is None:
        spec = FONT_SPECS.get(font)
        codes = decoding(spec) if spec is not None and getattr(font, "unicode_map", True) is None else None
        cids = _FONT_CIDS[font] = _DecodedCids(codes) if codes else {}
    return cids


def _reads(known: int, words: int) -> bool:
    return known >= DECODED_KNOWN_WORDS * words


def _settle_decoded(device: _GlyphRecorder, path: str, page_number: int) -> None:
    """Keep a decoded font's text on this page when it reads as words;
    else put pdfminer's text back in its glyphs (module docstring)."""
    if not device.pending:
        return
    pending, device.pending = device.pending, []
    decoded: dict[int, set[int]] = defaultdict(set)  # id(list) -> indexes of decoded glyphs
    for _, _, kept, start, end, _ in pending:
        decoded[id(kept)].update(range(start, end))
    other = {
        w.lower()
        for kept in (device.glyphs, device.rotated)
        for w in _DECODED_WORD_RE.findall(
            "".join(g.text for i, g in enumerate(kept) if i not in decoded[id(kept)]) if kept else ""
        )
    }
    by_font: dict[int, list[tuple[_DecodedCids, PDFFont, list[_Glyph], int, int, list[int]]]] = defaultdict(list)
    for item in pending:
        by_font[id(item[0])].append(item)
    reverts: list[tuple[_DecodedCids, PDFFont, list[_Glyph], int, int, list[int]]] = []
    # Whether the glyphs were drawn with the decoded text (else pdfminer's).
    drawn_decoded = {key: items[0][0].verdict is not False for key, items in by_font.items()}
    for items in by_font.values():
        cids, font = items[0][0], items[0][1]
        if cids.verdict is False:
            reverts.extend(items)
            continue
        if all(cids.codes.get(cid, raw) == raw for cid in {c for *_, drawn in items for c in drawn}
               for raw in (device._raw_glyph_of(font, cid)[0],)):
            continue  # the font's data says what pdfminer read: nothing to judge
        text = " ".join("".join(g.text for g in kept[start:end]) for _, _, kept, start, end, _ in items)
        words = [w.lower() for w in _DECODED_WORD_RE.findall(text)]
        known = sum(1 for w in words if w in other or _known(w))
        if cids.verdict is None:
            cids.known += known
            cids.words += len(words)
            if cids.words >= DECODED_VERDICT_WORDS:
                cids.verdict = _reads(cids.known, cids.words)
        reads = cids.verdict if cids.verdict is not None else 0 < cids.words and _reads(cids.known, cids.words)
        if not reads:
            reverts.extend(items)
    # Where the decoded text does not read as words, pdfminer's reading of
    # the codes is kept if it does (a font flagged symbolic whose codes are
    # standard ones); else the font's text is left out, with a warning.
    left_out = 0
    by_font_reverts: dict[int, list[tuple[_DecodedCids, PDFFont, list[_Glyph], int, int, list[int]]]] = defaultdict(list)
    for item in reverts:
        by_font_reverts[id(item[0])].append(item)
    replacements: list[tuple[list[_Glyph], int, int, list[_Glyph]]] = []
    for key, items in by_font_reverts.items():
        texts: list[list[str | None]] = []
        for cids, font, kept, start, end, drawn in items:
            raws = [device._raw_glyph_of(font, cid)[0] for cid in drawn]
            # The glyphs kept from the string, in order: its codes with text as drawn.
            texts.append(
                [
                    raw
                    for cid, raw in zip(drawn, raws)
                    if raw is not None or (drawn_decoded[key] and cids.codes.get(cid) is not None)
                ]
            )
        words = [w.lower() for t in texts for w in _DECODED_WORD_RE.findall("".join(r or " " for r in t))]
        raw_reads = 0 < len(words) and _reads(sum(1 for w in words if w in other or _known(w)), len(words))
        for (cids, font, kept, start, end, drawn), shown in zip(items, texts):
            replaced: list[_Glyph] = []
            for glyph, raw in zip(kept[start:end], shown):
                if raw is None or not raw_reads:
                    left_out += 1
                else:
                    replaced.append(glyph._replace(text=raw))
            replacements.append((kept, start, end, replaced))
    for kept, start, end, replaced in sorted(replacements, key=lambda r: -r[1]):
        kept[start:end] = replaced
    if left_out:
        log.warning(
            "%s: page %d: %d glyphs of a font without a usable Unicode map left out "
            "(its own data does not give text that reads as words)",
            path, page_number, left_out,
        )
        device.garbled_glyphs += left_out
    for items in by_font.values():
        if items[0][0].verdict is False:
            items[0][0].clear()  # from now on pdfminer's text, as for any font


@dataclass(slots=True)
class _Layout:
    """One page as the device left it: pdfminer's layout (paths, images,
    vertical text) and the device, holding the glyphs it kept."""

    page: LTPage
    device: _GlyphRecorder


def _page_layout(page: pdfplumber.page.Page, budget: _PageBudget) -> _Layout:
    """What pdfplumber's `Page.layout` does, with the bounded, glyph-recording device."""
    device = _GlyphRecorder(
        page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, budget=budget, page=page
    )
    return _Layout(page=_interpret(page, device), device=device)


def _full_layout(page: pdfplumber.page.Page, budget: _PageBudget) -> LTPage:
    """pdfplumber's `Page.layout` with every glyph an LTChar, for the table
    finder (it reads `page.chars`), under the page's time budget. Cached where
    pdfplumber caches it, so that the finder does not lay the page out again, unbounded."""
    budget.objects = 0  # the page's glyphs are drawn a second time, not twice as many
    device = _BoundedAggregator(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, budget=budget)
    page._layout = _interpret(page, device)
    return page._layout


def _interpret(page: pdfplumber.page.Page, device: _BoundedAggregator) -> LTPage:
    # pdfminer's interpreter with a faster content-stream parser (ingest/pdf_content.py).
    interpreter = ContentInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as exc:  # noqa: BLE001 - the same wrapping as pdfplumber's Page.layout
        raise PdfminerException(exc) from exc
    return device.get_result()


def _empty_page(page: pdfplumber.page.Page) -> _PageData:
    try:
        width, height = float(page.width), float(page.height)
    except _PDF_STRUCTURE_ERRORS:
        width = height = 0.0
    return _PageData(
        number=page.page_number, width=width, height=height, pieces=[], rules=[], tables=[], rotated=None
    )


def _read_error(source: SourceFile, exc: BaseException, where: str) -> IngestError:
    """The IngestError for a failure of pdfminer/pdfplumber while reading `where`."""
    cause = _cause(exc)
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedPdfError(source.path, "PDF is encrypted; decrypt it first (e.g. qpdf --decrypt in.pdf out.pdf)")
    if _truncated(source.data) and b"endobj" in source.data:
        return CorruptFileError(source.path, f"PDF is truncated ({_describe(exc)}): {TRUNCATED_HINT}")
    if where == "PDF":
        return CorruptFileError(source.path, f"PDF cannot be read ({_describe(exc)}); the file is damaged or not a PDF")
    return CorruptFileError(source.path, f"{where} cannot be read ({_describe(exc)}); the PDF is damaged")


def _truncated(data: bytes) -> bool:
    # The PDF spec ends a file with %%EOF; readers accept it within the last 1024 bytes.
    return b"%%EOF" not in data[-1024:]


def _cause(exc: BaseException) -> BaseException:
    # pdfplumber wraps pdfminer's exception as the first argument.
    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _describe(exc: BaseException) -> str:
    cause = _cause(exc)
    detail = str(cause).strip()
    return f"{type(cause).__name__}: {detail}" if detail else type(cause).__name__


def _pdf_metadata(raw: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, name in (("Producer", "producer"), ("Title", "pdf_title")):
        value = raw.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        if value is not None and not isinstance(value, str):
            value = str(value)
        if value and value.strip():
            out[name] = " ".join(value.split())
    return out


# --- Pass 1: one page into pieces -----------------------------------------------


def _read_page(
    path: str, page: pdfplumber.page.Page, layout: _Layout, size_counts: Counter[float], budget: _PageBudget
) -> _PageData:
    """One page's text as line pieces, plus its rules and tables; adds the
    page's glyph sizes to `size_counts`."""
    width, height = float(page.width), float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    device = layout.device
    rules: list[tuple[float, float, float]] = []
    h_edges = v_edges = 0
    curves: list[LTCurve] = []
    for obj in _walk(layout.page):
        if isinstance(obj, LTChar):  # a vertical font's glyph
            device.keep(obj.get_text(), obj.fontname, obj.x0, obj.y0, obj.x1, obj.y1, obj.size, obj.upright)
        elif isinstance(obj, LTCurve):  # LTLine and LTRect too
            curves.append(obj)
            w, h = obj.x1 - obj.x0, obj.y1 - obj.y0
            if h <= 2 and w >= 10:
                rules.append((obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0))
                h_edges += 1
            elif w <= 2 and h >= 5:
                v_edges += 1
            elif w > 2 and h > 2 and isinstance(obj, LTRect):
                h_edges += 2
                v_edges += 2
    _settle_decoded(device, path, page.page_number)
    glyphs, rotated, unmapped = device.glyphs, device.rotated, device.unmapped
    if unmapped:
        log.warning("%s: page %d: %d glyphs without a Unicode mapping left out", path, page.page_number, unmapped)
    for g in glyphs + rotated:
        if not g.text.isspace():
            size_counts[g.size] += 1
    tables: list[_Table] = []
    if h_edges + v_edges > MAX_TABLE_EDGES:
        log.warning(
            "%s: page %d: %d ruling lines (limit %d); tables on it are left as text",
            path, page.page_number, h_edges + v_edges, MAX_TABLE_EDGES,
        )
    elif h_edges >= TABLE_MIN_EDGES and v_edges >= TABLE_MIN_EDGES and forms_grid(*segments(curves, height)):
        # Laid out again only where visible rulings cross into a grid: white
        # lines, frames and underlines cost a second layout and gave no table
        # (nfs-2007-10: every page laid out twice, issue 16).
        _full_layout(page, budget)
        tables = _find_tables(path, page, glyphs)
        if tables:
            glyphs = [g for g in glyphs if not any(_center_in(g, t.bbox) for t in tables)]
    pieces: list[_Piece] = []
    lines = _cluster_lines(glyphs)
    gaps = [_candidate_gaps(line) for line in lines]
    rivers, edge_rivers = _rivers(lines, gaps) if any(gaps) else (set(), set())
    for i, line in enumerate(lines):
        pieces.extend(_line_pieces(i, line, gaps, lines, rivers, edge_rivers))
    return _PageData(
        garbled=device.garbled_glyphs > 0,
        number=page.page_number,
        width=width,
        height=height,
        pieces=pieces,
        rules=rules,
        tables=tables,
        rotated=_rotated_piece(rotated),
    )


def _font_style(fontname: object) -> tuple[bool, bool]:
    name = fontname if isinstance(fontname, str) else str(fontname)
    return bool(BOLD_FONT_RE.search(name)), bool(ITALIC_FONT_RE.search(name))


def _walk(container: Iterable) -> Iterator[object]:
    """Layout objects, with those inside figures (form XObjects) flattened."""
    stack = [iter(container)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTContainer):
                stack.append(iter(obj))
                break
            yield obj
        else:
            stack.pop()


def _center_in(g: _Glyph, bbox: BBox) -> bool:
    cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _find_tables(path: str, page: pdfplumber.page.Page, glyphs: list[_Glyph]) -> list[_Table]:
    """Ruled tables (pdfplumber's 'lines' strategy), as rows of cells."""
    try:
        found_tables = [(found.bbox, found.extract()) for found in page.find_tables()]
    except _PDF_STRUCTURE_ERRORS as exc:
        log.warning("%s: page %d: table finder failed (%s); its tables stay as text", path, page.page_number, exc)
        return []
    tables: list[_Table] = []
    for found_bbox, cells in found_tables:
        rows = [[" ".join((cell or "").split()) for cell in row] for row in cells]
        rows = [row for row in rows if any(row)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a framed box or a single bar of a chart, not a table
        bbox = tuple(float(v) for v in found_bbox)
        sizes = Counter(g.size for g in glyphs if not g.text.isspace() and _center_in(g, bbox))
        tables.append(
            _Table(
                bbox=bbox,  # type: ignore[arg-type]
                text="\n".join(" | ".join(row) for row in rows),
                font_size=sizes.most_common(1)[0][0] if sizes else None,
            )
        )
    return tables


def _cluster_lines(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Group glyphs into text lines (top to bottom, each sorted left to right).

    Glyphs are clustered by their bottom; a cluster made only of small glyphs
    (superscript markers sit above the baseline) then joins the line whose
    vertical band holds its middle."""
    if not glyphs:
        return []
    ordered = sorted(glyphs, key=lambda g: g.bottom)
    clusters: list[list[_Glyph]] = [[ordered[0]]]
    ref = ordered[0]
    for g in ordered[1:]:
        if g.bottom - ref.bottom <= LINE_TOLERANCE_RATIO * min(g.size, ref.size):
            clusters[-1].append(g)
        else:
            clusters.append([g])
            ref = g
    largest = [max(g.size for g in c) for c in clusters]
    merged: list[list[_Glyph]] = []
    for i, cluster in enumerate(clusters):
        small = largest[i]
        target = None
        for j in (i + 1, i - 1):
            if not (0 <= j < len(clusters)) or small >= MARKER_MAX_SIZE_RATIO * largest[j] or (j < i and not merged):
                continue  # cheap test first: most lines are not small next to their neighbours
            other = clusters[j] if j > i else merged[-1]
            size = _mode_size(other)
            top = min(g.top for g in other if g.size >= size - 0.5)
            bottom = max(g.bottom for g in other if g.size >= size - 0.5)
            mid = (min(g.top for g in cluster) + max(g.bottom for g in cluster)) / 2
            if small < MARKER_MAX_SIZE_RATIO * size and top <= mid <= bottom:
                target = j
                break
        if target is None:
            merged.append(cluster)
        elif target > i:
            clusters[target] = cluster + clusters[target]
        else:
            merged[-1] = merged[-1] + cluster
    return [sorted(c, key=lambda g: g.x0) for c in merged]


def _mode_size(glyphs: Iterable[_Glyph]) -> float:
    counts = Counter(g.size for g in glyphs if not g.text.isspace())
    return counts.most_common(1)[0][0] if counts else next(iter(glyphs)).size


def _candidate_gaps(line: list[_Glyph]) -> list[tuple[float, float, int]]:
    """Gaps between ink wide enough to separate columns: (x0, x1, index of the glyph after)."""
    out = []
    prev: _Glyph | None = None
    prev_x1 = 0.0
    for k, g in enumerate(line):
        if g.text.isspace():
            continue
        if prev is not None and g.x0 - prev_x1 >= PIECE_GAP_RATIO * min(g.size, prev.size):
            out.append((prev_x1, g.x0, k))
        prev_x1 = g.x1 if prev is None else max(prev_x1, g.x1)
        prev = g
    return out


def _median_word_gap(lines: list[list[_Glyph]]) -> float:
    """The page's median gap between words (points), spaces drawn or not."""
    found: list[float] = []
    for line in lines:
        prev: _Glyph | None = None
        for g in line:
            if g.text.isspace():
                continue
            if prev is not None:
                gap = g.x0 - prev.x1
                if gap > WORD_GAP_RATIO * min(g.size, prev.size):
                    found.append(gap)
            prev = g
    found.sort()
    return found[len(found) // 2] if found else 0.0


def _rivers(
    lines: list[list[_Glyph]], gaps: list[list[tuple[float, float, int]]]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The candidate gaps (line index, index of the glyph after) that lie on a
    whitespace river (see RIVER_MIN_EM), and those on an edge river (EDGE_RIVER)."""
    sizes = {i: _mode_size(lines[i]) for i, line_gaps in enumerate(gaps) if line_gaps}
    if not any(gx1 - gx0 >= RIVER_MIN_EM * sizes[i] for i in sizes for gx0, gx1, _ in gaps[i]):
        return set(), set()  # no gap as wide as an em: no river, and no word gaps to measure
    word_gap = _median_word_gap(lines)
    inks = [[g for g in line if not g.text.isspace()] for line in lines]
    out: set[tuple[int, int]] = set()
    edges: set[tuple[int, int]] = set()
    for i, size in sizes.items():
        line_gaps = gaps[i]
        min_width = max(RIVER_MIN_EM * size, RIVER_WORD_GAPS * word_gap)
        for gx0, gx1, k in line_gaps:
            if gx1 - gx0 < min_width or (
                _justified_space(gx0, gx1, line_gaps) and _evenly_spaced(inks[i], gx1 - gx0)
            ):
                continue
            found = _on_river(i, gx0, gx1, inks, gaps, size, min_width)
            if found is EDGE_RIVER:
                edges.add((i, k))
            elif found:
                out.add((i, k))
    return out, edges


def _evenly_spaced(ink: list[_Glyph], width: float) -> bool:
    """Whether no word space of the line is much narrower than `width`:
    justification widens every space of a line alike, so a line with ordinary
    word spaces beside two equal wide gaps is a row of table cells set at an
    even pitch (prop-2012-13-187 p. 71's header), not a justified line."""
    prev: _Glyph | None = None
    for g in ink:
        if prev is not None:
            gap = g.x0 - prev.x1
            if WORD_GAP_RATIO * min(g.size, prev.size) < gap < JUSTIFIED_NARROW * width:
                return False
        prev = g
    return True


def _justified_space(gx0: float, gx1: float, line_gaps: list[tuple[float, float, int]]) -> bool:
    return any(
        abs((d - c) - (gx1 - gx0)) <= JUSTIFIED_TOLERANCE for c, d, _ in line_gaps if (c, d) != (gx0, gx1)
    )


def _on_river(
    i: int,
    gx0: float,
    gx1: float,
    inks: list[list[_Glyph]],
    gaps: list[list[tuple[float, float, int]]],
    size: float,
    min_width: float,
) -> bool | str:
    lo, hi = gx0, gx1
    lefts, rights = [gx0], [gx1]  # the band's edges in the lines with text on both sides
    one_sided = 0
    edge = 0  # one-sided lines whose text starts where the gap ends: the next column's left edge
    for step in (1, -1):
        j, prev = i + step, inks[i]
        while 0 <= j < len(inks) and abs(j - i) <= RIVER_WINDOW:
            ink = inks[j]
            if not ink or not prev:
                break
            above, below = (prev, ink) if step > 0 else (ink, prev)
            if min(g.top for g in below) - max(g.bottom for g in above) > RIVER_LINE_GAP * size:
                break
            hit = next(((c, d) for c, d, _ in gaps[j] if min(d, hi) - max(c, lo) >= min_width), None)
            if hit is not None and _justified_space(*hit, gaps[j]):
                break
            if hit is not None:
                lo, hi = max(lo, hit[0]), min(hi, hit[1])
                lefts.append(hit[0])
                rights.append(hit[1])
            elif all(g.x1 <= lo or g.x0 >= hi for g in ink):
                one_sided += 1  # one column goes on, the other has ended
                edge += abs(ink[0].x0 - gx1) <= GUTTER_ALIGN
            else:
                break  # ink across the band: the region ends
            prev = ink
            j += step
    if len(rights) < 2 and edge >= RIVER_MIN_LINES - 1:
        return EDGE_RIVER
    if len(rights) < 2 or len(rights) + one_sided < RIVER_MIN_LINES:
        return False
    # A straight edge: a column's left edge, or the justified right edge before the gutter.
    return any(
        sum(abs(x - y) <= GUTTER_ALIGN for y in edges) >= 2 for edges in (lefts, rights) for x in edges
    )


def _line_pieces(
    i: int,
    line: list[_Glyph],
    gaps: list[list[tuple[float, float, int]]],
    lines: list[list[_Glyph]],
    rivers: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
    edge_rivers: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
) -> list[_Piece]:
    size = _mode_size(line)
    cuts: list[tuple[int, bool]] = []
    for gx0, gx1, k in gaps[i]:
        # A gutter: nearby lines have a gap that starts or ends at the same x
        # (a column's justified right edge, the next column's left edge). Wide
        # word spaces in justified text fall at random places.
        aligned = 0
        for j in range(max(0, i - GUTTER_WINDOW), min(len(lines), i + GUTTER_WINDOW + 1)):
            if j != i and any(
                (abs(hx1 - gx1) <= GUTTER_ALIGN or abs(hx0 - gx0) <= GUTTER_ALIGN) and hx0 < gx1 and gx0 < hx1
                for hx0, hx1, _ in gaps[j]
            ):
                aligned += 1
        strong = (
            aligned >= GUTTER_MIN_LINES
            or gx1 - gx0 >= WIDE_GAP_RATIO * size
            or (i, k) in rivers
            or ((i, k) in edge_rivers and aligned >= EDGE_RIVER_ALIGNED)
        )
        cuts.append((k, strong))
    pieces = []
    start = 0
    strong_before = False
    for k, strong in [*cuts, (len(line), False)]:
        piece = _build_piece(i, line[start:k], size)
        if piece is not None:
            piece.split_before = strong_before
            pieces.append(piece)
        start, strong_before = k, strong
    return pieces


def _build_piece(line_no: int, glyphs: list[_Glyph], size: float) -> _Piece | None:
    """Text of glyphs (sorted left to right) with raised small digits cut out as markers."""
    out: list[str] = []
    markers: list[tuple[int, int, str]] = []
    run: list[str] = []  # digits of the marker(s) being read; "," separates numbers
    run_at = 0
    pending_space = False
    prev: _Glyph | None = None
    ink: _Glyph | None = None  # the last glyph that is not a space
    raised_at = _raised(glyphs)
    # Box, font size of the text proper (markers left out), and the style of
    # the glyphs in the line's size -- gathered in the same pass.
    x0 = top = math.inf
    x1 = bottom = -math.inf
    counts: Counter[float] = Counter()
    inked = normal = bold = italic = 0

    def close_run() -> None:
        numbers = [n for n in "".join(run).replace("–", ",").replace("-", ",").split(",") if n]
        if numbers and all(n.isdigit() and len(n) <= MARKER_MAX_DIGITS for n in numbers):
            markers.extend((run_at, int(n), n) for n in numbers)
        elif run:
            out.append("".join(run))  # not a marker after all: keep the text
        run.clear()

    for k, g in enumerate(glyphs):
        if (
            prev is not None
            and g.text == prev.text
            and abs(g.x0 - prev.x0) < 1
            and abs(g.bottom - prev.bottom) < 1
            and prev.x1 - prev.x0 > 0.05 * prev.size
        ):
            # The same glyph printed twice (fake bold). Not for glyphs of no
            # width (a Type3 font with /Widths 0): there each letter stands
            # where the last one did, and a doubled letter ("pp") is two
            # letters (issue 18, item 13: "rapporten" read "raporten").
            continue
        if g.text.isspace():
            # A space glyph counts only if there is room for it: Word sometimes
            # draws spaces on top of a word's letters ("Stockho  lm").
            pending_space = pending_space or ink is not None
            continue
        inked += 1
        if g.x0 < x0:
            x0 = g.x0
        if g.x1 > x1:
            x1 = g.x1
        if g.top < top:
            top = g.top
        if g.bottom > bottom:
            bottom = g.bottom
        if abs(g.size - size) <= 0.5:
            normal += 1
            bold += g.bold
            italic += g.italic
        if ink is not None:
            gap = g.x0 - ink.x1
            smaller = g.size if g.size < ink.size else ink.size
            if gap > WORD_GAP_RATIO * smaller:
                pending_space = True
            elif gap < SPACE_MIN_GAP_RATIO * smaller:
                pending_space = False
        ink = prev = g
        if raised_at[k]:
            if g.text.isdigit():
                if not run or pending_space:
                    if run:
                        close_run()
                    run_at = len("".join(out).rstrip()) if out else 0
                run.append(g.text)
                continue
            if run and g.text in MARKER_SEPARATORS:
                run.append(g.text)
                continue
        counts[g.size] += 1
        if run:
            close_run()
        if pending_space and out and out[-1] != " ":
            out.append(" ")
        out.append(g.text)
        pending_space = False
    if run:
        close_run()
    if not inked:
        return None
    if not counts:  # only marker digits
        counts.update(g.size for g in glyphs if not g.text.isspace())
    text = _normalise("".join(out)).rstrip()
    return _Piece(
        line=line_no,
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        size=counts.most_common(1)[0][0],
        # A whole line in bold (a heading), not a bold lead-in ("Regeringens förslag: ...").
        bold=normal > 0 and bold >= STYLE_SHARE * normal,
        italic=normal > 0 and italic >= STYLE_SHARE * normal,
        text=text,
        # A marker that stood after a space keeps its place at the end of the word.
        markers=[(min(pos, len(text)), n, raw) for pos, n, raw in markers],
        nchars=inked,
    )


def _raised(glyphs: list[_Glyph]) -> list[bool]:
    """Which glyphs are marker digits: smaller than the glyph they stick to
    (the one before, or after at the start of a footnote) and on a raised baseline."""
    flags = [False] * len(glyphs)
    for k, g in enumerate(glyphs):
        if not (g.text.isdigit() or g.text in MARKER_SEPARATORS):
            continue
        ref = _marker_anchor(glyphs, k, -1)
        if ref is False:
            continue
        if ref is None:
            ref = _marker_anchor(glyphs, k, 1)
        if isinstance(ref, _Glyph):
            smaller = g.size <= MARKER_MAX_SIZE_RATIO * ref.size
            flags[k] = smaller and g.bottom <= ref.bottom - MARKER_MIN_RISE_RATIO * ref.size
    return flags


def _marker_anchor(glyphs: list[_Glyph], k: int, step: int) -> _Glyph | None | bool:
    """The nearest larger glyph next to glyphs[k] in direction `step`, None when
    there is none, False when glyphs[k] sits in running text of its own size."""
    g = glyphs[k]
    near = g
    j = k + step
    while 0 <= j < len(glyphs):
        h = glyphs[j]
        if not h.text.isspace():
            distance = (near.x0 - h.x1) if step < 0 else (h.x0 - near.x1)
            if h.size > g.size + 0.3:
                return h if distance <= 0.6 * h.size else None
            if abs(h.size - g.size) <= 0.3 and not (h.text.isdigit() or h.text in MARKER_SEPARATORS):
                return False
            near = h
        j += step
    return None


def _normalise(text: str) -> str:
    chars = []
    for ch in text:
        if "\ue000" <= ch <= "\uf8ff":
            ch = "•"  # Symbol/Wingdings bullets come through as private-use code points
        elif ch in "\xa0\u2007\u202f":
            ch = " "
        chars.append(ch)
    return "".join(chars)


def _rotated_piece(glyphs: list[_Glyph]) -> _Piece | None:
    ink = [g for g in glyphs if not g.text.isspace()]
    if not ink:
        return None
    return _Piece(
        line=-1,
        x0=min(g.x0 for g in ink),
        top=min(g.top for g in ink),
        x1=max(g.x1 for g in ink),
        bottom=max(g.bottom for g in ink),
        size=_mode_size(ink),
        bold=False,
        italic=False,
        text=" ".join("".join(g.text for g in glyphs).split()),
        markers=[],
        nchars=len(ink),
    )


# --- Pass 2: the document -------------------------------------------------------


def _assemble(
    source: SourceFile, pages: list[_PageData], size_counts: Counter[float], metadata: dict[str, str]
) -> ParsedDocument:
    body_size = size_counts.most_common(1)[0][0]
    columns = _text_columns(pages, body_size)
    for page in pages:
        page.pieces = _merge_pieces(page.pieces, columns[_column_key(page)], body_size)
    margin_labels = _mark_furniture(pages, columns, body_size)
    line_gap = _usual_line_gap(pages, body_size)
    vocabulary = Vocabulary(p.text for page in pages for p in page.pieces)

    blocks: list[Block] = []
    state = _FootnoteState()
    for page in pages:
        body = _split_footnotes(page, [p for p in page.pieces if not p.role], body_size, state)
        blocks.extend(
            _page_blocks(page, body, body_size, line_gap, columns[_column_key(page)], len(blocks), vocabulary)
        )
    blocks = _without_garbled(source.path, blocks, metadata, {p.number for p in pages if p.garbled})
    blocks = _join_across_pages(blocks, vocabulary)
    blocks = _number_marker_series(blocks)
    blocks = _heading_levels(blocks)

    if margin_labels:
        metadata["margin_label"] = margin_labels.most_common(1)[0][0]
    return ParsedDocument(
        path=source.path,
        title=_title(metadata.get("pdf_title"), blocks, source.path),
        kind="report",
        format="pdf",
        sha256=source.sha256,
        pages=tuple(Page(page_number=p.number, width=p.width, height=p.height) for p in pages),
        blocks=tuple(blocks),
        # Finished only now: a footnote may go on at the next page's bottom.
        footnotes=tuple(d.finish(vocabulary) for d in state.drafts),
        metadata=metadata,
        irregularities=tuple(state.irregularities),
    )


def _column_key(page: _PageData) -> tuple[int, int]:
    # Book layouts mirror the text column on odd and even pages.
    return page.number % 2, round(page.width)


def _text_columns(pages: list[_PageData], body_size: float) -> dict[tuple[int, int], _Column]:
    """Left and right edge of the main text column per page parity and width:
    the 3rd and 97th percentile of where body-size text starts and ends,
    weighted by characters, so short margin labels and page numbers do not count."""
    starts: dict[tuple[int, int], list[tuple[float, int]]] = defaultdict(list)
    ends: dict[tuple[int, int], list[tuple[float, int]]] = defaultdict(list)
    for page in pages:
        key = _column_key(page)
        for p in page.pieces:
            if abs(p.size - body_size) <= 1.0:
                starts[key].append((p.x0, p.nchars))
                ends[key].append((p.x1, p.nchars))
    columns = {}
    for page in pages:
        key = _column_key(page)
        if key in columns:
            continue
        if starts[key]:
            columns[key] = _Column(_weighted_percentile(starts[key], 0.03), _weighted_percentile(ends[key], 0.97))
        else:
            columns[key] = _Column(0.0, page.width)
    return columns


def _weighted_percentile(values: list[tuple[float, int]], q: float) -> float:
    ordered = sorted(values)
    total = sum(w for _, w in ordered)
    acc = 0
    for value, weight in ordered:
        acc += weight
        if acc >= q * total:
            return value
    return ordered[-1][0]


def _merge_pieces(pieces: list[_Piece], column: _Column, body_size: float) -> list[_Piece]:
    """Join the pieces of a line again unless the gap between them is a column break."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.line == piece.line:
            outside = prev.x1 < column.left - 0.5 * body_size or piece.x0 > column.right + 0.5 * body_size
            keep_apart = outside or (piece.split_before and not ENUMERATOR_RE.match(prev.text))
            if not keep_apart:
                out[-1] = _concat(prev, piece)
                continue
        out.append(piece)
    return out


def _concat(a: _Piece, b: _Piece) -> _Piece:
    joiner = " " if a.text and b.text else ""
    shift = len(a.text) + len(joiner)
    return _Piece(
        line=a.line,
        x0=min(a.x0, b.x0),
        top=min(a.top, b.top),
        x1=max(a.x1, b.x1),
        bottom=max(a.bottom, b.bottom),
        size=a.size if a.nchars >= b.nchars else b.size,
        bold=a.bold if a.nchars >= b.nchars else b.bold,
        italic=a.italic if a.nchars >= b.nchars else b.italic,
        text=a.text + joiner + b.text,
        markers=a.markers + [(pos + shift if b.text else len(a.text), n, raw) for pos, n, raw in b.markers],
        nchars=a.nchars + b.nchars,
        split_before=a.split_before,
        role=a.role,
    )


def _norm_furniture(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _mark_furniture(pages: list[_PageData], columns: dict[tuple[int, int], _Column], body_size: float) -> Counter[str]:
    """Set `role` on running headers, page numbers, margin labels and letterhead
    footers. Returns the margin labels (text outside the column) by frequency.

    Furniture is text outside the text column; a page number alone on a line
    at the top or bottom; text repeated at the same height (within
    REPEAT_TOLERANCE) on many pages, in the top or bottom band, standing apart
    from the text below or above it (footnote lines repeat too, but sit tight
    against their neighbours); and everything under a wide rule at the page
    bottom (a letterhead footer)."""
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)
    for page in pages:
        for p in page.pieces:
            if _in_band(p, page, REPEAT_BAND) and not p.markers:
                seen[(_norm_furniture(p.text), round(p.top / REPEAT_TOLERANCE))].add(page.number)
    needed = 2 if len(pages) <= 3 else max(3, math.ceil(0.1 * len(pages)))
    labels: Counter[str] = Counter()
    for page in pages:
        column = columns[_column_key(page)]
        sure: list[_Piece] = []
        repeated: list[_Piece] = []
        for p in page.pieces:
            outside = p.x1 < column.left - 0.5 * body_size or p.x0 > column.right + 0.5 * body_size
            page_number = _in_band(p, page, FURNITURE_BAND) and bool(PAGE_NUMBER_RE.match(p.text))
            if outside or page_number:
                sure.append(p)
                if outside and not page_number and not p.markers and not PAGE_NUMBER_RE.match(p.text):
                    labels[" ".join(p.text.split())] += 1
            elif _in_band(p, page, REPEAT_BAND) and not p.markers:
                key, bucket = _norm_furniture(p.text), round(p.top / REPEAT_TOLERANCE)
                count = len(seen[(key, bucket - 1)] | seen[(key, bucket)] | seen[(key, bucket + 1)])
                # A heading that opens many pages is larger or bold: it is a
                # running header only when it is on most pages.
                heading_like = p.size > body_size + 0.5 or p.bold
                if count >= (max(needed, 0.5 * len(pages)) if heading_like else needed):
                    repeated.append(p)
        candidates = {id(p) for p in sure + repeated}
        for p in repeated:
            if _stands_apart(p, page, candidates, body_size):
                sure.append(p)
        for p in sure:
            p.role = HEADER if (p.top + p.bottom) / 2 < page.height / 2 else FOOTER
        # Wider than the text column: a footnote continuation rule spans just the column.
        wide = [
            top
            for x0, top, x1 in page.rules
            if x1 - x0 >= max(FOOTER_RULE_WIDTH * page.width, column.right - column.left + 2 * body_size)
            and top > (1 - FOOTER_RULE_BAND) * page.height
        ]
        if wide:
            limit = min(wide)
            for p in page.pieces:
                if not p.role and p.top >= limit:
                    p.role = FOOTER
    return labels


def _in_band(p: _Piece, page: _PageData, share: float) -> bool:
    return p.bottom < share * page.height or p.top > (1 - share) * page.height


def _stands_apart(p: _Piece, page: _PageData, candidates: set[int], body_size: float) -> bool:
    """No other text within a line's height of `p` on its side toward the page centre."""
    upper = (p.top + p.bottom) / 2 < page.height / 2
    for q in page.pieces:
        if id(q) in candidates or q is p:
            continue
        gap = q.top - p.bottom if upper else p.top - q.bottom
        if -0.5 * body_size < gap < FURNITURE_GAP_RATIO * body_size:
            return False
    return True


def _usual_line_gap(pages: list[_PageData], body_size: float) -> float:
    """The usual white space between two lines of a paragraph, as a share of the font size."""
    ratios = []
    for page in pages:
        body = sorted((p for p in page.pieces if not p.role and abs(p.size - body_size) <= 0.5), key=lambda p: p.top)
        for a, b in zip(body, body[1:]):
            if min(a.x1, b.x1) - max(a.x0, b.x0) > 0:
                gap = (b.top - a.bottom) / body_size
                if -0.2 <= gap <= 1.2:
                    ratios.append(gap)
    if not ratios:
        return 0.3
    ratios.sort()
    return min(max(ratios[len(ratios) // 2], 0.0), 1.0)


# --- Footnotes ------------------------------------------------------------------


@dataclass
class _FootnoteState:
    drafts: list[_FootnoteDraft] = field(default_factory=list)
    last_number: int | None = None
    series: int = 0
    irregularities: list[FootnoteIrregularity] = field(default_factory=list)


def _split_footnotes(page: _PageData, body: list[_Piece], body_size: float, state: _FootnoteState) -> list[_Piece]:
    """Take the footnote area off the bottom of a page.

    The area is the run of lines at the page bottom set smaller than the body,
    all in one size, not crossing a horizontal rule. A footnote starts with its
    number: raised and small, or plain when it follows the numbering (or a
    marker on the page has it). Lines before the first number are body text,
    unless a rule stands above them and a footnote from the previous page
    goes on. Returns the body without the footnote area; the footnotes go
    to `state.drafts`."""
    if not body:
        return body
    run: list[_Piece] = []
    run_size = None
    for p in sorted(body, key=lambda p: (-p.bottom, p.x0)):
        if p.size > body_size - SMALL_TYPE_DELTA:
            break
        if run_size is None:
            run_size = p.size
        elif abs(p.size - run_size) > 0.6:
            break
        if run and _rule_between(page.rules, p.bottom, min(q.top for q in run)):
            break
        run.append(p)
    if not run:
        return body
    run.sort(key=lambda p: (p.top, p.x0))
    in_run = {id(p) for p in run}
    page_markers = {n for p in body if id(p) not in in_run for _, n, _ in p.markers}

    drafts: list[_FootnoteDraft] = []
    lead: list[_Piece] = []  # lines above the first footnote number
    for p in run:
        start = _footnote_start(p, state, page_markers)
        if start is not None:
            number, text_piece = start
            expected = state.last_number + 1 if state.last_number is not None else number
            if number == 1 and state.last_number is not None:
                state.series += 1  # a restart (per chapter or appendix)
            elif number != expected and not (
                expected < number <= expected + MAX_SKIPPED_FOOTNOTES or (number > expected and number in page_markers)
            ):
                # A repeated or mistyped number: the footnote takes its
                # place's number and the check reports it (issue 19); a few
                # numbers skipped (or skipped to a marker on the page) are
                # missing footnotes, which the check reports as a gap.
                written, number = number, expected
                state.irregularities.append(
                    FootnoteIrregularity(
                        kind="duplicate_number" if written == number - 1 else "out_of_sequence",
                        number=number, written=written, page_number=page.number,
                        text=text_piece.text.strip(), series=state.series,
                    )
                )
            state.last_number = number
            draft = _FootnoteDraft(number=number, series=state.series, page_number=page.number, lines=[text_piece])
            drafts.append(draft)
        elif drafts:
            drafts[-1].lines.append(_with_markers_inline(p))
        else:
            lead.append(p)
    previous = state.drafts[-1] if state.drafts else None
    if lead and previous is not None and previous.page_number == page.number - 1 and not previous.continued:
        top = min(p.top for p in lead)
        if _rule_between(page.rules, top - 3 * body_size, top):
            # The previous page's last footnote goes on here, under the continuation rule.
            previous.continued.extend(_with_markers_inline(p) for p in lead)
            lead = []
    state.drafts.extend(drafts)
    taken = {id(p) for p in run} - {id(p) for p in lead}
    return [p for p in body if id(p) not in taken]


def _rule_between(rules: list[tuple[float, float, float]], upper: float, lower: float) -> bool:
    return any(upper - 1 <= top <= lower + 1 for _, top, _ in rules)


def _footnote_start(p: _Piece, state: _FootnoteState, page_markers: set[int]) -> tuple[int, _Piece] | None:
    # The rest of the line keeps its raised digits as text: a superscript in a
    # footnote's first line is an exponent ('mg/m3', afs-2011-19), not a marker.
    first = [m for m in p.markers if m[0] == 0]
    if first:
        rest = [m for m in p.markers if m[0] != 0]
        return first[0][1], _with_markers_inline(replace(p, markers=rest))
    m = FOOTNOTE_NUMBER_RE.match(p.text)
    if not m:
        return None
    number = int(m.group(1))
    expected = state.last_number + 1 if state.last_number is not None else 1
    if number == expected or number in page_markers:
        cut = m.end()
        return number, _with_markers_inline(
            replace(p, text=p.text[cut:], markers=[(max(0, pos - cut), n, raw) for pos, n, raw in p.markers])
        )
    return None


def _with_markers_inline(p: _Piece) -> _Piece:
    """Footnote text keeps raised digits as text (a footnote has no markers)."""
    if not p.markers:
        return p
    text = p.text
    for pos, _, raw in sorted(p.markers, reverse=True):
        text = text[:pos] + raw + text[pos:]
    return replace(p, text=text, markers=[])


# --- Blocks ---------------------------------------------------------------------


@dataclass
class _Group:
    lines: list[_Piece]


def _page_blocks(
    page: _PageData,
    body: list[_Piece],
    body_size: float,
    line_gap: float,
    column: _Column,
    order_start: int,
    vocabulary: Vocabulary | None = None,
) -> list[Block]:
    """The page's blocks in reading order, numbered from `order_start`."""
    blocks: list[Block] = []
    body.sort(key=lambda p: (p.top, p.x0))
    for group in _group_lines(body, line_gap, column, body_size):
        block = _make_block(page.number, group.lines, body_size, vocabulary)
        if block is not None:
            blocks.append(block)
    for table in page.tables:
        blocks.append(
            Block(
                kind=TABLE,
                text=table.text,
                page_number=page.number,
                order=0,
                bbox=table.bbox,
                font_size=table.font_size,
            )
        )
    furniture = [p for p in page.pieces if p.role]
    if page.rotated is not None:
        # Rotated text (a vertical margin note) has no place in the reading order.
        middle = (page.rotated.top + page.rotated.bottom) / 2
        furniture.append(replace(page.rotated, role=HEADER if middle < page.height / 2 else FOOTER))
    for p in furniture:
        blocks.append(
            Block(
                kind=p.role,
                text=_with_markers_inline(p).text,
                page_number=page.number,
                order=0,
                bbox=(p.x0, p.top, p.x1, p.bottom),
                font_size=p.size,
            )
        )
    return [replace(block, order=order_start + k) for k, block in enumerate(_reading_order(blocks, body_size))]


def _reading_order(blocks: list[Block], body_size: float) -> list[Block]:
    """Top to bottom; blocks that start at about the same height go left to right."""
    items = sorted(blocks, key=lambda b: b.bbox[1])  # type: ignore[index]
    changed = True
    while changed:  # ends: every swap removes an x inversion
        changed = False
        for k in range(len(items) - 1):
            a, b = items[k].bbox, items[k + 1].bbox
            if abs(a[1] - b[1]) < 0.5 * body_size and b[0] < a[0]:  # type: ignore[index]
                items[k], items[k + 1] = items[k + 1], items[k]
                changed = True
    return items


def _group_lines(lines: list[_Piece], line_gap: float, column: _Column, body_size: float) -> list[_Group]:
    """Lines (sorted top to bottom) into blocks: each line joins the nearest
    recent block it continues, or starts a new one."""
    groups: list[_Group] = []
    for line in lines:
        best, best_gap = None, math.inf
        for group in groups[-8:]:
            gap = _continues(group, line, line_gap, column, body_size)
            if gap is not None and gap < best_gap:
                best, best_gap = group, gap
        if best is None:
            groups.append(_Group([line]))
        else:
            best.lines.append(line)
    return groups


def _continues(group: _Group, line: _Piece, line_gap: float, column: _Column, body_size: float) -> float | None:
    """The gap to `line` if it continues `group` as the next line of the same block, else None."""
    last = group.lines[-1]
    size = max(line.size, last.size)
    if line.top < last.top + 0.5 * last.size:
        return None  # not below
    gap = line.top - last.bottom
    if gap > (line_gap + PARAGRAPH_GAP_RATIO) * size or gap < -0.5 * size:
        return None
    if min(line.x1, last.x1) - max(line.x0, last.x0) <= 0:
        return None  # another column
    if abs(line.size - last.size) > 0.6:
        return None
    if len(last.text) > 1 and last.text[-1] in "-\xad" and last.text[-2].isalpha() and line.text[:1].islower():
        return gap  # a word broken at the line end goes on here, whatever the indent (nfs-2007-10 'fältbe-')
    if line.bold != last.bold:
        # A bold lead-in can fill a whole line and go on in plain type; a bold
        # heading stops short of the margin or is followed by a new sentence.
        full = last.x1 >= column.right - SHORT_LINE_RATIO * size
        if not (last.bold and full and (line.text[:1].islower() or line.text[:1].isdigit())):
            return None
    if CAPTION_RE.match(line.text) or LIST_START_RE.match(line.text):
        return None
    if (last.bold or last.size >= HEADING_SIZE_RATIO * body_size) and not SENTENCE_END_RE.search(last.text):
        return gap  # a heading that wraps, often with a hanging indent after its number
    indent = line.x0 - last.x0
    first_only = len(group.lines) == 1
    if indent > INDENT_RATIO * size:
        # An indented line starts a paragraph, except under a list item's
        # first line (a hanging indent).
        hanging = first_only and LIST_START_RE.match(last.text)
        short_first = first_only and last.x1 < column.right - 2 * size
        if (not first_only or short_first) and not hanging:
            return None
    elif indent < -INDENT_RATIO * size:
        # Only a paragraph's indented first line stands right of the next one.
        if not first_only or -indent > FIRST_LINE_INDENT_MAX * size:
            return None
    right = max(p.x1 for p in group.lines) if not first_only else column.right
    short = last.x1 < right - SHORT_LINE_RATIO * size
    if short and SENTENCE_END_RE.search(last.text) and SENTENCE_START_RE.match(line.text):
        return None  # a short line that ends a sentence, then a new one: a paragraph break
    if short and first_only and last.italic != line.italic:
        return None  # a short line in its own style: a run-in heading ("Lagrådet")
    return gap


def _make_block(
    page_number: int, lines: list[_Piece], body_size: float, vocabulary: Vocabulary | None = None
) -> Block | None:
    text, markers = _join_lines([(p.text, p.markers) for p in lines], vocabulary)
    if not text.strip():
        return None
    size = _dominant_size(lines)
    bold = sum(p.nchars for p in lines if p.bold) > 0.6 * sum(p.nchars for p in lines)
    kind = PARAGRAPH
    level = None
    if CAPTION_RE.match(text):
        kind = CAPTION
    elif len(text) <= HEADING_MAX_CHARS and len(lines) <= HEADING_MAX_LINES and (
        size >= HEADING_SIZE_RATIO * body_size or (bold and size >= body_size - 0.5 and not text.endswith("."))
    ):
        kind = HEADING  # its level depends on the sizes of all headings: _heading_levels
    elif (
        len(lines) <= ITALIC_HEADING_MAX_LINES
        and all(p.italic for p in lines)
        and abs(size - body_size) <= 0.5
        and _looks_like_heading(text)
    ):
        kind = HEADING  # an italic subheading ("Dataskyddsdirektivet – den nuvarande EU-regleringen")
        level = 2
    elif LIST_START_RE.match(text):
        kind = LIST_ITEM
        if text[0] in BULLETS:
            cut = len(text) - len(text[1:].lstrip())
            text = text[cut:]
            markers = [(max(pos - cut, 0), n, raw) for pos, n, raw in markers]
    return Block(
        kind=kind,
        text=text,
        page_number=page_number,
        order=0,
        level=level,
        markers=tuple(Marker(number=n, char_start=pos, raw=raw) for pos, n, raw in markers),
        bbox=_union([(p.x0, p.top, p.x1, p.bottom) for p in lines]),
        font_size=size,
    )


def _looks_like_heading(text: str) -> bool:
    # A question is a heading too ("Hur ska certifieringsorgan godkännas?", dir-2016-15).
    return len(text) <= ITALIC_HEADING_MAX_CHARS and text[:1].isupper() and not re.search(r"[.,;:!]$", text)


def _join_lines(
    lines: list[tuple[str, list[tuple[int, int, str]]]], vocabulary: Vocabulary | None = None
) -> tuple[str, list[tuple[int, int, str]]]:
    """Join wrapped lines with a space; a line-end hyphen is decided by
    `join_kind` with the document's `vocabulary` ('ord-' + 'ning' -> 'ordning',
    'EU-' + 'Rätten' -> 'EU-Rätten', 'fri-' + 'och' -> 'fri- och').
    Marker offsets move along with their line's text."""
    text = ""
    markers: list[tuple[int, int, str]] = []
    for line, line_markers in lines:
        lead = len(line) - len(line.lstrip())
        line = line.strip()
        if not line:
            markers.extend((len(text), n, raw) for _, n, raw in line_markers)
            continue
        if not text:
            joiner = ""
        elif text.endswith("\xad"):  # a soft hyphen: always a word broken at the line end
            text, joiner = text[:-1], ""
        elif text.endswith(("-", "‐")) and len(text) >= 2 and text[-2].isalnum():
            # A word broken at the line end loses its hyphen; 'EU-domstolen',
            # '1990-talet' and 'fri- och rättigheter' keep it (ingest/pdf_hyphens.py).
            kind = join_kind(text, line, vocabulary)
            if kind == DROP:
                text = text[:-1]
            joiner = " " if kind == SPACE else ""
        else:
            joiner = " "
        markers = [(min(pos, len(text)), n, raw) for pos, n, raw in markers]
        shift = len(text) + len(joiner) - lead
        end = len(text) + len(joiner) + len(line)
        markers.extend((min(max(pos + shift, len(text)), end), n, raw) for pos, n, raw in line_markers)
        text = text + joiner + line
    return text, markers


def _dominant_size(lines: list[_Piece]) -> float | None:
    counts: Counter[float] = Counter()
    for p in lines:
        counts[p.size] += p.nchars
    return counts.most_common(1)[0][0] if counts else None


def _union(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _without_garbled(
    path: str, blocks: list[Block], metadata: dict[str, str], undecoded: set[int] = frozenset()  # type: ignore[assignment]
) -> list[Block]:
    """Blocks whose text is garbage from a font without a usable Unicode map
    (ingest/pdf_garbled.py) are left out, with a warning per page and the
    pages in `metadata['garbled_pages']`, rather than stored as text that
    search and verification would read as words (issue 16, defect 6).
    `undecoded`: pages whose glyphs of an undecodable font were left out
    already (`_settle_decoded`), listed there too."""
    dropped: Counter[int] = Counter()
    kept = []
    for b in blocks:
        if garbled(b.text):
            dropped[b.page_number] += 1
        else:
            kept.append(b)
    for page_number, count in sorted(dropped.items()):
        log.warning(
            "%s: page %d: %d text block(s) left out: garbled by a font without a usable Unicode map "
            "(OCR the page, or export the PDF again with embedded Unicode maps)",
            path, page_number, count,
        )
    if dropped or undecoded:
        metadata["garbled_pages"] = ", ".join(str(n) for n in sorted(set(dropped) | undecoded))
    return kept


def _join_across_pages(blocks: list[Block], vocabulary: Vocabulary | None = None) -> list[Block]:
    """Mend sentences that a page break cut in two (issue 16, defect 2).

    When the last body block of a page is a paragraph (or list item) that
    stops mid-sentence and the next page's first body block is a paragraph in
    the same type that starts in lower case ('bakom för-' / 'slaget.'), the
    next page's text up to its first sentence end joins the first block, with
    its markers; the rest stays a block of its own page. So every sentence is
    whole, and each block keeps one page for citations: the sentence that
    straddles the break is cited at the page where it starts, as a reader
    cites it. Running headers, page numbers and footnotes between the two
    parts are not blocks of the body and are passed over."""
    out: list[Block | None] = list(blocks)
    body = [k for k, b in enumerate(blocks) if b.kind not in (HEADER, FOOTER)]
    for i, j in _page_break_pairs(blocks, body):
        a, b = out[i], out[j]
        if a is None or b is None or b.page_number != a.page_number + 1:
            continue
        if a.kind not in (PARAGRAPH, LIST_ITEM) or b.kind != PARAGRAPH:
            continue
        if SENTENCE_END_RE.search(a.text) or not b.text[:1].islower():
            continue
        if a.font_size is not None and b.font_size is not None and abs(a.font_size - b.font_size) > 0.6:
            continue
        found = SENTENCE_BREAK_RE.search(b.text)
        cut = found.end() if found else len(b.text)
        head_end = len(b.text[:cut].rstrip())
        head_markers = [(m.char_start, m.number, m.raw) for m in b.markers if m.char_start <= head_end]
        text, markers = _join_lines(
            [(a.text, [(m.char_start, m.number, m.raw) for m in a.markers]), (b.text[:head_end], head_markers)],
            vocabulary,
        )
        out[i] = replace(a, text=text, markers=tuple(Marker(number=n, char_start=pos, raw=raw) for pos, n, raw in markers))
        rest = b.text[cut:]
        if rest.strip():
            out[j] = replace(
                b,
                text=rest,
                markers=tuple(replace(m, char_start=max(0, m.char_start - cut)) for m in b.markers if m.char_start > head_end),
            )
        else:
            out[j] = None
    return [replace(b, order=k) for k, b in enumerate(b for b in out if b is not None)]


def _page_break_pairs(blocks: list[Block], body: list[int]) -> list[tuple[int, int]]:
    """The body blocks (indices) that may go on across each page break: a
    page's last block and the next page's first, or, where both pages have
    side-by-side columns at the break (a law draft's two versions), each
    column's last block and the same column's first on the next page, paired
    left to right (the columns shift between odd and even pages)."""
    pairs = []
    for i, j in zip(body, body[1:]):
        if blocks[j].page_number != blocks[i].page_number + 1:
            continue
        tails = _side_by_side(blocks, [k for k in body if k <= i and blocks[k].page_number == blocks[i].page_number][::-1])
        heads = _side_by_side(blocks, [k for k in body if k >= j and blocks[k].page_number == blocks[j].page_number])
        if len(tails) >= 2 and len(tails) == len(heads):
            pairs.extend(zip(tails, heads))
        else:
            pairs.append((i, j))
    return pairs


def _side_by_side(blocks: list[Block], run: list[int]) -> list[int]:
    """From `run` (a page's body blocks from the page break inwards), the
    first block and those beside it: first in their column, overlapping it in
    height, not in width. Sorted left to right."""
    first = blocks[run[0]].bbox
    found = [run[0]]
    for k in run[1:]:
        box = blocks[k].bbox
        if first is None or box is None:
            break
        beside = box[1] < first[3] and first[1] < box[3] and (box[2] <= first[0] or first[2] <= box[0])
        # Nearer the break in its own column: a block already found overlaps it in width.
        covered = any(_overlap_x(blocks[f].bbox, box) for f in found)
        if beside and not covered:
            found.append(k)
    return sorted(found, key=lambda k: blocks[k].bbox[0])  # type: ignore[index]


def _overlap_x(a: BBox | None, b: BBox | None) -> bool:
    return a is not None and b is not None and min(a[2], b[2]) > max(a[0], b[0])


def _number_marker_series(blocks: list[Block]) -> list[Block]:
    """Markers get a new series each time their numbering starts again at 1."""
    series, last = 0, None
    out = []
    for block in blocks:
        if block.markers:
            numbered = []
            for m in block.markers:
                # Only a marker 1 restarts the numbering: a marker that goes
                # down to another number stands out of order, which the
                # check reports (issue 19).
                if last is not None and m.number <= last and m.number == 1:
                    series += 1
                last = m.number
                numbered.append(replace(m, series=series))
            block = replace(block, markers=tuple(numbered))
        out.append(block)
    return out


def _heading_levels(blocks: list[Block]) -> list[Block]:
    """Heading levels (issue 16, defect 5).

    - A numbered section scheme decides where the document has one (at least
      NUMBERED_HEADINGS_MIN headings numbered '1', '1.1', '1.1.1' ...): the
      number of parts is the level.
    - An unnumbered heading in a numbered document is a chapter when set
      as large as the numbered chapters, else one level under the heading
      before it.
    - In a document without numbers, headings rank by size among the
      headings of the body pages: the largest body heading style is level 1, the next 2, and
      so on (at most MAX_HEADING_LEVEL). A cover page's larger type ('Dir.',
      '2016:15', 'Kommittédirektiv') is level 1 and does not push the body's
      sections down.
    - An italic subheading (level 2 when made) sits one level under the
      heading before it."""
    headings = [b for b in blocks if b.kind == HEADING]
    if not headings:
        return blocks
    numbered = {id(b): m for b in headings if b.level is None and (m := SECTION_NUMBER_RE.match(b.text))}
    use_numbers = len(numbered) >= NUMBERED_HEADINGS_MIN
    cover = headings[0].page_number
    body = [b for b in headings if b.level is None and b.page_number != cover] or [
        b for b in headings if b.level is None
    ]

    def style(b: Block) -> tuple[float, bool]:
        # Size first; a heading in capitals ranks over one in the same size.
        return round((b.font_size or 0) * 2) / 2, b.text.isupper()

    ranks = sorted({style(b) for b in body}, reverse=True)
    chapter_sizes = [style(b)[0] for b in body if id(b) in numbered and "." not in numbered[id(b)].group(1)]
    chapter_size = min(chapter_sizes) if chapter_sizes else math.inf
    top = ranks[0] if ranks else (0.0, False)
    out = []
    current = 0
    for b in blocks:
        if b.kind == HEADING:
            if b.level is not None:  # italic: under the heading before it
                level = min(current + 1, MAX_HEADING_LEVEL) if current else 2
            elif use_numbers and id(b) in numbered:
                level = min(numbered[id(b)].group(1).count(".") + 1, MAX_HEADING_LEVEL)
                current = level
            elif style(b) > top:
                level = 1  # cover-page type, larger than any body heading
                current = level
            elif use_numbers:
                # Unnumbered in a numbered document: a chapter-size heading
                # ('Innehållsförteckning') is a chapter, a smaller one sits
                # under the section before it ('Skälen för regeringens förslag').
                level = 1 if style(b)[0] >= chapter_size - 0.25 else min(current + 1, MAX_HEADING_LEVEL)
            else:
                below = [k for k, r in enumerate(ranks) if r <= style(b)]
                level = min((below[0] if below else len(ranks)) + 1, MAX_HEADING_LEVEL)
                current = level
            b = replace(b, level=level)
        out.append(b)
    return out


def _title(pdf_title: str | None, blocks: list[Block], path: str) -> str:
    """The metadata title when it means something, else the first largest text on page 1.

    A page-1 text that begins with the metadata title and says more wins: Word
    fills Title with the document's first words ('Regeringens proposition')."""
    first_page = [b for b in blocks if b.page_number == 1 and b.kind not in (HEADER, FOOTER, TABLE)]
    page_title = ""
    if first_page:
        largest = max(b.font_size or 0 for b in first_page)
        page_title = " ".join(next(b.text for b in first_page if (b.font_size or 0) == largest).split())
    if pdf_title and any(c.isalpha() for c in pdf_title) and not MEANINGLESS_TITLE_RE.match(pdf_title):
        if page_title.casefold().startswith(pdf_title.casefold()) and len(page_title) > len(pdf_title):
            return page_title
        return pdf_title
    if page_title:
        return page_title
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
