"""Typeset report PDFs whose content is known, for the PDF parser's tests and benchmarks.

In: a small spec (number of pages, footnotes per page, the page where footnote
numbering restarts, an optional password). Out: a PDF written with reportlab's
canvas, laid out like a Swedish government report -- a running header, page
numbers, a margin label in the outer margin (mirrored on even pages), headings,
body paragraphs with superscript footnote markers, a footnote area under a
short rule at each page's bottom, a ruled table, a chart with a 'Figur 1: ...'
caption and a 'Källa: ...' line -- and a `TruthSpec` that says exactly what a
parser must find: every footnote (number, text, page, series) and every marker
(number, page, series, the word it follows).

Everything is drawn directly on the canvas (no platypus), so a 1,000-page
document takes seconds. `typeset_scanned` writes pages with shapes and an image
but no text layer; `write_pdf_without_pages` writes a valid PDF with 0 pages.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4

# The text column; even pages mirror it (the label then sits in the left margin).
COLUMN_WIDTH = 360.0
ODD_COLUMN_LEFT = 72.0
EVEN_COLUMN_LEFT = PAGE_WIDTH - 72.0 - COLUMN_WIDTH
ODD_LABEL_X = ODD_COLUMN_LEFT + COLUMN_WIDTH + 22.0
EVEN_LABEL_RIGHT = EVEN_COLUMN_LEFT - 22.0

BODY_SIZE, BODY_LEADING, PARAGRAPH_SPACE = 10.5, 14.0, 9.0
MARKER_SIZE, MARKER_RISE = 6.5, 4.0
NOTE_SIZE, NOTE_LEADING, NOTE_SPACE = 8.0, 10.0, 2.0
NOTE_NUMBER_SIZE, NOTE_NUMBER_RISE, NOTE_INDENT = 5.5, 3.0, 8.0
TITLE_SIZE, HEADING_SIZE = 18.0, 13.0
HEADER_SIZE, LABEL_SIZE, FOLIO_SIZE, CAPTION_SIZE = 8.5, 9.0, 9.0, 9.0
RULE_WIDTH = 120.0

BODY_TOP = PAGE_HEIGHT - 86.0  # first baseline
NOTES_BOTTOM = 64.0  # baseline of the last footnote line
FOLIO_Y = 34.0
HEADER_Y = PAGE_HEIGHT - 42.0

TITLE_LINES = ("Uppföljning av målet att mäns", "våld mot kvinnor ska upphöra")
TITLE = " ".join(TITLE_LINES)
RUNNING_HEADER = "Jämställdhetsmyndigheten – Fördjupad uppföljning 2024"
MARGIN_LABEL = "Rapport 2024:7"
SECTION_HEADINGS = (
    "Inledning och utgångspunkter",
    "Våld i nära relationer",
    "Hedersrelaterat våld och förtryck",
    "Prostitution och människohandel",
    "Förebyggande arbete i kommunerna",
    "Rättsväsendets åtgärder",
    "Myndigheternas samverkan",
    "Bedömning och förslag",
)
SUBHEADING = "Läget i förhållande till målsättningen"
TABLE_CAPTION = "Tabell 1: Anmälda brott per län år 2023"
TABLE_ROWS = (
    ("Län", "Anmälda brott", "Andel (%)"),
    ("Stockholms län", "12 450", "31,2"),
    ("Västra Götalands län", "8 730", "21,9"),
    ("Skåne län", "7 115", "17,8"),
)
TABLE_SOURCE = "Källa: Brottsförebyggande rådet, kriminalstatistik."
FIGURE_CAPTION = "Figur 1: Andel kvinnor som utsatts för våld i nära relationer, 2016–2023"
FIGURE_SOURCE = "Källa: Nationella trygghetsundersökningen (NTU), Brå."

SENTENCES = (
    "Jämställdhetsmyndigheten bedömer att arbetet mot mäns våld mot kvinnor har stärkts under perioden.",
    "Fler kommuner har tagit fram handlingsplaner för våld i nära relationer.",
    "Samtidigt är skillnaderna mellan länen fortfarande stora.",
    "Andelen våldsutsatta kvinnor som söker stöd hos socialtjänsten har ökat något.",
    "Myndigheterna behöver förbättra uppföljningen av de åtgärder som genomförs.",
    "Det förebyggande arbetet når ännu inte alla målgrupper på ett jämlikt sätt.",
    "Kunskapen om hedersrelaterat våld och förtryck har ökat i skolan och hälso- och sjukvården.",
    "Regeringen har gett flera myndigheter i uppdrag att samordna sina insatser.",
    "Länsstyrelserna stödjer kommunernas arbete med kompetensutveckling och metodstöd.",
    "Våldet drabbar även barn som bevittnar övergrepp i hemmet.",
    "Få gärningspersoner tar del av behandlingsinsatser under och efter verkställigheten.",
    "Skyddade boenden ska enligt den nya lagen kunna erbjuda en tryggare miljö för våldsutsatta.",
    "Uppgifterna från rättsväsendet visar att antalet anmälda brott har ökat.",
    "Det är ännu för tidigt att avgöra om ökningen beror på fler brott eller på en högre anmälningsbenägenhet.",
    "Civilsamhällets organisationer har en viktig roll i stödet till våldsutsatta kvinnor.",
    "Åtgärderna måste följas upp systematiskt för att effekterna ska kunna bedömas.",
    "Många kvinnor uppger att de inte fått tillräcklig information om sina rättigheter.",
    "Kvinnofridsbrott utreds i större utsträckning av särskilda utredningsgrupper än tidigare.",
)
NOTE_SOURCES = (
    "Brottsförebyggande rådet",
    "Socialstyrelsen",
    "Jämställdhetsmyndigheten",
    "Länsstyrelsen i Östergötland",
    "Nationellt centrum för kvinnofrid",
    "Åklagarmyndigheten",
    "Polismyndigheten",
    "Statskontoret",
)
NOTE_TITLES = (
    "Nationella trygghetsundersökningen",
    "Våld i nära relationer – en kartläggning",
    "Kommunernas arbete mot våld i nära relationer",
    "Hedersrelaterat våld och förtryck i skolan",
    "Uppföljning av den nationella strategin",
    "Stöd till våldsutsatta kvinnor i Sverige",
)
# Long words with a hyphenation point ('|'): where one falls at a line end the
# footnote wraps as 'ord-' + 'ning', which the parser must join to 'ordning'.
HYPHENATABLE = (
    "jämställd|hetspolitiken",
    "kvinno|fridsbrotten",
    "uppfölj|ningsansvaret",
    "myndig|heternas",
    "verkställig|heten",
    "handlings|planerna",
)


@dataclass(frozen=True)
class FootnoteTruth:
    number: int
    text: str
    page_number: int
    series: int


@dataclass(frozen=True)
class MarkerTruth:
    number: int
    page_number: int
    series: int
    follows: str  # the word (with its punctuation) the marker is glued to


@dataclass(frozen=True)
class TruthSpec:
    path: Path
    pages: int
    title: str
    running_header: str
    margin_label: str
    footnotes: tuple[FootnoteTruth, ...]
    markers: tuple[MarkerTruth, ...]
    headings: tuple[str, ...]
    table_rows: tuple[tuple[str, ...], ...]
    captions: tuple[str, ...]
    hyphenated_footnotes: int  # footnotes that wrap with a hyphen inside a word
    font: str


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str


@lru_cache(maxsize=1)
def _fonts() -> _Fonts:
    """DejaVu Sans when the system has it (full Unicode), else Helvetica (WinAnsi covers å ä ö)."""
    for directory in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"):
        regular, bold = Path(directory, "DejaVuSans.ttf"), Path(directory, "DejaVuSans-Bold.ttf")
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return _Fonts("DejaVuSans", "DejaVuSans-Bold")
    return _Fonts("Helvetica", "Helvetica-Bold")


class _Measure:
    """stringWidth with a cache: the same words come back on every page."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, float], float] = {}

    def __call__(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self._cache.get(key)
        if width is None:
            width = self._cache[key] = pdfmetrics.stringWidth(text, font, size)
        return width


@dataclass
class _Token:
    word: str
    marker: int | None = None


def typeset_report(
    path: str | Path,
    pages: int = 6,
    footnotes_per_page: int = 3,
    restart_numbering_at_page: int | None = None,
    password: str | None = None,
    owner_password: str | None = None,
    continue_notes: bool = False,
    seed: int = 2024,
    drawn_numbers: dict[int, int] | None = None,
    swapped_markers: tuple[int, int] | None = None,
) -> TruthSpec:
    """Write a report PDF to `path` and return what it contains.

    Every page carries `footnotes_per_page` footnotes (and their markers);
    numbering restarts at 1 on `restart_numbering_at_page` (series 1). With a
    `password` the PDF is encrypted and needs it to open; with only an
    `owner_password` it is encrypted but opens without one (permissions only,
    as many published government PDFs are). With
    `continue_notes` each page's last footnote is long and runs on at the top
    of the next page's footnote area, under a full-width rule, as Word does.

    Author errors (issue 19): `drawn_numbers` prints footnote N's number as
    another (`{5: 4}`: footnote 5 numbered 4 at the page bottom), and
    `swapped_markers` (N, N+1) prints each of the two markers as the other;
    the truth stays what the footnotes are."""
    if pages < 1:
        raise ValueError(f"pages must be at least 1, got {pages}")
    if not 0 <= footnotes_per_page <= 8:
        raise ValueError(f"footnotes_per_page must be 0..8 (they must fit on a page), got {footnotes_per_page}")
    fonts = _fonts()
    measure = _Measure()
    path = Path(path)
    encrypt = None
    if password or owner_password:
        encrypt = StandardEncryption(password or "", ownerPassword=owner_password or f"{password}-owner", canModify=0)
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), encrypt=encrypt, invariant=1)
    canvas.setTitle(TITLE)
    canvas.setAuthor("kallkoll test typesetter")
    rng = random.Random(seed)

    footnotes: list[FootnoteTruth] = []
    markers: list[MarkerTruth] = []
    headings: list[str] = [TITLE]
    number, series, hyphenated = 0, 0, 0
    carried: list[str] = []  # lines of a footnote that runs on to this page
    table_page = min(2, pages)
    figure_page = min(3, pages)
    for page_number in range(1, pages + 1):
        if page_number == restart_numbering_at_page:
            number, series = 0, series + 1
        left = ODD_COLUMN_LEFT if page_number % 2 else EVEN_COLUMN_LEFT
        _draw_furniture(canvas, page_number, left, fonts, measure)

        # Footnotes first: their area decides where the body must stop.
        notes: list[tuple[int | None, list[str]]] = [(None, carried)] if carried else []
        carried = []
        for k in range(footnotes_per_page):
            number += 1
            runs_on = continue_notes and k == footnotes_per_page - 1 and page_number < pages
            raw = _note_text(rng, long=True if runs_on else None)
            lines = _wrap_note(raw, fonts.regular, measure)
            hyphenated += any(line.endswith("-") and "|" in raw for line in lines[:-1])
            if runs_on:
                cut = max(1, len(lines) // 2)
                lines, carried = lines[:cut], lines[cut:]
            notes.append((number, lines))
            footnotes.append(FootnoteTruth(number, raw.replace("|", ""), page_number, series))
        notes_top = _draw_notes(canvas, notes, left, fonts, measure, drawn_numbers or {})

        y = BODY_TOP
        if page_number == 1:
            canvas.setFont(fonts.regular, TITLE_SIZE)
            for line in TITLE_LINES:
                canvas.drawString(left, y, line)
                y -= TITLE_SIZE + 4
            y -= 18
        else:
            heading = f"{page_number - 1} {SECTION_HEADINGS[(page_number - 2) % len(SECTION_HEADINGS)]}"
            headings.append(heading)
            canvas.setFont(fonts.bold, HEADING_SIZE)
            canvas.drawString(left, y, heading)
            y -= HEADING_SIZE + 16
        if page_number == table_page:
            y = _draw_table(canvas, left, y, fonts, measure)
        if page_number == figure_page:
            y = _draw_figure(canvas, left, y, fonts, rng)
        if page_number % 3 == 1 and page_number > 1:
            headings.append(SUBHEADING)
            canvas.setFont(fonts.bold, BODY_SIZE)
            canvas.drawString(left, y, SUBHEADING)
            y -= BODY_LEADING + 4

        pending = [n for n, _ in notes if n is not None]
        limit = notes_top + 2 * BODY_LEADING
        while True:
            per_paragraph = max(1, math.ceil(len(pending) / 2)) if pending else 0
            tokens, placed = _paragraph(rng, pending[:per_paragraph], sentences=rng.randint(2, 4))
            lines = _wrap(tokens, fonts.regular, measure)
            if y - (len(lines) - 1) * BODY_LEADING < limit:
                if not pending:
                    break
                # Not enough room left: a one-sentence paragraph carries the rest.
                tokens, placed = _paragraph(rng, pending, sentences=1)
                lines = _wrap(tokens, fonts.regular, measure)
                if y - (len(lines) - 1) * BODY_LEADING < limit:
                    raise ValueError(f"page {page_number}: no room for the markers {pending}; use fewer footnotes")
            if swapped_markers:
                a, b = swapped_markers
                for token in tokens:
                    token.marker = {a: b, b: a}.get(token.marker, token.marker)  # type: ignore[arg-type]
                placed = [({a: b, b: a}.get(n, n), word) for n, word in placed]
            for n, word in placed:
                markers.append(MarkerTruth(n, page_number, series, word))
            pending = pending[len(placed) :]
            y = _draw_lines(canvas, lines, left, y, fonts, measure)
            y -= PARAGRAPH_SPACE
        canvas.showPage()
    canvas.save()
    return TruthSpec(
        path=path,
        pages=pages,
        title=TITLE,
        running_header=RUNNING_HEADER,
        margin_label=MARGIN_LABEL,
        footnotes=tuple(footnotes),
        markers=tuple(markers),
        headings=tuple(headings),
        table_rows=TABLE_ROWS,
        captions=(TABLE_CAPTION, TABLE_SOURCE, FIGURE_CAPTION, FIGURE_SOURCE),
        hyphenated_footnotes=hyphenated,
        font=fonts.regular,
    )


def _draw_furniture(canvas: Canvas, page_number: int, left: float, fonts: _Fonts, measure: _Measure) -> None:
    canvas.setFont(fonts.regular, HEADER_SIZE)
    canvas.drawString(left, HEADER_Y, RUNNING_HEADER)
    canvas.setFont(fonts.regular, FOLIO_SIZE)
    canvas.drawCentredString(left + COLUMN_WIDTH / 2, FOLIO_Y, str(page_number))
    # The label shares the first body line's baseline, as in a government bill.
    canvas.setFont(fonts.regular, LABEL_SIZE)
    if page_number % 2:
        canvas.drawString(ODD_LABEL_X, BODY_TOP, MARGIN_LABEL)
    else:
        canvas.drawRightString(EVEN_LABEL_RIGHT, BODY_TOP, MARGIN_LABEL)


def _note_text(rng: random.Random, long: bool | None = None) -> str:
    source = rng.choice(NOTE_SOURCES)
    title = rng.choice(NOTE_TITLES)
    year = rng.randint(2015, 2024)
    text = f"{source} ({year}). {title}, s. {rng.randint(3, 240)}."
    if rng.random() < 0.5 if long is None else long:
        # A longer, explanatory note that wraps (sometimes inside a word).
        words = [rng.choice(HYPHENATABLE), "har", "granskats", "i", "flera", "omgångar", "och"]
        words += [rng.choice(HYPHENATABLE), "redovisas", "årligen", "till", "regeringen", "enligt"]
        words += ["förordningen", "med", "instruktion", "för", rng.choice(HYPHENATABLE) + "."]
        text += " Se även avsnittet om " + " ".join(words)
    return text


def _wrap_note(text: str, font: str, measure: _Measure) -> list[str]:
    """Greedy wrap at the column width; a word with '|' may break there with a hyphen."""
    width = COLUMN_WIDTH - 3 * NOTE_INDENT  # room for a number of up to four digits
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if measure(candidate.replace("|", ""), font, NOTE_SIZE) <= width:
            line = candidate
            continue
        if "|" in word:
            head, tail = word.split("|", 1)
            first = f"{line} {head}-" if line else f"{head}-"
            if measure(first.replace("|", ""), font, NOTE_SIZE) <= width:
                lines.append(first)
                line = tail
                continue
        lines.append(line)
        line = word
    lines.append(line)
    return [line.replace("|", "") for line in lines]


def _draw_notes(
    canvas: Canvas,
    notes: list[tuple[int | None, list[str]]],
    left: float,
    fonts: _Fonts,
    measure: _Measure,
    drawn: dict[int, int],
) -> float:
    """Draw the footnote area upwards from the page bottom; return its top (y of the rule).

    A note without a number continues the previous page's last note; it comes
    first, under a full-width continuation rule."""
    if not notes:
        return NOTES_BOTTOM
    total_lines = sum(len(lines) for _, lines in notes)
    y = NOTES_BOTTOM + (total_lines - 1) * NOTE_LEADING + (len(notes) - 1) * NOTE_SPACE
    rule_y = y + NOTE_SIZE + 6
    canvas.setLineWidth(0.5)
    canvas.line(left, rule_y, left + (COLUMN_WIDTH if notes[0][0] is None else RULE_WIDTH), rule_y)
    for number, lines in notes:
        indent = NOTE_INDENT
        if number is not None:
            shown = str(drawn.get(number, number))
            canvas.setFont(fonts.regular, NOTE_NUMBER_SIZE)
            canvas.drawString(left, y + NOTE_NUMBER_RISE, shown)
            indent = max(NOTE_INDENT, measure(shown, fonts.regular, NOTE_NUMBER_SIZE) + 1.5)
        canvas.setFont(fonts.regular, NOTE_SIZE)
        for line in lines:
            canvas.drawString(left + indent, y, line)
            y -= NOTE_LEADING
        y -= NOTE_SPACE
    return rule_y


def _paragraph(rng: random.Random, numbers: list[int], sentences: int) -> tuple[list[_Token], list[tuple[int, str]]]:
    """A paragraph of Swedish sentences with markers glued to chosen words, in order."""
    words = " ".join(rng.choice(SENTENCES) for _ in range(sentences)).split(" ")
    tokens = [_Token(w) for w in words]
    # Markers go after a sentence's full stop or after a word inside a
    # sentence, never two on one word, numbered in reading order.
    if len(numbers) > len(tokens):
        raise ValueError(f"{len(numbers)} markers do not fit in a paragraph of {len(tokens)} words")
    spots: set[int] = set()
    for _ in numbers:
        spot = rng.randrange(len(tokens))
        if rng.random() < 0.5:
            spot = next((k for k in range(spot, len(tokens)) if tokens[k].word.endswith(".")), spot)
        while spot in spots:
            spot = (spot + 1) % len(tokens)
        spots.add(spot)
    placed = []
    for number, spot in zip(numbers, sorted(spots)):
        tokens[spot].marker = number
        placed.append((number, tokens[spot].word))
    return tokens, placed


def _token_width(token: _Token, font: str, measure: _Measure) -> float:
    width = measure(token.word, font, BODY_SIZE)
    if token.marker is not None:
        width += measure(str(token.marker), font, MARKER_SIZE)
    return width


def _wrap(tokens: list[_Token], font: str, measure: _Measure) -> list[list[_Token]]:
    return greedy_lines(tokens, lambda t: _token_width(t, font, measure), measure(" ", font, BODY_SIZE), COLUMN_WIDTH)


T = TypeVar("T")


def greedy_lines(items: list[T], width_of: Callable[[T], float], space: float, line_width: float) -> list[list[T]]:
    """`items` filled into lines of at most `line_width` points, `space`
    between neighbours, as many as fit on each line (ragged right)."""
    lines: list[list[T]] = [[]]
    width = 0.0
    for item in items:
        w = width_of(item)
        if lines[-1] and width + space + w > line_width:
            lines.append([])
            width = 0.0
        width += (space if lines[-1] else 0.0) + w
        lines[-1].append(item)
    return lines


def _draw_lines(
    canvas: Canvas, lines: list[list[_Token]], left: float, y: float, fonts: _Fonts, measure: _Measure
) -> float:
    """Draw ragged-right lines; text between markers goes out in one string."""
    for line in lines:
        x = left
        run: list[str] = []
        for token in line:
            run.append(token.word)
            if token.marker is None:
                continue
            text = " ".join(run)
            canvas.setFont(fonts.regular, BODY_SIZE)
            canvas.drawString(x, y, text)
            x += measure(text, fonts.regular, BODY_SIZE)
            canvas.setFont(fonts.regular, MARKER_SIZE)
            canvas.drawString(x, y + MARKER_RISE, str(token.marker))
            x += measure(str(token.marker), fonts.regular, MARKER_SIZE)
            run = [""]  # the next word follows after a space
        text = " ".join(run)
        if text.strip():
            canvas.setFont(fonts.regular, BODY_SIZE)
            canvas.drawString(x, y, text)
        y -= BODY_LEADING
    return y


def _draw_table(canvas: Canvas, left: float, y: float, fonts: _Fonts, measure: _Measure) -> float:
    """A caption, a fully ruled 3x4 table (pdfplumber's finder needs the lines), and its source."""
    canvas.setFont(fonts.regular, CAPTION_SIZE)
    canvas.drawString(left, y, TABLE_CAPTION)
    y -= 10
    widths = (150.0, 110.0, 100.0)
    row_height = 18.0
    top = y
    bottom = top - row_height * len(TABLE_ROWS)
    canvas.setLineWidth(0.6)
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    for k in range(len(TABLE_ROWS) + 1):
        canvas.line(left, top - k * row_height, xs[-1], top - k * row_height)
    for x in xs:
        canvas.line(x, top, x, bottom)
    for r, row in enumerate(TABLE_ROWS):
        canvas.setFont(fonts.bold if r == 0 else fonts.regular, 9.5)
        for c, cell in enumerate(row):
            canvas.drawString(xs[c] + 5, top - (r + 1) * row_height + 5.5, cell)
    y = bottom - 14
    canvas.setFont(fonts.regular, CAPTION_SIZE)
    canvas.drawString(left, y, TABLE_SOURCE)
    return y - 26


def _draw_figure(canvas: Canvas, left: float, y: float, fonts: _Fonts, rng: random.Random) -> float:
    """A caption, a bar chart without text (filled bars on a base line), and its source."""
    canvas.setFont(fonts.regular, CAPTION_SIZE)
    canvas.drawString(left, y, FIGURE_CAPTION)
    base = y - 100
    canvas.setLineWidth(0.8)
    canvas.line(left, base, left + 300, base)
    canvas.setFillGray(0.55)
    for k in range(8):
        height = 20 + 55 * rng.random()
        canvas.rect(left + 12 + k * 36, base + 1.5, 22, height, stroke=0, fill=1)
    canvas.setFillGray(0)
    y = base - 16
    canvas.setFont(fonts.regular, CAPTION_SIZE)
    canvas.drawString(left, y, FIGURE_SOURCE)
    return y - 26


def typeset_scanned(path: str | Path, pages: int = 2) -> Path:
    """A PDF like a scan without OCR: each page holds drawn shapes and an image, no text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    path = Path(path)
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    image = Image.new("L", (300, 400), 255)
    draw = ImageDraw.Draw(image)
    for k in range(0, 380, 14):
        draw.line((20, 10 + k, 280 - (k % 60), 10 + k), fill=40, width=3)  # lines that look like text
    for _ in range(pages):
        canvas.drawImage(ImageReader(image), 72, 200, width=450, height=600)
        canvas.rect(72, 120, 200, 40, stroke=1, fill=0)
        canvas.line(72, 100, 520, 100)
        canvas.showPage()
    canvas.save()
    return path


def write_pdf_without_pages(path: str | Path) -> Path:
    """A syntactically valid PDF whose page tree is empty (/Count 0)."""
    from hostile_pdf import pdf

    path = Path(path)
    path.write_bytes(pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    return path
