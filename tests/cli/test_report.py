"""`kallkoll verify`, `trace` and `report --html`, the report opened in real headless Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import browser_page
from cli.main import app
from conftest import DEMO_CORPUS, PROJECT_DIR

runner = CliRunner()
ARTIFACTS = PROJECT_DIR / "test-artifacts"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "k.db"
    assert runner.invoke(app, ["ingest", str(DEMO_CORPUS), "--db", str(path)]).exit_code == 0
    return path


def test_verify_exits_1_on_mismatch_and_filters(db: Path) -> None:
    result = runner.invoke(app, ["verify", "Demomyndighetens", "--db", str(db), "--json", "--status", "mismatch"])
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert rows and all(any(f["status"] == "mismatch" for f in r["figures"]) for r in rows)
    csv = runner.invoke(app, ["verify", "Demomyndighetens", "--db", str(db), "--csv"])
    assert csv.output.splitlines()[0].startswith("claim_id,page,figure,value,unit,status")


def test_verify_unknown_status_is_a_usage_error(db: Path) -> None:
    result = runner.invoke(app, ["verify", "Demomyndighetens", "--db", str(db), "--status", "bogus"])
    assert result.exit_code == 2 and "'bogus' is not one of 'verified', 'mismatch'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_trace_prints_the_chain(db: Path) -> None:
    result = runner.invoke(app, ["trace", "Demomyndighetens", "Demomyndigheten föreslår att", "--db", str(db)])
    assert result.exit_code == 0
    assert result.output.startswith("[proposal]") and "supported by" in result.output
    data = json.loads(
        runner.invoke(app, ["trace", "Demomyndighetens", "Demomyndigheten föreslår att", "--db", str(db), "--json"]).output
    )
    assert data["kind"] == "proposal" and data["supported_by"]


def test_report_in_headless_chromium(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.html"
    result = runner.invoke(app, ["report", "Demomyndighetens", "--db", str(db), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page_html = out.read_text(encoding="utf-8")
    assert "<link" not in page_html and "src=" not in page_html  # self-contained: nothing fetched
    verify_rows = json.loads(runner.invoke(app, ["verify", "Demomyndighetens", "--db", str(db), "--json"]).output)
    expected = {}
    for r in verify_rows:
        for f in r["figures"]:
            expected[f["status"]] = expected.get(f["status"], 0) + 1
    requests: list[str] = []
    with browser_page() as page:
        page.on("request", lambda req: requests.append(req.url))  # type: ignore[attr-defined]
        page.goto(out.as_uri())  # type: ignore[attr-defined]
        for status, n in expected.items():
            shown = page.inner_text(f"#count-{status} .n")  # type: ignore[attr-defined]
            assert int(shown) == n, status
        page.click("#count-mismatch")  # type: ignore[attr-defined]
        visible = page.locator(".claim:visible")  # type: ignore[attr-defined]
        claims_with_mismatch = sum(1 for r in verify_rows if any(f["status"] == "mismatch" for f in r["figures"]))
        assert visible.count() == claims_with_mismatch
        assert "12 procent" in visible.first.inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-mismatch.png"), full_page=True)  # type: ignore[attr-defined]
    assert [u for u in requests if not u.startswith("file://")] == []
    assert (ARTIFACTS / "report-mismatch.png").stat().st_size > 1000


def test_report_escapes_document_text(tmp_path: Path) -> None:
    hostile = tmp_path / "elak.txt"
    hostile.write_text(
        " ELAK RAPPORT\n\n"
        'Andelen var <script>window.pwned=1</script> "><img src=x onerror=window.pwned=2> 12 procent.1\n'
        'Se <a href="javascript:window.pwned=3">länken</a> och javascript:window.pwned=4 för 3 procent.2\n\n'
        " \n1 <b>Brå</b> 2023.\n2 javascript:window.pwned=5 och https://127.0.0.1:9/spår.png\n",
        encoding="utf-8",
    )
    dbfile = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(hostile), "--db", str(dbfile)]).exit_code == 0
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "elak", "--db", str(dbfile), "--html", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "<script>window.pwned" not in text and "&lt;script&gt;" in text
    assert not re.search(r"<img", text)
    # Issue 8: a javascript: URL is never a link target, however it reaches the page.
    assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", text, re.I)
    assert not re.search(r"<a\s[^>]*javascript", text, re.I)
    requests: list[str] = []
    with browser_page() as page:
        page.on("request", lambda req: requests.append(req.url))  # type: ignore[attr-defined]
        page.goto(out.as_uri())  # type: ignore[attr-defined]
        for link in page.locator("a").all():  # type: ignore[attr-defined]
            link.click()  # a javascript: target would run here
        assert page.evaluate("window.pwned === undefined")  # type: ignore[attr-defined]
        body = page.inner_text("body")  # type: ignore[attr-defined]
        assert "<script>window.pwned=1</script>" in body
        assert '<a href="javascript:window.pwned=3">' in body and "javascript:window.pwned=4" in body
    assert [u for u in requests if not u.startswith("file://")] == []


def test_a_catalogue_passage_is_named_not_paged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18 (item 13): a passage from a catalogue entry (no full text, no page) showed "p. None"."""
    from cli import main

    monkeypatch.setattr(main, "out", type(main.out)(width=400))  # table cells unfolded
    db_file = str(tmp_path / "k.db")
    catalogue = tmp_path / "sou.json"
    catalogue.write_text(json.dumps([{"title": "Med tillit följer bättre resultat", "id": "SOU 2019:43"}]), encoding="utf-8")
    report = tmp_path / "rapport.txt"
    report.write_text(" RAPPORT OM TILLIT\n\nTillitsreformen ökade tilliten med 12 procent.1\n\n \n1 SOU 2019:43.\n",
                      encoding="utf-8")
    assert runner.invoke(app, ["catalogue", "import", str(catalogue), "--db", db_file]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(report), "--db", db_file]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["verify", "1", "--db", db_file, "--json"]).output)
    assert rows[0]["passage"]["page"] is None and rows[0]["passage"]["text"]  # the catalogue entry's
    page = tmp_path / "r.html"
    outputs = {
        "verify": runner.invoke(app, ["verify", "1", "--db", db_file]).output,
        "trace": runner.invoke(app, ["trace", "1", "1", "--db", db_file]).output,
        "report": (runner.invoke(app, ["report", "1", "--db", db_file, "--html", str(page)]), page.read_text(encoding="utf-8"))[1],
    }
    for command, output in outputs.items():
        assert "None" not in output, command
        assert "catalogue entry" in re.sub(r"\s+", " ", output), command


def test_report_shows_the_path_of_a_verdict_through_the_chain(db: Path, tmp_path: Path) -> None:
    """Issue 14: a summary's figure that carries a body figure's verdict names
    the body claim, its footnote and source, and the passage that decided."""
    rows = json.loads(runner.invoke(app, ["verify", "Demomyndighetens", "--db", str(db), "--json"]).output)
    summary = next(r for r in rows if r["kind"] == "summary" and any(f["through_claim"] for f in r["figures"]))
    figure = next(f for f in summary["figures"] if f["through_claim"])
    body = next(r for r in rows if r["claim_id"] == figure["through_claim"])
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "Demomyndighetens", "--html", str(out), "--db", str(db)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    section = html[html.index(summary["claim"][:40]):]
    section = section[: section.index('<div class="claim"')] if '<div class="claim"' in section else section
    assert "through the body claim on p. %d" % body["page"] in section
    assert body["claim"][:40] in section
    assert f"footnote {body['footnotes'][0]}:" in section
    assert "confidence" in section
