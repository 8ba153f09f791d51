"""`check_document` on the real follow-up with one typical author error each
(issue 19): the error is found, with its severity, and nothing else is.

Each case is a real line of ../shared/corpus/followup as published and as an
author might have got it wrong; the clean report's own findings are the
baseline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DEMO_CORPUS, FOLLOWUP_TXT, shared_path
from evidence.check import ERROR, INFO, WARNING, Finding, check_document
from evidence.pipeline import ingest_paths
from evidence.store import find_document, open_engine
from ingest.files import parse_file

# (name, published text, text with the error, expected (kind, footnote, severity))
CASES = [
    ("footnote deleted", "58 Brottsoffermyndigheten, brev 2024. \n", "",
     {("numbering_gap", 58, ERROR), ("marker_without_footnote", 58, ERROR)}),
    ("first footnote of a page deleted", "17 Brottsförebyggande rådet 2014. \n", "",
     {("numbering_gap", 17, ERROR), ("marker_without_footnote", 17, ERROR)}),
    # 133, the next page's first footnote, has a spaced marker ("ställs. 133").
    ("footnote deleted before a page whose first marker is spaced", '\n132 Metoden har tagits fram av Kunskapscentrum för sexuell hälsa i samarbete med Sexualmedicinskt centrum-\nPilen, Västra Götalandsregionens kompetenscentrum om våld i nära relationer och Smittskydd Västra Götaland. \n', "\n",
     {("numbering_gap", 132, ERROR), ("marker_without_footnote", 132, ERROR)}),
    ("last footnote deleted", "257 SOU 2019:43.", "",
     {("marker_without_footnote", 257, ERROR)}),
    ("number repeated", "58 Brottsoffermyndigheten, brev 2024.", "57 Brottsoffermyndigheten, brev 2024.",
     {("duplicate_number", 57, ERROR)}),
    # 182 stands after a blank line inside page 41's footnote area.
    ("number repeated after a blank line in the footnote area", "\n182 Polismyndigheten 2024.",
     "\n181 Polismyndigheten 2024.", {("duplicate_number", 181, ERROR)}),
    ("number out of sequence", "19 Brottsförebyggande rådet 2023c.", "91 Brottsförebyggande rådet 2023c.",
     {("out_of_sequence", 19, ERROR)}),
    # 33 is within reach of a skip (30–32 deleted), but marker 33 is not on the page.
    ("number a few too high", "30 Arbetsmiljöverket 2022.", "33 Arbetsmiljöverket 2022.",
     {("out_of_sequence", 30, ERROR)}),
    ("marker deleted", "fokus på.4 Programmet", "fokus på. Programmet",
     {("footnote_without_marker", 4, ERROR)}),
    # 182 is the only footnote under a blank line in its page's footnote area.
    ("marker of a footnote under a blank line deleted", "gängkriminalitet182,", "gängkriminalitet,",
     {("footnote_without_marker", 182, ERROR)}),
    ("markers swapped", "stort.17  \n\nKvinnor och män, flickor och pojkar utsätts för våld eller hot där förövaren oftast är \nen man.18",
     "stort.18  \n\nKvinnor och män, flickor och pojkar utsätts för våld eller hot där förövaren oftast är \nen man.17",
     {("marker_order", 18, ERROR)}),  # 18 stands before 17: the marker out of the ascending run
    ("year after the report's", "19 Brottsförebyggande rådet 2023c.", "19 Brottsförebyggande rådet 2032c.",
     {("implausible_year", 19, WARNING)}),
    ("five-digit year", "109 Socialstyrelsen 2018b; 2022c.", "109 Socialstyrelsen 2018b; 20222c.",
     {("implausible_year", 109, WARNING)}),
    ("year before 1950", "17 Brottsförebyggande rådet 2014.", "17 Brottsförebyggande rådet 1914.",
     {("implausible_year", 17, WARNING)}),
    ("agency misspelled", "57 Brottsoffermyndigheten 2023.", "57 Brottsoffermyndigheen 2023.",
     {("misspelled_source", 57, WARNING)}),
    ("designation with a wrong separator", "257 SOU 2019:43.", "257 SOU 2019.43.",
     {("malformed_designation", 257, ERROR)}),
    ("designation split by a space", "1 SFS 2021:966.", "1 SFS 2021:9 66.",
     {("malformed_designation", 1, ERROR)}),
    ("designation with a stray parenthesis", "62 SFS 2022:722", "62 SFS 2022:722)",
     {("malformed_designation", 62, ERROR)}),
    ("bare year where letters are used", "19 Brottsförebyggande rådet 2023c.", "19 Brottsförebyggande rådet 2023.",
     {("ambiguous_suffix", 19, WARNING)}),
    ("letter used nowhere else", "19 Brottsförebyggande rådet 2023c.", "19 Brottsförebyggande rådet 2023f.",
     {("ambiguous_suffix", 19, WARNING)}),
    ("year lost in a list", "138 Socialstyrelsen 2016; 2018b;", "138 Socialstyrelsen; 2018b;",
     {("unparsed", 138, WARNING)}),
    ("year lost in a single citation", "57 Brottsoffermyndigheten 2023.", "57 Brottsoffermyndigheten.",
     {("unparsed", 57, WARNING)}),
    ("year of personal authors lost", "126 Korkmaz & Överlien 2023.", "126 Korkmaz & Överlien.",
     {("unparsed", 126, WARNING)}),
    ("part of a list is no citation", "109 Socialstyrelsen 2018b; 2022c.", "109 Socialstyrelsen 2018b; se ovan; 2022c.",
     {("unparsed", 109, WARNING)}),
]


def _key(f: Finding) -> tuple[str, int | None, str]:
    return (f.kind, f.footnote, f.severity)


def _check(path: Path, tmp: Path) -> list[Finding]:
    db = f"sqlite:///{tmp / 'kallkoll.db'}"
    assert ingest_paths([path], db=db).ok
    engine = open_engine(db)
    return check_document(engine, find_document(engine, str(path)).id)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def published() -> str:
    return shared_path("followup", FOLLOWUP_TXT.name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, int | None, str]]:
    path = shared_path("followup", FOLLOWUP_TXT.name)
    return {_key(f) for f in _check(path, tmp_path_factory.mktemp("clean"))}


def test_published_report_has_no_numbering_or_marker_errors(baseline: set) -> None:
    assert {k for k in baseline if k[2] == ERROR} == {("malformed_designation", 236, ERROR)}
    assert all(k[2] == INFO for k in baseline if k[0] == "unresolved")


@pytest.mark.parametrize("name,before,after,expected", CASES, ids=[c[0] for c in CASES])
def test_author_error_is_found_and_nothing_else(
    published: str, baseline: set, tmp_path: Path, name: str, before: str, after: str, expected: set
) -> None:
    assert published.count(before) == 1, f"{name}: the published text changed"
    path = tmp_path / FOLLOWUP_TXT.name
    path.write_text(published.replace(before, after), encoding="utf-8")
    found = {_key(f) for f in _check(path, tmp_path)}
    assert expected <= found
    new = {k for k in found - baseline if k[2] in (ERROR, WARNING)}
    assert new == expected


@pytest.mark.parametrize("name,before,after,expected", [c for c in CASES if c[0].startswith(("footnote", "number", "first", "last"))],
                         ids=[c[0] for c in CASES if c[0].startswith(("footnote", "number", "first", "last"))])
def test_footnotes_after_a_numbering_error_are_all_read(
    published: str, tmp_path: Path, name: str, before: str, after: str, expected: set
) -> None:
    path = tmp_path / FOLLOWUP_TXT.name
    path.write_text(published.replace(before, after), encoding="utf-8")
    doc = parse_file(path)
    deleted = 1 if not after.strip() else 0
    assert len(doc.footnotes) == 257 - deleted
    # Every footnote after the error keeps its own text and number.
    assert doc.footnotes[-1].number == 257 or name == "last footnote deleted"
    assert sum(1 for _ in doc.markers) == 257


DEMO_TXT = DEMO_CORPUS / "uppfoljning-demo-2025.txt"
# The demo report: its first footnotes, a source cited only twice, markers
# on pages apart. Each case is a list of (published, with the error) edits.
DEMO_CASES = [
    ("first footnote deleted", [("\n1 Skr. 2098/99:12.\n", "\n")],
     {("numbering_gap", 1, ERROR), ("marker_without_footnote", 1, ERROR)}),
    ("second footnote numbered 1", [("\n2 Demomyndigheten 2023.\n", "\n1 Demomyndigheten 2023.\n")],
     {("duplicate_number", 1, ERROR)}),
    ("fourth footnote numbered 1", [("\n4 Demoinstitutet 2024.\n", "\n1 Demoinstitutet 2024.\n")],
     {("out_of_sequence", 4, ERROR)}),
    # Marker 2 stands on page 1, marker 3 on page 3: page 2 has no footnotes.
    ("markers swapped across a page", [("samverkan i kommunerna.2 ", "samverkan i kommunerna.3 "), ("\når.3\n", "\når.2\n")],
     {("marker_order", 3, ERROR)}),
    # 2032 is also 2023 (cited in footnote 11) with two digits swapped: one
    # finding, on the wrong year, not a digit swap naming the right one.
    ("impossible year that is a digit swap of another", [("\n2 Demomyndigheten 2023.\n", "\n2 Demomyndigheten 2032.\n")],
     {("implausible_year", 2, WARNING)}),
    # Cited twice, once misspelled: the report's text names the body six times.
    ("source cited twice, misspelled once", [("\n2 Demomyndigheten 2023.\n", "\n2 Dumomyndigheten 2023.\n")],
     {("misspelled_source", 2, WARNING)}),
]


@pytest.mark.parametrize("name,edits,expected", DEMO_CASES, ids=[c[0] for c in DEMO_CASES])
def test_author_error_in_the_demo_report(tmp_path: Path, name: str, edits: list, expected: set) -> None:
    text = DEMO_TXT.read_text(encoding="utf-8")
    for before, after in edits:
        assert text.count(before) == 1, f"{name}: the demo text changed"
        text = text.replace(before, after)
    (tmp_path / "clean").mkdir()
    baseline = {_key(f) for f in _check(DEMO_TXT, tmp_path / "clean")}
    path = tmp_path / DEMO_TXT.name
    path.write_text(text, encoding="utf-8")
    found = {_key(f) for f in _check(path, tmp_path)}
    assert {k for k in found - baseline if k[2] in (ERROR, WARNING)} == expected
