"""Swedish legal and government document series, as data.

In: nothing. Out: `SERIES` (name -> canonical prefix and a designation
pattern), the diary-number pattern, and `normalise_designation`, which turns
any spelling (`Skr 2016/17:10`, `skr. 2016/17:10`, `Prop.2017/18:177`) into the
one the Government Offices use (`Skr. 2016/17:10`, `Prop. 2017/18:177`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    name: str  # what the prefix means
    canonical: str  # how the Government Offices write the prefix
    spellings: tuple[str, ...]  # prefixes as they occur in text (regex fragments)
    number: str  # regex for the number part


YEAR_NO = r"(?:19|20)\d\d:\d{1,4}"
SESSION_NO = r"(?:19|20)\d\d/\d\d:\d{1,4}"

SERIES: tuple[Series, ...] = (
    Series("Svensk författningssamling (law)", "SFS", (r"SFS",), YEAR_NO),
    Series("Statens offentliga utredningar (inquiry report)", "SOU", (r"SOU",), YEAR_NO),
    Series("Regeringens skrivelse (communication)", "Skr.", (r"[Ss]kr\.?", r"Regeringens skrivelse"), SESSION_NO),
    Series("Regeringens proposition (bill)", "Prop.", (r"[Pp]rop\.?", r"Regeringens proposition"), SESSION_NO),
    Series("Departementsserien (ministry publication)", "Ds", (r"Ds",), YEAR_NO),
    Series("Kommittédirektiv (terms of reference)", "Dir.", (r"[Dd]ir\.?", r"Kommittédirektiv"), YEAR_NO),
    Series("Riksdagens betänkande (committee report)", "Bet.", (r"[Bb]et\.?",), r"(?:19|20)\d\d/\d\d:[A-ZÅÄÖa-zåäö]{1,4}\d{1,3}"),
    Series("Riksdagsskrivelse (parliament communication)", "Rskr.", (r"[Rr]skr\.?",), SESSION_NO),
    # Agency regulations: HSLF-FS, SOSFS, AFS, BrBFS …: capitals ending in FS.
    Series("Myndighetsföreskrifter (agency regulations)", "", (r"[A-ZÅÄÖ]{1,6}-?FS",), YEAR_NO),
)

_SERIES_RE = re.compile(
    "|".join(
        rf"(?P<s{i}>\b(?:{'|'.join(s.spellings)}))\s*(?P<n{i}>{s.number})(?![\d:])" for i, s in enumerate(SERIES)
    )
)

# Every designation and diary number holds a year: text without one holds
# none (the alternation above is tried at every position, so this is tested first).
_YEAR = re.compile(r"(?:19|20)\d\d")

# Diary numbers of the Government Offices: ministry letter(s), year, serial,
# optional unit (A2021/02397, S2020/0159/SOF, Ju2019/01234/L4).
DIARY_RE = re.compile(r"\b(?P<dnr>(?:[A-ZÅÄÖ][a-zåäö]?|[A-ZÅÄÖ]{2,3})(?:19|20)\d\d/\d{2,6}(?:/[A-ZÅÄÖ0-9]{1,6})?)(?![\w/])")
# "Diarienummer: A2021/02397" as the catalogues write it.
DIARY_LABEL_RE = re.compile(r"^\s*(?:Diarienummer|Dnr\.?)\s*:?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Designation:
    series: str  # canonical prefix, "" for agency regulations, "Dnr" for diary numbers
    text: str  # the normalised designation, e.g. "Skr. 2016/17:10"
    start: int
    end: int


def find_designations(text: str) -> list[Designation]:
    """All series designations and diary numbers in `text`, normalised."""
    found: list[Designation] = []
    if not _YEAR.search(text):
        return found
    for m in _SERIES_RE.finditer(text):
        for i, series in enumerate(SERIES):
            if m.group(f"s{i}"):
                prefix = series.canonical or m.group(f"s{i}")
                found.append(Designation(series.canonical or "FS", f"{prefix} {m.group(f'n{i}')}", m.start(), m.end()))
                break
    taken = [(d.start, d.end) for d in found]
    for m in DIARY_RE.finditer(text):
        # Overlap either way: a diary number whose unit is an agency series
        # ("A1900/00/AFS 1900:0") must not also claim the series designation
        # (found by hypothesis, issue 8).
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(Designation("Dnr", m.group("dnr"), m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def normalise_designation(text: str) -> str | None:
    """The canonical form of a designation that makes up all of `text`, else None."""
    # rstrip(". "): "SFS 2021:966 ." is "SFS 2021:966." (issue 8); a designation
    # itself never ends in a dot or a space.
    stripped = DIARY_LABEL_RE.sub("", text.strip()).strip().rstrip(". ")
    found = find_designations(stripped)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].text
    return None


@dataclass(frozen=True)
class Malformed:
    """A designation written almost right: `raw` as in the text, `intended`
    the designation it most likely stands for, `reason` what is wrong."""

    raw: str
    intended: str
    reason: str
    start: int
    end: int


# Any series prefix, then a year (and session), then whatever separates the
# number from it, the number, digits split off by a stray space, and a
# closing parenthesis. What `_SERIES_RE` accepts is the subset with one
# colon, no split and no stray parenthesis; the rest is malformed.
_LOOSE_RE = re.compile(
    r"(?P<prefix>\b(?:" + "|".join(p for s in SERIES for p in s.spellings) + r"))\s*"
    r"(?P<year>(?:19|20)\d\d(?:/\d\d)?)"
    r"(?P<sep>::|:\s+|[.,](?=\d)|\s+(?=\d)|:)"
    r"(?P<number>\d{1,4})"
    r"(?P<split>\s\d{1,3}(?=[.;,)]|$))?"
    r"(?P<paren>\))?"
)


def _canonical_prefix(prefix: str) -> str:
    for series in SERIES:
        if any(re.fullmatch(p, prefix) for p in series.spellings):
            return series.canonical or prefix
    return prefix


def find_malformed_designations(text: str) -> list[Malformed]:
    """Designations in `text` with a wrong separator, a number split by a
    stray space or a closing parenthesis that closes nothing (`SOU 2019.43`,
    `SFS 2021:9 66`, `Prop 2017/18:177)`), each with the one intended."""
    found: list[Malformed] = []
    if not _YEAR.search(text):
        return found
    for m in _LOOSE_RE.finditer(text):
        sep, split, paren = m.group("sep"), m.group("split"), m.group("paren")
        reasons = []
        if sep != ":":
            reasons.append(f"{sep.strip() or 'a space'!r} where ':' belongs" if sep.strip() != ":" else "a space after ':'")
        if split:
            reasons.append("a space inside the number")
        if paren and text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start()):
            reasons.append("a ')' that closes nothing")
        if not reasons:
            continue
        number = m.group("number") + (split.strip() if split else "")
        intended = f"{_canonical_prefix(m.group('prefix'))} {m.group('year')}:{number}"
        end = m.end() if paren and "a ')' that closes nothing" in reasons else m.end("split") if split else m.end("number")
        # ", " between reasons: a footnote's problems are stored joined by "; ".
        found.append(Malformed(text[m.start() : end], intended, ", ".join(reasons), m.start(), end))
    return found
