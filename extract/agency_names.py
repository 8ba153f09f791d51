"""An agency's name as the measures store it: abbreviations and short names expanded.

In: a name as written (`Brå`, `länsstyrelserna`, `Jämställdhets-myndigheten`).
Out: `normalise_agency`'s normalised name, and `normalise_text`, the
character clean-up every measure pattern sees.

Apart from extract/measures.py (which imports both from here) because
`kallkoll search --actor` and `measures search --actor` need only this:
extract/measures.py compiles some hundred patterns when imported, about
15–20 ms of every such search (issue 15: start-up).
"""

from __future__ import annotations

import re

from extract import lang_sv_measures as L
from extract.agencies import expand_abbreviation

_NORMALISE = str.maketrans(
    {"\u00ad": None, "\u200b": None, "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
     "\u2011": "-", "\u2010": "-"}
)

LOWER_FIRST = re.compile(r"^[a-zåäö]")
PAREN = re.compile(r"\s*\([^)]*\)")
# "Jämställdhets-myndigheten", "Riksantikvarie-ämbetet": a word broken at a line end.
_BROKEN_COMPOUND = re.compile(r"(?<=[a-zåäö]{3})-(?=[a-zåäö]{3})")
_HYPHEN_AND = re.compile(r"(?<=\w)-och\b")  # "Post-och telestyrelsen"
_LOWER_AFTER = re.compile(r"^(Statens|Inspektionen för|Myndigheten för) ([A-ZÅÄÖ])(?=[a-zåäö])")


def normalise_text(text: str) -> str:
    """Soft hyphens and zero-width spaces out, odd spaces and hyphens plain.
    Measures keep offsets of whole sentences in the original text, so the
    characters dropped here never shift them."""
    return text.translate(_NORMALISE)


def normalise_agency(name: str) -> str:
    """The normalised name of an agency: abbreviations and short names expanded,
    a parenthesised abbreviation dropped, `länsstyrelserna` capitalised."""
    text = " ".join(normalise_text(name).split()).strip(" ,.;:")
    text = PAREN.sub("", text).strip()
    text = _BROKEN_COMPOUND.sub("", _HYPHEN_AND.sub("- och", text))
    text = _LOWER_AFTER.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", text)
    if text.casefold() in L.GROUP_NAMES:
        return L.GROUP_NAMES[text.casefold()]
    if LOWER_FIRST.match(text):
        text = text[0].upper() + text[1:]
    text = expand_abbreviation(text)
    return L.AGENCY_ALIASES.get(text, text)
