"""Government measures in Swedish text: assignments, law changes, inquiries,
grants, programmes and a report's own proposals.

In: a sentence or paragraph (`extract_measures`), one government assignment
(`assignment_measures`, a regeringen.se "regeringsuppdrag" page), or any parsed
report with its sentences (`report_measures`). Out: frozen `Measure` records
with the acting and assigned organisations (normalised names), year, date,
duration, amounts in kronor, report-back date, diary numbers, status, and the
sentence they come from with its character offsets.

The wording each kind is recognised by lives in `extract/lang_sv_measures.py`;
agency names and abbreviations in `extract/agencies.py`. Issue 6 describes
what a measure is.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from extract import lang_sv_measures as L
from extract.agencies import ABBREVIATIONS
from extract.agency_names import LOWER_FIRST, PAREN, normalise_agency, normalise_text
from extract.lang_sv_search import FUNCTION_WORDS
from extract.series import Designation, find_designations
from ingest.model import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, ParsedDocument

if TYPE_CHECKING:
    from extract.sentences import SentenceSpan


def split_sentences(texts: Iterable[str]) -> list[list[SentenceSpan]]:
    """`extract.sentences.split_sentences`, imported when text is analysed:
    spaCy takes a second to import, and searching measures needs none of it (issue 15)."""
    from extract.sentences import split_sentences as split

    return split(texts)

SENTENCE_KINDS = (PARAGRAPH, CAPTION, LIST_ITEM)
OBJECTIVES = (1, 2, 3, 4)  # of the national strategy, Skr. 2016/17:10
TOPIC_MAX_CHARS = 160


@dataclass(frozen=True)
class Measure:
    """One measure. Offsets index the text handed to `extract_measures`, or the
    block's text (`block_order`) when it comes from a parsed document."""

    kind: str
    actor: str | None
    assigned: tuple[str, ...]
    year: int | None
    text: str
    char_start: int
    char_end: int
    status: str
    date: str | None = None
    year_end: int | None = None
    duration_years: int | None = None
    amounts_sek: tuple[float, ...] = ()
    report_back: str | None = None
    diary_numbers: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    objective: int | None = None
    topic: str | None = None
    page_number: int | None = None
    block_order: int | None = None
    footnote_number: int | None = None


# =====================================================================================
# Text normalisation (soft hyphens out, odd spaces and hyphens plain) and
# agency names: extract/agency_names.py, which searching imports without this module
# =====================================================================================

_NOT_IN_NAME = re.compile(L.NOT_IN_NAME)
_ASSIGNEE_LEAD = re.compile(L.ASSIGNEE_LEAD, re.IGNORECASE)
_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,6}$")
_PLACE_FORMS = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+\s+)+(?:kommun|universitet|högskola|län|stad)$|^Länsstyrelsen\s+(?:i\s+)?[A-ZÅÄÖ]")
_LIST_SPLIT = re.compile(r"(,\s*|\s+och\s+|\s+samt\s+|\s+respektive\s+|\s*&\s*)")
_BARE_ORG_WORDS = frozenset(s.casefold() for s in L.ORG_SUFFIXES) | {"regeringen"}


@lru_cache(maxsize=1)
def _known_agencies() -> frozenset[str]:
    names = set(ABBREVIATIONS) | set(ABBREVIATIONS.values()) | set(L.AGENCY_ALIASES) | set(L.AGENCY_ALIASES.values())
    names |= set(L.MULTIWORD_AGENCIES) | set(L.GROUP_NAMES.values()) | set(L.SINGLE_NAME_AGENCIES)
    return frozenset(names)


def is_agency(name: str) -> bool:
    """True for a normalised name that looks like a public body."""
    if name in _known_agencies():
        return True
    words = name.split()
    if not name or not name[0].isupper() or len(words) > 10 or _NOT_IN_NAME.search(name):
        return False
    lowered = name.casefold()
    if lowered in _BARE_ORG_WORDS or lowered in L.GENERIC_ASSIGNEES or lowered.endswith(L.NOT_AGENCY_ENDINGS):
        return False
    if any(name.startswith(prefix) and len(name) > len(prefix) for prefix in L.ORG_PREFIXES):
        return True
    if _ABBREVIATION.match(name) or _PLACE_FORMS.match(name):
        return True
    first = words[0].casefold()
    if len(words) >= 3 and words[1] in L.ORG_HEAD_LINKS and any(first.endswith(s) for s in L.ORG_SUFFIXES):
        return True  # "Kompetensrådet för utveckling i staten", "Delegationen mot segregation"
    last = words[-1].casefold()
    return len(words) <= 3 and any(last.endswith(s) and last != s for s in L.ORG_SUFFIXES)


