"""Sentence splitting with spaCy's blank Swedish pipeline.

In: block texts (strings). Out: `SentenceSpan` records with character
offsets into the block text. No model download is needed: spaCy's blank Swedish
brings the Swedish tokenizer and its abbreviation exceptions; a sentencizer
and the extra abbreviations in `extract/lang_sv.py` do the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language

from extract.figures import SwedishWithRanges, figure_pipeline
from extract.lang_sv import EXTRA_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS


@dataclass(frozen=True)
class SentenceSpan:
    text: str
    char_start: int
    char_end: int


@Language.component("kallkoll_abbreviation_boundaries")
def _abbreviation_boundaries(doc):  # type: ignore[no-untyped-def]
    # The sentencizer never splits after an abbreviation token; "… m.m. Nästa"
    # still ends a sentence when the next word is capitalised.
    # The next token is looked at only after an abbreviation: making a Token
    # object for every word cost more than the test.
    for i, token in enumerate(doc[:-1]):
        if token.text in SENTENCE_FINAL_ABBREVIATIONS:
            nxt = doc[i + 1]
            if nxt.text[:1].isupper() and nxt.is_alpha:
                nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def sentence_pipeline() -> Language:
    # The figure pipeline's vocabulary: each word's lexeme is made once, not
    # once per pipeline (making them was a tenth of a report's ingest). Its
    # LIKE_NUM getter is the only difference, and sentences do not read it.
    # The same language class too, so the affix patterns compiled for the
    # figure pipeline are reused (Python caches compiled patterns); the
    # sentencizer splits only after sentence punctuation, which a dash
    # between digits is not.
    nlp = SwedishWithRanges(vocab=figure_pipeline().vocab)
    for abbreviation in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kallkoll_abbreviation_boundaries")
    return nlp


def split_sentences(texts: Iterable[str]) -> list[list[SentenceSpan]]:
    """Split each text into sentences; offsets index into that text."""
    nlp = sentence_pipeline()
    out: list[list[SentenceSpan]] = []
    for doc in nlp.pipe(texts, batch_size=64):
        spans = [
            SentenceSpan(text=s.text.strip(), char_start=s.start_char, char_end=s.end_char)
            for s in doc.sents
            if s.text.strip()
        ]
        out.append(spans)
    return out
