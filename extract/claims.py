"""Claims: the statements of a report that evidence should back.

In: a `ParsedDocument` and its sentences per block (`document_sentences` in
`evidence/pipeline.py`). Out: `Claim` records, each placed in its chapter,
section and strategy objective (`extract/structure.py`).

Kinds, decided per paragraph (and list item):

* ``assessment`` — a ``Bedömning:`` paragraph, one claim for the whole
  paragraph, its text without the label;
* ``proposal`` — a ``Förslag:`` paragraph, likewise;
* ``summary`` / ``summary_en`` — every sentence of the SAMMANFATTNING /
  SUMMARY chapter, one claim each;
* ``claim`` — elsewhere (the foreword and the body), sentences backed by a
  footnote, and sentences carrying figures.

Footnote runs. A paragraph often cites once for several sentences: "A. B.17"
means footnote 17 backs both. So a marker at the end of sentence k covers the
sentences since the previous sentence with a marker in the same paragraph
(or since the paragraph's start), and they form one claim. A sentence whose
only markers stand inside it ("Brå17 visar att …") is a claim of its own and
ends the run before it. Sentences after the paragraph's last marker are
claims only when they carry figures, one claim each. A marker belongs to the
last sentence starting before it, as in `evidence/store.py`.

Headings, captions, tables and running headers hold no claims; tables and
charts are in `extract/tables.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.sentences import SentenceSpan
from extract.structure import BODY, CONTENTS, FOREWORD, SUMMARY, SUMMARY_EN, Structure, document_structure, section_of
from ingest.model import LIST_ITEM, PARAGRAPH, Block, ParsedDocument

CLAIM = "claim"
ASSESSMENT = "assessment"
PROPOSAL = "proposal"
CLAIM_KINDS = (CLAIM, ASSESSMENT, PROPOSAL, SUMMARY, SUMMARY_EN)

# Paragraph labels: the label and the claim kind its paragraph is.
PARAGRAPH_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*Bedömning\s*:\s*"), ASSESSMENT),
    (re.compile(r"^\s*Förslag\s*:\s*"), PROPOSAL),
)
CLAIM_BLOCK_KINDS = (PARAGRAPH, LIST_ITEM)
# Parts whose sentences are claims when backed or carrying figures.
BODY_PARTS = (BODY, FOREWORD)

# Swedish words that state a quantity. Ordinals are left out ("det femte
# kapitlet" is no figure) except after "var" ("var tredje kvinna"); "sex" is
# left out because it is also the noun.
NUMBER_WORDS = frozenset(
    {
        "två", "tre", "fyra", "fem", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
        "femton", "sexton", "sjutton", "arton", "nitton", "tjugo", "trettio", "fyrtio", "femtio", "sextio",
        "sjuttio", "åttio", "nittio", "hundra", "hundratals", "tusen", "tusentals", "miljon", "miljoner",
        "miljard", "miljarder", "hälften", "halva", "dubbelt", "dubbla", "tredjedel", "tredjedelar",
        "fjärdedel", "fjärdedelar", "procent", "procentenheter", "promille",
    }
)
_EVERY_NTH = re.compile(r"\bvar\s+(?:annan|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\b", re.IGNORECASE)
# A year alone or in a range (2017, 2017–2023) is a date, not a figure.
_YEAR = re.compile(r"(?<![\d:/,.])(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?(?![\d:/])")
_WORD = re.compile(r"[^\W\d_]+")
# What may stand between a marker and its sentence's end for the marker to
# stand at the end ("stort.17", "Brå17.", "(2022)17.").
_SENTENCE_END_CHARS = set(" .,;:!?)]”\"’»…")


@dataclass(frozen=True)
class Claim:
    """One claim. `char_start`/`char_end` index its block's text;
    `sentence_indices` index that block's sentences."""

    kind: str
    text: str
    page_number: int
    block_index: int
    sentence_indices: tuple[int, ...]
    footnotes: tuple[int, ...]
    char_start: int
    char_end: int
    chapter: str | None
    section: str | None
    objective: int | None


