"""English figures (extract/figures_en.py, issue 14): the English SUMMARY of
the follow-up (`../shared/corpus/followup/`) repeats the Swedish summary's
figures; they are read into the same units, qualifiers and roles. The
follow-up's sentences are quoted as they read in the file (lines joined)."""

from __future__ import annotations

import pytest

from extract.figures_en import english_figures


def shape(text: str) -> list[tuple]:
    return [(round(f.value, 4), f.high, f.unit, f.qualifier, f.role, f.period_years) for f in english_figures(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # The follow-up's SUMMARY: a change with its period, as "från fem till sju dagar på två år".
    ("The review reveals that the median time for processing a restraining order has risen from five to seven "
     "days in two years, with continued variation across the country.",
     [(5.0, None, "days", None, "from", 2.0), (7.0, None, "days", None, "to", 2.0)]),
    # "the four objectives" counts, as "strategins fyra målsättningar".
    ("In the report, the Swedish Gender Equality Agency follows up work to prevent men’s violence against women "
     "based on the four objectives of the national strategy.",
     [(4.0, None, "count", None, "value", None)]),
    # Years, a sub-goal's number and a law's designation are no figures.
    ("The Swedish Gender Equality Agency conducts a biennial in-depth review of progress towards achieving "
     "sub-goal 6 of the Swedish gender equality policy: Men’s violence against women must stop.", []),
    ("The point of departure for the review is the National Strategy to Prevent and Combat Men’s Violence "
     "Against Women and the accompanying Action Plan prepared by the Government for the period 2021–2023.", []),
    # Forms the issue names: per cent, qualifiers, kronor with a scale, number words, ranges, fractions.
    ("Almost 40 per cent of the municipalities offered support.", [(40.0, None, "percent", "under", "value", None)]),
    ("About 200 women were in contact with the coordinators.", [(200.0, None, "persons", "approx", "value", None)]),
    ("The Government allocated SEK 9 million and 1.2 billion kronor.",
     [(9e6, None, "sek", None, "value", None), (1.2e9, None, "sek", None, "value", None)]),
    ("Girls aged 16–24 years were most exposed.", [(16.0, 24.0, "age", None, "range", None)]),
    ("It took between 5 and 7 days.", [(5.0, 7.0, "days", None, "range", None)]),
    ("Just over two thirds of the municipalities had routines.", [(0.6667, None, "share", "over", "value", None)]),
    ("One of the most common forms is psychological violence.", []),
])
def test_english_summary_figures(text: str, expected: list[tuple]) -> None:
    assert shape(text) == expected


def test_raw_is_the_text() -> None:
    text = "Almost 40 per cent of the 290 municipalities and about 200 women, in 2022."
    for f in english_figures(text):
        assert text[f.char_start:f.char_end] == f.raw
