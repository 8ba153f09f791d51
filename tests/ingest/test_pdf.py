"""ingest.pdf: typeset round trips against known truth, error cases, and the real PDFs."""

from __future__ import annotations

import hashlib
import pickle
from collections import defaultdict
from functools import cache
from pathlib import Path

import pdfplumber
import hostile_pdf as h
import pytest
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter
from typeset import TruthSpec, typeset_report, typeset_scanned, write_pdf_without_pages
from test_pdf_text import REAL_WITH_TEXT

from conftest import shared_path
from ingest.errors import CorruptFileError, EncryptedPdfError, NoTextLayerError
from ingest.files import parse_file, read_source
from ingest.model import (
    BODY_KINDS,
    CAPTION,
    FOOTER,
    HEADER,
    HEADING,
    PARAGRAPH,
    TABLE,
    ParsedDocument,
)
import ingest.pdf
from ingest.pdf import _join_lines, parse_pdf

BILL_LABEL = "Prop. 2012/13:187"
MAX_RUN_STOP = ingest.pdf.MAX_PAGES + 2  # the last run of pages is open-ended


@pytest.fixture(scope="session")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[TruthSpec, ParsedDocument]:
    path = tmp_path_factory.mktemp("typeset") / "rapport.pdf"
    truth = typeset_report(path, pages=7, footnotes_per_page=3)
    return truth, parse_file(path)


@pytest.fixture(scope="session")
def restarted(tmp_path_factory: pytest.TempPathFactory) -> tuple[TruthSpec, ParsedDocument]:
    path = tmp_path_factory.mktemp("typeset") / "rapport-bilaga.pdf"
    truth = typeset_report(path, pages=6, footnotes_per_page=4, restart_numbering_at_page=4)
    return truth, parse_file(path)


# --- Typeset round trip ------------------------------------------------------------


