"""The Rich console kallkoll prints through (see cli/terminal.py for why it is so strict).

In: Rich's Console arguments. Out: a console that takes no markup or emoji
codes and makes every string it renders printable. Imported only when
something is printed through Rich (cli/terminal.py's `Terminal`): Rich is
not needed for `--json` (issue 15: start-up).
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from cli.terminal import printable


class TerminalConsole(Console):
    """A Rich console for kallkoll's output: no markup, no emoji codes, and
    every string it renders (table cells and titles, printed lines) made
    printable. Text objects are built with `plain` instead."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, emoji=False, highlight=False, soft_wrap=True, **kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:  # type: ignore[override]
        kwargs.update(markup=False, emoji=False)  # even where a caller asks for them
        return super().render_str(printable(text), **kwargs)
