"""Garbled PDF text: letters from a font without a usable Unicode map.

In: a block's text. Out: whether it reads as garbage rather than words.

A font with a custom encoding and no ToUnicode map gives its codes as if
they were Latin-1: 'Avtal mellan' comes out '$YWDO PHOODQ' (prop-1999-2000-17,
issue 16). Such a font is first decoded from its own data
(ingest/pdf_fontcodes.py); this check catches what that cannot decode. Such text is mostly capitals, with symbols or lower-case letters
wedged between capitals, and its words are not words. A block is garbled when
more than GARBLED_CAPITALS of its letters are capitals and fewer than
KNOWN_WORDS of its words are Swedish or English words (wordfreq's lists),
with at least one odd-shaped word or MIN_WORDS words to judge by, so a
short heading in capitals ('SAMMANFATTNING', 'AFS 2011:19') is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

GARBLED_CAPITALS = 0.6
KNOWN_WORDS = 0.5
MIN_WORDS = 3

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A symbol or digit glued into a word, or a lower-case letter between capitals: '%LODJD', 'O\GHOVH', '/DJUnGHW'.
_ODD_RE = re.compile(r"[|\\$%*’)/][A-Z]|[A-Z][|\\$%*’][A-Z]|[A-Z][a-zåäö][A-Z]|\b\d[A-Z]{3,}")


def garbled(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or sum(c.isupper() for c in letters) <= GARBLED_CAPITALS * len(letters):
        return False  # the usual case, decided without the word lists
    words = _WORD_RE.findall(text)
    odd = bool(_ODD_RE.search(text))
    if not words or (len(words) < MIN_WORDS and not odd):
        return odd and not words
    known = sum(1 for w in words if _known(w.lower()))
    return known < KNOWN_WORDS * len(words)


@lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    # Imported here: loading wordfreq's lists is needed only for text in capitals.
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv") > 0 or zipf_frequency(word, "en") > 0
