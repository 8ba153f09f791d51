"""The text-layer parser on the real follow-up report (../shared/corpus/followup)."""

from __future__ import annotations

import re

import pytest

from conftest import FOLLOWUP_TXT, shared_path
from evidence.pipeline import document_sentences
from ingest.files import parse_file
from ingest.model import HEADING, ParsedDocument, SourceFile
from ingest.text import parse_text


@pytest.fixture(scope="module")
def followup() -> ParsedDocument:
    shared_path("followup", FOLLOWUP_TXT.name)
    return parse_file(FOLLOWUP_TXT)


@pytest.fixture(scope="module")
def marker_sentences(followup: ParsedDocument) -> dict[int, str]:
    """footnote number -> text of the sentence its marker ends."""
    out: dict[int, str] = {}
    for block, spans in zip(followup.blocks, document_sentences(followup)):
        for marker in block.markers:
            before = [s for s in spans if s.char_start < marker.char_start]
            out[marker.number] = before[-1].text if before else ""
    return out


def test_all_257_footnotes_numbered_without_gaps(followup: ParsedDocument) -> None:
    assert [f.number for f in followup.footnotes] == list(range(1, 258))


def test_every_footnote_has_exactly_one_marker(followup: ParsedDocument) -> None:
    assert sorted(m.number for _, m in followup.markers) == list(range(1, 258))


def test_page_count_and_footnote_pages(followup: ParsedDocument) -> None:
    # The text layer marks 71 page breaks; chart-only pages leave none.
    assert 60 <= len(followup.pages) <= 110
    pages = [f.page_number for f in followup.footnotes]
    assert pages == sorted(pages)
    assert pages[0] == 6


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "SFS 2021:966."),
        (18, "Brottsförebyggande rådet 2023a; 2024a."),
        (
            34,
            "Indikatorn bygger på en sammansättning av två frågor: ”Har någon tafsat eller tagit på dig på ett "
            "sexuellt sätt fast du inte ville det under de senaste 12 månaderna?” samt ”Har du blivit tvingad "
            "till att göra något som du upplevde som sexuellt under de senaste 12 månaderna?”",
        ),
        (45, "Detta säger dock inget om antalet personer, då samma person kan ligga bakom flera olika profiler och annonser."),
        (136, "HSLF-FS 2022:39. Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer 2022."),
        (240, "21 procent 2020, 23 procent 2021 samt 26 procent 2022."),
        (257, None),
    ],
)
def test_footnote_text_joined(followup: ParsedDocument, number: int, text: str | None) -> None:
    note = followup.footnotes[number - 1]
    assert note.number == number
    if text is not None:
        assert note.text == text
    assert "\n" not in note.text and note.text == note.text.strip()


@pytest.mark.parametrize(
    ("number", "sentence_end"),
    [
        (17, "men även här antas mörkertalet vara stort."),  # glued after a period: "stort.17"
        (19, "blivit utsatta för misshandel under 2022."),  # after a year and a period: "2022.19"
        (84, "främst unga, äldre och hbtqi-personer."),  # spaced: "hbtqi-personer. 84"
        (139, "har totalt 5 287 deltagare genomfört webbutbildningen."),  # glued to a year: "hösten 2022139"
        (142, None),
        (240, "men är fortsatt låg."),
    ],
)
def test_marker_attached_to_the_sentence_it_ends(
    marker_sentences: dict[int, str], number: int, sentence_end: str | None
) -> None:
    sentence = marker_sentences[number]
    if sentence_end is not None:
        assert sentence.endswith(sentence_end)


def test_marker_glued_to_year_keeps_the_year(marker_sentences: dict[int, str]) -> None:
    assert "Sedan lanseringen hösten 2022 har totalt 5 287 deltagare" in marker_sentences[139]


