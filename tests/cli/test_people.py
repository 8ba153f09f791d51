"""The CLI as people meet it (issue 17): layouts at 80 and 200 columns, strict
options, `--db` anywhere, `--version`, no database made by reading, DOC
resolution, `check`'s default and summary, `sources --missing`, streams."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.layout import plural, snippet
from cli.main import app
from conftest import DEMO_CORPUS, shared_path

runner = CliRunner()


def invoke(*args: str, columns: int = 80, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "PAGER": "cat", **(env or {})})


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo corpus ingested once for the module."""
    db = str(tmp_path_factory.mktemp("demo") / "k.db")
    result = invoke("ingest", str(DEMO_CORPUS), "--db", db)
    assert result.exit_code == 0, result.output
    yield db


# ---- layouts -------------------------------------------------------------------------------------

# Box-drawing characters and table rules are not words.
_RULES = re.compile(r"[─━│┃┏┓┗┛┡┩╇╋┳┻┣┫├┤┼┬┴└┘┌┐═]+")


def words_of(text: str) -> set[str]:
    return set(_RULES.sub(" ", text).split())


def missing_words(main_texts: list[str], output: str) -> list[str]:
    """Words of the main column's texts that do not appear whole in the output."""
    shown = words_of(output)
    return sorted({w for t in main_texts for w in t.split() if w not in shown and len(w) < 30})


# command, the JSON key of its main column's text (None: the JSON is a dict with "results").
LISTINGS = [
    (("documents",), "title"),
    (("footnotes", "1"), "text"),
    (("claims", "1"), "text"),
    (("figures", "1"), "subject"),
    (("verify", "1"), "claim"),
    (("sources", "1"), "key"),
    (("sources", "1", "--missing"), "key"),
    (("check", "1", "--min-severity", "info"), "message"),
    (("search", "våld"), "title"),
]


@pytest.mark.parametrize("columns", [80, 200])
@pytest.mark.parametrize(("command", "key"), LISTINGS, ids=[" ".join(c) for c, _ in LISTINGS])
def test_no_word_of_the_main_column_is_cut(demo: str, command: tuple[str, ...], key: str, columns: int) -> None:
    data = json.loads(invoke(*command, "--db", demo, "--json").stdout)
    rows = data["results"] if isinstance(data, dict) else data
    texts = [str(r[key]) for r in rows if r.get(key)]
    assert texts, f"{command}: nothing to show"
    result = invoke(*command, "--db", demo, columns=columns)
    assert result.exit_code in (0, 1), result.output
    assert missing_words(texts, result.stdout) == []
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    if columns == 200 and command[0] in ("claims", "verify", "footnotes"):
        assert max(len(line) for line in lines) > 150  # the width is used


def test_at_80_columns_secondary_columns_move_under_the_main_text(demo: str) -> None:
    narrow = invoke("claims", "1", "--db", demo, columns=80).stdout
    wide = invoke("claims", "1", "--db", demo, columns=200).stdout
    assert "figures:" in narrow and "figures:" not in wide
    assert "figures" in wide.splitlines()[1]  # a column header of its own


def test_trace_piped_is_never_cropped(demo: str) -> None:
    node = json.loads(invoke("trace", "1", "14 procent", "--db", demo, "--json").stdout)
    texts: list[str] = []

    def collect(n: object) -> None:
        if isinstance(n, dict):
            texts.extend(str(v) for k, v in n.items() if k == "text" and v)
            for k, v in n.items():
                collect(v[:2] if k == "passages" else v)  # the tree shows a citation's best two
        elif isinstance(n, list):
            for v in n:
                collect(v)

    collect(node)
    result = invoke("trace", "1", "14 procent", "--db", demo, columns=40)
    assert result.exit_code == 0, result.output
    assert missing_words(texts, result.stdout) == []
    # The claim is one line: piped output has no width limit, nothing wraps.
    assert any(node["text"] in line for line in result.stdout.splitlines())


