"""Figures — numbers with meaning — in one Swedish sentence or footnote text.

In: the text of one sentence or one footnote, footnote markers already
removed by the caller. Out: `Figure` records in text order. Each has a value
and a unit, the exact span it was read from (`raw`, `char_start`,
`char_end`), and where the text says so: a qualifier (`drygt` -> over), the
counted thing (`av kommunerna` -> `kommuner`), the years it refers to, its
role in a change or a range, and the period of a change (`på två år`).

Years are time references, never figures: `under 2022`, `sedan 2018` and
`2015–2021` go into `years` of the figures in the same sentence. Labels are
never figures either: `kap. 5`, `11 §`, `Figur 5`, `årskurs 9`, `1 juni`.

How: spaCy's blank Swedish tokenizer (a range dash between digits split off)
and its Swedish `like_num`, widened to compound number words (`tjugofem`).
A Matcher whose patterns are built from the word lists in
`extract/lang_sv_numbers.py` marks numbers, qualifiers, units, shares,
ratios, year spans and references; a small reader walks those marks left to
right and assembles figures; years are then given to figures clause by
clause.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import LIKE_NUM, ORTH
from spacy.lang.sv import Swedish, SwedishDefaults
from spacy.lang.sv.lex_attrs import like_num as swedish_like_num
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extract import lang_sv_numbers as sv
from extract.lang_sv import EXTRA_ABBREVIATIONS
from extract.stemming import swedish_stemmer

# The units a figure can have.
PERCENT = "percent"
PERCENTAGE_POINTS = "percentage_points"
SEK = "sek"
DAYS = "days"
HOURS = "hours"
WEEKS = "weeks"
MONTHS = "months"
YEARS = "years"
AGE = "age"
PERSONS = "persons"
COUNT = "count"
RATIO = "ratio"
SHARE = "share"
UNITS: tuple[str, ...] = (
    PERCENT, PERCENTAGE_POINTS, SEK, DAYS, HOURS, WEEKS, MONTHS, YEARS, AGE, PERSONS, COUNT, RATIO, SHARE,
)
TIME_UNITS = frozenset({DAYS, HOURS, WEEKS, MONTHS, YEARS})

# Roles in a change ("från 8 procent till 11 procent") or a range ("9 till 10 procent").
VALUE = "value"
FROM = "from"
TO = "to"
RANGE_LOW = "range_low"
RANGE_HIGH = "range_high"
# A range is one figure: `value` is its low end, `high` its high end
# ("16–24 år", "20–30 procent", "mellan 5 och 7 dagar"). The reader finds the
# two ends as RANGE_LOW and RANGE_HIGH drafts; `extract_figures` joins them.
RANGE = "range"

# A longer run of digits is an identifier or a data dump, not a figure; the
# cap also keeps number-word parsing cheap on hostile input.
MAX_NUMBER_CHARS = 64


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    raw: str
    char_start: int
    char_end: int
    qualifier: str | None = None
    subject: str | None = None
    years: tuple[int, ...] = ()
    role: str = VALUE
    period_years: float | None = None
    high: float | None = None  # the high end of a range (role RANGE); None otherwise


# --- Numbers ----------------------------------------------------------------

_PLAIN_NUMBER = re.compile(sv.PLAIN_NUMBER)
_GROUPED_NUMBER = re.compile(sv.GROUPED_NUMBER)
_DOTTED_THOUSANDS = re.compile(sv.DOTTED_THOUSANDS)
_YEAR = re.compile(sv.YEAR_TOKEN)
_COMPOUND_YEARS = re.compile(sv.COMPOUND_YEARS)
_COMPOUND_MONTHS = re.compile(sv.COMPOUND_MONTHS)
_COMPOUND_SHORT_TIME = re.compile(sv.COMPOUND_SHORT_TIME)
_DIGIT_COMPOUND_TIME = re.compile(sv.DIGIT_COMPOUND_TIME)
_APPROX_NUMBER_NOUN = re.compile(sv.APPROX_NUMBER_NOUN)
_ACRONYM_COMPOUND = re.compile(sv.ACRONYM_COMPOUND)
# The text right after a number (or after a range's "– high end") that is a
# physical unit kallkoll does not model: "100 °C", "0,1 ppm", "10–20 l/s".
_PHYSICAL_UNIT = re.compile(
    r"(?:\s*[\u2013\u2014-]\s*[0-9][0-9 ,]*)?\s*(?:"
    + "|".join(re.escape(u) for u in sorted({u for us in sv.PHYSICAL_UNITS.values() for u in us}, key=len,
                                                reverse=True))
    + r")(?![^\W\d_])"
)
_MORPHEMES: tuple[str, ...] = tuple(
    sorted({*sv.CARDINAL_MORPHEMES, *sv.COMPOUND_SCALE_MORPHEMES}, key=len, reverse=True)
)


def parse_swedish_number(token_text: str) -> float | None:
    """The value of a number as Swedish writes it, or None.

    Digits with thousands spaces and a decimal comma (`5 287`, `0,5`,
    `1 590 000 000`) and number words, simple or compound (`sju`, `tjugofem`,
    `tvåhundrafemtio`, `tusen`). Never NaN or infinite.
    """
    text = token_text.strip()
    if not text or len(text) > MAX_NUMBER_CHARS:
        return None
    if _PLAIN_NUMBER.fullmatch(text) or _GROUPED_NUMBER.fullmatch(text):
        cleaned = text.replace("\u2212", "-")
        for separator in sv.THOUSANDS_SEPARATORS:
            cleaned = cleaned.replace(separator, "")
        value = float(cleaned.replace(",", "."))
    elif _DOTTED_THOUSANDS.fullmatch(text):
        value = float(text.replace(".", ""))
    elif text.lower() in sv.ONE_AND_A_HALF_WORDS:
        value = sv.ONE_AND_A_HALF_WORDS[text.lower()]
    else:
        value = _number_word_value(text.lower())
        if value is None:
            return None
    return value if math.isfinite(value) else None


@lru_cache(maxsize=4096)
def _segment(word: str) -> tuple[str, ...] | None:
    """Split a compound number word into morphemes, longest first with backtracking."""
    if not word:
        return ()
    for morpheme in _MORPHEMES:
        if word.startswith(morpheme):
            rest = _segment(word[len(morpheme):])
            if rest is not None:
                return (morpheme, *rest)
    return None


@lru_cache(maxsize=4096)
def _number_word_value(word: str) -> float | None:
    parts = _segment(word)
    if not parts:
        return None
    if len(parts) > 1 and "noll" in parts:
        return None
    total = 0
    group = 0  # the part below the last "tusen"
    last_small: int | None = None  # the last cardinal in this hundred, to reject "tretre"
    for part in parts:
        scale = sv.COMPOUND_SCALE_MORPHEMES.get(part)
        if scale == 100:
            if group >= 100:
                return None
            group = (group or 1) * 100
            last_small = None
        elif scale is not None:
            total += (group or 1) * scale
            group = 0
            last_small = None
        else:
            small = sv.CARDINAL_MORPHEMES[part]
            # Only a ten may be followed by a unit ("tjugo" + "fem").
            if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and small < 10):
                return None
            group += small
            last_small = small
    return float(total + group)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """The Snowball stem: "fråga" and "frågor" are one noun."""
    return swedish_stemmer().stemWord(word.lower())



def _is_standard_body(text: str) -> bool:
    """"SS", "SS-EN", "ISO", "IEC" (after "ISO /"): a standard's prefix, upper case."""
    parts = re.split(r"[-/]", text)
    return all(part in sv.STANDARD_BODIES for part in parts)


def _like_num(text: str) -> bool:
    # spaCy's Swedish like_num first; compound words and no-break thousands
    # spaces ("5\u00a0287", one token) are what it misses.
    return swedish_like_num(text) or parse_swedish_number(text) is not None


# --- Pipeline and matcher ---------------------------------------------------


class _SwedishDefaults(SwedishDefaults):
    infixes = [*(SwedishDefaults.infixes or ()), sv.RANGE_DASH_INFIX, sv.CLOSING_BRACKET_INFIX]


class SwedishWithRanges(Swedish):
    """spaCy's Swedish with a dash between digits as an infix ("2019–2022" is
    three tokens). The infix pattern is compiled once, when the tokenizer is
    made, and not a second time over the default one (compiling spaCy's
    affix patterns is most of what making a pipeline costs)."""

    Defaults = _SwedishDefaults


@lru_cache(maxsize=1)
def figure_pipeline() -> Language:
    nlp = SwedishWithRanges()
    nlp.vocab.lex_attr_getters[LIKE_NUM] = _like_num
    # Abbreviated units and labels stay one token ("mnkr.", "kap."), as in extract/lang_sv.py.
    words = (*sv.QUALIFIERS, *sv.SEK_WORDS, *sv.SCALE_WORDS, *sv.TIME_WORDS, *sv.REFERENCE_PRECEDERS,
             *sv.REFERENCE_FOLLOWERS, *sv.MONTHS)
    dotted = {w for w in words if w.endswith(".")}
    for abbreviation in sorted({*EXTRA_ABBREVIATIONS, *dotted, *(w.capitalize() for w in dotted)}):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


def _words(phrase: str) -> list[dict[str, object]]:
    return [{"LOWER": word} for word in phrase.split()]


def _any(words: Iterable[str]) -> dict[str, object]:
    return {"LOWER": {"IN": sorted(words)}}


def _pattern_table() -> dict[str, list[list[dict[str, object]]]]:
    """Matcher patterns, label -> patterns, all built from `lang_sv_numbers`."""
    number = {"LIKE_NUM": True}
    year = {"TEXT": {"REGEX": sv.YEAR_TOKEN}}
    so_adjective = [{"LOWER": sv.SO_WORD}, {"IS_ALPHA": True}]
    table: dict[str, list[list[dict[str, object]]]] = {
        "NUMBER": [
            [number],
            [{"TEXT": {"REGEX": sv.DIGIT_GROUP_HEAD}}, {"TEXT": {"REGEX": sv.DIGIT_GROUP_TAIL}, "OP": "+"}],
        ],
        "YEAR_SPAN": [
            [year, {"ORTH": {"IN": list(sv.DASHES)}}, year],
            [{"TEXT": {"REGEX": sv.OPEN_YEAR_TOKEN}}, year],
            [_any(sv.YEAR_SPAN_OPENERS), year, _any(sv.YEAR_SPAN_JOINERS), year],
        ],
        "REFERENCE": [
            [_any(sv.REFERENCE_PRECEDERS), number],
            [number, _any(sv.REFERENCE_FOLLOWERS)],
            [number, {"TEXT": {"REGEX": sv.SECTION_LETTER}}, {"ORTH": {"IN": list(sv.SECTION_SIGNS)}}],
            [number, _any(sv.MONTHS)],  # "1 juni 2018": a day of the month
        ],
        "SCALE": [[_any(sv.SCALE_WORDS)]],
        "FRACTION": [[_any(_fraction_forms())]],
        PERCENT: [[_any(sv.PERCENT_WORDS)]],
        PERCENTAGE_POINTS: [[_any(sv.PERCENTAGE_POINT_WORDS)]],
        SEK: [[_any(sv.SEK_WORDS)]],
        "TIME": [[_any(sv.TIME_WORDS)]],
        "HALF": [[_any(sv.HALF_WORDS)]],
        "MAJORITY": [[
            {**_any(sv.MAJORITY_ARTICLES), "OP": "?"}, {**_any(sv.MAJORITY_ADJECTIVES), "OP": "?"},
            _any(sv.MAJORITY_WORDS), {"LOWER": "av"},
        ]],
        "EVERY_NTH": [[_any(sv.EVERY_DETERMINERS), _any(sv.ORDINAL_DENOMINATORS)], [_any(sv.EVERY_COMPOUNDS)]],
        "TIMES": [[_any(sv.TIMES_WORDS), *so_adjective], [_any(sv.TIMES_WORDS), _any(sv.COMPARATIVES)]],
        "MULTIPLE": [[_any(sv.MULTIPLE_WORDS), *so_adjective], [_any(sv.MULTIPLE_WORDS), _any(sv.COMPARATIVES)]],
        "CHANGE_MULTIPLE": [[_any(sv.CHANGE_MULTIPLE_WORDS)]],
        "ZERO": [[_any(sv.ZERO_WORDS)]],
        "AGE_WORD": [[{"LOWER": {"REGEX": sv.AGE_WORD}}]],
    }
    # One pattern per kind for the one-word qualifiers: the Matcher tries every
    # pattern at every token, so fewer patterns is most of its speed.
    for kind in (sv.APPROX, sv.OVER, sv.UNDER):
        phrases = [phrase for phrase, k in sv.QUALIFIERS.items() if k == kind]
        single = [phrase for phrase in phrases if " " not in phrase]
        table[f"QUALIFIER:{kind}"] = [[_any(single)], *(_words(p) for p in phrases if " " in p)]
    return table


