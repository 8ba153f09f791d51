"""Tables and charts from a PDF the test suite typesets itself (pdfplumber's table finder)."""

from __future__ import annotations

from pathlib import Path

from extract.tables import extract_charts, extract_tables
from ingest.files import parse_file
from typeset import typeset_report


def test_typeset_table_and_chart(tmp_path: Path) -> None:
    pdf = tmp_path / "rapport.pdf"
    typeset_report(pdf, pages=3)
    parsed = parse_file(pdf)
    tables = extract_tables(parsed)
    assert len(tables) == 1
    table = tables[0]
    assert table.label == "Tabell 1"
    assert table.header == ("Län", "Anmälda brott", "Andel (%)")
    assert table.rows[0][0] == "Stockholms län" and table.rows[0][2] == 31.2
    assert table.source and table.source.startswith("Brottsförebyggande rådet")
    charts = extract_charts(parsed)
    assert [c.label for c in charts] == ["Figur 1"] and charts[0].source
