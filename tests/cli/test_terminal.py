"""Issue 18, defect 5: document text on the terminal is shown, never obeyed.

A title, footnote or sentence holding Rich markup (`[bold]`, `[link=…]`, an
unbalanced `[/]`), escape sequences (OSC 52 clipboard write, clear screen, a
one-byte C1 CSI) or bidi overrides is printed as text by every table command:
markup literally, control characters removed, bidi controls as `<U+202E>`.
`--json` keeps the text exact.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from test_ingest import invoke

OSC52 = "\x1b]52;C;AGVQ\x07"  # writes the clipboard in many terminals
HOSTILE_TEXT = (
    f" RAPPORT [/] OM [BOLD]NÅGOT[/BOLD] {OSC52} \u202eTXT.EXE\n\n"
    "Två procent av [red]kvinnor[/] uppgav att de utsatts för hot \x1b[2J under 2022.1 Andelen har minskat \x9b31m.2\n\n"
    " \n1 Brottsförebyggande rådet [link=https://evil.example]2023a[/link] \x1b[31m.\n2 Socialstyrelsen 2024 [/].\n"
)
TITLE = f"Rapport [/] om [bold]något[/bold] {OSC52.lower()} \u202etxt.exe"

# What a terminal would act on: C0 controls but newline, DEL, C1; and raw bidi controls.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that table cells do not fold the texts looked for."""
    from cli import main

    monkeypatch.setattr(main, "out", type(main.out)(width=400))


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("terminal")
    source = folder / "rapport.txt"
    source.write_text(HOSTILE_TEXT, encoding="utf-8")
    db_file = folder / "k.db"
    result = invoke("ingest", str(source), "--db", str(db_file))
    assert result.exit_code == 0, result.output
    return db_file


# command, text the output must show literally (short, so table wrapping keeps it whole)
COMMANDS = [
    (("documents",), ["[/]", "[bold]något[/bold]", "<U+202E>txt.exe"]),
    (("footnotes", "1"), ["[/]", "[link=https://evil.example]2023a[/link]", "[red]kvinnor[/]"]),
    (("check", "1"), ["[bold]något[/bold]"]),
    (("claims", "1"), ["[bold]något[/bold]", "[red]kvinnor[/]"]),
    (("figures", "1"), ["[bold]något[/bold]"]),
    (("verify", "1"), ["[bold]något[/bold]", "[red]kvinnor[/]"]),
    (("sources", "1"), []),
    (("trace", "1", "1"), ["[red]kvinnor[/]", "[link=https://evil.example]2023a[/link]"]),
    (("search", "hot"), ["[red]kvinnor[/]", "<U+202E>txt.exe"]),
    (("measures", "search", "hot"), []),
]


@pytest.mark.parametrize(("command", "shown"), COMMANDS, ids=[" ".join(c[0]) for c in COMMANDS])
def test_document_text_is_shown_not_obeyed(hostile_db: Path, command: tuple[str, ...], shown: list[str]) -> None:
    result = invoke(*command, "--db", str(hostile_db))
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "error:" not in result.output, result.output
    assert not UNSAFE.search(result.output), [m.group() for m in UNSAFE.finditer(result.output)]
    flat = re.sub(r"\s+", " ", result.output)
    for text in shown:
        assert text in flat, (text, result.output)


def test_json_keeps_document_text_exact(hostile_db: Path) -> None:
    documents = json.loads(invoke("documents", "--db", str(hostile_db), "--json").output)
    assert documents[0]["title"] == TITLE
    notes = json.loads(invoke("footnotes", "1", "--db", str(hostile_db), "--json").output)
    assert notes[0]["text"] == "Brottsförebyggande rådet [link=https://evil.example]2023a[/link] \x1b[31m."


def test_file_names_in_ingest_lines_are_printable(tmp_path: Path) -> None:
    good = tmp_path / f"bra{OSC52}.txt"
    good.write_text(HOSTILE_TEXT, encoding="utf-8")
    bad = tmp_path / "trasig\x1b[2J\u202e.pdf"
    bad.write_bytes(b"%PDF-1.4 inte en pdf")
    result = invoke("ingest", str(good), str(bad), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert not UNSAFE.search(result.output), [m.group() for m in UNSAFE.finditer(result.output)]
    assert f"error: {str(bad)!r}: " in result.output  # quoted, its escapes shown
