"""English words respelt the Swedish way (extract/lang_en_sv_spelling.py)."""

from __future__ import annotations

import pytest

from extract.lang_en_sv_spelling import swedish_spellings


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        ("quality", "kvalitet"),  # qu, -ity
        ("premium", "premie"),  # -ium
        ("medicine", "medicin"),  # -ine
        ("aquaculture", "akvakultur"),  # qu, c before u, -ure
        ("economy", "ekonomi"),  # c before o, -y
        ("psychology", "psykologi"),  # ch, -y
        ("statistics", "statistik"),  # -ics
        ("vaccines", "vaccin"),  # plural -s, cc before i stays
        ("digitalization", "digitalisering"),
        ("circular", "cirkulär"),
        ("national", "nationell"),
        ("competence", "kompetens"),
        ("effective", "effektiv"),
        ("district", "distrikt"),
    ],
)
def test_a_cognate_is_among_the_spellings(english: str, swedish: str) -> None:
    assert swedish in swedish_spellings(english)


@pytest.mark.parametrize(
    ("word", "not_wanted"),
    [
        ("public", "publik"),  # an ending with a rule takes it: `publisk`, never the audience
        ("pension", "pension"),  # spelt alike: nothing to add
    ],
)
def test_no_unrelated_spelling(word: str, not_wanted: str) -> None:
    assert not_wanted not in swedish_spellings(word)


@pytest.mark.parametrize("word", ["air", "by", "pension", "bedrägerier", "sjuksköterskorna", "heating"])
def test_short_swedish_or_ruleless_words_get_nothing(word: str) -> None:
    assert swedish_spellings(word) == ()
