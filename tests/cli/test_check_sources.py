"""`kallkoll check`, `sources` and `catalogue import` on the real follow-up and catalogues."""

from __future__ import annotations

import json
import re
from pathlib import Path

import hostile_yaml
import pytest
from typer.testing import CliRunner

from cli.main import app
from conftest import FOLLOWUP_TXT, shared_path
from dbstate import snapshot

runner = CliRunner()

CSL_TYPES = {"report", "legislation", "personal_communication", "webpage", "document", "article-journal", "book"}


@pytest.fixture(scope="module")
def followup_db(module_db_url: str) -> str:
    """The real follow-up ingested, on each backend."""
    path = shared_path("followup", FOLLOWUP_TXT.name)
    assert runner.invoke(app, ["ingest", str(path), "--db", module_db_url]).exit_code == 0
    return module_db_url


@pytest.fixture(scope="module")
def catalogued_db(followup_db: str) -> str:
    cat = shared_path("regeringen", "catalogue")
    sfs = shared_path("sfs")
    result = runner.invoke(app, ["catalogue", "import", str(cat), str(sfs), "--db", followup_db])
    assert result.exit_code == 0, result.output
    return followup_db


def findings(db: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["check", "1", "--db", db, "--json"])
    return result.exit_code, json.loads(result.output)


def test_check_finds_spelling_variant_and_unclosed_parenthesis(followup_db: str) -> None:
    code, found = findings(followup_db)
    assert code == 1  # the malformed designation is an error
    variant = [f for f in found if f["kind"] == "inconsistent_spelling"]
    assert len(variant) == 1
    assert "Myndigheten för vård -och omsorgsanalys 2023" in variant[0]["message"]
    assert "Myndigheten för vård- och omsorgsanalys 2023" in variant[0]["message"]
    malformed = [f for f in found if f["kind"] == "malformed_designation"]
    assert [(f["footnote"], f["severity"]) for f in malformed] == [(236, "error")]


def test_check_does_not_flag_correct_footnotes(followup_db: str) -> None:
    _, found = findings(followup_db)
    structural = {"numbering_gap", "duplicate_number", "footnote_without_marker", "marker_without_footnote", "unparsed"}
    assert not [f for f in found if f["kind"] in structural]
    flagged = {f["footnote"] for f in found if f["severity"] in ("error", "warning") and f["kind"] != "unresolved"}
    # 40 cites "Socialstyrelsen 2023" while 2023a, 2023b and 2023c are cited too.
    assert flagged == {40, 171, 236}


def test_catalogue_resolution(catalogued_db: str) -> None:
    rows = json.loads(runner.invoke(app, ["sources", "1", "--db", catalogued_db, "--json"]).output)
    by_key = {r["key"]: r for r in rows}
    assert by_key["SOU 2019:43"]["title"] == "Med tillit följer bättre resultat – tillitsbaserad styrning och ledning i staten"
    assert by_key["SOU 2019:43"]["resolved_by"] == "catalogue"
    assert by_key["A2021/02397"]["title"].startswith("Åtgärdsprogram för att förebygga och bekämpa mäns våld mot kvinnor 2021")
    assert by_key["Skr. 2016/17:10"]["title"] == "En nationell strategi för att förebygga och bekämpa mäns våld mot kvinnor"
    assert by_key["Brottsförebyggande rådet 2023a"]["footnotes"] == 4


def test_regeringen_pages_resolve_to_ingested_documents(catalogued_db: str) -> None:
    pages = shared_path("regeringen", "pages")
    result = runner.invoke(app, ["ingest", str(pages), "--db", catalogued_db])
    assert result.exit_code == 0, result.output
    rows = json.loads(runner.invoke(app, ["sources", "1", "--db", catalogued_db, "--json"]).output)
    by_key = {r["key"]: r for r in rows}
    for key in ("SOU 2019:43", "A2021/02397", "Skr. 2016/17:10"):
        assert by_key[key]["resolved_by"] == "document", key
        assert by_key[key]["document_id"] is not None


