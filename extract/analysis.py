"""One pass of extraction over a parsed document, for the store.

In: a ParsedDocument and its sentence spans per block. Out: an `Analysis`:
the report's structure, its claims with their figures, figures stated in
footnotes, tables and charts. `evidence/` stores it; nothing here touches a
database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.claims import Claim, extract_claims
from extract.figures import Figure, extract_figures
from extract.figures_en import english_figures
from extract.measures import Measure, document_measures
from extract.sentences import SentenceSpan
from extract.structure import Structure, document_structure
from extract.tables import Chart, Table, extract_charts, extract_tables
from ingest.model import ParsedDocument


@dataclass(frozen=True)
class Analysis:
    structure: Structure
    claims: tuple[Claim, ...]
    claim_figures: tuple[tuple[Figure, ...], ...]  # one tuple per claim
    footnote_figures: dict[tuple[int, int], tuple[Figure, ...]]  # (series, number) -> figures
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...]
    measures: tuple[Measure, ...] = ()


def analyse(parsed: ParsedDocument, sentences: Sequence[Sequence[SentenceSpan]]) -> Analysis:
    structure = document_structure(parsed)
    # A one-sentence claim is read twice (is it a claim? which figures?), and
    # footnotes repeat ("Ibid."): each distinct text is tokenised once.
    # Figures are frozen, so the tuples can be shared.
    figures_of: dict[str, tuple[Figure, ...]] = {}

    def figures(text: str) -> tuple[Figure, ...]:
        found = figures_of.get(text)
        if found is None:
            found = figures_of[text] = tuple(extract_figures(text))
        return found

    claims = extract_claims(parsed, sentences, has_figures=lambda text: bool(figures(text)), structure=structure)
    return Analysis(
        structure=structure,
        claims=tuple(claims),
        # The English SUMMARY's figures are read in English, so they can carry
        # the verdict of the Swedish figures they translate (issue 14).
        claim_figures=tuple(tuple(english_figures(c.text)) if c.kind == "summary_en" else figures(c.text)
                            for c in claims),
        footnote_figures={(f.series, f.number): figures(f.text) for f in parsed.footnotes},
        tables=tuple(extract_tables(parsed, sentences)),
        charts=tuple(extract_charts(parsed, sentences)),
        measures=tuple(document_measures(parsed, [list(s) for s in sentences])),
    )
