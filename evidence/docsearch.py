"""Search that finds what staff mean (issue 15): whole documents, ranked.

In: stored documents (title, blocks, measures); a user's query and filters.
Out: one row per document by default (or per matching block), best first,
with title, year, agencies, diary numbers, path, regeringen.se URL where
known, the best snippet and a score (higher is better); and the corrections
made to the query ("visar träffar för: brottsoffer").

Index (`index_document`, at ingest; tables in `evidence/schema_search.py`):
every word of the title, the lead (an assignment's decision sentence with its
agencies and diary numbers; another document's first paragraph) and the body
(every block but running headers and footers) is reduced to its Snowball
Swedish stem and counted per field. A compound is also split into its parts
(`extract/compounds.py`, with `wordfreq`'s Swedish word list as lexicon), and
the parts' stems are counted too: in the title and lead fields as words, in
the body as `part` (weighted lower). `barnäktenskap` in a document is then
found by `äktenskap med barn`. A suspended compound (`barnrätts- och
ungdomsperspektiv`) counts as the whole word its fragment stands for
(`barnrättsperspektiv`; `extract/compounds.py` `suspended`).

Query (`search_documents`): stop words are dropped; each remaining word is a
concept, matched by its stem and by the other forms of it the index holds
(Snowball leaves `våldet` and `cykeln` whole, and `dricksvattnet` lost the `e`
of `dricksvatten`: the forms are added as one term, with the idf of the
commonest), by its agent or action noun at SIBLING_WEIGHT (`blodgivning` for
`blodgivare`, `isbrytare` for `isbrytning`), by the parts of the word when it is a compound of words in the
index's vocabulary (`våldsbrottsoffer` → `våld`, `brott`, `offer`; when one
side is a word of the synonym table, its group's other expressions with the
other side: `utanförskapsområden` → `segregation` + `område`), and, when the
index has none of these, by the nearest word of the vocabulary within one
edit (two for words of 8 letters or more, three from 14 when the first half agrees; the first letter is
trusted), which
is reported and then matched as the word typed right would be, with its
other forms and its parts (`teckenspåk` → `teckenspråk`, also inside
`teckenspråkstolkutbildningen`); so is a word no document uses as typed whose stem is rare while
a correction is far more common (`sjukskrivnig`, which Snowball stems as
`sjukskrivna`). A word in common use (wordfreq's small Swedish list) is never
corrected: the documents lack it.
An English word the index lacks is respelt the Swedish way
(`extract/lang_en_sv_spelling.py`: `quality` → `kvalitet`), and two words
next to each other that the index has as one compound are that compound
(`premium pension` → `premiepension`), both at SYNONYM_WEIGHT and only as
forms the index has.
An expression of the synonym table (`extract/lang_sv_synonyms.py`) in the
query, also in a form Snowball leaves whole (`cykelns`), is one concept: its
words as typed, or any other expression of its group with all its words
present, at SYNONYM_WEIGHT and with the strength (idf) of the expression typed.

Ranking is BM25F over OR-ed concepts, computed in Python from the stored
counts (so SQLite and PostgreSQL give the same order): per concept the best
of its alternatives; the sum is scaled by the share of the query's concepts
(weighted by idf squared: the rarest word says most) the document matches,
with a bonus when it matches all of
them, and, for the best candidates, a bonus when the concepts stand close
together in one block, one when a concept of several words stands as a
phrase (its words close together, not scattered over the document), and one
when two words next to each other in the query stand next to each other in
a block (`gode män`). When
`measures search` filters by the years of the measures, a document dated
outside the range (a measure decided earlier that runs into it) weighs less.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from evidence.errors import EvidenceError
from evidence.reader import Reader, reader_for
from evidence.snippets import SNIPPET_WORDS, marked_window
from evidence.sqlint import sql_integer
from extract.compounds import MIN_WORD as MIN_COMPOUND
from extract.compounds import parts as compound_parts
from extract.compounds import agent_noun, split_binary, suspended
from extract.lang_en_sv_spelling import swedish_spellings
from extract.lang_sv_search import (
    DESCRIPTIVE_STOP_WORDS,
    LATIN_OR_ENDINGS,
    LATIN_OR_INFLECTIONS,
    LATIN_OR_NOUNS,
    QUERY_STOP_WORDS,
    QUESTION_FRAME_WORDS,
)
from extract.lang_sv_synonyms import SYNONYM_GROUPS
from extract.stemming import swedish_stemmer
from ingest.kinds import FOOTER, HEADER

if TYPE_CHECKING:
    from sqlalchemy import TextClause
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)


def sql(statement: str) -> TextClause:
    """SQLAlchemy's text() for the index writers. Searching reads through a
    Reader (evidence/reader.py) with plain SQL, so `kallkoll search` never
    imports SQLAlchemy on a SQLite file (issue 15/17: start-up)."""
    from sqlalchemy import text

    return text(statement)

# BM25F: field weights (title > lead, the decision sentence > body), the
# weight of a compound's part in the body, and the usual k1 and b.
W_TITLE, W_LEAD, W_PART = 4.0, 2.0, 0.5
K1, B = 1.2, 0.75
# Alternatives of a concept: the parts of a compound (the mean of their
# scores), a typo correction, a synonym group's expression.
PART_WEIGHT = 0.6
CORRECTION_WEIGHT = 0.9
SYNONYM_WEIGHT = 0.6
SIBLING_WEIGHT = 0.6
# A word of a question's frame (`myndigheter`, `uppdrag`) beside topic words:
# this much of its score, and not required for the all-words bonus.
FRAME_WEIGHT = 0.3
# Matching more of the query counts: the score is scaled by
# COVER_FLOOR + (1 − COVER_FLOOR) · share, and by 1 + ALL_BONUS when all match.
COVER_FLOOR = 0.3
ALL_BONUS = 0.25
# The share weighs each concept by its idf squared: the rarest topic word of a
# question says most about what is meant (`arkiven` in `… göra arkiven mer
# öppna och tillgängliga`, `konstnärers` beside `villkor och ersättning`), so
# a document with the common words and not the rare one covers less of it.
# (Cubed, blind3 gained more and blind4 lost a little.)
COVER_IDF_POWER = 2
# Proximity: among the best PROX_CANDIDATES documents, concepts within
# PROX_WINDOW words of each other in one block raise the score by up to PROX_BONUS.
PROX_CANDIDATES = 30
PROX_WINDOW = 12
PROX_BONUS = 0.2
# Phrases: a concept of several words (an expression of the synonym table,
# `mäns våld mot kvinnor`) counts as a phrase in a document when one of its
# expressions has all its words within PHRASE_SPAN words per word of it in one
# block, or a one-word alternative is there; the share of such concepts found
# as phrases raises the score by up to PHRASE_BONUS (the words one by one, in
# different paragraphs, are another topic).
PHRASE_SPAN = 2
# Years: `measures search --from/--to` keeps a document when the years of one of
# its measures overlap the range (a 2020 assignment that runs to 2022 is there
# for 2022–2024); one decided inside the range is the better answer, so a
# document dated outside it weighs this much.
OUTSIDE_YEARS_WEIGHT = 0.7
PHRASE_BONUS = 0.3
# Neighbours: two topic words next to each other in the query (`gode män`,
# `svensk film`) that stand next to each other in a block too raise the score
# by up to PAIR_BONUS (the share of such pairs found so), as much as a phrase
# of the synonym table does. `god munhälsa för kvinnor och män` is no `gode män`.
# (Allowing a word between them, `villkor och ersättning`, found set phrases
# of other topics and was left out.)
PAIR_BONUS = PHRASE_BONUS
DEFAULT_LIMIT = 20
# Typo correction: how many times more documents a correction must have than
# the stem of a word absent from the documents, to be tried beside it.
MORE_WIDELY_USED = 2
# Typo correction: the largest edit distance by word length.
MIN_CORRECT_LENGTH = 4
LONG_WORD = 8
# A long compound has room for more slips (`föräldraförsäkingen` is three
# edits from the indexed `föräldraförsäkring`), and few other words lie within
# three edits of 14 letters.
VERY_LONG_WORD = 14
UNINDEXED_BLOCK_KINDS = (HEADER, FOOTER)
# Where the g0vse mirror keeps the government's pages, and the page's address.
_REGERINGEN_PATH = re.compile(r"(?:^|/)(?P<path>regeringsuppdrag/\d{4}/\d{2}/[^/]+?)\.md$")
REGERINGEN_URL = "https://www.regeringen.se/{path}/"
ASSIGNMENT_KIND = "assignment"

_WORD = re.compile(r"[\w\u00ad]+")


class SearchFilterError(EvidenceError):
    """A search filter that cannot hold (a year range that ends before it starts)."""


# =====================================================================================
# Words, stems, parts
# =====================================================================================


def words(text: str) -> list[str]:
    """The casefolded words of `text` (soft hyphens dropped)."""
    out = (m.replace("\u00ad", "").casefold() for m in _WORD.findall(text))
    return [w for w in out if w]


# A Latin noun in -or, alone or as a compound's head, with its inflection:
# the noun is its stem (`rektorerna` → `rektor`, `bredbandskoordinatorer` →
# `bredbandskoordinator`), which Snowball cuts unevenly (`lektor` → `lekt`).
_LATIN_OR = re.compile(
    r"^(?P<noun>\w*(?:" + "|".join(sorted(LATIN_OR_NOUNS)) + r"|\w(?:" + "|".join(LATIN_OR_ENDINGS) + r")))"
    r"(?:" + "|".join(LATIN_OR_INFLECTIONS) + r")?$"
)


class _SearchStemmer:
    """Snowball's Swedish stems, except that a word which is no stop word
    never gets a stop word's stem: Snowball cuts `demens` to `dem`, `förare`
    to `för`, `varor` to `var`, `motor` to `mot` and `rättigheter` to
    `rätt`, and each of those stems stands for a pronoun, a preposition or a
    verb in nearly every document (`demens` found the fund for "dem som har
    det sämst" first). Such a word keeps one more letter of itself (`deme`,
    `föra`, `varo`, `rätti`), which still joins its own inflections
    (`rättigheter`, `rättigheterna`) and parts them from the stop word. And a
    Latin noun in -or is its own stem in every form (`lektor`, `lektorer`,
    `lektorn` → `lektor`; `motor` → `motor`, not `mot`)."""

    # Words already stemmed, kept while there are fewer than this many: a
    # query stems every word of its best documents' blocks (the follow-up
    # report's are long), and most of those words repeat.
    MEMO_SIZE = 200_000

    def __init__(self) -> None:
        self._snowball = swedish_stemmer()
        self._memo: dict[str, str] = {}

    def stemWord(self, word: str) -> str:  # noqa: N802 (PyStemmer's names)
        return self.stemWords([word])[0]

    def stemWords(self, words_: list[str]) -> list[str]:  # noqa: N802
        memo = self._memo
        new = [w for w in dict.fromkeys(words_) if w not in memo]
        if new:
            if len(memo) + len(new) > self.MEMO_SIZE:
                memo.clear()
            memo.update(zip(new, self._stem(new)))
        return [memo[w] for w in words_]

    def _stem(self, words_: list[str]) -> list[str]:
        out = []
        for w, s in zip(words_, self._snowball.stemWords(words_)):
            if "or" in w and (latin := _LATIN_OR.match(w)):
                s = latin["noun"]
            elif s in QUERY_STOP_WORDS and w != s and w not in QUERY_STOP_WORDS:
                s = w[: len(s) + 1]
            out.append(s)
        return out


@lru_cache(maxsize=1)
def _stemmer() -> _SearchStemmer:
    return _SearchStemmer()


def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Known Swedish words for splitting compounds at index time: wordfreq's
    list (its 150,000 most frequent Swedish words, letters only, 3 or more)."""
    from wordfreq import top_n_list

    return frozenset(w for w in top_n_list("sv", 150_000) if len(w) >= 3 and w.isalpha())


