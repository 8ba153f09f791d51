"""ingest.pdf_content (issue 16, speed): the fast content-stream parser gives
pdfminer's objects, or hands the stream back; the interpreter built on it
reads every real PDF into the same document as pdfminer's own interpreter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import PSEOF

import ingest.pdf
from conftest import shared_path
from ingest.files import read_source
from ingest.pdf import parse_pdf
from ingest.pdf_content import tokens
from test_pdf_text import REAL_WITH_TEXT


def pdfminer_objects(streams: list[bytes]) -> list[object] | BaseException:
    """What pdfminer's own parser returns for `streams` (or the exception it raises)."""
    parser = PDFContentParser([PDFStream({}, data) for data in streams])
    out = []
    try:
        while True:
            out.append(parser.nextobject()[1])
    except PSEOF:
        return out
    except Exception as exc:  # noqa: BLE001 - pdfminer raises assorted errors on odd input; the caller compares
        return exc


@pytest.mark.parametrize(
    "data",
    [
        b"BT /F1 12 Tf 72 712 Td (Hello) Tj ET",
        b"[(Kallk) -20 (oll) 250.5 (s\\351\\n\\(x\\)) -.5] TJ T* (a) ' 1 2 (b) \"",
        b"(nested (paren) s \\\r\n cont \\q \\1234 \\0) Tj <48 65 6c6C 6> Tj <> Tj",
        b"/Name#20with#41#4 /A## /B#zz /C#2 /\xc3\xa5 /\xff x",
        b"- + . -. 1. .5 --5 +3 1.2.3 007 -0 true false null",
        b"<< /Type /X /N [1 2 << /K true >>] >> BDC EMC ] >> > } { 1 2 add } q Q",
        b"% comment (not a string\r\n1 0 0 1 0 0 cm\x00\x00 0 g 0 0 10 10 re f",
        b"[1 [2 [3] 4] 5 Tj] TJ ) ( ok ) \x80 Tj",
        b"[(W)30(ord)-5.(s)1.5.3()-.5 +2(x)5-3] TJ [ (a) 1 ]TJ [(\\351)-2] TJ [(a) - 1] TJ [(a) /N] TJ []TJ",
    ],
)
def test_objects_as_pdfminer_reads_them(data: bytes) -> None:
    assert tokens([data]) == pdfminer_objects([data])


@pytest.mark.parametrize(
    "streams",
    [
        [b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q"],  # an inline image: binary data
        [b"(open string"],
        [b"<4142"],
        [b"(\\777) Tj"],  # pdfminer asserts
        [b"<< /A >> BDC"],  # pdfminer raises
        [b"1 0 0 1 0 0 cm /", b"F1 12 Tf"],  # a name carried into the next stream
    ],
)
def test_hands_back_what_only_pdfminer_can_say(streams: list[bytes]) -> None:
    assert tokens(streams) is None


def test_streams_read_one_after_another() -> None:
    streams = [b"q 1 0 0 1 0 0 cm\n[(a", b") 5 (b)] TJ Q", b"12", b"34 Tj"]
    assert tokens(streams[2:]) == pdfminer_objects(streams[2:])
    assert tokens(streams[:2]) is None  # a string across streams: pdfminer's parser reads it
    assert tokens([b"[1 2", b"3] TJ"]) == pdfminer_objects([b"[1 2", b"3] TJ"])


FRAGMENTS = st.sampled_from(
    [
        b"Tj", b"TJ", b"Td", b"T*", b"'", b'"', b"BT", b"ET", b"cm", b"true", b"false", b"[", b"]", b"<<", b">>",
        b">", b"{", b"}", b"(", b")", b"\\", b"\\(", b"\\)", b"\\n", b"\\12", b"\\1234", b"\\\r\n", b"/F1", b"/A#4",
        b"/#41", b"#", b"<", b"4a", b"0", b"-", b"+", b".", b"12", b"-3.5", b".25", b"%", b"\r", b"\n", b" ", b"\t",
        b"\x00", b"\xe5", b"a", b"Z", b"[(W)30(ord)-5.(s)]", b"1.5.3", b"-.5",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.one_of(FRAGMENTS, st.binary(max_size=3)), max_size=30).map(b"".join), min_size=1, max_size=3))
def test_generated_streams_as_pdfminer_reads_them(streams: list[bytes]) -> None:
    """Either the same objects as pdfminer, or handed back to pdfminer."""
    ours = tokens(streams)
    if ours is not None:
        assert ours == pdfminer_objects(streams)


@pytest.mark.parametrize("name", REAL_WITH_TEXT)
def test_real_document_same_as_with_pdfminers_interpreter(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block, footnote, marker and glyph-derived box of the real PDFs
    is what pdfminer's own interpreter and parser give."""
    source = read_source(str(shared_path("pdf", name)))
    fast = parse_pdf(source)
    monkeypatch.setattr(ingest.pdf, "ContentInterpreter", PDFPageInterpreter)
    assert parse_pdf(source) == fast
