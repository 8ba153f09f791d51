"""Swedish compounds split into their known parts (issue 15).

In: a lowercased word and a lexicon (a predicate: is this a known word?).
Out: the parts, e.g. `våldsbrottsoffer` → `våld`, `brottsoffer`, `brott`,
`offer` (the binary split, then the head split again), or nothing when the
word is no compound of known words.

The algorithm: a word of at least MIN_WORD letters is split at every point
where the right side (the head) is a known word of at least MIN_HEAD letters
that is no derivational ending (`-heten`, `-ningen`, `-skap`: `myndig|heten`
is no compound) nor the tail of one the word ends with (`lokalise|ring` is
`lokalis|ering`, a derivation) and the left side (the modifier) is a known word of at least
MIN_MODIFIER letters, either as it stands or without one linking letter
(`-s-` in `våld|s|brott`, `-e-` in `barn|e|…`, `-a-` in `barn|a|hus`, `-u-` in
`gat|u|kök`). The longest head wins (Swedish compounds are right-headed and
the head carries the meaning: `barn|äktenskap`, not `barnäkt|enskap`); a head
that is itself a compound is split again, the modifier too. The split with the
longest known modifier is added when it differs, so that a compound on the
left is a part as well (`dricks|vattenförsörjning` also gives
`dricksvatten|försörjning`). A modifier that is no known word may be a
compound of known words itself, one level deep, when it ends in a linking
`-s` or in the `-e` a word in `-a` takes as a modifier
(`specialistsjuksköterske|examen`: `specialist|sjuksköterska` + `examen`).
Function words are never parts (`till|syn` is no compound).

An agent noun that lost its final -e as a modifier is the noun
(`förar|utbildning` is `förare` + `utbildning`, `bussförar|utbildning` is
`buss|förare` + `utbildning`), when neither the form as it stands nor
without a linking letter is known.

Limits: a lexicon word that is itself a compound is kept whole as well as
split; any other modifier that lost its final vowel (`flick|skola` from
`flicka`) or changed its form (`kyrko|gård`) is found only when that form is
in the lexicon; a word split wrongly by accident (`hund|rade` is impossible as
`rade` is no word, but `bil|dade` could be if both were words) adds parts at
low weight, which the ranking (evidence/docsearch.py) treats as weaker
evidence than a whole word.

Suspended compounds (`suspended`): Swedish leaves a shared head out of all
but the last of coordinated compounds, with a hyphen (`barnrätts- och
ungdomsperspektiv` is `barnrättsperspektiv` and `ungdomsperspektiv`;
`gång-, cykel- och kollektivtrafik`; `kvinno- eller mansjourer`). In: a text
and a lexicon; out: each fragment's place in the text and the compound it
stands for, the fragment joined to the last word's shared head (see
`shared_head`; after a hyphen, what follows the last one: `radio- och
tv-avgift`). Not caught: a hyphen inside a word (`e-tjänster och`), a
fragment with digits (`covid-19- och`), a dash with a space before it (a
minus, an aside), a line-break hyphen (no conjunction follows), a last word
that is no compound of known words (`medicinsk- och social`), and the rarer
head-first form (`vårdmateriel eller -utrustning`, six places in the
assignments). Limits: the head is cut after the last word's first known
part, which is not always where the fragment belongs (`hälso- och
sjukvårdspersonal` gives `hälsopersonal`, not `hälsovårdspersonal`), and a
word the lexicon lacks may make the cut wrong (`Havs- och
vattenmyndigheten` gives `havsmyndigheten`, meant).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang_sv_search import DERIVATIONAL_ENDINGS, FUNCTION_WORDS, LINKING_LETTERS, SUSPENSION_CONJUNCTIONS

MIN_WORD = 7
MIN_HEAD = 3
MIN_MODIFIER = 3
MAX_DEPTH = 3
# An agent noun in -are drops its -e as a modifier (`förare` → `förar|utbildning`,
# `användare` → `användar|stöd`); the shortened form has at least this many
# letters. Other words that drop a vowel (`flick|skola` of `flicka`) are not
# read: with a large word list, "any word plus -a or -e" splits far too much by
# accident (`lärarut|bildning` as `lärar|uta`).
MIN_TRUNCATED_MODIFIER = 4
AGENT_MODIFIER = "ar"


def _modifier(left: str, known: Callable[[str], bool]) -> str | None:
    """The known word the left side of a split stands for, if any."""
    # Without a linking letter first: `vålds` may be in a word list as a
    # genitive, but the part is `våld`.
    if len(left) > MIN_MODIFIER and left[-1] in LINKING_LETTERS:
        stem = left[:-1]
        if stem not in FUNCTION_WORDS and known(stem):
            return stem
    if len(left) >= MIN_MODIFIER and left not in FUNCTION_WORDS and known(left):
        return left
    noun = agent_noun(left)
    if noun is not None and known(noun):
        return noun
    return None


def agent_noun(left: str) -> str | None:
    """The agent noun a modifier stands for when it dropped its final -e
    (`förar` of `förar|utbildning` is `förare`, `brukar` is `brukare`), else None."""
    return left + "e" if len(left) >= MIN_TRUNCATED_MODIFIER and left.endswith(AGENT_MODIFIER) else None


def _head_ok(head: str, known: Callable[[str], bool]) -> bool:
    return len(head) >= MIN_HEAD and head not in DERIVATIONAL_ENDINGS and head not in FUNCTION_WORDS and known(head)


def split_binary(word: str, known: Callable[[str], bool], nested_modifier: bool = True) -> tuple[str, str] | None:
    """(modifier, head) of the best split of `word`, or None: the longest known
    head; with `nested_modifier`, the modifier may be a compound itself."""
    return _first_split(word, known, range(MIN_MODIFIER, len(word) - MIN_HEAD + 1), nested_modifier)


def split_longest_modifier(word: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(modifier, head) of the split with the longest known modifier, or None."""
    return _first_split(word, known, range(len(word) - MIN_HEAD, MIN_MODIFIER - 1, -1))


