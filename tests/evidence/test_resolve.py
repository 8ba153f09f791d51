"""Which document DOC means (evidence/resolve.py, issue 17), and no database made by reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import AmbiguousDocumentError, DocumentNotFoundError, NoDatabaseError
from evidence.resolve import DocumentRef, choose_document, require_database


def ref(i: int, title: str, kind: str = "report", designations: tuple[str, ...] = (), at: str = "") -> DocumentRef:
    return DocumentRef(i, title, kind, f"/data/doc{i}.txt", designations, at or f"2026-01-0{i} 10:00:00")


FOLLOWUP = ref(1, "En uppföljning av arbetet för att mäns våld mot kvinnor ska upphöra")
PRESS = ref(2, "Fördjupad uppföljning av arbetet med att förebygga mäns våld", "web_page")
BILL = ref(3, "Regeringens proposition om kontaktförbud", designations=("Prop. 2012/13:187",))
SOU = ref(4, "Med tillit följer bättre resultat", "web_page", ("SOU 2019:43",))
LATER = ref(5, "Ny uppföljning av arbetet för att mäns våld mot kvinnor ska upphöra")
SHORT = ref(6, "Uppföljning", "web_page")
DOCS = [FOLLOWUP, PRESS, BILL, SOU, LATER, SHORT]


@pytest.mark.parametrize(
    ("typed", "expected", "noted"),
    [
        ("1", FOLLOWUP, False),  # an id
        ("/data/doc3.txt", BILL, False),  # a path
        ("uppföljning", SHORT, False),  # the whole title wins over the titles it is a fragment of
        ("  UPPFÖLJNING ", SHORT, False),  # case and spacing do not matter
        ("Prop. 2012/13:187", BILL, False),  # a designation the document states
        ("Prop 2012/13:187", BILL, False),  # written as people write it
        ("SOU 2019:43", SOU, False),
        ("tillit", SOU, False),  # a unique fragment
        ("mäns våld mot kvinnor ska", LATER, True),  # two reports: the most recently ingested
        ("av arbetet", LATER, True),  # reports and a web page: a report
    ],
)
def test_doc_resolves_to(typed: str, expected: DocumentRef, noted: bool) -> None:
    found = choose_document(DOCS, typed)
    assert found.document == expected
    assert (found.note is not None) == noted


def test_the_note_names_the_choice_and_the_others() -> None:
    note = choose_document(DOCS, "av arbetet").note
    assert note is not None
    assert "using 5" in note and "most recently ingested report" in note and "1 (report)" in note and "2 (web_page)" in note


def test_several_matches_without_a_report_list_the_candidates() -> None:
    pages = [ref(1, "Sida om våld A", "web_page"), ref(2, "Sida om våld B", "web_page"), BILL]
    with pytest.raises(AmbiguousDocumentError) as caught:
        choose_document(pages, "sida om våld")
    assert [d.id for d in caught.value.candidates] == [1, 2]
    assert "give the id" in str(caught.value)


@pytest.mark.parametrize("typed", ["nothing like it", "99", ""])
def test_no_match_is_not_found(typed: str) -> None:
    with pytest.raises(DocumentNotFoundError):
        choose_document(DOCS, typed)


def test_a_missing_or_empty_sqlite_file_is_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoDatabaseError) as caught:
        require_database("sqlite:///kallkoll.db")
    assert str(caught.value) == (
        "no kallkoll database at ./kallkoll.db — run `kallkoll ingest PATH` first, or pass --db"
    )
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(NoDatabaseError):
        require_database(f"sqlite:///{tmp_path / 'empty.db'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_an_existing_database_or_a_server_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "k.db").write_bytes(b"SQLite format 3\x00")
    require_database(f"sqlite:///{tmp_path / 'k.db'}")
    require_database("sqlite://")
    require_database("postgresql+psycopg://u:secret@127.0.0.1/db")