def _wordfreq_small(lang: str) -> list[str]:
    """wordfreq's small word list of `lang`, most frequent first. Read from
    wordfreq's data file, which is far quicker than importing wordfreq."""
    import gzip
    import importlib.util
    from pathlib import Path

    try:
        import msgpack

        spec = importlib.util.find_spec("wordfreq")
        folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
        if folder is None:
            raise OSError("wordfreq is not installed")
        with gzip.open(folder / "data" / f"small_{lang}.msgpack.gz") as f:
            header, *bins = msgpack.load(f, raw=False)
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"unknown wordfreq format {header!r}")
        # One bin per centibel of frequency, the most frequent first.
        return [w for words_ in bins for w in words_]
    except (OSError, ValueError, StopIteration, ImportError):
        from wordfreq import get_frequency_dict

        frequencies = get_frequency_dict(lang, wordlist="small")
        return sorted(frequencies, key=lambda w: -frequencies[w])


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Swedish words in common use (wordfreq's small list: about one word in a
    million or more, some 30,000): a query word among them that the index
    lacks is a correct word the documents do not use (`hunger`, `rustning`),
    not a slip to correct (`hänger`, `riktning`)."""
    return frozenset(_wordfreq_small("sv"))


@lru_cache(maxsize=1)
def _common_english() -> frozenset[str]:
    """English words in common use (wordfreq's 5,000 most frequent): a query
    word among them that the index lacks is an English term staff typed
    (`monitoring`), not a Swedish slip to correct (`montering`). Read only
    when a word is about to be corrected."""
    return frozenset(_wordfreq_small("en")[:5000])


def _known_word(word: str) -> bool:
    """A correct Swedish or English word: never "corrected" to another."""
    return word in _common_words() or word in _common_english()


@lru_cache(maxsize=200_000)
def index_parts(word: str) -> tuple[str, ...]:
    """The stems of the parts of a compound `word` ((), when it is none)."""
    found = compound_parts(word, _lexicon().__contains__)
    return tuple(dict.fromkeys(stem(p) for p in found))


@dataclass(frozen=True)
class FieldCounts:
    whole: Counter[str]
    part: Counter[str]
    length: int


def _agency_words(text: str) -> set[int]:
    """The character offsets where the words of an agency's name start in
    `text` (`Sjöfartsverket`, `Statens energimyndighet`)."""
    from extract.measures import find_agencies  # index time only: the search path never needs it

    starts: set[int] = set()
    for _name, start, end in find_agencies(text):
        starts |= {m.start() + start for m in _WORD.finditer(text[start:end])}
    return starts


def agency_parts(text: str) -> set[str]:
    """The stems of the compound parts of the agencies' names in `text`."""
    agency = _agency_words(text)
    found, spans = _block_tokens(text)
    return {p for w, (at, _) in zip(found, spans) if at in agency for p in index_parts(w)}


def count_terms(text: str, parts_as_words: bool) -> FieldCounts:
    """Stems of `text` counted; the parts of its compounds too (as words in
    the title and lead, apart in the body). The parts of an agency's name are
    not words of the title or lead: `Uppdrag till Sjöfartsverket att upphandla
    helikoptrar` is not about `sjöfart` (the name itself still counts whole)."""
    found, spans = _block_tokens(text)
    stems = _stemmer().stemWords(found)
    whole: Counter[str] = Counter(stems)
    part: Counter[str] = Counter()
    agency = _agency_words(text) if parts_as_words else set()
    for w, (at, _) in zip(found, spans):
        if at in agency:
            continue
        for p in index_parts(w):
            (whole if parts_as_words else part)[p] += 1
    # A suspended compound (`barnrätts- och ungdomsperspektiv`) counts as the
    # whole word it stands for (`barnrättsperspektiv`), with the parts that
    # neither its fragment (`barnrätts`, counted as written) nor the shared
    # head (`perspektiv`, counted in the last word) gave already: a head
    # split wrongly (`samar|bete`) is not counted once more per fragment.
    for at, end, compound in suspended_compounds(text):
        if at in agency:
            continue
        fragment = text[at:end].replace("\u00ad", "").casefold()
        head = compound[len(fragment):]
        compound_stem = stem(compound)
        whole[compound_stem] += 1
        had = {stem(fragment), *index_parts(fragment), stem(head), *index_parts(head)}
        for p in index_parts(compound):
            if p not in had and p != compound_stem:
                (whole if parts_as_words else part)[p] += 1
    return FieldCounts(whole, part, len(stems))


def suspended_compounds(text: str) -> list[tuple[int, int, str]]:
    """The suspended compounds of `text` (extract/compounds.py `suspended`,
    with the index's lexicon): each fragment's offsets and its whole word."""
    if "-" not in text:
        return []
    return suspended(text, _lexicon().__contains__)


# =====================================================================================
# Indexing
# =====================================================================================


def regeringen_url(path: str) -> str | None:
    """The regeringen.se address of a page mirrored from it, when the path shows it."""
    m = _REGERINGEN_PATH.search(path.replace("\\", "/"))
    return REGERINGEN_URL.format(path=m.group("path")) if m else None


def remove_document(session: Session, document_id: int) -> None:
    """Drop a document from the search index (before its rows are deleted)."""
    for table in ("search_term", "search_doc"):
        session.execute(sql(f"DELETE FROM {table} WHERE document_id = :doc"), {"doc": document_id})


def _lead_text(kind: str, blocks: list[tuple[str, str]], measures: list[tuple]) -> str:  # type: ignore[type-arg]
    """An assignment's decision sentence, agencies and diary numbers; else the first paragraph."""
    if kind == ASSIGNMENT_KIND and measures:
        parts: list[str] = []
        for m_kind, text, actor, assigned, diary in measures:
            if m_kind != ASSIGNMENT_KIND and parts:
                continue
            # The agencies once: those the decision sentence names already are not repeated.
            named = [a for a in json.loads(assigned) if a.casefold() not in text.casefold()]
            parts += [text, actor or "", " ".join(named), " ".join(json.loads(diary))]
        return " ".join(parts)
    return next((text for text, b_kind in blocks if b_kind == "paragraph"), "")


@dataclass(frozen=True)
class DocumentTerms:
    """What the document index holds for one document: its terms' counts per
    field (term, title, lead, body, part; sorted by term), its body's length,
    its year, and its vocabulary (word, stem; sorted by word)."""

    terms: tuple[tuple[str, int, int, int, int], ...]
    length: int
    year: int | None
    vocabulary: tuple[tuple[str, str], ...]


def document_terms(
    title: str | None, kind: str, metadata: dict, blocks: list[tuple[str, str]], measures: list[tuple], years: list[int]  # type: ignore[type-arg]
) -> DocumentTerms:
    """The document index's rows for a document, from its title, kind,
    metadata, blocks (text, kind) in order, measures (kind, text, actor,
    assigned JSON, diary numbers JSON) in order and the measures' years. No
    database: the ingest workers work this out while the writer writes
    (issue 18), and `index_document` from what is stored."""
    blocks = [(text, b_kind) for text, b_kind in blocks if b_kind not in UNINDEXED_BLOCK_KINDS]
    year = int(metadata["year"]) if str(metadata.get("year", "")).isdigit() else (min(years) if years else None)
    title_counts = count_terms(title or "", parts_as_words=True)
    lead_text = _lead_text(kind, blocks, measures)
    lead_counts = count_terms(lead_text, parts_as_words=True)
    # The parts of an agency's name once, in the lead: `Sametinget` says a
    # little about `samer`, not as much as a title about them.
    once = {p for p in agency_parts(f"{title or ''}\n{lead_text}")
            if not lead_counts.whole[p] and not title_counts.whole[p]}
    if once:
        lead_counts = FieldCounts(lead_counts.whole + Counter(once), lead_counts.part, lead_counts.length)
    body_counts = count_terms("\n".join(text for text, _ in blocks), parts_as_words=False)
    terms = set(title_counts.whole) | set(lead_counts.whole) | set(body_counts.whole) | set(body_counts.part)
    rows = tuple(
        (t, title_counts.whole.get(t, 0), lead_counts.whole.get(t, 0), body_counts.whole.get(t, 0),
         body_counts.part.get(t, 0))
        for t in sorted(terms)
    )
    texts = [title or "", *(t for t, _ in blocks)]
    vocabulary = sorted({w for text in texts for w in words(text) if len(w) >= MIN_CORRECT_LENGTH and not w.isdigit()}
                        | {w for text in texts for _, _, w in suspended_compounds(text)})
    stems = _stemmer().stemWords(vocabulary) if vocabulary else []
    return DocumentTerms(rows, body_counts.length, year, tuple(zip(vocabulary, stems)))


def write_document_terms(session: Session, indexed: list[tuple[int, DocumentTerms]]) -> int:
    """Insert the document index's rows of documents not indexed yet
    (document id, its terms): one statement per table for all of them.
    Returns how many term rows were written."""
    values = [
        {"term": t, "doc": document_id, "title": title, "lead": lead, "body": body, "part": part}
        for document_id, found in indexed
        for t, title, lead, body, part in found.terms
    ]
    from evidence.rows import execute_many

    execute_many(session, "INSERT INTO search_term (term, document_id, title, lead, body, part) "
                 "VALUES (:term, :doc, :title, :lead, :body, :part)", values)
    execute_many(session, "INSERT INTO search_doc (document_id, length, year) VALUES (:doc, :length, :year)",
                 [{"doc": document_id, "length": found.length, "year": found.year} for document_id, found in indexed])
    # Sorted, so that concurrent ingests lock the same keys in the same order.
    vocabulary = sorted({pair for _, found in indexed for pair in found.vocabulary})
    execute_many(session, "INSERT INTO search_word (word, term) VALUES (:word, :term) ON CONFLICT (word) DO NOTHING",
                 [{"word": w, "term": s} for w, s in vocabulary])
    return len(values)


def index_document(session: Session, document_id: int) -> int:
    """(Re)index a stored document with its measures; returns how many terms it has."""
    remove_document(session, document_id)
    row = session.execute(
        sql("SELECT title, kind, metadata_json FROM document WHERE id = :doc"), {"doc": document_id}
    ).first()
    if row is None:
        return 0
    title, kind, metadata_json = row
    blocks = [
        (text, b_kind)
        for text, b_kind in session.execute(
            sql('SELECT text, kind FROM block WHERE document_id = :doc ORDER BY "order"'), {"doc": document_id}
        ).all()
    ]
    measures = session.execute(
        sql("SELECT kind, text, actor, assigned_json, diary_numbers_json FROM measure "
            "WHERE document_id = :doc ORDER BY id"), {"doc": document_id}
    ).all()
    years = [y for (y,) in session.execute(
        sql("SELECT year FROM measure WHERE document_id = :doc AND year IS NOT NULL"), {"doc": document_id}
    ).all()]
    found = document_terms(title, kind, json.loads(metadata_json or "{}"), blocks, list(measures), years)
    return write_document_terms(session, [(document_id, found)])


# =====================================================================================
# The query
# =====================================================================================


@dataclass
class Concept:
    """One thing the query asks for, and the stems that may stand for it."""

    label: str
    stems: tuple[str, ...]  # a word's stem, or the content stems of an expression of the synonym table
    weight: float = 1.0
    optional: bool = False  # not counted when the share of the query matched is taken
    parts: tuple[str, ...] = ()  # the stems of a compound's parts
    # The same parts as groups, one per part, of the stems that stand for it:
    # a head with a definite ending Snowball leaves on has its bare form's
    # stem too (`yrkes|fisket`: `fisket` and `fisk`).
    part_groups: tuple[tuple[str, ...], ...] = ()
    variants: tuple[str, ...] = ()  # other indexed forms of the word (`våldet` for `våld`)
    # The agent noun of an action noun and the other way round (`blodgivning`
    # for `blodgivare`, `isbrytare` for `isbrytning`): the same act, another word.
    siblings: tuple[str, ...] = ()
    correction: str | None = None  # the vocabulary word used instead of `label`
    correction_stem: str | None = None
    # The correction as a word of its own, with its other forms and parts: a
    # slip in `teckenspråk` must find `teckenspråkstolkutbildningen` as the
    # word typed right would.
    corrected: Concept | None = None
    synonyms: tuple[tuple[str, ...], ...] = ()  # other expressions of its group, each all required
    # A compound with a word of the synonym table as one side: the group's other
    # expressions with the other side (`segregation` + `område` for `utanförskapsområden`).
    part_synonyms: tuple[tuple[str, ...], ...] = ()
    correctable: bool = True
    # Where the word stands among the query's words (stop words counted), so
    # that two words next to each other can be read as one compound.
    position: int = -1


@lru_cache(maxsize=1)
def _synonym_lookup() -> tuple[dict[str, tuple[tuple[tuple[str, ...], int], ...]], dict[int, tuple[tuple[str, ...], ...]]]:
    """Every expression of the synonym table as its content words' stems:
    by its first stem, with its group's number, and each group's expressions
    in table order. A query looks up the few expressions its words can start
    instead of trying all of them (the table holds over two thousand)."""
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    by_group: dict[int, list[tuple[str, ...]]] = {}
    # Every process that searches reads the whole table (some 6,800
    # expressions), so the words are split the quick way where that is the
    # same (`words` for the rest) and stemmed in one call.
    found = {text: _table_words(text) for expressions in SYNONYM_GROUPS for text in expressions}
    vocabulary = sorted({w for ws in found.values() for w in ws})
    stem_of = dict(zip(vocabulary, _stemmer().stemWords(vocabulary)))
    for group, expressions in enumerate(SYNONYM_GROUPS):
        for text in expressions:
            expr = tuple(dict.fromkeys(stem_of[w] for w in _content_words(found[text])))
            if expr:
                by_first.setdefault(expr[0], []).append((expr, group))
            by_group.setdefault(group, []).append(expr)
    return ({k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in by_group.items()})


def _table_words(text: str) -> list[str]:
    """`words(text)` for an expression of the synonym table: lower-case
    letters and spaces (nearly all of them) split on the spaces."""
    parts = text.split()
    if text.islower() and all(p.isalpha() for p in parts) and "\u00ad" not in text:
        return parts
    return words(text)


def _group_expressions(group: int) -> tuple[tuple[str, ...], ...]:
    return _synonym_lookup()[1].get(group, ())


def _content_words(found: list[str]) -> list[str]:
    """The words of a query or an expression that say something: stop words
    dropped, unless nothing else is left."""
    return [w for w in found if w not in QUERY_STOP_WORDS] or found


def _content_stems(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_stemmer().stemWords(_content_words(words(text)))))


