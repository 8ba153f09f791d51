"""Footnote and marker results of the PDF parser, as a comparable record.

In: a `ParsedDocument`. Out: a JSON-able dict of its footnotes (number,
series, page, and a hash of the text with white space and hyphens taken out,
so that a text fix inside a footnote -- a rejoined word, a kept hyphen -- does
not count as a change of footnote) and its markers (page, number, series, raw
digits, and the word the marker follows). The record made from `main` before
issue 16's text work is in tests/ingest/golden/pdf_footnotes.json; a test
parses the same PDFs again and requires the same record (issue 16: "footnote
and marker results on every real and typeset PDF unchanged").
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ingest.model import ParsedDocument

from typeset import typeset_report

#: The typeset reports whose footnotes and markers are recorded: name -> typeset_report keywords.
TYPESET_CASES: dict[str, dict] = {
    "plain": {"pages": 7, "footnotes_per_page": 3},
    "restart": {"pages": 6, "footnotes_per_page": 4, "restart_numbering_at_page": 4},
    "continued": {"pages": 4, "footnotes_per_page": 2, "continue_notes": True},
    "misnumbered": {"pages": 7, "footnotes_per_page": 3, "drawn_numbers": {5: 4}},
    "swapped": {"pages": 5, "footnotes_per_page": 3, "swapped_markers": (5, 6)},
}


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\u2010\u00ad]+", "", text)


def _word_before(text: str, pos: int) -> str:
    words = re.findall(r"\w+", text[:pos].replace("-", ""))
    return words[-1] if words else ""


def record(doc: ParsedDocument) -> dict:
    footnotes = [
        [f.number, f.series, f.page_number, hashlib.sha1(_squash(f.text).encode()).hexdigest()[:12]]
        for f in doc.footnotes
    ]
    markers = [
        [b.page_number, m.number, m.series, m.raw, _word_before(b.text, m.char_start)]
        for b in doc.blocks
        for m in b.markers
    ]
    return {"footnotes": footnotes, "markers": markers}


def typeset_case(name: str, directory: Path) -> Path:
    return typeset_report(directory / f"{name}.pdf", **TYPESET_CASES[name]).path
