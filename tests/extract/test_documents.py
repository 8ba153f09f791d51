"""What a document says about itself: the designations it states."""

from __future__ import annotations

import pytest

from extract.documents import document_designations
from ingest.model import PARAGRAPH, Block, Page, ParsedDocument


def doc(title: str, first: str = "", metadata: dict[str, str] | None = None) -> ParsedDocument:
    blocks = (Block(kind=PARAGRAPH, text=first, page_number=1, order=0),) if first else ()
    return ParsedDocument(path="x.md", title=title, kind="report", format="markdown", sha256="0" * 64,
                          pages=(Page(1),), blocks=blocks, metadata=metadata or {})


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        (doc("SOU 2099:1 Ett starkare skydd för våldsutsatta"), ["SOU 2099:1"]),
        (doc("Med tillit följer bättre resultat, SOU 2019:43"), ["SOU 2019:43"]),
        (doc("Regeringens proposition 2012/13:187"), ["Prop. 2012/13:187"]),
        (doc("Okänd titel", metadata={"margin_label": "Prop. 2012/13:187"}), ["Prop. 2012/13:187"]),
        (doc("Lag", metadata={"designation": "SFS 2001:453"}), ["SFS 2001:453"]),
        # A response to an inquiry is not the inquiry.
        (doc("Remissvar gällande betänkandet En moderniserad reglering (SOU 2026:14)"), []),
        (doc("Rapport", "Enligt SOU 2018:37 har kommunerna ansvar för att erbjuda stöd."), []),
    ],
)
def test_document_designations(parsed: ParsedDocument, expected: list[str]) -> None:
    assert document_designations(parsed) == expected