@lru_cache(maxsize=1)
def _fraction_forms() -> dict[str, float]:
    return {stem + ending: value for stem, value in sv.FRACTION_STEMS.items() for ending in sv.FRACTION_ENDINGS}


def _is_word_set(patterns: list[list[dict[str, object]]]) -> bool:
    """All of a label's patterns are one token whose lower case is in a set."""
    return all(len(p) == 1 and list(p[0]) == ["LOWER"] and isinstance(p[0]["LOWER"], dict)
               and list(p[0]["LOWER"]) == ["IN"] for p in patterns)


@lru_cache(maxsize=1)
def _word_labels() -> dict[str, tuple[str, ...]]:
    """Lower-case word -> the one-word labels it has. The Matcher evaluates
    an IN set in Python for every token and pattern (a third of reading
    figures); a dict lookup per token finds the same one-token matches."""
    labels: dict[str, list[str]] = {}
    for label, patterns in _pattern_table().items():
        if _is_word_set(patterns):
            for pattern in patterns:
                for word in pattern[0]["LOWER"]["IN"]:  # type: ignore[index]
                    if label not in labels.setdefault(word, []):
                        labels[word].append(label)
    return {word: tuple(found) for word, found in labels.items()}


@lru_cache(maxsize=1)
def figure_matcher() -> Matcher:
    """The Matcher for the labels that are not one word from a set (those are `_word_labels`)."""
    matcher = Matcher(figure_pipeline().vocab)
    for label, patterns in _pattern_table().items():
        if not _is_word_set(patterns):
            matcher.add(label, patterns, greedy="LONGEST")
    return matcher


# --- Counted nouns ----------------------------------------------------------


@lru_cache(maxsize=1)
def _noun_forms() -> dict[str, tuple[str, bool]]:
    forms: dict[str, tuple[str, bool]] = {}
    for table, person in ((sv.COUNT_NOUNS, False), (sv.PERSON_NOUNS, True)):
        for canonical, written in table.items():
            for form in written:
                forms[form] = (canonical, person)
    return forms


@lru_cache(maxsize=1)
def _head_forms() -> tuple[tuple[str, str, bool], ...]:
    heads = [
        (form, canonical, person)
        for form, (canonical, person) in _noun_forms().items()
        if canonical not in sv.NON_HEAD_NOUNS
    ]
    return tuple(sorted(heads, key=lambda head: len(head[0]), reverse=True))


@lru_cache(maxsize=16384)
def _counted_noun(text: str) -> tuple[str, bool] | None:
    """(canonical plural, counts persons) for a noun naming what is counted, else None.

    `kommunerna` -> (`kommuner`, False); compounds take their head's plural:
    `gärningspersonerna` -> (`gärningspersoner`, True).
    """
    lower = text.lower()
    hit = _noun_forms().get(lower)
    if hit is not None:
        return hit
    acronym = _ACRONYM_COMPOUND.match(text)
    if acronym is not None:
        # "SFI-elever" -> ("sfi-elever", True): the head after the acronym (round 10).
        head = _counted_noun(acronym.group(2))
        return (f"{acronym.group(1).lower()}-{head[0]}", head[1]) if head is not None else None
    # Compounds only for lower-case words: "Jämställdhetsmyndigheten" is a name.
    if not text[:1].islower() or not lower.replace("-", "").isalpha():
        return None
    for form, canonical, person in _head_forms():
        if lower.endswith(form):
            prefix = lower[: -len(form)]
            needed = sv.MIN_COMPOUND_PREFIX_SHORT_HEAD if len(form) <= 3 else sv.MIN_COMPOUND_PREFIX
            if len(prefix.rstrip("-")) >= needed:
                return prefix + canonical, person
    return None


def _passive_verb(word: str) -> bool:
    """"redovisas", "utformas": a passive verb, not a noun a number counts."""
    return (len(word) >= sv.PASSIVE_VERB_MIN_LENGTH and word.endswith(sv.PASSIVE_VERB_ENDING)
            and not word.endswith(sv.DEFINITE_GENITIVE_ENDINGS) and _counted_noun(word) is None)


# --- Reading ----------------------------------------------------------------


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    ambiguous: bool  # "en", "ett", "sex": a figure only beside a unit
    spelled: bool  # written in words ("sju"), not digits


@dataclass(frozen=True)
class _YearGroup:
    start: int
    end: int
    years: tuple[int, ...]
    span: bool  # "2015–2021": its ends are its first and last year


@dataclass(frozen=True)
class _Noun:
    canonical: str
    person: bool
    end: int


@dataclass(frozen=True)
class _Draft:
    start: int  # first token of the phrase (the qualifier, else the number)
    end: int  # token after the phrase's last (number, unit or counted noun)
    value: float
    unit: str | None  # None: a bare number, which may borrow its partner's unit
    multiplier: float = 1.0  # scale and currency factor, for a bare partner to borrow
    qualifier: str | None = None
    subject: str | None = None
    role: str = VALUE
    year_group: int | None = None  # the year stated right after the figure
    period_years: float | None = None
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Marks:
    """Matcher results by label: start -> end and end -> start, longest kept."""

    starts: dict[str, dict[int, int]]
    ends: dict[str, dict[int, int]]

    @classmethod
    def of(cls, doc: Doc) -> _Marks:
        vocab = doc.vocab
        starts: dict[str, dict[int, int]] = {}
        ends: dict[str, dict[int, int]] = {}
        word_labels = _word_labels()
        found = [(label, i, i + 1) for i, token in enumerate(doc) for label in word_labels.get(token.lower_, ())]
        for match_id, start, end in figure_matcher()(doc):
            found.append((vocab.strings[match_id], start, end))
        for label, start, end in found:
            by_start = starts.setdefault(label, {})
            if end > by_start.get(start, -1):
                by_start[start] = end
            by_end = ends.setdefault(label, {})
            if start < by_end.get(end, end + 1):
                by_end[end] = start
        return cls(starts, ends)

    def end_of(self, label: str, start: int) -> int | None:
        return self.starts.get(label, {}).get(start)

    def covered(self, label: str) -> set[int]:
        return {k for start, end in self.starts.get(label, {}).items() for k in range(start, end)}


