"""The `kallkoll` command line: thin typer commands over library functions.

In: command-line arguments. Out: rich tables or JSON on stdout, one-line
errors on stderr, and exit codes (0 ok, 1 a file or document failed, 2 usage).
Library exceptions are turned into messages here and nowhere else.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from cli.output import write_output
from cli.terminal import TerminalConsole, one_line, plain, printable
from evidence.errors import EvidenceError
from evidence.masking import mask_passwords
from ingest.errors import IngestError, shown_path

app = typer.Typer(
    name="kallkoll",
    help="Trace the evidence behind Swedish government reports: footnotes, citations, figures and their sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Document text is shown, never obeyed: no markup, no control characters (cli/terminal.py).
out = TerminalConsole()
err = TerminalConsole(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="KALLKOLL_DB", help="Database URL or SQLite file (default: kallkoll.db here)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {one_line(message)}", markup=False)
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (IngestError, EvidenceError) as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            # Before typer's own handler, which exits 130 without a word (issue 18).
            err.print("interrupted", markup=False)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (searched recursively).")],
    db: DbOption = None,
    json_output: JsonOption = False,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Parse files in this many processes (default: number of cores).")
    ] = None,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            "--follow-symlinks",
            help="Inside directories, also follow symbolic links that lead outside them (default: skip and report them).",
        ),
    ] = False,
) -> None:
    """Ingest reports and government documents (text, PDF, HTML/XML, Markdown).

    Example:
        kallkoll ingest corpus/
    """
    from evidence.pipeline import IngestOutcome, Interrupted, default_workers, ingest_paths

    def line(o: IngestOutcome) -> None:
        if json_output:
            return
        if o.status == "failed":
            err.print(f"error: {one_line(o.error or '')}", markup=False)
            return
        if o.status == "skipped":
            err.print(f"warning: {one_line(o.error or '')}", markup=False)
            return
        # Printed through the progress bar's console so lines stay above the bar.
        console = out
        r = o.result
        assert r is not None
        console.print(
            f"{o.status:9} {shown_path(o.path)}: {r.title!r} — {r.pages} pages, {r.blocks} blocks, "
            f"{r.footnotes} footnotes, {r.markers} markers",
            markup=False,
        )
        for warning in o.warnings:
            err.print(f"warning: {shown_path(o.path)}: {one_line(warning)}", markup=False)

    progress: Progress | None = None
    task = None

    def on_start(total: int) -> None:
        nonlocal progress, task
        if total > 1 and not json_output:
            progress = Progress(
                TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True
            )
            progress.start()
            task = progress.add_task("ingest", total=total)

    def on_file(o: IngestOutcome) -> None:
        if progress is not None and task is not None:
            progress.advance(task)
        line(o)

    try:
        report = ingest_paths(
            [str(p) for p in paths],
            db=db,
            on_start=on_start,
            on_file=on_file,
            workers=workers or default_workers(),
            follow_symlinks=follow_symlinks,
        )
    except Interrupted as exc:
        # Issue 18 (defect 12): said here, before typer's own handling of
        # Ctrl-C would exit without a word.
        if progress is not None:
            progress.stop()
            progress = None
        err.print(str(exc), markup=False)
        raise typer.Exit(130) from None
    finally:
        if progress is not None:
            progress.stop()
    if json_output:
        print_json(
            [
                {"path": o.path, "status": o.status, "error": o.error, "warnings": list(o.warnings)}
                | ({"document_id": o.result.document_id, "title": o.result.title, "pages": o.result.pages,
                    "blocks": o.result.blocks, "footnotes": o.result.footnotes, "markers": o.result.markers}
                   if o.result else {})
                for o in report.outcomes
            ]
        )
    if not report.ok:
        fail(f"{len(report.failed)} of {len(report.outcomes)} files failed")


@app.command()
@handles_errors
def documents(db: DbOption = None, json_output: JsonOption = False) -> None:
    """List the stored documents.

    Example:
        kallkoll documents --json
    """
    from evidence.store import list_documents, open_engine

    docs = list_documents(open_engine(db))
    if json_output:
        print_json(docs)
        return
    table = Table("id", "title", "kind", "format", "pages", "blocks", "footnotes", "path")
    for d in docs:
        table.add_row(
            str(d["id"]), d["title"], d["kind"], d["format"], str(d["pages"]), str(d["blocks"]), str(d["footnotes"]), d["path"]
        )
    out.print(table)


@app.command()
@handles_errors
def footnotes(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a document's footnotes with their page and the sentence each is attached to.

    Example:
        kallkoll footnotes 1 --json
    """
    from evidence.store import find_document, footnotes_of, open_engine

    engine = open_engine(db)
    document = find_document(engine, doc)
    notes = footnotes_of(engine, document.id)  # type: ignore[arg-type]
    if json_output:
        print_json(notes)
        return
    table = Table("no.", "page", "footnote", "attached to sentence", title=document.title)
    for n in notes:
        table.add_row(str(n["number"]), str(n["page"]), n["text"], n["sentence"] or "—")
    out.print(table)


