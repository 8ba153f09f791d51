"""`kallkoll search` and `kallkoll measures search` through the CLI (issue 15):
one row per document, --per-block, the same filters on both, corrections said,
bad input one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()
FILES = [
    ("2022", "07", "uppdrag-att-stodja-kommunerna-i-arbetet-mot-hemloshet.md"),
    ("2020", "11", "uppdrag-att-ta-fram-analys-och-forslag-pa-atgarder-for-att-motverka-och-forebygga-hemloshet.md"),
    ("2024", "12", "uppdrag-om-ett-starkt-stod-till-brottsoffer-och-vittnen.md"),
    ("2020", "10", "uppdrag-till-brottsforebyggande-radet-att-folja-upp-tillampningen-av-sexkopsbrott.md"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "k.db")
    files = [str(shared_path("regeringen", "regeringsuppdrag", *parts)) for parts in FILES]
    result = runner.invoke(app, ["ingest", *files, "--db", path, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def _json(args: list[str]) -> list[dict]:  # type: ignore[type-arg]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_search_gives_one_row_per_document_with_where_to_open_it(db: str) -> None:
    rows = _json(["search", "hemlöshet kommunerna", "--db", db])
    assert len(rows) == len({r["document_id"] for r in rows}) == 2
    assert all(r["url"].startswith("https://www.regeringen.se/regeringsuppdrag/") for r in rows)
    assert all(Path(r["path"]).suffix == ".md" and r["title"] and r["year"] for r in rows)


def test_per_block_gives_every_matching_block(db: str) -> None:
    rows = _json(["search", "hemlöshet kommunerna", "--per-block", "--db", db])
    assert len(rows) > len({r["document_id"] for r in rows})


@pytest.mark.parametrize("command", [["search"], ["measures", "search"]])
def test_the_same_filters_on_both_commands(db: str, command: list[str]) -> None:
    assert len(_json([*command, "hemlöshet", "--from", "2022", "--db", db])) == 1
    assert len(_json([*command, "hemlöshet", "--to", "2021", "--db", db])) == 1
    assert _json([*command, "hemlöshet", "--actor", "Brå", "--db", db]) == []
    assert len(_json([*command, "sexköpsbrott", "--actor", "Brå", "--db", db])) == 1


@pytest.mark.parametrize("command", [["search"], ["measures", "search"]])
def test_a_corrected_word_is_said(db: str, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "hemlöshte", "--db", db])
    assert result.exit_code == 0, result.output
    assert "visar träffar för: hemlöshet" in result.output


@pytest.mark.parametrize("command", [["search"], ["measures", "search"]])
def test_a_backwards_year_range_is_one_line_error(db: str, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "hemlöshet", "--from", "2024", "--to", "2020", "--db", db])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "swap" in lines[0]
    assert "Traceback" not in result.output


def test_raw_search_refuses_filters_in_one_line(db: str) -> None:
    result = runner.invoke(app, ["search", "hemlöshet", "--raw", "--actor", "Brå", "--db", db])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: --raw:") and len(result.output.strip().splitlines()) == 1
