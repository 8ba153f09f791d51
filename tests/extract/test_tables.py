"""Tables and charts: cells rebuilt from the text layer, captions, sources and references."""

from __future__ import annotations

import pytest

from conftest import FOLLOWUP_TXT, shared_path
from evidence.pipeline import document_sentences
from extract.tables import Chart, Table, extract_charts, extract_tables, parse_table_text
from ingest.files import parse_file
from ingest.model import CAPTION, HEADING, PARAGRAPH, TABLE, Block, ParsedDocument


def build(*items: tuple[str, str]) -> ParsedDocument:
    blocks = tuple(
        Block(kind=kind, text=text, page_number=n // 3 + 1, order=n, level=1 if kind == HEADING else None)
        for n, (kind, text) in enumerate(items)
    )
    return ParsedDocument(path="built.txt", title="built", kind="report", format="pdf", sha256="0" * 64, pages=(), blocks=blocks)


# --- the real follow-up --------------------------------------------------------------


@pytest.fixture(scope="module")
def followup() -> ParsedDocument:
    shared_path("followup", FOLLOWUP_TXT.name)
    return parse_file(FOLLOWUP_TXT)


@pytest.fixture(scope="module")
def tables(followup: ParsedDocument) -> list[Table]:
    return extract_tables(followup, document_sentences(followup))


@pytest.fixture(scope="module")
def charts(followup: ParsedDocument) -> list[Chart]:
    return extract_charts(followup, document_sentences(followup))


def test_followup_table_1(tables: list[Table]) -> None:
    (table,) = tables
    assert table.label == "Tabell 1"
    assert table.caption is not None and table.caption.startswith("Andel kommuner där verksamheter inom socialtjänsten")
    assert table.header == ("Verksamhetsområde", *(str(y) for y in range(2017, 2024)))
    assert len(table.rows) == 8
    assert all(len(row) == 8 for row in table.rows)
    assert table.source == "Socialstyrelsen"
    assert table.page_number == 30


def test_followup_table_1_wrapped_row_label(tables: list[Table]) -> None:
    # 'Missbruks- och' / 'beroendevården' / '50 55 …': a label over two lines.
    assert tables[0].row("Missbruks- och beroendevården") == (50, 55, 55, 60, 52, 63, 59)
    assert [r[0] for r in tables[0].rows] == [
        "Ekonomiskt bistånd",
        "Missbruks- och beroendevården",
        "Socialpsykiatri",
        "Barn och unga",
        "LSS-barn",
        "LSS-vuxen",
        "Äldreomsorg",
        "Våld i nära relationer",
    ]
    assert tables[0].row("Våld i nära relationer") == (53, 57, 57, 63, 56, 68, 62)


def test_followup_table_1_is_referenced(tables: list[Table]) -> None:
    assert [r.text[:17] for r in tables[0].references] == ["Tabell 1 visar an"]


def test_followup_has_13_charts_with_caption_and_source(charts: list[Chart]) -> None:
    assert [c.label for c in charts] == [f"Figur {n}" for n in range(1, 14)]
    assert all(c.caption and c.source for c in charts)
    assert charts[4].caption == "Andel klienter i Kriminalvården som har genomfört ett program mot sexualbrott, 2020–2022."
    assert charts[4].source == "Kriminalvården"


def test_followup_chart_source_note_is_kept_apart(charts: list[Chart]) -> None:
    assert charts[0].source == "Brottsförebyggande rådet, egen bearbetning"
    assert charts[0].note == "Statistiken kommer från Brottsförebyggande rådet (2019:6)"


def test_followup_figure_5_is_referenced_by_its_sentence(followup: ParsedDocument, charts: list[Chart]) -> None:
    (ref,) = charts[4].references
    assert ref.text == "I figur 5 illustreras andelen klienter som genomfört ett program mot sexualbrott."
    assert followup.blocks[ref.block_index].kind == PARAGRAPH
    assert ref.page_number == 26 and charts[4].page_number == 27  # the paragraph starts on the page before


def test_followup_every_chart_is_referenced(charts: list[Chart]) -> None:
    assert all(c.references for c in charts)
    assert len(charts[11].references) == 2  # figur 12 is named twice


# --- cells ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "header", "rows"),
    [
        pytest.param(
            "Område 2021 2022\nA 1 2\nLång etikett som\nbryter rad\n3 4\nB 5 6",
            ("Område", "2021", "2022"),
            (("A", 1, 2), ("Lång etikett som bryter rad", 3, 4), ("B", 5, 6)),
            id="label-only lines join the next numbers line",
        ),
        pytest.param(
            "Område 2021 2022\nMissbruks-\nvården 1 2",
            ("Område", "2021", "2022"),
            (("Missbruks-vården", 1, 2),),
            id="a word broken at its hyphen is glued, hyphen kept as in ingest/text.py",
        ),
        pytest.param(
            "Område 2021 2022\nKunskaps-\noch metodstöd 7 8",
            ("Område", "2021", "2022"),
            (("Kunskaps- och metodstöd", 7, 8),),
            id="a hyphen before a conjunction keeps its space",
        ),
        pytest.param(
            "Grupp 2020 2021 2022\nKvinnor 12,5 – 45 %\nMän −3 .. 4",
            ("Grupp", "2020", "2021", "2022"),
            (("Kvinnor", 12.5, None, 45), ("Män", -3, None, 4)),
            id="decimals, percent, missing values and minus",
        ),
        pytest.param(
            "Län Kvinnor Män\nStockholm 10 20\nSkåne 30 40",
            ("Län", "Kvinnor", "Män"),
            (("Stockholm", 10, 20), ("Skåne", 30, 40)),
            id="a header without years splits by the data rows' width",
        ),
        pytest.param(
            "Region 2022 2023\nRegion 1 52 59",
            ("Region", "2022", "2023"),
            (("Region 1", 52, 59),),
            id="more numbers than columns: the first belong to the label",
        ),
        pytest.param(
            "Verksamhet | 2022 | 2023\nSocialtjänst | 52 | 58\nSkola | – | 12,5",
            ("Verksamhet", "2022", "2023"),
            (("Socialtjänst", 52, 58), ("Skola", None, 12.5)),
            id="PDF/HTML cells joined by ' | '",
        ),
        pytest.param("", (), (), id="empty"),
    ],
)
def test_parse_table_text(text: str, header: tuple[str, ...], rows: tuple[tuple[object, ...], ...]) -> None:
    assert parse_table_text(text) == (header, rows)


