"""Properties of full-text query handling, `evidence/search.py` and
`evidence/measures.search_measures` (issue 8, hypothesis).

The database is real: the project's demo corpus (`corpus/`, a report with
footnotes and the two sources it cites) ingested by `ingest_paths` into a
fresh SQLite file with its FTS5 index, once for the module.

* the query functions (`query_stems`, `match_expression`, `tsquery_words`,
  `tsquery_syntax`, `snippet`) never raise on arbitrary Unicode; a MATCH
  expression is only quoted stems;
* `search_blocks` and `search_measures` taken as words never raise on
  arbitrary Unicode queries (FTS5 operators, quotes, NUL, any script) and
  return well-formed results, best first; with `raw=True` the only error is
  the documented one-line `SearchQueryError`;
* a query made of words of a stored block finds that block;
* `stems` is the stem of each of `words`, in order (it skips making offsets).

Settings: tests/support/fuzz.py (KALLKOLL_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import DEMO_CORPUS
from fuzz import fuzz
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from evidence.measures import search_measures
from evidence.pipeline import ingest_paths
from evidence.search import _stemmer, stems, words
from evidence.search import (
    HIT_CLOSE,
    HIT_OPEN,
    SearchQueryError,
    match_expression,
    query_stems,
    search_blocks,
    snippet,
    tsquery_syntax,
    tsquery_words,
    words,
)
from evidence.store import close_engine, open_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path_factory.mktemp('search_properties') / 'kallkoll.db'}"
    report = ingest_paths([DEMO_CORPUS], url)
    assert report.ok, [o.error for o in report.failed]
    yield open_engine(url)
    close_engine(url)


@pytest.fixture(scope="module")
def block_texts(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        texts = [t for (t,) in conn.execute(text("SELECT text FROM block WHERE kind = 'paragraph' ORDER BY id"))]
    assert len(texts) > 10
    return texts


# Queries: anything, plus FTS5 and tsquery syntax mixed with corpus words.
_SYNTAX = ['"', "*", "-", "+", "^", ":", "(", ")", "{", "}", "[", "]", "AND", "OR", "NOT", "NEAR", "NEAR(", ",",
           "&", "|", "!", "<->", "<2>", ":*", "'", "\\", "\x00", "\u00ad", "block:", "stems:", "rank", "bm25"]
_WORDS = ["våld", "kontaktförbud", "kvinnor", "Demomyndigheten", "och", "att", "skyddat", "boende", "2023", "5 287",
          "procent", "Skr.", "SOU", "ÅÄÖ", "straße", "İstanbul", "ﬁnans", "日本語", "ا", "🙂"]
_query = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.sampled_from(_SYNTAX), st.sampled_from(_WORDS), st.text(max_size=5)), max_size=10).map(
        lambda parts: " ".join(parts)
    ),
    st.lists(st.sampled_from(_SYNTAX + _WORDS), max_size=10).map("".join),
)


@fuzz(300)
@given(_query)
@example("och att")  # stop words only: kept, not dropped to nothing
@example("och \u00ad")  # regression: a lone soft hyphen was an empty stem, and the query searched for ""
def test_query_functions_never_raise(query: str) -> None:
    found = query_stems(query)
    assert len(found) == len(set(found))
    assert all(s and not re.search(r"\s", s) for s in found)
    expression = match_expression(query)
    if expression is None:
        assert not words(query)
    else:
        # Every stem quoted, quotes doubled: FTS5 reads no operator in it.
        assert re.fullmatch(r'"(?:[^"]|"")*"(?: "(?:[^"]|"")*")*', expression), expression
    assert tsquery_words(query) == " ".join(found)
    assert "\x00" not in tsquery_syntax(query)


@fuzz(200)
@given(st.text(max_size=200).map(lambda t: t.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")), _query)
def test_snippet_never_raises(body: str, query: str) -> None:
    wanted = frozenset(query_stems(query))
    out = snippet(body, wanted)
    assert out.count(HIT_OPEN) == out.count(HIT_CLOSE)
    if not words(body):
        assert out == ""
    if not wanted:
        assert HIT_OPEN not in out


def _check_blocks(results: list[dict], limit: int) -> None:
    assert len(results) <= max(limit, 0)
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    for r in results:
        assert isinstance(r["block_id"], int) and isinstance(r["snippet"], str)


@fuzz(200)
@given(_query, st.integers(-1, 30))
@example('"', 5)
@example("NEAR(våld", 5)
@example("\x00", 5)
def test_search_blocks_as_words_never_raises(engine: Engine, query: str, limit: int) -> None:
    _check_blocks(search_blocks(engine, query, limit=limit), limit)


@fuzz(150)
@given(_query)
@example("våld OR")
@example("kontaktförbud OR barnahus")
def test_raw_search_fails_only_with_a_one_line_query_error(engine: Engine, query: str) -> None:
    try:
        results = search_blocks(engine, query, limit=5, raw=True)
    except SearchQueryError as exc:
        message = str(exc)
        assert "\n" not in message and "not a valid FTS5 query" in message
        return
    _check_blocks(results, 5)


@fuzz(150)
@given(_query, st.one_of(st.none(), st.text(max_size=15), st.sampled_from(["Brå", "%", "_", "\\", "Demomyndigheten"])),
       st.booleans())
def test_search_measures_never_raises(engine: Engine, query: str, actor: str | None, raw: bool) -> None:
    try:
        results = search_measures(engine, query, actor=actor, limit=10, raw=raw)
    except SearchQueryError as exc:
        assert raw and "\n" not in str(exc)
        return
    assert len(results) <= 10
    for r in results:
        assert isinstance(r["snippet"], str)


@fuzz(60)
@given(st.data())
def test_words_of_a_stored_block_find_it(engine: Engine, block_texts: list[str], data: st.DataObject) -> None:
    body = data.draw(st.sampled_from(block_texts))
    found = [w for w, s, e in words(body) if not w.isdigit()]
    chosen = data.draw(st.lists(st.sampled_from(found), min_size=1, max_size=4)) if found else []
    if not chosen:
        return
    results = search_blocks(engine, " ".join(chosen), limit=1000)
    with engine.connect() as conn:
        hits = {t for (t,) in conn.execute(
            text("SELECT text FROM block WHERE id IN (SELECT value FROM json_each(:ids))"),
            {"ids": "[" + ",".join(str(r["block_id"]) for r in results) + "]"},
        )}
    assert body in hits, (chosen, body[:80])


@fuzz(300)
@given(st.one_of(st.text(), st.text(alphabet="aåäöAÅÄÖ \u00ad-.,1")))
@example("och \u00ad kvinnor\u00adna")
def test_stems_are_the_stems_of_the_words(text: str) -> None:
    assert stems(text) == _stemmer().stemWords([w for w, _, _ in words(text)])
