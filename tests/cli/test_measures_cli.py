"""`kallkoll measures search/show` and `kallkoll search` through the CLI, hostile queries included,
on SQLite and (with KALLKOLL_TEST_POSTGRES) PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from conftest import DEMO_CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def db(module_db_url: str) -> str:
    assert runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", module_db_url]).exit_code == 0
    return module_db_url


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


HUGE = "123456789012345678901234567890"  # over SQLite's INTEGER and PostgreSQL's BIGINT (issue 18)


def test_a_measure_id_beyond_the_database_is_a_one_line_error(db: str) -> None:
    result = runner.invoke(app, ["measures", "show", HUGE, "--db", db])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {HUGE}: no stored measure has this id (see `kallkoll measures search`)"
    ]


@pytest.mark.parametrize(
    "options",
    [["--limit", HUGE], ["--from", HUGE], ["--to", "-" + HUGE], ["--from", "-" + HUGE, "--to", HUGE]],
    ids=["limit", "from", "to", "both"],
)
def test_numbers_beyond_the_database_are_clamped(db: str, options: list[str]) -> None:
    for command in (["measures", "search", "uppdrag"], ["measures", "search", ""], ["search", "uppdrag"]):
        if command[0] == "search" and options[0] != "--limit":
            continue
        result = runner.invoke(app, [*command, *options, "--db", db, "--json"])
        assert result.exit_code == 0, (command, result.output)
        rows = json.loads(result.output)
        assert isinstance(rows, list)
        if options[0] in ("--limit",) or options == ["--from", "-" + HUGE, "--to", HUGE]:
            assert rows, command  # everything, as with no bounds


@pytest.mark.parametrize(
    "query",
    ['"', "*", "-x", "NEAR(", "a OR", "((", "kontaktförbud AND", "'; DROP TABLE block; --",
     "!kontaktförbud", "kontaktförbud | uppdrag", "<->", "kontaktförbud:*", "a:1", "&", ":", "'"],
)
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


def test_reingest_replaces_index_entries(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(" RAPPORT\n\nRegeringen gav Socialstyrelsen i uppdrag att sprida kunskap om hedersvåld.1\n\n \n1 Skr 2016/17:10.\n",
                      encoding="utf-8")
    db = db_url
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    report.write_text(report.read_text(encoding="utf-8").replace("hedersvåld", "barnäktenskap"), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    assert json.loads(runner.invoke(app, ["search", "hedersvåld", "--db", db, "--json"]).output) == []
    assert json.loads(runner.invoke(app, ["search", "barnäktenskap", "--db", db, "--json"]).output)
    rows = json.loads(runner.invoke(app, ["measures", "search", "barnäktenskap", "--db", db, "--json"]).output)
    assert rows and all("barnäktenskap" in r["text"] for r in rows)
    assert json.loads(runner.invoke(app, ["measures", "search", "hedersvåld", "--db", db, "--json"]).output) == []


@pytest.mark.parametrize("query", ["((", "NEAR(", "a OR"])
def test_raw_syntax_error_is_a_one_line_error(db: str, query: str) -> None:
    for command in (["search"], ["measures", "search"]):
        result = runner.invoke(app, [*command, "--raw", "--db", db, "--", query])
        assert result.exit_code == 1, result.output
        assert result.output.startswith("error: ") and "leave out --raw" in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_raw_syntax_is_the_engines(db: str) -> None:
    # FTS5 on SQLite takes stems and OR; PostgreSQL's to_tsquery takes | (its words are stemmed for it).
    query = "kontaktförbud | uppdrag" if db.startswith("postgresql") else "kontaktförbud OR uppdrag"
    either = json.loads(runner.invoke(app, ["search", query, "--raw", "--limit", "200", "--db", db, "--json"]).output)
    one = json.loads(runner.invoke(app, ["search", "kontaktförbud", "--limit", "200", "--db", db, "--json"]).output)
    assert len(either) > len(one) > 0


def test_measures_search_filters_and_scores(db: str) -> None:
    rows = json.loads(runner.invoke(app, ["measures", "search", "uppdrag", "--limit", "1000", "--db", db, "--json"]).output)
    assert rows and [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert all(r["score"] > 0 for r in rows)
    kinds = {r["kind"] for r in rows}
    for kind in kinds:
        only = json.loads(runner.invoke(app, ["measures", "search", "uppdrag", "--kind", kind, "--limit", "1000",
                                              "--db", db, "--json"]).output)
        assert {r["id"] for r in only} == {r["id"] for r in rows if r["kind"] == kind}
