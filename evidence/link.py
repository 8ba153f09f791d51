"""Linking claims to supporting passages, verifying their figures, and internal chains.

In: a stored document's claims, figures and citations, and the stored
documents its sources resolve to. Out: Link rows (claim -> source passage,
with score and reasons), Verification rows (one status per figure) and Chain
rows (summary/assessment/proposal -> the body claims that make the same
statement).

Speed: each source document is indexed once (stemmed words -> sentences, and
the figures of every sentence); a claim is scored only against
the few candidate sentences that share its rarest words or its numbers, never
against every sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, delete, select

from evidence import schema as S
from evidence.quantity import WITHIN, Quantity, compare, quantity, relation
from evidence.quantity import agrees as quantity_agrees
from evidence.rows import insert_rows
from evidence.statuses import MISMATCH, NO_SOURCE, NOT_FOUND, STATUSES, UNCITED, VERIFIED  # noqa: F401 (re-exported)
from extract.figures import PERCENT, SHARE, Figure, extract_figures
from extract.figures_en import english_figures
from extract.stemming import swedish_stemmer as _stemmer

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
# `andel` and `procent` are no stop words: "andelen ökade till 40 procent"
# must find "denna siffra har ökat till 37 procent" (issue 14).
STOP_STEMS = frozenset(
    _stemmer().stemWords(
        "och att det som för med den har av till inte på är en ett de var om vid kan eller från under sedan även "
        "denna detta dessa också samt mer andra the and for with that from".split()
    )
)



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
    high_a, high_b = getattr(claimed, "high", None), getattr(stated, "high", None)
    if (high_a is None) != (high_b is None):
        return False  # a range and a single value never state the same figure
    if high_a is not None and high_b is not None and not math.isclose(high_a, high_b, rel_tol=1e-6, abs_tol=1e-9):
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
    quantities: list[Quantity] = field(default_factory=list)


@dataclass
class SourceIndex:
    document_id: int
    passages: list[_Passage] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_value: dict[tuple[str, float], list[int]] = field(default_factory=lambda: defaultdict(list))
    position: dict[int, int] = field(default_factory=dict)
    by_page: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_quantity: dict[tuple[str, float], list[int]] = field(default_factory=lambda: defaultdict(list))

    def around(self, sentence_id: int, width: int = 1) -> list[_Passage]:
        i = self.position.get(sentence_id)
        if i is None:
            return []
        return self.passages[max(0, i - width) : i + width + 1]

    def idf(self, stem: str) -> float:
        return math.log((1 + len(self.passages)) / (1 + len(self.postings.get(stem, ()))))


def _joined(first: str, second: str) -> bool:
    """A sentence cut by a page break: no closing punctuation, and the next
    one starts in lower case ("… två år räknat från den tjugonde dagen efter" /
    "publicering i Europeiska unionens officiella tidning.")."""
    end = first.rstrip()[-1:]
    return bool(end) and end not in ".!?:;)»”\"" and second[:1].islower()


def build_index(session: Session, document_id: int) -> SourceIndex:
    sentences = session.exec(
        select(S.Sentence).where(S.Sentence.document_id == document_id).order_by(S.Sentence.order)
    ).all()
    return index_of(document_id, [(s.id, s.page_number, s.text) for s in sentences])  # type: ignore[misc]


def index_of(document_id: int, sentences: list[tuple[int, int, str]]) -> SourceIndex:
    """The index of one document's sentences, (sentence id, page, text) in order."""
    index = SourceIndex(document_id)
    texts = [text for _, _, text in sentences]
    for k, (sentence_id, page_number, text) in enumerate(sentences):
        # A sentence split across a page break is scored and read whole.
        if k + 1 < len(sentences) and sentences[k + 1][1] != page_number and _joined(text, texts[k + 1]):
            text = f"{text} {texts[k + 1]}"
        figures = extract_figures(text)
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
        before = texts[k - 1] if k else ""
        passage = _Passage(
            sentence_id=sentence_id,
            page_number=page_number,
            text=text,
            stems=set(stems(text)),
            figures=figures,
            years=years,
            names=set(NAME_RE.findall(text)),
            quantities=[quantity(f, text, sentence_years=years, before=before) for f in figures],
        )
        i = len(index.passages)
        index.passages.append(passage)
        index.position[passage.sentence_id] = i
        index.by_page[passage.page_number].append(i)
        for s in passage.stems:
            index.postings[s].append(i)
        for f, q in zip(figures, passage.quantities, strict=True):
            fam, value = comparable(f)
            index.by_value[(fam, round(value, 4))].append(i)
            index.by_quantity[(q.family, round(q.value, 6))].append(i)
    return index


