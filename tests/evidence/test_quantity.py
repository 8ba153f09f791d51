"""Quantities (evidence/quantity.py, issue 14): agreement within qualifiers and
rounding, and "the same quantity" only with the same unit family, counted
thing, years and words beside both numbers. Sentences are real: the
claims reworded, the sources quoted from prop. 2012/13:187 and dir. 2016:15."""

from __future__ import annotations

import pytest

from evidence.quantity import agrees, compare, quantity
from extract.figures import extract_figures


def q(text: str, index: int = 0, before: str = ""):
    figure = extract_figures(text)[index]
    years = {int(y) for y in __import__("re").findall(r"\b(?:19|20)\d\d\b", text)}
    return quantity(figure, text, sentence_years=years, before=before)


PROP_35 = "Statistiken för läsåret 2011/12 visar att denna siffra har ökat till 55,7 procent (www.skolverket.se)."
PROP_35_BEFORE = ("Statistiken över lärare i modersmål för läsåret 2008/09 visar att 51 procent av de personer som "
                  "undervisade i modersmål inte hade en pedagogisk högskolexamen.")
DIR_19 = ("Medlemsstaterna har möjlighet att sänka den aktuella åldersgränsen från 16 år till lägst 13 år, vilket "
          "motsvarar den åldersgräns som vissa tjänsteleverantörer använder sig av.")


@pytest.mark.parametrize(
    ("claim", "source", "agree"),
    [
        ("Läsåret 2011/12 var andelen knappt 56 procent.", PROP_35, True),  # knappt: 55,7 is under 56
        ("Läsåret 2011/12 var andelen 56 procent.", PROP_35, True),  # rounding: 55,7 is 56
        ("Läsåret 2011/12 var andelen 55 procent.", PROP_35, False),  # 55,7 is not 55
        ("Läsåret 2011/12 hade andelen stigit till drygt 60 procent.", PROP_35, False),
        ("Läsåret 2011/12 var andelen 57,5 procent.", PROP_35, False),
        # "under 25 år" is a bound, not "knappt 25": 21 does not agree.
        ("Vägledningen ska gälla unga under 25 år.",
         "ge Socialstyrelsen och Polismyndigheten i uppdrag att ta fram en vägledning för hur barn och unga under "
         "21 år som misstänks för narkotikabrott kan erbjudas vård.", False),
    ],
)
def test_agreement(claim: str, source: str, agree: bool) -> None:
    assert agrees(q(claim), q(source)) is agree


def test_a_share_stated_in_the_sentence_after_its_subject_is_the_same_quantity() -> None:
    # Issue 14, cause 4: "andelen … procent" finds "denna siffra har ökat till 55,7 procent" of the same year.
    claim = q("Läsåret 2011/12 hade andelen modersmålslärare utan pedagogisk examen stigit till 60 procent.")
    result = compare(claim, q(PROP_35, before=PROP_35_BEFORE))
    assert result.same and result.years


def test_same_number_counting_something_else_is_not_the_same_quantity() -> None:
    # Issue 14, cause 3: the directive's 13 is an age; 13 consultations are no age.
    claim = q("Kommittén ska enligt direktiven hålla 13 samråd med berörda myndigheter.")
    source = q(DIR_19, index=1)
    assert source.value == 13
    assert not compare(claim, source).same


def test_a_bare_number_is_no_count_of_a_named_thing() -> None:
    # "3 200 lärare" is not compared with the bill's "minst 8" of an unnamed unit.
    claim = q("Enligt propositionen ansökte 3 200 lärare om utökad behörighet under det första året.")
    source = q("En lärare eller förskollärare som avses i första stycket ska ha undervisat i minst 8 terminer.")
    assert not compare(claim, source).same


def test_other_years_are_another_quantity() -> None:
    claim = q("Läsåret 2008/09 saknade 51 procent av modersmålslärarna en pedagogisk examen.")
    assert not compare(claim, q(PROP_35, before=PROP_35_BEFORE)).same


def test_ranking_does_not_prefer_a_short_fragment() -> None:
    # Issue 14, cause 1: dir. 2016:15 p. 3–4. The six-word fragment left by the
    # page break has all its words in the claim; the sentence that states
    # the figure covers more of the claim and ranks first.
    from evidence.link import best_passages, index_of

    sentences = [
        (1, 3, "Förordningen utgör en ny generell reglering för personuppgiftsbehandling inom EU och kommer att "
               "ersätta det nuvarande dataskyddsdirektivet."),
        (2, 3, "Förordningen ska börja tillämpas två år räknat från den tjugonde dagen efter"),
        (3, 4, "publicering i Europeiska unionens officiella tidning."),
        (4, 4, "Det huvudsakliga syftet med förordningen är att ytterligare harmonisera och effektivisera skyddet för "
               "personuppgifter för att förbättra den inre marknadens funktion och öka enskildas kontroll över sina "
               "personuppgifter."),
    ]
    index = index_of(1, sentences)
    # An altered figure (tre år for två år): no number helps the ranking; under
    # the old word-set similarity the fragment scored 1.0 and the sentence 0.80.
    claim = "Förordningen ska börja tillämpas tre år efter publiceringen i Europeiska unionens officiella tidning."
    best = best_passages(index, claim, extract_figures(claim))
    assert index.passages[best[0].passage_index].sentence_id == 2
    # Read whole across the page break, the stating sentence holds the figure and the publication.
    assert "publicering" in index.passages[best[0].passage_index].text


# Issue 14, cause 6 (second half): a range is one figure, compared as a range.
# The source is the follow-up's own sentence (its chapter on sexual violence).
FOLLOWUP_AGES = ("Vikten av att inkludera vuxna i förändringsarbete för samtyckeskultur blir också tydligt då "
                 "majoriteten av de som misstänks för våldtäkt är personer över 18 år och den vanligaste åldern på "
                 "misstänkta gärningsmän är 25–34 år.")


@pytest.mark.parametrize(
    ("claim", "how"),
    [
        ("Den vanligaste åldern bland misstänkta gärningsmän för våldtäkt är 25–34 år.", "agree"),
        ("Den vanligaste åldern bland misstänkta gärningsmän för våldtäkt är 25–35 år.", "differ"),
        # One age inside the source's range: the source does not state it, nor contradict it.
        ("Den vanligaste åldern bland misstänkta gärningsmän för våldtäkt är 30 år.", "within"),
        ("Den vanligaste åldern bland misstänkta gärningsmän för våldtäkt är 45 år.", "differ"),
    ],
)
def test_a_range_is_compared_as_a_range(claim: str, how: str) -> None:
    from evidence.quantity import relation

    source = q(FOLLOWUP_AGES, index=2)  # majoriteten, över 18 år, 25–34 år
    assert source.high is not None
    assert relation(q(claim), source) == how
    assert agrees(q(claim), source) is (how == "agree")
    # and the other way round: a source's single value inside a claimed range verifies nothing
    if how == "within":
        assert relation(source, q(claim)) == "within"
