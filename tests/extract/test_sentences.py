"""extract.sentences: long texts are split into pieces for spaCy, offsets kept (issue 18, defect 4)."""

from __future__ import annotations

import pytest

import extract.sentences as sentences
from extract.sentences import split_sentences

TEXT = "Första meningen här. Andra meningen, med komma. Tredje\nrad utan punkt " * 40


@pytest.mark.parametrize("piece", [200, 1_000])
def test_pieces_give_the_sentences_of_the_whole(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    whole = split_sentences([TEXT, "Kort. Text."])
    monkeypatch.setattr(sentences, "MAX_PIECE_CHARS", piece)
    monkeypatch.setattr(sentences, "CUT_WINDOW_CHARS", piece // 2)
    split = split_sentences([TEXT, "Kort. Text."])
    assert split[1] == whole[1]
    for span in split[0]:
        assert TEXT[span.char_start : span.char_end].strip() == span.text
    # Cut after sentence ends or line breaks, the sentences are the same.
    assert [s.text for s in split[0]] == [s.text for s in whole[0]]


def test_a_text_without_spaces_is_cut_hard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "MAX_PIECE_CHARS", 100)
    monkeypatch.setattr(sentences, "CUT_WINDOW_CHARS", 10)
    text = "x" * 350
    assert [(s.char_start, s.char_end) for s in split_sentences([text])[0]] == [(0, 100), (100, 200), (200, 300), (300, 350)]


def test_over_a_million_characters_is_read() -> None:
    """spaCy's nlp.pipe refuses a text over nlp.max_length (E088)."""
    text = "Ett ord till. " * 80_000
    spans = split_sentences([text])[0]
    assert len(spans) == 80_000
    assert (spans[-1].char_start, spans[-1].text) == (len(text) - 14, "Ett ord till.")
