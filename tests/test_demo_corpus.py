"""The project's own demo corpus (corpus/): it ingests cleanly and the
follow-up's footnotes and markers are read exactly as written."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import DEMO_CORPUS
from evidence.pipeline import ingest_paths
from ingest.files import parse_file
from ingest.model import CAPTION, HEADING, ParsedDocument

FOLLOWUP = DEMO_CORPUS / "uppfoljning-demo-2025.txt"
SOURCES = [DEMO_CORPUS / "sources" / "demoinstitutet-2024.md", DEMO_CORPUS / "sources" / "sou-2099-1.md"]
FOOTNOTES = 22

HAS_MARKDOWN = importlib.util.find_spec("ingest.markdown") is not None
needs_markdown = pytest.mark.skipif(not HAS_MARKDOWN, reason="ingest/markdown.py is not written yet")


@pytest.fixture(scope="module")
def followup() -> ParsedDocument:
    return parse_file(FOLLOWUP)


def test_demo_files_exist() -> None:
    for path in [FOLLOWUP, *SOURCES, DEMO_CORPUS / "README.md"]:
        assert path.is_file(), path


def test_followup_ingests_without_failure(tmp_path: Path) -> None:
    report = ingest_paths([FOLLOWUP], db=f"sqlite:///{tmp_path / 'k.db'}")
    assert report.ok, [o.error for o in report.failed]
    [outcome] = report.outcomes
    assert outcome.status == "added"
    assert outcome.result is not None and outcome.result.footnotes == FOOTNOTES


@needs_markdown
def test_all_three_files_ingest_without_failure(tmp_path: Path) -> None:
    report = ingest_paths([FOLLOWUP, *SOURCES], db=f"sqlite:///{tmp_path / 'k.db'}")
    assert report.ok, [o.error for o in report.failed]
    assert [o.status for o in report.outcomes] == ["added"] * 3


@needs_markdown
def test_sources_have_titles_and_text() -> None:
    institute, inquiry = (parse_file(p) for p in SOURCES)
    assert institute.title.startswith("Våld i nära relationer 2024")
    assert inquiry.title.startswith("SOU 2099:1")
    assert "12 procent" in " ".join(b.text for b in institute.blocks)
    inquiry_text = " ".join(b.text for b in inquiry.blocks)
    assert "853 samtal" in inquiry_text
    # The not-in-source claim (footnote 18) depends on this.
    assert "åtal" not in inquiry_text


def test_title_and_pages(followup: ParsedDocument) -> None:
    assert followup.title == "Demomyndighetens uppföljning av strategin mot våld i nära relationer 2025"
    assert len(followup.pages) == 7


def test_footnotes_numbered_without_gaps(followup: ParsedDocument) -> None:
    assert [f.number for f in followup.footnotes] == list(range(1, FOOTNOTES + 1))
    assert {f.series for f in followup.footnotes} == {0}
    pages = [f.page_number for f in followup.footnotes]
    assert pages == sorted(pages)
    assert 2 not in pages  # the summary has no footnotes


def test_footnote_texts(followup: ParsedDocument) -> None:
    text = {f.number: f.text for f in followup.footnotes}
    assert text[3] == "Demoinstitutet 2024."
    assert text[13] == "SFS 2001:453."
    assert text[14] == "Socialstyrelsen 2023a; 2024b."
    assert text[18] == "SOU 2099:1."
    assert text[19] == "Kommunen Demostad, brev 2024."
    # The explanatory note wraps onto following lines and is joined.
    assert text[5].startswith("Psykiskt våld omfattar")
    assert text[5].endswith("kan jämföras över tid.")


def test_every_footnote_has_one_marker(followup: ParsedDocument) -> None:
    assert sorted(m.number for _, m in followup.markers) == list(range(1, FOOTNOTES + 1))


def test_marker_digits_leave_the_text(followup: ParsedDocument) -> None:
    markers = {m.number: (b, m) for b, m in followup.markers}
    block, marker = markers[3]
    assert block.text[: marker.char_start].endswith("5 287 deltagare i åldern 16–84 år.")
    block, marker = markers[6]
    assert block.text[: marker.char_start].endswith("enligt Demoinstitutet")
    assert "Demoinstitutet6" not in block.text


def test_spaced_marker(followup: ParsedDocument) -> None:
    block, marker = next((b, m) for b, m in followup.markers if m.number == 8)
    assert marker.raw == " 8"
    assert block.text[: marker.char_start].endswith("än andra personer.")


def test_marker_glued_to_year_keeps_the_year(followup: ParsedDocument) -> None:
    block, marker = next((b, m) for b, m in followup.markers if m.number == 9)
    assert marker.raw == "9"
    assert block.text[: marker.char_start].endswith("hösten 2023")
    assert "hösten 2023." in block.text and "20239" not in block.text
    block, marker = next((b, m) for b, m in followup.markers if m.number == 10)
    assert block.text[: marker.char_start].endswith("två procent 2024.")


def test_paragraph_across_page_break(followup: ParsedDocument) -> None:
    [block] = [b for b in followup.blocks if "under hela perioden. Minskningen" in b.text]
    assert sorted(m.number for m in block.markers) == [9, 10, 11]


def test_headings_captions_and_assessments(followup: ParsedDocument) -> None:
    chapters = [b.text for b in followup.blocks if b.kind == HEADING and b.level == 1]
    assert chapters == [
        "DEMOMYNDIGHETENS UPPFÖLJNING AV STRATEGIN MOT VÅLD I NÄRA RELATIONER 2025",
        "FÖRORD",
        "SAMMANFATTNING",
        "VÅLDET I SIFFROR",
        "STÖD OCH SKYDD TILL VÅLDSUTSATTA",
        "SLUTSATSER OCH FÖRSLAG",
    ]
    sections = [b.text for b in followup.blocks if b.kind == HEADING and b.level == 2]
    assert "Var sjunde kvinna har någon gång utsatts av en partner" in sections
    assert "Få anmälningar leder till åtal" in sections
    captions = [b.text for b in followup.blocks if b.kind == CAPTION]
    assert captions[0].startswith("Figur 1: Andel kvinnor och män")
    assert captions[1].startswith("Källa: Demoinstitutet")
    paragraphs = [b.text for b in followup.blocks if b.kind not in (HEADING, CAPTION)]
    assert sum(p.startswith("Bedömning:") for p in paragraphs) == 1
    assert sum(p.startswith("Förslag:") for p in paragraphs) == 1


def test_figures_survive_line_joins(followup: ParsedDocument) -> None:
    text = " ".join(b.text for b in followup.blocks)
    for phrase in ["14 procent", "drygt 850 samtal", "Två procent av kvinnorna", "från fem till sju dagar",
                   "16–24 år", "5 287 deltagare", "hbtqi-personer", "hälso- och sjukvården"]:
        assert phrase in text, phrase