def test_marker_digits_do_not_remain_in_text(followup: ParsedDocument) -> None:
    for block in followup.blocks:
        for marker in block.markers:
            before = block.text[: marker.char_start]
            # The char before a marker is text or punctuation, never the marker's own digits.
            assert not before.endswith(str(marker.number)) or re.search(r"\b(19|20)\d\d$", before), (
                marker.number,
                before[-40:],
            )
    joined = " ".join(b.text for b in followup.blocks)
    assert "stort.17" not in joined and "2022139" not in joined and "personer. 84" not in joined


@pytest.mark.parametrize(
    "phrase",
    ["16–24 år", "5 287 deltagare", "2023 dog 10 kvinnor", "Två procent av kvinnor och tre procent av män"],
)
def test_body_numbers_are_not_markers(followup: ParsedDocument, phrase: str) -> None:
    assert any(phrase in b.text for b in followup.blocks)


@pytest.mark.parametrize(
    ("level", "text"),
    [
        (1, "SAMMANFATTNING"),
        (1, "MÄNS VÅLD MOT KVINNOR ÄR FORTSATT ETT STORT SAMHÄLLSPROBLEM"),
        (1, "SUMMARY"),
        (2, "Sexualbrott och sexuella trakasserier har minskat över tid"),
        (2, "Läsanvisningar"),
    ],
)
def test_headings(followup: ParsedDocument, level: int, text: str) -> None:
    assert any(b.kind == HEADING and b.level == level and b.text == text for b in followup.blocks)


def test_signature_lines_are_not_headings(followup: ParsedDocument) -> None:
    assert not any(b.kind == HEADING and b.text in ("Lena Ag", "Generaldirektör") for b in followup.blocks)


def test_chart_captions_and_table(followup: ParsedDocument) -> None:
    captions = [b.text for b in followup.blocks if b.kind == "caption"]
    assert sum(1 for c in captions if re.match(r"Figur \d+:", c)) == 13
    assert any(c.startswith("Tabell 1:") for c in captions)
    tables = [b for b in followup.blocks if b.kind == "table"]
    assert len(tables) == 1 and "Våld i nära relationer 53 57 57 63 56 68 62" in tables[0].text


def _source(text: str) -> SourceFile:
    data = text.encode("utf-8")
    return SourceFile(path="inline.txt", data=data, sha256="0" * 64)


def test_restarted_numbering_gets_a_new_series() -> None:
    text = (
        " Första kapitlet säger något.1 Och mer.2\n\n \n1 Källa A 2020.\n2 Källa B 2021.\n"
        " Andra kapitlet börjar om.1\n\n \n1 Källa C 2022.\n"
    )
    doc = parse_text(_source(text))
    assert [(f.number, f.series) for f in doc.footnotes] == [(1, 0), (2, 0), (1, 1)]
    assert [(m.number, m.series) for _, m in doc.markers] == [(1, 0), (2, 0), (1, 1)]


def test_body_line_starting_with_a_number_is_not_a_footnote() -> None:
    text = " Rubrik\n\nI texten.1\n\n2023 dog 10 kvinnor.\n\n \n1 Källa 2020.\n"
    doc = parse_text(_source(text))
    assert [f.number for f in doc.footnotes] == [1]
    assert any("2023 dog 10 kvinnor." in b.text for b in doc.blocks)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Issue 14, cause 5: a short paragraph that ends in a footnote marker
        # was a heading (its claim, figures and footnote sentence lost).
        "Skolverket fick 1,2 miljoner kronor för lärarregistret.1",
        "Stödtelefonen tog emot drygt 850 samtal. 1",
        "Utredningen lämnade sitt betänkande hösten 20221",
    ],
)
def test_short_paragraph_ending_in_a_marker_is_no_heading(paragraph: str) -> None:
    text = f" Rubrik\n\n{paragraph}\n\nNästa stycke är längre och har ingen fotnot alls.\n\n \n1 Källa 2020.\n"
    doc = parse_text(_source(text))
    block = next(b for b in doc.blocks if b.text.startswith(paragraph[:12]))
    assert block.kind != HEADING
    assert [m.number for m in block.markers] == [1]
