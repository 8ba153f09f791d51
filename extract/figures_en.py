"""Figures in English text: the English SUMMARY of a Swedish report (issue 14).

In: one English sentence. Out: `extract.figures.Figure`s in the units and
qualifiers the Swedish extractor uses ("almost 40 per cent" → 40 percent,
under; "SEK 9 million" → 9,000,000 sek; "four objectives" → 4 count;
"16–24 years" → one range), so a summary figure can be matched to the
Swedish summary figure it translates and carry its verdict.

Years ("in 2022", "2021–2023"), dates, and numbers after a reference word
("sub-goal 6", "Figure 3") are no figures, as in Swedish. Numbers that stand
alone, without a unit, scale or counted noun, are no figures either.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract import lang_en_numbers as en
from extract.figures import (
    AGE, COUNT, FROM, PERCENT, PERCENTAGE_POINTS, PERSONS, RANGE, SEK, SHARE, TO, VALUE, Figure,
)


def _alternatives(words) -> str:  # type: ignore[no-untyped-def]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = (r"(?:\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:" + _alternatives(en.CARDINALS)
           + r")(?:[- ](?:" + _alternatives(en.CARDINALS) + r"))?)")
_FIGURE_RE = re.compile(
    r"(?<![\w.])(?:(?P<qual>" + _alternatives(en.QUALIFIERS) + r")\s+)?"
    r"(?:(?P<cur_before>" + _alternatives(en.CURRENCY_BEFORE) + r")\s*)?"
    r"(?:between\s+)?(?P<num>" + _NUMBER + r")"
    r"(?:\s*(?P<join>–|—|-|to|and)\s*(?P<num2>" + _NUMBER + r"))?"
    r"(?:\s*(?P<scale>" + _alternatives(en.SCALES) + r")\b)?"
    r"(?:\s*(?P<unit>" + _alternatives((*en.PERCENTAGE_POINT_WORDS, *en.PERCENT_WORDS)) + r")"
    r"|\s+(?P<cur>" + _alternatives(en.CURRENCY_AFTER) + r")\b"
    r"|\s+(?P<time>" + _alternatives(en.TIME_UNITS) + r")\b"
    r"|\s+(?P<noun>[a-z][a-z-]+))?",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"(?<![\w.])(?:(?P<qual>" + _alternatives(en.QUALIFIERS) + r")\s+)?(?P<frac>" + _alternatives(en.FRACTIONS)
    + r")\s+of\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _value(text: str) -> float | None:
    word = text.casefold()
    if word in en.CARDINALS:
        return float(en.CARDINALS[word])
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and all(p in en.CARDINALS for p in parts):  # "twenty-five"
        return float(en.CARDINALS[parts[0]] + en.CARDINALS[parts[1]])
    digits = re.sub(r"[,\u00a0 ]", "", text)
    try:
        return float(digits)
    except ValueError:
        return None


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[\w.-]+", text[:start])
    return words[-1].casefold() if words else ""


def _two_words_before(text: str, start: int) -> str:
    return " ".join(w.casefold() for w in re.findall(r"[\w.-]+", text[:start])[-2:])


def english_figures(text: str) -> list[Figure]:
    """The figures of one English sentence, in text order."""
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in _FRACTION_RE.finditer(text):  # "two thirds of": a share, not "two" of something
        qual = m.group("qual")
        end = m.end() - 2
        out.append(Figure(value=en.FRACTIONS[m.group("frac").casefold()], unit=SHARE, raw=text[m.start():end].rstrip(),
                          char_start=m.start(), char_end=len(text[:end].rstrip()),
                          qualifier=en.QUALIFIERS[qual.casefold()] if qual else None))
        taken.append((m.start(), m.end()))
    for m in _FIGURE_RE.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        figures = _figure(text, m)
        if not figures:
            continue
        changed = [i for i, f in enumerate(out) if f.role in (FROM, TO)]
        if (len(figures) == 1 and figures[0].unit in ("years", "months") and changed
                and _word_before(text, m.start()) in en.PERIOD_PREPOSITIONS):
            # "from five to seven days in two years": the period of the change, not a figure
            years = figures[0].value / (12.0 if figures[0].unit == "months" else 1.0)
            for i in changed:
                out[i] = replace(out[i], period_years=years)
            continue
        out.extend(figures)
    return sorted(out, key=lambda f: (f.char_start, f.char_end))


def _figure(text: str, m: re.Match[str]) -> list[Figure] | None:  # noqa: C901 - one decision table
    low = _value(m.group("num"))
    high = _value(m.group("num2")) if m.group("num2") else None
    if low is None:
        return None
    before = _word_before(text, m.start())
    if before in en.REFERENCE_WORDS_BEFORE or before in en.MONTHS:
        return None
    after_word = (m.group("noun") or "").casefold()
    if after_word in en.MONTHS:
        return None  # "5 May 2023": a date
    scale = en.SCALES.get((m.group("scale") or "").casefold(), 1.0)
    qual = m.group("qual")
    qualifier = en.QUALIFIERS[qual.casefold()] if qual else None
    join = (m.group("join") or "").casefold()
    opened_by_between = _word_before(text, m.start("num")) == "between"
    subject = None
    if m.group("unit"):
        unit = PERCENTAGE_POINTS if "point" in m.group("unit").casefold() else PERCENT
    elif m.group("cur") or m.group("cur_before"):
        unit = SEK
    elif m.group("time"):
        unit = en.TIME_UNITS[m.group("time").casefold()]
        rest = text[m.end():m.end() + 12].casefold().lstrip()
        if unit == "years" and (rest.startswith(en.AGE_CUES_AFTER) or _two_words_before(text, m.start()).endswith(
                en.AGE_CUES_BEFORE) or before in en.AGE_CUES_BEFORE or before == "under" and qualifier):
            unit = AGE
    elif after_word in en.PERSON_NOUNS or (
            after_word not in en.NOT_COUNTED and len(after_word) > 2 and after_word.endswith("s")):
        unit = PERSONS if after_word in en.PERSON_NOUNS else COUNT
        subject = after_word
    elif m.group("scale") and scale > 1:
        unit = COUNT
    else:
        return None  # a bare number: a year, a designation, a list number
    if unit == COUNT or unit == PERSONS:
        if low == 1 and high is None and m.group("num").isalpha() and not qualifier:
            return None  # "one municipality" is a noun phrase; "one of" a pronoun
    for v in (low, high):
        if v is not None and _YEAR.match(f"{v:g}") and unit in (COUNT, "years"):
            return None  # "2021–2023 programmes", "in 2022 years": years, not counts
    low *= scale
    high = None if high is None else high * scale
    end = m.end("noun") if m.group("noun") and unit in (COUNT, PERSONS) else m.end()
    raw_end = end if unit in (COUNT, PERSONS) else m.end()
    if m.group("noun") and unit not in (COUNT, PERSONS):
        raw_end = m.start("noun") - 1 if m.start("noun") > 0 else m.end()
        raw_end = len(text[:raw_end].rstrip())
    raw = text[m.start():raw_end]
    if high is None:
        return [Figure(value=low, unit=unit, raw=raw, char_start=m.start(), char_end=raw_end, qualifier=qualifier,
                       subject=subject)]
    if join in ("–", "—", "-") or (join == "and" and opened_by_between):
        return [Figure(value=low, unit=unit, raw=raw, char_start=m.start(), char_end=raw_end, qualifier=qualifier,
                       subject=subject, role=RANGE, high=high)]
    if join == "to" and _word_before(text, m.start("num")) == "from":
        second = m.start("num2")
        return [Figure(value=low, unit=unit, raw=text[m.start():m.end("num")], char_start=m.start(),
                       char_end=m.end("num"), qualifier=qualifier, subject=subject, role=FROM),
                Figure(value=high, unit=unit, raw=text[second:raw_end], char_start=second, char_end=raw_end,
                       subject=subject, role=TO)]
    if join == "to":
        return [Figure(value=low, unit=unit, raw=raw, char_start=m.start(), char_end=raw_end, qualifier=qualifier,
                       subject=subject, role=RANGE, high=high)]
    # "two and three": a list; the second number keeps the unit.
    second = m.start("num2")
    return [Figure(value=low, unit=unit, raw=text[m.start():m.end("num")], char_start=m.start(),
                   char_end=m.end("num"), qualifier=qualifier, subject=subject, role=VALUE),
            Figure(value=high, unit=unit, raw=text[second:raw_end], char_start=second, char_end=raw_end,
                   subject=subject, role=VALUE)]
