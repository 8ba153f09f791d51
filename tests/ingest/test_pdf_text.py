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
from ingest.model import FOOTER, HEADER, LIST_ITEM, PARAGRAPH
from ingest.pdf import SENTENCE_END_RE, _join_lines, parse_pdf
from ingest.pdf_hyphens import Vocabulary

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
KNOWN_WRONG: set[str] = set()


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


# --- Line-end hyphens (defect 3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "vocabulary", "joined"),
    [
        (["bakom för-", "slaget."], (), "bakom förslaget."),
        (["skydd för fri-", "och rättigheter"], (), "skydd för fri- och rättigheter"),
        (["inom tobaks-", "eller vapenindustrin"], (), "inom tobaks- eller vapenindustrin"),
        (["en barn-", "och ungdomspedagogisk"], (), "en barn- och ungdomspedagogisk"),
        (["skol-", "respektive äldreomsorgen"], (), "skol- respektive äldreomsorgen"),
        (["prövats av EU-", "domstolen"], (), "prövats av EU-domstolen"),
        (["under 1990-", "talet"], (), "under 1990-talet"),
        # The document's own vocabulary: written with its hyphen elsewhere, it keeps it ...
        (["ett e-", "postmeddelande"], ("e-postmeddelande",), "ett e-postmeddelande"),
        (["en kurs-", "plan"], ("kurs-plan",), "en kurs-plan"),
        # ... and written joined elsewhere, it is joined even when the hyphenated form occurs too.
        (["en kurs-", "plan"], ("kursplan", "kurs-plan"), "en kursplan"),
    ],
)
def test_line_end_hyphens(lines: list[str], vocabulary: tuple[str, ...], joined: str) -> None:
    assert _join_lines([(line, []) for line in lines], Vocabulary(vocabulary))[0] == joined


@pytest.mark.parametrize(
    ("name", "right", "wrong"),
    [
        ("dir-2016-15.pdf", "enskilda personers fri- och rättigheter", "frioch"),
        ("dir-2014-158.pdf", "inom tobaks- eller vapenindustrin", "tobakseller"),
        ("prop-2012-13-187.pdf", "en barn- och ungdomspedagogisk examen", "barnoch"),
    ],
)
def test_real_line_end_hyphens(name: str, right: str, wrong: str) -> None:
    text = " ".join(_body(_real(name)).split())
    assert right in text
    assert wrong not in text


# --- Paragraphs across page breaks (defect 2) ---------------------------------------


@pytest.mark.parametrize(
    ("name", "page", "sentence"),
    [
        ("prop-2012-13-187.pdf", 34, "ställer sig därmed bakom förslaget."),
        ("dir-2016-15.pdf", 2, "studiestödsdatalagen (2009:287)"),
    ],
)
def test_real_sentence_across_a_page_break_is_whole(name: str, page: int, sentence: str) -> None:
    """The sentence that straddles the break is one block's, cited at the page where it starts."""
    doc = _real(name)
    holding = [b for b in doc.blocks if sentence in " ".join(b.text.split())]
    assert [b.page_number for b in holding] == [page]


@pytest.mark.parametrize("name", REAL_WITH_TEXT)
def test_real_no_paragraph_left_split_at_a_page_break(name: str) -> None:
    """A page's last body block stopping mid-sentence, the next page's first going on in lower case."""
    body = [b for b in _real(name).blocks if b.kind not in (HEADER, FOOTER)]
    split = [
        (a.page_number, a.text[-40:], b.text[:40])
        for a, b in zip(body, body[1:])
        if b.page_number == a.page_number + 1
        and a.kind in (PARAGRAPH, LIST_ITEM)
        and b.kind == PARAGRAPH
        and not SENTENCE_END_RE.search(a.text)
        and b.text[:1].islower()
    ]
    assert split == []
