"""Sentence splitting with spaCy's blank Swedish pipeline.

In: block texts (strings). Out: `SentenceSpan` records with character
offsets into the block text. No model download is needed: spaCy's blank Swedish
brings the Swedish tokenizer and its abbreviation exceptions; a sentencizer
and the extra abbreviations in `extract/lang_sv.py` do the rest.
"""

from __future__ import annotations

import re
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


# spaCy refuses a text over `nlp.max_length` (1,000,000 characters, E088);
# a block that long (a PDF without paragraph breaks, a hostile file; issue
# 18) is split into pieces this long for sentence analysis, each cut after a
# sentence end or a line break where there is one near the limit.
MAX_PIECE_CHARS = 100_000
# How far back from the limit a good place to cut is looked for.
CUT_WINDOW_CHARS = 10_000
# Where to cut, best first: after a sentence end, after a line break, after a space.
_CUT_AFTER = (re.compile(r"[.!?…][\"'”’)\]]*\s+"), re.compile(r"\n\s*"), re.compile(r" +"))


def split_sentences(texts: Iterable[str]) -> list[list[SentenceSpan]]:
    """Split each text into sentences; offsets index into that text."""
    nlp = sentence_pipeline()
    texts = list(texts)
    pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in _pieces(text)]
    out: list[list[SentenceSpan]] = [[] for _ in texts]
    for (i, offset, _), doc in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=64), strict=True):
        out[i].extend(
            SentenceSpan(text=s.text.strip(), char_start=offset + s.start_char, char_end=offset + s.end_char)
            for s in doc.sents
            if s.text.strip()
        )
    return out


def _pieces(text: str) -> list[tuple[int, str]]:
    """`text` as (offset, piece) pairs of at most MAX_PIECE_CHARS characters;
    one pair for any text that fits (an empty text too)."""
    if len(text) <= MAX_PIECE_CHARS:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > MAX_PIECE_CHARS:
        limit = start + MAX_PIECE_CHARS
        window = text[limit - CUT_WINDOW_CHARS : limit]
        cut = limit  # a hard cut when the window holds no place to cut
        for pattern in _CUT_AFTER:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = limit - CUT_WINDOW_CHARS + ends[-1]
                break
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out