def _find(haystack: list[set[str]], needle: tuple[str, ...]) -> int:
    """Where `needle` starts in `haystack` (each place: the stems a word may have), or -1."""
    n = len(needle)
    return next((i for i in range(len(haystack) - n + 1)
                 if all(t in haystack[i + k] for k, t in enumerate(needle))), -1)


def _stems_of(word: str, word_stem: str) -> set[str]:
    """The stems a query word may stand for: its own, and that of the word
    without a definite or genitive ending Snowball leaves on (`cykelns` is
    `cykel` of the synonym table, `totalförsvaret` is `totalförsvar`)."""
    bare = [word[: -len(e)] for e in INFLECTIONS if word.endswith(e) and len(word) - len(e) >= 3]
    return {word_stem, *_stemmer().stemWords(bare)}


def _suspended_words(query: str) -> dict[str, str]:
    """The fragments of the suspended compounds of `query`, casefolded, and
    the whole word each stands for (`barnrätts` → `barnrättsperspektiv` in
    `barnrätts- och ungdomsperspektiv`), as the index reads them
    (`count_terms`). The heads are cut with the common words (wordfreq's
    small list, read from its data file): searching never loads the index's
    lexicon."""
    if "-" not in query:
        return {}
    # The word list is read only when a fragment is there (`HVB-hem` has none).
    return {query[start:end].casefold(): compound
            for start, end, compound in suspended(query, lambda word: word in _common_words())}