def test_snippet_centres_on_the_number() -> None:
    text = " ".join(["ord"] * 60) + " 12 procent av kvinnorna " + " ".join(["mer"] * 60)
    cut = snippet(text, ["12"], size=60)
    assert "12 procent" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) <= 62
    assert snippet("kort text 12", ["12"]) == "kort text 12"
    assert snippet(text, ["999"], size=40).startswith("ord")


@pytest.mark.parametrize(("n", "word", "shown"), [(1, "error", "1 error"), (2, "error", "2 errors"),
                                                  (1, "page", "1 page"), (1, "entry", "1 entry"),
                                                  (3, "entry", "3 entries"), (0, "note", "0 notes"), (2, "day", "2 days")])
def test_plurals(n: int, word: str, shown: str) -> None:
    assert plural(n, word) == shown


# ---- strict options, --db, --version ---------------------------------------------------------------

BOGUS = [
    ("claims", "1", "--kind", "bogus"),
    ("figures", "1", "--unit", "bogus"),
    ("measures", "search", "våld", "--kind", "bogus"),
    ("search", "våld", "--kind", "bogus"),
    ("verify", "1", "--status", "bogus"),
    ("check", "1", "--min-severity", "bogus"),
    ("sources", "--format", "bogus"),
]


@pytest.mark.parametrize("command", BOGUS, ids=[" ".join(c[:-2]) for c in BOGUS])
def test_a_value_outside_the_choices_is_refused_with_them(demo: str, command: tuple[str, ...]) -> None:
    result = invoke(*command, "--db", demo)
    assert result.exit_code == 2
    assert "'bogus' is not one of" in result.output
    option = command[-2]
    help_text = invoke(*command[: command.index(option)], "--help").stdout
    assert re.search(re.escape(option) + r"\s+<[a-z_-]+\|[a-z_-]+\|", help_text), help_text  # the choices in --help


def test_choices_are_the_library_tables() -> None:
    from cli import choices
    from evidence.check import SEVERITIES
    from evidence.link import STATUSES
    from extract.claims import CLAIM_KINDS
    from extract.figures import UNITS

    assert choices.CLAIM_KIND_VALUES == CLAIM_KINDS
    assert choices.UNIT_VALUES == UNITS
    assert choices.STATUS_VALUES == STATUSES
    assert choices.SEVERITY_VALUES == SEVERITIES


def test_db_before_or_after_the_command(demo: str) -> None:
    before = invoke("--db", demo, "documents", "--json")
    after = invoke("documents", "--json", "--db", demo)
    assert before.exit_code == after.exit_code == 0
    assert before.stdout == after.stdout and json.loads(before.stdout)


def test_db_twice_with_two_values_is_a_usage_error(demo: str, tmp_path: Path) -> None:
    result = invoke("--db", demo, "documents", "--db", str(tmp_path / "other.db"))
    assert result.exit_code == 2 and "--db given twice" in result.stderr


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and re.fullmatch(r"kallkoll \S+\n", result.stdout)


# ---- no database made by reading -----------------------------------------------------------------

READ_ONLY = [("documents",), ("footnotes", "1"), ("check", "1"), ("sources",), ("claims", "1"), ("figures", "1"),
             ("verify", "1"), ("trace", "1", "x"), ("export", "1"), ("report", "1", "--html", "r.html"),
             ("measures", "search", "våld"), ("measures", "show", "1"), ("search", "våld"), ("db", "info"),
             ("db", "upgrade")]


@pytest.mark.parametrize("command", READ_ONLY, ids=[" ".join(c) for c in READ_ONLY])
def test_a_read_only_command_never_creates_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      command: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KALLKOLL_DB", raising=False)
    result = invoke(*command)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: no kallkoll database at ./kallkoll.db — run `kallkoll ingest PATH` first, or pass --db\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("documents",), ("check", "1"), ("search", "våld")], ids=" ".join)
