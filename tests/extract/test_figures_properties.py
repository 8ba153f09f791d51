"""Properties of Swedish number parsing and figure extraction, `extract/figures.py`
with the word lists of `extract/lang_sv_numbers.py` (issue 8, hypothesis).

* `parse_swedish_number` never raises and never returns NaN or an infinite
  value, on arbitrary Unicode and on digit-heavy tokens;
* round trips: an integer or decimal written the Swedish way (thousands
  grouped by a space, no-break space or thin space, decimal comma, dotted
  thousands) and an integer written as a compound number word
  (`tvåhundratjugotretusen`) parse back to the value;
* `extract_figures` never raises, on arbitrary Unicode and on sentences built
  from the number, unit, qualifier, share and ratio words; every figure has a
  finite value (no NaN), a known unit and role, a span whose text is its
  `raw`, and figures come in text order.

Settings: tests/support/fuzz.py (KALLKOLL_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

import math

from fuzz import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from extract import lang_sv_numbers as sv
from extract.figures import FROM, RANGE, TO, UNITS, VALUE, extract_figures, parse_swedish_number

ROLES = (VALUE, FROM, TO, RANGE)

# --- numbers ---------------------------------------------------------------------------------------

_digit_token = st.text(alphabet="0123456789 ,.-+\u2212\u00a0\u2009\u202fe", max_size=30)


@fuzz(300)
@given(st.one_of(st.text(max_size=30), _digit_token))
@example("9" * 64)
@example("nan")
@example("inf")
def test_parse_swedish_number_never_raises_nor_gives_nan(text: str) -> None:
    value = parse_swedish_number(text)
    assert value is None or math.isfinite(value)


def _grouped(n: int, separator: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


@fuzz(200)
@given(st.integers(0, 10**15), st.sampled_from(list(sv.THOUSANDS_SEPARATORS)), st.integers(0, 999),
       st.booleans(), st.booleans())
def test_swedish_digits_parse_back(n: int, separator: str, decimals: int, with_decimals: bool, negative: bool) -> None:
    text = _grouped(n, separator)
    expected = float(n)
    if with_decimals:
        text += f",{decimals:03d}"
        expected = float(f"{n}.{decimals:03d}")
    if negative:
        text, expected = "-" + text, -expected
    assert parse_swedish_number(text) == expected


@fuzz(100)
@given(st.integers(1000, 999_999_999))
def test_dotted_thousands_parse_back(n: int) -> None:
    assert parse_swedish_number(_grouped(n, ".")) == float(n)


_UNITS_WORDS = {v: k for k, v in sv.CARDINAL_MORPHEMES.items() if v < 20 and k not in ("en", "noll")}
_TENS_WORDS = {v: k for k, v in sv.CARDINAL_MORPHEMES.items() if v >= 20}


def _below_thousand(n: int) -> str:
    """1..999 as one Swedish word: 223 -> tvåhundratjugotre."""
    out = ""
    if n >= 100:
        out += _UNITS_WORDS[n // 100] + "hundra"
        n %= 100
    if n >= 20:
        out += _TENS_WORDS[n - n % 10]
        n %= 10
    if n:
        out += _UNITS_WORDS[n]
    return out


def _number_word(n: int) -> str:
    """1..999 999 as one compound Swedish word."""
    high, low = divmod(n, 1000)
    return (_below_thousand(high) + "tusen" if high else "") + (_below_thousand(low) if low else "")


@fuzz(200)
@given(st.integers(1, 999_999))
@example(223_000)
@example(17)
def test_compound_number_words_parse_back(n: int) -> None:
    word = _number_word(n)
    assert parse_swedish_number(word) == float(n), word
    assert parse_swedish_number(word.capitalize()) == float(n), word


# --- figures ---------------------------------------------------------------------------------------

_NUMBER_WORDS = sorted(sv.CARDINAL_MORPHEMES) + sorted(sv.SCALE_WORDS) + ["tjugofem", "tvåhundrafemtio", "halv"]
_VOCABULARY = sorted(
    {*sv.QUALIFIERS, *sv.PERCENT_WORDS, *sv.PERCENTAGE_POINT_WORDS, *sv.SEK_WORDS, *sv.TIME_WORDS,
     *sv.FRACTION_STEMS, *sv.HALF_WORDS, *sv.MAJORITY_WORDS, *sv.EVERY_DETERMINERS, *sv.ORDINAL_DENOMINATORS,
     *sv.EVERY_COMPOUNDS, *sv.REFERENCE_PRECEDERS, *sv.REFERENCE_FOLLOWERS, *sv.YEAR_SPAN_OPENERS,
     *sv.YEAR_SPAN_JOINERS, *sv.SEASONS, *sv.MONTHS, *sv.ZERO_WORDS, *sv.AGE_CUES_BEFORE, *sv.AGE_CUES_AFTER,
     *sv.PERIOD_PREPOSITIONS, *sv.FREQUENCY_NOUNS, *sv.RESTRICTIVE_WORDS, *sv.COPULAS}
) + ["gånger så", "dubbelt så", "kvinnor", "kommunerna", "av", "till", "från", "och", "ökade", "minskade",
     "med", "andelen", "antalet", "varav", "personer", "samtal", "mellan", "jämfört", "år", "–", "-", "/", "(", ")",
     ",", ".", "%", "§", "kap.", "0", "00", "1 000", "5 287", "0,5", "1.000", "1e308", "9" * 70, "16–24", "2018–2022",
     "2022", "1999", "2015-2021", "2018-", "15-årig", "3:e"]
_numberish = st.one_of(
    st.integers(-5, 10**7).map(str),
    st.integers(1900, 2099).map(str),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.2f}".replace(".", ",")),
    st.integers(1000, 10**9).map(lambda n: _grouped(n, " ")),
)
_sentence = st.lists(st.one_of(st.sampled_from(_VOCABULARY), st.sampled_from(_NUMBER_WORDS), _numberish,
                               st.text(max_size=8)), max_size=25).map(" ".join)


def _check_figures(text: str) -> None:
    figures = extract_figures(text)
    positions = [(f.char_start, f.char_end) for f in figures]
    assert positions == sorted(positions)
    for f in figures:
        assert isinstance(f.value, float) and math.isfinite(f.value), f
        assert f.unit in UNITS and f.role in ROLES, f
        assert 0 <= f.char_start < f.char_end <= len(text)
        assert text[f.char_start : f.char_end] == f.raw
        assert all(isinstance(y, int) for y in f.years)
        assert f.period_years is None or math.isfinite(f.period_years)


@fuzz(150)
@given(st.text(max_size=200))
def test_extract_figures_never_raises_on_arbitrary_unicode(text: str) -> None:
    _check_figures(text)


@fuzz(400)
@given(_sentence)
@example("Andelen ökade från 0 procent till 9" + "9" * 70 + " procent på 0 år.")
@example("1e308 miljarder kronor och 9" + "9" * 70 + " gånger så många")
def test_figures_from_number_sentences_are_finite_and_consistent(text: str) -> None:
    _check_figures(text)
