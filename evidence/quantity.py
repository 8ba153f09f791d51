"""Quantities: does a figure in a source state the same thing as a figure in a claim? (issue 14)

In: a figure and the text it stands in (claim or source sentence). Out: a
`Quantity` (value, unit family, qualifier, counted thing, years, and the
word stems around the number), and two tests on a claim's quantity and a
source's: `same_quantity` (the same unit family, a compatible counted thing
or subject near each number, compatible years) and `agrees` (the values are
equal within the claim's qualifier and rounding: 43,6 is "44 procent",
12 is not 11, "drygt 850" is 853).

A wrong `verified` is the worst verdict kallkoll can give, so "same
quantity" asks for evidence beside the number itself: a shared content word
within a few words of each number (`läsår`, `högskolepoäng`, `kvinnorna`,
`åldersgränsen`), not the same number anywhere in a sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache


from extract.figures import AGE, COUNT, PERCENT, PERSONS, SHARE, YEARS
from extract.stemming import swedish_stemmer as _stemmer

# Units that measure the same thing in other words: "54 procent" is
# "drygt hälften", "10 kvinnor" is a count, "fyllt 50 år" and "50 år" are both
# years (whether a reader calls it an age is in the words around it).
FAMILY = {PERCENT: SHARE, SHARE: SHARE, PERSONS: COUNT, COUNT: COUNT, AGE: YEARS, YEARS: YEARS}
# "minst 8 läsår", "under 25 år", "högst 30 högskolepoäng": a bound is a
# value of its own, not an approximation of one; only approximating words
# widen the agreement.
BOUND_WORDS = ("minst", "högst", "under", "över", "mer än", "mindre än", "fler än", "färre än", "lägst", "upp till",
               "max", "maximalt", "minimum")
# How far a qualified figure may be from the source's value and still agree.
QUALIFIER_TOLERANCE = {"over": (1.0, 1.15), "under": (0.85, 1.0), "approx": (0.9, 1.1)}
# Words either side of a number that say what it counts.
CONTEXT_WINDOW = 6
WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
NUMBER_RE = re.compile(r"\d[\d\u00a0\u202f ]*(?:,(\d+))?")
# Function words, qualifiers, number words and unit words: never evidence
# that two numbers count the same thing. `andel` and `procent` say only that
# a number is a share, which the unit family already says; the counted
# population ("av kvinnorna", "modersmålslärare") is the evidence.
CONTEXT_STOP_WORDS = (
    "och att det som för med den har av till inte på är en ett de var om vid kan eller från under sedan även "
    "denna detta dessa också samt mer andra andel andelen andelar procent procentenheter antal antalet totalt "
    "drygt knappt cirka omkring runt ungefär minst högst över mer än fler färre nästan närmare kring "
    "samma sådan sådana denne dessa enligt visar uppger uppgav uppgår uppgick varav dock bara endast ska skulle får fick bör kunna kunde "
    "har hade haft blir blev vara varit sina sin sitt deras dess hans hennes han hon man alla vissa flera "
    "två tre fyra fem sex sju åtta nio tio elva tolv ett hälften tredjedel fjärdedel "
    "the and for with that from per cent percent"
)



@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(_stemmer().stemWords(CONTEXT_STOP_WORDS.split()))


def content_stems(text: str) -> list[str]:
    words = [w.casefold() for w in WORD_RE.findall(text)]
    stop = _stop_stems()
    return [s for s in _stemmer().stemWords(words) if s not in stop]


@dataclass(frozen=True)
class Quantity:
    value: float
    family: str
    qualifier: str | None
    subject: str | None
    years: frozenset[int]
    context: frozenset[str]  # content words within CONTEXT_WINDOW words of the number
    around: frozenset[str]  # content words of its sentence and the one before it
    bound: str | None  # "minst", "lägst", "under": a limit, compared as a value
    tolerance: float  # half a unit of the last digit written, in the figure's own unit
    high: float | None = None  # a range's high end ("16–24 år"), in the family's unit; `value` is the low end


def family_of(unit: str) -> str:
    return FAMILY.get(unit, unit)


def _in_family(unit: str, value: float) -> float:
    return value / 100.0 if unit == PERCENT else value


def _rounding(raw: str, unit: str, value: float) -> float:
    """Half a unit of the last digit the figure is written with: "44 procent"
    covers 43,5–44,5, "1,2 miljoner" covers 1,15–1,25 miljoner."""
    m = NUMBER_RE.search(raw)
    if m is None:
        # A number word is a whole number; a fraction word ("hälften") is exact.
        return 0.0 if unit in (SHARE, "ratio") else 0.5
    digits = re.sub(r"[\u00a0\u202f ]", "", m.group(0)).replace(",", ".")
    try:
        written = float(digits)
    except ValueError:
        return 0.0
    decimals = len(m.group(1) or "")
    scale = value / written if written else 1.0
    return 0.5 * 10.0 ** -decimals * scale


def window(text: str, start: int, end: int, width: int = CONTEXT_WINDOW) -> str:
    """The words around text[start:end], `width` either side, the span itself left out."""
    before = re.findall(r"\S+", text[:start])[-width:]
    after = re.findall(r"\S+", text[end:])[:width]
    return " ".join(before + after)


def quantity(figure, text: str, start: int | None = None, end: int | None = None,
             sentence_years: set[int] | None = None, before: str = "") -> Quantity:
    """The quantity of a figure (`extract.figures.Figure` or a stored row) in
    its text; `before` is the sentence before it (a figure is often stated in
    the sentence after the one that names what it counts: "denna siffra")."""
    start = figure.char_start if start is None else start
    end = figure.char_end if end is None else end
    if text[start:end] != figure.raw:
        found = text.find(figure.raw)
        if found >= 0:
            start, end = found, found + len(figure.raw)
    years = set(getattr(figure, "years", ()) or ())
    if not years and hasattr(figure, "years_json"):
        import json

        years = set(json.loads(figure.years_json))
    if not years and sentence_years:
        years = set(sentence_years)
    context = set(content_stems(window(text, start, end)))
    # The number's own words ("åtta läsår", "30 högskolepoäng") say what it counts.
    context |= set(content_stems(figure.raw))
    if figure.subject:
        context |= set(content_stems(figure.subject))
    value = _in_family(figure.unit, figure.value)
    tolerance = _in_family(figure.unit, _rounding(figure.raw, figure.unit, figure.value))
    around = frozenset(content_stems(text)) | frozenset(content_stems(before)) | context
    qualifier, bound = figure.qualifier, None
    if qualifier and figure.raw.casefold().startswith(BOUND_WORDS):
        qualifier, bound = None, figure.raw.casefold().split()[0]
    high = getattr(figure, "high", None)
    return Quantity(value=value, family=family_of(figure.unit), qualifier=qualifier,
                    subject=figure.subject, years=frozenset(years), context=frozenset(context),
                    around=around, bound=bound, tolerance=tolerance,
                    high=None if high is None else _in_family(figure.unit, high))


# How a source's value stands to a claim's: the same, another, or neither
# (a single value and a range that holds it: "25 procent" and "20–30
# procent" neither confirm nor contradict each other).
AGREE, DIFFER, WITHIN = "agree", "differ", "within"


def relation(claim: Quantity, source: Quantity) -> str:
    """AGREE: the same value (a range: both ends), within the claim's
    qualifier and rounding. DIFFER: another value (a single value outside
    the other side's range, or a range with another end). WITHIN: one side
    is a range and the other a single value inside it — never a verified
    (the source does not state the claim's figure), never a mismatch."""
    if claim.family != source.family:
        return DIFFER
    if claim.high is None and source.high is None:
        return AGREE if _agrees(claim, claim.value, source.value) else DIFFER
    if claim.high is not None and source.high is not None:
        same = _agrees(claim, claim.value, source.value) and _agrees(claim, claim.high, source.high)
        return AGREE if same else DIFFER
    lo, hi, single, tol = ((claim.value, claim.high, source.value, claim.tolerance) if claim.high is not None
                           else (source.value, source.high, claim.value, source.tolerance))
    assert hi is not None
    return WITHIN if lo - tol - 1e-9 <= single <= hi + tol + 1e-9 else DIFFER


def agrees(claim: Quantity, source: Quantity) -> bool:
    """The source's value is the claim's (a range: both ends), within the claim's qualifier and rounding."""
    return relation(claim, source) == AGREE


def _agrees(claim: Quantity, a: float, b: float) -> bool:
    """One value of the claim against one of the source."""
    if claim.qualifier in QUALIFIER_TOLERANCE and a:
        low, high = QUALIFIER_TOLERANCE[claim.qualifier]
        lo, hi = sorted((a * low, a * high))
        return lo - claim.tolerance - 1e-9 <= b <= hi + claim.tolerance + 1e-9
    if claim.family == SHARE and claim.tolerance == 0.0:
        return abs(a - b) <= 0.005 + 1e-9  # a fraction word: "en tredjedel" is 33 procent
    return abs(a - b) <= claim.tolerance + 1e-9 or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


TIME_FAMILIES = frozenset({YEARS, "months", "weeks", "days", "hours"})
# Shared words that make two quantities the same: one beside both numbers,
# or this many in the two sentences (each with the sentence before it).
MIN_SHARED_NEAR = 1
MIN_SHARED_AROUND = 2


@dataclass(frozen=True)
class Comparison:
    same: bool
    near: frozenset[str]  # content words beside both numbers
    around: frozenset[str]  # content words in both sentences (and the ones before)
    years: bool  # both state years and they meet
    subject: bool  # both name the same counted thing
    why_not: str | None = None

    @property
    def strength(self) -> int:
        return 2 * len(self.near) + len(self.around) + 2 * self.years + 2 * self.subject


def compare(claim: Quantity, source: Quantity, strict: bool = False) -> Comparison:
    """Do the two quantities measure the same thing? The same unit family,
    compatible years when both state some, the same counted thing when both
    name one, and shared content words beside both numbers (or in their
    sentences). `strict` (a passage found anywhere in a long source, not
    where the claim's words led) doubles the words asked for."""
    if claim.family != source.family:
        return Comparison(False, frozenset(), frozenset(), False, False, "unit")
    # Years date a state ("40 procent 2020"); a duration or an age is no
    # state of a year, and the years beside it are dates of something else
    # ("födda senast 1958 … fyra läsår", "före den 1 juli 2015 … 4 läsår").
    both_years = bool(claim.years and source.years) and claim.family not in TIME_FAMILIES
    if both_years and not claim.years & source.years:
        return Comparison(False, frozenset(), frozenset(), False, False, "year")
    same_subject = False
    if claim.subject and source.subject:
        same_subject = bool(set(content_stems(claim.subject)) & set(content_stems(source.subject)))
        if not same_subject:
            return Comparison(False, frozenset(), frozenset(), both_years, False, "subject")
    near = claim.context & source.context
    around = claim.around & source.around
    if claim.family == COUNT and not (claim.subject and source.subject):
        # A bare number ("stycke 2", "minst 8" of an unnamed unit) counts
        # nothing the reader can name: it states the claim's count only when
        # neither names a counted thing and a word beside both numbers agrees.
        if claim.subject or source.subject or not near:
            return Comparison(False, frozenset(near), frozenset(around), both_years, False, "subject")
    factor = 2 if strict else 1
    same = (len(near) >= MIN_SHARED_NEAR * factor or len(around) >= MIN_SHARED_AROUND * factor
            or (both_years and not strict and len(around) >= 1))
    return Comparison(same, frozenset(near), frozenset(around), both_years, same_subject,
                      None if same else "context")
