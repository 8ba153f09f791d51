"""ingest.front_matter: YAML front matter without aliases, deep nesting or huge values (issue 18, defect 3)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import hostile_yaml as y
import pytest

from ingest.errors import IngestError, UnsafeInputError
from ingest.files import parse_file
from ingest.front_matter import MAX_DEPTH, MAX_VALUE_CHARS, load_front_matter

# name, builder, what the one-line reason must say
REFUSED: list[tuple[str, Callable[[], str], str]] = [
    ("alias-bomb", y.alias_bomb, "YAML front matter refused at line 4, column 10: an alias (*a0) is refused"),
    ("merge-key-alias", y.merge_key_alias, "YAML front matter refused at line 4, column 7: an alias (*bas) is refused"),
    ("deep-nesting", y.deep_nesting, f"YAML front matter refused at line 3, column {MAX_DEPTH + 8}: collections nest more than"),
    ("long-value", y.long_value, f"YAML front matter refused at line 3, column 9: a value of 100,000 characters (limit {MAX_VALUE_CHARS:,})"),
]


@pytest.mark.parametrize(("builder", "reason"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_hostile_front_matter_is_refused_at_once(tmp_path: Path, builder: Callable[[], str], reason: str) -> None:
    path = tmp_path / "sfs-2001-453.md"
    path.write_text(builder(), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(UnsafeInputError) as info:
        parse_file(path)
    assert time.perf_counter() - started < 5, "hang guard"
    message = str(info.value)
    assert message.startswith(f"{path}: {reason}"), message
    assert "\n" not in message


def test_values_are_kept_as_written() -> None:
    assert load_front_matter("x.md", "beteckning: 2021:12\nnr: 007\nsvar: no\ntom:\n") == {
        "beteckning": "2021:12", "nr": "007", "svar": "no", "tom": None
    }


def test_an_anchor_without_an_alias_is_harmless() -> None:
    assert load_front_matter("x.md", "rubrik: &r Lag\n") == {"rubrik": "Lag"}


def test_a_malformed_alias_is_still_a_corrupt_file() -> None:
    with pytest.raises(IngestError, match="malformed YAML front matter at line 2"):
        load_front_matter("x.md", "rubrik: *\n")
