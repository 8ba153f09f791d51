"""Typeset PDFs for the text-fidelity cases of issue 16, whose words are known.

In: a directory. Out: PDFs written with reportlab's canvas, each with the
phrases a reader must get right:

- `no_space_glyphs`: every word drawn on its own (no space glyphs at all), the
  gap between words about 0.25 em or a little more (justified lines), in
  several fonts and sizes -- how many typeset and generated reports are made;
- `law_draft`: the two-column "Nuvarande lydelse / Föreslagen lydelse" table
  of a bill's law draft, without rulings, each column wrapped on its own;
- `page_spanning`: a paragraph that runs on from one page to the next, past a
  page number and a running header, its last word on the page hyphenated;
- `hyphenation`: line-end hyphens of each kind: a word broken in two
  ("för-" / "slaget", the joined word also used elsewhere in the text), a
  compound part before a conjunction ("fri-" / "och rättigheter"), an
  abbreviation compound ("EU-" / "domstolen"), a digit compound ("1990-" /
  "talet").

Everything is drawn with the standard PDF fonts (WinAnsi covers å ä ö), so
pdftotext and any PDF reader read the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from typeset import greedy_lines

PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4
LEFT, WIDTH = 72.0, 400.0

SENTENCES = (
    "Regeringen ger en särskild utredare i uppdrag att se över lagstiftningen om personuppgifter.",
    "På detta sätt skapas också förutsättningar för en mer enhetlig tillämpning i hela landet.",
    "Utredaren ska analysera hur de nuvarande bestämmelserna fungerar och lämna förslag till ändringar.",
    "Myndigheterna har under flera år pekat på brister i samordningen mellan kommuner och regioner.",
    "Kostnaderna för förslagen ska beräknas och finansieras inom befintliga ramar för utgiftsområdet.",
    "Uppdraget ska redovisas senast den 30 juni 2017 i form av ett betänkande till regeringen.",
    "Utredaren ska samråda med Datainspektionen, Skatteverket och andra berörda myndigheter.",
    "Det finns skäl att överväga om tillsynen behöver stärkas och om sanktionerna är ändamålsenliga.",
)

#: (font, size) pairs for the no-space-glyph case: sans, serif, bold and italic, small to large.
#: (font, size, word gap in em): gaps of about a quarter em, some a little tighter.
NO_SPACE_FONTS = (
    ("Helvetica", 10.0, 0.25),
    ("Times-Roman", 11.5, 0.2),
    ("Helvetica-Bold", 9.0, 0.22),
    ("Times-Italic", 12.0, 0.25),
    ("Helvetica", 8.0, 0.18),
    ("Times-Roman", 14.0, 0.24),
)
WORD_GAP_EM = 0.25


@dataclass(frozen=True)
class TypesetText:
    """A typeset PDF and the phrases a reader must give back exactly."""

    path: Path
    phrases: tuple[str, ...]  # each must occur in the text, as is
    absent: tuple[str, ...] = ()  # each must not occur (a glued or wrongly joined word)


def _words_justified(
    canvas: Canvas, words: list[str], font: str, size: float, y: float, justify: bool, gap_em: float = WORD_GAP_EM
) -> None:
    """Draw a line word by word, no space glyphs; a justified line spreads the extra room over the gaps."""
    widths = [stringWidth(w, font, size) for w in words]
    gap = gap_em * size
    if justify and len(words) > 1:
        gap += (WIDTH - sum(widths) - gap * (len(words) - 1)) / (len(words) - 1)
    x = LEFT
    canvas.setFont(font, size)
    for word, width in zip(words, widths):
        canvas.drawString(x, y, word)
        x += width + gap


def _wrap(words: list[str], font: str, size: float, width: float = WIDTH, space: float | None = None) -> list[list[str]]:
    space = WORD_GAP_EM * size if space is None else space
    return greedy_lines(words, lambda word: stringWidth(word, font, size), space, width)


def no_space_glyphs(directory: Path) -> TypesetText:
    path = directory / "utan-mellanslag.pdf"
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    y = PAGE_HEIGHT - 80
    for k, (font, size, gap_em) in enumerate(NO_SPACE_FONTS):
        words = " ".join(SENTENCES[k % len(SENTENCES)] + " " + SENTENCES[(k + 3) % len(SENTENCES)] for _ in range(2)).split()
        lines = _wrap(words, font, size, space=gap_em * size)
        for n, line in enumerate(lines):
            # Every other paragraph justified, the others ragged right at the bare gap.
            _words_justified(canvas, line, font, size, y, justify=k % 2 == 0 and n < len(lines) - 1, gap_em=gap_em)
            y -= 1.3 * size
        y -= 1.2 * size
    canvas.save()
    return TypesetText(path=path, phrases=tuple(s.rstrip(".") for s in SENTENCES[:6]))


LAW_CURRENT = (
    "Personuppgifter får behandlas endast om den registrerade har lämnat sitt samtycke till behandlingen "
    "eller om behandlingen är nödvändig för att fullgöra ett avtal med den registrerade."
)
LAW_PROPOSED = (
    "Personuppgifter får behandlas endast om behandlingen är nödvändig för att utföra en arbetsuppgift "
    "av allmänt intresse eller som ett led i myndighetsutövning enligt lag eller annan författning."
)


def law_draft(directory: Path) -> TypesetText:
    """Two columns side by side, each about 200 points wide, with no rulings."""
    path = directory / "lagforslag.pdf"
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    size, lead, col_width, right = 10.0, 13.0, 195.0, LEFT + 215.0
    y = PAGE_HEIGHT - 80
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(LEFT, y, "Förslag till lag om ändring i personuppgiftslagen (1998:204)")
    y -= 2 * lead
    canvas.setFont("Times-Italic", size)
    canvas.drawString(LEFT, y, "Nuvarande lydelse")
    canvas.drawString(right, y, "Föreslagen lydelse")
    y -= 1.6 * lead
    canvas.setFont("Times-Roman", size)
    canvas.drawString(LEFT + 90, y, "10 §")
    canvas.drawString(right + 90, y, "10 §")
    y -= 1.4 * lead
    space = stringWidth(" ", "Times-Roman", size)
    left_lines = [" ".join(l) for l in _wrap(LAW_CURRENT.split(), "Times-Roman", size, col_width, space)]
    right_lines = [" ".join(l) for l in _wrap(LAW_PROPOSED.split(), "Times-Roman", size, col_width, space)]
    for k in range(max(len(left_lines), len(right_lines))):
        if k < len(left_lines):
            canvas.drawString(LEFT, y, left_lines[k])
        if k < len(right_lines):
            canvas.drawString(right, y, right_lines[k])
        y -= lead
    y -= lead
    canvas.setFont("Times-Roman", size)
    for line in _wrap(SENTENCES[5].split(), "Times-Roman", size, WIDTH, space):
        canvas.drawString(LEFT, y, " ".join(line))
        y -= lead
    canvas.save()
    return TypesetText(path=path, phrases=(LAW_CURRENT, LAW_PROPOSED, "Nuvarande lydelse", "Föreslagen lydelse"))


#: Side by side with indented first lines and columns of different length, as
#: in real bills' law drafts: the first line's gap lines up with nothing.
SIDE_CURRENT = "Även den som ska bedriva undervisning som avses i 17 § får anställas som lärare utan tidsbegränsning."
SIDE_PROPOSED = (
    "Även en lärare som är undantagen från kravet på legitimation enligt föreskrifter som meddelats "
    "med stöd av 13 § tredje stycket får anställas som lärare i skolväsendet utan tidsbegränsning."
)


def law_draft_indented(directory: Path) -> TypesetText:
    """Two columns whose paragraphs start indented and end at different
    lines, under a full-width paragraph; no rulings."""
    path = directory / "lagforslag-indrag.pdf"
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    size, lead, col_width, right, indent = 10.0, 11.5, 190.0, LEFT + 205.0, 10.0
    space = stringWidth(" ", "Times-Roman", size)
    y = PAGE_HEIGHT - 80
    canvas.setFont("Times-Roman", size)
    for line in _wrap(SENTENCES[2].split(), "Times-Roman", size, WIDTH, space):
        canvas.drawString(LEFT, y, " ".join(line))
        y -= lead
    columns = []
    for text in (SIDE_CURRENT, SIDE_PROPOSED):
        words = text.split()
        first = _wrap(words, "Times-Roman", size, col_width - indent, space)[0]
        rest = _wrap(words[len(first):], "Times-Roman", size, col_width, space)
        columns.append([(indent, " ".join(first))] + [(0.0, " ".join(line)) for line in rest])
    for k in range(max(len(c) for c in columns)):
        for x, column in zip((LEFT, right), columns):
            if k < len(column):
                canvas.drawString(x + column[k][0], y, column[k][1])
        y -= lead
    canvas.save()
    # Interleaved, the left column's first line runs on into the right one's.
    glued = f"{columns[0][0][1].split()[-1]} {columns[1][0][1].split()[0]}"
    return TypesetText(path=path, phrases=(SIDE_CURRENT, SIDE_PROPOSED), absent=(glued,))


def _header_and_folio(canvas: Canvas, number: int) -> None:
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(LEFT, PAGE_HEIGHT - 42, "Kommittédirektiv – Översyn av personuppgiftslagen")
    canvas.drawString(PAGE_WIDTH / 2, 34, str(number))


def page_spanning(directory: Path) -> TypesetText:
    """Page 1 filled with paragraphs; the last runs on to page 2, its last word on page 1 hyphenated."""
    path = directory / "sidbrytning.pdf"
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    font, size, lead = "Times-Roman", 11.0, 14.0
    space = stringWidth(" ", font, size)
    y = PAGE_HEIGHT - 86
    bottom = 80.0
    paragraph = " ".join(SENTENCES)
    _header_and_folio(canvas, 1)
    canvas.setFont(font, size)
    while y - 8 * lead > bottom:  # whole paragraphs while two more lines than a paragraph fit
        for line in _wrap(paragraph.split(), font, size, WIDTH, space):
            canvas.drawString(LEFT, y, " ".join(line))
            y -= lead
        y -= 0.6 * lead
    # The spanning paragraph: as many lines as fit, the last one ending in "för-".
    spanning = ("Regeringen anser att en ny ordning behövs. " * 3).split() + ["Utredaren", "ska", "lämna", "för-"]
    rest = ["slaget", "till", "en", "ny", "lag", "senast", "den", "30", "juni", "2017."]
    lines = _wrap(spanning, font, size, WIDTH, space)
    fits = int((y - bottom) // lead)
    lines = lines[-fits:] if len(lines) > fits else lines
    for line in lines:
        canvas.drawString(LEFT, y, " ".join(line))
        y -= lead
    canvas.showPage()
    _header_and_folio(canvas, 2)
    canvas.setFont(font, size)
    y = PAGE_HEIGHT - 86
    canvas.drawString(LEFT, y, " ".join(rest))
    y -= 1.6 * lead
    for line in _wrap(SENTENCES[0].split(), font, size, WIDTH, space):
        canvas.drawString(LEFT, y, " ".join(line))
        y -= lead
    canvas.save()
    return TypesetText(
        path=path, phrases=("Utredaren ska lämna förslaget till en ny lag senast den 30 juni 2017.",), absent=("för- slaget",)
    )


#: Lines ending in a hyphen, then the start of the next line, then what the joined text must say.
HYPHEN_CASES = (
    ("Utredaren ska lämna för-", "slaget till riksdagen.", "lämna förslaget till"),
    ("Direktiven gäller skyddet för fri-", "och rättigheter i grundlagen.", "fri- och rättigheter"),
    ("Förbudet gäller försäljning av tobaks-", "eller nikotinprodukter.", "tobaks- eller nikotinprodukter"),
    ("Frågan har prövats av EU-", "domstolen i flera mål.", "EU-domstolen"),
    ("Reformen genomfördes under 1990-", "talet i alla kommuner.", "1990-talet"),
    ("Insatserna riktar sig till barn-", "och ungdomsvården.", "barn- och ungdomsvården"),
    ("Kommunerna ansvarar för skol-", "respektive äldreomsorgen.", "skol- respektive äldreomsorgen"),
)


def hyphenation(directory: Path) -> TypesetText:
    """One short paragraph per case, each broken at the case's hyphen; the
    last paragraph uses the joined word 'förslaget' unbroken (the document's
    own vocabulary)."""
    path = directory / "avstavning.pdf"
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    font, size, lead = "Times-Roman", 11.0, 14.0
    canvas.setFont(font, size)
    y = PAGE_HEIGHT - 86
    for first, second, _ in HYPHEN_CASES:
        # The first line is filled out to the column's width with a lead-in, as a wrapped line is.
        lead_in = "Enligt uppdraget gäller följande."
        canvas.drawString(LEFT, y, f"{lead_in} {first}")
        y -= lead
        canvas.drawString(LEFT, y, second)
        y -= 2 * lead
    canvas.drawString(LEFT, y, "Regeringen har därför lagt fram förslaget i en proposition.")
    canvas.save()
    return TypesetText(path=path, phrases=tuple(case[2] for case in HYPHEN_CASES))


CASES = {
    "no_space_glyphs": no_space_glyphs,
    "law_draft": law_draft,
    "law_draft_indented": law_draft_indented,
    "page_spanning": page_spanning,
    "hyphenation": hyphenation,
}
