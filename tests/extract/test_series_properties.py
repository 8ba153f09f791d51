"""Properties of designation finding and normalisation, `extract/series.py` and
`extract/documents.py` (issue 8, hypothesis).

* `find_designations` and `normalise_designation` never raise on arbitrary
  Unicode; found designations lie inside the text, in order, without overlap;
* a normalised designation normalises to itself, and so does every
  designation `find_designations` reports;
* any spelling of a generated designation (`skr 2016/17:10`,
  `Prop.2017/18:177`, `Diarienummer: A2021/02397`) normalises to the
  canonical form;
* every text the series or diary-number pattern matches holds a year, so
  `find_designations` may skip text without one (hypothesis writes the texts
  from the patterns themselves);
* `document_designations` never raises on a document of arbitrary text and
  returns only normalised designations, each once.

Settings: tests/support/fuzz.py (KALLKOLL_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

from fuzz import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from extract.documents import document_designations
from extract.series import _SERIES_RE, _YEAR, DIARY_RE, find_designations, normalise_designation
from ingest.model import PARAGRAPH, Block, Page, ParsedDocument

_year = st.integers(1900, 2099)
_number = st.integers(1, 9999)

# (spelling as in text, canonical form)
_session = st.tuples(
    st.sampled_from([("Skr.", ["Skr.", "Skr", "skr.", "skr", "Regeringens skrivelse"]),
                     ("Prop.", ["Prop.", "Prop", "prop.", "prop", "Regeringens proposition"]),
                     ("Rskr.", ["Rskr.", "rskr"])]),
    _year, st.integers(0, 99), _number, st.sampled_from([" ", "", "  "]),
).flatmap(lambda t: st.sampled_from(t[0][1]).map(
    lambda spelling: (f"{spelling}{t[4]}{t[1]}/{t[2]:02d}:{t[3]}", f"{t[0][0]} {t[1]}/{t[2]:02d}:{t[3]}")))
_yearly = st.tuples(
    st.sampled_from([("SFS", ["SFS"]), ("SOU", ["SOU"]), ("Ds", ["Ds"]), ("Dir.", ["Dir.", "Dir", "dir.", "Kommittédirektiv"]),
                     ("HSLF-FS", ["HSLF-FS"]), ("SOSFS", ["SOSFS"]), ("AFS", ["AFS"])]),
    _year, _number, st.sampled_from([" ", ""]),
).flatmap(lambda t: st.sampled_from(t[0][1]).map(
    lambda spelling: (f"{spelling}{t[3]}{t[1]}:{t[2]}", f"{t[0][0]} {t[1]}:{t[2]}")))
_diary = st.tuples(
    st.sampled_from(["A", "S", "Ju", "Fi", "UD", "Ku"]), _year, st.integers(10, 999999), st.sampled_from(["", "/SOF", "/L4"]),
    st.sampled_from(["", "Diarienummer: ", "Dnr ", "dnr. "]),
).map(lambda t: (f"{t[4]}{t[0]}{t[1]}/{t[2]}{t[3]}", f"{t[0]}{t[1]}/{t[2]}{t[3]}"))
_spelled = st.one_of(_session, _yearly, _diary)

_text_with_designations = st.lists(
    st.one_of(st.text(max_size=15), _spelled.map(lambda pair: pair[0]),
              st.sampled_from([" ", ".", "(", ")", ":", "/", ";", ", ", "2020", "-FS"])),
    max_size=10,
).map("".join)


@fuzz(300)
@given(st.one_of(st.text(), _text_with_designations))
# Regression: a diary number whose unit is an agency series overlapped the
# series designation that followed it.
@example("A1900/00/AFS 1900:0")
def test_find_designations_never_raises_and_spans_hold(text: str) -> None:
    found = find_designations(text)
    previous_end = 0
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert d.start >= previous_end, ("overlapping designations", found)
        previous_end = d.end
        # Whatever was found is already in its canonical form.
        assert normalise_designation(d.text) == d.text, (d, text)


@fuzz(300)
@given(st.one_of(st.text(max_size=40), _text_with_designations, _spelled.map(lambda pair: pair[0])))
def test_a_normalised_designation_normalises_to_itself(text: str) -> None:
    once = normalise_designation(text)
    if once is not None:
        assert normalise_designation(once) == once


@fuzz(300)
@given(_spelled, st.sampled_from(["", ".", " ", " ."]))
@example(("SFS 1900:1", "SFS 1900:1"), " .")  # regression: a space before the final dot gave None
def test_every_spelling_normalises_to_the_canonical_form(pair: tuple[str, str], trailing: str) -> None:
    spelled, canonical = pair
    assert normalise_designation(spelled + trailing) == canonical


@fuzz(150)
@given(st.lists(st.one_of(st.text(max_size=60), _text_with_designations), min_size=1, max_size=6),
       st.dictionaries(st.sampled_from(["designation", "margin_label", "pdf_title"]), _text_with_designations))
def test_document_designations_are_normalised_and_distinct(texts: list[str], metadata: dict[str, str]) -> None:
    doc = ParsedDocument(
        path="generated.txt", title=texts[0], kind="report", format="text", sha256="0" * 64,
        pages=(Page(page_number=1),),
        blocks=tuple(Block(kind=PARAGRAPH, text=t, page_number=1, order=i) for i, t in enumerate(texts)),
        metadata=metadata,
    )
    found = document_designations(doc)
    assert len(found) == len(set(found))
    assert all(normalise_designation(d) == d for d in found)


@fuzz(100)
@given(st.one_of(st.from_regex(_SERIES_RE), st.from_regex(DIARY_RE)))
def test_every_designation_holds_a_year(text: str) -> None:
    assert _YEAR.search(text), text