def test_a_read_only_command_never_creates_a_schema_on_postgresql(tmp_path: Path, command: tuple[str, ...]) -> None:
    from sqlalchemy import create_engine, inspect

    from conftest import fresh_database

    with fresh_database("postgresql", tmp_path) as url:
        result = invoke(*command, "--db", url)
        assert result.exit_code == 1
        assert result.stderr.startswith("error: no kallkoll database at postgresql+psycopg://")
        assert "run `kallkoll ingest PATH` first" in result.stderr and result.stderr.count("\n") == 1
        password = url.split(":")[2].split("@")[0]
        assert f":{password}@" not in result.stderr
        engine = create_engine(url)
        try:
            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()


# ---- DOC resolution through the CLI --------------------------------------------------------------


def test_a_fragment_of_several_takes_the_report_and_says_so(demo: str) -> None:
    result = invoke("footnotes", "i nära relationer", "--db", demo, "--json")
    assert result.exit_code == 0
    assert result.stderr.startswith("note: 'i nära relationer': 3 documents match; using 1 ")
    assert json.loads(result.stdout)


def test_several_pages_and_no_report_list_the_candidates(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(f"# Sida {name} om våld\n\nText om våld {name}.\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert invoke("ingest", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--db", db).exit_code == 0
    result = invoke("footnotes", "om våld", "--db", db)
    assert result.exit_code == 1
    assert "matching documents" in result.stderr and "Sida a om våld" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("error: om våld: 2 documents match and none is a report")


def test_a_designation_names_its_document(demo: str) -> None:
    result = invoke("footnotes", "SOU 2099:1", "--db", demo, "--json")
    assert result.exit_code == 0 and result.stderr == ""


# ---- check, verify, sources --missing ---------------------------------------------------------------


def test_check_shows_errors_and_warnings_and_counts_notes(demo: str) -> None:
    every = json.loads(invoke("check", "1", "--db", demo, "--json").stdout)
    default = invoke("check", "1", "--db", demo, columns=200)
    counts = {s: sum(1 for f in every if f["severity"] == s) for s in ("error", "warning", "info")}
    last = default.stdout.strip().splitlines()[-1]
    assert last.startswith(f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
                           f"{plural(counts['info'], 'note')}")
    if counts["info"]:
        assert "below --min-severity not shown" in last
        assert "unresolved" not in default.stdout.replace(last, "")
        assert "unresolved" in invoke("check", "1", "--db", demo, "--min-severity", "info").stdout


def test_verify_points_to_the_missing_sources(demo: str) -> None:
    result = invoke("verify", "1", "--db", demo, columns=200)
    counts = [r for r in json.loads(invoke("verify", "1", "--db", demo, "--json").stdout)
              for f in r["figures"] if f["status"] == "no_source"]
    assert counts
    assert result.stdout.strip().splitlines()[-1] == (
        f"{plural(len(counts), 'figure')} cite a source not ingested: `kallkoll sources 1 --missing` lists what to fetch"
    )


def test_sources_missing_lists_only_sources_not_ingested_most_cited_first(demo: str) -> None:
    every = json.loads(invoke("sources", "1", "--db", demo, "--json").stdout)
    missing = json.loads(invoke("sources", "1", "--missing", "--db", demo, "--json").stdout)
    assert {s["key"] for s in missing} == {s["key"] for s in every if s["resolved_by"] != "document"}
    assert [s["citations"] for s in missing] == sorted((s["citations"] for s in missing), reverse=True)
    table = invoke("sources", "1", "--missing", "--db", demo, columns=200)
    assert table.exit_code == 0
    assert table.stdout.strip().splitlines()[-1].startswith(f"{plural(len(missing), 'source')} not ingested")


# ---- streams ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("export", "1", "-o"), ("report", "1", "--html")])
def test_wrote_file_is_on_stderr_for_export_and_report(demo: str, tmp_path: Path, command: tuple[str, ...]) -> None:
    target = tmp_path / "out"
    result = invoke(*command, str(target), "--db", demo)
    assert result.exit_code == 0
    assert result.stderr == f"wrote {target}\n" and result.stdout == ""


def test_no_progress_bar_residue_when_stderr_is_no_terminal(tmp_path: Path) -> None:
    result = invoke("ingest", str(DEMO_CORPUS), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 0 and result.stderr == ""
    assert "1 page," in result.stdout or "pages," in result.stdout
    assert not re.search(r"\b1 (pages|blocks|footnotes|markers)\b", result.stdout)


@pytest.fixture(scope="module")
def assignments(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Four real government assignments about violence, ingested once (measures need assignments)."""
    folder = shared_path("regeringen", "regeringsuppdrag", "2019")
    files = [folder / "07" / "utvardering-av-det-nationella-uppdraget-att-motverka-hedersrelaterat-vald-och-fortryck.md",
             folder / "12" / "uppdrag-till-brottsforebyggande-radet-att-folja-upp-2018-ars-reformering-av-lagstiftningen-om-valdtakt.md",
             folder / "11" / "uppdrag-att-utvardera-linkopings-universitets-arbete-att-samla-och-sprida-kunskap-om-vald-och-andra-overgrepp-mot-barn.md",
             folder / "11" / "uppdrag-att-genomfora-analyser-av-tillsynens-resultat-inom-den-sociala-barn--och-ungdomsvarden.md"]
    db = str(tmp_path_factory.mktemp("assignments") / "k.db")
    result = invoke("ingest", *map(str, files), "--db", db)
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("columns", [80, 200])
def test_measures_search_main_column_is_not_cut(assignments: str, columns: int) -> None:
    rows = json.loads(invoke("measures", "search", "våld", "--db", assignments, "--json").stdout)
    texts = [r["snippet"] for r in rows if r["snippet"]]
    assert texts
    result = invoke("measures", "search", "våld", "--db", assignments, columns=columns)
    assert result.exit_code == 0
    assert missing_words(texts, result.stdout) == []
    assert max(len(line) for line in result.stdout.splitlines()) <= columns


# ---- $PAGER --------------------------------------------------------------------------------------


def _console(terminal: bool):  # type: ignore[no-untyped-def]
    import io

    from cli.console import TerminalConsole

    return TerminalConsole(file=io.StringIO(), force_terminal=terminal, width=80, height=10, color_system=None)


def _tall_table():  # type: ignore[no-untyped-def]
    from cli.layout import Column, listing

    return listing([Column("id"), Column("text", "main")], [[str(i), f"rad {i}"] for i in range(40)], 80)


def test_a_tall_listing_on_a_terminal_goes_through_the_pager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.layout import show

    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"tee {paged}")
    monkeypatch.delenv("LESS", raising=False)
    console = _console(terminal=True)
    show(console, _tall_table(), 40)
    assert "rad 39" in paged.read_text(encoding="utf-8")
    assert console.file.getvalue() == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize(("terminal", "pager"), [(False, "tee {paged}"), (True, "cat"), (True, "")])
def test_no_pager_when_piped_or_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: bool,
                                             pager: str) -> None:
    from cli.layout import show

    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", pager.format(paged=paged))
    console = _console(terminal=terminal)
    show(console, _tall_table(), 40)
    assert not paged.exists()
    assert "rad 39" in console.file.getvalue()  # type: ignore[attr-defined]


def test_a_short_listing_is_not_paged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.layout import Column, listing, show

    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"tee {paged}")
    console = _console(terminal=True)
    show(console, listing([Column("id"), Column("text", "main")], [["1", "rad"]], 80), 1)
    assert not paged.exists() and "rad" in console.file.getvalue()  # type: ignore[attr-defined]


def test_check_json_still_lists_every_finding(demo: str) -> None:
    """`--json` is unchanged by the table's new default: notes stay in it unless asked otherwise."""
    every = json.loads(invoke("check", "1", "--db", demo, "--json").stdout)
    assert "info" in {f["severity"] for f in every}
    warned = json.loads(invoke("check", "1", "--db", demo, "--json", "--min-severity", "warning").stdout)
    assert all(f["severity"] != "info" for f in warned)
