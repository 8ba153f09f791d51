"""Linking claims to supporting passages, verifying their figures, and internal chains.

In: a stored document's claims, figures and citations, and the stored
documents its sources resolve to. Out: Link rows (claim -> source passage,
with score and reasons), Verification rows (one status per figure) and Chain
rows (summary/assessment/proposal -> the body claims that make the same
statement).

Speed: each source document is indexed once (stemmed words -> sentences, and
the figures of every sentence); a claim is scored with rapidfuzz only against
the few candidate sentences that share its rarest words or its numbers, never
against every sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz
from sqlmodel import Session, delete, select

from evidence import schema as S
from evidence.rows import insert_rows
from extract.figures import PERCENT, SHARE, Figure, extract_figures

# Statuses of a figure.
VERIFIED = "verified"
MISMATCH = "mismatch"
NOT_FOUND = "not_found"
NO_SOURCE = "no_source"
UNCITED = "uncited"
STATUSES = (VERIFIED, MISMATCH, NOT_FOUND, NO_SOURCE, UNCITED)

# Kinds whose claims are linked to body claims of the same report.
CHAIN_KINDS = ("summary", "summary_en", "assessment", "proposal")
TOP_PASSAGES = 3
CANDIDATES = 25
TOP_CHAINS = 3
# A chain needs this share of the claim's (idf-weighted) words or numbers,
# and at least this many shared words when no number is shared.
MIN_CHAIN_SCORE = 0.15
MIN_SHARED_WORDS = 3
SAME_SECTION_BONUS = 0.2
SAME_OBJECTIVE_BONUS = 0.1
# English summary -> Swedish summary: the two summaries run in parallel, so
# relative position counts; this many summary-lengths of distance zero it.
POSITION_SPREAD = 5.0
MIN_EN_CHAIN_SCORE = 0.3
# Capitalised English words that are not names.
ENGLISH_CAPITALISED = frozenset({"The", "This", "In", "It", "There", "We", "Our", "However", "Moreover", "For", "A", "An",
                                 "Many", "More", "Most", "Men", "Women", "Violence", "Work", "Since", "At", "As", "To"})
# How far a qualified figure may be from the source's value and still agree:
# "drygt 850" is verified by 853, "knappt 400" by 396.
QUALIFIER_TOLERANCE = {"over": (1.0, 1.15), "under": (0.85, 1.0), "approx": (0.9, 1.1)}
WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
NAME_RE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:[A-ZÅÄÖ][a-zåäö]+)*\b|\b[A-ZÅÄÖ]{2,}\b")
STOP_STEMS = frozenset(
    Stemmer.Stemmer("swedish").stemWords(
        "och att det som för med den har av till inte på är en ett de var om vid kan eller från under sedan även "
        "denna detta dessa också samt mer andra andel andelen procent the and for with that from".split()
    )
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


def stems(text: str) -> list[str]:
    words = [w.casefold() for w in WORD_RE.findall(text)]
    return [s for s in _stemmer().stemWords(words) if s not in STOP_STEMS]


def comparable(fig: Figure | S.FigureRow) -> tuple[str, float]:
    """A figure in a form comparable across spellings: percentages and shares
    in one family (54 procent agrees with "drygt hälften")."""
    if fig.unit == PERCENT:
        return SHARE, fig.value / 100.0
    if fig.unit in ("persons", "count"):
        return "count", fig.value
    return fig.unit, fig.value


def agrees(claimed: Figure | S.FigureRow, stated: Figure | S.FigureRow) -> bool:
    fam_a, a = comparable(claimed)
    fam_b, b = comparable(stated)
    if fam_a != fam_b:
        return False
    if claimed.qualifier in QUALIFIER_TOLERANCE and a:
        low, high = QUALIFIER_TOLERANCE[claimed.qualifier]
        lo, hi = sorted((a * low, a * high))
        return lo - 1e-9 <= b <= hi + 1e-9
    if fam_a == SHARE:
        return abs(a - b) <= 0.005 + 1e-9  # half a percentage point: rounding
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_quantity(claimed: Figure | S.FigureRow, stated: Figure | S.FigureRow) -> bool:
    """The passage states the same kind of quantity (same unit family, and
    the same counted thing when both name one)."""
    if comparable(claimed)[0] != comparable(stated)[0]:
        return False
    return not (claimed.subject and stated.subject and claimed.subject != stated.subject)


@dataclass
class _Passage:
    sentence_id: int
    page_number: int
    text: str
    stems: set[str]
    figures: list[Figure]
    years: set[int]
    names: set[str]


@dataclass
class SourceIndex:
    document_id: int
    passages: list[_Passage] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_value: dict[tuple[str, float], list[int]] = field(default_factory=lambda: defaultdict(list))
    position: dict[int, int] = field(default_factory=dict)

    def around(self, sentence_id: int, width: int = 1) -> list[_Passage]:
        i = self.position.get(sentence_id)
        if i is None:
            return []
        return self.passages[max(0, i - width) : i + width + 1]

    def idf(self, stem: str) -> float:
        return math.log((1 + len(self.passages)) / (1 + len(self.postings.get(stem, ()))))


def build_index(session: Session, document_id: int) -> SourceIndex:
    index = SourceIndex(document_id)
    sentences = session.exec(
        select(S.Sentence).where(S.Sentence.document_id == document_id).order_by(S.Sentence.order)
    ).all()
    for sentence in sentences:
        figures = extract_figures(sentence.text)
        passage = _Passage(
            sentence_id=sentence.id,  # type: ignore[arg-type]
            page_number=sentence.page_number,
            text=sentence.text,
            stems=set(stems(sentence.text)),
            figures=figures,
            years={int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence.text)},
            names=set(NAME_RE.findall(sentence.text)),
        )
        i = len(index.passages)
        index.passages.append(passage)
        index.position[passage.sentence_id] = i
        for s in passage.stems:
            index.postings[s].append(i)
        for f in figures:
            fam, value = comparable(f)
            index.by_value[(fam, round(value, 4))].append(i)
    return index


@dataclass(frozen=True)
class Match:
    passage_index: int
    score: float
    reasons: dict


def best_passages(index: SourceIndex, text: str, figures: list[S.FigureRow], limit: int = TOP_PASSAGES) -> list[Match]:
    claim_stems = set(stems(text))
    weights = Counter[int]()
    # In sorted order: a set's order changes from process to process (string
    # hashing), and with it the float sums and which of tied passages win.
    for s in sorted(claim_stems):
        w = index.idf(s)
        for i in index.postings.get(s, ()):
            weights[i] += w
    for f in figures:
        fam, value = comparable(f)
        for i in index.by_value.get((fam, round(value, 4)), ()):
            weights[i] += 3.0
    candidates = [i for i, _ in weights.most_common(CANDIDATES)]
    claim_years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    claim_names = set(NAME_RE.findall(text))
    stemmed_claim = " ".join(sorted(claim_stems))
    matches = []
    for i in candidates:
        p = index.passages[i]
        words = sorted(claim_stems & p.stems)
        text_score = fuzz.token_set_ratio(stemmed_claim, " ".join(sorted(p.stems))) / 100.0
        agreeing = [f for f in figures if any(agrees(f, g) for g in p.figures)]
        figure_score = len(agreeing) / len(figures) if figures else 0.0
        years = sorted(claim_years & p.years)
        names = sorted(claim_names & p.names)
        score = 0.55 * text_score + 0.3 * figure_score + 0.1 * bool(years) + 0.05 * bool(names)
        reasons = {"words": words[:20], "numbers": [f.raw for f in agreeing], "years": years, "names": names}
        matches.append(Match(i, round(score, 4), reasons))
    matches.sort(key=lambda m: -m.score)
    return matches[:limit]


def _document_sources(session: Session, document_id: int) -> list[tuple[int, S.Citation, S.Source]]:
    """Every (footnote number, citation, source) of a document, in citation
    order: read once for all its claims (a query per claim was a fifth of
    link time)."""
    rows = session.exec(
        select(S.Citation, S.Source)
        .where(S.Citation.document_id == document_id)
        .where(S.Citation.source_id == S.Source.id)
        .order_by(S.Citation.id)  # type: ignore[arg-type]
    ).all()
    return [(citation.footnote_number, citation, source) for citation, source in rows]


def _claim_sources(claim: S.Claim, rows: list[tuple[int, S.Citation, S.Source]]) -> list[tuple[S.Citation, S.Source]]:
    numbers = set(json.loads(claim.footnotes_json))
    if not numbers:
        return []
    return [(citation, source) for number, citation, source in rows if number in numbers]


def link_document(session: Session, document_id: int, clear: bool = True) -> dict[str, int]:
    """(Re)compute links, verifications and chains of one document.
    `clear=False` skips deleting old ones: a document just stored has none."""
    if clear:
        for model in (S.Verification, S.Link, S.Chain):
            session.exec(delete(model).where(model.document_id == document_id))
    claims = session.exec(select(S.Claim).where(S.Claim.document_id == document_id).order_by(S.Claim.order)).all()
    if not claims:
        return {}
    figures_by_claim: dict[int, list[S.FigureRow]] = defaultdict(list)
    for f in session.exec(select(S.FigureRow).where(S.FigureRow.document_id == document_id)).all():
        if f.claim_id is not None:
            figures_by_claim[f.claim_id].append(f)
    indexes: dict[int, SourceIndex] = {}
    counts: Counter[str] = Counter()
    document_sources = _document_sources(session, document_id)
    for claim in claims:
        figures = figures_by_claim.get(claim.id, [])  # type: ignore[arg-type]
        cited = _claim_sources(claim, document_sources)
        links: list[tuple[S.Link, _Passage, SourceIndex]] = []
        for citation, src in cited:
            if src.document_id is None or src.document_id == document_id:
                if src.catalogue_entry_id:
                    entry = session.get(S.CatalogueEntry, src.catalogue_entry_id)
                    links.append((S.Link(document_id=document_id, claim_id=claim.id, citation_id=citation.id,  # type: ignore[arg-type]
                                         citation_key=citation.key, source_id=src.id, passage_document_id=None,
                                         passage_page=None, passage_text=(entry.summary or entry.title) if entry else None,
                                         score=0.0, reasons_json=json.dumps({"catalogue": entry.title if entry else None},
                                                                            ensure_ascii=False), rank=0), None, None))  # type: ignore[arg-type]
                continue
            index = indexes.get(src.document_id)
            if index is None:
                index = indexes[src.document_id] = build_index(session, src.document_id)
            for rank, m in enumerate(best_passages(index, claim.text, figures)):
                p = index.passages[m.passage_index]
                links.append((S.Link(document_id=document_id, claim_id=claim.id, citation_id=citation.id,  # type: ignore[arg-type]
                                     citation_key=citation.key, source_id=src.id, passage_document_id=src.document_id,
                                     passage_sentence_id=p.sentence_id, passage_page=p.page_number,
                                     passage_text=p.text, score=m.score,
                                     reasons_json=json.dumps(m.reasons, ensure_ascii=False), rank=rank), p, index))
        for link, _, _ in links:
            session.add(link)
        if links:
            # The verifications below need the links' ids. Without links there
            # is nothing to number, and the verifications wait for one flush.
            session.flush()
        counts["links"] += sum(1 for link, p, _ in links if p is not None)
        for fig in figures:
            status, value, link_id, passage = _verify(fig, claim, cited, links)
            counts[status] += 1
            session.add(S.Verification(document_id=document_id, figure_id=fig.id, claim_id=claim.id,  # type: ignore[arg-type]
                                       status=status, source_value=value, link_id=link_id, passage_text=passage))
    counts["chains"] = _chains(session, document_id, claims, figures_by_claim)
    session.flush()
    return dict(counts)


def _verify(
    fig: S.FigureRow, claim: S.Claim, cited: list, links: list[tuple[S.Link, _Passage | None, SourceIndex | None]]
) -> tuple[str, float | None, int | None, str | None]:
    if not json.loads(claim.footnotes_json):
        return UNCITED, None, None, None
    ingested = [(link, p, idx) for link, p, idx in links if p is not None]
    if not ingested:
        for link, _, _ in links:
            # A catalogue summary that states the figure is worth showing, but
            # a summary is not the source: the status stays no_source.
            if link.passage_text and any(agrees(fig, g) for g in extract_figures(link.passage_text)):
                return NO_SOURCE, fig.value, link.id, link.passage_text
        return NO_SOURCE, None, None, None
    # The best passages and the sentences right around them: a figure is
    # often stated in the sentence after the one that matched the words.
    for link, p, idx in ingested:
        assert idx is not None
        for q in idx.around(p.sentence_id):
            for g in q.figures:
                if agrees(fig, g):
                    return VERIFIED, g.value, link.id, q.text
    # Anywhere else in the cited documents, in a sentence about the same thing.
    claim_stems = set(stems(claim.text))
    for link, _, idx in ingested:
        assert idx is not None
        for other in idx.passages:
            for g in other.figures:
                if agrees(fig, g) and same_quantity(fig, g) and len(claim_stems & other.stems) >= 2:
                    return VERIFIED, g.value, link.id, other.text
    # The best passage states the same quantity with another value. "Same"
    # needs more than a shared unit: the same counted thing, the same years,
    # or a passage stating only that one quantity.
    for link, p, _ in ingested:
        if link.rank != 0:
            continue
        family = [g for g in p.figures if same_quantity(fig, g)]
        for g in family:
            fig_years = set(json.loads(fig.years_json))
            if (fig.subject and g.subject == fig.subject) or (fig_years and fig_years & set(g.years)) or len(family) == 1:
                return MISMATCH, g.value, link.id, p.text
    return NOT_FOUND, None, ingested[0][0].id, ingested[0][1].text if ingested[0][1] else None


def _chains(session: Session, document_id: int, claims: list[S.Claim], figures_by_claim: dict) -> int:
    """Link summary sentences, assessments and proposals to the body claims
    that make the same statement, and English summary sentences to their
    Swedish counterparts."""
    body = [c for c in claims if c.kind == "claim"]
    if not body:
        return 0
    df: Counter[str] = Counter()
    claim_stems = {c.id: set(stems(c.text)) for c in claims}
    for c in body:
        df.update(claim_stems[c.id])
    n = len(body)

    def idf(s: str) -> float:
        return math.log((1 + n) / (1 + df.get(s, 0)))

    values = {c.id: {comparable(f) for f in figures_by_claim.get(c.id, [])} for c in claims}
    # Plain values read once: the loop below runs (claims × body claims) times,
    # and ORM attribute reads, JSON decoding and logarithms there were most
    # of link time. The same numbers, so the same scores.
    idf_of = {s: idf(s) for own in claim_stems.values() for s in own}
    is_cited = {c.id: bool(json.loads(c.footnotes_json)) for c in claims}
    body_rows = [(c, c.id, claim_stems[c.id], values[c.id], c.section, c.chapter, c.objective) for c in body]
    made: list[dict] = []  # one executemany: an ORM object per chain cost more than the insert
    summary = [c for c in claims if c.kind == "summary"]
    summary_en = [c for c in claims if c.kind == "summary_en"]
    for claim in claims:
        uncited_body = claim.kind == "claim" and not is_cited[claim.id]
        if claim.kind not in CHAIN_KINDS and not uncited_body:
            continue
        # (score, claim, what the reasons are made of): the reasons are
        # written out only for the chains kept, below.
        scored: list[tuple[float, S.Claim, tuple]] = []
        if claim.kind == "summary_en":
            en_values = {comparable(f) for f in english_figures(claim.text)}
            names = set(NAME_RE.findall(claim.text)) - ENGLISH_CAPITALISED
            position = summary_en.index(claim) / max(1, len(summary_en) - 1)
            for i, c in enumerate(summary):
                value_hits = en_values & values[c.id]
                name_hits = {x for x in names if x in c.text}
                nearness = max(0.0, 1.0 - abs(position - i / max(1, len(summary) - 1)) * POSITION_SPREAD)
                score = 0.45 * (len(value_hits) / len(en_values) if en_values else 0.0) + 0.2 * min(1.0, len(name_hits) / 2)
                score += 0.35 * nearness
                if value_hits or name_hits or nearness > 0.9:
                    scored.append((score, c, (value_hits, name_hits, nearness)))
            threshold = MIN_EN_CHAIN_SCORE
        else:
            claim_id, section, chapter, objective = claim.id, claim.section, claim.chapter, claim.objective
            own, own_values = claim_stems[claim_id], values[claim_id]
            total = math.fsum(idf_of[s] for s in own) or 1.0  # fsum: the same in any set order
            for c, c_id, c_stems, c_values, c_section, c_chapter, c_objective in body_rows:
                if c_id == claim_id or (uncited_body and not is_cited[c_id]):
                    continue  # an uncited claim is backed by cited ones
                shared = own & c_stems
                value_hits = own_values & c_values
                # An assessment or proposal sums up the section it stands in,
                # and the chapters of the same strategy objective.
                same_section = bool(section) and section == c_section and chapter == c_chapter
                if not (len(shared) >= MIN_SHARED_WORDS or value_hits or same_section):
                    continue  # never a candidate: the score is not needed
                word_score = math.fsum(idf_of[s] for s in shared) / total
                value_score = len(value_hits) / len(own_values) if own_values else 0.0
                score = 0.65 * word_score + 0.35 * value_score
                score += SAME_SECTION_BONUS * same_section
                score += SAME_OBJECTIVE_BONUS * bool(objective and objective == c_objective)
                scored.append((score, c, (shared, value_hits, same_section)))
            threshold = MIN_CHAIN_SCORE
        scored.sort(key=lambda t: -t[0])
        for score, c, parts in scored[:TOP_CHAINS]:
            if score < threshold:
                break
            if claim.kind == "summary_en":
                value_hits, name_hits, nearness = parts
                reasons = {"numbers": sorted(f"{v:g}" for _, v in value_hits), "names": sorted(name_hits),
                           "position": round(nearness, 2)}
            else:
                shared, value_hits, same_section = parts
                reasons = {"words": sorted(shared, key=lambda s: (-idf_of[s], s))[:10],
                           "numbers": sorted(f"{v:g}" for _, v in value_hits), "same_section": same_section}
            made.append({"document_id": document_id, "claim_id": claim.id, "supports_claim_id": c.id,
                         "score": round(score, 4), "reasons_json": json.dumps(reasons, ensure_ascii=False)})
    insert_rows(session, S.Chain, made)
    return len(made)


# English number words, for the English summary ("from five to seven days").
ENGLISH_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5, "third": 1 / 3,
}
ENGLISH_UNITS = {"per cent": PERCENT, "percent": PERCENT, "%": PERCENT, "days": "days", "day": "days",
                 "hours": "hours", "years": "years", "months": "months", "weeks": "weeks"}
EN_FIGURE_RE = re.compile(
    r"(?P<num>\d[\d\s,.]*\d|\d|" + "|".join(sorted(ENGLISH_NUMBERS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:to|and)\s+(?P<num2>\d+|" + "|".join(sorted(ENGLISH_NUMBERS, key=len, reverse=True)) + r"))?"
    r"\s*(?P<unit>per cent|percent|%|days?|hours|years|months|weeks)\b",
    re.IGNORECASE,
)


def english_figures(text: str) -> list[Figure]:
    """Numbers with a unit in English text: enough to pair the English summary
    with its Swedish counterparts."""
    out = []
    for m in EN_FIGURE_RE.finditer(text):
        unit = ENGLISH_UNITS[m.group("unit").lower()]
        for key in ("num", "num2"):
            raw = m.group(key)
            if not raw:
                continue
            word = raw.lower()
            if word in ENGLISH_NUMBERS:
                value = float(ENGLISH_NUMBERS[word])
            else:
                digits = re.sub(r"[\s,]", "", raw)
                try:
                    value = float(digits)
                except ValueError:
                    continue
            if unit == "years" and 1900 <= value <= 2100:
                continue
            out.append(Figure(value=value, unit=unit, raw=m.group(0), char_start=m.start(), char_end=m.end()))
    return out


def relink(
    session: Session, document_id: int, has_claims: bool = True, resolved: list[int] | None = None
) -> None:
    """Link a newly stored document (`document_id`, which has no links yet),
    and every document whose citations resolve to it (a source ingested
    after the report updates its links).

    What the caller knows saves queries: `has_claims=False` (the document
    makes no claims to link), `resolved` (the sources that resolve to it;
    None: look them up)."""
    citing: list[int] = []
    if resolved is None or resolved:
        query = select(S.Citation.document_id).where(S.Citation.source_id == S.Source.id).where(
            S.Source.document_id == document_id
        )
        citing = list(session.exec(query).all())
    for doc_id in sorted({document_id, *citing}):
        if doc_id == document_id and not has_claims:
            continue
        link_document(session, doc_id, clear=doc_id != document_id)
