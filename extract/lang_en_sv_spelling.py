"""English words respelt the Swedish way, for search (issue 15).

In: a lowercased word.
Out: the forms a Swedish cognate of it may take (`quality` → `kvalitet`,
`premium` → `premie`, `medicine` → `medicin`, `aquaculture` →
`akvakultur`), or nothing when no rule applies.

Many words of public administration came into Swedish and English alike from
Latin, Greek or French, and Swedish spells them by a few regular
correspondences: `qu` is `kv`, `ph` is `f`, `th` is `t`, `ch` and a `c` not
before e, i or y are `k`, and some endings differ (`-ity`/`-itet`,
`-ium`/`-ie`, `-ence`/`-ens`, `-ive`/`-iv`, `-ical`/`-isk`, `-ular`/`-ulär`,
`-y`/`-i`). The rules make candidates only: a form counts when the index has
it (evidence/docsearch.py), so `security` → `securitet` is simply never
found, and a word with no Swedish cognate (`landslides`, Swedish `skred`)
gets nothing. Words of several letters only:
short words (`by`, `air`) are too often some other Swedish word.
"""

from __future__ import annotations

import re

MIN_LENGTH = 5

# Letters, in order (the first rules make the `k` the later ones read).
LETTER_RULES: tuple[tuple[str, str], ...] = (
    (r"qu", "kv"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"ch", "k"),
    (r"ck", "k"),
    (r"c(?![eiykc])", "k"),
)

# Endings, longest first; one applies. `-tion`, `-sion`, `-ism`, `-ist`,
# `-ment` are spelt alike and need no rule.
ENDING_RULES: tuple[tuple[str, str], ...] = (
    ("isation", "isering"),
    ("ization", "isering"),
    ("ional", "ionell"),
    ("ical", "isk"),
    ("ular", "ulär"),
    ("ence", "ens"),
    ("ance", "ans"),
    ("ity", "itet"),
    ("ium", "ie"),
    ("ial", "iell"),
    ("ual", "uell"),
    ("ous", "ös"),
    ("ise", "isera"),
    ("ize", "isera"),
    ("ics", "ik"),
    ("ine", "in"),
    ("ure", "ur"),
    ("ive", "iv"),
    ("ary", "är"),
    ("ic", "isk"),
    ("y", "i"),
)
_CONSONANT_Y = re.compile(r"[^aeiouy]y$")


def _ending(word: str) -> str:
    for english, swedish in ENDING_RULES:
        if word.endswith(english) and (english != "y" or _CONSONANT_Y.search(word)):
            return word[: -len(english)] + swedish
    return word


def _letters(word: str) -> str:
    for pattern, swedish in LETTER_RULES:
        word = re.sub(pattern, swedish, word)
    return word


def swedish_spellings(word: str) -> tuple[str, ...]:
    """Candidate Swedish spellings of an English `word` (lowercased), other
    than the word itself: with the Swedish form of its ending, the letter
    rules applied or not; the letter rules alone only when no ending rule
    applies (`public` is `publisk`, never `publik`, the audience); an English
    plural `-s` dropped first as well (`vaccines` → `vaccin`)."""
    if len(word) < MIN_LENGTH or not word.isalpha() or not word.isascii():
        return ()
    bases = [word]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > MIN_LENGTH:
        bases.append(word[:-1])
    out: list[str] = []
    for base in bases:
        ended = _ending(base)
        out += [ended, _letters(ended)] if ended != base else [base, _letters(base)]
    return tuple(dict.fromkeys(f for f in out if f != word))
