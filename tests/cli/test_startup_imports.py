"""Fast start (issue 17): the light commands do not import the heavy libraries.

Each command runs in a fresh interpreter (as `kallkoll` does) on a SQLite
database of the demo corpus; afterwards the test looks in `sys.modules`. Not
timed — start-up times are measured in bench/startup.py — but a module that
comes back (an import moved to module level, a new import chain) fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT_DIR

# Text analysis and PDF reading: no command that only reads needs them.
ANALYSIS = ("spacy", "pdfplumber", "pdfminer", "wordfreq", "thinc")
# The ORM, the models and SQLAlchemy itself: not for `--help`, `documents`, `footnotes`, `sources`,
# `check`, `verify`, `search` and `measures search` on SQLite. Nor pydantic: typer converts option
# values with it, and cli/params.py does the plain ones without it (issue 15: start-up).
ORM = ("sqlmodel", "sqlalchemy", "evidence.schema", "alembic", "pydantic", "pydantic_core")

CHILD = """
import json, sys
sys.argv = ["kallkoll", *json.loads(sys.argv[1])]
from cli.main import main
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
sys.stderr.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""


def loaded(args: list[str]) -> set[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], capture_output=True, text=True,
                          cwd=PROJECT_DIR, check=False, timeout=300)
    *messages, last = done.stderr.strip().splitlines()
    report = json.loads(last)
    # 1 is `verify`'s answer when the demo report has a mismatch; never an error line.
    assert report["code"] in (0, None, 1) and not any(m.startswith("error:") for m in messages), done.stderr
    assert done.stdout.strip(), "the command printed nothing"
    return set(report["modules"])


def heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or any(m.startswith(f"{n}.") for n in names))


@pytest.mark.parametrize("command", [["--help"], ["documents"], ["documents", "--json"], ["footnotes", "1"],
                                     ["footnotes", "Demomyndighetens", "--json"], ["sources", "1"],
                                     ["sources", "--format", "csl-json"], ["search", "våld"],
                                     ["search", "stöd till barn", "--actor", "Socialstyrelsen", "--from", "2018"],
                                     ["search", "våld", "--doc", "1"], ["check", "1"],
                                     ["check", "Demomyndighetens", "--json", "--min-severity", "info"],
                                     ["verify", "1"], ["verify", "1", "--json", "--status", "mismatch"],
                                     ["verify", "1", "--csv"], ["measures", "search", "våld"],
                                     ["measures", "search", "våldsutsatta kvinnor", "--actor", "Socialstyrelsen",
                                      "--from", "2018", "--json"],
                                     ["measures", "search", "valdsutsata"], ["measures", "search", ""]])
def test_listing_commands_import_neither_analysis_nor_orm(demo_sqlite_url: str, command: list[str]) -> None:
    args = command if command == ["--help"] else [*command, "--db", demo_sqlite_url]
    modules = loaded(args)
    assert "cli.main" in modules  # the command really ran in the child
    assert heavy(modules, ANALYSIS + ORM) == []


@pytest.mark.parametrize("command", [["sources", "1"], ["check", "1"], ["verify", "1"], ["search", "våld"],
                                     ["measures", "search", "våld"]])
def test_reading_commands_import_no_text_analysis(demo_sqlite_url: str, command: list[str]) -> None:
    modules = loaded([*command, "--db", demo_sqlite_url])
    assert "cli.main" in modules
    assert heavy(modules, ANALYSIS) == []


@pytest.mark.parametrize("command", [["search", "stöd till barn", "--actor", "Brå", "--from", "2018", "--json"],
                                     ["measures", "search", "våld", "--actor", "Socialstyrelsen"]])
def test_searching_by_actor_does_not_compile_the_measure_patterns(demo_sqlite_url: str, command: list[str]) -> None:
    """--actor needs an agency's normalised name (extract/agency_names.py), not the
    hundred patterns of extract/measures.py (issue 15: start-up)."""
    modules = loaded([*command, "--db", demo_sqlite_url])
    assert "extract.agency_names" in modules
    assert "extract.measures" not in modules


@pytest.mark.parametrize("command", [["search", "våld", "--json"], ["measures", "search", "våld", "--json"],
                                     ["search", "stöd till barn", "--actor", "Socialstyrelsen", "--json"],
                                     ["documents", "--json"], ["footnotes", "1", "--json"]])
def test_json_output_does_not_import_rich(demo_sqlite_url: str, command: list[str]) -> None:
    """`--json` is written past the consoles: Rich is imported only to print through them (issue 15)."""
    modules = loaded([*command, "--db", demo_sqlite_url])
    assert "cli.main" in modules
    assert heavy(modules, ("rich", "cli.console")) == []
    # Nor the parsed-document records: the kinds they name come from ingest/kinds.py.
    assert "ingest.model" not in modules