def plan_query(query: str) -> list[Concept]:
    """The concepts of a query, before the index is consulted: its content
    words (stop words dropped unless nothing else is left); an expression of
    the synonym table in it becomes one concept whose alternatives are the
    group's other expressions (at SYNONYM_WEIGHT, all their words required).
    The fragment of a suspended compound outside such an expression is the
    whole word it stands for (`barnrätts- och ungdomsperspektiv`)."""
    found = words(query)
    content = _content_words(list(dict.fromkeys(found)))
    content_stems = _stemmer().stemWords(content)
    matches: list[tuple[int, int, tuple[str, ...], int]] = []  # (start, -length, stems, group)
    alternatives = [_stems_of(w, s) for w, s in zip(content, content_stems)]
    by_first = _synonym_lookup()[0]
    for expr, group in {entry for alts in alternatives for t in alts for entry in by_first.get(t, ())}:
        at = _find(alternatives, expr)
        if at >= 0:
            matches.append((at, -len(expr), expr, group))
    used: set[int] = set()
    groups: dict[int, Concept] = {}
    for at, negative_length, expr, group in sorted(matches):
        span = set(range(at, at - negative_length))
        if span & used:
            continue  # the longest expression at a place wins
        used |= span
        others = tuple(dict.fromkeys(e for e in _group_expressions(group) if e and e != expr))
        # One word that meets the group only by its stem, spelt as none of the
        # group's expressions, may be a slip Snowball stems alike
        # (`strandskydet` as `strandskydd`): it stays open to typo correction.
        slip = len(span) == 1 and content[at] not in SYNONYM_GROUPS[group]
        groups[at] = Concept(label=" ".join(content[i] for i in sorted(span)), stems=expr, synonyms=others,
                             correctable=slip, position=found.index(content[at]))
    concepts: list[Concept] = []
    topical = any(w not in QUESTION_FRAME_WORDS for w in content)
    whole = _suspended_words(query)
    for i, (word, word_stem) in enumerate(zip(content, content_stems)):
        if i in groups:
            concepts.append(groups[i])
        if i not in used and word in whole:
            concepts.append(Concept(label=whole[word], stems=(stem(whole[word]),), position=found.index(word)))
        elif i not in used:
            if topical and word in QUESTION_FRAME_WORDS:
                concepts.append(Concept(label=word, stems=(word_stem,), weight=FRAME_WEIGHT, optional=True,
                                        correctable=False))
            else:
                concepts.append(Concept(label=word, stems=(word_stem,), position=found.index(word)))
    if topical and any(w not in QUERY_STOP_WORDS for w in found):
        # A describing word of the stop list beside topic words (`längre
        # lastbilar`): a little of its score, never required.
        describing = [w for w in dict.fromkeys(found) if w in DESCRIPTIVE_STOP_WORDS]
        concepts += [Concept(label=w, stems=(s,), weight=FRAME_WEIGHT, optional=True, correctable=False)
                     for w, s in zip(describing, _stemmer().stemWords(describing))]
    return concepts


def _substrings(word: str) -> set[str]:
    """The word's substrings a part could be, and an agent noun's with the
    final -e a compound's modifier drops (`förar` of `bussförarutbildning` is
    `förare`: extract/compounds.py)."""
    n = len(word)
    found = {word[i:j] for i in range(n) for j in range(i + 3, n + 1)}
    return found | {noun for f in found if (noun := agent_noun(f)) is not None}


# Endings a form of the same word may have, or lack, beyond the query's:
# Snowball leaves some definite and genitive forms whole (`våldet`; `cykelns`
# becomes `cykeln`, not `cykel`).
INFLECTIONS = ("et", "en", "n", "t", "s", "ns", "ts", "ets", "ens", "na", "arna", "erna", "orna")


# A stem that ends in a consonant and then l, n or r may have lost an `e`
# before that letter in the inflected form (`vattnet` of `vatten`, `cyklar` of
# `cykel`, `fönstret` of `fönster`): Swedish syncope, which Snowball leaves alone.
_SYNCOPATED = re.compile(r"(?<=[bcdfghjkmnpqstvxz])([lnr])$")


# A short vowel's final `m` or `n` doubles before an ending that begins with a
# vowel (`gemensam` → `gemensamma`, `program` → `programmet`), which Snowball
# leaves as two stems (`förvaltningsgemensam`, `förvaltningsgemensamm`).
MIN_DOUBLED = 5
_VOWEL_ENDINGS = ("a", "e", "en", "et", "ar", "er", "arna", "erna")
_SINGLE_MN = re.compile(r"(?<=[^aeiouyåäö][aeiouyåäö])[mn]$")
_DOUBLED_MN = re.compile(r"^(?P<base>\w{2,}[^aeiouyåäö][aeiouyåäö](?P<c>[mn]))(?P=c)(?:" + "|".join(_VOWEL_ENDINGS) + ")$")


def _forms(word: str, word_stem: str) -> set[str]:
    """Surface forms that may be the same word with another ending."""
    out = {word + e for e in INFLECTIONS} | {word_stem + e for e in INFLECTIONS} | {word_stem}
    for base in (word, word_stem):
        out |= {base[: -len(e)] for e in INFLECTIONS if base.endswith(e) and len(base) - len(e) >= 3}
    out |= {_SYNCOPATED.sub(r"e\1", f) for f in out if len(f) >= 4 and _SYNCOPATED.search(f)}
    if len(word) >= MIN_DOUBLED:
        if _SINGLE_MN.search(word):
            out |= {word + word[-1] + e for e in _VOWEL_ENDINGS}
        doubled = _DOUBLED_MN.match(word)
        if doubled:
            out.add(doubled["base"])
    return out - {word}


def _vocabulary(conn: Reader, candidates: set[str]) -> dict[str, str]:
    """The candidates that are indexed words, with their stems."""
    if not candidates:
        return {}
    statement = "SELECT word, term FROM search_word WHERE word IN :words"
    return dict(conn.rows(statement, {"words": sorted(candidates)}))


def _df(conn: Reader, terms: set[str]) -> dict[str, int]:
    if not terms:
        return {}
    statement = "SELECT term, COUNT(*) FROM search_term WHERE term IN :terms GROUP BY term"
    return {t: int(n) for t, n in conn.rows(statement, {"terms": sorted(terms)})}


def _third_edit_allowed(word: str, candidate: str) -> bool:
    """A third edit only in the second half of a long word: the slips of
    `föräldraförsäk|ingen` are in its head, while `spetsutbildning` and
    `språkutbildning`, three edits apart, differ at the start."""
    return len(os.path.commonprefix([word, candidate])) >= len(word) // 2


def _allowed_edits(word: str) -> int:
    """How many edits a correction of `word` may make: more for longer words."""
    return 3 if len(word) >= VERY_LONG_WORD else 2 if len(word) >= LONG_WORD else 1


def _correct(conn: Reader, word: str) -> tuple[str, str] | None:
    """The vocabulary word (and its stem) nearest `word`, within the allowed
    edits, the most frequent of the nearest; None when none is near."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz import process

    if len(word) < MIN_CORRECT_LENGTH or not word.isalpha():
        return None
    if _known_word(word):
        return None  # a correct word the documents lack: "not found" beats a wrong guess
    allowed = _allowed_edits(word)
    rows = conn.rows(
        "SELECT word, term FROM search_word WHERE word >= :lo AND word < :hi "
        "AND length(word) BETWEEN :short AND :long",
        {"lo": word[0], "hi": word[0] + "\U0010ffff", "short": len(word) - allowed, "long": len(word) + allowed},
    )
    if not rows:
        return None
    stems = dict(rows)
    near = process.extract(word, list(stems), scorer=Levenshtein.distance, score_cutoff=allowed, limit=50)
    near = [n for n in near if n[1] < 3 or _third_edit_allowed(word, n[0])]
    if not near:
        return None
    best = min(d for _, d, _ in near)
    closest = [w for w, d, _ in near if d == best]
    df = _df(conn, {stems[w] for w in closest})
    chosen = max(closest, key=lambda w: (df.get(stems[w], 0), -abs(len(w) - len(word)), w))
    return (chosen, stems[chosen]) if df.get(stems[chosen]) else None


def _correct_by_table(word: str) -> tuple[str, int] | None:
    """A one-word expression of the synonym table within the allowed edits
    of `word`, and its group: a slip in a term the documents never use
    (`föräldraförsäkingen`; they say `föräldrapenning`) still meets its group."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if len(word) < MIN_CORRECT_LENGTH or not word.isalpha() or _known_word(word):
        return None
    allowed = _allowed_edits(word)
    candidates = {e: g for g, group in enumerate(SYNONYM_GROUPS) for e in group
                  if e.isalpha() and e[0] == word[0] and abs(len(e) - len(word)) <= allowed}
    # Against the word with and without an ending the table's plain forms lack.
    near = [(e, d) for form in {word, *(word[: -len(x)] for x in INFLECTIONS if word.endswith(x))}
            for e, d, _ in process.extract(form, list(candidates), scorer=Levenshtein.distance,
                                           score_cutoff=allowed, limit=5)
            if d < 3 or _third_edit_allowed(word, e)]
    if not near:
        return None
    chosen = min(near, key=lambda n: (n[1], n[0]))[0]
    return chosen, candidates[chosen]


