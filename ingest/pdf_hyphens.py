"""Line-end hyphens in PDF text: a word broken in two, or a hyphen that belongs to the text.

In: the two sides of a line break whose first line ends in a hyphen, and the
document's own vocabulary (every word of its text layer, as drawn on the page).
Out: how to join them -- drop the hyphen ('för-' + 'slaget' -> 'förslaget'),
keep it glued ('EU-' + 'domstolen' -> 'EU-domstolen', '1990-' + 'talet'), or
keep it and the space ('fri-' + 'och rättigheter' -> 'fri- och rättigheter',
Swedish's shared compound part before a conjunction).

Rules in order (issue 16): a hyphen after a capital or a digit stays; one
before a conjunction (KEEP_HYPHEN_BEFORE) stays with its space; otherwise the
document decides -- a word that is written with its hyphen elsewhere in the
document keeps it, one written joined elsewhere is joined; and when nothing
says otherwise the hyphen is a word break, the usual case in justified text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Words before which a line-end hyphen marks a shared compound part ("barn- och
#: ungdomsvården", "tobaks- eller nikotinprodukter"), not a broken word.
KEEP_HYPHEN_BEFORE = frozenset({"och", "eller", "samt", "respektive", "resp", "till", "som", "el"})

DROP = ""  # 'för-' + 'slaget' -> 'förslaget'
GLUE = "-"  # 'EU-' + 'domstolen' -> 'EU-domstolen'
SPACE = "- "  # 'fri-' + 'och' -> 'fri- och'

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
_LAST_WORD_RE = re.compile(r"([^\W_]+)[-‐]$")
_FIRST_WORD_RE = re.compile(r"^([^\W\d_]+)")


class Vocabulary:
    """The words a document uses (lower case), whole and hyphenated, from its text as drawn."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.words: set[str] = set()
        for text in texts:
            self.words.update(w.lower() for w in WORD_RE.findall(text))

    def __contains__(self, word: str) -> bool:
        return word in self.words


def join_kind(before: str, after: str, vocabulary: Vocabulary | None = None) -> str:
    """How `before` (text ending in a hyphen, which is not cut off) and `after`
    (the next line's text, stripped) join: DROP, GLUE or SPACE -- the text
    that replaces the hyphen and the line break."""
    last = _LAST_WORD_RE.search(before)
    first = _FIRST_WORD_RE.match(after)
    if last is None or first is None:
        return GLUE if after[:1].isdigit() or after[:1].isupper() or not after[:1].isalpha() else DROP
    left, right = last.group(1), first.group(1)
    if left[-1].isupper() or left[-1].isdigit():
        return GLUE  # 'EU-domstolen', '1990-talet'
    if right.lower() in KEEP_HYPHEN_BEFORE:
        return SPACE
    if not right[0].islower():
        return GLUE  # 'Elmsäter-Svärd': a capital after the hyphen
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if vocabulary is not None:
        if hyphenated in vocabulary and joined not in vocabulary:
            return GLUE
        if joined in vocabulary:
            return DROP
    # Nothing says the hyphen belongs to the word: a word broken at the line
    # end, the usual case. (A general word list does not help here: Swedish
    # writes new compounds joined, so a joined word missing from wordfreq's
    # list -- 'hållbarhetshänsyn' -- is still right, and its hyphenated form
    # scores as its two known parts.)
    return DROP