@app.command()
@handles_errors
def export(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Export as JSON (the only format so far).")] = True,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout (`-`: stdout).")] = None,
) -> None:
    """Export a whole parsed document as JSON (the contract is described in README).

    Example:
        kallkoll export 1 --json -o followup.json
    """
    from evidence.store import export_document, find_document, open_engine

    engine = open_engine(db)
    document = find_document(engine, doc)
    data = export_document(engine, document.id)  # type: ignore[arg-type]
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    try:
        streamed = write_output(output, text, sys.stdout)
    except OSError as exc:
        fail(f"{output}: cannot write export ({exc.strerror})")
    if not streamed:
        err.print(f"wrote {output}", markup=False)


@app.command()
@handles_errors
def check(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    db: DbOption = None,
    json_output: JsonOption = False,
    min_severity: Annotated[
        str, typer.Option("--min-severity", help="Show only findings this grave or graver: error, warning or info.")
    ] = "info",
) -> None:
    """Check footnotes and citations before publishing; exit 1 on any error-level finding.

    Example:
        kallkoll check uppföljning --min-severity warning
    """
    from evidence.check import ERROR, SEVERITIES, at_least, check_document, findings_as_dicts
    from evidence.store import find_document, open_engine

    if min_severity not in SEVERITIES:
        fail(f"--min-severity {min_severity!r}: unknown severity (use {', '.join(SEVERITIES)})", 2)
    engine = open_engine(db)
    document = find_document(engine, doc)
    every = check_document(engine, document.id)  # type: ignore[arg-type]
    findings = at_least(every, min_severity)
    if json_output:
        print_json(findings_as_dicts(findings))
    else:
        table = Table("severity", "footnote", "page", "kind", "message", title=f"check: {document.title}")
        colours = {"error": "red", "warning": "yellow", "info": "blue"}
        for f in findings:
            table.add_row(plain(f.severity, style=colours[f.severity]), str(f.footnote or "—"), str(f.page or "—"), f.kind,
                          plain(f.message))
        out.print(table)
        counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
        out.print(f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes", markup=False)
    if any(f.severity == ERROR for f in every):
        raise typer.Exit(1)


@app.command()
@handles_errors
def sources(
    doc: Annotated[str | None, typer.Argument(help="Only sources cited by this document.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csl-json.")] = "table",
    json_output: JsonOption = False,
) -> None:
    """List the bibliography: key, kind, title, footnotes citing it, resolution.

    Example:
        kallkoll sources uppföljning --format csl-json
    """
    from evidence.bibliography import list_sources, to_csl_json
    from evidence.store import find_document, open_engine

    engine = open_engine(db)
    document_id = find_document(engine, doc).id if doc else None
    rows = list_sources(engine, document_id)
    if json_output:
        fmt = "json"
    if fmt == "json":
        print_json(rows)
    elif fmt == "csl-json":
        print_json(to_csl_json(rows))
    elif fmt == "table":
        table = Table("key", "kind", "title", "footnotes", "resolved by", "aliases")
        for r in rows:
            table.add_row(plain(r["key"]), r["kind"], plain(r["title"] or "—"), str(r["footnotes"]),
                          r["resolved_by"] or "unresolved", plain(", ".join(r["aliases"])))
        out.print(table)
    else:
        fail(f"--format {fmt!r}: unknown format (use table, json or csl-json)", 2)


@app.command()
@handles_errors
def claims(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    kind: Annotated[str | None, typer.Option("--kind", help="claim, assessment, proposal, summary or summary_en.")] = None,
    with_figures: Annotated[bool, typer.Option("--with-figures", help="Only claims that carry figures.")] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List what a report asserts: claims with kind, page, section, footnotes and figures.

    Example:
        kallkoll claims uppföljning --kind assessment
    """
    from evidence.analysis import claims_of, figures_of
    from evidence.store import find_document, open_engine, session_for

    engine = open_engine(db)
    document = find_document(engine, doc)
    with session_for(engine) as session:
        rows = claims_of(session, document.id, kind)  # type: ignore[arg-type]
        figures = {f["id"]: f for f in figures_of(session, document.id)}  # type: ignore[arg-type]
    if with_figures:
        rows = [r for r in rows if r["figure_ids"]]
    if json_output:
        print_json([r | {"figures": [figures[i] for i in r["figure_ids"]]} for r in rows])
        return
    table = Table("id", "kind", "page", "objective", "claim", "footnotes", "figures", title=document.title)
    for r in rows:
        shown = "; ".join(f"{figures[i]['raw']} = {figures[i]['value']:g} {figures[i]['unit']}" for i in r["figure_ids"])
        table.add_row(str(r["id"]), r["kind"], str(r["page"]), str(r["objective"] or "—"), plain(r["text"]),
                      ", ".join(map(str, r["footnotes"])) or "—", plain(shown))
    out.print(table)


@app.command()
@handles_errors
def figures(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    unit: Annotated[str | None, typer.Option("--unit", help="Only this unit (percent, persons, days, sek, …).")] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List every number with its meaning: value, unit, qualifier, counted thing, years.

    Example:
        kallkoll figures uppföljning --unit percent
    """
    from evidence.analysis import figures_of
    from evidence.store import find_document, open_engine, session_for

    engine = open_engine(db)
    document = find_document(engine, doc)
    with session_for(engine) as session:
        rows = figures_of(session, document.id, unit)  # type: ignore[arg-type]
    if json_output:
        print_json(rows)
        return
    table = Table("id", "raw", "value", "unit", "qualifier", "subject", "years", "in", title=document.title)
    for f in rows:
        where = f"claim {f['claim_id']}" if f["claim_id"] else f"footnote {f['footnote_id']}"
        table.add_row(str(f["id"]), plain(f["raw"]), f"{f['value']:g}", f["unit"], f["qualifier"] or "", f["subject"] or "",
                      ", ".join(map(str, f["years"])), where)
    out.print(table)


def _at_page(page: int | None) -> str:
    """Where a passage is: its page, or the catalogue entry (a source with no full text has no page)."""
    return f"p. {page}" if page is not None else "catalogue entry"


STATUS_COLOURS = {"verified": "green", "mismatch": "red", "not_found": "yellow", "no_source": "blue", "uncited": "white"}


@app.command()
@handles_errors
def verify(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    status: Annotated[str | None, typer.Option("--status", help="Only claims with a figure of this status.")] = None,
    section: Annotated[str | None, typer.Option("--section", help="Only claims whose chapter/section contains this text.")] = None,
    csv_output: Annotated[bool, typer.Option("--csv", help="Print CSV (one row per figure).")] = False,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Only verdicts at least this sure (0–1).", min=0.0, max=1.0)] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Is every number backed by its source? Exit 1 when any figure is a mismatch.

    Each verdict has a confidence (0–1) and a reason: what matched beside the
    two numbers, or why nothing was found. The last line is the coverage:
    figures whose source was searched / figures with a footnote / figures.

    Example:
        kallkoll verify uppföljning --status mismatch --min-confidence 0.7
    """
    from evidence.link import STATUSES
    from evidence.store import find_document, open_engine
    from evidence.verify import coverage, status_counts, verification_rows

    if status is not None and status not in STATUSES:
        fail(f"--status {status!r}: unknown status (use {', '.join(STATUSES)})", 2)
    engine = open_engine(db)
    document = find_document(engine, doc)
    rows = verification_rows(engine, document.id, status=status, section=section,  # type: ignore[arg-type]
                             min_confidence=min_confidence)
    if json_output:
        print_json(rows)
    elif csv_output:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(["claim_id", "page", "figure", "value", "unit", "status", "source_value", "source", "passage_page",
                         "score", "claim", "confidence", "reason"])
        for r in rows:
            for f in r["figures"]:
                writer.writerow([r["claim_id"], r["page"], f["raw"], f["value"], f["unit"], f["status"], f["source_value"],
                                 (r["source"] or {}).get("key"), (r["passage"] or {}).get("page"),
                                 (r["passage"] or {}).get("score"), r["claim"], f["confidence"], f["reason"]])
    else:
        table = Table("claim", "page", "figures", "source", "best passage", "score", title=f"verify: {document.title}")
        for r in rows:
            figs = Text()
            for f in r["figures"]:
                figs.append(printable(f"{f['raw']} "), style="bold")
                figs.append(printable(f["status"]), style=STATUS_COLOURS.get(f["status"], ""))
                if f["status"] == "mismatch":
                    figs.append(f" (source: {f['source_value']:g}, p. {f['passage_page']})")
                if f["confidence"] is not None:
                    figs.append(f" {f['confidence']:.2f}")
                if f["reason"]:
                    figs.append(f"\n  {f['reason']}", style="dim")
                figs.append("\n")
            passage = r["passage"] or {}
            table.add_row(plain(r["claim"]), str(r["page"]), figs, plain((r["source"] or {}).get("key") or "—"),
                          plain(f"{_at_page(passage.get('page'))}: {passage.get('text')}" if passage.get("text") else "—"),
                          f"{passage.get('score', 0):.2f}" if passage else "—")
        out.print(table)
        out.print(", ".join(f"{k}: {v}" for k, v in status_counts(rows).items()), markup=False)
        c = coverage(engine, document.id)  # type: ignore[arg-type]
        out.print(f"coverage: {c['attempted']} figures checked against a source / {c['with_footnote']} with a footnote "
                  f"/ {c['figures']} figures; {c['through_chain']} more carry a verdict through the chain",
                  markup=False)
    if any(f["status"] == "mismatch" for r in rows for f in r["figures"]):
        raise typer.Exit(1)


@app.command()
@handles_errors
def trace(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    claim: Annotated[str, typer.Argument(help="Claim id or a fragment of its text.")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a claim's evidence chain: summary/assessment → body claim → footnote → citation → source → passage.

    Example:
        kallkoll trace uppföljning "från fem till sju dagar"
    """
    from rich.tree import Tree

    from evidence.store import find_document, open_engine
    from evidence.verify import trace_claim

    engine = open_engine(db)
    document = find_document(engine, doc)
    node = trace_claim(engine, document.id, claim)  # type: ignore[arg-type]
    if json_output:
        print_json(node)
        return

    def add_claim(tree: Tree, n: dict) -> None:
        for f in n["figures"]:
            label = plain(f"{f['raw']}: ")
            label.append(printable(f["status"] or "—"), style=STATUS_COLOURS.get(f["status"] or "", ""))
            if f["source_value"] is not None:
                label.append(f" (source {f['source_value']:g})")
            tree.add(label)
        for note in n["footnotes"]:
            fn = tree.add(plain(f"footnote {note['number']}: {note['text']}"))
            for c in note["citations"]:
                src = c["source"] or {}
                cite = fn.add(plain(f"citation {c['key']} ({c['kind']}) → {src.get('title') or 'unresolved'}"
                                   f" [{src.get('resolved_by') or 'unresolved'}]"))
                for p in c["passages"][:2]:
                    if p["text"]:
                        cite.add(plain(f"passage {_at_page(p['page'])} (score {p['score']:.2f}): {p['text']}"))

    def add_support(tree: Tree, n: dict) -> None:
        add_claim(tree, n)
        for sub in n.get("supported_by", []):
            branch = tree.add(
                plain(f"supported by [{sub['kind']}] p. {sub['page']} (score {sub['chain_score']:.2f}): {sub['text']}")
            )
            add_support(branch, sub)

    root = Tree(plain(f"[{node['kind']}] p. {node['page']}: {node['text']}"))
    add_support(root, node)
    out.print(root)


@app.command()
@handles_errors
def report(
    doc: Annotated[str, typer.Argument(help="Document id, path or a unique title fragment.")],
    html_file: Annotated[Path, typer.Option("--html", help="Write the self-contained HTML report to this file (`-`: stdout).")],
    db: DbOption = None,
) -> None:
    """Write the reviewer's evidence report: counts by status, claims by chapter, sources and passages.

    Example:
        kallkoll report uppföljning --html rapport.html
    """
    from evidence.report import render_report
    from evidence.store import find_document, open_engine

    engine = open_engine(db)
    document = find_document(engine, doc)
    page = render_report(engine, document.id)  # type: ignore[arg-type]
    try:
        streamed = write_output(html_file, page, sys.stdout)
    except OSError as exc:
        fail(f"{html_file}: cannot write report ({exc.strerror})")
    if not streamed:
        err.print(f"wrote {html_file}", markup=False)


catalogue_app = typer.Typer(help="Catalogues of government documents (regeringen.se lists, SFS).", no_args_is_help=True)
app.add_typer(catalogue_app, name="catalogue")


@catalogue_app.command("import")
@handles_errors
def catalogue_import(
    paths: Annotated[list[Path], typer.Argument(help="regeringen.se JSON lists, SFS .md files, or directories of them.")],
    db: DbOption = None,
) -> None:
    """Import catalogues so citations resolve to titles, dates and URLs.

    Example:
        kallkoll catalogue import ../shared/corpus/regeringen/catalogue ../shared/corpus/sfs
    """
    from evidence.catalogue import import_catalogues
    from evidence.store import open_engine

    for r in import_catalogues(open_engine(db), [str(p) for p in paths]):
        out.print(f"{r.path}: {r.entries} entries ({r.skipped} without a designation skipped)", markup=False)


measures_app = typer.Typer(help="Government measures and proposals: what has been done before, by whom, when.",
                           no_args_is_help=True)
app.add_typer(measures_app, name="measures")


@measures_app.command("search")
@handles_errors
def measures_search(
    query: Annotated[str, typer.Argument(help="What to find: words, a question, an English term (Swedish stemming, compounds, typos, synonyms).")],
    actor: Annotated[str | None, typer.Option("--actor", help="Acting or assigned organisation; abbreviations work (Brå).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="assignment, law_change, inquiry, grant, programme, proposal.")] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="From this year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Up to this year.")] = None,
    objective: Annotated[int | None, typer.Option("--objective", min=1, max=4, help="Strategy objective 1–4.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many results.")] = 20,
    raw: Annotated[bool, typer.Option("--raw", help="Pass the query to the full-text engine as syntax.")] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Search measures, ranked by relevance, with snippets.

    Example:
        kallkoll measures search "våld i nära relationer" --actor Socialstyrelsen --from 2018
    """
    from evidence.measures import find_measures
    from evidence.store import open_engine

    found = find_measures(open_engine(db), query, actor=actor, kind=kind, year_from=year_from, year_to=year_to,
                          objective=objective, limit=limit, raw=raw)
    print_corrections(found["corrections"], json_output)
    rows = found["results"]
    if json_output:
        print_json(rows)
        return
    table = Table("id", "kind", "year", "actor → assigned", "diary", "snippet", "document")
    for r in rows:
        who = f"{r['actor'] or '—'} → {', '.join(r['assigned']) or '—'}"
        where = "\n".join(x for x in (r["document_title"] or "", r.get("url") or r.get("path") or "") if x)
        table.add_row(str(r["id"]), r["kind"], str(r["year"] or "—"), plain(who), plain(", ".join(r["diary_numbers"])),
                      plain(r["snippet"]), plain(where))
    out.print(table)


def print_corrections(corrections: dict[str, str], to_stderr: bool) -> None:
    """Say which words were searched instead of the ones typed (issue 15)."""
    if corrections:
        (err if to_stderr else out).print("visar träffar för: " + ", ".join(corrections.values()), markup=False)


@measures_app.command("show")
@handles_errors
def measures_show(
    measure_id: Annotated[int, typer.Argument(help="Measure id (from `kallkoll measures search`).")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show one measure: its source sentence or document, linked assignment, citations.

    Example:
        kallkoll measures show 12
    """
    from evidence.measures import show_measure
    from evidence.store import open_engine

    data = show_measure(open_engine(db), measure_id)
    if json_output:
        print_json(data)
        return
    for key, value in data.items():
        out.print(plain(f"{key}: ", style="bold") + plain(json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value))


@app.command("search")
@handles_errors
def search_command(
    query: Annotated[str, typer.Argument(help="What to find in every document: words, a question, an English term.")],
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id, path or title fragment); every matching block.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Documents whose measures name this organisation; abbreviations work (Brå).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Document kind: assignment, report, law, web_page, xml.")] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="From this year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Up to this year.")] = None,
    per_block: Annotated[bool, typer.Option("--per-block", help="One row per matching block instead of per document.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    raw: Annotated[bool, typer.Option("--raw", help="Pass the query to the full-text engine as syntax (blocks, no filters).")] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Search whole documents, best first, one row each with the best snippet.

    Example:
        kallkoll search "stöd till barn som bevittnat våld" --from 2018 --actor Socialstyrelsen
    """
    from evidence.docsearch import search_everything
    from evidence.store import open_engine

    found = search_everything(open_engine(db), query, doc=doc, actor=actor, kind=kind, year_from=year_from,
                              year_to=year_to, per_block=per_block, limit=limit, raw=raw)
    print_corrections(found["corrections"], json_output)
    rows = found["results"]
    if json_output:
        print_json(rows)
        return
    table = Table("document", "year", "agencies", "diary", "page", "snippet", "score")
    for r in rows:
        where = "\n".join(x for x in (r.get("title") or "", r.get("url") or r.get("path") or "") if x)
        table.add_row(plain(where), str(r.get("date") or r.get("year") or "—"), plain(", ".join(r.get("agencies") or [])),
                      plain(", ".join(r.get("diary_numbers") or [])), str(r.get("page") or "—"),
                      plain(r.get("snippet") or ""), f"{r.get('score') or 0:.2f}")
    out.print(table)


db_app = typer.Typer(help="The database: schema version and upgrades.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
@handles_errors
def db_upgrade(
    db: DbOption = None,
    revision: Annotated[str, typer.Option("--to", help="Target schema version.")] = "head",
) -> None:
    """Bring a database made by an older kallkoll to the current schema.

    Example:
        kallkoll db upgrade --db kallkoll.db
    """
    from evidence.db import upgrade
    from evidence.store import open_engine

    before, after = upgrade(open_engine(db, allow_old=True), revision)
    out.print(f"schema {before or 'empty'} → {after}", markup=False)


@db_app.command("info")
@handles_errors
def db_info(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Show the backend, schema version and row counts.

    Example:
        kallkoll db info --json
    """
    from evidence.db import info
    from evidence.store import open_engine

    data = info(open_engine(db, allow_old=True))
    if json_output:
        print_json(data)
        return
    out.print(f"backend: {data['backend']}  ({data['url']})", markup=False)
    out.print(f"schema version: {data['schema_version']} (newest {data['newest_version']})", markup=False)
    for name, n in data["counts"].items():
        out.print(f"  {name}: {n}", markup=False)


class _LineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


# The packages whose warnings a user should see; other libraries (pdfminer,
# lxml, SQLAlchemy) speak only when they report an error.
OWN_LOGGERS = ("ingest", "extract", "evidence", "cli")


def configure_logging() -> None:
    """Log records as one `warning: …` / `error: …` line each on stderr (the
    same shape as kallkoll's own messages), not Python's bare last-resort output."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LineFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.ERROR)
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def main() -> None:
    """Console-script entry point: no Python traceback ever reaches the user."""
    configure_logging()
    try:
        app()
    except KeyboardInterrupt:
        err.print("error: interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 — the last line of defence at the process boundary
        # Masked and on one line: an exception may quote a database URL (issue 18).
        err.print(f"error: internal error ({type(exc).__name__}: {mask_passwords(str(exc))}); please report it", markup=False)
        sys.exit(70)
    finally:
        # The interpreter's collections at exit walk every object the run
        # made (spaCy's vocabulary, SQLAlchemy's mappers: a fifth of a second
        # after ingesting a report) to free memory the process is about to
        # give back anyway. Frozen objects are skipped; everything else at exit
        # (flushing, closing connections, atexit handlers) happens as before.
        gc.freeze()
