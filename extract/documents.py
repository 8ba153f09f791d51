"""What a document says about itself: its designations.

In: a ParsedDocument. Out: the designations it states for itself
(`Prop. 2012/13:187` from a bill's cover or margin label, `SFS 2001:453` from
a law's front matter, `SOU 2099:1` in a report's title), so that a citation
can resolve to the document.
"""

from __future__ import annotations

from extract.series import find_designations
from ingest.model import ParsedDocument

# Only short blocks near the start speak for the whole document (a cover
# line, a title); a designation in running text is a citation of another one.
COVER_BLOCKS = 4
COVER_BLOCK_MAX_CHARS = 160
METADATA_KEYS = ("designation", "margin_label", "pdf_title")


def _own(text: str, start: int, end: int) -> bool:
    """A designation names the document itself when it opens or closes the
    line ("SOU 2099:1 Ett starkare skydd", "Med tillit …, SOU 2019:43"), not
    when it stands inside it or in parentheses ("Remissvar … (SOU 2026:14)")."""
    before, after = text[:start].strip(), text[end:].strip(" .")
    return not before or not after and not before.endswith("(")


def document_designations(parsed: ParsedDocument) -> list[str]:
    found: list[str] = []
    labels = [parsed.metadata.get(k, "") for k in METADATA_KEYS]
    lines = [parsed.title] + [b.text for b in parsed.blocks[:COVER_BLOCKS] if len(b.text) <= COVER_BLOCK_MAX_CHARS]
    for text, whole in [(t, True) for t in labels] + [(t, False) for t in lines]:
        for d in find_designations(text or ""):
            if (whole or _own(text, d.start, d.end)) and d.text not in found:
                found.append(d.text)
    return found
