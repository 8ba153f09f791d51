"""Footnote text -> structured citations.

In: the text of one footnote. Out: a `ParsedFootnote` with zero or more
`Citation`s (kind, normalised key, raw text, title when one follows) and the
unparsed remainder, which is kept, never dropped.

Forms handled (from Swedish follow-up reports):
* organisation or person + year + optional letter: ``Brottsförebyggande rådet
  2023c``, ``Jernbro m.fl. 2023``, ``Caman & Skott 2023``;
* several separated by ``;`` where a bare year continues the previous author:
  ``Socialstyrelsen 2016; 2018a; SOU 2018:37``;
* series designations and diary numbers (`extract/series.py`), optionally
  followed by a title: ``HSLF-FS 2022:39. Socialstyrelsens föreskrifter …``;
* letters ``Kriminalvården, brev 2023`` and web statistics
  ``Indikatorer, Åklagarmyndigheten``;
* explanatory notes, which may end with ``Se …`` or hold a designation in
  parentheses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.agencies import FULL_NAMES, expand_abbreviation, is_organisation
from extract.series import Malformed, find_designations, find_malformed_designations

# Kinds of citation.
REPORT = "report"  # an organisation's publication
WORK = "work"  # a work by personal authors
LEGAL = "legal"  # SFS, SOU, Skr., Prop., Ds, Dir., agency regulations
DIARY = "diary"  # a Government Offices diary number
LETTER = "letter"
WEB = "web"
KINDS = (REPORT, WORK, LEGAL, DIARY, LETTER, WEB)

# Four or five digits: a mistyped year ("20233", "1923") is still a year of a
# citation, which `kallkoll check` then questions, rather than a footnote
# that fails to parse and silently loses its other citations (issue 19).
YEAR_SUFFIX = r"(?P<year>[12]\d{3,4})(?P<letter>[a-z])?"
AUTHOR_YEAR_RE = re.compile(rf"^(?P<author>[A-ZÅÄÖÉ][^;\d]*?)\s*,?\s+{YEAR_SUFFIX}$")
BARE_YEAR_RE = re.compile(rf"^{YEAR_SUFFIX}$")
LETTER_RE = re.compile(rf"^(?P<author>[A-ZÅÄÖ][^;\d]*?),\s*(?P<what>brev|e-post|mejl|epost|mail|samtal)\s+{YEAR_SUFFIX}$", re.IGNORECASE)
WEB_RE = re.compile(r"^(?P<title>[A-ZÅÄÖ][^;,\d]{2,60}),\s*(?P<author>[A-ZÅÄÖ][^;,\d]{2,80})$")
SEE_RE = re.compile(r"(?:^|[.!?]\s+)(?:Se|Se även|Jfr\.?|Källa:?)\s+(?P<refs>[^.]*(?:\.\S[^.]*)*?)\.?\s*$")
MAX_AUTHOR_WORDS = 9
# A part of a citation list this short that parses as no citation is a
# mistake in the list; a longer one is explanatory text.
MAX_UNPARSED_WORDS = 6
# How footnote problems begin, for `kallkoll check` to tell them apart.
MALFORMED = "malformed designation"
UNPARSED = "part of a citation list is no citation:"


@dataclass(frozen=True)
class Citation:
    kind: str
    key: str
    raw: str
    author: str | None = None
    year: int | None = None
    letter: str | None = None
    designation: str | None = None
    title: str | None = None
    char_start: int = 0
    char_end: int = 0


@dataclass(frozen=True)
class ParsedFootnote:
    text: str
    citations: tuple[Citation, ...] = ()
    remainder: str = ""
    explanatory: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)


def normalise_author(author: str) -> str:
    """Tidy an author string: spacing, `m.fl,` -> `m.fl.`, known abbreviations expanded."""
    # strip(" ,"), not strip().rstrip(","): ", ," must not leave "," for a
    # second call to remove (found by hypothesis, issue 8).
    a = re.sub(r"\s+", " ", author).strip(" ,")
    # ",*": "m.fl,," must become "m.fl." at once, not "m.fl.," (idempotence, issue 8).
    a = re.sub(r"\bm\.\s?fl\b\.?,*", "m.fl.", a)
    return expand_abbreviation(a)


def _plausible_author(author: str) -> bool:
    words = author.split()
    if author.strip() in FULL_NAMES:
        # A known body's full name is an author however long: the key of
        # "GRETA 2023" must parse back (issue 8, the key fixed-point property).
        return True
    if not words or len(words) > MAX_AUTHOR_WORDS or not author[:1].isupper():
        return False
    # A sentence is not an author: authors have no sentence punctuation.
    return not re.search(r"[.:!?]\s", author.replace("m.fl.", "mfl"))


def _author_year(segment: str, start: int) -> Citation | None:
    m = LETTER_RE.match(segment)
    if m:
        author = normalise_author(m.group("author"))
        year = int(m.group("year"))
        key = f"{author}, {m.group('what').lower()} {year}{m.group('letter') or ''}"
        return Citation(LETTER, key, segment, author=author, year=year, letter=m.group("letter"),
                        char_start=start, char_end=start + len(segment))
    m = AUTHOR_YEAR_RE.match(segment)
    if m and _plausible_author(m.group("author")):
        author = normalise_author(m.group("author"))
        year = int(m.group("year"))
        letter = m.group("letter")
        kind = REPORT if is_organisation(author) else WORK
        return Citation(kind, f"{author} {year}{letter or ''}", segment, author=author, year=year, letter=letter,
                        char_start=start, char_end=start + len(segment))
    m = WEB_RE.match(segment)
    # Web statistics are a title and the body that publishes them
    # ("Indikatorer, Åklagarmyndigheten"); two bodies ("Region Demoland,
    # Kunskapscentrum …") are one author whose year is missing.
    if (m and is_organisation(m.group("author")) and _plausible_author(m.group("title"))
            and not is_organisation(m.group("title"))):
        author = normalise_author(m.group("author"))
        title = m.group("title").strip()
        return Citation(WEB, f"{title}, {author}", segment, author=author, title=title,
                        char_start=start, char_end=start + len(segment))
    return None


def _designation(segment: str, start: int) -> Citation | None:
    """A segment that starts with a designation; text after it is its title."""
    found = find_designations(segment)
    if not found or found[0].start != 0:
        return None
    d = found[0]
    rest = segment[d.end :].strip()
    title = None
    if rest:
        if not rest.startswith((".", ",", ":")) and not rest.startswith("("):
            return None
        title = rest.lstrip(".,: ").strip() or None
    kind = DIARY if d.series == "Dnr" else LEGAL
    return Citation(kind, d.text, segment, designation=d.text, title=title,
                    char_start=start, char_end=start + len(segment))


def _segments(text: str) -> list[tuple[str, int]]:
    out = []
    pos = 0
    for part in text.split(";"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        if stripped:
            out.append((stripped, pos + lead))
        pos += len(part) + 1
    return out


def _parse_list(text: str, offset: int = 0) -> list[Citation] | None:
    """Parse `text` as a `;`-separated citation list, or None if any part is not a citation."""
    citations, failed = _parse_segments(text, offset)
    return None if failed or not citations else citations


def _parse_segments(text: str, offset: int = 0) -> tuple[list[Citation], list[str]]:
    """The citations of a `;`-separated list, and the parts that are none."""
    cleaned = text.strip()
    cleaned = re.sub(r"\.\s*$", "", cleaned)
    citations: list[Citation] = []
    failed: list[str] = []
    prev: Citation | None = None  # whose author a bare year continues
    for segment, start in _segments(cleaned):
        start += offset + (len(text) - len(text.lstrip()))
        bare = BARE_YEAR_RE.match(segment)
        if bare and prev is not None and prev.author:
            year = int(bare.group("year"))
            letter = bare.group("letter")
            key = f"{prev.author} {year}{letter or ''}" if prev.kind != LETTER else f"{prev.author}, brev {year}"
            # A year after web statistics ("Indikatorer, Åklagarmyndigheten; 2023")
            # is the organisation's report of that year, keyed and kinded as one
            # (found by hypothesis, issue 8: it was a `web` citation keyed "… 2023").
            kind = REPORT if prev.kind == WEB else prev.kind
            prev = Citation(kind, key, segment, author=prev.author, year=year, letter=letter,
                            char_start=start, char_end=start + len(segment))
            citations.append(prev)
            continue
        cite = _designation(segment, start) if find_designations(segment) else None
        if cite is None and not find_designations(segment[:12]):
            cite = _author_year(segment, start)
        if cite is None:
            # A designation with a title may itself contain ". ": try it whole.
            cite = _designation(segment, start)
        if cite is None:
            failed.append(segment)
            # An author whose year slipped ("Socialstyrelsen; 2018b") still
            # gives the bare years after it their author.
            prev = _yearless(segment, start) or prev
            continue
        citations.append(cite)
        prev = cite
    return citations, failed


def _yearless(segment: str, start: int) -> Citation | None:
    """A segment that is an organisation's or authors' name and nothing
    else: a citation that lost its year (`Brottsoffermyndigheten`), not a
    citation."""
    if re.search(r"\d", segment) or not _plausible_author(segment):
        return None
    # Personal authors are told from a phrase by "&" or "m.fl." ("Korkmaz &
    # Överlien", "Jernbro m.fl.").
    if not (is_organisation(segment) or re.search(r"\s&\s|\bm\.\s?fl\b", segment)):
        return None
    author = normalise_author(segment)
    return Citation(REPORT, author, segment, author=author, char_start=start, char_end=start + len(segment))


def _repaired(text: str, malformed: list[Malformed]) -> str:
    for bad in sorted(malformed, key=lambda b: b.start, reverse=True):
        text = text[: bad.start] + bad.intended + text[bad.end :]
    return text


def parse_footnote(text: str) -> ParsedFootnote:
    """Parse one footnote's text into citations and an unparsed remainder."""
    body = text.strip()
    problems: list[str] = []
    malformed = find_malformed_designations(body)
    problems.extend(f"{MALFORMED} {bad.raw!r}: {bad.reason} (likely {bad.intended})" for bad in malformed)
    if body.count("(") != body.count(")") and not any(bad.raw.endswith(")") for bad in malformed):
        problems.append("unbalanced parentheses")
    # A malformed designation is read as the one intended, so the footnote
    # keeps its citations (and the check reports the spelling); the
    # citations' offsets and raw text are then those of the text as written.
    result = _parse_body(text, _repaired(body, malformed), problems)
    if not malformed:
        return result
    return replace(result, citations=tuple(_as_written(c, malformed, body) for c in result.citations))