def parse_agency_list(span: str) -> tuple[str, ...] | None:
    """The agencies a span like `Arbetsförmedlingen, Försäkringskassan och
    länsstyrelserna` names; () for a generic one ("flera myndigheter"); None
    when the span is not a list of agencies."""
    text = _ASSIGNEE_LEAD.sub("", " ".join(span.split()).strip(" ,"))
    if not text:
        return None
    if text.casefold() in L.GENERIC_ASSIGNEES or re.match(L.AGENCIES_OF_ASSIGNMENT, text, re.I):
        return ()
    text = PAREN.sub("", text)
    protected: list[str] = []
    for name in sorted(L.MULTIWORD_AGENCIES, key=len, reverse=True):
        if name in text:
            protected.append(name)
            text = text.replace(name, f"\x00{len(protected) - 1}\x00")
    parts = _LIST_SPLIT.split(text)
    pieces: list[str] = [parts[0]]
    for sep, piece in zip(parts[1::2], parts[2::2]):
        previous = pieces[-1]
        # "Myndigheten för press, radio och tv", "Post- och telestyrelsen": one name.
        # "Statens maritima och transporthistoriska museer" too; "… och länsstyrelserna" is two.
        joins = LOWER_FIRST.match(piece) and piece.casefold() not in L.GROUP_NAMES and (
            " för " in previous or previous.endswith("-") or previous.startswith(L.ORG_PREFIXES)
        )
        if joins:
            pieces[-1] = previous + sep + piece
        else:
            pieces.append(piece)
    names: list[str] = []
    unknown = 0
    for piece in pieces:
        restored = re.sub("\x00(\\d+)\x00", lambda m: protected[int(m.group(1))], _ASSIGNEE_LEAD.sub("", piece)).strip()
        if not restored:
            return None
        name = normalise_agency(restored)
        if not is_agency(name):
            # In a list of agencies, a capitalised name of a few words is one
            # too ("Kommerskollegium", "Svenska institutet" among eleven others):
            # kept when known agencies make up most of the list.
            if not _name_in_a_list(name):
                return None
            unknown += 1
        if name not in names:
            names.append(name)
    if unknown and (len(names) - unknown < LIST_MIN_KNOWN or unknown * LIST_KNOWN_PER_UNKNOWN > len(names) - unknown):
        return None
    return tuple(names)


# A list of assignees may hold names the agency tables lack when at least
# this many of its names are known agencies, and at least this many known
# ones stand for each unknown one.
LIST_MIN_KNOWN = 2
LIST_KNOWN_PER_UNKNOWN = 2


def _name_in_a_list(name: str) -> bool:
    """A capitalised name of one to four words that names no group or generic body."""
    words = name.split()
    # "I samråd med …": a phrase that opens with a function word is no name.
    return (bool(name) and name[0].isupper() and 1 <= len(words) <= 4 and not _NOT_IN_NAME.search(name)
            and words[0].casefold() not in FUNCTION_WORDS
            and name.casefold() not in L.GENERIC_ASSIGNEES and name.casefold() not in _BARE_ORG_WORDS)


def _genitive_agency(word: str) -> str | None:
    """`Jämställdhetsmyndighetens` -> Jämställdhetsmyndigheten, `Fortes` -> Forte (expanded)."""
    if not word.endswith("s"):
        return None
    name = normalise_agency(word[:-1])
    return name if is_agency(name) else None


@lru_cache(maxsize=1)
def _agency_mention_re() -> re.Pattern[str]:
    known = sorted((n for n in _known_agencies() if len(n) > 2), key=len, reverse=True)
    suffixes = "|".join(sorted(L.ORG_SUFFIXES, key=len, reverse=True))
    return re.compile(
        r"\b(?P<name>" + "|".join(re.escape(n) for n in known) + r")s?\b"
        r"|\b(?P<generic>[A-ZÅÄÖ][\wåäö-]*(?:" + suffixes + r"))s?\b"
        r"|\b(?P<county>Länsstyrelsen\s+(?:i\s+)?[A-ZÅÄÖ]\w+(?:\s+län)?)\b"
    )


def find_agencies(text: str) -> list[tuple[str, int, int]]:
    """Agencies named in `text`: (normalised name, start, end), in order."""
    found: list[tuple[str, int, int]] = []
    for m in _agency_mention_re().finditer(text):
        raw = m.group("name") or m.group("generic") or m.group("county")
        name = normalise_agency(raw)
        if is_agency(name):
            found.append((name, m.start(), m.end()))
    return found


# =====================================================================================
# Fields: amounts, dates, years, durations
# =====================================================================================

_AMOUNT_RE = re.compile(L.AMOUNT)
_DATE_RE = re.compile(L.DATE)
_ISO_DATE_RE = re.compile(L.ISO_DATE)
_REPORT_BACK_RE = re.compile(L.REPORT_BACK)
_DURATION_RE = re.compile(L.DURATION, re.IGNORECASE)
_YEAR_RANGE_RE = re.compile(L.YEAR_RANGE)
_YEAR_RE = re.compile(L.YEAR)
_REPORTED_RE = re.compile(L.REPORTED_CUES)
_NOT_MEASURE_DATE_RE = re.compile(L.NOT_MEASURE_DATE_BEFORE, re.IGNORECASE)
_REPORT_CONTEXT_RE = re.compile(L.REPORT_CONTEXT, re.IGNORECASE)
_NOT_REPORT_CONTEXT_RE = re.compile(L.NOT_REPORT_CONTEXT, re.IGNORECASE)
_LAW_FUTURE_RE = re.compile(L.LAW_FUTURE)


