"""English number words, units and qualifiers, as data (issue 14).

Read by `extract/figures_en.py` for the English SUMMARY of a Swedish report:
its figures repeat the Swedish summary's, so they are read into the same
units and qualifiers as `extract/lang_sv_numbers.py` gives Swedish ones.
"""

from __future__ import annotations

CARDINALS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# "one" is also a pronoun ("one of the most common"): it is a number only
# before a unit or a counted noun, like every number word here.
FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
}
# Scale words after a number ("9 million kronor", "SEK 1.2 billion").
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
                            "m": 1e6, "bn": 1e9}
PERCENT_WORDS: tuple[str, ...] = ("per cent", "percent", "%")
PERCENTAGE_POINT_WORDS: tuple[str, ...] = ("percentage points", "percentage point")
CURRENCY_AFTER: tuple[str, ...] = ("kronor", "krona", "sek", "swedish kronor")
CURRENCY_BEFORE: tuple[str, ...] = ("sek",)
TIME_UNITS: dict[str, str] = {
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "year": "years", "years": "years",
}
# "aged 16–24", "under 18 years of age", "18-year-old": an age, not a duration.
AGE_CUES_BEFORE: tuple[str, ...] = ("aged", "age of", "ages of", "ages")
AGE_CUES_AFTER: tuple[str, ...] = ("of age", "old", "year-old", "years-old", "year-olds")
# Words before a number that say how exact it is, longest first when matched.
QUALIFIERS: dict[str, str] = {
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "circa": "approx", "c.": "approx", "an estimated": "approx", "almost": "under", "nearly": "under",
    "just under": "under", "fewer than": "under", "less than": "under", "under": "under", "up to": "under",
    "at most": "under", "not quite": "under", "over": "over", "more than": "over", "just over": "over",
    "at least": "over", "slightly more than": "over", "upwards of": "over", "a little over": "over",
}
# People a number counts ("10 women", "two men"): `persons`, every other
# plural noun a `count`.
PERSON_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "women", "men", "girls", "boys", "children", "victims", "perpetrators", "individuals",
    "adults", "employees", "staff", "offenders", "suspects", "respondents", "pupils", "students", "teachers",
})
# A number before one of these is a reference, a designation or a date,
# never a figure ("sub-goal 6", "objective 2", "section 4").
REFERENCE_WORDS_BEFORE: frozenset[str] = frozenset({
    "goal", "sub-goal", "objective", "section", "chapter", "figure", "table", "page", "pages", "article",
    "paragraph", "point", "item", "annex", "appendix", "no.", "number", "sfs", "sou", "prop.", "dir.",
})
MONTHS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
# Words after a number that are no counted noun ("in 2022 the", "6 of the").
NOT_COUNTED: frozenset[str] = frozenset({
    "of", "and", "or", "to", "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "per", "than",
    "is", "are", "was", "were", "has", "have", "had", "will", "this", "that", "these", "those", "out",
})
RANGE_JOINERS: tuple[str, ...] = ("–", "-", "—", "to")
# "from five to seven days in two years": the period of a change.
PERIOD_PREPOSITIONS: frozenset[str] = frozenset({"in", "over", "within"})