class _Reader:
    """Walks one sentence's tokens and marks left to right, assembling figures."""

    def __init__(self, doc: Doc, marks: _Marks) -> None:
        self.doc = doc
        self.n = len(doc)
        self.marks = marks
        self.lower = [t.lower_ for t in doc]
        self.excluded = self._references()
        self.numbers = self._numbers()
        self.groups, self.year_tokens = self._years()
        self.group_at = {g.start: index for index, g in enumerate(self.groups)}
        self.qualifier_ending: dict[int, tuple[str, int]] = {}
        for kind in (sv.APPROX, sv.OVER, sv.UNDER):
            for end, start in marks.ends.get(f"QUALIFIER:{kind}", {}).items():
                if self._verb_particle(start, end):
                    continue
                if end not in self.qualifier_ending or start < self.qualifier_ending[end][1]:
                    self.qualifier_ending[end] = (kind, start)
        # "över eller under 18 år": a bound with its opposite named before it
        # bounds nothing (round 10); it still tells an age from a duration.
        self.both_sides: set[int] = set()
        for end, (kind, start) in self.qualifier_ending.items():
            opposite = {sv.OVER: sv.UNDER, sv.UNDER: sv.OVER}.get(kind)
            if (opposite is not None and start >= 2 and self.lower[start - 1] in sv.BOTH_SIDES_JOINERS
                    and start - 1 in marks.ends.get(f"QUALIFIER:{opposite}", {})):
                self.both_sides.add(end)

    def _verb_particle(self, start: int, end: int) -> bool:
        if " ".join(self.lower[start:end]) not in sv.PARTICLE_QUALIFIERS:
            return False
        window = self.lower[max(0, start - sv.PARTICLE_VERB_WINDOW):start]
        return any(word in sv.PARTICLE_VERBS for word in window)

    # -- what the tokens are

    def _references(self) -> set[int]:
        """Tokens that are references, not figures: the Matcher's ("kap. 5",
        "11 §", "1 juni"), and on legal text every number of a list or range
        that a reference word opens or a section sign closes ("punkterna 2, 3
        och 4", "2 kap. 13, 15 och 20 §§"), dates cut by a dash ("1 juni–15
        september"), page numbers after a dot leader, a minus ("–1"), and a
        number opening a heading ("2 Ärendet och dess beredning")."""
        excluded = self.marks.covered("REFERENCE")
        # "nivå fem år": a reference word before a number word with a unit is
        # no label ("från 2022 års nivå fem år efter införandet").
        for start, end in self.marks.starts.get("REFERENCE", {}).items():
            if end - start == 2 and self.lower[start] in sv.REFERENCE_PRECEDERS:
                k = start + 1
                following = self.lower[k + 1] if k + 1 < self.n else ""
                if not any(ch.isdigit() for ch in self.lower[k]) and (following in sv.TIME_WORDS or self._measure_at(k + 1)):
                    excluded.discard(start)
                    excluded.discard(k)
        digits = [k for k in range(self.n) if any(ch.isdigit() for ch in self.lower[k])]
        for k in digits:
            before = self.lower[k - 1] if k > 0 else ""
            after = self.lower[k + 1] if k + 1 < self.n else ""
            if re.search(sv.TOC_LEADER, before) or re.match(sv.MONTH_DASH, after):
                excluded.add(k)
            elif (re.match(sv.POSTCODE_HEAD, self.lower[k]) and re.match(sv.POSTCODE_TAIL, after)
                  and k + 2 < self.n and self.doc[k + 2].text[:1].isupper()):
                excluded.update((k, k + 1))  # "103 15 Stockholm": a postcode
            elif after in sv.DASHES and k + 3 < self.n and self.lower[k + 2].isdigit() and self.lower[k + 3] in sv.MONTHS:
                excluded.add(k)  # "(9–15 maj)": the first day of a span of dates
            elif (after in sv.DASHES and k + 2 < self.n and self._glued(k + 1) and self._glued(k + 2)
                  and re.fullmatch(sv.IDENTITY_NUMBER_HEAD, self.lower[k])
                  and re.fullmatch(sv.IDENTITY_NUMBER_TAIL, self.lower[k + 2])):
                excluded.update((k, k + 2))  # "559347–9420": an organisation number (round 14)
            elif (before in sv.DASHES and k >= 2 and self._glued(k - 1) and self._glued(k)
                  and re.match(sv.DASHED_DESIGNATION_HEAD, self.doc[k - 2].text)):
                excluded.add(k)  # "(NV–06530–23)": a designation's last part (round 14)
            elif before in sv.DASHES and (k < 2 or not any(ch.isdigit() for ch in self.lower[k - 2])):
                excluded.add(k)  # "(antal sysselsatta –1)": arithmetic
            elif k >= 2 and self.lower[k - 2] + before in sv.REFERENCE_PRECEDERS:
                excluded.add(k)  # "utgifts område 20": a reference word written apart (round 15)
            elif before in sv.SECTION_SIGNS and not self._modelled_unit_at(self._number_end(k)):
                excluded.add(k)  # "9 § 9 lagen (1993:387)": a point of the section (round 14)
            elif k == 0 and after[:1].isalpha() and self.doc[k + 1].text[:1].isupper():
                excluded.add(k)  # "2 Ärendet och dess beredning", "10 Fritidspedagoger"
            elif (k == 0 and after in sv.REFERENCE_PRECEDERS and k + 2 < self.n
                  and any(ch.isdigit() for ch in self.lower[k + 2])):
                excluded.add(k)  # "20 avsnitt 3.22 s. 84).": a footnote's number, its line cut off
            elif k > 0 and _is_standard_body(self.doc[k - 1].text):
                excluded.add(k)  # "svensk standard SS 741", "SS-EN ISO 9001:2015"
            elif before in sv.BARE_REFERENCE_AFTER and not self._measure_at(k + 1):
                excluded.add(k)  # "enligt 2 med sådan utbildning": point 2 of a list
            elif k > 0 and self.doc[k - 1].text[:1].isupper() and before.isalpha() and before.endswith(
                    sv.STREET_NAME_ENDINGS):
                excluded.add(k)  # "Besök: Slottsbacken 6, 111 30 Stockholm": an address
        self._enumerators(digits, excluded)
        for k in digits:
            # "naturgaslagen (2005 :403)": an SFS number with a stray space
            # before its colon; the number after "år :" is the law's (round 12).
            if (k >= 2 and self.lower[k - 1] == ":" and _YEAR.match(self.doc[k - 2].text)
                    and self.doc[k].text.isdigit() and self.doc[k - 1].idx == self.doc[k - 2].idx + len(self.doc[k - 2].text) + 1
                    and self._glued(k)):
                excluded.add(k)
        # Lists and ranges of numbers opened by a reference word or closed by a section sign.
        k = 0
        while k < self.n:
            if not any(ch.isdigit() for ch in self.lower[k]):
                k += 1
                continue
            run = [k]
            j = k + 1
            while j < self.n:
                word = self.lower[j]
                if any(ch.isdigit() for ch in word):
                    run.append(j)
                elif word not in sv.LIST_REFERENCE_JOINERS and not re.fullmatch(sv.SECTION_LETTERS, word):
                    break
                j += 1
            opener = self.lower[k - 1] if k > 0 else ""
            opened = opener in sv.LIST_REFERENCE_PRECEDERS or (
                # "klass P 3": a short designation between the word and the number
                k > 1 and self.lower[k - 2] in sv.LIST_REFERENCE_PRECEDERS and len(opener) <= 2 and opener.isalpha())
            if opener in sv.TARGET_NOUNS:
                # "delmålen 1–5", "mål 3"; not "målet 50 procent" nor "målen 2030"
                opened = not self._measure_at(j) and not any(_YEAR.match(self.doc[r].text) for r in run)
            closer = self.lower[j] if j < self.n else ""
            closed = closer in sv.SECTION_SIGNS or closer in ("kap.", "kap", "§§")
            # "22a.1, 22b, 37.3, 41 och bilaga": a list that holds a provision's
            # designation lists designations (round 13).
            designations = len(run) >= 2 and not self._measure_at(j) and any(
                re.fullmatch(sv.DESIGNATION_NUMBER, self.lower[r]) for r in run)
            if opened or closed or designations:
                excluded.update(run)
            k = j
        self._designation_lists(digits, excluded)
        self._bare_names_and_references(digits, excluded)
        return excluded

    def _glued(self, k: int) -> bool:
        """Is token k written right after token k - 1, with no space between?"""
        before = self.doc[k - 1]
        return self.doc[k].idx == before.idx + len(before.text)

    def _modelled_unit_at(self, j: int) -> bool:
        """Does a percent, kronor, time or scale word start at token j?"""
        return j < self.n and any(self.marks.end_of(label, j) is not None
                                  for label in ("SCALE", PERCENT, PERCENTAGE_POINTS, SEK, "TIME"))

    def _enumerators(self, digits: list[int], excluded: set[int]) -> None:
        """"förslag (1) avskaffande av …, (2) avgränsade …, (3) förenklingar":
        bracketed numbers that count up from 1 in one sentence number its
        items; none is a figure (round 12). A single bracketed number, or
        bracketed numbers that do not run 1, 2, …, are left alone."""
        bracketed = [k for k in digits if 0 < k < self.n - 1 and self.doc[k].text.isdigit()
                     and sv.BRACKETS.get(self.doc[k - 1].text) == self.doc[k + 1].text]
        values = [int(self.doc[k].text) for k in bracketed]
        if len(values) >= 2 and values == list(range(1, len(values) + 1)):
            excluded.update(bracketed)

    def _bare(self, k: int) -> bool:
        """Is the digit number at k bare: no year, no unit, scale or counted
        noun after it, and no lower-case content word (an unknown noun) next?"""
        if _YEAR.match(self.doc[k].text) or not self.doc[k].text.replace(",", "").replace(".", "").isdigit():
            return False
        end = self._number_end(k)  # "200 000 000 kronor" is one number
        if self._shares_a_unit(end):
            return False  # "fyllt 19 men inte 21 år", "20–29, 30–39 … år": the list's unit is its own
        if end + 1 < self.n and self.lower[end] in sv.PARTITIVE_PREPOSITIONS and self.lower[end + 1] in sv.PARTITIVE_DETERMINERS:
            whole = self.subject_after(end, sv.PARTITIVE_PREPOSITIONS)
            named = _counted_noun(self.doc[k - 1].text) if k > 0 else None
            # "innehåller 14 av de forskarrapporter": a part of a counted whole
            # (round 12); "uppdrag 5 av de tre uppdragen" numbers one of them.
            if whole is not None and (named is None or named[0] != whole.canonical):
                return False
        return self._bare_number_end(end)

    def _number_end(self, k: int) -> int:
        return max(self.marks.end_of("NUMBER", k) or k + 1, k + 1)

    def _bare_number_end(self, j: int) -> bool:
        """Does nothing counted or measured start at token j, after a number?"""
        if self._measure_at(j):  # a scale word too
            return False
        after = self.doc[j] if j < self.n else None
        if after is not None and after.text[:1].isalpha():
            # A counted noun is lower case; a capitalised word after the number
            # is a name ("COM [2020] 380 EU:s strategi", "utgiftsområde 1 Rikets").
            return not after.is_lower or after.lower_ in sv.CLOSED_CLASS_WORDS or _passive_verb(after.lower_)
        return after is None or after.text[:1] != "%"

    def _shares_a_unit(self, j: int) -> bool:
        """Does a list, range or part from token j ("men inte 21 år", ", 50
        eller 25 procent", "–29, 30–39 … år", "av 100 poäng") end in a number
        with a measure, which the number before j borrows?"""
        for _ in range(2 * sv.LIST_UNIT_MAX_ITEMS):  # a range takes two steps
            joiner = self.lower[j] if j < self.n else ""
            # "40 av 100 poäng": a part of a whole shares the whole's noun.
            if j + 1 >= self.n or not (joiner in sv.LIST_UNIT_JOINERS or joiner in sv.DASHES
                                       or joiner in sv.PARTITIVE_PREPOSITIONS):
                return False
            k = j + 1
            while k < self.n and self.lower[k] in sv.LIST_NEGATIONS:
                k += 1  # "men inte 21 år"
            if k >= self.n or not any(ch.isdigit() for ch in self.lower[k]):
                return False
            end = self._number_end(k)
            if not self._bare_number_end(end):
                return True
            j = end
        return False

    def _names_a_number(self, k: int) -> bool:
        """(a) "Uppdrag 5 ska", "rapport 288", "Fit for 55": a word that is no
        closed-class word (so a noun or name, with no determiner between it and
        the number) and no measure word stands right before."""
        if k == 0:
            return False
        word = self.doc[k - 1]
        lower = word.lower_
        if not word.is_alpha or lower in sv.CLOSED_CLASS_WORDS or lower in sv.QUALIFIERS:
            return False
        if lower in sv.NUMBERED_PERIOD_WORDS:
            return True  # "(år 1–3)", "dag 1": a numbered period; its measure would follow the number
        if lower in sv.AGE_CUES_BEFORE:
            return False  # "i åldersgruppen 16–19": ages with "år" left out (round 15)
        if word.is_lower and lower.endswith(sv.DEFINITE_GENITIVE_ENDINGS):
            return False  # "från dagens 12 till 15 kommuner": a genitive is a determiner
        measure = (lower in sv.TIME_WORDS or lower in sv.SEK_WORDS or lower in sv.SCALE_WORDS
                   or lower in sv.PERCENT_WORDS or lower in sv.MONTHS or lower in sv.SEASONS)
        return not measure

    def _after_acronym(self, k: int) -> bool:
        """(c) "PBA 1", "SS 741", "COM [2020] 381", "EU:s 2 (4)"."""
        j = k - 1
        if j >= 1 and self.doc[j].text in sv.BRACKETS.values() and re.match(sv.ACRONYM_GLUED_YEAR, self.doc[j - 1].text):
            return True  # "(COM[2022] 236 final)" (round 14)
        if j >= 2 and self.doc[j].text in sv.BRACKETS.values() and self.doc[j - 2].text in sv.BRACKETS:
            j -= 3  # "COM [2020] 381": a bracketed year between the acronym and the number
        if j < 0:
            return False
        text = self.doc[j].text
        return re.match(sv.ACRONYM, text) is not None and text.removesuffix(":s") not in sv.CURRENCY_CODES

    def _document_number(self, k: int) -> bool:
        """"KOM (2018) 375 slutlig": an acronym, a bracketed year and a number
        is a document's number whatever word follows ("slutlig", "final"),
        unless a unit or counted noun does (round 10; `_bare` asks for no
        lower-case word after the number)."""
        if k < 4 or not self.doc[k].text.isdigit():
            return False
        closing, year, opening = self.doc[k - 1].text, self.doc[k - 2].text, self.doc[k - 3].text
        glued = re.match(sv.ACRONYM_GLUED_YEAR, year) is not None and sv.BRACKETS.get(year[-5]) == closing
        if not glued and (sv.BRACKETS.get(opening) != closing or not _YEAR.match(year)):
            return False
        if self._measure_at(self._number_end(k)):  # a scale word too
            return False
        return glued or self._after_acronym(k)

    def _cites_law(self) -> bool:
        return any(word in sv.LAW_CUES for word in self.lower)

    def _bare_names_and_references(self, digits: list[int], excluded: set[int]) -> None:
        """Round 8: a bare number (`_bare`) that (a) follows a noun or name
        with no determiner, (b) follows a preposition of reference in a
        sentence that cites law, or (c) follows an upper-case acronym names or
        points at something; so do the bare numbers of the list it opens
        ("alternativ 1 respektive 2", "avses i 1 och 2") and a bracketed
        number right after it ("EU:s 2 (4)")."""
        law = None
        inside = {k for start, end in self.marks.starts.get("NUMBER", {}).items() for k in range(start + 1, end)}
        for k in digits:
            if k in excluded or k in inside or not (self._bare(k) or self._document_number(k)):
                continue
            before = self.before(k)
            if before in sv.DATE_DAY_ARTICLES:
                # "nr 1272/2008 av den 16": the day of a date, its month cut off.
                if not (self.doc[k].text.isdigit() and 1 <= int(self.doc[k].text) <= sv.MAX_DAY_OF_MONTH):
                    continue
            elif before in sv.REFERENCE_PREPOSITIONS:
                if before not in sv.ALWAYS_REFERENCE_PREPOSITIONS:
                    law = self._cites_law() if law is None else law
                    if not law:
                        continue
            elif not (self._names_a_number(k) or self._after_acronym(k)):
                continue
            excluded.update(range(k, self._number_end(k)))
            j = self._number_end(k)
            while j + 1 < self.n:
                if self.lower[j] in sv.BRACKETS and j + 2 < self.n and self.lower[j + 2] == sv.BRACKETS[self.lower[j]]:
                    if self.doc[j + 1].text.isdigit():
                        excluded.add(j + 1)  # "EU:s 2 (4) territoriella agenda"
                    j += 3
                elif self.lower[j] in sv.LIST_REFERENCE_JOINERS and self.doc[j + 1].text.isdigit() and self._bare(j + 1):
                    end = self._number_end(j + 1)
                    excluded.update(range(j + 1, end))  # "alternativ 1 respektive 2", "avses i 1 och 2"
                    j = end
                else:
                    break

    def _designation_lists(self, digits: list[int], excluded: set[int]) -> None:
        """"utgiftsområde 1 Rikets styrelse, 19 Regional tillväxt och 22
        kommunikationer": a designation followed by the name of what it
        numbers opens a list whose next numbers (after a joiner, with no unit)
        are designations too."""
        listing = False
        for k in digits:
            if k in excluded:
                listing = (self.before(k) in sv.REFERENCE_PRECEDERS and k + 1 < self.n
                           and self.doc[k + 1].text[:1].isupper() and self.doc[k + 1].is_alpha)
            elif listing and self.before(k) in sv.DESIGNATION_LIST_JOINERS and not self._measure_at(k + 1):
                excluded.add(k)
            else:
                listing = False

    def _numbers(self) -> dict[int, _Number]:
        spans = sorted(self.marks.starts.get("NUMBER", {}).items(), key=lambda se: (se[0], -se[1]))
        out: dict[int, _Number] = {}
        taken = -1
        for start, end in spans:
            if start < taken or any(k in self.excluded for k in range(start, end)):
                continue
            text = " ".join(t.text for t in self.doc[start:end])
            value = parse_swedish_number(text)
            if value is None:
                continue
            out[start] = _Number(
                start, end, value, ambiguous=text.lower() in sv.AMBIGUOUS_NUMBER_WORDS,
                spelled=not any(ch.isdigit() for ch in text),
            )
            taken = end
        return out

    def _year_like(self, k: int) -> bool:
        return k in self.numbers and _YEAR.match(self.doc[k].text) is not None

    def _years(self) -> tuple[list[_YearGroup], set[int]]:
        groups: list[_YearGroup] = []
        tokens: set[int] = set()
        for start, end in sorted(self.marks.starts.get("YEAR_SPAN", {}).items()):
            texts = (self.doc[k].text.rstrip("".join(sv.DASHES)) for k in range(start, end))
            inside = [int(text) for text in texts if _YEAR.match(text)]
            if len(inside) != 2:
                continue
            first, last = inside
            expand = first <= last and last - first <= sv.MAX_EXPANDED_YEAR_SPAN
            years = tuple(range(first, last + 1)) if expand else (first, last)
            groups.append(_YearGroup(start, end, years, span=True))
            tokens.update(range(start, end))
        for k in range(self.n):
            if k in tokens or not self._year_like(k):
                continue
            before = self.before(k)
            stated_as_year = before in sv.STATED_YEAR_WORDS or before in sv.MONTHS or before in sv.SEASONS
            # "Betygsutredningen 2018 uppdraget": a year after a name in
            # mid-sentence is the name's year, not a count of what follows (round 12).
            stated_as_year = stated_as_year or self._named_year(k)
            # "senast den 30 september 2024 respektive 2025 uppdraget": a year
            # listed right after a year is a year, whatever follows it (round 13).
            stated_as_year = stated_as_year or (k >= 2 and self.lower[k - 1] in sv.YEAR_LIST_JOINERS
                                                and k - 2 in tokens)
            # "2000 thaimassagesalonger" is a count; "2022 års" and "2023 fick" are years.
            if stated_as_year or not self._measure_at(k + 1):
                groups.append(_YearGroup(k, k + 1, (int(self.doc[k].text),), span=False))
                tokens.add(k)
        groups.sort(key=lambda g: g.start)
        return _merge_year_lists(groups, self.lower), tokens

    def _named_year(self, k: int) -> bool:
        """Is the year at k right after a capitalised word that is not the
        sentence's first, a name ("Betygsutredningen 2018", "Agenda 2030"),
        with no unit or scale after the year?"""
        if k < 2 or not self.doc[k - 1].is_alpha or not self.doc[k - 1].text.istitle():
            return False
        return not self._modelled_unit_at(self._number_end(k))

    def _measure_at(self, j: int) -> bool:
        """Does a unit, scale, fraction or counted noun start at token j?"""
        if j >= self.n:
            return False
        if sv.TIME_WORDS.get(self.lower[j]) == YEARS:
            return False  # "2022 års uppföljning"
        labels = ("SCALE", "FRACTION", PERCENT, PERCENTAGE_POINTS, SEK, "TIME", "TIMES")
        if any(self.marks.end_of(label, j) is not None for label in labels):
            return True
        if self.lower[j] in sv.UNMODELLED_UNIT_WORDS:
            return True
        return _counted_noun(self.doc[j].text) is not None

    def figure_number_at(self, k: int) -> _Number | None:
        number = self.numbers.get(k)
        if number is None or k in self.year_tokens:
            return None
        unit_at = number.end + (number.end < self.n and self.marks.end_of("SCALE", number.end) is not None)
        if unit_at < self.n and self.lower[unit_at] in sv.UNMODELLED_UNIT_WORDS:
            return None  # "15 minuter", "750 miljoner euro"
        if (k > 0 and number.end + 1 == self.n and self.doc[number.end].text == "."
                and self.before(k) in sv.TRAILING_ENUMERATOR_AFTER):
            return None  # "skadlig exponering via inandning, 2."
        if k == 0 and number.end + 1 < self.n and self.lower[number.end] in sv.ENUMERATOR_MARKS:
            return None  # "1. Svenska kraftnät ska ..."
        if self._glued_enumerator(number):
            return None  # "..., och 3. i övrigt är lämplig"
        last = self.doc[number.end - 1]
        if _PHYSICAL_UNIT.match(self.doc.text, last.idx + len(last.text)):
            return None  # "100 °C", "0,1 ppm", "cirka 10–20 l/s"
        if self._unmodelled_partner(number.end):
            return None  # "mellan 15 och 20 milligram": the range's unit is the high end's
        return number

    def _unmodelled_partner(self, j: int) -> bool:
        """Is the number before token j bare and in a range or list whose
        next number with a unit has a unit kallkoll does not model ("mellan
        15 och 20 milligram", "5 till 10 ton")? The unit is shared, as
        `_shares_a_unit` shares a modelled one (round 9)."""
        for _ in range(2 * sv.LIST_UNIT_MAX_ITEMS):
            joiner = self.lower[j] if j < self.n else ""
            if j + 1 >= self.n or not (joiner in sv.LIST_UNIT_JOINERS or joiner in sv.DASHES or joiner in sv.TO_WORDS):
                return False
            k = j + 1
            end = self.marks.end_of("NUMBER", k)
            if end is None:
                return False
            if end < self.n and self.lower[end] in sv.UNMODELLED_UNIT_WORDS:
                return True
            last = self.doc[end - 1]
            if _PHYSICAL_UNIT.match(self.doc.text, last.idx + len(last.text)):
                return True
            if not self._bare_number_end(end):
                return False
            j = end
        return False

    def _glued_enumerator(self, number: _Number) -> bool:
        j = number.end
        if number.spelled or j + 1 >= self.n or self.doc[j].text != sv.GLUED_ENUMERATOR_MARK:
            return False
        last = self.doc[j - 1]
        glued = last.idx + len(last.text) == self.doc[j].idx
        following = self.doc[j + 1]
        return glued and following.is_alpha and following.is_lower

    def before(self, k: int) -> str:
        return self.lower[k - 1] if k > 0 else ""

    # -- nouns

    def _noun_run(self, k: int, noun: tuple[str, bool]) -> _Noun:
        # "svarande kommunerna", "utsatta kvinnor": the last noun of a run is the head.
        while k + 1 < self.n and (following := _counted_noun(self.doc[k + 1].text)) is not None:
            k, noun = k + 1, following
        return _Noun(noun[0], noun[1], k + 1)

    def noun_after(self, j: int, skip: int = 1) -> _Noun | None:
        """A counted noun at j, or after one modifier ("32 olika webbplatser")."""
        for offset in range(skip + 1):
            k = j + offset
            if k >= self.n:
                return None
            token = self.doc[k]
            noun = _counted_noun(token.text)
            if noun is not None:
                return self._noun_run(k, noun)
            if self._people_participle(k):
                return _Noun(token.lower_, True, k + 1)  # "54 000 sökande omplaceras" (round 10)
            if not (token.is_alpha and token.is_lower and token.lower_ not in sv.SUBJECT_STOP_WORDS):
                return None
        return None

    def _people_participle(self, k: int) -> bool:
        """Is the token at k a present participle standing as a noun, which
        names people ("54 000 sökande omplaceras", "tre studerande")? No
        noun may follow it ("500 boende kommuner": "boende" is a modifier),
        and one is no plural ("ett betänkande som": a neuter noun)."""
        token = self.doc[k]
        word = token.lower_
        if not (token.is_alpha and token.is_lower and len(word) >= sv.PRESENT_PARTICIPLE_MIN_CHARS
                and word.endswith(sv.PRESENT_PARTICIPLE_ENDINGS) and word not in sv.NON_PERSON_PARTICIPLES):
            return False
        if any(self.lower[m] in sv.ARTICLE_NUMBER_WORDS or self.lower[m] == "1" for m in range(max(0, k - 3), k)):
            return False  # "ett delbetänkande som": a singular after one is a neuter noun, no person
        if k + 1 >= self.n:
            return True
        following = self.doc[k + 1]
        after = following.lower_
        if not (following.is_alpha and following.is_lower):
            return True
        return (after in sv.CLOSED_CLASS_WORDS or after in sv.NOT_NOUNS or after in sv.SUBJECT_STOP_WORDS
                or after.endswith(sv.VERB_ENDINGS)
                or (len(after) >= sv.PRESENT_PASSIVE_MIN_CHARS and after.endswith(sv.PRESENT_PASSIVE_ENDINGS)))

    def _any_noun_after(self, j: int, start: int) -> _Noun | None:
        """The noun a number word counts when it is on no list: whatever
        follows, over a few modifiers ("två promemorior", "fem nya
        paragrafer"; issue 14)."""
        if self.before(start) in sv.BARE_NOUN_BLOCKERS or self.before(start) in sv.BARE_WORD_LICENSORS:
            return None  # "varav tre personuppklarades": the noun is the one before
        for k in range(j, min(self.n, j + sv.BARE_NOUN_MODIFIERS + 1)):
            token = self.doc[k]
            word = token.lower_
            acronym = _ACRONYM_COMPOUND.match(token.text)
            if acronym is not None:
                # "två EU-förordningar": the acronym's compound is a common noun (round 10).
                counted = _counted_noun(token.text)
                return _Noun(counted[0] if counted else word, bool(counted and counted[1]), k + 1)
            if self._people_participle(k):
                return _Noun(word, True, k + 1)  # "tre sökande" (round 10)
            if not (token.is_alpha and token.is_lower) or word in sv.NOT_NOUNS or word in sv.SUBJECT_STOP_WORDS:
                return None
            following = self.doc[k + 1] if k + 1 < self.n else None
            # An adjective is followed by a noun; "punkterna ska" ends the phrase
            # ("De tre sistnämnda punkterna ska redovisas").
            adjective = ((word.endswith(("a", "e")) or word == "små") and following is not None and following.is_alpha
                         and following.is_lower and following.lower_ not in sv.NOT_NOUNS
                         and following.lower_ not in sv.SUBJECT_STOP_WORDS)
            if word.endswith(sv.VERB_ENDINGS) and not (
                    k > j and adjective and word.endswith(sv.PARTICIPLE_ADJECTIVE_ENDINGS)):
                return None  # "tre dödades"; not "tre nya standardiserade vårdförlopp" (round 14)
            if not adjective:
                return _Noun(word, False, k + 1)
        return None

    def subject_after(self, j: int, prepositions: frozenset[str] = sv.SUBJECT_PREPOSITIONS) -> _Noun | None:
        """The counted population after "av"/"för"/"bland" at j ("av de 179 myndigheter")."""
        if j >= self.n or self.lower[j] not in prepositions:
            return None
        for k in range(j + 1, min(self.n, j + 1 + sv.SUBJECT_WINDOW)):
            token = self.doc[k]
            if token.is_punct or token.lower_ in sv.SUBJECT_STOP_WORDS:
                return None
            noun = _counted_noun(token.text)
            if noun is not None:
                return self._noun_run(k, noun)
        return None

    # -- the walk

    def read(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        i = 0
        while i < self.n:
            found, after = self._read_at(i, drafts)
            if found:
                drafts.extend(found)
                i = max(after, i + 1)
            else:
                i += 1
        return _borrow_across_changes(self._share_bounds(drafts))

    def _share_bounds(self, drafts: list[_Draft]) -> list[_Draft]:
        """"högst 2 miljoner kronor under 2017 och 2 miljoner kronor under
        2018": the bound holds for the list's next figure of the same unit."""
        out = list(drafts)
        bound_from: int | None = None  # the index of the draft whose bound is being shared
        for index, draft in enumerate(out):
            if index and bound_from is not None and draft.qualifier is None and draft.role == VALUE:
                source = out[index - 1]
                between = [k for k in range(source.end, draft.start)
                           if k not in self.year_tokens and self.lower[k] not in sv.YEAR_INTRODUCERS]
                if (source.unit is not None and source.unit == draft.unit and len(between) == 1
                        and self.lower[between[0]] in sv.LIST_UNIT_JOINERS - {"men"}):
                    out[index] = replace(draft, qualifier=out[bound_from].qualifier)
                    continue
            words = self.lower[draft.start:draft.start + 2]
            bound = draft.qualifier is not None and (words[0] in sv.LIST_SHARED_BOUNDS
                                                     or " ".join(words) in sv.LIST_SHARED_BOUNDS)
            bound_from = index if bound else None
        return out

    def _bounded_compound(self, i: int, value: float, unit: str) -> _Draft:
        """A number inside a compound ("tvåårigt") with the bound right before
        it ("ett minst tvåårigt beställningsbemyndigande": over 2 years, round
        12); "under femårsperioden" is the preposition of time, no bound."""
        kind, start = self.qualifier_ending.get(i, (None, i))
        words = " ".join(self.lower[start:i])
        if kind is None or self.lower[start] in sv.DURATION_PREPOSITION_QUALIFIERS or words in sv.AGE_ONLY_QUALIFIERS:
            kind, start = None, i
        return _Draft(start=start, end=i + 1, value=value, unit=unit, qualifier=kind)

    def _read_at(self, i: int, drafts: list[_Draft]) -> tuple[list[_Draft], int]:
        approx = self._read_approx_number_noun(i)
        if approx is not None:
            return [approx], approx.end
        for pattern, unit in ((_COMPOUND_YEARS, YEARS), (_COMPOUND_MONTHS, MONTHS)):
            compound = pattern.match(self.lower[i])
            if compound is not None and i not in self.excluded:
                # "femårsperioden", "tioårig", "treårigt", "tolvmånadsperiod" (issue 14)
                value = parse_swedish_number(compound.group(1))
                if value is not None:
                    return [self._bounded_compound(i, value, unit)], i + 1
        compound = _COMPOUND_SHORT_TIME.match(self.lower[i])
        if compound is not None and i not in self.excluded:
            # "tredagarsbefordran": delivery within three days (round 9)
            value = parse_swedish_number(compound.group(1))
            if value is not None:
                unit = sv.COMPOUND_SHORT_TIME_UNITS[compound.group(2)]
                return [self._bounded_compound(i, value, unit)], i + 1
        compound = _DIGIT_COMPOUND_TIME.match(self.lower[i])
        if compound is not None and i not in self.excluded:
            # "en 90-dagarsgaranti för ungdomar"
            unit = sv.TIME_WORDS.get(compound.group(2).rstrip("s")) or sv.TIME_WORDS[compound.group(2)]
            return [self._bounded_compound(i, float(compound.group(1)), unit)], i + 1
        if self.figure_number_at(i) is not None:
            found, after = self._read_number_phrase(i, drafts)
            if found:
                return found, after
        for label, reader in (
            ("AGE_WORD", self._read_age_word),
            ("EVERY_NTH", self._read_every_nth),
            ("HALF", self._read_half),
            ("MAJORITY", self._read_majority),
            ("MULTIPLE", self._read_multiple),
            ("CHANGE_MULTIPLE", self._read_change_multiple),
            ("ZERO", self._read_zero),
        ):
            end = self.marks.end_of(label, i)
            if end is not None:
                draft = reader(i, end)
                if draft is not None:
                    return [draft], draft.end
        return [], i + 1

    def _qualifier_before(self, i: int) -> tuple[str, int] | None:
        return self.qualifier_ending.get(i)

    def _role(self, start: int, drafts: list[_Draft]) -> str:
        before = self.before(start)
        if before in sv.FROM_WORDS or self._from_over_modifiers(start):
            return FROM
        if before in sv.TO_WORDS and _from_is_open(drafts):
            return TO
        # "från 18 procent år 2016 och 16 procent år 2017 till 22 procent"
        if before in sv.FROM_LIST_JOINERS and drafts and drafts[-1].role == FROM:
            return FROM
        return VALUE

    def _from_over_modifiers(self, start: int) -> bool:
        """"från dagens 30 000 kronor": "från" before the number's modifiers
        (a determiner, genitive or participle) makes it a change's start."""
        k = start - 1
        for _ in range(sv.FROM_MODIFIER_WINDOW):
            token = self.doc[k] if k >= 0 else None
            if token is None or not (token.is_alpha and token.is_lower):
                return False
            word = token.lower_
            if not (word in sv.FROM_DETERMINERS or word.endswith(sv.FROM_MODIFIER_ENDINGS)):
                return False
            k -= 1
            if k >= 0 and self.lower[k] in sv.FROM_WORDS:
                return True
        return False

    def _read_number_phrase(self, i: int, drafts: list[_Draft]) -> tuple[list[_Draft], int]:
        read = self._read_single(i, drafts)
        if read is None:
            return [], i + 1
        first, after = read
        if first.year_group is not None or first.end >= self.n:
            return ([] if self._idle_word(i, first) else [first]), after
        j = first.end
        joiner = self.lower[j]
        opened_by_mellan = self.before(first.start) in sv.RANGE_OPENERS
        is_range_joiner = (
            self.doc[j].text in sv.DASHES
            or (joiner in sv.TO_WORDS and first.role == VALUE)
            or (joiner in sv.RANGE_JOINERS_AFTER_OPENER and opened_by_mellan)
        )
        alone = [] if self._idle_word(i, first) else [first]
        if not is_range_joiner or self.figure_number_at(j + 1) is None:
            return alone, after
        second_read = self._read_single(j + 1, drafts, range_low=first)
        if second_read is None:
            return alone, after
        second, second_after = second_read
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            return alone, after
        low, high = _borrow(replace(first, role=RANGE_LOW), replace(second, role=RANGE_HIGH))
        if high.qualifier is None and low.qualifier == sv.APPROX:
            # "runt 150 till 200 ärenden": the approximation covers both ends.
            high = replace(high, qualifier=sv.APPROX)
        return [low, high], second_after

    def _idle_word(self, i: int, draft: _Draft) -> bool:
        """A number word standing alone: "mellan två jämbördiga parter"."""
        number = self.numbers[i]
        return (
            number.spelled and draft.unit is None and draft.qualifier is None and draft.role == VALUE
            and self.before(draft.start) not in sv.BARE_WORD_LICENSORS
        )

    def _read_single(
        self, i: int, drafts: list[_Draft], range_low: _Draft | None = None, in_list: bool = False
    ) -> tuple[_Draft, int] | None:
        number = self.figure_number_at(i)
        if number is None:
            return None
        qualifier = self._qualifier_before(i)
        kind = qualifier[0] if qualifier else None
        start = qualifier[1] if qualifier else i
        value, multiplier = number.value, 1.0
        unit: str | None = None
        subject: _Noun | None = None
        j = number.end
        half_end = self._and_a_half(j)
        if half_end is not None:
            # "ett och ett halvt prisbasbelopp": 1.5, and "ett" is a number.
            value += 0.5
            number = replace(number, end=half_end, ambiguous=False)
            j = half_end
        elif self._article_half(number):
            # "från ett halvt prisbasbelopp": a half, and "ett" is a number (round 12).
            value = 0.5
            number = replace(number, end=j + 1, ambiguous=False)
            j += 1
        end = j
        scale_end = self.marks.end_of("SCALE", j)
        if scale_end is not None:
            multiplier *= sv.SCALE_WORDS[self.lower[j]]
            j = end = scale_end
        direct_noun = False
        contrasted = False
        if self.lower[number.start] not in sv.ARTICLE_NUMBER_WORDS:
            j = self._unit_after_modifiers(j)
        times_end = self.marks.end_of("TIMES", j)
        if self.marks.end_of("FRACTION", j) is not None:
            unit, value, end = SHARE, value * _fraction_forms()[self.lower[j]], j + 1
            subject = self.subject_after(end)
        elif times_end is not None:
            unit, end = RATIO, times_end
        elif self.marks.end_of(PERCENT, j) is not None or self.marks.end_of(PERCENTAGE_POINTS, j) is not None:
            unit = PERCENT if self.marks.end_of(PERCENT, j) is not None else PERCENTAGE_POINTS
            end = j + 1
            subject = self.subject_after(end)
        elif self.marks.end_of(SEK, j) is not None:
            unit, end = SEK, j + 1
            multiplier *= sv.SEK_WORDS[self.lower[j]]
            ore = self._ore_after(end) if multiplier == 1.0 else None
            if ore is not None:
                # "1 krona och 31 öre": one amount, 1,31 kronor (round 9).
                value, end = value + ore[0] * sv.SEK_WORDS["öre"], ore[1]
        elif self.marks.end_of("TIME", j) is not None and not self._year_follows_ar(j):
            unit, end = self._time_unit(j, start, qualifier, range_low, i), j + 1
            if kind is not None and unit != AGE and self.lower[start] in sv.DURATION_PREPOSITION_QUALIFIERS:
                # "under tre år": for three years, not fewer than three.
                kind, start = None, i
            if unit == AGE:
                subject = self.noun_after(end, skip=0)
        else:
            if self._names_something(j):
                return None  # "den lättlästa nyhetstidningen 8 Sidor": a name (round 11)
            subject = self.noun_after(j)
            if subject is not None:
                direct_noun = True
                end = subject.end
            else:
                subject = self.subject_after(j, sv.PARTITIVE_PREPOSITIONS)  # "Tre av de 14 målen"
            if subject is None and number.spelled and not number.ambiguous:
                subject = self._any_noun_after(j, start)
                if subject is not None:
                    direct_noun = True
                    end = subject.end
            elif subject is None and self.lower[i] == "sex" and self.before(start) not in sv.SEX_AS_ACT_AFTER:
                noun = self._any_noun_after(j, start)
                if noun is not None and noun.canonical.endswith(sv.SIX_PLURAL_ENDINGS):
                    # "består av sex rättsakter": six (round 9); `_ambiguous_is_figure` takes it.
                    subject, direct_noun, end = noun, True, noun.end
            if subject is None and not number.ambiguous and self._postfix_bound_at(j):
                # "två eller flera barn": the noun after the bound is counted;
                # the figure ends at the number, so `_postfix_qualifier` reads the bound.
                subject = self._counted_after_bound(number, j + 2)
                direct_noun = subject is not None
            if number.ambiguous and self.lower[i] in sv.CONTRAST_NUMBER_WORDS and kind is None:
                noun = subject if direct_noun else self._any_noun_after(j, start)
                if noun is not None and self._contrasted(i, noun):
                    # "familjer med ett barn och ... med två eller flera barn": 1
                    contrasted, subject, direct_noun, end = True, noun, True, noun.end
            if subject is not None:
                unit = PERSONS if subject.person else COUNT
        # "mellan 13 och 25 år" is a range, read as one by `_read_number_phrase`.
        listed = False
        if unit is None and not in_list and self.before(start) not in sv.RANGE_OPENERS:
            partner = self._list_partner(end, drafts)
            if partner is not None:
                # "en respektive två doser": "en" in a list of numbers is one (round 13).
                listed = True
                # "75, 50 eller 25 procent": the list's unit; a scale of its
                # own ("2 miljoner och 3 miljarder kronor") is kept.
                unit = partner.unit
                multiplier = multiplier if multiplier != 1.0 else partner.multiplier
                if partner.subject is not None:
                    subject = _Noun(partner.subject, partner.unit == PERSONS, end)
        if unit is None and start > 0 and self.before(start) in sv.PART_OF_WHOLE_WORDS:
            whole = drafts[-1] if drafts else None
            if whole is not None and whole.unit is not None and start - 1 - whole.end <= sv.PART_OF_WHOLE_WINDOW:
                # "300 000 000 kronor under 2018 varav högst 500 000": a part
                # takes its whole's unit and scale (round 10); not its noun,
                # which the part often narrows ("varav 200 kvinnor").
                unit = whole.unit
                multiplier = multiplier if multiplier != 1.0 else whole.multiplier
        if (unit is None and range_low is None and self.before(start) not in sv.RANGE_OPENERS
                and (end >= self.n or self.doc[end].text not in sv.DASHES)):
            counted = self._people_counted_before(start) if not number.ambiguous else None
            if counted is not None:
                subject, unit = counted, PERSONS  # "utöka antalet anställda med 10 000" (round 10)
            else:
                unit = self._time_counted_before(start)  # "Antalet karensdagar får inte överstiga sex" (round 12)
        if (unit is None and kind is None and not number.spelled and number.value <= sv.TRAILING_ITEM_MAX
                and number.end + 1 == self.n and self.doc[number.end].text == "."
                and self.before(i) not in sv.TRAILING_FIGURE_AFTER and self.before(i) not in sv.COPULAS):
            return None  # "... om läraren 1.": the next list item's number, cut off
        if kind is not None and unit != AGE and " ".join(self.lower[start:i]) in sv.AGE_ONLY_QUALIFIERS:
            kind, start = None, i  # "inte 10 procent utan 20": no bound
        if (unit is None and kind in (sv.OVER, sv.UNDER) and 0 < value <= sv.MAX_AGE
                and start > 0 and self.before(start) in sv.AGE_GROUP_NOUNS):
            unit = AGE  # "preventivmedel för unga under 21": an age with "år" left out (round 12)
        if unit is None and kind is None and 0 < value <= sv.MAX_AGE and start > 0 and self.before(start) in sv.AGE_CUES_BEFORE:
            unit = AGE  # "unga i åldersgruppen 16–19 som": ages with "år" left out (round 15)
        if unit is None and kind in (sv.OVER, sv.UNDER) and value == 0:
            # "nettoutsläpp … är mindre än noll": a comparison with zero states
            # a quantity's sign, not an amount; the quantity (here tonnes of
            # emissions) is unmodelled and no count (round 11, blind9's label).
            return None
        if kind is not None and i in self.both_sides:
            kind, start = None, i  # "över eller under 18 år": no bound
        if kind is not None and unit not in TIME_UNITS and self.lower[start] in sv.TIME_ONLY_QUALIFIERS:
            kind, start = None, i  # "andelen var senast 45 procent": most recently, no bound
        if number.ambiguous and not contrasted and not listed and not self._ambiguous_is_figure(
                number, start, unit, multiplier, kind, direct_noun):
            return None
        role = self._role(start, drafts) if range_low is None else RANGE_HIGH
        draft = _Draft(
            start=start, end=end, value=value * multiplier, unit=unit, multiplier=multiplier,
            qualifier=kind, subject=subject.canonical if subject else None, role=role,
        )
        return self._with_year_and_period(draft, subject)

    def _clause_before(self, start: int) -> Iterator[int]:
        """The tokens before start, nearest first, within COUNT_OF_WINDOW and
        up to the clause's start or another number (a year does not count)."""
        for k in range(start - 1, max(-1, start - 1 - sv.COUNT_OF_WINDOW), -1):
            word = self.lower[k]
            if word in sv.CLAUSE_PUNCTUATION or (any(ch.isdigit() for ch in word) and k not in self.year_tokens):
                return
            yield k

    def _people_counted_before(self, start: int) -> _Noun | None:
        """The people named by "antalet" earlier in the clause of a bare
        number at start ("utöka antalet anställda med 10 000"), else None."""
        for k in self._clause_before(start):
            if self.lower[k] in sv.COUNT_OF_WORDS:
                noun = self.noun_after(k + 1)
                return noun if noun is not None and noun.person and noun.end <= start else None
        return None

    def _time_counted_before(self, start: int) -> str | None:
        """The time unit of the days, weeks or months counted by "antalet"
        earlier in the clause of a bare number ("antalet karensdagar …
        minskas från sju till sex": days), else None."""
        for k in self._clause_before(start):
            if self.lower[k] in sv.COUNT_OF_WORDS and k + 1 < start:
                noun = self.lower[k + 1]
                return next((unit for head, unit in sv.COUNTED_TIME_HEADS.items() if noun.endswith(head)), None)
        return None

    def _rate_base(self, number: _Number, start: int) -> bool:
        """"sändas under högst tolv minuter under en timme … högst femton
        procent av sändningstiden under ett dygn": "en"/"ett" and a time
        after "under"/"per", with a number earlier in its clause, is the base
        of that number's rate, not a duration of its own (round 9)."""
        if self.lower[number.start] not in sv.ARTICLE_NUMBER_WORDS or self.before(start) not in sv.RATE_BASE_PREPOSITIONS:
            return False
        for k in range(start - 2, -1, -1):
            if self.doc[k].text in sv.CLAUSE_PUNCTUATION:
                return False
            if k in self.numbers and not self.numbers[k].ambiguous and k not in self.year_tokens:
                return True  # "tolv minuter under en timme"; not "på ett bättre sätt … under ett kalenderår"
        return False

    def _ore_after(self, j: int) -> tuple[float, int] | None:
        """(öre, the token after) for "och 31 öre" at j, after an amount in whole kronor."""
        if j + 2 >= self.n or self.lower[j] != sv.ORE_JOINER or self.lower[j + 2] not in sv.ORE_WORDS:
            return None
        ore = self.numbers.get(j + 1)
        if ore is None or ore.end != j + 2 or not 0 < ore.value < 100:
            return None
        return ore.value, j + 3

    def _article_half(self, number: _Number) -> bool:
        """Is the number "en halv"/"ett halvt" ("ett halvt prisbasbelopp")?"""
        return (self.lower[number.start] in sv.ARTICLE_NUMBER_WORDS and number.end == number.start + 1
                and number.end < self.n and self.lower[number.end] in sv.AND_A_HALF_WORDS)

    def _and_a_half(self, j: int) -> int | None:
        """The token after "och ett halvt"/"och en halv" at j, else None."""
        if (j + 2 < self.n and self.lower[j] == sv.AND_A_HALF_JOINER and self.lower[j + 1] in sv.ARTICLE_NUMBER_WORDS
                and self.lower[j + 2] in sv.AND_A_HALF_WORDS):
            return j + 3
        return None

    def _unit_after_modifiers(self, j: int) -> int:
        """The token of a unit word after up to `UNIT_MODIFIERS` adjectives or
        participles at j ("tre påföljande arbetsdagar", "två på varandra
        följande månader"), else j: the unit is still the number's."""
        k = j
        for _ in range(sv.UNIT_MODIFIERS + 1):
            if k >= self.n:
                return j
            if any(self.marks.end_of(label, k) is not None for label in ("TIME", PERCENT, PERCENTAGE_POINTS, SEK)):
                return k if k == j or not self._year_follows_ar(k) else j
            phrase = next((p for p in sv.UNIT_MODIFIER_PHRASES if tuple(self.lower[k:k + len(p)]) == p), None)
            if phrase is not None:
                k += len(phrase)
                continue
            token = self.doc[k]
            # "de två första åren": the first two years, a duration (round 15).
            first_or_last = token.lower_ in sv.FIRST_OR_LAST
            if not first_or_last and not (
                    token.is_alpha and token.is_lower and token.lower_.endswith(sv.UNIT_MODIFIER_ENDINGS)
                    and token.lower_ not in sv.CLOSED_CLASS_WORDS and token.lower_ not in sv.NOT_NOUNS
                    and token.lower_ not in sv.ORDINAL_DENOMINATORS):
                return j
            k += 1
        return j

    def _postfix_bound_at(self, j: int) -> bool:
        """"eller fler"/"eller flera"/"eller färre" at token j, a noun after it."""
        return (j + 2 < self.n and self.lower[j] == sv.POSTFIX_JOINER
                and self.lower[j + 1] in sv.POSTFIX_COUNT_BOUNDS)

    def _counted_after_bound(self, number: _Number, k: int) -> _Noun | None:
        noun = self.noun_after(k, skip=0)
        if noun is None and number.spelled and not number.ambiguous:
            noun = self._any_noun_after(k, number.start)
        return noun

    def _contrasted(self, i: int, noun: _Noun) -> bool:
        """Does another number in the sentence count the same noun as the
        "en"/"ett" at i? ("ett barn ... två eller flera barn", "två frågor ...
        och en fråga"). Nouns are the same when their Snowball stems are."""
        stem = _stem(self.doc[noun.end - 1].text)
        for k, other in self.numbers.items():
            half = self._article_half(other)  # "från ett halvt prisbasbelopp till ett prisbasbelopp"
            if k == i or (other.ambiguous and not half) or self.figure_number_at(k) is None:
                continue
            j = other.end + 1 if half else other.end
            if self._postfix_bound_at(j):
                j += 2
            counted = self.noun_after(j, skip=0)
            if counted is None and other.spelled:
                counted = self._any_noun_after(j, k)
            if counted is not None and _stem(self.doc[counted.end - 1].text) == stem:
                return not self._enumerates(other, counted, i, stem)
        return False

    def _enumerates(self, other: _Number, counted: _Noun, i: int, stem: str) -> bool:
        """"två nya lagar, en lag om … och en lag om …": the "en"/"ett" at i
        names a member of the count `other` when it follows that count's noun
        after a comma or colon and as many "en"/"ett" + the same noun follow
        as the count counts (round 9). "två frågor om X och en fråga om Y"
        stays a count: one more, not the two named."""
        if i < counted.end or counted.end >= self.n or self.lower[counted.end] not in sv.ENUMERATION_MARKS:
            return False
        members = [m for m in range(counted.end, self.n - 1)
                   if self.lower[m] in sv.CONTRAST_NUMBER_WORDS
                   and (noun := self.noun_after(m + 1, skip=0)) is not None
                   and _stem(self.doc[noun.end - 1].text) == stem]
        return len(members) == other.value

    def _list_partner(self, j: int, drafts: list[_Draft]) -> _Draft | None:
        """The first later number with a unit in a list that starts at token j
        with a joiner: "75[, 50 eller 25 procent]", "18[ men inte 65 år]"."""
        for _ in range(sv.LIST_UNIT_MAX_ITEMS):
            # "med 11 i stället för 15 ledamöter": an alternative shares the unit too (round 9).
            phrase = next((p for p in sv.LIST_UNIT_PHRASE_JOINERS if tuple(self.lower[j:j + len(p)]) == p), ())
            if not phrase and (j + 1 >= self.n or self.lower[j] not in sv.LIST_UNIT_JOINERS):
                return None
            k = j + max(1, len(phrase))
            for end, (_, start) in self.qualifier_ending.items():
                if start == k and end - start <= 3:
                    k = end  # "men inte 65 år", "och högst tolv kommuner"
                    break
            number = self.figure_number_at(k)
            if number is None:
                return None
            read = self._read_single(k, drafts, in_list=True)
            if read is None:
                return None
            if read[0].unit is not None:
                return read[0]
            j = number.end
        return None

    def _ambiguous_is_figure(
        self, number: _Number, start: int, unit: str | None, multiplier: float, kind: str | None, direct_noun: bool
    ) -> bool:
        if unit in (PERCENT, PERCENTAGE_POINTS, SHARE, SEK, RATIO) or multiplier != 1.0:
            return True
        if unit in TIME_UNITS:
            if kind is None and self._rate_base(number, start):
                return False  # "högst tolv minuter under en timme": per hour, no duration
            # "sex månader" is six months; "minst ett läsår" one school year;
            # "ett års heltidsstudier" one year's.
            # "senareläggas med ett år" (round 12): a change by one year.
            return (self.before(start) in sv.DURATION_PREPOSITIONS or self.lower[number.start] == "sex"
                    or self.before(start) in sv.CHANGE_BY_PREPOSITIONS
                    or kind is not None or (number.end < self.n and self.lower[number.end] in sv.GENITIVE_TIME_WORDS))
        if unit in (PERSONS, COUNT):
            restricted = kind is not None or self.before(start) in sv.RESTRICTIVE_WORDS
            # "sex kommuner" is six; "en man" is an article.
            return restricted or (direct_noun and self.lower[number.start] == "sex")
        # "minst sex och högst tolv kommuner", "varav minst en revirmarkerar": after
        # "minst"/"högst" an ambiguous word is a number whose noun is elided.
        return unit is None and kind is not None and self.lower[start] in sv.NUMBER_LICENSING_QUALIFIERS

    def _year_follows_ar(self, j: int) -> bool:
        # "1205 år 2023": this "år" introduces the year, it is no unit.
        return self.lower[j] in sv.STATED_YEAR_WORDS and j + 1 in self.group_at

    def _time_unit(
        self, j: int, start: int, qualifier: tuple[str, int] | None, range_low: _Draft | None, number_at: int
    ) -> str:
        unit = sv.TIME_WORDS[self.lower[j]]
        if unit != YEARS or self.lower[j] in sv.DURATION_YEAR_FORMS:
            return unit
        context = range_low.start if range_low is not None else start
        # The cue may stand inside the qualifier: "som inte fyllt 21 år".
        cue_end = context if range_low is not None else number_at
        if any(w in sv.AGE_CUES_BEFORE for w in self.lower[max(0, context - sv.AGE_CUE_WINDOW):cue_end]):
            return AGE
        if j + 1 < self.n and self.lower[j + 1] in sv.AGE_CUES_AFTER:
            return AGE
        if j + 2 < self.n and self.lower[j + 1] == "eller" and self.lower[j + 2] in sv.AGE_CUES_AFTER:
            return AGE  # "50 år eller äldre"
        if context > 1 and self.before(context) in sv.COPULAS and self.lower[context - 2] == "som":
            return AGE  # "den som är 15 år"
        before = self.before(context)
        if before in sv.AGE_VALUE_PREPOSITIONS and self._age_noun_before(
                context, 1 if before in sv.AGE_NEXT_PREPOSITIONS else sv.AGE_NOUN_WINDOW):
            return AGE  # "ålderskrav på 15 år", "lägsta ålder … från 21 år till 20 år" (round 12)
        if before in sv.DURATION_PREPOSITIONS:
            return YEARS
        if range_low is not None:
            return AGE  # "16–24 år", "mellan 13 och 25 år"
        if qualifier is not None and qualifier[0] in (sv.OVER, sv.UNDER):
            # "hon var under 18 år", "flickor och pojkar under 15 år",
            # "Arbetssökande över 55 år" (round 11)
            if before in sv.COPULAS or (context > 0 and self._names_people(context - 1)):
                return AGE
            if self._opposite_bound_before(context, qualifier[0]):
                return AGE  # "över 18 eller under 65 år" (round 11)
        return YEARS

    def _age_noun_before(self, context: int, window: int) -> bool:
        """Is a noun of the "ålder" family among the `window` words before
        the preposition at context - 1, in its clause (no comma between)?"""
        for k in range(context - 2, max(-1, context - 2 - window), -1):
            word = self.lower[k]
            if word in (",", ";", ":"):
                return False
            if any(part in word for part in sv.AGE_NOUN_PARTS) and not word.startswith(sv.AGE_NOUN_NOT):
                return True
        return False

    def _names_people(self, k: int) -> bool:
        """Does the word at k name people, as the noun an age bound follows?
        A people noun (a title's capital is no name here: "Riksrevisionens
        rapport Arbetssökande över 55 år"), or a present participle standing
        as a noun, which names people (round 10's principle; round 11)."""
        text = self.doc[k].text
        noun = _counted_noun(text) or (_counted_noun(text.lower()) if text[:1].isupper() else None)
        if noun is not None:
            return noun[1]
        word = self.lower[k]
        return (word.isalpha() and len(word) >= sv.PRESENT_PARTICIPLE_MIN_CHARS
                and word.endswith(sv.PRESENT_PARTICIPLE_ENDINGS) and word not in sv.NON_PERSON_PARTICIPLES)

    def _opposite_bound_before(self, context: int, kind: str) -> bool:
        """"över 18 eller under 65 år": is the bound at context the second of
        two opposite bounds on two numbers joined by "eller"/"och"? Two such
        limits on years bound an age (round 11)."""
        if context < 2 or self.before(context) not in sv.BOTH_BOUNDS_JOINERS:
            return False
        opposite = {sv.OVER: sv.UNDER, sv.UNDER: sv.OVER}[kind]
        for k, number in self.numbers.items():
            if number.end == context - 1:
                earlier = self.qualifier_ending.get(k)
                return earlier is not None and earlier[0] == opposite
        return False

    def _names_something(self, k: int) -> bool:
        """Is the word at k, right after a number with no unit, a capitalised
        noun that names something ("nyhetstidningen 8 Sidor")? After a number
        the word is never a sentence's first, so its capital marks a name, and
        the number is part of it (round 11). An acronym and its compound
        ("5 EU-länder", "3 Mkr") is no title-case word. A word in capitals
        of five letters or more ("8 SIDOR") is a name too (round 12); shorter
        ones are mostly acronyms ("300 SFI", "36 OECD")."""
        if k >= self.n or not self.doc[k].is_alpha:
            return False
        text = self.doc[k].text
        return text.istitle() or (text.isupper() and len(text) >= sv.CAPS_NAME_MIN_LETTERS)

    def _with_year_and_period(self, draft: _Draft, subject: _Noun | None) -> tuple[_Draft, int]:
        after = draft.end
        for tail in sorted({draft.end, subject.end if subject else draft.end}):
            group = self._year_group_from(tail)
            if group is not None:
                draft = replace(draft, year_group=group)
                after = max(after, self.groups[group].end)
                break
        # "från fem till sju dagar på två år": the period of the change.
        changing = draft.role in (TO, FROM) or self.before(draft.start) in sv.CHANGE_BY_WORDS
        if changing and after < self.n and self.lower[after] in sv.PERIOD_PREPOSITIONS:
            period = self.figure_number_at(after + 1)
            if period is not None and self.marks.end_of("TIME", period.end) is not None:
                unit = sv.TIME_WORDS[self.lower[period.end]]
                if unit in sv.YEARS_PER_UNIT:
                    draft = replace(draft, period_years=period.value * sv.YEARS_PER_UNIT[unit])
                    after = period.end + 1
        return draft, after

    def _year_group_from(self, k: int) -> int | None:
        """A year group starting at k or after up to two introducers ("år 2016", "mellan åren 2020–2022")."""
        for _ in range(3):
            if k in self.group_at:
                return self.group_at[k]
            if k >= self.n or self.lower[k] not in sv.YEAR_INTRODUCERS:
                return None
            k += 1
        return None

    # -- figures without a leading number

    def _share(self, start: int, end: int, value: float, qualifier: str | None, subject: _Noun | None) -> _Draft:
        return _Draft(start=start, end=end, value=value, unit=SHARE, qualifier=qualifier,
                      subject=subject.canonical if subject else None)

    def _read_every_nth(self, i: int, end: int) -> _Draft | None:
        if end < self.n and self.lower[end] in sv.FREQUENCY_NOUNS:
            return None  # "vart annat år": how often, not how many
        word = self.lower[end - 1]
        denominator = sv.EVERY_COMPOUNDS.get(word) or sv.ORDINAL_DENOMINATORS[word]
        qualifier = self._qualifier_before(i)
        start = qualifier[1] if qualifier else i
        return self._share(start, end, 1 / denominator, qualifier[0] if qualifier else None, self.noun_after(end))

    def _read_half(self, i: int, end: int) -> _Draft:
        qualifier = self._qualifier_before(i)
        start = qualifier[1] if qualifier else i
        return self._share(start, end, sv.HALF_WORDS[self.lower[i]], qualifier[0] if qualifier else None,
                           self.subject_after(end))

    def _read_majority(self, i: int, end: int) -> _Draft:
        # The match ends with "av"; the figure's span stops before it.
        return self._share(i, end - 1, 0.5, sv.OVER, self.subject_after(end - 1))

    def _read_multiple(self, i: int, end: int) -> _Draft:
        qualifier = self._qualifier_before(i)  # "mer än dubbelt så många"
        return _Draft(start=qualifier[1] if qualifier else i, end=end, value=float(sv.MULTIPLE_WORDS[self.lower[i]]),
                      unit=RATIO, qualifier=qualifier[0] if qualifier else None)

    def _read_change_multiple(self, i: int, end: int) -> _Draft:
        qualifier = self._qualifier_before(i)  # "har mer än fördubblats"
        return _Draft(start=qualifier[1] if qualifier else i, end=end,
                      value=float(sv.CHANGE_MULTIPLE_WORDS[self.lower[i]]), unit=RATIO,
                      qualifier=qualifier[0] if qualifier else None)

    def _read_approx_number_noun(self, i: int) -> _Draft | None:
        """"ett trettiotal specialfartyg": about 30 (a qualifier before "ett" wins: "drygt ett hundratal")."""
        if self.lower[i] not in sv.APPROX_NUMBER_NOUN_ARTICLES or i + 1 >= self.n or i in self.excluded:
            return None
        m = _APPROX_NUMBER_NOUN.match(self.lower[i + 1])
        value = parse_swedish_number(m.group(1)) if m else None
        if value is None or value < sv.APPROX_NUMBER_NOUN_MIN:
            return None
        qualifier = self._qualifier_before(i)
        start = qualifier[1] if qualifier else i
        end = i + 2
        subject = self.noun_after(end) or self._any_noun_after(end, start)
        if subject is not None:
            end = subject.end  # "ett trettiotal specialfartyg"
        else:
            subject = self.subject_after(end, sv.PARTITIVE_PREPOSITIONS)  # "ett tiotal av kommunerna"
        draft = _Draft(start=start, end=end, value=value, unit=PERSONS if subject and subject.person else COUNT,
                       qualifier=qualifier[0] if qualifier else sv.APPROX,
                       subject=subject.canonical if subject else None)
        return self._with_year_and_period(draft, subject)[0]

    def _read_zero(self, i: int, end: int) -> _Draft | None:
        noun = self.noun_after(end, skip=0)
        if noun is None:
            return None  # "ingen minskning"
        return _Draft(start=i, end=noun.end, value=0.0, unit=PERSONS if noun.person else COUNT, subject=noun.canonical)

    def _read_age_word(self, i: int, end: int) -> _Draft:
        noun = self.noun_after(end, skip=0)
        value = float(self.lower[i].split("-", 1)[0])
        return _Draft(start=i, end=end, value=value, unit=AGE, subject=noun.canonical if noun else None)


def _merge_year_lists(groups: list[_YearGroup], lower: list[str]) -> list[_YearGroup]:
    """"under 2022 och 2023": years joined by "och" or a comma are one group."""
    merged: list[_YearGroup] = []
    for group in groups:
        if merged and group.start == merged[-1].end + 1 and lower[merged[-1].end] in sv.YEAR_LIST_JOINERS:
            last = merged[-1]
            merged[-1] = _YearGroup(last.start, group.end, (*last.years, *group.years), span=False)
        else:
            merged.append(group)
    return merged


def _from_is_open(drafts: list[_Draft]) -> bool:
    for draft in reversed(drafts):
        if draft.role == TO:
            return False
        if draft.role == FROM:
            return True
    return False


def _borrow(first: _Draft, second: _Draft) -> tuple[_Draft, _Draft]:
    """A bare end of a range or change takes its partner's unit: "från fem till sju dagar"."""
    if first.unit is None and second.unit is not None:
        first = replace(first, unit=second.unit, value=first.value * second.multiplier,
                        multiplier=second.multiplier, subject=first.subject or second.subject)
    elif second.unit is None and first.unit is not None:
        second = replace(second, unit=first.unit, value=second.value * first.multiplier,
                         multiplier=first.multiplier, subject=second.subject or first.subject)
    return first, second


def _borrow_across_changes(drafts: list[_Draft]) -> list[_Draft]:
    out = list(drafts)
    for index, draft in enumerate(out):
        if draft.role != TO:
            continue
        k = index - 1
        while k >= 0 and out[k].role == FROM:
            source, target = _borrow(out[k], out[index])
            if {source.unit, target.unit} == {AGE, YEARS}:
                # "åldersgränsen från 16 år till lägst 13 år": both ends are ages.
                source, target = replace(source, unit=AGE), replace(target, unit=AGE)
            if draft.period_years is not None and source.period_years is None:
                source = replace(source, period_years=draft.period_years)
            out[k], out[index] = source, target
            k -= 1
    return out


# --- Years ------------------------------------------------------------------


def _clause_ids(doc: Doc, drafts: list[_Draft]) -> list[int]:
    starts = {d.start for d in drafts if d.role != RANGE_HIGH}
    ids: list[int] = []
    clause = 0
    for k, token in enumerate(doc):
        lower = token.lower_
        if token.text in sv.CLAUSE_PUNCTUATION or lower in sv.CLAUSE_WORDS or (lower == "och" and k + 1 in starts):
            clause += 1
        ids.append(clause)
    return ids


def _assign_years(reader: _Reader, drafts: list[_Draft]) -> list[_Draft]:
    """Give each figure the years its sentence states for it.

    In order: a year right after the figure ("10 procent 2020"); for a change
    without its own years, the sentence's two years in order ("Mellan 2020 och
    2022 ... från 8 procent till 11 procent"); the nearest year of the
    figure's own clause, preceding first; else the nearest year elsewhere in
    the sentence, unless that year belongs to another figure's clause or the
    figure's clause moves on in time ("men sedan").
    """
    groups = reader.groups
    if not groups:
        return drafts
    lower = reader.lower
    clause = _clause_ids(reader.doc, drafts)
    owned = {d.year_group for d in drafts if d.year_group is not None}
    free = [index for index in range(len(groups)) if index not in owned]

    def local(index: int) -> bool:
        # "..., efter att 2022 ha uppgått till 18 procent": that year is its clause's own.
        group = groups[index]
        c = clause[group.start]
        return c > 0 and any(clause[d.start] == c and d.start >= group.end for d in drafts)

    def shifts_in_time(c: int) -> bool:
        for k, word in enumerate(lower):
            if clause[k] == c and word in sv.TIME_SHIFT_WORDS:
                if word in sv.TIME_SHIFT_UNLESS_YEAR_FOLLOWS and k + 1 in reader.year_tokens:
                    continue
                return True
        return False

    change_years = _change_years(drafts, [groups[i] for i in free])
    out: list[_Draft] = []
    for index, draft in enumerate(drafts):
        if draft.year_group is not None:
            out.append(replace(draft, years=groups[draft.year_group].years))
            continue
        if index in change_years:
            out.append(replace(draft, years=change_years[index]))
            continue
        c = clause[draft.start]
        own = [g for g in free if clause[groups[g].start] == c]
        preceding = [g for g in own if groups[g].end <= draft.start]
        following = [g for g in own if groups[g].start >= draft.end]
        chosen: int | None = None
        if preceding:
            chosen = max(preceding, key=lambda g: groups[g].end)
        elif following:
            chosen = min(following, key=lambda g: groups[g].start)
        elif not shifts_in_time(c):
            best: tuple[int, int] | None = None
            for g in free:
                group = groups[g]
                if local(g):
                    continue
                if group.end <= draft.start:
                    distance = draft.start - group.end
                elif group.start >= draft.end:
                    between = lower[draft.end:group.start]
                    if any(w in sv.CLAUSE_PUNCTUATION for w in between):
                        continue  # a year after a comma starts another thought
                    distance = group.start - draft.end
                else:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, g)
            chosen = best[1] if best else None
        out.append(replace(draft, years=groups[chosen].years) if chosen is not None else draft)
    return out


