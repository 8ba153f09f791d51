"""extract: parsed documents -> sentences (and, later, citations, figures, claims, measures)."""

from extract.sentences import SentenceSpan, split_sentences

__all__ = ["SentenceSpan", "split_sentences"]