@dataclass(frozen=True)
class Match:
    passage_index: int
    score: float
    reasons: dict


def best_passages(index: SourceIndex, text: str, figures: list[S.FigureRow], limit: int = TOP_PASSAGES,
                  pages: set[int] | None = None) -> list[Match]:
    """The passages that best support a claim; with `pages` (the pages its
    footnote cites) the passages on them are candidates first and say so in
    their reasons (`cited_page`)."""
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
    if pages:
        on_pages = [i for i, _ in weights.most_common() if index.passages[i].page_number in pages][:CANDIDATES]
        candidates = on_pages + [i for i in candidates if i not in set(on_pages)]
    claim_years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    claim_names = set(NAME_RE.findall(text))
    # How much of the claim (idf-weighted) the passage covers: a short
    # fragment whose few words all occur in the claim covers little of it,
    # where a similarity of the two word sets scored it perfect (issue 14).
    claim_weight = math.fsum(index.idf(s) for s in sorted(claim_stems)) or 1.0
    matches = []
    for i in candidates:
        p = index.passages[i]
        words = sorted(claim_stems & p.stems)
        text_score = math.fsum(index.idf(s) for s in words) / claim_weight
        agreeing = [f for f in figures if any(agrees(f, g) for g in p.figures)]
        figure_score = len(agreeing) / len(figures) if figures else 0.0
        years = sorted(claim_years & p.years)
        names = sorted(claim_names & p.names)
        on_page = bool(pages) and p.page_number in pages  # type: ignore[operator]
        score = 0.55 * text_score + 0.3 * figure_score + 0.1 * bool(years) + 0.05 * bool(names) + 0.1 * on_page
        reasons = {"words": words[:20], "numbers": [f.raw for f in agreeing], "years": years, "names": names}
        if pages:
            reasons["cited_page"] = on_page
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


# "Prop. 2012/13:187 s. 35", "SOU 2019:43, s. 112 f.", "s. 47–48": the pages a footnote cites.
CITED_PAGES_RE = re.compile(r"\bs\.\s*(\d{1,4})(?:\s*[–-]\s*(\d{1,4}))?(\s*ff?\.?)?")
# Passages around a matched one that are read for the figure.
NEIGHBOURS = 1
# A verdict's confidence: a base, and what adds to it.
CONFIDENCE_BASE = {VERIFIED: 0.55, MISMATCH: 0.45}
NOT_FOUND_NO_PASSAGE = "no passage about this at all"
NOT_FOUND_NO_NUMBER = "the source has no such number"
NOT_FOUND_OTHER_THING = "the source states this number for something else"
NOT_FOUND_RANGE = "the source states a range where the claim states one value, or one value where it states a range"
# Below this ranking score the best passage is not about the claim.
MIN_ABOUT_SCORE = 0.3
MIN_ABOUT_WORDS = 2
# A word in more than this share of a source's sentences is no evidence that
# a passage is about the claim's quantity.
GENERIC_SHARE = 0.03
GENERIC_MIN = 5


def citation_pages(citation: S.Citation, footnote_text: str) -> set[int]:
    """The pages a citation cites: the locator after it in its footnote, up
    to the next citation ("Prop. 2012/13:187 s. 35; SOU 2019:43")."""
    at = footnote_text.find(citation.raw)
    if at < 0:
        return cited_pages(citation.raw)
    tail = footnote_text[at + len(citation.raw):].split(";", 1)[0]
    return cited_pages(citation.raw + tail)


def cited_pages(raw: str) -> set[int]:
    pages: set[int] = set()
    for m in CITED_PAGES_RE.finditer(raw):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if m.group(3):
            last = first + (2 if "ff" in m.group(3) else 1)
        if first <= last <= first + 50:
            pages.update(range(first, last + 1))
    return pages