def _as_written(cite: Citation, malformed: list[Malformed], written: str) -> Citation:
    start = _written_offset(cite.char_start, malformed, end=False)
    end = _written_offset(cite.char_end, malformed, end=True)
    return replace(cite, raw=written[start:end], char_start=start, char_end=end)


def _written_offset(pos: int, malformed: list[Malformed], end: bool) -> int:
    """Where offset `pos` of the repaired text stands in the text as written."""
    shift = 0
    for bad in sorted(malformed, key=lambda b: b.start):
        start = bad.start + shift
        stop = start + len(bad.intended)
        if pos < start or (pos == start and not end):
            return pos - shift
        if pos <= stop:
            return bad.end if end or pos == stop else bad.start
        shift += len(bad.intended) - (bad.end - bad.start)
    return pos - shift


def _parse_body(text: str, body: str, problems: list[str]) -> ParsedFootnote:
    """`parse_footnote` of `body`, the footnote's text with its designations repaired."""
    parsed, failed = _parse_segments(body)
    if parsed and not failed:
        return ParsedFootnote(text=text, citations=tuple(parsed), problems=tuple(problems))
    if not parsed and failed and all(_yearless(part, 0) for part in failed):
        # "Brottsoffermyndigheten.": a source without a year is a citation
        # that failed, not an explanatory note (issue 19).
        problems.append(f"{UNPARSED} {', '.join(failed)!r} (a source without a year)")
        return ParsedFootnote(text=text, remainder="; ".join(failed), problems=tuple(problems))
    if parsed and all(len(part.split()) <= MAX_UNPARSED_WORDS for part in failed):
        # A citation list with a part that is no citation ("Socialstyrelsen
        # 2016; Socialstyrelssen; SOU 2018:37"): the parts that parse are
        # kept and the rest is reported, not the whole note taken as an
        # explanatory one (issue 19).
        # ", " between the parts: a footnote's problems are stored joined by "; ".
        problems.append(f"{UNPARSED} " + ", ".join(
            f"{part!r}" + (" (a source without a year)" if _yearless(part, 0) else "") for part in failed))
        return ParsedFootnote(text=text, citations=tuple(parsed), remainder="; ".join(failed), problems=tuple(problems))

    # An explanatory note. It may still cite: a trailing "Se …" list, or
    # designations in the running text ("(SOU 2023:97)").
    citations: list[Citation] = []
    see = SEE_RE.search(body)
    consumed: list[tuple[int, int]] = []
    if see:
        refs = _parse_list(see.group("refs"), see.start("refs"))
        if refs:
            citations.extend(refs)
            consumed.append((see.start("refs"), see.end("refs")))
    for d in find_designations(body):
        if any(s <= d.start < e for s, e in consumed):
            continue
        # A designation opening a note whose rest does not parse is still a
        # citation, with the rest as its remainder (e.g. "S2020/0159/SOF (delvis.").
        kind = DIARY if d.series == "Dnr" else LEGAL
        citations.append(Citation(kind, d.text, body[d.start : d.end], designation=d.text,
                                  char_start=d.start, char_end=d.end))
        consumed.append((d.start, d.end))
    remainder = body
    for s, e in sorted(consumed, reverse=True):
        remainder = remainder[:s] + remainder[e:]
    remainder = re.sub(r"\s+", " ", remainder).strip()
    explanatory = not citations or len(remainder) > 20
    return ParsedFootnote(
        text=text,
        citations=tuple(sorted(citations, key=lambda c: c.char_start)),
        remainder=remainder,
        explanatory=explanatory,
        problems=tuple(problems),
    )