def _change_years(drafts: list[_Draft], free: list[_YearGroup]) -> dict[int, tuple[int, ...]]:
    """Years for the ends of one change from the sentence's free years, in order."""
    froms = [i for i, d in enumerate(drafts) if d.role == FROM]
    tos = [i for i, d in enumerate(drafts) if d.role == TO]
    if not froms or len(tos) != 1:
        return {}
    ends: list[int] = []
    for group in free:
        ends.extend((group.years[0], group.years[-1]) if group.span else group.years)
    lacking_from = [i for i in froms if drafts[i].year_group is None]
    lacking_to = [i for i in tos if drafts[i].year_group is None]
    out: dict[int, tuple[int, ...]] = {}
    if len(ends) == 2 and lacking_from and lacking_to:
        out.update({i: (ends[0],) for i in lacking_from})
        out.update({i: (ends[1],) for i in lacking_to})
    elif len(ends) == 1 and bool(lacking_from) != bool(lacking_to):
        out.update({i: (ends[0],) for i in lacking_from + lacking_to})
    return out


# --- Public -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Words that make a figure without any other number: "hälften", "var tredje", "inga män"."""
    return frozenset({
        *sv.PERCENT_WORDS, *sv.PERCENTAGE_POINT_WORDS, *sv.SEK_WORDS, *sv.SCALE_WORDS, *_fraction_forms(),
        *sv.HALF_WORDS, *sv.MAJORITY_WORDS, *sv.ORDINAL_DENOMINATORS, *sv.EVERY_COMPOUNDS, *sv.TIMES_WORDS,
        *sv.MULTIPLE_WORDS, *sv.CHANGE_MULTIPLE_WORDS, *sv.ZERO_WORDS,
    })