def test_sources_csl_json_structure(followup_db: str) -> None:
    items = json.loads(runner.invoke(app, ["sources", "1", "--db", followup_db, "--format", "csl-json"]).output)
    assert items
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for item in items:
        # CSL-JSON: id and type are required; names are objects; dates are date-parts of ints.
        assert isinstance(item["id"], str) and item["id"]
        assert item["type"] in CSL_TYPES
        for name in item.get("author", []):
            assert set(name) <= {"family", "given", "literal"} and all(isinstance(v, str) for v in name.values())
        if "issued" in item:
            parts = item["issued"]["date-parts"]
            assert all(isinstance(x, int) for x in parts[0]) and 1 <= len(parts[0]) <= 3
    letter = next(i for i in items if i["id"] == "kriminalvården-brev-2023")
    assert letter["type"] == "personal_communication"
    bra = next(i for i in items if i["id"] == "brottsförebyggande-rådet-2023a")
    assert bra["author"] == [{"literal": "Brottsförebyggande rådet"}] and bra["issued"]["date-parts"] == [[2023]]


def test_export_gains_citations_and_sources(followup_db: str) -> None:
    data = json.loads(runner.invoke(app, ["export", "1", "--db", followup_db]).output)
    assert {"footnote", "key", "kind", "raw", "source_id"} <= set(data["citations"][0])
    assert {"id", "key", "kind", "title", "aliases", "resolved_by"} <= set(data["sources"][0])
    assert len(data["citations"]) == 277
    fn18 = [c["key"] for c in data["citations"] if c["footnote"] == 18]
    assert fn18 == ["Brottsförebyggande rådet 2023a", "Brottsförebyggande rådet 2024a"]


def test_bad_catalogue_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "trasig.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["catalogue", "import", str(bad), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {bad}: not a readable JSON catalogue")


def test_check_min_severity_hides_notes_but_keeps_the_exit_code(followup_db: str) -> None:
    result = runner.invoke(app, ["check", "1", "--db", followup_db, "--json", "--min-severity", "error"])
    assert result.exit_code == 1
    assert {f["severity"] for f in json.loads(result.output)} == {"error"}
    result = runner.invoke(app, ["check", "1", "--db", followup_db, "--min-severity", "warning"],
                           env={"COLUMNS": "200"})
    # Issue 17: notes are counted in the summary line even when the table leaves them out.
    every = json.loads(runner.invoke(app, ["check", "1", "--db", followup_db, "--json"]).output)
    notes = sum(1 for f in every if f["severity"] == "info")
    assert result.exit_code == 1 and f"{notes} notes (" in result.output and "below --min-severity not shown" in result.output
    assert not any(line.startswith("info ") for line in result.output.splitlines())


