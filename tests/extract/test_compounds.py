"""Swedish compound splitting (issue 15): known parts, linking letters, and what is no compound."""

from __future__ import annotations

import pytest

from extract.compounds import parts, split_binary

LEXICON = frozenset(
    "våld brott offer brottsoffer barn äktenskap hus kontakt förbud myndig het heten drag syn "
    "narkotika prevention gata kök spel problem skjutvapen vapen skjut stöd".split()
)


def known(word: str) -> bool:
    return word in LEXICON


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # -s- twice, the head split again; the longest modifier, `våldsbrott`, a compound itself
        ("våldsbrottsoffer", ["våld", "brottsoffer", "brott", "offer", "våldsbrott"]),
        ("barnäktenskap", ["barn", "äktenskap"]),
        ("barnahus", ["barn", "hus"]),  # -a-
        ("gatukök", []),  # shorter than MIN_WORD
        ("kontaktförbudet", []),  # the inflected head is no lexicon word
        ("kontaktförbud", ["kontakt", "förbud"]),
        ("narkotikaprevention", ["narkotika", "prevention"]),
        ("skjutvapenvåld", ["skjutvapen", "skjut", "vapen", "våld"]),
        ("brottsofferstöd", ["brottsoffer", "brott", "offer", "stöd"]),
    ],
)
def test_compounds_split_into_known_parts(word: str, expected: list[str]) -> None:
    assert parts(word, known) == expected


@pytest.mark.parametrize(
    "word",
    [
        "myndigheten",  # a derivational ending is no head
        "uppdraget",  # upp- is a function word
        "tillsynen",
        "våld",  # too short
        "a2019/01517",  # not letters
    ],
)
def test_words_that_are_no_compounds(word: str) -> None:
    assert parts(word, known) == []


def test_the_longest_known_head_wins() -> None:
    # "brottsoffer" (the longer head) rather than "offer" with "vålds-brott" as modifier.
    assert split_binary("våldsbrottsoffer", known) == ("våld", "brottsoffer")


def test_a_compound_hidden_on_the_left_by_the_longest_head_is_a_part_too() -> None:
    # dricks|vattenförsörjning is the longest head; dricksvatten|försörjning
    # brings the compound the documents are searched for.
    lexicon = LEXICON | {"dricks", "vatten", "dricksvatten", "försörjning", "vattenförsörjning"}
    found = parts("dricksvattenförsörjning", lambda w: w in lexicon)
    assert found[:2] == ["dricks", "vattenförsörjning"]
    assert {"dricksvatten", "försörjning", "vatten"} <= set(found)


def test_a_linking_letter_is_dropped_before_the_word_as_it_stands() -> None:
    assert split_binary("våldsbrottsoffer", lambda w: w in LEXICON | {"vålds"}) == ("våld", "brottsoffer")


def test_a_modifier_may_be_a_compound_itself_in_its_modifier_form() -> None:
    # blind4 `sjuksköterskorna`: `specialistsjuksköterskeexamen` was no
    # compound, as `specialistsjuksköterske` is in no word list; it is
    # `specialist` + `sjuksköterska` (with the -e a word in -a takes) + `examen`.
    lexicon = {"specialist", "sjuksköterska", "sjuk", "sköterska", "examen"}
    found = parts("specialistsjuksköterskeexamen", lambda w: w in lexicon)
    assert {"specialist", "sjuksköterska", "examen"} <= set(found)
    # One level deep only, and never without a known compound on the left.
    assert parts("blablablaskeexamen", lambda w: w in lexicon) == []
