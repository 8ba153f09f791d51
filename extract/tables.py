"""Tables and charts of a report, with their captions, sources and references.

In: a `ParsedDocument` (and optionally its sentences per block). Out: `Table`
records (label, caption, header row, data rows, source, page) for each TABLE
block, and `Chart` records (label, caption, source, page, the sentences that
refer to the chart) for each ``Figur N``/``Diagram N`` caption.

Table cells. A PDF, HTML or Markdown table block holds one row per line with
cells joined by ``' | '``. The text layer of a PDF loses the cell borders, so
its rows are rebuilt from the numbers: the header's trailing cells are the
years (or, failing that, as many words as the data rows have numbers), a data
line ends in numeric cells, and a line with no numbers is the start of a row
label that wrapped ("Missbruks- och" / "beroendevården" / "50 55 …"), joined
to the label of the next line that has numbers. Numbers are read as Swedish
ones ("12,5", "−3", "45 %"); a dash or ".." is a missing value (None). A
thousands separator written as a space cannot be told from a cell boundary
in the text layer; such numbers come out as two cells.

Captions and sources. A table's caption is the ``Tabell N`` caption right
before the table block (or right after it, for tables captioned below); its
source is the ``Källa:`` caption right after. A chart's source is the
``Källa:`` caption after its ``Figur N`` caption. A source note after " * "
("Källa: Brå. * Statistiken kommer från …") is kept apart as `note`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extract.sentences import SentenceSpan, split_sentences
from ingest.model import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, TABLE, ParsedDocument
from ingest.text import HYPHEN_CONJUNCTIONS  # one list of the words a hyphenated compound part may precede

Cell = str | int | float | None

TABLE_WORDS = ("Tabell",)
CHART_WORDS = ("Figur", "Diagram", "Bild", "Karta")
_LABEL = re.compile(r"^\s*(?P<word>[^\W\d_]+)\s+(?P<number>\d+)(?:\s*[:.–—-])?\s*(?P<caption>.*)$", re.DOTALL)
_SOURCE = re.compile(r"^\s*Käll(?:a|or)\s*:\s*(?P<text>.*)$", re.DOTALL | re.IGNORECASE)
# "figur 5", "Figur 2", "figurerna 3 och 4", "tabell 1": a reference word, then numbers.
_REFERENCE = re.compile(
    r"\b(?P<word>figur|diagram|tabell|bild|karta)(?:en|erna|er|na)?\s+(?P<numbers>\d+(?:\s*(?:,|och|–|-)\s*\d+)*)(?!\d)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[-−–]?\d+(?:[.,]\d+)?\s?%?$")
_MISSING = frozenset({"–", "-", "—", "..", "…", "x", "X"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# How many blocks away a caption may stand from its table or chart.
CAPTION_DISTANCE = 3
SENTENCE_BLOCK_KINDS = (PARAGRAPH, LIST_ITEM)


@dataclass(frozen=True)
class Reference:
    """A sentence that refers to a table or chart ("I figur 5 illustreras …")."""

    block_index: int
    sentence_index: int
    page_number: int
    text: str


@dataclass(frozen=True)
class Table:
    label: str | None
    caption: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    source: str | None
    page_number: int
    block_index: int
    note: str | None = None
    references: tuple[Reference, ...] = ()

    def row(self, label: str) -> tuple[Cell, ...] | None:
        """The cells after the label of the row labelled `label`."""
        return next((r[1:] for r in self.rows if r and r[0] == label), None)


@dataclass(frozen=True)
class Chart:
    label: str
    caption: str
    source: str | None
    page_number: int
    block_index: int
    note: str | None = None
    references: tuple[Reference, ...] = ()


def extract_tables(parsed: ParsedDocument, sentences_per_block: Sequence[Sequence[SentenceSpan]] | None = None) -> list[Table]:
    """One `Table` per table block of `parsed`."""
    blocks = parsed.blocks
    references = _references(parsed, sentences_per_block)
    out: list[Table] = []
    for i, block in enumerate(blocks):
        if block.kind != TABLE:
            continue
        label_at = _caption_near(parsed, i, TABLE_WORDS)
        label = caption = None
        if label_at is not None:
            m = _LABEL.match(blocks[label_at].text)
            if m:
                label = f"{m.group('word')} {m.group('number')}"
                caption = m.group("caption").strip() or None
        source, note = _source_after(parsed, max(i, label_at or i))
        header, rows = parse_table_text(block.text)
        out.append(
            Table(
                label=label,
                caption=caption,
                header=header,
                rows=rows,
                source=source,
                page_number=block.page_number,
                block_index=i,
                note=note,
                references=references.get(label.lower(), ()) if label else (),
            )
        )
    return out


def extract_charts(parsed: ParsedDocument, sentences_per_block: Sequence[Sequence[SentenceSpan]] | None = None) -> list[Chart]:
    """One `Chart` per ``Figur N``/``Diagram N`` caption of `parsed`."""
    references = _references(parsed, sentences_per_block)
    out: list[Chart] = []
    for i, block in enumerate(parsed.blocks):
        m = _LABEL.match(block.text) if block.kind == CAPTION else None
        if m is None or m.group("word").capitalize() not in CHART_WORDS:
            continue
        label = f"{m.group('word').capitalize()} {m.group('number')}"
        source, note = _source_after(parsed, i)
        out.append(
            Chart(
                label=label,
                caption=m.group("caption").strip(),
                source=source,
                page_number=block.page_number,
                block_index=i,
                note=note,
                references=references.get(label.lower(), ()),
            )
        )
    return out


# --- table cells -------------------------------------------------------------------


def parse_table_text(text: str) -> tuple[tuple[str, ...], tuple[tuple[Cell, ...], ...]]:
    """(header, data rows) of a table block's text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return (), ()
    if any(" | " in line or line.startswith("|") or line.endswith("|") for line in lines):
        rows = [[c.strip() for c in line.strip("|").split(" | ")] for line in lines]
        header = tuple(rows[0])
        return header, tuple(tuple([r[0], *(_cell(c) for c in r[1:])]) for r in rows[1:])
    return _rebuild_rows(lines)


