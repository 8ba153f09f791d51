"""extract: parsed documents -> sentences (and, later, citations, figures, claims, measures)."""

from __future__ import annotations

from typing import Any

__all__ = ["SentenceSpan", "split_sentences"]


def __getattr__(name: str) -> Any:
    # Re-exported lazily (PEP 562): extract.sentences imports spaCy, which
    # takes a second, and commands that only search import extract's data
    # modules (issue 15: start-up).
    if name in __all__:
        from extract import sentences

        return getattr(sentences, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
