"""Properties of the measure parsers, `extract/measures.py` (issue 8, hypothesis).

* `normalise_agency` is idempotent: a normalised agency name normalises to
  itself, on arbitrary Unicode and on agency-like names;
* `parse_agency_list` never raises and returns normalised names, each once;
* `find_amounts` never raises and gives finite, non-negative amounts;
* `find_dates` never raises and every date it gives is a real calendar date
  in ISO form, with its span inside the text;
* `extract_measures` never raises; every measure's span lies inside the text
  and its amounts are finite;
* every text a proposal, law-change or programme pattern matches holds one of
  its group's cue words (`PROPOSAL_CUES`, `LAW_CUES`, `PROGRAMME_CUES`), so
  testing the cue first never loses a measure (hypothesis writes the texts
  from the patterns themselves).

Settings: tests/support/fuzz.py (KALLKOLL_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

import datetime
import math
import re

from fuzz import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from extract import lang_sv_measures as L
from extract.agencies import ABBREVIATIONS
from extract.measures import extract_measures, find_amounts, find_dates, normalise_agency, parse_agency_list

_AGENCY_PARTS = sorted(ABBREVIATIONS) + sorted(ABBREVIATIONS.values()) + [
    "länsstyrelserna", "Länsstyrelsen i Skåne län", "Post-och telestyrelsen", "Statens Skolverk", "Myndigheten För delaktighet",
    "Brå (Brottsförebyggande rådet)", "Jämställdhets-myndigheten", "regeringen", "och", ",", "samt", "respektive",
    "  ", ".", "(", ")", "\u00ad", "\u2011", "\u00a0", "-", "s",
]
_agency_like = st.lists(st.one_of(st.sampled_from(_AGENCY_PARTS), st.text(max_size=6)), max_size=6).map(" ".join)


@fuzz(400)
@given(st.one_of(st.text(max_size=40), _agency_like))
def test_normalise_agency_is_idempotent(name: str) -> None:
    once = normalise_agency(name)
    assert normalise_agency(once) == once, (name, once)


@fuzz(200)
@given(st.one_of(st.text(max_size=40), _agency_like))
def test_parse_agency_list_gives_normalised_distinct_names(span: str) -> None:
    names = parse_agency_list(span)
    if names:
        assert len(names) == len(set(names))
        assert all(normalise_agency(n) == n for n in names), names


_MONTHS = sorted(L.MONTHS)
_money = st.lists(
    st.one_of(
        st.integers(0, 10**12).map(str),
        st.integers(1000, 10**9).map(lambda n: f"{n:,}".replace(",", " ")),
        st.floats(0, 1e4, allow_nan=False).map(lambda f: f"{f:.1f}".replace(".", ",")),
        st.sampled_from(["kronor", "miljoner kronor", "miljarder kronor", "tusen kronor", "mnkr", "kr", "en halv",
                         "och en halv", "tre", "tio", "högst", "med", "om"]),
        st.text(max_size=6),
    ),
    max_size=10,
).map(" ".join)
_dated = st.lists(
    st.one_of(
        st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40), st.sampled_from(_MONTHS), st.integers(1900, 2099)),
        st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(1900, 2099), st.integers(0, 13), st.integers(0, 40)),
        st.sampled_from(["senast den", "ska redovisas", "den", "till", "Regeringskansliet", "."]),
        st.text(max_size=6),
    ),
    max_size=6,
).map(" ".join)


@fuzz(300)
@given(st.one_of(st.text(max_size=60), _money))
def test_amounts_are_finite_and_non_negative(text: str) -> None:
    for amount in find_amounts(text):
        assert math.isfinite(amount) and amount >= 0, (text, amount)


@fuzz(300)
@given(st.one_of(st.text(max_size=60), _dated))
@example("den 31 februari 2024")  # regression: gave "2024-02-31", no such day
@example("2023-04-31")  # regression: gave "2023-04-31"
def test_dates_are_real_calendar_dates(text: str) -> None:
    for iso, start, end in find_dates(text):
        assert datetime.date.fromisoformat(iso).isoformat() == iso, (text, iso)
        assert 0 <= start < end <= len(text)


_measure_text = st.lists(
    st.one_of(
        st.sampled_from([
            "Regeringen uppdrar åt", "Regeringen ger", "i uppdrag att", "Jämställdhetsmyndigheten", "Brå",
            "föreslår", "Vi föreslår att", "lagändring", "trädde i kraft den 1 juli 2022", "SOU 2023:97",
            "A2021/02397", "beviljades", "miljoner kronor", "2022", "Uppdraget ska redovisas senast den 1 mars 2024.",
            "länsstyrelserna", "och", ".", ";",
        ]),
        _money, _dated, st.text(max_size=10),
    ),
    max_size=10,
).map(" ".join)


@fuzz(150)
@given(st.one_of(st.text(max_size=120), _measure_text), st.one_of(st.none(), st.integers(1900, 2100)))
def test_extract_measures_never_raises_and_spans_hold(text: str, year_hint: int | None) -> None:
    for measure in extract_measures(text, year_hint=year_hint):
        assert 0 <= measure.char_start <= measure.char_end <= len(text)
        assert all(math.isfinite(a) for a in measure.amounts_sek)
        if measure.date is not None:
            datetime.date.fromisoformat(measure.date)


_CUED_GROUPS = [
    (name, re.compile(source, flags), re.compile(cues, flags))
    for patterns, cues, flags in (
        (L.PROPOSAL_PATTERNS, L.PROPOSAL_CUES, 0),
        (L.LAW_PATTERNS, L.LAW_CUES, re.IGNORECASE),
        (L.PROGRAMME_PATTERNS, L.PROGRAMME_CUES, re.IGNORECASE),
    )
    for name, source in patterns
]


@fuzz(60)
@given(st.data())
def test_every_pattern_match_holds_its_groups_cue(data: st.DataObject) -> None:
    for name, pattern, cue in _CUED_GROUPS:
        text = data.draw(st.from_regex(pattern), label=name)
        assert cue.search(text), (name, text)
