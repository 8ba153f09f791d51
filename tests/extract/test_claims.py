"""Claims: assessments, proposals, summary sentences and footnote-backed runs."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import FOLLOWUP_TXT, shared_path
from evidence.pipeline import document_sentences
from extract.claims import ASSESSMENT, CLAIM, PROPOSAL, Claim, extract_claims, has_figures_default
from extract.structure import SUMMARY, SUMMARY_EN
from ingest.files import parse_file
from ingest.model import HEADING, PARAGRAPH, Block, Marker, ParsedDocument


def paragraph(text: str, order: int = 0) -> Block:
    """A paragraph from text with markers written as [N] where they stand."""
    clean, markers, pos = "", [], 0
    for m in re.finditer(r"\[(\d+)\]", text):
        clean += text[pos : m.start()]
        markers.append(Marker(number=int(m.group(1)), char_start=len(clean), raw=m.group(1)))
        pos = m.end()
    clean += text[pos:]
    return Block(kind=PARAGRAPH, text=clean, page_number=1, order=order, markers=tuple(markers))


def build(*blocks: Block) -> ParsedDocument:
    blocks = tuple(
        Block(kind=b.kind, text=b.text, page_number=b.page_number, order=n, level=b.level, markers=b.markers)
        for n, b in enumerate(blocks)
    )
    return ParsedDocument(path="built.txt", title="built", kind="report", format="text", sha256="0" * 64, pages=(), blocks=blocks)


def heading(text: str, level: int = 1) -> Block:
    return Block(kind=HEADING, text=text, page_number=1, order=0, level=level)


def claims_of(*blocks: Block, **kwargs) -> list[Claim]:  # type: ignore[no-untyped-def]
    doc = build(heading("RESULTAT"), *blocks)
    return extract_claims(doc, document_sentences(doc), **kwargs)


# --- the real follow-up --------------------------------------------------------------


@pytest.fixture(scope="module")
def followup() -> ParsedDocument:
    shared_path("followup", FOLLOWUP_TXT.name)
    return parse_file(FOLLOWUP_TXT)


@pytest.fixture(scope="module")
def claims(followup: ParsedDocument) -> list[Claim]:
    return extract_claims(followup, document_sentences(followup))


def test_followup_has_five_assessments_and_four_proposals(claims: list[Claim]) -> None:
    kinds = Counter(c.kind for c in claims)
    assert kinds[ASSESSMENT] == 5
    assert kinds[PROPOSAL] == 4
    assert all(not c.text.startswith(("Bedömning", "Förslag:")) for c in claims if c.kind in (ASSESSMENT, PROPOSAL))
    assert next(c for c in claims if c.kind == ASSESSMENT).text.startswith("Mäns våld mot kvinnor är fortsatt ett stort")


def test_followup_summaries_in_both_languages(claims: list[Claim]) -> None:
    summary = [c for c in claims if c.kind == SUMMARY]
    summary_en = [c for c in claims if c.kind == SUMMARY_EN]
    assert len(summary) > 40 and len(summary_en) > 40
    assert all(c.chapter == "SAMMANFATTNING" for c in summary)
    assert all(c.chapter == "SUMMARY" for c in summary_en)
    assert all(len(c.sentence_indices) == 1 for c in summary + summary_en)


def test_followup_every_claim_has_a_chapter(claims: list[Claim]) -> None:
    assert all(c.chapter for c in claims)


def test_followup_assessment_under_maalsaettning_3_has_objective_3(claims: list[Claim]) -> None:
    found = [c for c in claims if c.kind == ASSESSMENT and c.section and c.section.startswith("Målsättning 3")]
    assert len(found) == 1
    assert found[0].objective == 3
    assert found[0].text.startswith("Jämställdhetsmyndighetens bedömning är att rättsväsendet")


def test_followup_assessments_and_proposals_objectives(claims: list[Claim]) -> None:
    assert [c.objective for c in claims if c.kind == ASSESSMENT] == [None, 1, 2, 3, 4]
    assert [c.objective for c in claims if c.kind == PROPOSAL] == [3, 4, 4, 4]


def test_followup_law_enforcement_chapter_claims_have_objective_3(claims: list[Claim]) -> None:
    body = [c for c in claims if c.kind == CLAIM and c.chapter and c.chapter.startswith("RÄTTSVÄSENDETS PRIORITERINGAR")]
    assert len(body) > 30
    assert {c.objective for c in body} == {3}


def test_followup_every_footnote_backs_exactly_one_claim(followup: ParsedDocument, claims: list[Claim]) -> None:
    cited = [n for c in claims for n in c.footnotes]
    assert sorted(cited) == sorted(f.number for f in followup.footnotes)


def test_followup_claim_text_is_its_block_slice(followup: ParsedDocument, claims: list[Claim]) -> None:
    for c in claims:
        block = followup.blocks[c.block_index]
        assert c.text == block.text[c.char_start : c.char_end].strip()
        assert c.page_number == block.page_number


def test_followup_footnote_run_spans_unmarked_sentences(claims: list[Claim]) -> None:
    # "…människohandel.15 Dessa prioriterade områden … uppföljningen. Fokuset
    # … den nationella strategin.16": footnote 16 backs both sentences after 15.
    first = next(c for c in claims if 15 in c.footnotes)
    run = next(c for c in claims if 16 in c.footnotes)
    assert first.text.startswith("Regeringen har under de senaste åren prioriterat") and first.sentence_indices == (0,)
    assert run.text.startswith("Dessa prioriterade områden får därför särskilt fokus")
    assert run.text.endswith("kompletterar också Statskontorets uppföljning av den nationella strategin.")
    assert (run.block_index, run.sentence_indices, run.footnotes) == (first.block_index, (1, 2), (16,))


# --- built paragraphs ------------------------------------------------------------------


def test_marker_at_the_end_covers_the_sentences_since_the_previous_marker() -> None:
    found = claims_of(paragraph("Första påståendet gäller.[1] Andra saknar källa. Tredje har källa.[2] Fjärde saknar allt."))
    assert [(c.text, c.footnotes, c.sentence_indices) for c in found] == [
        ("Första påståendet gäller.", (1,), (0,)),
        ("Andra saknar källa. Tredje har källa.", (2,), (1, 2)),
    ]


def test_marker_before_the_period_counts_as_at_the_end() -> None:
    found = claims_of(paragraph("Inget här. Enligt Brå[7]."))
    assert [(c.text, c.footnotes) for c in found] == [("Inget här. Enligt Brå.", (7,))]


def test_marker_inside_a_sentence_makes_it_a_claim_of_its_own() -> None:
    found = claims_of(paragraph("Inledning utan tal. Brå[3] visar att det ökar. Slut."))
    assert [(c.text, c.footnotes) for c in found] == [("Brå visar att det ökar.", (3,))]


def test_sentences_after_the_last_marker_are_claims_only_with_figures() -> None:
    found = claims_of(paragraph("Källa finns.[4] Andelen var 45 procent. Det är oroande. Fem av sju kommuner svarade."))
    assert [(c.text, c.footnotes) for c in found] == [
        ("Källa finns.", (4,)),
        ("Andelen var 45 procent.", ()),
        ("Fem av sju kommuner svarade.", ()),
    ]


def test_has_figures_is_replaceable() -> None:
    found = claims_of(paragraph("Det är oroande. Andelen var 45 procent."), has_figures=lambda text: "oroande" in text)
    assert [c.text for c in found] == ["Det är oroande."]


def test_labelled_paragraphs_are_one_claim_each() -> None:
    found = claims_of(
        paragraph("Bedömning: Arbetet går framåt. Men det finns brister.[9]"),
        paragraph("Förslag: Myndigheten föreslår ett nytt uppdrag."),
    )
    assert [(c.kind, c.text, c.footnotes, c.sentence_indices) for c in found] == [
        (ASSESSMENT, "Arbetet går framåt. Men det finns brister.", (9,), (0, 1)),
        (PROPOSAL, "Myndigheten föreslår ett nytt uppdrag.", (), (0,)),
    ]


def test_summary_sentences_are_claims_each() -> None:
    doc = build(heading("SAMMANFATTNING"), paragraph("Det går bättre. Men inte överallt."), heading("SUMMARY"), paragraph("Things improve."))
    found = extract_claims(doc, document_sentences(doc))
    assert [(c.kind, c.text) for c in found] == [
        (SUMMARY, "Det går bättre."),
        (SUMMARY, "Men inte överallt."),
        (SUMMARY_EN, "Things improve."),
    ]


def test_contents_and_headings_hold_no_claims() -> None:
    doc = build(heading("INNEHÅLL"), paragraph("Kapitel 1 sida 3."), heading("Rubrik med 12 ord", 2))
    assert extract_claims(doc, document_sentences(doc)) == []


def test_claims_carry_chapter_section_and_objective() -> None:
    doc = build(heading("SLUTSATSER"), heading("Målsättning 3: Brottsbekämpning", 2), paragraph("Uppklaringen var 20 procent."))
    (claim,) = extract_claims(doc, document_sentences(doc))
    assert (claim.chapter, claim.section, claim.objective) == ("SLUTSATSER", "Målsättning 3: Brottsbekämpning", 3)


def test_mismatched_sentence_lists_say_what_to_pass() -> None:
    doc = build(heading("RESULTAT"), paragraph("Text."))
    with pytest.raises(ValueError, match=r"built\.txt: got sentences for 1 blocks but the document has 2; pass document_sentences"):
        extract_claims(doc, [[]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andelen var 45 procent.", True),
        ("Mediantiden gick från fem till sju dagar.", True),
        ("Var tredje kvinna har utsatts.", True),
        ("Ökningen var 12,5 %.", True),
        ("Under 2023 ökade antalet anmälningar.", False),  # a year alone is a date
        ("Åren 2017–2023 syns ingen förändring.", False),
        ("I det femte kapitlet beskrivs arbetet.", False),
        ("Mäns våld mot kvinnor är ett samhällsproblem.", False),
        ("Köp av sex är förbjudet.", False),
    ],
)
def test_has_figures_default(text: str, expected: bool) -> None:
    assert has_figures_default(text) is expected