def _number(text: str) -> float | None:
    text = text.strip().casefold()
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", text):
        return float(text.replace(" ", "").replace(",", "."))
    half = 0.0
    if text.endswith("och en halv"):
        text, half = text[: -len("och en halv")].strip(), 0.5
    if text in ("en halv", "halv"):
        return 0.5
    if text in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[text] + half
    return None


def find_amounts(text: str) -> tuple[float, ...]:
    """Amounts in kronor: '450 000 kronor' -> 450000.0, '1,5 miljarder kronor' -> 1.5e9."""
    amounts: list[float] = []
    for m in _AMOUNT_RE.finditer(text):
        value = _number(m.group("number"))
        if value is None:
            continue
        unit = (m.group("unit") or m.group("unit2") or "").casefold()
        amounts.append(value * L.AMOUNT_UNITS.get(unit, 1.0))
    return tuple(amounts)


def _iso(year: str, month: int, day: str) -> str | None:
    # A real calendar date only: "31 februari 2024" is a typo, not 2024-02-31
    # (found by hypothesis, issue 8).
    try:
        return datetime.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def measure_dates(text: str) -> list[tuple[str, int, int]]:
    """Dates that date a measure: not report-back dates, not ends of periods."""
    return [d for d in find_dates(text) if not _NOT_MEASURE_DATE_RE.search(text[max(0, d[1] - 20) : d[1]])]


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Full dates ('1 juli 2020', '2020-07-01') as (ISO date, start, end)."""
    found: list[tuple[str, int, int]] = []
    for m in _DATE_RE.finditer(text):
        iso = _iso(m.group("year"), L.MONTHS[m.group("month")], m.group("day"))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _ISO_DATE_RE.finditer(text):
        iso = _iso(m.group("year"), int(m.group("month")), m.group("day"))
        if iso:
            found.append((iso, m.start(), m.end()))
    return sorted(found, key=lambda d: d[1])


def report_back_dates(text: str) -> list[tuple[str, int, int]]:
    """Dates a report is due by, in one sentence: 'ska redovisas senast den
    10 november 2023' -> 2023-11-10; none in a sentence about money
    ('Rekvisition ska lämnas senast den 1 december 2020')."""
    out = []
    for m in _REPORT_BACK_RE.finditer(text):
        date = _DATE_RE.match(text, m.end())
        window = text[max(0, m.start() - L.REPORT_WINDOW) : m.end() + L.REPORT_WINDOW]
        if not _REPORT_CONTEXT_RE.search(window) or _NOT_REPORT_CONTEXT_RE.search(window):
            continue
        if date:
            iso = _iso(date.group("year"), L.MONTHS[date.group("month")], date.group("day"))
            if iso:
                out.append((iso, m.start(), date.end()))
    return out


def find_duration(text: str) -> int | None:
    """'treårigt uppdrag' -> 3, 'den tioåriga strategin' -> 10."""
    m = _DURATION_RE.search(text)
    if not m:
        return None
    n = m.group("n").casefold()
    return int(n) if n.isdigit() else L.NUMBER_WORDS.get(n)


def _years(text: str, skip: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """The first year (and the end of a range starting there) outside `skip` spans."""
    def free(start: int) -> bool:
        return not any(s <= start < e for s, e in skip)

    ranges = [m for m in _YEAR_RANGE_RE.finditer(text) if free(m.start())]
    years = [m for m in _YEAR_RE.finditer(text) if free(m.start())]
    if not years:
        return None, None
    first = years[0]
    for r in ranges:
        if r.start() == first.start():
            y1, y2 = int(r.group("y1")), int(r.group("y2"))
            return (y1, y2) if y2 >= y1 else (y1, None)
    return int(first.group("year")), None


# =====================================================================================
# Kinds
# =====================================================================================


@dataclass(frozen=True)
class _Hit:
    kind: str
    actor: str | None
    assigned: tuple[str, ...]
    topic: str | None
    start: int
    end: int
    # "vi" (the report's author) proposes, or is assigned: filled in from `author`.
    author_acts: bool = False
    author_assigned: bool = False


def _compile(patterns: tuple[tuple[str, str], ...], flags: int = 0) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(source, flags)) for name, source in patterns)


_ASSIGNMENT = _compile(L.ASSIGNMENT_PATTERNS)
_PROPOSAL = _compile(L.PROPOSAL_PATTERNS)
_LAW = _compile(L.LAW_PATTERNS, re.IGNORECASE)
_INQUIRY = _compile(L.INQUIRY_PATTERNS)
_GRANT = _compile(L.GRANT_PATTERNS, re.IGNORECASE)
_PROGRAMME = _compile(L.PROGRAMME_PATTERNS, re.IGNORECASE)
# Each pattern group runs only on a sentence holding one of its cue words:
# the groups' leading `\b[\wåäö]*(?:…)` is tried at every word, which made
# them most of the time measures take.
_PROPOSAL_CUE = re.compile(L.PROPOSAL_CUES)
_LAW_CUE = re.compile(L.LAW_CUES, re.IGNORECASE)
_PROGRAMME_CUE = re.compile(L.PROGRAMME_CUES, re.IGNORECASE)
_TOPIC_END = re.compile(L.TOPIC_END)
_AGENCIES_OF_ASSIGNMENT = re.compile(L.AGENCIES_OF_ASSIGNMENT, re.IGNORECASE)
_GRANT_GIVER = re.compile(L.GRANT_GIVER)
_GRANT_VERB_RE = re.compile(L.GRANT_VERBS)
_GOVERNMENT = re.compile(r"\b[Rr]egeringen?s?\b")


def _topic_after(text: str, pos: int) -> str | None:
    rest = text[pos:].lstrip()
    end = _TOPIC_END.search(rest)
    topic = rest[: end.start() if end else len(rest)].strip(" ,")
    return topic[:TOPIC_MAX_CHARS] or None


def _assignees(span: str) -> tuple[tuple[str, ...] | None, str | None]:
    """Agencies of an assignee span, and the topic when the span is
    'myndigheterna inom uppdraget om …'."""
    inside = _AGENCIES_OF_ASSIGNMENT.match(" ".join(span.split()))
    if inside:
        return (), inside.group("topic").strip()
    return parse_agency_list(span), None


def _proposal(text: str) -> _Hit | None:
    if not _PROPOSAL_CUE.search(text):
        return None
    for _name, pattern in _PROPOSAL:
        for m in pattern.finditer(text):
            span = m.group("assigned")
            author_assigned = span.strip().casefold() in L.FIRST_PERSON
            assigned, topic = ((), None) if author_assigned else _assignees(span)
            if assigned is None:
                continue
            actor_word = m.group("actor2") or m.group("actor")
            actor: str | None = None
            author_acts = bool(actor_word) and actor_word.casefold() in L.FIRST_PERSON
            if actor_word and not author_acts:
                candidate = normalise_agency(actor_word)
                actor = candidate if is_agency(candidate) else None
            if actor is None and not author_acts:
                # "Jämställdhetsmyndigheten menar att … och föreslår därför att …": the subject.
                before = find_agencies(text[: m.start("assigned")])
                actor = before[0][0] if before else None
                author_acts = actor is None
            if author_assigned and actor is not None:
                assigned, author_assigned = (actor,), False
            return _Hit(
                L.PROPOSAL,
                actor,
                assigned,
                topic or _topic_after(text, m.end()),
                m.start(),
                m.end(),
                author_acts=author_acts,
                author_assigned=author_assigned,
            )
    return None


def _assignment(text: str, *, only: tuple[str, ...] | None = None) -> _Hit | None:
    for name, pattern in _ASSIGNMENT:
        if only is not None and name not in only:
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            topic = groups.get("topic")
            actor = L.GOVERNMENT
            author_assigned = False
            if name == "ours":
                assigned: tuple[str, ...] | None = ()
                author_assigned = True
            elif name == "reference":
                assigned = ()
            elif name == "agency_genitive":
                word = groups["genitive"]
                if word.casefold() == "regeringens":
                    assigned = ()
                else:
                    agency = _genitive_agency(word)
                    if agency is None:
                        continue
                    assigned = (agency,)
            else:
                assigned, inner_topic = _assignees(groups["assigned"])
                if assigned is None:
                    continue
                topic = topic or inner_topic
            if topic is None:
                topic = _topic_after(text, m.end())
            return _Hit(L.ASSIGNMENT, actor, assigned, topic, m.start(), m.end(), author_assigned=author_assigned)
    return None


def _is_law_word(word: str) -> bool:
    return word.casefold() not in L.NOT_LAW_WORDS and not word.casefold().endswith(("slag", "slaget", "slagen"))


def _law_change(text: str, designations: list[Designation]) -> _Hit | None:
    for d in designations:
        if d.series in L.LAW_SERIES:
            actor = "Riksdagen" if d.series == "SFS" else None
            return _Hit(L.LAW_CHANGE, actor, (), d.text, d.start, d.end)
    if not _LAW_CUE.search(text):
        return None
    for _name, pattern in _LAW:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            law = groups.get("law")
            if law and not _is_law_word(law):
                continue
            if "done" in groups and not (groups["done"] or groups["year"]):
                continue
            actor = None
            if law:
                actor = "Regeringen" if "förordning" in law.casefold() else "Riksdagen"
            return _Hit(L.LAW_CHANGE, actor, (), law or "lagändring", m.start(), m.end())
    return None


def _inquiry(text: str, designations: list[Designation]) -> _Hit | None:
    for d in designations:
        if d.series in L.INQUIRY_SERIES:
            return _Hit(L.INQUIRY, L.GOVERNMENT, (), d.text, d.start, d.end)
    for _name, pattern in _INQUIRY:
        for m in pattern.finditer(text):
            topic = m.groupdict().get("topic") or m.groupdict().get("name")
            if topic and topic.casefold().startswith(L.NOT_INQUIRY_TOPICS):
                continue
            return _Hit(L.INQUIRY, L.GOVERNMENT, (), topic, m.start(), m.end())
    return None


def _grant(text: str) -> _Hit | None:
    for _name, pattern in _GRANT:
        m = pattern.search(text)
        if not m:
            continue
        actor = None
        genitive = re.search(r"\b([A-ZÅÄÖ][\wåäö-]+s)\s+(?:[a-zåäö]+\s+)?" + re.escape(m.group(0).split()[0]), text)
        if genitive:
            actor = _genitive_agency(genitive.group(1))
        if actor is None:
            for giver in _GRANT_GIVER.finditer(text):
                words = giver.group("org").split()
                for n in range(len(words), 0, -1):
                    candidate = normalise_agency(" ".join(words[:n]))
                    if is_agency(candidate):
                        actor = candidate
                        break
                if actor:
                    break
        if actor is None:
            subject = find_agencies(text[:80])
            if subject and subject[0][1] == 0 and _GRANT_VERB_RE.match(text[subject[0][2] :].lstrip()):
                actor = subject[0][0]  # "Socialstyrelsen fördelar nu statsbidrag till …"
        if actor is None and _GOVERNMENT.search(text):
            actor = L.GOVERNMENT
        return _Hit(L.GRANT, actor, (), (m.groupdict().get("topic") or m.group(0)).strip(), m.start(), m.end())
    return None


def _programme(text: str) -> _Hit | None:
    if not _PROGRAMME_CUE.search(text):
        return None
    for name, pattern in _PROGRAMME:
        for m in pattern.finditer(text):
            what = m.group("what")
            if what.casefold() in L.NOT_PROGRAMME_WORDS and name != "government_programme":
                continue
            actor = L.GOVERNMENT if _GOVERNMENT.search(text) else None
            return _Hit(L.PROGRAMME, actor, (), _topic_after(text, m.start("what")), m.start(), m.end())
    return None


def _detect(text: str, *, by_designation: bool = True) -> _Hit | None:
    """The measure one normalised sentence states, by `KIND_PRIORITY`.
    `by_designation=False` ignores bare designations (a footnote's citation
    of `SFS 2021:966` names a source, not a measure)."""
    designations = find_designations(text) if by_designation else []
    for kind in L.KIND_PRIORITY:
        if kind == L.PROPOSAL:
            hit = _proposal(text)
        elif kind == L.ASSIGNMENT:
            hit = _assignment(text)
        elif kind == L.LAW_CHANGE:
            hit = _law_change(text, designations)
        elif kind == L.INQUIRY:
            hit = _inquiry(text, designations)
        elif kind == L.GRANT:
            hit = _grant(text)
        else:
            hit = _programme(text)
        if hit is not None:
            return hit
    return None


def _status(kind: str, text: str, designations: list[Designation]) -> str:
    if kind == L.PROPOSAL:
        return L.PROPOSED
    if kind == L.LAW_CHANGE:
        return L.DECIDED if _LAW_FUTURE_RE.search(text) else L.IN_FORCE
    if kind == L.INQUIRY and any(d.series == "SOU" for d in designations):
        return L.REPORTED
    if _REPORTED_RE.search(text):
        return L.REPORTED
    return L.DEFAULT_STATUS[kind]


def _sentence_measure(
    sentence: str,
    char_start: int,
    *,
    year_hint: int | None,
    objective: int | None,
    author: str | None,
    by_designation: bool = True,
) -> Measure | None:
    """The measure a sentence states, with offsets shifted by `char_start`."""
    norm = normalise_text(sentence)
    hit = _detect(norm, by_designation=by_designation)
    if hit is None:
        return None
    designations = find_designations(norm)
    diary = tuple(dict.fromkeys(d.text for d in designations if d.series == "Dnr"))
    cited = tuple(dict.fromkeys(d.text for d in designations if d.series != "Dnr"))
    due = report_back_dates(norm)
    due_spans = [(s, e) for _, s, e in due]
    dates = measure_dates(norm)
    date = dates[0][0] if dates else None
    skip = [(d.start, d.end) for d in designations] + due_spans
    year, year_end = _years(norm, skip)
    if date:
        year = int(date[:4])
    law_year = re.search(r"(?:19|20)\d\d", cited[0]) if hit.kind == L.LAW_CHANGE and cited else None
    if year is None and law_year:
        year = int(law_year.group(0))  # "SOSFS 2014:4": the regulation's year
    if year is None:
        year = year_hint
    duration = find_duration(norm)
    if duration and year and year_end is None:
        year_end = year + duration - 1
    actor, assigned = hit.actor, hit.assigned
    if author and hit.author_acts and actor is None:
        actor = author
    if author and hit.author_assigned and not assigned:
        assigned = (author,)
    return Measure(
        kind=hit.kind,
        actor=actor,
        assigned=assigned,
        year=year,
        year_end=year_end,
        text=sentence,
        char_start=char_start,
        char_end=char_start + len(sentence),
        status=_status(hit.kind, norm, designations),
        date=date,
        duration_years=duration,
        amounts_sek=find_amounts(norm),
        report_back=max((d for d, _, _ in due), default=None),
        diary_numbers=diary,
        designations=cited,
        objective=objective,
        topic=hit.topic,
    )


def extract_measures(
    text: str,
    *,
    year_hint: int | None = None,
    objective: int | None = None,
    author: str | None = None,
) -> list[Measure]:
    """Measures stated in one sentence or paragraph, one per sentence at most.

    `year_hint` is the year of a measure whose sentence names none; `objective`
    (1–4) is recorded as given; `author` stands in for "vi" (the report's
    author, e.g. Jämställdhetsmyndigheten) in proposals and assignments."""
    if objective is not None and objective not in OBJECTIVES:
        raise ValueError(f"objective {objective!r}: the national strategy has objectives 1–4; give one of them or None")
    spans = split_sentences([text])[0] if text.strip() else []
    return _measures_of_spans(text, spans, year_hint=year_hint, objective=objective, author=author)


def _measures_of_spans(
    text: str,
    spans: Iterable[SentenceSpan],
    *,
    year_hint: int | None,
    objective: int | None,
    author: str | None,
) -> list[Measure]:
    out = []
    for span in spans:
        raw = text[span.char_start : span.char_end]
        sentence = raw.strip()
        if not sentence:
            continue
        start = span.char_start + len(raw) - len(raw.lstrip())
        measure = _sentence_measure(sentence, start, year_hint=year_hint, objective=objective, author=author)
        if measure is not None:
            out.append(measure)
    return out


# =====================================================================================
# Documents
# =====================================================================================

_TITLE_ASSIGNEE = (
    re.compile(
        r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+(?:av|om)\s+)?(?:tilläggs|fortsatt\s+)?[Uu]ppdrag(?:et)?\s+(?:till|åt)\s+"
        r"(?P<assigned>.+?)\s+(?:att|om)\b"
    ),
    re.compile(
        r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+(?:av|om)\s+)?(?:tilläggs|fortsatt\s+)?[Uu]ppdrag(?:et)?\s+(?:till|åt)\s+"
        r"(?P<assigned>.+?)\s+(?:avseende|angående|rörande|gällande|för|med|inom|i)\b"
    ),
)
# An assignment named anywhere in the title or a sentence, as amendments and
# extensions do: "Förlängd tid för uppdraget till Migrationsverket att …",
# "Regeringen ändrar uppdraget till Brottsförebyggande rådet om …",
# "Med ändring av regeringens beslut … om uppdrag åt Skatteverket att …".
# "att"/"om" first: "för" may belong to the name ("Statens beredning för …").
_ASSIGNMENT_TO = tuple(
    re.compile(
        r"\b(?:[Rr]egerings)?[Uu]ppdrag(?:et|en)?\s+(?:till|åt)\s+(?P<assigned>(?:[A-ZÅÄÖ]|länsstyrelserna\b)(?:(?!\s(?:avseende|angående|rörande|gällande)\b)[^.;:!?]){1,150}?)\s+"
        + ends + r"\b"
    )
    for ends in (r"(?:att|om)", r"(?:avseende|angående|rörande|gällande|för|med|inom|i)")
)
# "Regeringen beslutar att Trafikverket, utöver vad regeringen tidigare har beslutat, får …"
_GOVERNMENT_LETS = re.compile(
    r"\b[Rr]egeringen\s+(?:beslutar|beslutade|har\s+beslutat)\s+att\s+(?P<assigned>[A-ZÅÄÖ][^.;:!?,]{1,150}?)"
    r"(?:\s*,[^.;:!?]{1,120}?,)?\s+(?:får|ska|skall)\b"
)
# "Socialstyrelsen fick den 18 december 2012 i uppdrag av regeringen att …",
# "Regeringen beslutade den 9 maj 2018 att uppdra åt Statens energimyndighet att …":
# a date between the verb and the assignment, which the decision patterns do not allow.
_DATE = r"(?:den\s+\d{1,2}\s+[a-zåäö]+\s+\d{4}\s+)?"
_DATED_ASSIGNMENT = (
    re.compile(
        r"^(?P<assigned>[A-ZÅÄÖ][^.;:!?]{1,150}?)\s+(?:fick|får|har\s+fått|hade\s+fått)\s+" + _DATE
        + r"(?:ett\s+)?(?:i\s+)?uppdrag\s+(?:av\s+regeringen\s+)?(?:att|om)\b"
    ),
    re.compile(
        r"\b[Rr]egeringen\s+(?:beslutade|beslutar|har\s+beslutat)\s+" + _DATE
        + r"att\s+(?:ge|uppdra)\s+(?:i\s+uppdrag\s+)?(?:åt\s+|till\s+)?(?P<assigned>[A-ZÅÄÖ][^.;:!?]{1,150}?)\s+"
        r"(?:i\s+uppdrag\s+)?(?:att|om)\b"
    ),
)
# How far into an assignment a named assignee counts: its lead, not its background.
_ASSIGNEE_SENTENCES = 6
_SUBJECT_SHALL = re.compile(r"^(?P<assigned>[A-ZÅÄÖ][^.;:!?]{1,150}?)\s+(?:ska|skall)\b")
_TITLE_NOISE = re.compile(r"\s*Diarienummer:.*$")
_ASSIGNMENT_PATH = re.compile(r"(?:^|/)regeringsuppdrag/\d{4}/\d{2}/[^/]+$")
_DECISION_PATTERNS = (
    "government_gives",
    "government_gives_inverted",
    "government_decides",
    "government_decided_on",
    "agency_gets",
    "agency_has",
    "agency_has_inverted",
)
ASSIGNMENT_KIND = "assignment"  # the document kind of a government assignment


def is_assignment(parsed: ParsedDocument) -> bool:
    """A government assignment: kind 'assignment', or a file under regeringsuppdrag/YYYY/MM/."""
    return parsed.kind == ASSIGNMENT_KIND or bool(_ASSIGNMENT_PATH.search(parsed.path.replace("\\", "/")))


def assignment_title(parsed: ParsedDocument) -> str:
    """The title without the diary number regeringen.se sometimes glues to it."""
    return _TITLE_NOISE.sub("", parsed.title).strip()


def _named_assignees(title: str, sentences: list[str]) -> tuple[str, ...]:
    """The agencies an assignment names as assigned outside a decision
    sentence: "uppdrag(et) till X att …" in the title or one of the first
    sentences, or "Regeringen beslutar att X får/ska …". Only known agencies
    (`parse_agency_list`) count, so a coordinator or "kommunerna" stays none."""
    for text in [title, *sentences[:_ASSIGNEE_SENTENCES]]:
        for pattern in (*_ASSIGNMENT_TO, _GOVERNMENT_LETS, *_DATED_ASSIGNMENT):
            for m in pattern.finditer(text):
                listed = parse_agency_list(m.group("assigned"))
                if listed:
                    return listed
    return ()


def assignment_measures(
    parsed: ParsedDocument, sentences: list[list[SentenceSpan]] | None = None
) -> list[Measure]:
    """The measure one government assignment decides: who is assigned, the
    amounts, the report-back date and diary numbers found anywhere in it; the
    year (and month) come from the file's path (`ingest/markdown.py`)."""
    blocks = parsed.blocks
    if sentences is None:
        wanted = [i for i, b in enumerate(blocks) if b.kind in SENTENCE_KINDS]
        split = split_sentences(blocks[i].text for i in wanted)
        sentences = [[] for _ in blocks]
        for i, spans in zip(wanted, split, strict=True):
            sentences[i] = spans
    title = assignment_title(parsed)
    year_text = parsed.metadata.get("year", "")
    year = int(year_text) if year_text.isdigit() else None

    decision: tuple[int, SentenceSpan, _Hit] | None = None
    for index, (block, spans) in enumerate(zip(blocks, sentences, strict=True)):
        for span in spans:
            hit = _assignment(normalise_text(span.text), only=_DECISION_PATTERNS)
            if hit is not None:
                decision = (index, span, hit)
                break
        if decision:
            break

    assigned: tuple[str, ...] = decision[2].assigned if decision else ()
    if decision and not assigned:
        # "Regeringen uppdrar åt följande myndigheter att …": the list items after it.
        names: list[str] = []
        for block in blocks[decision[0] + 1 :]:
            if block.kind != LIST_ITEM:
                if names:
                    break
                continue
            listed = parse_agency_list(block.text.rstrip(".,;"))
            if listed:
                names.extend(n for n in listed if n not in names)
        assigned = tuple(names)
    norm_title = normalise_text(title)
    if not assigned:
        for pattern in _TITLE_ASSIGNEE:
            m = pattern.match(norm_title)
            listed = parse_agency_list(m.group("assigned")) if m else None
            if listed:
                assigned = listed
                break
    if not assigned:
        assigned = _named_assignees(norm_title, [normalise_text(s.text) for spans in sentences for s in spans])
    if not assigned:
        for block, spans in zip(blocks, sentences, strict=True):
            for span in spans:
                m = _SUBJECT_SHALL.match(normalise_text(span.text))
                listed = parse_agency_list(m.group("assigned")) if m else None
                if listed:
                    assigned = listed
                    break
            if assigned:
                break

    body = "\n".join(normalise_text(b.text) for b in blocks if b.kind in SENTENCE_KINDS or b.kind == "table")
    all_text = normalise_text(parsed.title) + "\n" + body  # the full title: it may end in "Diarienummer: …"
    designations = find_designations(all_text)
    diary = tuple(dict.fromkeys(d.text for d in designations if d.series == "Dnr"))
    cited = tuple(dict.fromkeys(d.text for d in designations if d.series != "Dnr"))
    due = [d for spans in sentences for span in spans for d, _, _ in report_back_dates(normalise_text(span.text))]
    report_back = max(due, default=None)

    date = None
    if decision:
        dates = measure_dates(normalise_text(decision[1].text))
        date = dates[0][0] if dates else None

    # Only the title and the decision say how long the assignment runs; elsewhere
    # "tioårig" is about the strategy it serves.
    duration = find_duration(title) or (find_duration(normalise_text(decision[1].text)) if decision else None)
    ends = [int(report_back[:4])] if report_back else []
    title_range = _YEAR_RANGE_RE.search(title)
    if title_range:
        ends.append(int(title_range.group("y2")))
        duration = duration or int(title_range.group("y2")) - int(title_range.group("y1")) + 1
    if duration and year:
        ends.append(year + duration - 1)
    year_end = max(ends) if ends and year and max(ends) >= year else None

    if decision:
        index, span, _hit = decision
        text, start, end = span.text, span.char_start, span.char_end
        block = blocks[index]
    else:
        heading = next((b for b in blocks if b.kind == HEADING), blocks[0] if blocks else None)
        block = heading
        text, start, end = (title, 0, len(heading.text)) if heading else (title, 0, len(title))
    return [
        Measure(
            kind=L.ASSIGNMENT,
            actor=L.GOVERNMENT,
            assigned=assigned,
            year=year,
            year_end=year_end,
            text=text,
            char_start=start,
            char_end=end,
            status=L.DECIDED,
            date=date,
            duration_years=duration,
            amounts_sek=find_amounts(body),
            report_back=report_back,
            diary_numbers=diary,
            designations=cited,
            topic=title,
            page_number=block.page_number if block else None,
            block_order=block.order if block else None,
        )
    ]