@dataclass
class Verdict:
    status: str
    source_value: float | None = None
    link_id: int | None = None
    passage_text: str | None = None
    passage_page: int | None = None
    confidence: float = 1.0
    reasons: dict = field(default_factory=dict)


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
    verdicts: dict[int, tuple[S.Verification, S.FigureRow, S.Claim]] = {}
    notes = {n.id: n.text for n in session.exec(select(S.Footnote).where(S.Footnote.document_id == document_id)).all()}
    previous: S.Claim | None = None
    for claim in claims:
        before = previous.text if previous is not None and previous.block_id == claim.block_id else ""
        previous = claim
        figures = figures_by_claim.get(claim.id, [])  # type: ignore[arg-type]
        cited = _claim_sources(claim, document_sources)
        links: list[tuple[S.Link, _Passage | None, SourceIndex | None]] = []
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
            pages = citation_pages(citation, notes.get(citation.footnote_id, ""))
            for rank, m in enumerate(best_passages(index, claim.text, figures, pages=pages)):
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
        pages_of = {c.id: citation_pages(c, notes.get(c.footnote_id, "")) for c, _ in cited}
        for fig in figures:
            verdict = _verify(fig, claim, before, links, pages_of)
            row = S.Verification(document_id=document_id, figure_id=fig.id, claim_id=claim.id,  # type: ignore[arg-type]
                                 status=verdict.status, source_value=verdict.source_value, link_id=verdict.link_id,
                                 passage_text=verdict.passage_text, passage_page=verdict.passage_page,
                                 confidence=round(verdict.confidence, 3),
                                 reasons_json=json.dumps(verdict.reasons, ensure_ascii=False))
            verdicts[fig.id] = (row, fig, claim)  # type: ignore[index]
    chained = _chains(session, document_id, claims, figures_by_claim)
    counts["chains"] = sum(len(v) for v in chained.values())
    _verdicts_through_chains(verdicts, chained, figures_by_claim)
    for row, _, _ in verdicts.values():
        counts[row.status] += 1
        session.add(row)
    session.flush()
    return dict(counts)


def _verify(
    fig: S.FigureRow, claim: S.Claim, before: str, links: list[tuple[S.Link, _Passage | None, SourceIndex | None]],
    pages_of: dict[int | None, set[int]],
) -> Verdict:
    """One figure's verdict: look for a figure that states the same quantity
    in every linked passage, the sentences next to them and the pages the
    footnote cites (those first); then anywhere in the cited documents, more
    strictly. Agreeing values verify, a same quantity with another value is a
    mismatch; the reasons record what matched."""
    if not json.loads(claim.footnotes_json):
        return Verdict(UNCITED)
    ingested = [(link, p, idx) for link, p, idx in links if p is not None]
    if not ingested:
        for link, _, _ in links:
            # A catalogue summary that states the figure is worth showing, but
            # a summary is not the source: the status stays no_source.
            if link.passage_text and any(agrees(fig, g) for g in extract_figures(link.passage_text)):
                return Verdict(NO_SOURCE, fig.value, link.id, link.passage_text,
                               reasons={"catalogue_states_value": True})
        return Verdict(NO_SOURCE)
    claim_years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", claim.text)}
    wanted = quantity(fig, claim.text, sentence_years=claim_years, before=before)
    # (passage index, where it was found) per source document, in the order looked at.
    pools: dict[int, tuple[SourceIndex, S.Link, dict[int, str]]] = {}
    for link, p, idx in ingested:
        assert idx is not None and p is not None
        _, _, pool = pools.setdefault(idx.document_id, (idx, link, {}))
        pages = pages_of.get(link.citation_id, set())
        for page in sorted(pages):
            for i in idx.by_page.get(page, ()):
                pool.setdefault(i, "cited_page")
        i = idx.position[p.sentence_id]
        pool.setdefault(i, "passage")
        for j in range(max(0, i - NEIGHBOURS), min(len(idx.passages), i + NEIGHBOURS + 1)):
            pool.setdefault(j, "neighbour")
    best: dict[str, tuple[float, Verdict]] = {}
    value_elsewhere = False
    # A single value inside the source's range (or the source's single value
    # inside the claim's range) about the same thing: neither verified nor
    # a mismatch, and said so.
    within: tuple[float, Verdict] | None = None
    for idx, link, pool in pools.values():
        pages = pages_of.get(link.citation_id, set())
        anywhere = {i: "document" for i in idx.by_quantity.get((wanted.family, round(wanted.value, 6)), ())}
        for i, origin in [*pool.items(), *((i, o) for i, o in anywhere.items() if i not in pool)]:
            q = idx.passages[i]
            for g, gq in zip(q.figures, q.quantities, strict=True):
                if gq.family != wanted.family:
                    value_elsewhere = value_elsewhere or math.isclose(g.value, fig.value, rel_tol=1e-9)
                    continue
                how = relation(wanted, gq)
                agree = how == "agree"
                cmp = compare(wanted, gq, strict=origin == "document")
                if not cmp.same:
                    value_elsewhere = value_elsewhere or agree
                    continue
                if how == WITHIN:
                    if within is None or cmp.strength > within[0]:
                        within = (cmp.strength, Verdict(
                            NOT_FOUND, None, link.id, q.text, q.page_number, 0.5,
                            {"not_found": NOT_FOUND_RANGE, "unit": wanted.family, "words_near": sorted(cmp.near)[:8],
                             "found_in": origin, "source_raw": g.raw}))
                    continue
                on_page = q.page_number in pages
                # A word in most of the source ("lärare" in a bill on teachers) says little.
                generic = max(GENERIC_MIN, GENERIC_SHARE * len(idx.passages))
                specific = {w for w in cmp.near if len(idx.postings.get(w, ())) <= generic}
                if not agree and (origin == "document" or not (
                        specific or cmp.years or cmp.subject or on_page)):
                    continue  # a mismatch needs the passage to be about the same thing
                status = VERIFIED if agree else MISMATCH
                # Ties go to the nearest value ("lägst 14 år" against "från 16 år till lägst 13 år": 13).
                nearness = 1.0 / (1.0 + abs(wanted.value - gq.value) / max(abs(wanted.value), 1e-9))
                strength = (cmp.strength + 3 * on_page + 2 * (origin == "passage") + 2 * (wanted.bound == gq.bound)
                            + nearness)
                confidence = min(0.99, CONFIDENCE_BASE[status] + 0.1 * min(len(cmp.near), 2)
                                 + 0.05 * min(len(cmp.around), 3) + 0.1 * (cmp.years or cmp.subject)
                                 + 0.1 * (on_page or not pages))
                reasons = {"unit": wanted.family, "words_near": sorted(cmp.near)[:8],
                           "words_around": sorted(cmp.around)[:8], "years": cmp.years, "subject": cmp.subject,
                           "qualifier": wanted.qualifier, "found_in": origin, "cited_pages": sorted(pages),
                           "on_cited_page": on_page, "source_raw": g.raw}
                if g.high is not None:
                    reasons["source_high"] = g.high  # the source's range: source_value is its low end
                verdict = Verdict(status, g.value, link.id, q.text, q.page_number, confidence, reasons)
                if status not in best or strength > best[status][0]:
                    best[status] = (strength, verdict)
    if VERIFIED in best:
        return best[VERIFIED][1]
    if MISMATCH in best:
        return best[MISMATCH][1]
    if within is not None:
        return within[1]
    if not value_elsewhere:
        # The same number in another unit anywhere in the sources ("13 år" for "13 samråd").
        value_elsewhere = any(math.isclose(g.value, fig.value, rel_tol=1e-9)
                              for idx, _, _ in pools.values()
                              for family, value in idx.by_quantity if family != wanted.family
                              for i in idx.by_quantity[(family, value)][:1]
                              for g in idx.passages[i].figures)
    top = max(ingested, key=lambda t: t[0].score)
    about = top[0].score >= MIN_ABOUT_SCORE or len(json.loads(top[0].reasons_json).get("words", [])) >= MIN_ABOUT_WORDS
    if value_elsewhere:
        reason, confidence = NOT_FOUND_OTHER_THING, 0.6
    elif not about:
        reason, confidence = NOT_FOUND_NO_PASSAGE, 0.8
    else:
        reason, confidence = NOT_FOUND_NO_NUMBER, 0.7
    return Verdict(NOT_FOUND, None, top[0].id, top[1].text if top[1] else None,
                   top[1].page_number if top[1] else None, confidence, {"not_found": reason})


