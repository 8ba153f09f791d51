"""Document search (issue 15): whole documents, OR-ed words, compounds, typos,
synonyms, filters, fields, and the same ranking on SQLite and PostgreSQL.

The database is built with the library from a handful of real government
assignments (ingest_paths), on each backend.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from assignment_db import build_assignment_db, top_ids
from conftest import fresh_database

from evidence.docsearch import (
    FRAME_WEIGHT,
    OUTSIDE_YEARS_WEIGHT,
    SearchFilterError,
    _forms,
    _has_phrase,
    _part_stems,
    _part_synonyms,
    agency_parts,
    count_terms,
    plan_query,
    regeringen_url,
    search_documents,
    stem,
)
from evidence.measures import find_measures

ASSIGNMENTS = {
    "child_marriage": ("2014", "02", "u20141061jam.md"),
    "victims": ("2024", "12", "uppdrag-om-ett-starkt-stod-till-brottsoffer-och-vittnen.md"),
    "domestic": ("2016", "02", "uppdrag-att-fordela-utvecklingsmedel-och-ge-kompetensstod-for-arbetet-mot-vald-i-nara-relationer.md"),
    "homeless_2022": ("2022", "07", "uppdrag-att-stodja-kommunerna-i-arbetet-mot-hemloshet.md"),
    "homeless_2020": ("2020", "11", "uppdrag-att-ta-fram-analys-och-forslag-pa-atgarder-for-att-motverka-och-forebygga-hemloshet.md"),
    "hydrogen": ("2023", "03", "uppdrag-att-samordna-arbetet-med-vatgas-i-sverige.md"),
    "sex_purchase": ("2020", "10", "uppdrag-till-brottsforebyggande-radet-att-folja-upp-tillampningen-av-sexkopsbrott.md"),
    "children_house": ("2018", "01", "uppdrag-angaende-utvardering-av-barnahus.md"),
    "weapons": ("2022", "08", "uppdrag-att-starka-arbetet-for-att-minska-tillgangen-till-illegala-vapen-och-motverka-vapensmugglingen-till-sverige.md"),
    "working_life": ("2022", "03", "uppdrag-att-hoja-kunskapen-om-hur-vald-i-nara-relationer-och-hedersrelaterat-vald-och-fortryck-paverkar-arbetslivet.md"),
}



def _build(url: str) -> SimpleNamespace:
    return build_assignment_db(url, ASSIGNMENTS)


@pytest.fixture(scope="module")
def db(module_db_url: str) -> SimpleNamespace:
    return _build(module_db_url)


_top = top_ids


# ---- what staff type ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("äktenskap med barn", "child_marriage"),
        ("A2019/01517", "working_life"),  # a diary number  # parts in the query, the compound in the text
        ("barnäktenskapen", "child_marriage"),  # inflected
        ("brottsofferstöd", "victims"),  # a compound of the query split into parts the text has
        ("domestic violence", "domestic|working_life"),  # English, through the synonym table
        ("stalking våld i nära relationer", "domestic|working_life"),  # an unknown word does not empty the result
        ("finns det något uppdrag om att stödja kommunerna mot hemlöshet bland barnfamiljer", "homeless_2022"),
        ("vätgas", "hydrogen"),
        ("illegala vapen", "weapons"),
    ],
)
def test_the_document_staff_mean_comes_first(db, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _top(db, query)[0] in {db.ids[key] for key in expected.split("|")}


def test_a_typo_is_corrected_against_the_vocabulary_and_reported(db) -> None:  # type: ignore[no-untyped-def]
    found = search_documents(db.engine, "brottsofer")
    assert found["corrections"] == {"brottsofer": "brottsoffer"}
    assert found["results"][0]["document_id"] == db.ids["victims"]


def test_a_known_word_and_an_english_one_are_not_corrected(db) -> None:  # type: ignore[no-untyped-def]
    assert search_documents(db.engine, "brottsoffer")["corrections"] == {}
    assert search_documents(db.engine, "domestic violence")["corrections"] == {}


def test_a_slip_that_lands_on_a_rare_stem_is_corrected_too(db) -> None:  # type: ignore[no-untyped-def]
    # `seriges` is in no document, yet Snowball makes it `ser`, a stem one
    # document has; `sveriges`, one edit away, is in far more of them.
    found = search_documents(db.engine, "seriges")
    assert found["corrections"] == {"seriges": "sveriges"}
    # A form the documents use is never corrected, however rare its stem.
    assert search_documents(db.engine, "vittnen")["corrections"] == {}


def test_stop_words_alone_find_nothing_and_a_query_of_nothing_finds_nothing(db) -> None:  # type: ignore[no-untyped-def]
    assert search_documents(db.engine, "")["results"] == []
    assert search_documents(db.engine, "!!! ???")["results"] == []


def test_one_row_per_document_unless_per_block(db) -> None:  # type: ignore[no-untyped-def]
    rows = search_documents(db.engine, "hemlöshet kommunerna", limit=50)["results"]
    assert len({r["document_id"] for r in rows}) == len(rows)
    blocks = search_documents(db.engine, "hemlöshet kommunerna", limit=50, per_block=True)["results"]
    assert len(blocks) > len(rows)
    assert {r["document_id"] for r in blocks} == {r["document_id"] for r in rows}
    assert len({r["block_id"] for r in blocks}) == len(blocks)


def test_scores_fall_and_snippets_mark_the_hits(db) -> None:  # type: ignore[no-untyped-def]
    rows = search_documents(db.engine, "hemlöshet")["results"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert "«hemlöshet»" in rows[0]["snippet"].casefold()


# ---- filters and fields ------------------------------------------------------------------------


def test_year_filters_use_the_assignments_year(db) -> None:  # type: ignore[no-untyped-def]
    assert _top(db, "hemlöshet", year_from=2022, year_to=2022) == [db.ids["homeless_2022"]]
    assert db.ids["homeless_2022"] not in _top(db, "hemlöshet", year_to=2021)


def test_with_measure_years_a_document_decided_outside_the_range_weighs_less(db) -> None:  # type: ignore[no-untyped-def]
    # Both assignments have a measure running in 2021–2022; the 2020 one was
    # decided before the range, the 2022 one inside it.
    def scores(**filters) -> dict[int, float]:  # type: ignore[no-untyped-def]
        return {r["document_id"]: r["score"] for r in search_documents(db.engine, "hemlöshet", **filters)["results"]}

    plain = scores()
    ranged = scores(year_from=2021, year_to=2022, measure_years=True)
    assert set(ranged) == {db.ids["homeless_2020"], db.ids["homeless_2022"]}
    assert ranged[db.ids["homeless_2022"]] == plain[db.ids["homeless_2022"]]
    assert ranged[db.ids["homeless_2020"]] == pytest.approx(OUTSIDE_YEARS_WEIGHT * plain[db.ids["homeless_2020"]],
                                                            abs=1e-3)


def test_actor_filter_takes_abbreviations(db) -> None:  # type: ignore[no-untyped-def]
    assert _top(db, "tillämpningen av lagen", actor="Brå") == [db.ids["sex_purchase"]]


def test_kind_filter_is_the_documents_kind(db) -> None:  # type: ignore[no-untyped-def]
    assert _top(db, "hemlöshet", kind="report") == []
    assert _top(db, "hemlöshet", kind="assignment")


def test_a_year_range_backwards_is_refused_with_what_to_do(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SearchFilterError, match="swap"):
        search_documents(db.engine, "hemlöshet", year_from=2024, year_to=2020)


def test_results_carry_title_year_agencies_diary_path_and_url(db) -> None:  # type: ignore[no-untyped-def]
    [row] = search_documents(db.engine, "vätgas", limit=1)["results"]
    assert row["title"].startswith("Uppdrag att samordna arbetet med vätgas")
    assert row["year"] == 2023 and row["date"] == "2023-03"
    assert row["path"].endswith("uppdrag-att-samordna-arbetet-med-vatgas-i-sverige.md")
    assert row["url"] == "https://www.regeringen.se/regeringsuppdrag/2023/03/uppdrag-att-samordna-arbetet-med-vatgas-i-sverige/"
    assert row["agencies"] == ["Statens energimyndighet"]
    [row] = search_documents(db.engine, "arbetslivet", limit=1)["results"]
    assert "A2019/01517" in row["diary_numbers"]


def test_regeringen_url_only_for_mirrored_pages() -> None:
    assert regeringen_url("/x/regeringsuppdrag/2022/08/a-b.md") == "https://www.regeringen.se/regeringsuppdrag/2022/08/a-b/"
    assert regeringen_url("/x/followup/report.txt") is None


def test_measure_search_ranks_the_same_documents(db) -> None:  # type: ignore[no-untyped-def]
    found = find_measures(db.engine, "brottsofer")
    assert found["corrections"] == {"brottsofer": "brottsoffer"}
    assert found["results"][0]["document_id"] == db.ids["victims"]
    assert found["results"][0]["url"].startswith("https://www.regeringen.se/regeringsuppdrag/2024/12/")


def test_the_query_plan_makes_a_synonym_expression_one_concept() -> None:
    [group, word] = plan_query("domestic violence handläggarna")
    assert group.label == "domestic violence" and group.stems == ("domestic", "violenc")
    # `nära` keeps a letter more than its stem `när`, a stop word (`_SearchStemmer`).
    assert ("våld", "nära", "relation") in group.synonyms and not group.correctable
    assert word.label == "handläggarna" and not word.synonyms
    # The longest expression at a place wins: "hedersrelaterat våld och förtryck", not "hedersrelaterat våld".
    [honour] = plan_query("hedersrelaterat våld och förtryck")
    assert honour.stems == ("hedersrelater", "våld", "förtryck")


def test_a_correct_word_the_documents_lack_is_not_corrected(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # `amatörer` and `bilister` are one and two edits from `aktörer` and
    # `brister`, which the documents have; they are words, not slips.
    for word in ("amatörer", "bilister"):
        assert search_documents(db.engine, word)["corrections"] == {}
    # Without the list of common words they would be "corrected".
    import evidence.docsearch as docsearch

    monkeypatch.setattr(docsearch, "_common_words", lambda: frozenset())
    assert search_documents(db.engine, "amatörer")["corrections"] == {"amatörer": "aktörer"}


def test_a_long_compound_may_have_three_slips(db) -> None:  # type: ignore[no-untyped-def]
    # Three edits from `jämställdhetsåtgärder` (18 letters); two are the limit below 14 letters.
    found = search_documents(db.engine, "jämställdhtsåtgärd")
    assert found["corrections"] == {"jämställdhtsåtgärd": "jämställdhetsåtgärder"}
    assert found["results"][0]["document_id"] == db.ids["working_life"]
    assert search_documents(db.engine, "smuglngsvgr")["corrections"] == {}  # 11 letters, 4 edits


def test_the_parts_of_an_agency_name_are_no_topic_of_the_title() -> None:
    # `Sjöfartsverket` counts whole, but its part `sjöfart` is not a word of the title.
    agency = count_terms("Uppdrag till Sjöfartsverket att upphandla helikoptrar för sjöräddning", True)
    assert agency.whole[stem("sjöfartsverket")] == 1 and stem("sjöfart") not in agency.whole
    assert agency.whole[stem("räddning")] == 1  # other compounds still split
    topic = count_terms("Uppdrag om sjöfartsstrategin", True)
    assert topic.whole[stem("sjöfart")] == 1
    body = count_terms("Sjöfartsverket ska redovisa", False)
    assert body.part[stem("sjöfart")] == 1  # the body keeps it, as a part
    # Once per document, in the lead (index_document): Sametinget says a little about samer.
    assert agency_parts("Uppdrag till Sametinget att stärka samiska språket") == {stem("same"), stem("tinget")}


def test_english_policy_terms_meet_their_swedish_equivalents() -> None:
    [animal] = plan_query("animal welfare")
    assert (stem("djurskydd"),) in animal.synonyms
    [circular] = plan_query("circular economy")
    assert (stem("cirkulär"), stem("ekonomi")) in circular.synonyms
    # An expression belongs to one group only, or a query would meet two.
    from collections import Counter

    from extract.lang_sv_synonyms import SYNONYM_GROUPS

    repeated = [e for e, n in Counter(e.casefold() for g in SYNONYM_GROUPS for e in g).items() if n > 1]
    assert repeated == []


def test_an_inflected_word_the_stemmer_leaves_whole_meets_the_synonym_table() -> None:
    # Snowball stems `cykelns` to `cykeln`, not the table's `cykel`.
    [bike, role] = plan_query("cykelns roll")
    assert bike.stems == ("cykel",) and ("cykling",) in bike.synonyms
    assert role.label == "roll" and not role.synonyms
    [defence] = plan_query("totalförsvarets")
    assert ("civilt", "försv") in defence.synonyms


def test_a_form_that_lost_an_e_finds_the_form_with_it() -> None:
    # Snowball leaves `dricksvattnet` whole and makes `dricksvatten` `dricksvat`.
    assert "dricksvatten" in _forms("dricksvattnet", stem("dricksvattnet"))
    assert "cykel" in _forms("cyklar", stem("cyklar"))
    assert "fönster" in _forms("fönstret", stem("fönstret"))


def test_a_compound_with_a_word_of_the_synonym_table_takes_its_group_with_the_other_side() -> None:
    known = {"utanförskap", "områden"}.__contains__
    found = _part_synonyms("utanförskapsområden", known)
    assert ("segregation", stem("områden")) in found
    assert ("utsat", stem("områden")) in found  # `utsatta områden` holds the other side already
    assert not any(stem("utanförskap") in expr for expr in found)
    assert _part_synonyms("skrivbordslampa", {"skrivbord", "lampa"}.__contains__) == ()


def test_a_phrase_is_its_words_close_together() -> None:
    phrases = (("män", "våld", "kvinn"),)
    close = ["arbet", "mot", "män", "våld", "mot", "kvinn"]
    apart = ["män", *["ord"] * 10, "våld", *["ord"] * 10, "kvinn"]
    assert _has_phrase(close, set(close), phrases)
    assert not _has_phrase(apart, set(apart), phrases)
    # A one-word alternative of the concept counts wherever it stands.
    assert _has_phrase(apart, set(apart), (*phrases, ("ord",)))


# ---- the same on both backends -----------------------------------------------------------------


def _evaluation_queries() -> list[dict]:  # type: ignore[type-arg]
    bench = Path(__file__).resolve().parents[2] / "bench" / "search"
    parts = ("tune", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
             "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19",
             "blind20", "blind21")
    return [q for part in parts for q in yaml.safe_load((bench / f"{part}.yaml").read_text("utf-8"))]


def test_sqlite_and_postgresql_agree_on_the_top_five(tmp_path: Path) -> None:
    """Every query of the evaluation set, with its filters, on the same documents."""
    with fresh_database("postgresql", tmp_path) as pg_url, fresh_database("sqlite", tmp_path) as sqlite_url:
        pg, lite = _build(pg_url), _build(sqlite_url)
        names_pg = {v: k for k, v in pg.ids.items()}
        names_lite = {v: k for k, v in lite.ids.items()}
        compared = 0
        for q in _evaluation_queries():
            filters = {"actor": q.get("actor"), "year_from": q.get("from"), "year_to": q.get("to")}
            on_pg = [names_pg[i] for i in _top(pg, q["query"], limit=5, **filters)]
            on_lite = [names_lite[i] for i in _top(lite, q["query"], limit=5, **filters)]
            assert on_pg == on_lite, q["query"]
            compared += bool(on_lite)
        assert compared >= 20  # the documents answer enough of the queries for this to mean something


def test_the_head_of_a_compound_meets_its_bare_form() -> None:
    # Snowball leaves `fisket` whole, so the head of `yrkesfisket` would never
    # meet `fiske`, `fisket` or `fiskeri` (stem `fisk`) without its bare form.
    known = {"fiske": "fisk", "yrkes": "yrk"}
    assert _part_stems("fisket", "yrkesfisket", known) == ("fisket", "fisk")
    # The modifier carries no inflection: it keeps its own stem only.
    assert _part_stems("yrkes", "yrkesfisket", known) == ("yrk",)
    # A bare form the index lacks adds nothing.
    assert _part_stems("fisket", "yrkesfisket", {}) == ("fisket",)


def test_the_aim_verb_of_a_question_is_its_frame_but_alone_its_topic() -> None:
    question = "vilka myndigheter har fått i uppdrag att minska buller från vägtrafik"
    concepts = {c.label: c for c in plan_query(question)}
    assert concepts["minska"].weight == FRAME_WEIGHT and concepts["minska"].optional
    assert concepts["buller"].weight == 1.0 and not concepts["buller"].optional
    (alone,) = plan_query("motverka")
    assert alone.weight == 1.0 and not alone.optional
