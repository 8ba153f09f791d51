"""Document search, round seven (issue 15): general causes found on the
blind5 part's misses, each rule on real query and document words.

The database is built with the library from real government assignments
(ingest_paths), on each backend.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from assignment_db import build_assignment_db, resolved_concepts, top_ids

from evidence.docsearch import stem
from extract.agencies import ABBREVIATIONS, ACTOR_ABBREVIATIONS, expand_actor
from extract.agency_names import normalise_agency

ASSIGNMENTS = {
    # assigned to Vetenskapsrådet (researcher education for teachers)
    "research_school": ("2013", "03", "u20131553f.md"),
    # assigned to Havs- och vattenmyndigheten: its name has "av" in it
    "water_scooters": ("2013", "06", "m20131585nm.md"),
    # `sommarlovsaktiviteter` ...
    "summer_activities": ("2017", "12", "uppdrag-angaende-administration-fordelning-av-medel-och-uppfoljning-av-satsning-pa-bidrag-till-sommarlovsaktiviteter.md"),
    # ... and `lovaktiviteter`: the plain words `sommar` and `lov` are in neither
    "holiday_activities": ("2021", "05", "uppdrag-att-fordela-medel-for-avgiftsfria-och-smittsakra-lovaktiviteter.md"),
}


@pytest.fixture(scope="module")
def db(module_db_url: str) -> SimpleNamespace:
    return build_assignment_db(module_db_url, ASSIGNMENTS)


_top = top_ids


# ---- --actor: the abbreviations staff type ------------------------------------------------------


@pytest.mark.parametrize(("typed", "name"), [("VR", "Vetenskapsrådet"), ("vr", "Vetenskapsrådet"),
                                              ("HaV", "Havs- och vattenmyndigheten"), ("TRV", "Trafikverket")])
def test_actor_abbreviations_expand_to_the_stored_name(typed: str, name: str) -> None:
    assert expand_actor(typed) == name


def test_actor_abbreviations_name_agencies_as_the_measures_store_them() -> None:
    # The LIKE on the stored agency names only finds a full name that is its
    # own normalised form; and an abbreviation of the ingest table keeps its
    # meaning there.
    for abbreviation, name in ACTOR_ABBREVIATIONS.items():
        assert normalise_agency(name) == name, abbreviation
        assert abbreviation not in ABBREVIATIONS, abbreviation


def test_unknown_or_name_is_no_actor_abbreviation() -> None:
    assert expand_actor("Vetenskapsrådet") is None
    assert expand_actor("KI") is None  # Karolinska institutet or Konjunkturinstitutet: left out


def test_actor_vr_finds_vetenskapsradets_assignment(db) -> None:  # type: ignore[no-untyped-def]
    assert _top(db, "forskarutbildning för lärare", actor="VR") == [db.ids["research_school"]]
    assert _top(db, "forskarutbildning för lärare", actor="Vetenskapsrådet") == [db.ids["research_school"]]


def test_an_expanded_abbreviation_is_no_substring_of_other_names(db) -> None:  # type: ignore[no-untyped-def]
    # `AV` is Arbetsmiljöverket; as a bare substring it found "H-av-s- och
    # vattenmyndigheten" (and every name with the word "av").
    assert _top(db, "vattenskotrar", actor="AV") == []
    assert _top(db, "vattenskotrar", actor="HaV") == [db.ids["water_scooters"]]
    # a part of a name still finds the whole
    assert _top(db, "vattenskotrar", actor="vattenmyndigheten") == [db.ids["water_scooters"]]


# ---- a rare compound of the query splits with the common words too --------------------------------


_resolved = resolved_concepts


def test_a_rare_compound_splits_into_common_words_the_index_lacks(db) -> None:  # type: ignore[no-untyped-def]
    [c] = _resolved(db, "sommarlovsaktiviteter")
    assert {stem("lov"), stem("aktiviteter")} <= set(c.parts)
    found = _top(db, "sommarlovsaktiviteter")
    assert found[0] == db.ids["summer_activities"] and db.ids["holiday_activities"] in found


def test_a_slip_in_a_rare_compound_finds_its_parts_too(db) -> None:  # type: ignore[no-untyped-def]
    assert db.ids["holiday_activities"] in _top(db, "sommarlovsaktivitter")


def test_a_common_word_keeps_the_index_reading(db) -> None:  # type: ignore[no-untyped-def]
    # `måltider` is a word of its own, not `mål` (goals, in every assignment) + `tider`
    [c] = _resolved(db, "måltider")
    assert stem("mål") not in c.parts


def test_an_ending_is_no_part(db) -> None:  # type: ignore[no-untyped-def]
    # `konstnärers` is no common word, but `ers` (in wordfreq's list) is its ending
    [c] = _resolved(db, "konstnärers")
    assert "ers" not in c.parts