def _verdicts_through_chains(
    verdicts: dict[int, tuple[S.Verification, S.FigureRow, S.Claim]], chained: dict[int, list[int]],
    figures_by_claim: dict[int, list[S.FigureRow]],
) -> None:
    """A summary, assessment or proposal figure that repeats a figure of a
    body claim it is chained to (same unit family and counted thing, an
    agreeing value) carries that figure's verdict, with the path in its
    reasons; English summary sentences reach the body through the Swedish
    summary. A chained figure that repeats none stays uncited."""
    by_claim: dict[int, S.Claim] = {claim.id: claim for _, _, claim in verdicts.values()}  # type: ignore[misc]
    for row, fig, claim in verdicts.values():
        if claim.kind not in CHAIN_KINDS or row.status != UNCITED:
            continue
        wanted = quantity(fig, claim.text)
        seen: set[int] = {claim.id}  # type: ignore[arg-type]
        frontier = list(chained.get(claim.id, []))  # type: ignore[arg-type]
        found = None
        for _ in range(2):  # summary_en → summary → body
            following: list[int] = []
            for other_id in frontier:
                if other_id in seen:
                    continue
                seen.add(other_id)
                other = by_claim.get(other_id)
                for g in figures_by_claim.get(other_id, []):
                    entry = verdicts.get(g.id)  # type: ignore[arg-type]
                    if entry is None or entry[0].status == UNCITED:
                        continue
                    gq = quantity(g, other.text if other else g.raw)
                    if gq.family != wanted.family or not quantity_agrees(wanted, gq):
                        continue
                    # An English figure's counted noun is in English ("four objectives" is
                    # "fyra målsättningar"): the chain to its Swedish sentence stands for it.
                    english = claim.kind == "summary_en" and other is not None and other.kind == "summary"
                    if wanted.subject and gq.subject and wanted.subject != gq.subject and not english:
                        continue
                    if wanted.years and gq.years and not wanted.years & gq.years:
                        continue
                    found = (entry[0], other_id)
                    break
                if found:
                    break
                following.extend(chained.get(other_id, []))
            if found or not following:
                break
            frontier = following
        if found is None:
            continue
        body, other_id = found
        row.status, row.source_value, row.link_id = body.status, body.source_value, body.link_id
        row.passage_text, row.passage_page, row.confidence = body.passage_text, body.passage_page, body.confidence
        row.reasons_json = json.dumps({"through_claim": other_id, **json.loads(body.reasons_json or "{}")},
                                      ensure_ascii=False)


