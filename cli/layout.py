"""Tables and trees laid out for people: readable at 80 columns, using the width there is.

In: column descriptions, rows of cell text and the console to print on.
Out: a Rich table (or tree) sized to the console, printed directly or through
`$PAGER` when it is taller than the terminal.

Issue 17: at 80 columns `claims` gave the claim text 12 characters
("Jämställdhe…"), `sources` cut the key itself, `verify` wrapped a 60-word
passage into 4 characters and `trace` cropped every line, also in a file.
The rules here:

- one column per table is the *main* one (the claim, the title, the
  message): it gets the space left over and wraps at word boundaries, never
  cut (a word longer than the column is folded, not dropped);
- *narrow* columns (ids, pages, counts, short codes) are never wrapped;
- *aside* columns (paths, sections, figures, passages) are columns of their
  own when the console is wide enough (`WIDE`), capped so they cannot starve
  the main one, and move under the main text as a dim second line when it
  is not;
- a long passage is cut to a snippet around the number it is shown for;
- a tree is never cropped: on a terminal it wraps, and piped or redirected
  it is written at the width of its longest line;
- a listing taller than the terminal goes through `$PAGER` (default
  `less -FRX`, as git does), never when the output is not a terminal.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from cli.terminal import plain

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

# Rich is imported by the functions that draw (issue 15: `--json` needs none of it).

Role = Literal["main", "narrow", "aside"]

# From this width aside columns stand on their own; below it they move under the main text.
WIDE = 120
# The most all aside columns together take of the width when they stand on
# their own, and the most one takes: the main column keeps at least half.
ASIDE_BUDGET = 0.5
ASIDE_SHARE = 0.25
# The main column's least width before asides are moved under it anyway.
MAIN_MIN = 30
# A passage longer than this is shown as a snippet around its number.
SNIPPET_CHARS = 180
ELLIPSIS = "…"
# What `less` is told when kallkoll starts it (git's default: quit when the
# text fits one screen, keep colours, leave the text on the screen).
LESS_DEFAULT = "FRX"


@dataclass(frozen=True)
class Column:
    header: str
    role: Role = "narrow"


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 error`, `2 errors`, `1 entry`, `3 entries` (issue 17: "1 errors", "1 pages")."""
    if n == 1:
        return f"{n} {word}"
    if many is None:
        many = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return f"{n} {many}"


def snippet(text: str, needles: list[str] | tuple[str, ...] = (), size: int = SNIPPET_CHARS) -> str:
    """`text` when it is short; else about `size` characters around the first of
    `needles` found in it (a figure as written, its value), cut at word
    boundaries and marked with "…" where text was left out."""
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    at = -1
    for needle in needles:
        if not needle:
            continue
        m = re.search(r"(?<![\d,.])" + re.escape(needle.strip()) + r"(?![\d])", text)
        if m:
            at = m.start()
            break
    if at < 0:
        start = 0
    else:
        start = max(0, at - size // 3)
    end = min(len(text), start + size)
    start = max(0, min(start, end - size))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (at if at >= 0 else end) else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, at) else end
    return (ELLIPSIS if start > 0 else "") + text[start:end].strip() + (ELLIPSIS if end < len(text) else "")


def _cell(value: RenderableType | str | None) -> Text:
    from rich.text import Text

    if value is None:
        return Text("—")
    if isinstance(value, Text):
        return value
    return plain(value)


def listing(columns: list[Column], rows: list[list[Text | str | None]], width: int,
            title: str | None = None) -> RenderableType:
    """A table of `rows` laid out for `width` columns (see the module docstring)."""
    from rich import box
    from rich.console import Group
    from rich.table import Table

    main = next(i for i, c in enumerate(columns) if c.role == "main")
    asides = [i for i, c in enumerate(columns) if c.role == "aside"]
    narrow_width = sum(
        max([len(c.header)] + [len(_cell(r[i]).plain) for r in rows]) + 2 for i, c in enumerate(columns) if c.role == "narrow"
    )
    aside_width = max(12, int(width * min(ASIDE_SHARE, ASIDE_BUDGET / max(len(asides), 1))))
    apart = width >= WIDE and width - narrow_width - len(asides) * aside_width >= MAIN_MIN
    shown = [i for i, c in enumerate(columns) if apart or c.role != "aside"]
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    for i in shown:
        c = columns[i]
        if c.role == "main":
            table.add_column(c.header, ratio=1, overflow="fold", min_width=MAIN_MIN // 2)
        elif c.role == "aside":
            table.add_column(c.header, overflow="fold", max_width=aside_width)
        else:
            table.add_column(c.header, no_wrap=True, overflow="fold")
    for r in rows:
        cells = []
        for i in shown:
            cell = _cell(r[i]).copy()
            if i == main and not apart:
                for j in asides:
                    extra = _cell(r[j])
                    if extra.plain and extra.plain != "—":
                        cell.append("\n")
                        cell.append(f"{columns[j].header}: ", style="dim")
                        cell.append_text(extra)
            cells.append(cell)
        table.add_row(*cells)
    if title:
        # Above the table as text of its own: a table's title is not wrapped to the width.
        return Group(plain(title, style="bold"), table)
    return table


def show(console: Console, renderable: RenderableType, rows: int | None = None) -> None:
    """Print `renderable`; through `$PAGER` when on a terminal and taller than it."""
    if not console.is_terminal or (rows is not None and rows < console.height // 2):
        console.print(renderable, soft_wrap=False)
        return
    with console.capture() as captured:
        console.print(renderable, soft_wrap=False)
    text = captured.get()
    if text.count("\n") < console.height or not page(text):
        console.file.write(text)
        console.file.flush()


def pager_command() -> list[str] | None:
    """The pager to use, as git chooses it: $PAGER, else `less`; None when it is
    set to nothing or `cat` (paging switched off)."""
    value = os.environ.get("PAGER")
    if value is None:
        value = "less"
    words = shlex.split(value)
    if not words or words == ["cat"]:
        return None
    return words


def page(text: str) -> bool:
    """Send `text` to the pager; False when there is none that can be started."""
    import subprocess

    command = pager_command()
    if command is None:
        return False
    env = dict(os.environ)
    env.setdefault("LESS", LESS_DEFAULT)
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    try:
        assert proc.stdin is not None
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early
    proc.wait()
    return True


def print_unbounded(console: Console, renderable: RenderableType) -> None:
    """Print a tree never cropped: wrapped at the terminal's width, or, when the
    output is a file or pipe, at the width of its longest line (no limit)."""
    from rich.console import Console

    if console.is_terminal:
        show(console, renderable)
        return
    measuring = Console(width=100_000, file=open(os.devnull, "w"), color_system=None, markup=False, emoji=False,
                        highlight=False)
    lines = measuring.render_lines(renderable, pad=False)
    longest = max((sum(s.cell_length for s in line) for line in lines), default=1)
    # A console of its own at that width: the shared one keeps following the terminal.
    wide = type(console)(file=console.file, width=max(longest, 1), color_system=None)
    wide.print(renderable, crop=False)
