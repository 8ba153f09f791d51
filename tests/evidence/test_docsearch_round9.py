"""Document search, round nine (issue 15): general causes that strangers'
queries meet, each rule on real assignment sentences.

The database is built with the library from real government assignments
(ingest_paths), on each backend.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from assignment_db import build_assignment_db, top_ids

from evidence import docsearch
from evidence.docsearch import _forms, count_terms, plan_query, resolve_query, stem
from evidence.reader import reader_for

ASSIGNMENTS = {
    # `Uppdraget ska genomföras med ett jämställdhets-, barnrätts- och
    # ungdomsperspektiv.`: the child rights perspective only suspended
    "leisure": ("2020", "06", "uppdrag-for-framjande-av-aktiv-fritid-for-personer-med-funktionsnedsattning.md"),
    # `barnrättsperspektiv` whole
    "sport": ("2023", "04", "uppdrag-att-folja-upp-statens-stod-till-idrotten.md"),
    # `forsknings-, innovations- och utbildningssamarbete` in the title
    "china": ("2010", "12", "u20107180f.md"),
    # `Smittskyddsinstitutets laborativa verksamhet` in the title, no `forskning`
    "smi_laboratory": ("2011", "01", "s20109051fh.md"),
    # `Totalförsvarets forskningsinstitut`: `institut` and `forskning`, no `smittskydd`
    "defence": ("2025", "04", "uppdrag-till-forsvarsmakten-om-samverkan-gallande-teknikinfrastruktur.md"),
    # `smittskydd` and `institut` as words, so that the index splits `smittskydds|institut`
    "hygiene": ("2024", "11", "uppdrag-om-nationell-uppfoljning-inom-omradet-vardhygien-och-vardrelaterade-infektioner.md"),
    "geodata": ("2019", "09", "uppdrag-att-genomfora-utbildnings--och-utvecklingsinsatser-avseende-systemet-geokalkyl.md"),
    # `Samernas bibliotek`
    "sami_library": ("2017", "10", "uppdrag-till-sametinget-avseende-samernas-bibliotek.md"),
}

MFD = "Uppdraget ska genomföras med ett jämställdhets-, barnrätts- och ungdomsperspektiv."


@pytest.fixture(scope="module")
def db(module_db_url: str) -> SimpleNamespace:
    return build_assignment_db(module_db_url, ASSIGNMENTS)


# ---- suspended compounds: `barnrätts- och ungdomsperspektiv` ----------------------------------


def test_a_suspended_compound_counts_as_the_whole_word() -> None:
    body = count_terms(MFD, parts_as_words=False)
    assert body.whole[stem("barnrättsperspektiv")] == 1
    assert body.whole[stem("jämställdhetsperspektiv")] == 1
    assert body.whole[stem("ungdomsperspektiv")] == 1
    # the fragment still counts as written, and the length is the words written
    assert body.whole[stem("barnrätts")] == 1
    assert body.length == len(MFD.split())  # no word is added


def test_the_shared_head_is_not_counted_once_more_per_fragment() -> None:
    # `samarbete` splits wrongly as `samar|bete` (whose stem is `sam`, as
    # `samernas`'s is): counted once for the last word, not again for
    # `forskningssamarbete` and `innovationssamarbete`
    title = "Uppdrag att föreslå områden för förstärkt forsknings-, innovations- och utbildningssamarbete med Kina m.m."
    suspended = count_terms(title, parts_as_words=True)
    alone = count_terms("Uppdrag att föreslå områden för förstärkt utbildningssamarbete med Kina m.m.", True)
    assert suspended.whole[stem("forskningssamarbete")] == 1
    assert suspended.whole[stem("innovationssamarbete")] == 1
    for part in ("sam", stem("samarbete")):
        assert suspended.whole[part] == alone.whole[part]


@pytest.mark.parametrize(
    "text",
    ["e-tjänster och e-förvaltning", "covid-19- och influensavaccinationer", "kostnaden 5 - och intäkterna",
     "kvinno-\njourer och mansjourer"],
)
def test_what_is_no_suspended_compound_adds_nothing(text: str) -> None:
    counted = count_terms(text, parts_as_words=False)
    plain = count_terms(text.replace("-", " "), parts_as_words=False)
    assert counted.whole == plain.whole


def test_a_query_fragment_is_the_whole_word() -> None:
    assert [c.label for c in plan_query("barnrätts- och ungdomsperspektiv")] == [
        "barnrättsperspektiv", "ungdomsperspektiv"]
    # an expression of the synonym table stays one
    [health] = plan_query("hälso- och sjukvård")
    assert health.synonyms


def test_the_suspended_compound_is_found_by_the_whole_word(db) -> None:  # type: ignore[no-untyped-def]
    found = top_ids(db, "barnrättsperspektiv")
    assert {db.ids["leisure"], db.ids["sport"]} <= set(found)
    assert db.ids["china"] not in found
    # and by the suspended form typed as in the document
    assert top_ids(db, "barnrätts- och ungdomsperspektiv")[0] == db.ids["leisure"]


# ---- a function word is no other form of a word ----------------------------------------------


def test_a_function_word_is_no_form_of_a_content_word(db) -> None:  # type: ignore[no-untyped-def]
    # Snowball stems `samernas` as `sam`, whose `-t` form is `samt` ("and
    # also", in nearly every assignment): as a variant it gave the concept
    # the idf of a function word and matched every document with `samt`.
    assert "samt" in _forms("samernas", stem("samernas"))
    [c] = plan_query("samernas")
    with reader_for(db.engine).connect() as conn:
        resolve_query(conn, [c])
    assert "samt" not in c.variants
    found = top_ids(db, "samernas")
    assert found[0] == db.ids["sami_library"]
    assert db.ids["sport"] not in found  # it says `samt`, and nothing of the Sami


# ---- some of a compound's parts are not all the query's words ----------------------------------


def _score(db: SimpleNamespace, query: str, key: str) -> float:
    results = docsearch.search_documents(db.engine, query)["results"]
    return next(r["score"] for r in results if r["document_id"] == db.ids[key])


def test_some_parts_of_a_compound_earn_no_all_words_bonus(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # blind6 `Smittskyddsinstitutets forskning`: the defence assignment has
    # `forskning` and, of `smittskydds|institut`, only `institut` (in
    # `Totalförsvarets forskningsinstitut`); it had the bonus for matching
    # every word and ranked above assignments about the institute.
    query = "Smittskyddsinstitutets forskning"
    usual = _score(db, query, "defence")
    monkeypatch.setattr(docsearch, "ALL_BONUS", 100.0)
    assert _score(db, query, "defence") == usual
    # a document with every word still has the bonus
    both = "Smittskyddsinstitutets laborativa"
    monkeypatch.setattr(docsearch, "ALL_BONUS", 0.25)
    with_bonus = _score(db, both, "smi_laboratory")
    monkeypatch.setattr(docsearch, "ALL_BONUS", 0.0)
    assert _score(db, both, "smi_laboratory") < with_bonus
