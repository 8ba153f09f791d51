"""The synonym table (extract/lang_sv_synonyms.py) as search reads it: each
expression is matched by the Snowball stems of its content words, so what
must hold is stated on those stems, not on the spelling."""

from __future__ import annotations

from collections import defaultdict

import pytest

from evidence.docsearch import plan_query, stem, words
from extract.lang_sv_search import STOP_WORDS
from extract.lang_sv_synonyms import SYNONYM_GROUPS

# English words that are Swedish words of another meaning, or stem like one
# (`art` is a species, `ban` stems as `bana`; `care` stems as `car`, so `care`
# alone cannot stand for `vård`):
# a Swedish query with the Swedish word would meet the English term's group.
FALSE_FRIENDS = ("art", "arts", "barn", "hem", "land", "men", "chef", "former", "ban", "car", "cars", "gift", "fast",
                 "grades", "bad", "kind", "rest")


def content_stems(expression: str) -> tuple[str, ...]:
    found = words(expression)
    content = [w for w in found if w not in STOP_WORDS] or found
    return tuple(dict.fromkeys(stem(w) for w in content))


def test_expressions_are_plain_casefolded_text() -> None:
    odd = [e for g in SYNONYM_GROUPS for e in g if e != e.strip().casefold() or "  " in e or not e]
    assert odd == []


def test_no_two_groups_share_an_expression_by_its_stems() -> None:
    # `researchers` stems as `research`, which another group has: the query
    # would meet whichever group comes first.
    groups_of: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(SYNONYM_GROUPS):
        for expression in group:
            groups_of[content_stems(expression)].add(i)
    shared = {" ".join(s): sorted(SYNONYM_GROUPS[i][0] for i in g) for s, g in groups_of.items() if len(g) > 1}
    assert shared == {}


def test_every_group_expands_to_something() -> None:
    # A group whose expressions all stem alike (`medier`, `media`) adds nothing
    # the stemmer does not already do.
    idle = [g[0] for g in SYNONYM_GROUPS if len({content_stems(e) for e in g}) < 2]
    assert idle == []


def test_no_english_false_friend_of_a_swedish_word() -> None:
    table = {content_stems(e) for g in SYNONYM_GROUPS for e in g}
    swedish_keys = {content_stems(g[0]) for g in SYNONYM_GROUPS}  # `barn` is in the table as Swedish
    found = [w for w in FALSE_FRIENDS if content_stems(w) in table - swedish_keys]
    assert found == []


@pytest.mark.parametrize(
    ("query", "reaches"),
    [
        # From the most frequent topic terms of the assignments (bench/search/vocabulary.py).
        ("municipalities", "kommun"),
        ("landstingen", "region"),  # the older word meets the newer one
        ("county administrative boards", "länsstyrelse"),
        ("labour market", "arbetsmarknad"),
        ("foster care", "familjehem"),
        ("anpassad grundskola", "grundsärskola"),
        ("stamnätet", "transmission grid"),
    ],
)
def test_frequent_topic_terms_reach_their_group(query: str, reaches: str) -> None:
    [concept] = plan_query(query)
    assert content_stems(reaches) in concept.synonyms
