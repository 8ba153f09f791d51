"""Issue 18, item 13: a Type3 font whose glyphs have zero width (generated in tests/support/hostile_pdf.py)."""

from __future__ import annotations

from pathlib import Path

import hostile_pdf as h

from ingest.files import read_source
from ingest.pdf import parse_pdf


def test_doubled_letters_of_zero_width_glyphs_are_kept(tmp_path: Path) -> None:
    """Issue 18, item 13: Type3 glyphs of zero width stand on top of each
    other; a doubled letter is not the fake-bold double print it looks like."""
    path = tmp_path / "type3.pdf"
    path.write_bytes(h.type3_zero_width())
    assert [b.text for b in parse_pdf(read_source(path)).blocks] == ["Rapporten", "visar", "att", "tillsammans"]