def has_figures_default(text: str) -> bool:
    """True when `text` states a number: digits other than a year, a Swedish
    number word, "%" or "var tredje"."""
    if "%" in text or _EVERY_NTH.search(text):
        return True
    if any(ch.isdigit() for ch in _YEAR.sub(" ", text)):
        return True
    return any(w in NUMBER_WORDS for w in _WORD.findall(text.lower()))


def extract_claims(
    parsed: ParsedDocument,
    sentences_per_block: Sequence[Sequence[SentenceSpan]],
    has_figures: Callable[[str], bool] | None = None,
    structure: Structure | None = None,
) -> list[Claim]:
    """The claims of `parsed`, in document order."""
    if len(sentences_per_block) != len(parsed.blocks):
        raise ValueError(
            f"{parsed.path}: got sentences for {len(sentences_per_block)} blocks but the document has "
            f"{len(parsed.blocks)}; pass document_sentences(parsed) for this same parsed document"
        )
    figures = has_figures or has_figures_default
    structure = structure or document_structure(parsed)
    claims: list[Claim] = []
    for index, block in enumerate(parsed.blocks):
        if block.kind not in CLAIM_BLOCK_KINDS:
            continue
        chapter, section, objective = section_of(structure, index)
        part = chapter.part if chapter is not None else BODY
        if part == CONTENTS:
            continue
        spans = list(sentences_per_block[index])

        def claim(kind: str, sentence_indices: list[int], start: int, end: int, numbers: list[int]) -> Claim:
            return Claim(
                kind=kind,
                text=block.text[start:end].strip(),
                page_number=block.page_number,
                block_index=index,
                sentence_indices=tuple(sentence_indices),
                footnotes=tuple(dict.fromkeys(numbers)),
                char_start=start,
                char_end=end,
                chapter=chapter.title if chapter is not None else None,
                section=section.title if section is not None else None,
                objective=objective,
            )

        labelled = _label(block.text)
        if labelled is not None:
            kind, start = labelled
            end = len(block.text.rstrip())
            claims.append(claim(kind, list(range(len(spans))), start, end, [m.number for m in block.markers]))
            continue
        if not spans:
            continue
        markers = _markers_by_sentence(block, spans)
        if part in (SUMMARY, SUMMARY_EN):
            for k, span in enumerate(spans):
                claims.append(claim(part, [k], span.char_start, span.char_end, [m for m, _ in markers[k]]))
            continue
        for run in _runs(spans, markers, figures):
            numbers = [m for k in run for m, _ in markers[k]]
            claims.append(claim(CLAIM, run, spans[run[0]].char_start, spans[run[-1]].char_end, numbers))
    return claims


def _label(text: str) -> tuple[str, int] | None:
    for pattern, kind in PARAGRAPH_LABELS:
        m = pattern.match(text)
        if m:
            return kind, m.end()
    return None


def _markers_by_sentence(block: Block, spans: list[SentenceSpan]) -> list[list[tuple[int, bool]]]:
    """For each sentence, its markers as (number, stands at the sentence's end)."""
    out: list[list[tuple[int, bool]]] = [[] for _ in spans]
    for marker in block.markers:
        # The last sentence starting before the marker (the first one for a
        # marker at the very start), as evidence/store.py attaches footnotes.
        k = max((i for i, s in enumerate(spans) if s.char_start < marker.char_start), default=0)
        tail = block.text[marker.char_start : spans[k].char_end]
        out[k].append((marker.number, all(ch in _SENTENCE_END_CHARS for ch in tail)))
    return out


def _runs(
    spans: list[SentenceSpan],
    markers: list[list[tuple[int, bool]]],
    has_figures: Callable[[str], bool],
) -> list[list[int]]:
    """Sentence-index runs that are claims, per the footnote-run rule above."""
    runs: list[list[int]] = []
    pending: list[int] = []

    def flush_figures() -> None:
        runs.extend([k] for k in pending if has_figures(spans[k].text))
        pending.clear()

    for k in range(len(spans)):
        if not markers[k]:
            pending.append(k)
        elif any(at_end for _, at_end in markers[k]):
            runs.append(pending + [k])
            pending.clear()
        else:
            flush_figures()
            runs.append([k])
    flush_figures()
    return runs