def _could_hold_figure(doc: Doc) -> bool:
    # Most sentences hold no figure, and the Matcher is most of the cost of
    # reading one. A figure needs a digit, a number word, or a trigger word;
    # "en"/"ett" count only before a time word or a counted noun ("på ett år",
    # "enbart en person"), as everywhere else they are articles ("en man").
    triggers = _trigger_words()
    for k, token in enumerate(doc):
        lower = token.lower_
        # isalpha() first: a letter is never a digit, and most tokens are words.
        if lower in triggers or (not lower.isalpha() and any(ch.isdigit() for ch in lower)):
            return True
        if ("år" in lower and _COMPOUND_YEARS.match(lower)) or ("månad" in lower and _COMPOUND_MONTHS.match(lower)):
            return True
        if any(part in lower for part in sv.COMPOUND_SHORT_TIME_UNITS) and _COMPOUND_SHORT_TIME.match(lower):
            return True
        if not token.like_num:
            continue
        if lower not in sv.ARTICLE_NUMBER_WORDS:
            return True
        following = doc[k + 1].text if k + 1 < len(doc) else ""
        if following.lower() in sv.TIME_WORDS or _counted_noun(following) is not None:
            return True
        if _APPROX_NUMBER_NOUN.match(following.lower()) is not None:  # "ett trettiotal"
            return True
        if following.lower() == sv.AND_A_HALF_JOINER and k + 3 < len(doc) and doc[k + 3].lower_ in sv.AND_A_HALF_WORDS:
            return True  # "ett och ett halvt år"
        if following.lower() in sv.AND_A_HALF_WORDS:
            return True  # "ett halvt prisbasbelopp" (round 12)
    return False