def _rebuild_rows(lines: list[str]) -> tuple[tuple[str, ...], tuple[tuple[Cell, ...], ...]]:
    """Rows of a table whose cell borders the text layer lost (see the module docstring)."""
    split = [_split_trailing_numbers(line) for line in lines]
    header_at = next((k for k, (_, cells) in enumerate(split) if cells and all(_YEAR.match(c) for c in cells)), None)
    data_counts = Counter(len(cells) for k, (_, cells) in enumerate(split) if cells and k != header_at)
    width = data_counts.most_common(1)[0][0] if data_counts else 0
    if header_at is not None:
        label_lines = [lines[k] for k in range(header_at)]  # a header label that wrapped
        header_label = _join_label([*label_lines, split[header_at][0]])
        header = (header_label, *split[header_at][1])
        start = header_at + 1
        width = len(split[header_at][1])
    else:
        words = lines[0].split()
        header = (" ".join(words[: len(words) - width]), *words[len(words) - width :]) if 0 < width < len(words) else (lines[0],)
        start = 1

    rows: list[tuple[Cell, ...]] = []
    pending: list[str] = []
    for label, cells in split[start:]:
        if not cells:
            pending.append(label)
            continue
        if width and len(cells) > width:
            # More numbers than columns: the first ones belong to the label ("Region 1 52 59 …").
            label = f"{label} {' '.join(cells[: len(cells) - width])}".strip()
            cells = cells[len(cells) - width :]
        rows.append((_join_label([*pending, label]), *(_cell(c) for c in cells)))
        pending = []
    if pending and rows:
        # Trailing label-only lines (a footnote under the table) are kept as a row.
        rows.append((_join_label(pending),))
    return header, tuple(rows)


def _split_trailing_numbers(line: str) -> tuple[str, list[str]]:
    tokens = line.split()
    # "45 %" is one cell: glue a lone percent sign to the number before it.
    merged: list[str] = []
    for tok in tokens:
        if tok == "%" and merged:
            merged[-1] += " %"
        else:
            merged.append(tok)
    k = len(merged)
    while k > 0 and (_NUMBER.match(merged[k - 1]) or merged[k - 1] in _MISSING):
        k -= 1
    return " ".join(merged[:k]), merged[k:]


