"""README.md and every `--help` example run as written (issue 17).

Every `kallkoll …` line of README's shell blocks (set-up lines such as `pip`
and `pytest` aside) is run, in order, in a temporary directory laid out as a
clone is: the project's `corpus/` inside it and `../shared` beside it. Then
every `Example:` line of every command's `--help` is run in the same place.
Each must exit 0, or the code a `# exits N` comment on its line documents,
and never show a traceback.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from conftest import DEMO_CORPUS, PROJECT_DIR, SHARED_CORPUS, shared_path

README = PROJECT_DIR / "README.md"
SHELL_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.S | re.M)
EXIT_COMMENT = re.compile(r"#\s*exits?\s+(\d+)")

runner = CliRunner()


@dataclass(frozen=True)
class Line:
    """One command line as documented: its words and the exit code it is documented to end with."""

    text: str
    words: tuple[str, ...]
    code: int


def command_line(text: str) -> Line | None:
    """A `kallkoll …` line as a Line; None for anything else (set-up, comments)."""
    text = text.strip()
    if not text.startswith("kallkoll "):
        return None
    m = EXIT_COMMENT.search(text)
    words = shlex.split(text, comments=True)
    return Line(text, tuple(words[1:]), int(m.group(1)) if m else 0)


def readme_lines(markdown: str) -> list[Line]:
    """Every `kallkoll …` line of the shell blocks of `markdown`, in order."""
    found = []
    for block in SHELL_BLOCK.findall(markdown):
        for text in block.splitlines():
            line = command_line(text)
            if line is not None:
                found.append(line)
    return found


def help_examples() -> list[Line]:
    """The `Example:` lines of every command's docstring, in the order of the commands."""
    import typer.main

    group = typer.main.get_command(app)
    found: list[Line] = []

    def walk(command) -> None:  # type: ignore[no-untyped-def]
        for text in (command.help or "").split("Example:")[1:]:
            for candidate in text.strip().splitlines()[:1]:
                line = command_line(candidate)
                if line is not None:
                    found.append(line)
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(group)
    return found


def test_readme_lines_are_found() -> None:
    lines = readme_lines(README.read_text(encoding="utf-8"))
    texts = [line.text for line in lines]
    assert "kallkoll ingest corpus/" in texts and "kallkoll ingest ../shared/corpus/followup/" in texts
    assert not any(t.startswith(("python", "pip", "sudo")) for t in texts)
    assert [line.code for line in lines if line.words[0] == "check" and "uppföljning" in line.words] == [1]


def test_every_command_has_an_example() -> None:
    examples = help_examples()
    assert len(examples) >= 17, [e.text for e in examples]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A directory laid out like a fresh clone: `project/corpus` and `shared/` beside it."""
    shared_path()  # skips with the reason when ../shared/corpus is absent
    root = tmp_path_factory.mktemp("clone")
    project = root / "project"
    project.mkdir()
    (project / "corpus").symlink_to(DEMO_CORPUS, target_is_directory=True)
    (root / "shared").symlink_to(SHARED_CORPUS.parent, target_is_directory=True)
    yield project
    _forget_engines()


def _forget_engines() -> None:
    # evidence.store keeps one engine per URL, and README's URL is the
    # relative `sqlite:///kallkoll.db`: another test's working directory
    # must not get this one.
    from evidence import store

    for url in [u for u in store._ENGINES if u == "sqlite:///kallkoll.db"]:
        store._ENGINES.pop(url).dispose()


def run(line: Line, where: Path, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """None when `line` behaved as documented, else what went wrong."""
    monkeypatch.chdir(where)
    monkeypatch.delenv("KALLKOLL_DB", raising=False)
    result = runner.invoke(app, list(line.words), env={"COLUMNS": "80"})
    shown = (result.stdout or "") + (result.stderr or "")
    if "Traceback" in shown or (result.exception is not None and not isinstance(result.exception, SystemExit)):
        return f"{line.text}: traceback ({result.exception!r})"
    if result.exit_code != line.code:
        last = (result.stderr or result.stdout or "").strip().splitlines()[-1:]
        return f"{line.text}: exit {result.exit_code}, documented {line.code} ({' '.join(last)})"
    return None


@pytest.fixture(scope="module")
def readme_run(clone: Path) -> list[str]:
    """README's lines run in order in the clone; the problems found."""
    monkeypatch = pytest.MonkeyPatch()
    _forget_engines()
    try:
        return [p for p in (run(line, clone, monkeypatch) for line in readme_lines(README.read_text("utf-8"))) if p]
    finally:
        monkeypatch.undo()
        _forget_engines()


def test_readme_runs_as_written(readme_run: list[str]) -> None:
    assert readme_run == []


def test_help_examples_run_as_written(readme_run: list[str], clone: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _forget_engines()
    try:
        problems = [p for p in (run(line, clone, monkeypatch) for line in help_examples()) if p]
    finally:
        _forget_engines()
    assert problems == []