# A line break or tab inside a sentence ("inom sex\nmånader", a wrapped
# summary) is a space: spaCy would make it a token between number and unit.
_PLAIN_SPACES = {ord(separator): " " for separator in (*sv.THOUSANDS_SEPARATORS, "\n", "\r", "\t")}


# Invisible characters inside words: a soft hyphen (U+00AD, "tredje\u00addelars")
# or a zero-width space would split a number or unit word in two. Stored text
# keeps them (search and snippets read words with them), so they are dropped
# here and the offsets mapped back to the text as given.
_INVISIBLE = re.compile("[\u00ad\u200b]")


def extract_figures(text: str) -> list[Figure]:
    """The figures in one sentence or footnote text, in text order."""
    if not text or not text.strip():
        return []
    if _INVISIBLE.search(text) is None:
        return _extract_visible(text)
    kept = [k for k, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    visible = "".join(text[k] for k in kept)
    out: list[Figure] = []
    for f in _extract_visible(visible):
        start, end = kept[f.char_start], kept[f.char_end - 1] + 1
        out.append(replace(f, char_start=start, char_end=end, raw=text[start:end]))
    return out


def _extract_visible(text: str) -> list[Figure]:
    # The tokenizer alone: the blank pipeline has no components, and calling it
    # directly skips `nlp.max_length`, so an overlong input is read, not refused.
    # No-break and thin spaces separate thousands (U+00A0 in "5 287"); spaCy makes them
    # tokens of their own. Each is one character, so mapping them to a plain
    # space keeps every offset, and `raw` is still cut from the text as given.
    doc = figure_pipeline().tokenizer(_HYPHEN_RANGE.sub("\\1\u2013\\2", text.translate(_PLAIN_SPACES)))
    if not _could_hold_figure(doc) or not any(token.is_alpha or token.text == "%" for token in doc):
        return []  # "19 19 19 20 20 21": a table's or contents' column of numbers
    reader = _Reader(doc, _Marks.of(doc))
    drafts = _assign_years(reader, reader.read())
    figures: list[Figure] = []
    for draft in drafts:
        value = float(draft.value)
        if not math.isfinite(value):
            continue
        char_start = doc[draft.start].idx
        last = doc[draft.end - 1]
        char_end = last.idx + len(last.text)
        figures.append(
            Figure(
                value=value, unit=draft.unit or COUNT, raw=text[char_start:char_end],
                char_start=char_start, char_end=char_end, qualifier=draft.qualifier,
                subject=draft.subject, years=draft.years, role=draft.role, period_years=draft.period_years,
            )
        )
    figures = [_postfix_qualifier(f, text) for f in figures]
    return _join_ranges(sorted(figures, key=lambda f: (f.char_start, f.char_end)), text)


_POSTFIX = re.compile(r"\s+eller\s+(" + "|".join(sv.POSTFIX_QUALIFIERS) + r")\b(?:\s+([^\W\d_]+))?")


_POSTFIX_AGE_AND = re.compile(r"\s+och\s+(" + "|".join(sv.POSTFIX_AGE_AND) + r")\b()")


def _postfix_qualifier(figure: Figure, text: str) -> Figure:
    """A bound written after the figure: "50 år eller äldre" is over 50,
    "500 eller fler sysselsatta" counts persons, over 500."""
    m = _POSTFIX.match(text, figure.char_end)
    if m is None and figure.unit == AGE:
        m = _POSTFIX_AGE_AND.match(text, figure.char_end)
    if m is None or figure.qualifier is not None or figure.role != VALUE:
        return figure
    if figure.unit == AGE and m.group(1).lower() in sv.POSTFIX_AGE_AND:
        return replace(figure, qualifier=sv.POSTFIX_AGE_AND[m.group(1).lower()])
    figure = replace(figure, qualifier=sv.POSTFIX_QUALIFIERS[m.group(1).lower()])
    noun = _counted_noun(m.group(2)) if m.group(2) and figure.unit == COUNT and figure.subject is None else None
    if noun is not None:
        figure = replace(figure, unit=PERSONS if noun[1] else COUNT, subject=noun[0])
    return figure


# "i åldern 2-18 år", "80-100 årsarbetskrafter": a hyphen between two short
# numbers before a word is a range dash (one character for one, so offsets
# hold). Not in ISO dates ("2018-01-01"), "covid-19" or "08-405 10 00".
_HYPHEN_RANGE = re.compile(r"(?<![\w\-:/.,])(\d{1,4})-(\d{1,4})(?=\s+[^\W\d_])")


def _join_ranges(figures: list[Figure], text: str) -> list[Figure]:
    """A RANGE_LOW followed by its RANGE_HIGH becomes one RANGE figure: a
    reader compares "16–24 år" as a range, never "16" and "24 år" apart."""
    out: list[Figure] = []
    for f in figures:
        low = out[-1] if out else None
        if f.role == RANGE_HIGH and low is not None and low.role == RANGE_LOW:
            out[-1] = replace(
                f, value=low.value, high=f.value, role=RANGE, raw=text[low.char_start:f.char_end],
                char_start=low.char_start, qualifier=low.qualifier or f.qualifier,
                subject=f.subject or low.subject, years=f.years or low.years,
                period_years=f.period_years if f.period_years is not None else low.period_years,
            )
            continue
        out.append(f)
    return out