# --- captions, sources, references --------------------------------------------------------

PDF_LIKE = build(
    (HEADING, "RESULTAT"),
    (PARAGRAPH, "Som framgår av tabell 2 ökar andelen. Figurerna 3 och 4 visar trenden, se även figur 3–5."),
    (CAPTION, "Tabell 2 Andel som svarat ja, 2022–2023"),
    (TABLE, "Grupp | 2022 | 2023\nKvinnor | 40 | 45"),
    (CAPTION, "Källa: SCB."),
    (CAPTION, "Figur 3. Trenden över tid."),
    (CAPTION, "Källor: SCB och Brå."),
    (CAPTION, "Figur 4: Utan källa."),
    (HEADING, "NÄSTA"),
    (CAPTION, "Källa: Hör till inget."),
    (TABLE, "A | B\nx | 1"),
)


def test_built_table_caption_source_and_reference() -> None:
    first, bare = extract_tables(PDF_LIKE)
    assert (first.label, first.caption, first.source, first.header) == (
        "Tabell 2",
        "Andel som svarat ja, 2022–2023",
        "SCB",
        ("Grupp", "2022", "2023"),
    )
    assert first.rows == (("Kvinnor", 40, 45),)
    assert [r.sentence_index for r in first.references] == [0]
    # A table with no labelled caption near it has no label, caption or source.
    assert (bare.label, bare.caption, bare.source, bare.rows) == (None, None, None, (("x", 1),))


def test_built_charts_sources_and_references() -> None:
    charts = extract_charts(PDF_LIKE)
    assert [(c.label, c.caption, c.source) for c in charts] == [
        ("Figur 3", "Trenden över tid.", "SCB och Brå"),
        ("Figur 4", "Utan källa.", None),  # the next Källa stands after a heading
    ]
    # "Figurerna 3 och 4" and "figur 3–5" stand in one sentence: one reference each.
    assert [len(c.references) for c in charts] == [1, 1]
    assert charts[0].references[0].sentence_index == 1
