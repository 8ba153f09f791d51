"""Swedish compound splitting (issue 15): known parts, linking letters, and what is no compound."""

from __future__ import annotations

import pytest

from extract.compounds import parts, shared_head, split_binary, suspended

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


# ---- suspended compounds: `barnrätts- och ungdomsperspektiv` -------------------------------------

SUSPENSION_LEXICON = frozenset(
    "barn rätt barnrätt ungdom perspektiv jämställdhet man män jourer kvinna kvinnor cykel kollektiv trafik "
    "hälsa sjuk vård sjukvård sjukvården vården avgift hög stadiet stadie influensa vaccin tjänster lång sikt iga "
    "medicinsk social".split()
)


def suspension_known(word: str) -> bool:
    return word in SUSPENSION_LEXICON


def _suspended(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], word) for start, end, word in suspended(text, suspension_known)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020/06 (Myndigheten för delaktighet), as written: two fragments, a comma between
        ("Uppdraget ska genomföras med ett jämställdhets-, barnrätts- och ungdomsperspektiv.",
         [("jämställdhets", "jämställdhetsperspektiv"), ("barnrätts", "barnrättsperspektiv")]),
        ("stöd till kvinno- och mansjourer", [("kvinno", "kvinnojourer")]),
        ("gång-, cykel- eller kollektivtrafik", [("gång", "gångtrafik"), ("cykel", "cykeltrafik")]),
        # the last word's head after its hyphen; a line break or a no-break space is white space
        ("radio- och tv-avgift", [("radio", "radioavgift")]),
        ("hälso- och\nsjukvården", [("hälso", "hälsovården")]),
        ("hälso- och\u00a0sjukvården", [("hälso", "hälsovården")]),
        # a short modifier the index never splits off (`hög` is a stop word) still cuts the head
        ("låg-, mellan- och högstadiet", [("låg", "lågstadiet"), ("mellan", "mellanstadiet")]),
        # a head that is a compound itself when no known head comes first
        ("kort- och långsiktiga", [("kort", "kortsiktiga")]),
    ],
)
def test_a_suspended_compound_is_its_fragment_with_the_shared_head(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert _suspended(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "e-tjänster och tjänster",  # a hyphen inside a word
        "covid-19- och influensavaccin",  # a fragment with digits
        "5 - och sjukvården",  # a minus or a dash with a space before it
        "kvinno-\njourer och mansjourer",  # a line-break hyphen: no conjunction follows
        "medicinsk- och social",  # the last word is no compound
        "barn- men ungdomsperspektiv",  # no conjunction of coordination
        "hälso- och sjukvård-",  # the last word ends in a hyphen itself
    ],
)
def test_what_is_no_suspended_compound(text: str) -> None:
    assert _suspended(text) == []


def test_a_shared_head_is_cut_after_the_first_known_part() -> None:
    assert shared_head("ungdomsperspektiv", suspension_known) == "perspektiv"
    assert shared_head("tv-avgift", suspension_known) == "avgift"
    assert shared_head("social", suspension_known) is None


def test_an_agent_noun_modifier_without_its_final_e_is_the_noun() -> None:
    # blind7 `bussförarutbildning` (round ten): the assignments say
    # `yrkesförarutbildning för buss`; `förar` is no word, `förare` is.
    lexicon = {"buss", "förare", "utbildning", "brukare", "inflytande"}
    assert parts("förarutbildning", lambda w: w in lexicon) == ["förare", "utbildning"]
    assert parts("bussförarutbildning", lambda w: w in lexicon) == ["bussförare", "buss", "förare", "utbildning"]
    assert parts("brukarinflytande", lambda w: w in lexicon) == ["brukare", "inflytande"]


def test_only_an_agent_noun_drops_its_final_vowel() -> None:
    # `flick|skola` (of `flicka`) is not read, and neither is any other
    # word plus -a or -e: with a large word list that splits by accident
    # (`lärarut|bildning` as `lärar` + `uta`).
    lexicon = {"flicka", "skola", "lärare", "uta", "bildning", "samara", "bete", "ute"}
    assert parts("flickskola", lambda w: w in lexicon) == []
    assert parts("samarbete", lambda w: w in lexicon) == []
    assert "uta" not in parts("lärarutbildning", lambda w: w in lexicon | {"utbildning"})


def test_a_head_inside_a_derivational_ending_is_no_head() -> None:
    # blind9 `lokalisering av statliga jobb` (round eleven): `lokalise|ring`
    # (with `-e-` read as a linking letter) gave the part `ring`, whose stem
    # the index held for every assignment; `-ering` is a derivation.
    lexicon = {"lokalis", "ring", "vigsel", "digitalis", "kvalitet", "säkring"}
    assert parts("lokalisering", lambda w: w in lexicon) == []
    assert parts("digitalisering", lambda w: w in lexicon) == []
    assert parts("vigselring", lambda w: w in lexicon) == ["vigsel", "ring"]
    assert parts("kvalitetssäkring", lambda w: w in lexicon) == ["kvalitet", "säkring"]
