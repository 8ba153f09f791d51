"""Snippets of found text: a window of words with the hits marked.

In: a text, which of its words are hits and where each word is. Out: the
stretch with the most hits, marked «like this». Kept apart from
`evidence.search` (which imports SQLAlchemy) so that the read-only search
path starts without it.
"""

from __future__ import annotations

HIT_OPEN, HIT_CLOSE = "«", "»"
SNIPPET_WORDS = 28


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