def _cell(text: str) -> Cell:
    """A data cell: an int or float when it is a number, None when missing."""
    t = text.strip()
    if t in _MISSING:
        return None
    if not _NUMBER.match(t):
        return t
    t = t.rstrip("%").strip().replace("−", "-").replace("–", "-").replace(",", ".")
    return float(t) if "." in t else int(t)


def _join_label(parts: list[str]) -> str:
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalnum() and part.split(" ", 1)[0] not in HYPHEN_CONJUNCTIONS:
            # "Missbruks-" + "vården": a word broken at its hyphen; the hyphen is
            # kept, as ingest/text.py does, since a soft one cannot be told apart.
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out


# --- captions, sources, references -------------------------------------------------


def _caption_near(parsed: ParsedDocument, table_index: int, words: tuple[str, ...]) -> int | None:
    """The index of the labelled caption for the table at `table_index`: the
    nearest one before it, else the nearest one after it."""
    blocks = parsed.blocks
    candidates = [*range(table_index - 1, max(-1, table_index - 1 - CAPTION_DISTANCE), -1)] + [
        *range(table_index + 1, min(len(blocks), table_index + 1 + CAPTION_DISTANCE))
    ]
    for k in candidates:
        block = blocks[k]
        if block.kind in (TABLE, HEADING):
            continue
        m = _LABEL.match(block.text) if block.kind == CAPTION else None
        if m and m.group("word").capitalize() in words:
            return k
    return None


def _source_after(parsed: ParsedDocument, index: int) -> tuple[str | None, str | None]:
    """The `Källa:` caption after block `index`, before any other table or
    labelled caption: (source, note)."""
    blocks = parsed.blocks
    for k in range(index + 1, min(len(blocks), index + 1 + CAPTION_DISTANCE)):
        block = blocks[k]
        m = _SOURCE.match(block.text) if block.kind == CAPTION else None
        if m:
            source, _, note = m.group("text").partition(" * ")
            return _strip_period(source), _strip_period(note) or None
        if block.kind in (TABLE, HEADING) or (block.kind == CAPTION and _LABEL.match(block.text)):
            break
    return None, None


def _strip_period(text: str) -> str:
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(".") else text


def _references(
    parsed: ParsedDocument, sentences_per_block: Sequence[Sequence[SentenceSpan]] | None
) -> dict[str, tuple[Reference, ...]]:
    """Lower-cased label ("figur 5") -> the sentences outside captions that name it."""
    blocks = parsed.blocks
    wanted = [i for i, b in enumerate(blocks) if b.kind in SENTENCE_BLOCK_KINDS]
    if sentences_per_block is None:
        split = split_sentences(blocks[i].text for i in wanted)
        per_block: dict[int, Sequence[SentenceSpan]] = dict(zip(wanted, split, strict=True))
    else:
        per_block = {i: sentences_per_block[i] for i in wanted}
    found: dict[str, list[Reference]] = {}
    for i in wanted:
        for k, span in enumerate(per_block[i]):
            for m in _REFERENCE.finditer(span.text):
                word = m.group("word").lower()
                for number in _numbers(m.group("numbers")):
                    refs = found.setdefault(f"{word} {number}", [])
                    if not refs or (refs[-1].block_index, refs[-1].sentence_index) != (i, k):
                        refs.append(Reference(block_index=i, sentence_index=k, page_number=blocks[i].page_number, text=span.text))
    return {label: tuple(refs) for label, refs in found.items()}


def _numbers(text: str) -> list[int]:
    """The numbers a reference names: "3 och 4", "3, 5", "3–5" (a range expanded)."""
    out: list[int] = []
    for part in re.split(r"\s*(?:,|och)\s*", text):
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if len(bounds) == 2 and bounds[0] < bounds[1] <= bounds[0] + 20:
            out.extend(range(bounds[0], bounds[1] + 1))
        else:
            out.extend(bounds)
    return out