def _compound_modifier(left: str, known: Callable[[str], bool]) -> str | None:
    """The left side of a split as a compound of known words itself (one
    level deep), when it ends in the -e a word in -a takes as a modifier
    (`specialistsjuksköterske|examen`: `specialist|sjuksköterska`), in a
    linking -s, or lost its final vowel (`bussförar|utbildning`: `buss|förare`);
    None otherwise."""
    if len(left) < MIN_WORD:
        return None
    # `bussförar|utbildning`: a compound agent noun without its final -e.
    agent = agent_noun(left) or ""
    for form in ((left[:-1] + "a") if left[-1] == "e" else "", left[:-1] if left[-1] == "s" else "", agent):
        if form and split_binary(form, known, nested_modifier=False) is not None:
            return form
    return None


def _inside_ending(word: str, head: str) -> bool:
    """Is `head` the tail of a derivational ending `word` ends with
    (`lokalise|ring`: `ring` is the tail of `-ering`)?"""
    return any(len(ending) > len(head) and word.endswith(ending) and ending.endswith(head)
               for ending in DERIVATIONAL_ENDINGS)


def _first_split(word: str, known: Callable[[str], bool], cuts: range,
                 nested_modifier: bool = True) -> tuple[str, str] | None:
    """(modifier, head) at the first cut in `cuts` where both sides are known, or None."""
    if len(word) < MIN_WORD or not word.isalpha():
        return None
    for i in cuts:
        head = word[i:]
        if not _head_ok(head, known) or _inside_ending(word, head):
            continue
        modifier = _modifier(word[:i], known)
        if modifier is None and nested_modifier:
            modifier = _compound_modifier(word[:i], known)
        if modifier is not None:
            return modifier, head
    return None


def parts(word: str, known: Callable[[str], bool], depth: int = 0) -> list[str]:
    """The known parts of a compound `word` (intermediate compounds included),
    in order of appearance, without repeats; [] when it is no compound."""
    if depth >= MAX_DEPTH:
        return []
    split = split_binary(word, known)
    if split is None:
        return []
    modifier, head = split
    out = [modifier, *parts(modifier, known, depth + 1), head, *parts(head, known, depth + 1)]
    # The longest head hides a compound on the left: `dricks|vattenförsörjning`
    # holds `dricksvatten`, found by the split with the longest known modifier.
    other = split_longest_modifier(word, known)
    if other is not None and other != split:
        out += [other[0], *parts(other[0], known, depth + 1), other[1]]
    return list(dict.fromkeys(p for p in out if p != word))


# A fragment ending in a hyphen, more after commas, a conjunction, and the
# word that carries the shared head (letters only: `covid-19- och` is none).
_LETTERS = r"[^\W\d_]"
_SUSPENDED = re.compile(
    rf"(?<![\w-])(?P<fragments>{_LETTERS}{{2,}}-(?:\s*,\s*{_LETTERS}{{2,}}-)*)"
    rf"\s+(?P<conjunction>{_LETTERS}+)\s+(?P<last>{_LETTERS}+(?:-{_LETTERS}+)*)(?![\w-])"
)
_FRAGMENT = re.compile(rf"{_LETTERS}{{2,}}(?=-)")
# Function words that begin compounds (`in|resa`, `för|delar`) are no
# modifier of the last word; the adjectives among them are (`hög|stadiet`).
_PREPOSITIONS = FUNCTION_WORDS - frozenset("hög låg lång kort stor små liten ny gammal".split())


def shared_head(last: str, known: Callable[[str], bool]) -> str | None:
    """The head `last` shares with the fragments before it (`perspektiv` of
    `ungdomsperspektiv`, `avgift` of `tv-avgift`), casefolded, or None.

    The longest known head after a known modifier (`ungdoms|perspektiv`),
    as `split_binary` would cut, except that the modifier may be a short
    word the index never splits off (`hög|stadiet`: the fragments show that
    the word is a compound); failing that, the longest head that is a
    compound of known words itself (`lång|siktiga`, `sikt|iga`)."""
    word = last.casefold()
    if "-" in word:
        head = word.rsplit("-", 1)[1]
        return head if len(head) >= MIN_HEAD else None
    if len(word) < MIN_WORD:
        return None
    cuts = range(MIN_MODIFIER, len(word) - MIN_HEAD + 1)
    for compound_head in (False, True):
        for i in cuts:
            head, left = word[i:], word[:i]
            if head in DERIVATIONAL_ENDINGS or left in _PREPOSITIONS:
                continue
            if not (split_binary(head, known, nested_modifier=False) is not None if compound_head else known(head)):
                continue
            if known(left) or (len(left) > MIN_MODIFIER and left[-1] in LINKING_LETTERS and known(left[:-1])):
                return head
    return None


def suspended(text: str, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """The suspended compounds of `text`: (start, end) of each fragment
    (without its hyphen) and the whole compound it stands for, casefolded
    (`barnrätts- och ungdomsperspektiv` → `barnrättsperspektiv` at 0–9)."""
    out: list[tuple[int, int, str]] = []
    for m in _SUSPENDED.finditer(text):
        if m.group("conjunction").casefold() not in SUSPENSION_CONJUNCTIONS:
            continue
        head = shared_head(m.group("last"), known)
        if head is None:
            continue
        start = m.start("fragments")
        for f in _FRAGMENT.finditer(m.group("fragments")):
            out.append((start + f.start(), start + f.end(), f.group(0).casefold() + head))
    return out
