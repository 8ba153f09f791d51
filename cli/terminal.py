"""Text from documents on a terminal: shown as it is, never obeyed.

In: strings from documents, file names and messages on their way to the
terminal. Out: the same text with nothing a terminal or Rich would act on.
Issue 18 (defect 5): a title `[bold]…[/]` was read as Rich markup (an
unbalanced `[/]` crashed the table commands), `[link=…]` made a hyperlink,
and escape sequences from a document (OSC 52 writing the clipboard, cursor
movement, clearing the screen) reached the terminal.

The consoles here take no markup or emoji codes at all, and every string
they render loses its C0 and C1 control characters except newline and tab;
bidirectional embedding, override and isolate characters (Trojan Source,
CVE-2021-42574) are shown as `<U+202E>` so text cannot be made to read other
than it is stored. `--json` and `--csv` are written past these consoles and
stay exact.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.text import Text

# C0 controls but tab and newline, DEL, and C1 controls (0x9B is a one-byte CSI).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Unicode's explicit bidirectional formatting characters (UAX #9, table 1):
# the marks ALM, LRM, RLM, the embeddings and overrides LRE…RLO with PDF, and
# the isolates LRI…PDI.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without control characters, bidi controls shown as `<U+XXXX>`."""
    text = _CONTROL.sub("", text)
    return _BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def one_line(text: str) -> str:
    """A message as one line: an `error:` or `warning:` line never holds a
    line break that would start a line of its own (issue 18)."""
    return " ".join(text.splitlines())


def plain(value: Any, style: str = "") -> Text:
    """A table cell or tree label of document text: printable, never markup."""
    return Text(printable(str(value)), style=style)


class TerminalConsole(Console):
    """A Rich console for kallkoll's output: no markup, no emoji codes, and
    every string it renders (table cells and titles, printed lines) made
    printable. Text objects are built with `plain` instead."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, emoji=False, highlight=False, soft_wrap=True, **kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:  # type: ignore[override]
        kwargs.update(markup=False, emoji=False)  # even where a caller asks for them
        return super().render_str(printable(text), **kwargs)