def test_check_unknown_severity_is_a_one_line_error(followup_db: str) -> None:
    result = runner.invoke(app, ["check", "1", "--db", followup_db, "--min-severity", "bogus"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: Invalid value for '--min-severity': 'bogus' is not one of 'error', 'warning', 'info'. "
        "(see `kallkoll check --help`)"
    ]


# Issue 18, defect 3: an SFS file's front matter is read without aliases and
# with capped values; each refusal is one line naming the file, nothing stored.
BAD_SFS = [
    ("alias-bomb", lambda: hostile_yaml.alias_bomb(levels=7), "YAML front matter refused at line 4, column 10: an alias (*a0)"),
    ("long-title", hostile_yaml.long_value, "YAML front matter refused at line 3, column 9: a value of 100,000 characters"),
    ("deep-title", hostile_yaml.deep_nesting, "YAML front matter refused at line 3"),
    ("title-not-text", lambda: "---\nbeteckning: 2001:453\nrubrik: {a: b}\n---\n\nText.\n",
     "front matter field 'rubrik' must be text, not a dict"),
]


@pytest.mark.parametrize(("builder", "reason"), [c[1:] for c in BAD_SFS], ids=[c[0] for c in BAD_SFS])
def test_hostile_sfs_front_matter_is_a_one_line_error(tmp_path: Path, builder, reason: str) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "k.db"
    good = tmp_path / "sfs-2001-453.md"
    good.write_text("---\nbeteckning: 2001:453\nrubrik: Socialtjänstlag\n---\n\nText.\n", encoding="utf-8")
    assert runner.invoke(app, ["catalogue", "import", str(good), "--db", str(db_file)]).exit_code == 0
    before = snapshot(db_file)
    bad = tmp_path / "sfs-2021-12.md"
    bad.write_text(builder(), encoding="utf-8")
    result = runner.invoke(app, ["catalogue", "import", str(bad), "--db", str(db_file)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert result.output.startswith(f"error: {bad}: {reason}"), result.output
    assert snapshot(db_file) == before


# Issue 18 (item 13): a catalogue's URL reaches CSL-JSON and the HTML report
# only as a plain http(s) link without user information.
CATALOGUE_URLS = [  # url, handed on
    ("javascript:alert(document.domain)", False),
    ("https://www.regeringen.se@evil.example/sou-2019-43", False),
    ("https://www.regeringen.se/sou-2019-43/", True),
]


@pytest.mark.parametrize(("url", "handed_on"), CATALOGUE_URLS, ids=["javascript", "userinfo", "plain"])
def test_hostile_catalogue_urls_are_not_handed_on(tmp_path: Path, url: str, handed_on: bool) -> None:
    db_file = str(tmp_path / "k.db")
    report = tmp_path / "rapport.txt"
    report.write_text(
        " RAPPORT OM TILLIT\n\nTillitsreformen ökade tilliten med 12 procent.1\n\n \n1 SOU 2019:43.\n", encoding="utf-8"
    )
    catalogue = tmp_path / "sou.json"
    catalogue.write_text(json.dumps([{"title": "Med tillit följer bättre resultat", "id": "SOU 2019:43", "url": url}]),
                         encoding="utf-8")
    # The catalogue first: the claim is then linked to the catalogue entry, whose URL the report shows.
    assert runner.invoke(app, ["catalogue", "import", str(catalogue), "--db", db_file]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(report), "--db", db_file]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["sources", "1", "--db", db_file, "--json"]).output)
    assert [r["url"] for r in rows] == [url]  # the stored data stays exact
    items = json.loads(runner.invoke(app, ["sources", "1", "--db", db_file, "--format", "csl-json"]).output)
    assert [i["title"] for i in items] == ["Med tillit följer bättre resultat"]
    assert items[0].get("URL") == (url if handed_on else None)
    page = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "1", "--db", db_file, "--html", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "Med tillit följer bättre resultat" in html  # the source is shown, as text
    assert re.findall(r"""href\s*=\s*["']?([^"'\s>]*)""", html) == ([url] if handed_on else [])


# Issue 18 (item 13): entries of the wrong shape and JSON nested 100,000 deep
# were internal errors (a dict summary printed the SQL insert).
BAD_JSON_CATALOGUES = [
    ("deep", "[" * 100_000 + "]" * 100_000, "not a readable JSON catalogue (nested too deep)"),
    ("title-number", json.dumps([{"title": 12, "id": "SOU 2019:43"}]), "entry 1: field 'title' must be text, not int"),
    ("summary-dict", json.dumps([{"title": "T", "id": "SOU 2019:43"}, {"title": "T", "id": "SOU 2019:44", "summary": {"a": 1}}]),
     "entry 2: field 'summary' must be text, not dict"),
    ("id-list", json.dumps([{"title": "T", "id": ["SOU 2019:43"]}]), "entry 1: field 'id' must be text, not list"),
    ("url-number", json.dumps([{"title": "T", "id": "SOU 2019:43", "url": 5}]), "entry 1: field 'url' must be text, not int"),
]


@pytest.mark.parametrize(("text", "reason"), [c[1:] for c in BAD_JSON_CATALOGUES], ids=[c[0] for c in BAD_JSON_CATALOGUES])
def test_malformed_json_catalogue_is_a_one_line_error(tmp_path: Path, text: str, reason: str) -> None:
    db_file = tmp_path / "k.db"
    good = tmp_path / "bra.json"
    good.write_text(json.dumps([{"title": "Med tillit", "id": "SOU 2019:43"}]), encoding="utf-8")
    assert runner.invoke(app, ["catalogue", "import", str(good), "--db", str(db_file)]).exit_code == 0
    before = snapshot(db_file)
    bad = tmp_path / "trasig.json"
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["catalogue", "import", str(bad), "--db", str(db_file)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {bad}: {reason}"]
    assert snapshot(db_file) == before