def test_typeset_document_fields(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    assert (doc.kind, doc.format) == ("report", "pdf")
    assert doc.title == truth.title
    assert [p.page_number for p in doc.pages] == list(range(1, truth.pages + 1))
    assert doc.sha256 == hashlib.sha256(truth.path.read_bytes()).hexdigest()
    assert doc.metadata["margin_label"] == truth.margin_label
    assert doc.metadata["pdf_title"] == truth.title


def test_typeset_footnotes_equal_truth(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    found = [(f.number, f.text, f.page_number, f.series) for f in doc.footnotes]
    assert found == [(t.number, t.text, t.page_number, t.series) for t in truth.footnotes]
    # The truth includes footnotes wrapped inside a word ('ord-' + 'ning'), so
    # the comparison above covers de-hyphenation.
    assert truth.hyphenated_footnotes > 0
    for note in doc.footnotes:
        assert note.font_size is not None and note.font_size < 10
        assert note.bbox is not None and note.bbox[1] > 0.7 * doc.pages[note.page_number - 1].height


def test_typeset_markers_equal_truth(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    found = doc.markers
    assert [(b.page_number, m.number, m.series) for b, m in found] == [
        (t.page_number, t.number, t.series) for t in truth.markers
    ]
    for (block, marker), expected in zip(found, truth.markers):
        before = block.text[: marker.char_start]
        assert before.endswith(expected.follows), (marker, before[-40:])
        # The marker digits are gone from the text: what follows is a space or the end.
        after = block.text[marker.char_start : marker.char_start + 1]
        assert after in ("", " "), (marker, block.text[marker.char_start - 20 : marker.char_start + 20])
        assert marker.raw == str(marker.number)
        assert block.kind in BODY_KINDS


def test_typeset_furniture_kept_out_of_the_body(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    body = [b for b in doc.blocks if b.kind in BODY_KINDS]
    for block in body:
        assert truth.running_header not in block.text
        assert truth.margin_label not in block.text
        assert block.text.strip() not in {str(n) for n in range(1, truth.pages + 1)}
    furniture = defaultdict(list)
    for block in doc.blocks:
        if block.kind in (HEADER, FOOTER):
            furniture[block.page_number].append((block.kind, block.text))
    for page in range(1, truth.pages + 1):
        assert (HEADER, truth.running_header) in furniture[page]
        assert (HEADER, truth.margin_label) in furniture[page]
        assert (FOOTER, str(page)) in furniture[page]


def test_typeset_table_and_captions(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    tables = [b for b in doc.blocks if b.kind == TABLE]
    assert [t.text for t in tables] == ["\n".join(" | ".join(row) for row in truth.table_rows)]
    # The table's cells are not repeated as paragraphs.
    assert not any("Stockholms län" in b.text for b in doc.blocks if b.kind == PARAGRAPH)
    captions = [b.text for b in doc.blocks if b.kind == CAPTION]
    assert captions == list(truth.captions)


def test_typeset_headings_and_order(report: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = report
    headings = [b for b in doc.blocks if b.kind == HEADING]
    assert [h.text for h in headings] == list(truth.headings)
    assert headings[0].level == 1 and headings[0].page_number == 1
    assert {h.level for h in headings} == {1, 2}
    orders = [b.order for b in doc.blocks]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    assert [b.page_number for b in doc.blocks] == sorted(b.page_number for b in doc.blocks)
    for block in doc.blocks:
        page = doc.pages[block.page_number - 1]
        x0, top, x1, bottom = block.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
        assert block.font_size


def test_typeset_restart_gives_a_second_series(restarted: tuple[TruthSpec, ParsedDocument]) -> None:
    truth, doc = restarted
    assert [(f.number, f.text, f.page_number, f.series) for f in doc.footnotes] == [
        (t.number, t.text, t.page_number, t.series) for t in truth.footnotes
    ]
    assert [(b.page_number, m.number, m.series) for b, m in doc.markers] == [
        (t.page_number, t.number, t.series) for t in truth.markers
    ]
    assert {f.series for f in doc.footnotes} == {0, 1}
    assert {m.series for _, m in doc.markers} == {0, 1}
    # Markers and footnotes pair up by (series, number).
    assert sorted((m.series, m.number) for _, m in doc.markers) == sorted((f.series, f.number) for f in doc.footnotes)


def test_typeset_footnote_continued_on_next_page(tmp_path: Path) -> None:
    truth = typeset_report(tmp_path / "fortsatt.pdf", pages=4, footnotes_per_page=2, continue_notes=True)
    doc = parse_file(truth.path)
    assert [(f.number, f.text, f.page_number, f.series) for f in doc.footnotes] == [
        (t.number, t.text, t.page_number, t.series) for t in truth.footnotes
    ]
    # The continuation is not left behind as body text on the next page.
    tails = {t.text[-30:] for t in truth.footnotes}
    assert not [b for b in doc.blocks if b.kind in BODY_KINDS and any(tail in b.text for tail in tails)]


def _recorded_and_pdfminer_glyphs(path: Path) -> tuple[list[tuple], list[tuple]]:
    recorded, reference = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            budget = ingest.pdf._PageBudget(60)
            device = ingest.pdf._page_layout(page, budget).device
            # The same conversion to page space, fed with pdfminer's own LTChars
            # from pdfminer's own interpreter and content-stream parser.
            from_ltchars = ingest.pdf._GlyphRecorder(page.pdf.rsrcmgr, budget=budget, page=page)
            fast, ingest.pdf.ContentInterpreter = ingest.pdf.ContentInterpreter, PDFPageInterpreter
            try:
                layout = ingest.pdf._full_layout(page, budget)
            finally:
                ingest.pdf.ContentInterpreter = fast
            for o in ingest.pdf._walk(layout):
                if isinstance(o, LTChar):
                    from_ltchars.keep(o.get_text(), o.fontname, o.x0, o.y0, o.x1, o.y1, o.size, o.upright)
            for kept, into in ((device, recorded), (from_ltchars, reference)):
                into += [(page.page_number, "upright", *g) for g in kept.glyphs]
                into += [(page.page_number, "rotated", *g) for g in kept.rotated]
                into.append((page.page_number, "unmapped", kept.unmapped))
            page.close()
    return recorded, reference


@pytest.mark.parametrize("name", [*REAL_WITH_TEXT, "typeset"])
def test_recorded_glyphs_equal_pdfminers_ltchars(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The glyph recorder works out LTChar's box inline: every glyph, float for
    # float, must be what pdfminer's own LTChar holds, on real fonts and pages.
    # Fonts without a usable Unicode map are read as pdfminer reads them here:
    # their decoding (prop-1999-2000-17) changes text on purpose and is tested
    # in test_pdf_text.py.
    monkeypatch.setattr(ingest.pdf, "decoding", lambda spec: None)
    if name == "typeset":
        path = typeset_report(tmp_path / "glyfer.pdf", pages=3, footnotes_per_page=2).path
    else:
        path = shared_path("pdf", name)
    recorded, reference = _recorded_and_pdfminer_glyphs(path)
    assert len(recorded) > 500
    assert recorded == reference


# --- Pages read in several processes -------------------------------------------------


@pytest.mark.parametrize(
    ("page_count", "workers", "runs"),
    [
        (71, 2, [(1, 36), (36, MAX_RUN_STOP)]),
        (40, 4, [(1, 21), (21, MAX_RUN_STOP)]),  # at least 16 pages each: two runs, not four
        (15, 2, [(1, MAX_RUN_STOP)]),
        (100, 3, [(1, 34), (34, 67), (67, MAX_RUN_STOP)]),
        (0, 2, [(1, MAX_RUN_STOP)]),  # an empty page tree: pdfplumber's own count decides
    ],
)
def test_page_runs_cover_every_page_in_order(page_count: int, workers: int, runs: list[tuple[int, int]]) -> None:
    assert [(r.start, r.stop) for r in ingest.pdf._page_runs(page_count, workers)] == runs


@pytest.mark.parametrize("workers", [2, 3])
def test_pages_read_in_processes_give_the_same_document(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs of 2 pages: footnotes continued across a run's last page, a
    # numbering restart and the document-wide decisions all see every page.
    monkeypatch.setattr(ingest.pdf, "MIN_PAGES_PER_WORKER", 2)
    truth = typeset_report(
        tmp_path / "delad.pdf", pages=7, footnotes_per_page=2, continue_notes=True, restart_numbering_at_page=5
    )
    source = read_source(truth.path)
    one = parse_pdf(source)
    assert parse_pdf(source, workers=workers) == one
    assert [(f.number, f.page_number, f.series) for f in one.footnotes] == [
        (t.number, t.page_number, t.series) for t in truth.footnotes
    ]


def test_real_bill_read_in_two_processes_is_the_same_document() -> None:
    source = read_source(shared_path("pdf", "prop-2012-13-187.pdf"))
    assert len(ingest.pdf._page_runs(71, 2)) == 2
    assert parse_pdf(source, workers=2) == parse_pdf(source)


def test_skipped_page_in_a_worker_run_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest.pdf, "MIN_PAGES_PER_WORKER", 1)
    monkeypatch.setattr(ingest.pdf, "MAX_OBJECTS_PER_PAGE", 20_000)
    path = tmp_path / "blandad.pdf"
    path.write_bytes(h.pages_pdf([h.GOOD_TEXT, h.GOOD_TEXT.replace(b"12", b"13"), h.many_glyphs(100_000)]))
    doc = parse_pdf(read_source(path), workers=3)
    assert doc.metadata["skipped_pages"] == "3: more than 20000 glyphs, paths and images on the page"
    assert doc == parse_pdf(read_source(path))


def test_error_in_a_worker_run_is_the_same_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The error is raised in a worker process and crosses back pickled.
    monkeypatch.setattr(ingest.pdf, "MIN_PAGES_PER_WORKER", 2)
    truth = typeset_report(tmp_path / "trasig.pdf", pages=6)
    layout = ingest.pdf._page_layout

    def damaged_page_5(page: pdfplumber.page.Page, budget):  # type: ignore[no-untyped-def]
        if page.page_number == 5:
            raise CorruptFileError(str(truth.path), "page 5 cannot be read (PSEOF); the PDF is damaged")
        return layout(page, budget)

    monkeypatch.setattr(ingest.pdf, "_page_layout", damaged_page_5)  # forked workers inherit it
    with pytest.raises(CorruptFileError) as in_processes:
        parse_pdf(read_source(truth.path), workers=3)
    with pytest.raises(CorruptFileError) as here:
        parse_pdf(read_source(truth.path))
    assert str(in_processes.value) == str(here.value) == f"{truth.path}: page 5 cannot be read (PSEOF); the PDF is damaged"


@pytest.mark.parametrize("error", [CorruptFileError, EncryptedPdfError, NoTextLayerError])
def test_ingest_errors_survive_pickling(error: type[CorruptFileError]) -> None:
    back = pickle.loads(pickle.dumps(error("a/rapport.pdf", "skälet")))
    assert type(back) is error
    assert (back.path, back.reason, str(back)) == ("a/rapport.pdf", "skälet", "a/rapport.pdf: skälet")


def test_pages_are_released_as_they_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Streaming: when a page is laid out, no earlier page still holds its layout.
    truth = typeset_report(tmp_path / "lang.pdf", pages=12, footnotes_per_page=2)
    seen: list[pdfplumber.page.Page] = []
    layout = ingest.pdf._page_layout  # pdfplumber's Page.layout with the per-page budget

    def watched(page: pdfplumber.page.Page, budget):  # type: ignore[no-untyped-def]
        if not hasattr(page, "_layout"):
            assert not [p.page_number for p in seen if hasattr(p, "_layout")]
            seen.append(page)
        return layout(page, budget)

    monkeypatch.setattr(ingest.pdf, "_page_layout", watched)
    doc = parse_file(truth.path)
    assert [p.page_number for p in seen] == list(range(1, 13))
    assert [(f.number, f.text, f.page_number) for f in doc.footnotes] == [
        (t.number, t.text, t.page_number) for t in truth.footnotes
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["Jämställdhets-", "myndigheten bedömer"], "Jämställdhetsmyndigheten bedömer"),
        (["ord-", "ning"], "ordning"),
        (["EU-", "Rätten"], "EU-Rätten"),  # a hyphen before a capital stays
        (["1990-", "talet"], "1990-talet"),  # after a digit it is not a word break
        (["hälso- och", "sjukvården"], "hälso- och sjukvården"),
        (["mellan 2016 –", "2023"], "mellan 2016 – 2023"),
        (["mjuk\xad", "bindestreck"], "mjukbindestreck"),
    ],
)
def test_wrapped_lines_are_joined(lines: list[str], joined: str) -> None:
    assert _join_lines([(line, []) for line in lines]) == (joined, [])


def test_join_keeps_marker_offsets() -> None:
    text, markers = _join_lines([("Våldet har ökat.", [(16, 3, "3")]), ("Enligt Brå", [(10, 4, "4")])])
    assert text == "Våldet har ökat. Enligt Brå"
    assert markers == [(16, 3, "3"), (27, 4, "4")]


# --- Errors ------------------------------------------------------------------------


def test_truncated_pdf_is_corrupt(report: tuple[TruthSpec, ParsedDocument], tmp_path: Path) -> None:
    data = report[0].path.read_bytes()
    path = tmp_path / "avklippt.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert "PDF is truncated" in str(info.value)


def test_pdf_cut_after_the_last_page_is_corrupt(tmp_path: Path) -> None:
    # pdfminer rebuilds the lost cross-reference table and reads every page;
    # the missing end must still be reported, not parsed over.
    data = typeset_report(tmp_path / "hel.pdf", pages=2, footnotes_per_page=1).path.read_bytes()
    path = tmp_path / "utan-slut.pdf"
    path.write_bytes(data[: data.rindex(b"startxref")])
    with pytest.raises(CorruptFileError, match="PDF is truncated"):
        parse_file(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("skrap.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8, "cannot be read"),
        ("inte-pdf.pdf", b"<html><body>Inte en PDF</body></html>", "no '%PDF-' header"),
    ],
)
def test_garbage_is_corrupt(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorruptFileError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert reason in str(info.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "hemlig.pdf"
    typeset_report(path, pages=1, footnotes_per_page=1, password="hemligt")
    with pytest.raises(EncryptedPdfError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert "PDF is encrypted; decrypt it first" in str(info.value)


def test_pdf_encrypted_for_permissions_only_is_read(tmp_path: Path) -> None:
    # No password is needed to open it (only editing is restricted), so it is not an error.
    truth = typeset_report(tmp_path / "skyddad.pdf", pages=2, footnotes_per_page=1, owner_password="ägare")
    doc = parse_file(truth.path)
    assert [(f.number, f.text) for f in doc.footnotes] == [(t.number, t.text) for t in truth.footnotes]


def test_no_text_layer(tmp_path: Path) -> None:
    path = typeset_scanned(tmp_path / "skannad.pdf", pages=3)
    with pytest.raises(NoTextLayerError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert "no text layer on any of 3 pages; run OCR first (e.g. ocrmypdf)" in str(info.value)


def test_pdf_without_pages_is_corrupt(tmp_path: Path) -> None:
    path = write_pdf_without_pages(tmp_path / "tom.pdf")
    with pytest.raises(CorruptFileError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert "no pages" in str(info.value)


# --- Real PDFs ---------------------------------------------------------------------

REAL_PDFS = [
    # name, pages, has footnotes
    ("prop-2012-13-187.pdf", 71, True),
    ("dir-2016-15.pdf", 28, True),
    ("remissvar-kammarkollegiet-2026.pdf", 1, False),
]


def _real(name: str) -> ParsedDocument:
    path = shared_path("pdf", name)  # skips when the shared corpus is absent
    return _parse_real(str(path))


@cache
def _parse_real(path: str) -> ParsedDocument:
    return parse_pdf(read_source(path))


@pytest.mark.parametrize(("name", "pages", "has_footnotes"), REAL_PDFS)
def test_real_pdf(name: str, pages: int, has_footnotes: bool) -> None:
    doc = _real(name)
    assert len(doc.pages) == pages
    assert (len(doc.footnotes) > 0) == has_footnotes
    by_series = defaultdict(list)
    for note in doc.footnotes:
        by_series[note.series].append(note.number)
    for series, numbers in by_series.items():
        assert numbers == sorted(set(numbers)), (series, numbers)
    # Every footnote has its marker in the text, and the other way round.
    assert sorted((m.series, m.number) for _, m in doc.markers) == sorted((f.series, f.number) for f in doc.footnotes)
    assert all(b.text.strip() for b in doc.blocks)


def test_real_bill_margin_label_and_footnotes() -> None:
    doc = _real("prop-2012-13-187.pdf")
    assert doc.metadata["margin_label"] == BILL_LABEL
    assert doc.title == "Regeringens proposition 2012/13:187"
    assert not [b for b in doc.blocks if b.kind == PARAGRAPH and BILL_LABEL in b.text]
    assert sum(1 for b in doc.blocks if b.kind == HEADER and b.text == BILL_LABEL) >= 65
    # The bill numbers its footnotes anew in the law texts and the appendices.
    assert len(doc.footnotes) == 18
    assert max(f.series for f in doc.footnotes) == 4
    first = doc.footnotes[0]
    assert (first.number, first.text, first.page_number) == (1, "Senaste lydelse 2011:189.", 5)
    # Page numbers are footers, not paragraphs.
    assert not [b for b in doc.blocks if b.kind == PARAGRAPH and b.text.strip().isdigit()]


def test_real_directive_footnote() -> None:
    doc = _real("dir-2016-15.pdf")
    assert doc.title == "Dir. 2016:15 Dataskyddsförordningen"
    (note,) = doc.footnotes
    assert note.page_number == 3 and note.number == 1
    assert note.text.startswith("Kommittédirektiven utgår från den version av förslaget")
    ((block, marker),) = doc.markers
    assert block.text[: marker.char_start].endswith("nedan dataskyddsförordningen.")



# Author errors in a typeset report (issue 19): the reader reads through a
# repeated or mistyped footnote number and keeps swapped markers in their
# series, so the check can report them.
@pytest.mark.parametrize(
    "drawn,kind",
    [({5: 4}, "duplicate_number"), ({8: 80}, "out_of_sequence"), ({13: 12}, "duplicate_number")],
    ids=["repeated", "mistyped", "repeated-across-a-page"],
)
def test_typeset_misnumbered_footnote_read_through(tmp_path: Path, drawn: dict[int, int], kind: str) -> None:
    path = tmp_path / "rapport.pdf"
    truth = typeset_report(path, pages=7, footnotes_per_page=3, drawn_numbers=drawn)
    doc = parse_file(path)
    number, written = next(iter(drawn.items()))
    assert [(f.number, f.series) for f in doc.footnotes] == [(f.number, f.series) for f in truth.footnotes]
    assert [(i.kind, i.number, i.written) for i in doc.irregularities] == [(kind, number, written)]


def test_typeset_swapped_markers_stay_in_their_series(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    truth = typeset_report(path, pages=5, footnotes_per_page=3, swapped_markers=(5, 6))
    doc = parse_file(path)
    read = [(m.number, m.series) for _, m in doc.markers]
    assert read == [(m.number, m.series) for m in truth.markers]
    assert [n for n, _ in read].index(6) < [n for n, _ in read].index(5)
    assert {s for _, s in read} == {0}