def _chains(session: Session, document_id: int, claims: list[S.Claim], figures_by_claim: dict) -> dict[int, list[int]]:
    """Link summary sentences, assessments and proposals to the body claims
    that make the same statement, and English summary sentences to their
    Swedish counterparts. Returns claim id -> the claim ids it is chained to."""
    body = [c for c in claims if c.kind == "claim"]
    if not body:
        return {}
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
    index = _BodyIndex(body_rows)
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
            for c, c_id, c_stems, c_values, c_section, c_chapter, c_objective in _candidates(
                body_rows, index, own, own_values, section, chapter, idf_of, total
            ):
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
    chained: dict[int, list[int]] = defaultdict(list)
    for row in made:
        chained[row["claim_id"]].append(row["supports_claim_id"])
    return dict(chained)


class _BodyIndex:
    """Where each stem, value and section occurs among the body claims (their
    places in `body_rows`), so that a claim is compared with the body claims
    that can chain to it rather than with all of them: comparing every claim
    with every body claim made linking quadratic in the document (0.9 MB of
    text took 40 s; issue 18, item 13)."""

    def __init__(self, body_rows: list[tuple]) -> None:  # type: ignore[type-arg]
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_value: dict[object, list[int]] = defaultdict(list)
        self.by_section: dict[tuple, list[int]] = defaultdict(list)  # type: ignore[type-arg]
        for i, (_, _, c_stems, c_values, c_section, c_chapter, _) in enumerate(body_rows):
            for stem in c_stems:
                self.by_stem[stem].append(i)
            for value in c_values:
                self.by_value[value].append(i)
            if c_section:
                self.by_section[(c_section, c_chapter)].append(i)


def _candidates(
    body_rows: list[tuple],  # type: ignore[type-arg]
    index: _BodyIndex,
    own: set[str],
    own_values: set,  # type: ignore[type-arg]
    section: str | None,
    chapter: object,
    idf_of: dict[str, float],
    total: float,
) -> list[tuple]:  # type: ignore[type-arg]
    """The body claims, in their order, that may score MIN_CHAIN_SCORE for
    this claim: those sharing a value or its section, or one of its words
    outside `cheap` - its most common words, so common that sharing only them
    keeps the score below MIN_CHAIN_SCORE even with the objective bonus
    (0.65 * their idf share + SAME_OBJECTIVE_BONUS). The others would be
    scored and then dropped under the threshold: the chains are the same."""
    cheap_share = 0.0
    rare: list[str] = []
    for stem in sorted(own, key=lambda s: (idf_of[s], s)):
        share = cheap_share + idf_of[stem] / total
        if not rare and 0.65 * share + SAME_OBJECTIVE_BONUS < MIN_CHAIN_SCORE - 1e-9:
            cheap_share = share
        else:
            rare.append(stem)
    places: set[int] = set()
    for stem in rare:
        places.update(index.by_stem.get(stem, ()))
    for value in own_values:
        places.update(index.by_value.get(value, ()))
    if section:
        places.update(index.by_section.get((section, chapter), ()))
    return [body_rows[i] for i in sorted(places)]


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
    from evidence.locks import lock_for_relinking

    # Another worker may be re-linking the same reports (issue 18, defect 9).
    lock_for_relinking(session, (doc_id for doc_id in citing if doc_id != document_id))
    for doc_id in sorted({document_id, *citing}):
        if doc_id == document_id and not has_claims:
            continue
        link_document(session, doc_id, clear=doc_id != document_id)
