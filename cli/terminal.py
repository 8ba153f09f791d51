"""Text from documents on a terminal: shown as it is, never obeyed.

In: strings from documents, file names and messages on their way to the
terminal. Out: the same text with nothing a terminal or Rich would act on.
Issue 18 (defect 5): a title `[bold]…[/]` was read as Rich markup (an
unbalanced `[/]` crashed the table commands), `[link=…]` made a hyperlink,
and escape sequences from a document (OSC 52 writing the clipboard, cursor
movement, clearing the screen) reached the terminal.

The consoles (cli/console.py) take no markup or emoji codes at all, and every string
they render loses its C0 and C1 control characters except newline and tab;
bidirectional embedding, override and isolate characters (Trojan Source,
CVE-2021-42574) are shown as `<U+202E>` so text cannot be made to read other
than it is stored. `--json` and `--csv` are written past these consoles and
stay exact.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text

    from cli.console import TerminalConsole

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
    from rich.text import Text

    return Text(printable(str(value)), style=style)


class Terminal:
    """kallkoll's stdout or stderr: a `TerminalConsole` made the first time it
    is used. A command that prints only JSON, or nothing, never imports Rich
    (about 20 ms of start-up; issue 15). Takes TerminalConsole's arguments;
    every attribute is the console's."""

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._console: TerminalConsole | None = None

    @property
    def console(self) -> TerminalConsole:
        if self._console is None:
            from cli.console import TerminalConsole

            self._console = TerminalConsole(**self._kwargs)
        return self._console

    def reset(self) -> None:
        """Make the console afresh when next used: the width and colours then
        follow the environment of that moment (a new run of the app in one
        process, as tests do, sees its own COLUMNS, as a new process would)."""
        self._console = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # its own, not yet set (copying): never the console's
            raise AttributeError(name)
        return getattr(self.console, name)