def _part_synonyms(word: str, known: Callable[[str], bool]) -> tuple[tuple[str, ...], ...]:
    """A compound one of whose two sides is a word of the synonym table
    (`utanförskap|sområden`): the group's other expressions with the other
    side (`segregation` + `område`, `utsatta områden`), each all required."""
    split = split_binary(word, known)
    if split is None:
        return ()
    out: list[tuple[str, ...]] = []
    for side, rest in ((split[0], split[1]), (split[1], split[0])):
        side_stems = _stems_of(side, stem(side))
        rest_stem = stem(rest)
        by_first = _synonym_lookup()[0]
        groups = {g for t in side_stems for expr, g in by_first.get(t, ()) if len(expr) == 1}
        for g in sorted(groups):
            for expr in _group_expressions(g):
                if expr and not (len(expr) == 1 and expr[0] in side_stems):
                    out.append(tuple(dict.fromkeys((*expr, rest_stem))))
    return tuple(dict.fromkeys(out))


def _part_stems(part: str, word: str, known: dict[str, str]) -> tuple[str, ...]:
    """The stems that stand for one part of the compound `word`: its own,
    and, for the head (the part the word ends with, which carries the
    inflection), that of its bare form when the index has that word
    (`fisket` in `yrkesfisket` is also `fiske`, stem `fisk`; Snowball leaves
    `fisket` whole, so `fiskeri`, `fisket` and `fiske` would never meet)."""
    own = stem(part)
    if not word.endswith(part) or part == word:
        return (own,)
    bare = [known[part[: -len(e)]] for e in INFLECTIONS
            if part.endswith(e) and len(part) - len(e) >= 3 and part[: -len(e)] in known]
    return tuple(dict.fromkeys((own, *bare)))


def resolve_query(conn: Reader, concepts: list[Concept]) -> dict[str, int]:
    """Fill in each word's other indexed forms, compound parts and typo
    correction from the index's vocabulary; returns the document frequency
    of every stem the concepts use."""
    # A word of the synonym table has its other forms and its compound parts
    # too (`klimatpolitik` is also `klimat` + `politik`): its group adds
    # expressions, it does not stand in for the word's own parts.
    _spell_and_join(conn, concepts)
    words_ = [c for c in concepts if len(c.stems) == 1]
    known = _fill_words(conn, words_)
    df = _df(conn, {t for c in concepts for t in _terms(c)})
    for c in words_:
        if not c.correctable:
            continue
        own = max((df.get(t, 0) for t in (*c.stems, *c.variants, *c.parts)), default=0)
        whole = max((df.get(t, 0) for t in (*c.stems, *c.variants)), default=0)
        # A word the documents never use as typed, whose stem they hold only
        # rarely and which is no compound of theirs, may be a slip that lands on
        # another word's stem (`sjukskrivnig` is stemmed as `sjukskrivna`): a
        # correction used far more widely is tried beside it. A compound they
        # never use in any form may be a slip whose pieces happen to be words
        # (`hjälplinen`: `hjälp` + `lin`, meant `hjälplinjen`): a correction
        # is tried beside its parts (round eleven).
        absent = c.label not in known and (not c.parts or not whole)
        if own and not absent:
            continue
        fixed = _correct(conn, c.label)
        if fixed is None:
            table = None if own else _correct_by_table(c.label)
            if table is not None:
                word, group = table
                c.correction, c.correction_stem = word, stem(word)
                c.synonyms = tuple(dict.fromkeys(e for e in _group_expressions(group) if e != (stem(word),)))
                df.update(_df(conn, _terms(c)))
            continue
        fixed_df = _df(conn, {fixed[1]})
        # A compound's correction is weighed against the compound's own use,
        # not against its parts' (`hjälp` is in 111 assignments).
        rival = whole if c.parts else own
        if rival and fixed_df.get(fixed[1], 0) <= rival * MORE_WIDELY_USED:
            continue
        c.correction, c.correction_stem = fixed
        c.corrected = Concept(label=fixed[0], stems=(fixed[1],))
        _fill_words(conn, [c.corrected], known)
        df.update(_df(conn, _terms(c.corrected)))
    return df


# Endings a Swedish form found by respelling or joining may have in the index
# beyond INFLECTIONS (`premiepension`, `akvakulturer`).
_SPELLING_ENDINGS = ("", *INFLECTIONS, "er", "ar", "or")


