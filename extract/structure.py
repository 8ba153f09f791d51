"""The outline of a report: chapters, sections, report parts and strategy objectives.

In: a `ParsedDocument` (level-1 headings are chapter titles, level-2 headings
section titles; see `ingest/text.py`). Out: a `Structure` holding every
chapter and section with its title, page and the block range it covers, which
chapter is the foreword, the Swedish summary (SAMMANFATTNING) and the English
SUMMARY, and the objective of the national strategy against men's violence
against women (*Målsättning 1–4*) that each chapter and section treats.

Objectives are derived from the report itself, never from a table of this
one report's chapters:

* a section headed ``Målsättning N: …`` treats objective N, and so do the
  sections after it in the same chapter until the next such heading; a
  chapter holding such sections treats several objectives, so it has none of
  its own;
* a section elsewhere (the summary) whose title is the title of a
  ``Målsättning N:`` heading treats objective N;
* other chapters get theirs from the reading guide (*Läsanvisningar*): the
  guide names each chapter ("Därefter följer kapitlet, Yrkesverksamma behöver
  mer anpassad kunskap, som behandlar målsättningen om förbättrad kunskap och
  metodutveckling"), so the text from one chapter's mention to the next is
  that chapter's description, and the objective whose name's words it shares
  most (rapidfuzz, compound-aware; words shared by several objectives count
  less, words found in most chapters' descriptions such as "arbete" or
  "våld" not at all) is the chapter's. A chapter the guide does not name, or
  whose description matches no objective clearly enough, has none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, utils
from spacy.lang.sv.stop_words import STOP_WORDS

from ingest.model import HEADING, ParsedDocument


@dataclass(frozen=True)
class Objective:
    number: int
    name: str


# The four objectives (målsättningar) of the national strategy to prevent and
# combat men's violence against women (Skr. 2016/17:10, section 5).
NATIONAL_STRATEGY_OBJECTIVES: tuple[Objective, ...] = (
    Objective(1, "Ett utökat och verkningsfullt förebyggande arbete mot våld"),
    Objective(2, "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och barn"),
    Objective(3, "Effektivare brottsbekämpning"),
    Objective(4, "Förbättrad kunskap och metodutveckling"),
)

# Parts of a report named by their chapter heading (compared upper-cased).
FOREWORD = "foreword"
SUMMARY = "summary"
SUMMARY_EN = "summary_en"
CONTENTS = "contents"
BODY = "body"
PART_HEADINGS: dict[str, str] = {
    "FÖRORD": FOREWORD,
    "SAMMANFATTNING": SUMMARY,
    "SUMMARY": SUMMARY_EN,
    "ENGLISH SUMMARY": SUMMARY_EN,
    "SUMMARY IN ENGLISH": SUMMARY_EN,
    "INNEHÅLL": CONTENTS,
    "INNEHÅLLSFÖRTECKNING": CONTENTS,
}
# Headings of the section (or chapter) that says which chapter treats what.
READING_GUIDE_TITLES = frozenset(
    {"läsanvisningar", "läsanvisning", "rapportens disposition", "disposition", "rapportens upplägg"}
)
OBJECTIVE_HEADING = re.compile(r"^Målsättning\s+(\d+)\s*[:.–—-]\s*(.*)$", re.IGNORECASE | re.DOTALL)

# A chapter title counts as named in the reading guide at this partial_ratio.
GUIDE_MENTION_MIN = 85.0
# A description word matches an objective word at this ratio ("upptäcka" ~
# "upptäckt"), or when the tail of a compound does ("våldsförebyggande" ~
# "förebyggande"); compound tails only for objective words this long.
WORD_MATCH_MIN = 85.0
COMPOUND_TAIL_MIN_LEN = 5
# Share of an objective's (weighted) words a description must contain, and its
# lead over the runner-up, for the chapter to get that objective.
OBJECTIVE_SCORE_MIN = 0.3
OBJECTIVE_LEAD_MIN = 0.1
# With this many chapters named in the guide, words in more than half of
# their descriptions are left out of the comparison.
COMMON_WORD_MIN_DESCRIPTIONS = 3
# A section title is a Målsättning heading's title at this ratio.
TITLE_MATCH_MIN = 90.0
MIN_WORD_LEN = 4


@dataclass(frozen=True)
class Section:
    """A level-2 heading and the blocks up to the next heading of level 1 or 2.

    `block_start` is the heading's block index, `block_end` is exclusive.
    """

    title: str
    page_number: int
    block_start: int
    block_end: int
    objective: int | None = None


@dataclass(frozen=True)
class Chapter:
    """A level-1 heading and the blocks up to the next one.

    `part` is `foreword`, `summary`, `summary_en`, `contents` or `body`.
    """

    title: str
    page_number: int
    block_start: int
    block_end: int
    part: str
    objective: int | None
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Structure:
    chapters: tuple[Chapter, ...]
    objectives: tuple[Objective, ...]
    reading_guide: Section | Chapter | None = None

    def part(self, part: str) -> Chapter | None:
        """The first chapter that is the given part (`summary`, `foreword` …)."""
        return next((c for c in self.chapters if c.part == part), None)

    @property
    def foreword(self) -> Chapter | None:
        return self.part(FOREWORD)

    @property
    def summary(self) -> Chapter | None:
        return self.part(SUMMARY)

    @property
    def summary_en(self) -> Chapter | None:
        return self.part(SUMMARY_EN)


def document_structure(
    parsed: ParsedDocument, objectives: tuple[Objective, ...] = NATIONAL_STRATEGY_OBJECTIVES
) -> Structure:
    """Chapters, sections, report parts and objectives of `parsed`."""
    blocks = parsed.blocks
    heads = [(i, b) for i, b in enumerate(blocks) if b.kind == HEADING and b.level in (1, 2)]
    raw: list[tuple[int, str, int, list[tuple[int, str, int]]]] = []  # (start, title, page, sections)
    for i, b in heads:
        if b.level == 1:
            raw.append((i, b.text, b.page_number, []))
        elif raw:
            raw[-1][3].append((i, b.text, b.page_number))
        # A level-2 heading before the first chapter belongs to no chapter.

    starts = [i for i, _ in heads]
    chapters: list[Chapter] = []
    for c, (start, title, page, secs) in enumerate(raw):
        end = raw[c + 1][0] if c + 1 < len(raw) else len(blocks)
        sections = []
        for s_start, s_title, s_page in secs:
            nxt = bisect.bisect_right(starts, s_start)
            s_end = min(starts[nxt] if nxt < len(starts) else len(blocks), end)
            sections.append(Section(title=s_title, page_number=s_page, block_start=s_start, block_end=s_end))
        part = PART_HEADINGS.get(" ".join(title.split()).upper(), BODY)
        chapters.append(
            Chapter(
                title=title,
                page_number=page,
                block_start=start,
                block_end=end,
                part=part,
                objective=None,
                sections=tuple(sections),
            )
        )

    guide = _reading_guide(chapters)
    chapters = _with_objectives(parsed, chapters, guide, objectives)
    if isinstance(guide, Section):
        guide = next(s for c in chapters for s in c.sections if s.block_start == guide.block_start)
    elif isinstance(guide, Chapter):
        guide = next(c for c in chapters if c.block_start == guide.block_start)
    return Structure(chapters=tuple(chapters), objectives=objectives, reading_guide=guide)


def section_of(structure: Structure, block_index: int) -> tuple[Chapter | None, Section | None, int | None]:
    """The chapter and section block `block_index` stands in, and its objective
    (the section's, else the chapter's)."""
    chapter = next((c for c in structure.chapters if c.block_start <= block_index < c.block_end), None)
    if chapter is None:
        return None, None, None
    section = next((s for s in chapter.sections if s.block_start <= block_index < s.block_end), None)
    objective = section.objective if section is not None and section.objective is not None else chapter.objective
    return chapter, section, objective


# --- objectives ------------------------------------------------------------------


def _reading_guide(chapters: list[Chapter]) -> Section | Chapter | None:
    for chapter in chapters:
        if _plain(chapter.title) in READING_GUIDE_TITLES:
            return chapter
        for section in chapter.sections:
            if _plain(section.title) in READING_GUIDE_TITLES:
                return section
    return None


def _plain(title: str) -> str:
    return " ".join(title.split()).strip(" .:").lower()


def _with_objectives(
    parsed: ParsedDocument,
    chapters: list[Chapter],
    guide: Section | Chapter | None,
    objectives: tuple[Objective, ...],
) -> list[Chapter]:
    known = {o.number for o in objectives}
    # Titles of the "Målsättning N: title" headings, for matching summary sections.
    objective_titles: list[tuple[int, str]] = []
    for chapter in chapters:
        for section in chapter.sections:
            m = OBJECTIVE_HEADING.match(section.title)
            if m and int(m.group(1)) in known and m.group(2).strip():
                objective_titles.append((int(m.group(1)), m.group(2).strip()))

    from_guide = _objectives_from_guide(parsed, chapters, guide, objectives) if guide is not None else {}
    out: list[Chapter] = []
    for chapter in chapters:
        sections: list[Section] = []
        current: int | None = None
        has_objective_sections = False
        for section in chapter.sections:
            m = OBJECTIVE_HEADING.match(section.title)
            if m and int(m.group(1)) in known:
                current = int(m.group(1))
                has_objective_sections = True
            objective = current if current is not None else _title_objective(section.title, objective_titles)
            sections.append(replace(section, objective=objective))
        objective = None if has_objective_sections or chapter.part != BODY else from_guide.get(chapter.block_start)
        out.append(replace(chapter, objective=objective, sections=tuple(sections)))
    return out


def _title_objective(title: str, objective_titles: list[tuple[int, str]]) -> int | None:
    best = max(
        ((fuzz.ratio(title, t, processor=utils.default_process), n) for n, t in objective_titles),
        default=(0.0, None),
    )
    return best[1] if best[0] >= TITLE_MATCH_MIN else None


def _objectives_from_guide(
    parsed: ParsedDocument,
    chapters: list[Chapter],
    guide: Section | Chapter,
    objectives: tuple[Objective, ...],
) -> dict[int, int]:
    """Chapter block_start -> objective number, read from the reading guide."""
    text = " ".join(
        parsed.blocks[i].text for i in range(guide.block_start + 1, guide.block_end) if parsed.blocks[i].kind != HEADING
    )
    haystack = text.lower()
    mentions: list[tuple[int, int]] = []  # (position in guide, chapter block_start)
    for chapter in chapters:
        if chapter.part != BODY:
            continue
        needle = " ".join(chapter.title.split()).lower()
        found = fuzz.partial_ratio_alignment(needle, haystack)
        if found is not None and found.score >= GUIDE_MENTION_MIN:
            mentions.append((found.dest_start, chapter.block_start))
    mentions.sort()

    descriptions = [
        (chapter_start, set(_content_words(text[pos : mentions[k + 1][0] if k + 1 < len(mentions) else len(text)])))
        for k, (pos, chapter_start) in enumerate(mentions)
    ]
    words = {o.number: list(dict.fromkeys(_content_words(o.name))) for o in objectives}
    if len(descriptions) >= COMMON_WORD_MIN_DESCRIPTIONS:
        # Words in most descriptions ("arbete", "våld", "kvinnor") name the
        # report's subject, not what one chapter treats.
        words = {
            n: [w for w in ws if sum(_matches_any(w, d) for _, d in descriptions) * 2 <= len(descriptions)]
            for n, ws in words.items()
        }
    # A word of several objectives' names ("förbättrad") says less.
    spread = {w: sum(1 for other in words.values() if _matches_any(w, other)) for ws in words.values() for w in ws}
    out: dict[int, int] = {}
    for chapter_start, description in descriptions:
        scores = sorted(((_coverage(words[n], description, spread), n) for n in words), reverse=True)
        best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0.0, None)
        if best[1] is not None and best[0] >= OBJECTIVE_SCORE_MIN and best[0] - runner_up[0] >= OBJECTIVE_LEAD_MIN:
            out[chapter_start] = best[1]
    return out


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= MIN_WORD_LEN and w not in STOP_WORDS]


def _word_matches(word: str, candidate: str) -> bool:
    if fuzz.ratio(word, candidate) >= WORD_MATCH_MIN:
        return True
    if len(word) < COMPOUND_TAIL_MIN_LEN or len(candidate) <= len(word):
        return False
    # Swedish compounds put the head last: "våldsförebyggande" is a kind of
    # "förebyggande"; compare the word with the candidate's tails.
    return any(
        fuzz.ratio(word, candidate[p:]) >= WORD_MATCH_MIN for p in range(1, len(candidate) - len(word) + 3)
    )


def _matches_any(word: str, candidates: set[str] | list[str]) -> bool:
    return any(_word_matches(word, c) for c in candidates)


def _coverage(objective_words: list[str], description: set[str], spread: dict[str, int]) -> float:
    """Share of the objective's words (weighted by 1/spread) found in the description."""
    total = matched = 0.0
    for w in objective_words:
        weight = 1.0 / spread[w]
        total += weight
        if _matches_any(w, description):
            matched += weight
    return matched / total if total else 0.0
