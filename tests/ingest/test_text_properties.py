"""Properties of the text-layer parser `ingest/text.py` (issue 8, hypothesis).

* `parse_text` never raises on arbitrary Unicode or arbitrary bytes, except
  the documented one-line `EmptyInputError` (no text) and `CorruptFileError`
  (NUL bytes, control characters: binary data);
* on any input, markers are strictly increasing within each numbering series,
  every marker belongs to a footnote, offsets lie inside the block text and
  footnote texts are single stripped lines;
* round trip: a text layer typeset from a generated list of pages, body
  sentences and footnotes (laid out as README "Formats" describes: page start
  indented by one space, footnotes `N text` at the page bottom after a
  single-space line, markers glued after a period) parses back to the same
  footnote numbers, texts, pages and series, with one marker per footnote and
  no marker digits left in the text.

Settings: tests/support/fuzz.py (KALLKOLL_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

from dataclasses import dataclass

from fuzz import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from ingest.errors import CorruptFileError, EmptyInputError
from ingest.model import ParsedDocument, SourceFile
from ingest.text import parse_text


def _source(data: bytes) -> SourceFile:
    return SourceFile(path="generated.txt", data=data, sha256="0" * 64)


def _parse(data: bytes) -> ParsedDocument | None:
    try:
        return parse_text(_source(data))
    except (EmptyInputError, CorruptFileError) as exc:
        assert "\n" not in str(exc) and str(exc).startswith("generated.txt: ")
        return None


def _check_invariants(doc: ParsedDocument) -> None:
    numbers = {(f.series, f.number) for f in doc.footnotes}
    last: dict[int, int] = {}
    for block, marker in doc.markers:
        assert (marker.series, marker.number) in numbers, marker
        assert marker.number > last.get(marker.series, 0), ("markers not strictly increasing", marker, last)
        last[marker.series] = marker.number
        assert 0 <= marker.char_start <= len(block.text)
    for note in doc.footnotes:
        assert "\n" not in note.text and note.text == note.text.strip()
        assert 1 <= note.page_number <= len(doc.pages)
    assert [b.order for b in doc.blocks] == list(range(len(doc.blocks)))


# --- arbitrary input -------------------------------------------------------------------------------

# Lines that look like a text layer: page starts, blank and single-space
# lines, footnote lines, body text with numbers glued to words and years.
_LINE = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "  ", " Rubrik", "Tabell 1: x", "Källa: y", "Figur 2: z", "FÖRORD"]),
    st.builds(lambda n, t: f"{n} {t}", st.integers(0, 30), st.text(min_size=1, max_size=20)),
    st.builds(lambda w, n: f"{w}.{n}", st.text(max_size=10), st.integers(0, 30)),
    st.builds(lambda w, y, n: f"{w} {y}{n}", st.text(max_size=10), st.integers(1900, 2099), st.integers(0, 30)),
    st.builds(lambda w, n: f"{w}. {n} Nästa", st.text(max_size=10), st.integers(0, 30)),
)


@fuzz(150)
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    doc = _parse(text.encode("utf-8", "surrogatepass"))
    if doc is not None:
        _check_invariants(doc)


@fuzz(100)
@given(st.binary())
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    doc = _parse(data)
    if doc is not None:
        _check_invariants(doc)


@fuzz(250)
@given(st.lists(_LINE, max_size=40))
def test_text_layer_like_input_keeps_invariants(lines: list[str]) -> None:
    doc = _parse("\n".join(lines).encode("utf-8", "surrogatepass"))
    if doc is not None:
        _check_invariants(doc)


# --- round trip ------------------------------------------------------------------------------------

_LOWER = "abcdefghijklmnopqrstuvwxyzåäöé"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_word = st.text(alphabet=_LOWER, min_size=1, max_size=10)
_capital = st.builds(lambda c, w: c + w, st.sampled_from(_UPPER), st.text(alphabet=_LOWER, max_size=9))
# Footnote words: citation-like tokens too (years, designations, letters after a year).
_note_word = st.one_of(
    _word, _capital, st.integers(1900, 2099).map(str),
    st.builds(lambda y, c: f"{y}{c}", st.integers(1990, 2030), st.sampled_from("abc")),
    st.sampled_from(["SFS 2021:966", "Skr. 2016/17:10", "m.fl.", "s.", "(red.)", "&", "”Citat”"]),
    # Any visible characters: no spaces, line or paragraph separators, controls.
    st.text(st.characters(blacklist_categories=("Z", "C")), min_size=1, max_size=8),
)


@dataclass(frozen=True)
class _Note:
    words: tuple[str, ...]
    wrap_at: int  # 0: one line; else the word index where a continuation line starts

    @property
    def text(self) -> str:
        return " ".join(self.words)


# How a marker stands in the text layer (README "Formats"): after the
# period ("stort.17"), glued to the last word ("Brå142."), spaced after the
# period ("personer. 84"), glued to a closing year ("hösten 2022139.").
GLUED, WORD, SPACED, YEAR = "glued", "word", "spaced", "year"


@dataclass(frozen=True)
class _Page:
    sentences: tuple[tuple[str, ...], ...]  # body sentences, each a tuple of words
    notes: tuple[_Note, ...]
    restart: bool  # this page's footnotes start again at 1
    styles: tuple[str, ...] = ()  # marker style of each sentence (GLUED when absent)


@st.composite
def _notes(draw: st.DrawFn) -> _Note:
    words = tuple([draw(_capital), *draw(st.lists(_note_word, max_size=8))])
    # A continuation line starts with a letter (a line starting with the next
    # footnote's number would be that footnote), and not after a hyphen (a
    # break after "Jämställdhets-" is joined without a space, by design).
    breaks = [i for i in range(1, len(words)) if words[i][0].isalpha() and not words[i - 1].endswith(("-", "–"))]
    wrap_at = draw(st.sampled_from([0, *breaks]))
    return _Note(words, wrap_at)


# Numbers inside a body sentence that are not markers (README: "16–24 år",
# "5 287 deltagare", "under 2022"); never first in a sentence (after a
# period, "ord. 5 Nästa" is a spaced marker) nor glued to a word.
_body_number = st.one_of(
    st.integers(0, 999).map(str),
    st.integers(1000, 99999).map(lambda n: f"{n // 1000} {n % 1000:03d}"),
    st.integers(1900, 2099).map(str),
    st.builds(lambda a, b: f"{a}–{b}", st.integers(0, 99), st.integers(0, 99)),
    st.builds(lambda n: f"{n},5", st.integers(0, 99)),
)
# Any visible non-numeric characters too, not ending in sentence punctuation
# (after which "x. 12 Nästa" would be a spaced marker, by design).
_visible = st.text(st.characters(blacklist_categories=("Z", "C", "N")), min_size=1, max_size=8).filter(
    lambda w: not w.endswith(tuple('.;:!?”"'))
)
_body_word = st.one_of(_word, _word, _word, _body_number, _visible)


@st.composite
def _notes_with_numbers(draw: st.DrawFn) -> _Note:
    """A footnote that may open with a number ("240 21 procent 2020, …")."""
    note = draw(_notes())
    if draw(st.booleans()):
        return note
    return _Note((str(draw(st.integers(0, 99))), *note.words),
                 note.wrap_at + 1 if note.wrap_at else 0)


@st.composite
def _pages(draw: st.DrawFn) -> _Page:
    notes = tuple(draw(st.lists(_notes_with_numbers(), max_size=3)))
    sentences = tuple(
        tuple([draw(_capital), *draw(st.lists(_body_word, min_size=1, max_size=6))])
        for _ in range(max(len(notes), draw(st.integers(1, 3))))
    )
    styles = tuple(draw(st.sampled_from([GLUED, WORD, SPACED, YEAR])) for _ in sentences)
    return _Page(sentences, notes, draw(st.booleans()), styles)


def _sentence(words: tuple[str, ...], marker: str, style: str) -> str:
    text = " ".join(words)
    if style in (WORD, SPACED) and not words[-1].isalpha():
        # After a number a marker is glued to the period ("till 5.2"): "52."
        # and "5. 2 Nästa" are a number and an enumeration, not markers.
        style = GLUED
    if style == WORD:
        return f"{text}{marker}."
    if style == SPACED:
        return f"{text}. {marker}".rstrip()
    if style == YEAR:
        return f"{text} 2022{marker}."
    return f"{text}.{marker}"


def _typeset(pages: list[_Page]) -> tuple[str, list[tuple[int, str, int, int]]]:
    """The text layer of `pages` and the footnotes it holds: (number, text, page, series)."""
    lines: list[str] = []
    expected: list[tuple[int, str, int, int]] = []
    number, series = 0, 0
    for page_number, page in enumerate(pages, start=1):
        if page.restart and page.notes and number > 0:
            number, series = 0, series + 1
        numbers = list(range(number + 1, number + 1 + len(page.notes)))
        number += len(page.notes)
        # The page starts with a line indented by one space.
        lines.append(f" Sida {'x' * page_number}")
        lines.append("")
        body = []
        for i, sentence in enumerate(page.sentences):
            marker = str(numbers[i]) if i < len(numbers) else ""
            style = page.styles[i] if i < len(page.styles) else GLUED
            body.append(_sentence(sentence, marker, style))
        lines.append(" ".join(body))
        if page.notes:
            lines.append(" ")
            for n, note in zip(numbers, page.notes):
                if note.wrap_at:
                    lines.append(f"{n} " + " ".join(note.words[: note.wrap_at]))
                    lines.append(" ".join(note.words[note.wrap_at :]))
                else:
                    lines.append(f"{n} {note.text}")
                expected.append((n, note.text, page_number, series))
    return "\n".join(lines) + "\n", expected


@fuzz(200)
@given(st.lists(_pages(), min_size=1, max_size=6))
@example([_Page(sentences=(("Det", "var", "stort"),), notes=(_Note(("Brottsförebyggande", "rådet", "2023a"), 0),),
                restart=False)])
# Regression: the decimal digit of "0,5" was taken for marker 5, leaving "0,"
# in the text and the real marker in place.
@example([_Page(sentences=(("A", "0,5", "procent"),) * 5, notes=(_Note(("A",), 0),) * 5, restart=False)])
def test_typeset_footnote_list_parses_back_to_itself(pages: list[_Page]) -> None:
    text, expected = _typeset(pages)
    doc = parse_text(_source(text.encode("utf-8")))
    assert [(f.number, f.text, f.page_number, f.series) for f in doc.footnotes] == expected
    # One marker per footnote, in footnote order, on the footnote's page.
    found = [(m.number, m.series, b.page_number) for b, m in doc.markers]
    assert found == [(n, s, p) for n, _, p, s in expected]
    for block, marker in doc.markers:
        # The marker stood right after the sentence (its period, last word or
        # year); its digits are gone, the year's are kept.
        before, after = block.text[: marker.char_start], block.text[marker.char_start :]
        assert before.endswith((".", "2022")) or before[-1:].isalpha(), (before[-20:], marker)
        assert not after.startswith(tuple("0123456789")), (after[:20], marker)
        assert not after.startswith(" ") or not after[1:2].isdigit()
    _check_invariants(doc)
