"""Report outline and strategy objectives, on the real follow-up and small built documents."""

from __future__ import annotations

import pytest

from conftest import FOLLOWUP_TXT, shared_path
from extract.structure import (
    BODY,
    FOREWORD,
    SUMMARY,
    SUMMARY_EN,
    Structure,
    document_structure,
    section_of,
)
from ingest.files import parse_file
from ingest.model import HEADING, PARAGRAPH, Block, ParsedDocument


def build(*items: tuple[str, int | None, str]) -> ParsedDocument:
    """A document from (kind, heading level, text) items, one page per item."""
    blocks = tuple(
        Block(kind=kind, text=text, page_number=n + 1, order=n, level=level) for n, (kind, level, text) in enumerate(items)
    )
    return ParsedDocument(path="built.txt", title="built", kind="report", format="text", sha256="0" * 64, pages=(), blocks=blocks)


def h1(text: str) -> tuple[str, int | None, str]:
    return (HEADING, 1, text)


def h2(text: str) -> tuple[str, int | None, str]:
    return (HEADING, 2, text)


def p(text: str) -> tuple[str, int | None, str]:
    return (PARAGRAPH, None, text)


# --- the real follow-up --------------------------------------------------------------


@pytest.fixture(scope="module")
def followup() -> ParsedDocument:
    shared_path("followup", FOLLOWUP_TXT.name)
    return parse_file(FOLLOWUP_TXT)


@pytest.fixture(scope="module")
def structure(followup: ParsedDocument) -> Structure:
    return document_structure(followup)


def chapter(structure: Structure, prefix: str):  # type: ignore[no-untyped-def]
    return next(c for c in structure.chapters if c.title.startswith(prefix))


def test_followup_parts(structure: Structure) -> None:
    assert structure.foreword is not None and structure.foreword.title == "FÖRORD"
    assert structure.summary is not None and structure.summary.title == "SAMMANFATTNING"
    assert structure.summary_en is not None and structure.summary_en.title == "SUMMARY"
    assert [c.part for c in structure.chapters].count(BODY) == 7
    assert structure.chapters[0].part == FOREWORD and structure.chapters[-1].part == SUMMARY_EN


def test_followup_chapters_cover_the_document_without_gaps(followup: ParsedDocument, structure: Structure) -> None:
    chapters = structure.chapters
    assert chapters[0].block_start == 0 and chapters[-1].block_end == len(followup.blocks)
    assert all(a.block_end == b.block_start for a, b in zip(chapters, chapters[1:]))
    for c in chapters:
        assert followup.blocks[c.block_start].level == 1
        for s in c.sections:
            assert c.block_start < s.block_start < s.block_end <= c.block_end
            assert followup.blocks[s.block_start].text == s.title


def test_followup_reading_guide_is_found(structure: Structure) -> None:
    assert structure.reading_guide is not None and structure.reading_guide.title == "Läsanvisningar"


@pytest.mark.parametrize(
    ("prefix", "objective"),
    [
        ("EN UPPFÖLJNING AV ARBETET", None),  # the introduction holds the guide itself
        ("MÄNS VÅLD MOT KVINNOR ÄR FORTSATT", None),  # "utvecklingen inom målet", no objective
        ("DET VÅLDSFÖREBYGGANDE ARBETET BEHÖVER STÄRKAS", 1),
        ("RÄTTSSÄKERHETEN BEHÖVER STÄRKAS", 2),
        ("RÄTTSVÄSENDETS PRIORITERINGAR", 3),
        ("YRKESVERKSAMMA BEHÖVER MER ANPASSAD KUNSKAP", 4),
        ("DET VÅLDSFÖREBYGGANDE ARBETET BEHÖVER PRIORITERAS", None),  # treats all four, section by section
        ("SAMMANFATTNING", None),
    ],
)
def test_followup_chapter_objectives_from_the_reading_guide(structure: Structure, prefix: str, objective: int | None) -> None:
    assert chapter(structure, prefix).objective == objective


def test_followup_final_chapter_sections_follow_their_maalsaettning_heading(structure: Structure) -> None:
    final = chapter(structure, "DET VÅLDSFÖREBYGGANDE ARBETET BEHÖVER PRIORITERAS")

    def objective_of(prefix: str) -> int | None:
        return next(s.objective for s in final.sections if s.title.startswith(prefix))

    assert [s.objective for s in final.sections if s.title.startswith("Målsättning")] == [1, 2, 3, 4]
    # The proposal section after "Målsättning 3" still treats objective 3.
    assert objective_of("Åklagarmyndigheten bör redovisa") == 3
    assert objective_of("Indikatorerna kopplade") == 4


