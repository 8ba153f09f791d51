"""`kallkoll measures search/show` and `kallkoll search` through the CLI, hostile queries included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from conftest import DEMO_CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("measures") / "k.db")
    assert runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", path]).exit_code == 0
    return path


def test_measures_search_finds_proposals_with_stemming(db: str) -> None:
    result = runner.invoke(app, ["measures", "search", "uppdragen", "--kind", "proposal", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(r["kind"] == "proposal" for r in rows)
    assert all("«" in r["snippet"] for r in rows)


def test_measures_show(db: str) -> None:
    first = json.loads(runner.invoke(app, ["measures", "search", "uppdrag", "--db", db, "--json"]).output)[0]
    shown = json.loads(runner.invoke(app, ["measures", "show", str(first["id"]), "--db", db, "--json"]).output)
    assert shown["id"] == first["id"] and shown["text"]


def test_unknown_measure_is_a_one_line_error(db: str) -> None:
    result = runner.invoke(app, ["measures", "show", "999999", "--db", db])
    assert result.exit_code == 1 and result.output.startswith("error: ")


@pytest.mark.parametrize("query", ['"', "*", "-x", "NEAR(", "a OR", "((", "kontaktförbud AND", "'; DROP TABLE block; --"])
def test_hostile_queries_never_crash(db: str, query: str) -> None:
    for command in (["search"], ["measures", "search"]):
        # "--" so that a query starting with "-" is the query, as in a shell
        result = runner.invoke(app, [*command, "--db", db, "--json", "--", query])
        args = [*command, query]
        assert result.exit_code == 0, (args, result.output)
        assert isinstance(json.loads(result.output), list)
    assert json.loads(runner.invoke(app, ["documents", "--db", db, "--json"]).output)


def test_search_stems_swedish(db: str) -> None:
    rows = json.loads(runner.invoke(app, ["search", "kontaktförbudet", "--db", db, "--json"]).output)
    assert any("ontaktförbud" in r["snippet"] for r in rows)
    only = json.loads(runner.invoke(app, ["search", "kontaktförbud", "--doc", "SOU 2099", "--db", db, "--json"]).output)
    assert only and {r["document_id"] for r in only} == {only[0]["document_id"]}


def test_reingest_replaces_index_entries(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(" RAPPORT\n\nRegeringen gav Socialstyrelsen i uppdrag att sprida kunskap om hedersvåld.1\n\n \n1 Skr 2016/17:10.\n",
                      encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    report.write_text(report.read_text(encoding="utf-8").replace("hedersvåld", "barnäktenskap"), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    assert json.loads(runner.invoke(app, ["search", "hedersvåld", "--db", db, "--json"]).output) == []
    assert json.loads(runner.invoke(app, ["search", "barnäktenskap", "--db", db, "--json"]).output)
