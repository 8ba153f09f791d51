"""Words, stems and snippets of found text: a window of words with the hits marked.

In: a text (and which of its words are hits, or which stems are wanted).
Out: its words with offsets, their Snowball Swedish stems, a query's stems,
and the stretch with the most hits, marked «like this». Kept apart from
`evidence.search` (which imports SQLAlchemy; it re-exports these names) so
that the read-only search paths (`search`, `measures search`) start without it.
"""

from __future__ import annotations

import re
from functools import lru_cache


from extract.lang_sv_search import STOP_WORDS  # spaCy's list, without importing spaCy
from extract.stemming import swedish_stemmer as _stemmer

HIT_OPEN, HIT_CLOSE = "«", "»"
SNIPPET_WORDS = 28

# A word: letters and digits, with soft hyphens inside it ("upp\u00addraget").
_WORD = re.compile(r"[\w\u00ad]+")



@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(_stemmer().stemWords(sorted(STOP_WORDS)))


def _word_form(raw: str) -> str:
    """A matched word as it is indexed: soft hyphens dropped, case folded.
    A run of soft hyphens alone becomes "", which callers drop: as a word it
    became an empty stem, and "och \u00ad" searched for "" instead of "och"
    (found by hypothesis, issue 8)."""
    return raw.replace("\u00ad", "").casefold()


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` as (lowercased word, start, end) with offsets into `text`."""
    found = ((_word_form(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text))
    return [w for w in found if w[0]]


def stems(text: str) -> list[str]:
    """The Snowball Swedish stem of every word in `text`, in order."""
    # The words of `words`, without making their offsets (indexing a report
    # reads every word of it).
    found = (_word_form(raw) for raw in _WORD.findall(text))
    return _stemmer().stemWords([w for w in found if w])


def query_stems(query: str) -> list[str]:
    """The distinct stems a query asks for; stop words are dropped unless nothing else is left."""
    found = list(dict.fromkeys(stems(query)))
    content = [s for s in found if s not in _stop_stems()]
    return content or found


def snippet(text: str, wanted: set[str] | frozenset[str], size: int = SNIPPET_WORDS) -> str:
    """The stretch of `text` (about `size` words) holding most of the wanted
    stems, each hit marked «like this»."""
    found = words(text)
    hit = [s in wanted for s in _stemmer().stemWords([w for w, _, _ in found])]
    return marked_window(text, hit, [(start, end) for _, start, end in found], size)


def marked_window(text: str, hit: list[bool], spans: list[tuple[int, int]], size: int = SNIPPET_WORDS) -> str:
    """The `size` consecutive words of `text` (at `spans`) with the most hits,
    the hits marked «like this», "…" where text is left out; "" without words."""
    if not spans:
        return ""
    best, best_hits, window = 0, -1, min(size, len(spans))
    running = sum(hit[:window])
    for start in range(0, len(spans) - window + 1):
        if start:
            running += hit[start + window - 1] - hit[start - 1]
        if running > best_hits:
            best, best_hits = start, running
    out: list[str] = []
    cursor = spans[best][0]
    for i in range(best, best + window):
        start, end = spans[i]
        out.append(text[cursor:start])
        out.append(f"{HIT_OPEN}{text[start:end]}{HIT_CLOSE}" if hit[i] else text[start:end])
        cursor = end
    prefix = "…" if best > 0 else ""
    suffix = "…" if best + window < len(spans) else ""
    return prefix + " ".join("".join(out).split()) + suffix