_OBJECTIVE_HEADING_RE = re.compile(L.OBJECTIVE_HEADING)


def heading_objective(text: str, level: int | None, current: int | None) -> int | None:
    """The strategy objective (1–4) in force after a heading: 'Målsättning 3: …'
    sets 3; a chapter title (level 1) sets the one objective its words name, or
    none; other headings keep the current one."""
    explicit = _OBJECTIVE_HEADING_RE.match(text)
    if explicit:
        return int(explicit.group("n"))
    if level not in (1, None):
        return current
    lowered = text.casefold()
    named = [n for n, words in L.OBJECTIVE_KEYWORDS.items() if any(w in lowered for w in words)]
    return named[0] if len(named) == 1 else None


def report_author(measures: Iterable[Measure]) -> str | None:
    """The report's author as its own proposals name it ("Jämställdhetsmyndigheten föreslår …")."""
    proposers = Counter(m.actor for m in measures if m.kind == L.PROPOSAL and m.actor)
    return proposers.most_common(1)[0][0] if proposers else None


def report_measures(
    parsed: ParsedDocument,
    sentences: list[list[SentenceSpan]] | None = None,
    *,
    author: str | None = None,
) -> list[Measure]:
    """Every measure sentence of a report, with the strategy objective of the
    chapter it stands in. `author` (who "vi" is) defaults to the organisation
    that makes the report's proposals."""
    blocks = parsed.blocks
    if sentences is None:
        wanted = [i for i, b in enumerate(blocks) if b.kind in SENTENCE_KINDS]
        split = split_sentences(blocks[i].text for i in wanted)
        sentences = [[] for _ in blocks]
        for i, spans in zip(wanted, split, strict=True):
            sentences[i] = spans
    found: list[Measure] = []
    objective: int | None = None
    page_objective: dict[int, int | None] = {}  # the objective in force at the end of each page
    for block, spans in zip(blocks, sentences, strict=True):
        if block.kind == HEADING:
            objective = heading_objective(block.text, block.level, objective)
            page_objective[block.page_number] = objective
            continue
        page_objective[block.page_number] = objective
        if block.kind not in SENTENCE_KINDS:
            continue
        for measure in _measures_of_spans(block.text, spans, year_hint=None, objective=objective, author=author):
            found.append(replace(measure, page_number=block.page_number, block_order=block.order))
    found.extend(
        replace(m, objective=page_objective.get(m.page_number)) if m.page_number is not None else m
        for m in _footnote_measures(parsed, author)
    )
    if author is None:
        author = report_author(found)
        if author is not None:
            found = [_with_author(m, author) for m in found]
    return found


