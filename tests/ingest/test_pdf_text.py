"""ingest.pdf text fidelity (issue 16): word spaces, hyphens, page-spanning
paragraphs, side-by-side columns, heading levels -- on typeset cases whose
words are known and on the real PDFs -- and footnote/marker results kept
exactly as they were before the text work."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import typeset_text
from pdf_golden import TYPESET_CASES, record, typeset_case

from conftest import shared_path
from ingest.files import read_source
from ingest.model import FOOTER, HEADER
from ingest.pdf import parse_pdf

GOLDEN = Path(__file__).parent / "golden" / "pdf_footnotes.json"
REAL_WITH_TEXT = (
    "afs-2011-19.pdf",
    "dir-2014-158.pdf",
    "dir-2016-15.pdf",
    "dir-2017-29.pdf",
    "nfs-2007-10.pdf",
    "prop-1999-2000-17.pdf",
    "prop-2012-13-144.pdf",
    "prop-2012-13-187.pdf",
    "remissvar-kammarkollegiet-2026.pdf",
)


@cache
def _real(name: str):  # type: ignore[no-untyped-def]
    return parse_pdf(read_source(str(shared_path("pdf", name))))


def _body(doc) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(b.text for b in doc.blocks if b.kind not in (HEADER, FOOTER))


@pytest.mark.parametrize("name", REAL_WITH_TEXT)
def test_real_footnotes_and_markers_unchanged(name: str) -> None:
    """Recorded from main before issue 16's text work (tests/support/pdf_golden.py)."""
    assert record(_real(name)) == json.loads(GOLDEN.read_text())[f"real/{name}"]


@pytest.mark.parametrize("name", sorted(TYPESET_CASES))
def test_typeset_footnotes_and_markers_unchanged(name: str, tmp_path: Path) -> None:
    doc = parse_pdf(read_source(str(typeset_case(name, tmp_path))))
    assert record(doc) == json.loads(GOLDEN.read_text())[f"typeset/{name}"]


#: Cases main gets wrong, until the fixes of issue 16 land.
KNOWN_WRONG = {"hyphenation", "no_space_glyphs", "page_spanning"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="issue 16 defect")) if c in KNOWN_WRONG else c
        for c in sorted(typeset_text.CASES)
    ],
)
def test_typeset_text_case(case: str, tmp_path: Path) -> None:
    made = typeset_text.CASES[case](tmp_path)
    text = " ".join(_body(parse_pdf(read_source(str(made.path)))).split())
    for phrase in made.phrases:
        assert phrase in text
    for wrong in made.absent:
        assert wrong not in text