def _indexed_forms(conn: Reader, spellings: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """For each key, the stems of those of its candidate spellings (in any
    form of _SPELLING_ENDINGS) that are indexed words."""
    known = _vocabulary(conn, {f + e for forms in spellings.values() for f in forms for e in _SPELLING_ENDINGS})
    return {key: tuple(dict.fromkeys(known[f + e] for f in forms for e in _SPELLING_ENDINGS if f + e in known))
            for key, forms in spellings.items()}


def _spell_and_join(conn: Reader, concepts: list[Concept]) -> None:
    """English words the index lacks, respelt the Swedish way
    (`extract/lang_en_sv_spelling.py`: `quality` → `kvalitet`), and two
    words next to each other that the index has as one compound (`premium
    pension` → `premiepension`, `precision medicine` →
    `precisionsmedicin`, with a linking `-s-`). A form counts only when the
    index has it; it is an alternative at SYNONYM_WEIGHT, as a synonym is,
    and never stands in for a word the index has. A joined pair becomes one
    concept of two words, as an expression of the synonym table does. The
    list is changed in place."""
    # One word each (a word of the synonym table too, `pension`), not of the question's frame.
    joinable = [c for c in concepts if len(c.stems) == 1 and not c.optional and c.position >= 0]
    plain = [c for c in joinable if not c.synonyms and c.correctable]
    respelt = {c.label: () for c in joinable} | {c.label: swedish_spellings(c.label) for c in plain}
    pairs = [(a, b) for a, b in zip(joinable, joinable[1:]) if b.position == a.position + 1]
    if not pairs and not any(respelt.values()):
        return  # nothing to look up: most queries
    typed = _vocabulary(conn, {c.label for c in joinable})
    # The forms a word may take inside a compound: as typed, or respelt.
    sides = {c.label: (c.label, *respelt[c.label]) for c in joinable}
    joined = {(a.label, b.label): tuple(x + link + y for x in sides[a.label] for y in sides[b.label]
                                        for link in ("", "s")) for a, b in pairs}
    found = _indexed_forms(conn, {**{(c.label,): respelt[c.label] for c in plain if c.label not in typed},
                                  **joined})
    merged: dict[int, Concept] = {}
    for a, b in pairs:
        compound = found.get((a.label, b.label))
        if not compound or id(a) in merged or id(b) in merged:
            continue
        # A word the index lacks as typed stands by its respelt form (`medicine` as `medicin`).
        own = [(c.stems[0] if c.label in typed else next(iter(found.get((c.label,), ())), c.stems[0])) for c in (a, b)]
        pair = Concept(label=f"{a.label} {b.label}", stems=tuple(dict.fromkeys(own)),
                       synonyms=tuple((t,) for t in compound if t not in own), correctable=False,
                       position=a.position)
        merged[id(a)] = merged[id(b)] = pair
    for c in plain:
        respelt_stems = found.get((c.label,), ())
        if id(c) not in merged and respelt_stems:
            c.synonyms = tuple((t,) for t in respelt_stems if t != c.stems[0])
            c.correctable = False
    out: list[Concept] = []
    for c in concepts:
        pair = merged.get(id(c))
        if pair is None:
            out.append(c)
        elif not any(pair is o for o in out):
            out.append(pair)
    concepts[:] = out


def _fill_words(conn: Reader, words_: list[Concept], known: dict[str, str] | None = None) -> dict[str, str]:
    """Fill in the other indexed forms and the compound parts of `words_`
    from the index's vocabulary; returns the indexed words looked up, with
    their stems (added to `known` when given)."""
    candidates: set[str] = set()
    for c in words_:
        candidates |= _forms(c.label, c.stems[0]) | _substrings(c.label)
    known = {**(known or {}), **_vocabulary(conn, candidates - set(known or ()))}
    for c in words_:
        # The word as typed is a form too when its concept's stem is another
        # word's: `arbetsmiljön` read as the table's `arbetsmiljö`, while the
        # index has `arbetsmiljön` whole (Snowball leaves its `-n`).
        typed = {c.label} if " " not in c.label else set()
        c.variants = tuple(sorted({known[f] for f in _forms(c.label, c.stems[0]) | typed
                                   if f in known and f not in QUERY_STOP_WORDS} - {c.stems[0]}))
    # The index's vocabulary lacks many plain words that only occur inside
    # compounds or inflected (`sommar`, `lov`, `tåg`: the assignments say
    # `sommaren`, `tågtrafik`), so a rare compound of the query
    # (`sommarlovsaktiviteter`, `tågfärjetrafik`) may not split at all;
    # when it does not, wordfreq's common words (already used to spot correct
    # words) fill in.
    # A word that is itself common (`måltider`, `samernas`) keeps the
    # index's reading: splitting it (`mål|tider`) finds other topics. A short
    # common "word" the query word ends with is its ending (`samer|nas`,
    # `konstnär|ers`, `länsstyrelse|rna`), not a part.
    for c in words_:
        found = compound_parts(c.label, known.__contains__)
        if not found and len(c.label) >= MIN_COMPOUND and c.label not in _common_words():
            common = _common_words()  # read only here: some 20 ms, once per process
            found = [p for p in compound_parts(c.label, lambda w: w in known or w in common)
                     if p in known or len(p) > 3 or not c.label.endswith(p)]
        if not found:
            found = _inflected_parts(c.label, known)
        groups = [g for g in (_part_stems(w, c.label, known) for w in found) if c.stems[0] not in g]
        c.part_groups = tuple(dict.fromkeys(groups))
        c.parts = tuple(dict.fromkeys(t for g in c.part_groups for t in g))
        c.part_synonyms = _part_synonyms(c.label, known.__contains__)
        c.siblings = tuple(t for t in dict.fromkeys(stem(w) for w in _siblings(c.label)) if t not in c.stems)
    return known


def _inflected_parts(word: str, known: dict[str, str]) -> list[str]:
    """The parts of `word` without an inflection ending, when it splits so
    and not as it stands: the index may hold a compound's head bare only
    (`matematik|lyftet`: `lyft` is indexed, `lyftet` is not)."""
    for e in sorted(INFLECTIONS, key=len, reverse=True):
        if word.endswith(e) and len(word) - len(e) >= MIN_COMPOUND:
            found = compound_parts(word[: -len(e)], known.__contains__)
            if found:
                return found
    return []


# Agent and action nouns of one verb: `giv|are` and `giv|ning`, `bryt|are`
# and `bryt|ning` (with their definite and plural endings).
_AGENT = re.compile(r"^(?P<base>\w{3,})(?:are|aren|arna|ares|arnas)$")
_ACTION = re.compile(r"^(?P<base>\w{3,})(?:ning|ningen|ningar|ningarna)$")
# An adjective in -isk made from a noun in -i or -in (`ekonomisk`,
# `medicinsk`) is that noun as a compound's modifier: the assignments say
# `medicinteknisk utrustning`, the query `medicinsk utrustning`.
_ADJECTIVE = re.compile(r"^(?P<base>\w{3,}in?)(?:sk|ska|skt)$")


def _siblings(word: str) -> tuple[str, ...]:
    """The action noun of an agent noun, the agent noun of an action noun,
    and the noun of an -isk adjective."""
    agent, action = _AGENT.match(word), _ACTION.match(word)
    adjective = _ADJECTIVE.match(word)
    if adjective:
        return (adjective["base"],)
    if agent:
        return (agent["base"] + "ning",)
    if action:
        return (action["base"] + "are",)
    return ()


def _terms(c: Concept) -> set[str]:
    """Every stem a concept may be matched by."""
    synonyms = (t for expr in (*c.synonyms, *c.part_synonyms) for t in expr)
    corrected = _terms(c.corrected) if c.corrected else set()
    return {t for t in (*c.stems, *c.variants, *c.parts, c.correction_stem or "", *synonyms, *corrected,
                        *c.siblings) if t}


# =====================================================================================
# Ranking
# =====================================================================================


@dataclass
class _Posting:
    title: int
    lead: int
    body: int
    part: int


@dataclass
class Ranked:
    document_id: int
    score: float
    matched: set[int] = field(default_factory=set)


def _check_years(year_from: int | None, year_to: int | None) -> None:
    if year_from is not None and year_to is not None and year_to < year_from:
        raise SearchFilterError(f"--from {year_from} --to {year_to}", "the year range ends before it starts; swap them")


def measure_conditions(actor: str | None, measure_kind: str | None, year_from: int | None, year_to: int | None,
                       objective: int | None) -> tuple[str, dict]:  # type: ignore[type-arg]
    """SQL conditions of fixed text on a measure `m`, joined by AND ("" when
    none), and the values they bind, for `search_documents` and
    `evidence.measures.find_measures`: an agency (an abbreviation or short
    name finds the full name: Brå, Skolverket), a kind, years (a measure
    counts when its years overlap the range), an objective. NUL, which
    PostgreSQL text cannot hold, is U+FFFD in the values: it matches no
    stored value, as NUL matches none on SQLite."""
    _check_years(year_from, year_to)
    clauses: list[str] = []
    params: dict = {}  # type: ignore[type-arg]
    if actor:
        from extract.agency_names import normalise_agency  # not extract.measures: its patterns take a while to compile

        raw = actor.strip().casefold()
        names = [normalise_agency(full).casefold() for full in _actor_bodies(actor)] or [normalise_agency(actor).casefold()]
        # Part of a name finds the whole ("Länsstyrelsen" finds every county's),
        # but an abbreviation that was expanded stands for its agency (or, when
        # it names two, its agencies) alone: `VR` as a bare substring would
        # find any name with "vr" in it, and `AV` every name with the word "av"
        # (it must match a whole name).
        expanded = names != [raw]
        needles = sorted({*(f"%{_escape_like(name)}%" for name in names),
                          f"%|{_escape_like(raw)}|%" if expanded else f"%{_escape_like(raw)}%"})
        ors = []
        for i, needle in enumerate(needles):
            ors.append(f"m.agencies_key LIKE :actor{i} ESCAPE '\\'")
            params[f"actor{i}"] = needle
        clauses.append("(" + " OR ".join(ors) + ")")
    if measure_kind:
        clauses.append("m.kind = :measure_kind")
        params["measure_kind"] = measure_kind.replace("\x00", "\ufffd")
    if year_from is not None:
        clauses.append("m.year IS NOT NULL AND COALESCE(m.year_end, m.year) >= :year_from")
        params["year_from"] = sql_integer(year_from)
    if year_to is not None:
        clauses.append("m.year IS NOT NULL AND m.year <= :year_to")
        params["year_to"] = sql_integer(year_to)
    if objective is not None:
        clauses.append("m.objective = :objective")
        params["objective"] = sql_integer(objective)
    return " AND ".join(clauses), params


def _actor_bodies(actor: str) -> tuple[str, ...]:
    """The bodies an `--actor` abbreviation stands for (extract/agencies.py `actor_names`)."""
    from extract.agencies import actor_names

    return actor_names(actor)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("\x00", "\ufffd")


def _filters(actor: str | None, kind: str | None, measure_kind: str | None, year_from: int | None,
             year_to: int | None, objective: int | None, doc_id: int | None,
             measure_years: bool = False) -> tuple[str, dict]:  # type: ignore[type-arg]
    """SQL conditions on `d` (search_doc) of fixed text, and the values they bind.
    Years are the document's, or with `measure_years` those of its measures
    (a measure counts when its years overlap the range)."""
    _check_years(year_from, year_to)
    measure, params = measure_conditions(actor, measure_kind, year_from if measure_years else None,
                                         year_to if measure_years else None, objective)
    clauses: list[str] = []
    if not measure_years:
        if year_from is not None:
            clauses.append("d.year >= :year_from")
            params["year_from"] = sql_integer(year_from)
        if year_to is not None:
            clauses.append("d.year <= :year_to")
            params["year_to"] = sql_integer(year_to)
    if doc_id is not None:
        clauses.append("d.document_id = :doc_id")
        params["doc_id"] = sql_integer(doc_id)
    if kind:
        clauses.append("EXISTS (SELECT 1 FROM document k WHERE k.id = d.document_id AND k.kind = :doc_kind)")
        params["doc_kind"] = kind.replace("\x00", "\ufffd")
    if measure:
        clauses.append(f"EXISTS (SELECT 1 FROM measure m WHERE m.document_id = d.document_id AND {measure})")
    return " AND ".join(clauses), params


def _rank(conn: Reader, concepts: list[Concept], df: dict[str, int], where: str,
          params: dict, years: tuple[int | None, int | None] | None = None) -> list[Ranked]:  # type: ignore[type-arg]
    """Documents scored (BM25F over the concepts); with `years` (a range
    matched by the years of a document's measures), a document dated outside
    the range weighs OUTSIDE_YEARS_WEIGHT."""
    # Integers from the database, the average taken here: PostgreSQL's AVG is a
    # numeric, SQLite's a double, and the last digit must not reorder near-ties.
    total, summed = conn.rows("SELECT COUNT(*), SUM(length) FROM search_doc")[0]
    total = int(total or 0)
    avg = int(summed or 0) / total if total and summed else 1.0
    terms = sorted({t for c in concepts for t in _terms(c) if df.get(t)})
    if not terms:
        return []
    statement = (
        "SELECT p.term, p.document_id, p.title, p.lead, p.body, p.part, d.length, d.year "
        "FROM search_term p JOIN search_doc d ON d.document_id = p.document_id WHERE p.term IN :terms"
        + (f" AND {where}" if where else "")
    )
    idf = {t: math.log(1 + (total - df[t] + 0.5) / (df[t] + 0.5)) for t in terms}
    # The BM25F term frequency of each term in each document, from its fields.
    tfs: dict[str, dict[int, float]] = defaultdict(dict)
    outside: set[int] = set()
    for term, doc, title, lead, body, part, length, year in conn.rows(statement, {**params, "terms": terms}):
        tfs[term][doc] = W_TITLE * title + W_LEAD * lead + (body + W_PART * part) / (1 - B + B * length / avg)
        if years is not None and year is not None and not (
                (years[0] is None or year >= years[0]) and (years[1] is None or year <= years[1])):
            outside.add(doc)

    def saturate(tf: float) -> float:
        return tf * (K1 + 1) / (tf + K1)

    def blend(stems: tuple[str, ...]) -> tuple[float, dict[int, float]]:
        """Forms of one word as one term: their frequencies added, the idf of the commonest."""
        present = [t for t in stems if t in idf]
        if not present:
            return 0.0, {}
        summed: dict[int, float] = defaultdict(float)
        for t in present:
            for doc, tf in tfs.get(t, {}).items():
                summed[doc] += tf
        strength = min(idf[t] for t in present)
        return strength, {doc: strength * saturate(tf) for doc, tf in summed.items()}

    def mean(stems: tuple[str, ...]) -> dict[int, float]:
        """Each word scored on its own, the mean taken (a word missing counts 0)."""
        out: dict[int, float] = defaultdict(float)
        for t in stems:
            for doc, tf in tfs.get(t, {}).items():
                out[doc] += idf[t] * saturate(tf) / len(stems)
        return out

    def parts_score(groups: tuple[tuple[str, ...], ...], partial: set[int] | None = None) -> dict[int, float]:
        """A compound's parts, each part's forms as one term (blend), the mean
        taken; `partial` gets the documents with only some of the parts."""
        out: dict[int, float] = defaultdict(float)
        found: Counter[int] = Counter()
        for group in groups:
            for doc, value in blend(group)[1].items():
                out[doc] += value / len(groups)
                found[doc] += 1
        if partial is not None:
            partial |= {doc for doc, n in found.items() if n < len(groups)}
        return out

    def together(stems: tuple[str, ...], strength: float) -> dict[int, float]:
        """An expression whose words must all be there, scored as one term of `strength`."""
        if not stems or any(t not in tfs for t in stems):
            return {}
        docs = set.intersection(*(set(tfs[t]) for t in stems))
        return {doc: strength * saturate(min(tfs[t][doc] for t in stems)) for doc in docs}

    total_score: dict[int, float] = defaultdict(float)
    matched: dict[int, set[int]] = defaultdict(set)
    partly: set[tuple[int, int]] = set()  # (document, concept) matched by only some of the concept's parts
    coverage: dict[tuple[int, int], float] = {}  # the share of an expression a document has, when not 1
    weights: list[tuple[int, float]] = []
    for i, c in enumerate(concepts):
        if len(c.stems) == 1:
            strength, scores = blend((*c.stems, *c.variants))
            best = dict(scores)
        else:
            # An expression of the table as typed: its words score as separate
            # words would (summed); a document with only some of them covers part of it.
            # A document with only some of them has that share of it, and of its score.
            strength = sum(idf[t] for t in c.stems if t in idf)
            best = {}
            for doc, value in mean(c.stems).items():
                coverage[(doc, i)] = sum(doc in tfs.get(t, {}) for t in c.stems) / len(c.stems)
                best[doc] = value * len(c.stems) * coverage[(doc, i)]
        alternatives: list[tuple[float, dict[int, float]]] = []
        if c.siblings:
            alternatives.append((SIBLING_WEIGHT, blend(c.siblings)[1]))
        # A document with only some of a compound's parts (`institut` of
        # `smittskydds|institut`, in `Totalförsvarets forskningsinstitut`)
        # has not matched every word of the query: no ALL_BONUS for it.
        partial: set[int] = set()
        parts_found: dict[int, float] = {}
        if c.parts:
            parts_found = parts_score(c.part_groups or tuple((t,) for t in c.parts), partial)
            alternatives.append((PART_WEIGHT, parts_found))
            strength = strength or max((idf.get(t, 0.0) for t in c.parts), default=0.0)
        if c.corrected:
            # The correction scored as the word typed right would be: its
            # forms, or its parts when they score more.
            fixed = c.corrected
            corrected_strength, corrected = blend((*fixed.stems, *fixed.variants))
            if fixed.siblings:
                for doc, value in blend(fixed.siblings)[1].items():
                    corrected[doc] = max(corrected.get(doc, 0.0), SIBLING_WEIGHT * value)
            if fixed.parts:
                for doc, value in parts_score(fixed.part_groups).items():
                    corrected[doc] = max(corrected.get(doc, 0.0), PART_WEIGHT * value)
                corrected_strength = corrected_strength or max((idf.get(t, 0.0) for t in fixed.parts), default=0.0)
            alternatives.append((CORRECTION_WEIGHT, corrected))
            strength = strength or corrected_strength
        elif c.correction_stem:
            corrected_strength, corrected = blend((c.correction_stem,))
            alternatives.append((CORRECTION_WEIGHT, corrected))
            strength = strength or corrected_strength
        if c.synonyms:
            # An English term the index lacks takes its strength from its Swedish ones.
            strength = strength or max(sum(idf.get(t, 0.0) for t in e) / len(e) for e in c.synonyms)
            for expr in c.synonyms:
                alternatives.append((SYNONYM_WEIGHT, together(expr, strength)))
        for expr in c.part_synonyms:
            # As weak as a part, and a synonym besides.
            alternatives.append((PART_WEIGHT * SYNONYM_WEIGHT, together(expr, strength)))
        for weight, scores in alternatives:
            for doc, value in scores.items():
                if weight * value > best.get(doc, 0.0):
                    best[doc] = weight * value
                    coverage[(doc, i)] = 1.0
                    if scores is parts_found and doc in partial:
                        partly.add((doc, i))
                    else:
                        partly.discard((doc, i))
        for doc, value in best.items():
            if value > 0:
                total_score[doc] += c.weight * value
                matched[doc].add(i)
        if not c.optional and strength > 0:
            weights.append((i, strength ** COVER_IDF_POWER))
    required_total = sum(w for _, w in weights)
    not_all = {doc for doc, _ in partly}
    out = []
    for doc, score in total_score.items():
        if required_total:
            share = sum(w * coverage.get((doc, i), 1.0) for i, w in weights if i in matched[doc]) / required_total
            score *= COVER_FLOOR + (1 - COVER_FLOOR) * share
            if share >= 1 - 1e-9 and len(weights) > 1 and doc not in not_all:
                score *= 1 + ALL_BONUS
        if doc in outside:
            score *= OUTSIDE_YEARS_WEIGHT
        if score > 0:
            out.append(Ranked(doc, score, matched[doc]))
    out.sort(key=lambda r: (-r.score, r.document_id))
    return out


def _hits(tokens: list[str], token_stems: list[str], concepts: list[Concept],
          memo: dict[str, set[int]] | None = None) -> list[set[int]]:
    """For each token, the concepts it stands for (its stem, or a part or correction inside it).
    `memo` (word -> its concepts, for one query) saves working a word out again in the
    next block; a word's set is shared by its places, so it is never changed."""
    memo = {} if memo is None else memo
    by_stem: dict[str, set[int]] = defaultdict(set)
    inside: list[tuple[str, int]] = []
    for i, c in enumerate(concepts):
        fixed = c.corrected
        for s in (*c.stems, *c.variants, c.correction_stem or "", *(t for e in (*c.synonyms, *c.part_synonyms) for t in e),
                  *c.siblings, *((*fixed.variants, *fixed.siblings) if fixed else ())):
            if s:
                by_stem[s].add(i)
        inside += [(p, i) for p in (*c.parts, *(fixed.parts if fixed else ())) if len(p) >= 3]
    out: list[set[int]] = []
    for word, s in zip(tokens, token_stems):
        found = memo.get(word)
        if found is None:
            found = set(by_stem.get(s, ()))
            for p, i in inside:
                if p in word:
                    found.add(i)
            memo[word] = found
        out.append(found)
    return out


def _proximity(hits: list[set[int]], required: set[int]) -> int:
    """The most distinct required concepts within PROX_WINDOW consecutive words."""
    best = 0
    positions = [(i, h & required) for i, h in enumerate(hits) if h & required]
    for a, (start, _) in enumerate(positions):
        seen: set[int] = set()
        for pos, h in positions[a:]:
            if pos - start >= PROX_WINDOW:
                break
            seen |= h
        best = max(best, len(seen))
    return best


def _neighbours(concepts: list[Concept]) -> list[tuple[int, int]]:
    """Pairs of required concepts of one word each whose words stand next
    to each other in the query (no stop word between them)."""
    placed = sorted((c.position, i) for i, c in enumerate(concepts)
                    if c.position >= 0 and not c.optional and len(c.stems) == 1)
    return [(i, j) for (p, i), (q, j) in zip(placed, placed[1:]) if q - p == 1]


def _near(hits: list[set[int]], first: int, second: int) -> bool:
    """Whether the two concepts stand next to each other (either order) in a block's `hits`."""
    return any((first in a and second in b) or (second in a and first in b) for a, b in zip(hits, hits[1:]))


def _phrases(concept: Concept) -> tuple[tuple[str, ...], ...]:
    """The expressions that stand for a concept of several words (one-word ones too)."""
    fixed = concept.corrected.variants if concept.corrected else ()
    singles = tuple((t,) for t in (*concept.variants, concept.correction_stem or "", *fixed) if t)
    return (concept.stems, *concept.synonyms, *singles)


def _has_phrase(token_stems: list[str], present: set[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` stands in `token_stems` (whose set is
    `present`) with its words close together."""
    for phrase in phrases:
        if not phrase or any(t not in present for t in phrase):
            continue
        if len(phrase) == 1:
            return True
        span, wanted = PHRASE_SPAN * len(phrase), set(phrase)
        places = [(k, t) for k, t in enumerate(token_stems) if t in wanted]
        for a, (start, _) in enumerate(places):
            seen: set[str] = set()
            for k, t in places[a:]:
                if k - start >= span:
                    break
                seen.add(t)
            if len(seen) == len(wanted):
                return True
    return False


def _snippet(text: str, hits: list[set[int]], spans: list[tuple[int, int]], size: int = SNIPPET_WORDS) -> str:
    """The best window of a block, its words that stand for a concept marked."""
    return marked_window(text, [bool(h) for h in hits], spans, size)


def _block_tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of `text` as indexed (soft hyphens dropped, case folded;
    empty ones left out) and their (start, end) offsets into `text`."""
    found = [(m.group(0).replace("\u00ad", "").casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    found = [f for f in found if f[0]]
    return [w for w, _, _ in found], [(s, e) for _, s, e in found]


def _documents(conn: Reader, ids: list[int]) -> dict[int, dict]:  # type: ignore[type-arg]
    statement = (
        "SELECT d.id, d.title, d.kind, d.path, d.metadata_json, s.year FROM document d "
        "LEFT JOIN search_doc s ON s.document_id = d.id WHERE d.id IN :ids"
    )
    out: dict[int, dict] = {}  # type: ignore[type-arg]
    for doc, title, kind, path, metadata_json, year in conn.rows(statement, {"ids": ids}):
        metadata = json.loads(metadata_json or "{}")
        date = f"{metadata['year']}-{metadata['month']}" if metadata.get("year") and metadata.get("month") else None
        out[doc] = {"document_id": doc, "title": title, "kind": kind, "year": year, "date": date, "path": path,
                    "url": metadata.get("url") or regeringen_url(path), "agencies": [], "diary_numbers": []}
    statement = (
        "SELECT document_id, actor, assigned_json, diary_numbers_json FROM measure "
        "WHERE document_id IN :ids ORDER BY id"
    )
    for doc, actor, assigned, diary in conn.rows(statement, {"ids": ids}):
        item = out[doc]
        if item["kind"] != ASSIGNMENT_KIND:
            continue
        for name in json.loads(assigned):
            if name not in item["agencies"]:
                item["agencies"].append(name)
        for number in json.loads(diary):
            if number not in item["diary_numbers"]:
                item["diary_numbers"].append(number)
    return out


def search_documents(
    engine: Engine | Reader,
    query: str,
    *,
    actor: str | None = None,
    kind: str | None = None,
    measure_kind: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    objective: int | None = None,
    doc_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    per_block: bool = False,
    measure_years: bool = False,
) -> dict:  # type: ignore[type-arg]
    """Documents matching `query` and the filters, best first: `results` (one
    per document, or per matching block with `per_block`), `corrections`
    ({typed word: the word searched instead}) and `stems` (every stem the
    query was matched by, for marking hits elsewhere)."""
    where, params = _filters(actor, kind, measure_kind, year_from, year_to, objective, doc_id, measure_years)
    concepts = plan_query(query)
    if not concepts or limit <= 0:
        return {"results": [], "corrections": {}, "stems": []}
    with reader_for(engine).connect() as conn:
        df = resolve_query(conn, concepts)
        in_range = year_from is not None or year_to is not None
        ranked = _rank(conn, concepts, df, where, params, (year_from, year_to) if measure_years and in_range else None)
        corrections = {c.label: c.correction for c in concepts if c.correction}
        if actor and len(bodies := _actor_bodies(actor)) > 1:
            # An abbreviation of two bodies: say that both are searched.
            corrections[actor.strip()] = f"{actor.strip()} = {' eller '.join(bodies)}"
        stems = sorted({t for c in concepts for t in _terms(c)})
        required = {i for i, c in enumerate(concepts) if not c.optional}
        top = ranked[: max(PROX_CANDIDATES, limit)]
        # Documents that tie with the last one taken come too: which of them
        # is shown must not depend on the order the database stored them in.
        while top and len(top) < len(ranked) and ranked[len(top)].score == top[-1].score:
            top.append(ranked[len(top)])
        if not top:
            return {"results": [], "corrections": corrections, "stems": stems}
        ids = [r.document_id for r in top]
        statement = 'SELECT id, document_id, page_number, kind, text FROM block WHERE document_id IN :ids ORDER BY "order"'
        blocks: dict[int, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
        for block_id, doc, page, b_kind, text in conn.rows(statement, {"ids": ids}):
            if b_kind not in UNINDEXED_BLOCK_KINDS:
                blocks[doc].append((block_id, page, text))
        docs = _documents(conn, ids)
    stemmer = _stemmer()
    multiword = {i: _phrases(c) for i, c in enumerate(concepts) if len(c.stems) > 1}
    pairs = _neighbours(concepts)
    rows: list[dict] = []  # type: ignore[type-arg]
    scored: list[tuple[float, int, list[dict]]] = []  # type: ignore[type-arg]
    memo: dict[str, set[int]] = {}
    for r in top:
        block_rows = []
        best_prox = 0
        phrased: set[int] = set()
        paired: set[tuple[int, int]] = set()
        for block_id, page, text in blocks.get(r.document_id, []):
            # The words alone (the places only for the snippets shown): the
            # long follow-up report's blocks are most of a query's time.
            tokens = words(text)
            token_stems = stemmer.stemWords(tokens)
            hits = _hits(tokens, token_stems, concepts, memo)
            distinct = set().union(*hits) if hits else set()
            if not distinct:
                continue
            if multiword:
                present = set(token_stems)
                phrased |= {i for i, phrases in multiword.items()
                            if i in distinct and i not in phrased and _has_phrase(token_stems, present, phrases)}
            best_prox = max(best_prox, _proximity(hits, required))
            if pairs:
                paired |= {p for p in pairs if p not in paired and {p[0], p[1]} <= distinct and _near(hits, *p)}
            block_rows.append((len(distinct & required), len(distinct), block_id, page, text, hits))
        score = r.score
        if len(required) > 1:
            score *= 1 + PROX_BONUS * max(0, best_prox - 1) / (len(required) - 1)
        if multiword:
            score *= 1 + PHRASE_BONUS * len(phrased) / len(multiword)
        if pairs:
            score *= 1 + PAIR_BONUS * len(paired) / len(pairs)
        block_rows.sort(key=lambda x: (-x[0], -x[1]))
        # Snippets only for what is shown: every matching block, or the best one.
        chosen = [{"block_id": block_id, "page": page, "snippet": _snippet(text, hits, _block_tokens(text)[1])}
                  for _, _, block_id, page, text, hits in (block_rows if per_block else block_rows[:1])]
        if not chosen:
            first = blocks.get(r.document_id, [])
            chosen = [{"block_id": first[0][0] if first else None, "page": first[0][1] if first else None,
                       "snippet": " ".join((first[0][2] if first else "").split()[:SNIPPET_WORDS])}]
        scored.append((score, r.document_id, chosen))
    # Ties (assignments made from one template) in path order, the same on every backend.
    scored.sort(key=lambda x: (-x[0], docs[x[1]]["path"]))
    for score, doc, chosen in scored:
        for block in chosen:
            rows.append({**docs[doc], **block, "score": round(score, 4)})
    return {"results": rows[:limit], "corrections": corrections, "stems": stems}


def search_everything(
    engine: Engine | Reader,
    query: str,
    *,
    doc: str | None = None,
    actor: str | None = None,
    kind: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    per_block: bool = False,
    limit: int = DEFAULT_LIMIT,
    raw: bool = False,
) -> dict:  # type: ignore[type-arg]
    """What `kallkoll search` shows: `search_documents` (per block inside one
    document `doc`), or with `raw` the database's own syntax over blocks
    (`evidence.search.search_blocks`; the filters then need words). `raw`
    needs an Engine; the rest reads through a Reader or an Engine."""
    from evidence.listing import find_document

    doc_id = find_document(engine, doc).id if doc else None
    if raw:
        from evidence.search import search_blocks

        if actor or kind or year_from is not None or year_to is not None:
            raise SearchFilterError("--raw", "--actor, --kind, --from and --to work on words; leave out --raw to use them")
        rows = search_blocks(engine, query, doc_id=doc_id, limit=limit, raw=True)
        paths = {}
        ids = sorted({r["document_id"] for r in rows})
        if ids:
            paths = _documents(reader_for(engine), ids)
        return {"results": [{**paths.get(r["document_id"], {}), **r} for r in rows], "corrections": {}}
    return search_documents(engine, query, actor=actor, kind=kind, year_from=year_from, year_to=year_to,
                            doc_id=doc_id, limit=limit, per_block=per_block or doc_id is not None)