FOOTNOTE_MIN_WORDS = 8  # shorter footnotes are citations ("SOU 2023:97.")


def _footnote_measures(parsed: ParsedDocument, author: str | None) -> list[Measure]:
    """Measures stated in explanatory footnotes ("Polismyndigheten och
    Åklagarmyndigheten hade 2021 och 2022 i uppdrag att …"); a designation
    alone never makes one."""
    notes = [f for f in parsed.footnotes if len(f.text.split()) >= FOOTNOTE_MIN_WORDS]
    if not notes:
        return []
    out = []
    for note, spans in zip(notes, split_sentences(f.text for f in notes), strict=True):
        for span in spans:
            measure = _sentence_measure(
                span.text, span.char_start, year_hint=None, objective=None, author=author, by_designation=False
            )
            if measure is not None:
                out.append(replace(measure, page_number=note.page_number, footnote_number=note.number))
    return out


def _with_author(measure: Measure, author: str) -> Measure:
    """Fill in "vi" once the author is known: re-read the sentence with it."""
    again = _sentence_measure(
        measure.text,
        measure.char_start,
        year_hint=None,
        objective=measure.objective,
        author=author,
        by_designation=measure.footnote_number is None,
    )
    if again is None:
        return measure
    return replace(
        again, page_number=measure.page_number, block_order=measure.block_order, footnote_number=measure.footnote_number
    )


def document_measures(
    parsed: ParsedDocument, sentences: list[list[SentenceSpan]] | None = None
) -> list[Measure]:
    """The measures of any parsed document: an assignment's decision, or a report's measure sentences."""
    if is_assignment(parsed):
        return assignment_measures(parsed, sentences)
    return report_measures(parsed, sentences)
