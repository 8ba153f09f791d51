"""Issue 18, item 13, on both backends: NUL characters in a document are
taken out before it is stored (PostgreSQL refused them, SQLite stored them),
and a raw query with hundreds of terms is refused instead of taking a time
that grows with their square."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.pipeline import ingest_paths
from evidence.search import MAX_RAW_WORDS, SearchQueryError, search_blocks
from evidence.store import export_document, find_document, open_engine

# Past the first 8 KB, where a NUL byte would make the file binary.
FILLER = "Inledning. " + "Kommunerna har arbetat med frågan under flera år. " * 200


def test_nul_characters_are_taken_out_on_both_backends(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_text(
        " RAPPORT MED NUL\n\n" + FILLER + "\n\nRap\x00porten visar att 12 procent av kommunerna har rutiner.1\n\n \n"
        "1 Social\x00styrelsen 2020.\n",
        encoding="utf-8",
    )
    report = ingest_paths([path], db=db_url)
    assert report.ok, [o.error for o in report.failed]
    engine = open_engine(db_url)
    data = export_document(engine, find_document(engine, "NUL").id)  # type: ignore[arg-type]
    texts = [data["document"]["title"], *(b["text"] for b in data["blocks"]), *(f["text"] for f in data["footnotes"])]
    assert not any("\x00" in t for t in texts)
    assert "Rapporten visar att 12 procent av kommunerna har rutiner." in [b["text"] for b in data["blocks"]]
    assert [f["text"] for f in data["footnotes"]] == ["Socialstyrelsen 2020."]
    # The marker still ends the sentence it annotates (its offset moved back by the NUL removed).
    sentence = next(s for s in data["sentences"] if s["text"].startswith("Rapporten"))
    assert sentence["text"] == "Rapporten visar att 12 procent av kommunerna har rutiner." and sentence["footnotes"]


def test_a_raw_query_of_many_terms_is_refused(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(" RAPPORT\n\nKommunerna har rutiner mot våld i nära relationer.\n", encoding="utf-8")
    assert ingest_paths([path], db=db_url).ok
    engine = open_engine(db_url)
    joined = " | ".join if engine.dialect.name == "postgresql" else " ".join  # each engine's own syntax
    assert search_blocks(engine, joined(["våld"] * MAX_RAW_WORDS), raw=True)
    with pytest.raises(SearchQueryError, match=f"a raw query of more than {MAX_RAW_WORDS} words is refused"):
        search_blocks(engine, joined(["våld"] * (MAX_RAW_WORDS + 1)), raw=True)