def test_followup_summary_sections_match_the_maalsaettning_titles(structure: Structure) -> None:
    summary = structure.summary
    assert summary is not None
    assert [s.objective for s in summary.sections] == [None, 1, 2, 3, 4]


def test_followup_section_of(followup: ParsedDocument, structure: Structure) -> None:
    i = next(i for i, b in enumerate(followup.blocks) if b.text.startswith("Bedömning: Jämställdhetsmyndighetens bedömning"))
    c, s, objective = section_of(structure, i)
    assert c is not None and c.title.startswith("DET VÅLDSFÖREBYGGANDE ARBETET BEHÖVER PRIORITERAS")
    assert s is not None and s.title.startswith("Målsättning 3:")
    assert objective == 3
    j = next(i for i, b in enumerate(followup.blocks) if b.text.startswith("Figur 7:"))
    assert section_of(structure, j)[2] == 3  # from the chapter


# --- built documents --------------------------------------------------------------------

GUIDED = build(
    h1("INLEDNING"),
    h2("Läsanvisningar"),
    p(
        "Först kommer kapitlet Skolan och samtycke, som behandlar det förebyggande arbetet mot våld. "
        "Därefter följer kapitlet Polisens insatser, som handlar om effektivare brottsbekämpning."
    ),
    h1("SKOLAN OCH SAMTYCKE"),
    p("Text."),
    h1("POLISENS INSATSER"),
    h2("Utredningar"),
    p("Text."),
    h1("SLUTSATSER"),
    p("Inledning."),
    h2("Målsättning 2: Fler får frågan om våld"),
    p("Text."),
    h2("Skyddat boende"),
    p("Text."),
    h2("Målsättning 4: Mer kunskap behövs"),
    p("Text."),
)


def test_built_guide_assigns_objectives() -> None:
    s = document_structure(GUIDED)
    assert [(c.title, c.objective) for c in s.chapters] == [
        ("INLEDNING", None),
        ("SKOLAN OCH SAMTYCKE", 1),
        ("POLISENS INSATSER", 3),
        ("SLUTSATSER", None),
    ]


def test_built_maalsaettning_sections_carry_forward() -> None:
    s = document_structure(GUIDED)
    final = s.chapters[-1]
    assert [(x.title, x.objective) for x in final.sections] == [
        ("Målsättning 2: Fler får frågan om våld", 2),
        ("Skyddat boende", 2),
        ("Målsättning 4: Mer kunskap behövs", 4),
    ]
    # The chapter's introduction, before any Målsättning heading, has no objective.
    assert section_of(s, 9) == (final, None, None)
    assert section_of(s, 13)[2] == 2


def test_built_section_ranges_and_section_of() -> None:
    s = document_structure(GUIDED)
    police = s.chapters[2]
    assert (police.block_start, police.block_end, police.page_number) == (5, 8, 6)
    assert [(x.block_start, x.block_end) for x in police.sections] == [(6, 8)]
    c, sec, objective = section_of(s, 7)
    assert (c, sec, objective) == (police, police.sections[0], 3)
    assert section_of(s, 99) == (None, None, None)


def test_built_without_reading_guide_has_no_chapter_objectives() -> None:
    doc = build(h1("SKOLAN OCH SAMTYCKE"), p("Det förebyggande arbetet mot våld."), h1("POLISEN"), p("Effektivare brottsbekämpning."))
    assert [c.objective for c in document_structure(doc).chapters] == [None, None]
    assert document_structure(doc).reading_guide is None


def test_built_blocks_before_the_first_chapter_belong_to_none() -> None:
    doc = build(p("Omslag."), h2("Lös rubrik"), h1("KAPITEL"), p("Text."))
    s = document_structure(doc)
    assert [c.title for c in s.chapters] == ["KAPITEL"]
    assert section_of(s, 0) == (None, None, None)
    assert section_of(s, 3)[0] is s.chapters[0]


@pytest.mark.parametrize(
    ("title", "part"),
    [("FÖRORD", FOREWORD), ("SAMMANFATTNING", SUMMARY), ("SUMMARY", SUMMARY_EN), ("Sammanfattning", SUMMARY), ("RESULTAT", BODY)],
)
def test_part_headings(title: str, part: str) -> None:
    assert document_structure(build(h1(title), p("Text."))).chapters[0].part == part


def test_an_unknown_objective_number_is_ignored() -> None:
    doc = build(h1("SLUTSATSER"), h2("Målsättning 9: Okänd"), p("Text."))
    s = document_structure(doc)
    assert s.chapters[0].sections[0].objective is None
