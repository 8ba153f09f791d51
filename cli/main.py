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
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from cli.choices import ClaimKind, DocumentKind, MeasureKind, Severity, SourceFormat, Status, Unit, value
from cli.layout import Column, listing, plural, print_unbounded, show, snippet
from cli.params import LightGroup
from cli.terminal import Terminal, one_line, plain, printable
from evidence.errors import EvidenceError
from evidence.masking import mask_passwords
from ingest.errors import IngestError, shown_path

if TYPE_CHECKING:
    from rich.text import Text

# Start-up (issue 17, fast start): only what every command needs is imported
# here. Each command imports its library modules, and rich's progress bar,
# inside its body, so `documents` or `--help` never load spaCy, pdfplumber,
# the ORM models or the search indexes' language tables. Issue 15: Rich itself
# is imported only when something is printed through `out`/`err` (never for
# `--json`), and plain option values are converted without pydantic (cli/params.py).

class OneLineUsageErrors(LightGroup):
    """A usage error (an unknown option, a value outside the choices, a missing
    argument) is one `error:` line naming the command's --help, not a box
    (issue 17: every bad input is one line)."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        return self._one_line(super().parse_args, ctx, args)

    def invoke(self, ctx: typer.Context) -> Any:
        return self._one_line(super().invoke, ctx)

    @staticmethod
    def _one_line(step: Callable[..., Any], *args: Any) -> Any:
        usage_error = typer.BadParameter.__mro__[1]  # click's UsageError, as typer vendors it
        try:
            return step(*args)
        except usage_error as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `kallkoll db` with nothing after it: the help
                raise
            where = exc.ctx.command_path if getattr(exc, "ctx", None) is not None else "kallkoll"
            message = exc.format_message().replace("Value error, ", "")
            fail(f"{message} (see `{where} --help`)", exc.exit_code)


app = typer.Typer(
    name="kallkoll",
    cls=OneLineUsageErrors,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Document text is shown, never obeyed: no markup, no control characters (cli/terminal.py).
out = Terminal()
err = Terminal(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="KALLKOLL_DB", help="Database URL or SQLite file (default: kallkoll.db here)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DocArgument = Annotated[
    str,
    typer.Argument(help="Document id, path, title, designation (`SOU 2019:43`) or a title fragment "
                        "(several matches: the most recently ingested report)."),
]

F = TypeVar("F", bound=Callable[..., Any])

# The root's `--db` (given before the subcommand), set by `root` on every run
# before the subcommand's options are read.
_before_command: dict[str, str | None] = {"db": None}


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {one_line(message)}", markup=False)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            shown = version("kallkoll")
        except PackageNotFoundError:  # run from a tree that was never installed
            shown = "unknown (not installed)"
        out.print(f"kallkoll {shown}", markup=False)
        raise typer.Exit()


@app.callback()
def root(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL or SQLite file for the command that follows (also accepted after it)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Trace the evidence behind Swedish government reports: footnotes, citations, figures and their sources."""
    _before_command["db"] = db
    out.reset()
    err.reset()


def _effective_db(db: str | None) -> str | None:
    """`--db` before the subcommand (`kallkoll --db x documents`) or after it; the
    same option twice with two values is a usage error, not a silent choice."""
    before = _before_command["db"]
    if before is None:
        return db
    # A value equal to $KALLKOLL_DB came from the environment: the command line wins over it.
    if db is not None and db != before and db != os.environ.get("KALLKOLL_DB"):
        fail(f"--db given twice ({before!r} before the command, {db!r} after it); give it once", 2)
    return before


def handles_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit code 1; take `--db`
    from before the subcommand when it was given there."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if "db" in kwargs:
            kwargs["db"] = _effective_db(kwargs["db"])
        try:
            return func(*args, **kwargs)
        except (IngestError, EvidenceError) as exc:
            candidates = getattr(exc, "candidates", None)
            if candidates:
                _print_candidates(candidates)
            fail(str(exc))
        except KeyboardInterrupt:
            # Before typer's own handler, which exits 130 without a word (issue 18).
            err.print("interrupted", markup=False)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _print_candidates(candidates: list[Any]) -> None:
    """The documents an ambiguous DOC matched, so the user can give an id (on stderr)."""
    from cli.layout import Column, listing

    rows = [[str(d.id), d.title, d.kind, shown_path(d.path)] for d in candidates]
    err.print(listing([Column("id"), Column("title", "main"), Column("kind"), Column("path", "aside")], rows,
                      err.width, title="matching documents"))


def read_engine(db: str | None, allow_old: bool = False):  # type: ignore[no-untyped-def]
    """The engine of an existing database: a read-only command never creates one (issue 17)."""
    from evidence.resolve import require_database
    from evidence.store import database_url, open_engine

    require_database(database_url(db))
    return open_engine(db, allow_old=allow_old)


def read_reader(db: str | None):  # type: ignore[no-untyped-def]
    """A light reader of an existing database (sqlite3 when it can be, without
    importing SQLAlchemy: start-up time); never creates one (issue 17)."""
    from evidence.location import database_url
    from evidence.reader import open_reader
    from evidence.resolve import require_database

    require_database(database_url(db))
    return open_reader(db)


def document_for(engine: Any, ref: str):  # type: ignore[no-untyped-def]
    """The document DOC stands for; when it was a choice among several, say which on stderr."""
    from evidence.resolve import resolve_document

    found = resolve_document(engine, ref)
    if found.note:
        err.print(f"note: {one_line(found.note)}", markup=False)
    return found


def summary_line(text: str) -> None:
    """A line under a table, wrapped at word boundaries to the table's width."""
    out.print(text, markup=False, soft_wrap=False)


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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
            f"{o.status:9} {shown_path(o.path)}: {r.title!r} — {plural(r.pages, 'page')}, {plural(r.blocks, 'block')}, "
            f"{plural(r.footnotes, 'footnote')}, {plural(r.markers, 'marker')}",
            markup=False,
        )
        for warning in o.warnings:
            err.print(f"warning: {shown_path(o.path)}: {one_line(warning)}", markup=False)

    progress: Progress | None = None
    task = None

    def on_start(total: int) -> None:
        nonlocal progress, task
        # Only on a terminal: a bar drawn into a pipe or file leaves a stray
        # blank line on stderr when it stops (issue 17).
        if total > 1 and not json_output and err.is_terminal:
            progress = Progress(
                TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err.console,
                transient=True
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
    from evidence.listing import list_documents

    docs = list_documents(read_reader(db))
    if json_output:
        print_json(docs)
        return
    rows = [[str(d["id"]), d["title"], d["kind"], d["format"], str(d["pages"]), str(d["footnotes"]), shown_path(d["path"])]
            for d in docs]
    columns = [Column("id"), Column("title", "main"), Column("kind"), Column("format", "aside"), Column("pages"),
               Column("footnotes"), Column("path", "aside")]
    show(out, listing(columns, rows, out.width), len(rows))


@app.command()
@handles_errors
def footnotes(
    doc: DocArgument,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a document's footnotes with their page and the sentence each is attached to.

    Example:
        kallkoll footnotes 1 --json
    """
    from evidence.listing import footnotes_of

    engine = read_reader(db)
    document = document_for(engine, doc)
    notes = footnotes_of(engine, document.id)
    if json_output:
        print_json(notes)
        return
    rows = [[str(n["number"]), str(n["page"]), n["text"], n["sentence"] or "—"] for n in notes]
    columns = [Column("no."), Column("page"), Column("footnote", "main"), Column("attached to sentence", "aside")]
    show(out, listing(columns, rows, out.width, title=document.title), len(rows) * 2)


@app.command()
@handles_errors
def export(
    doc: DocArgument,
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Export as JSON (the only format so far).")] = True,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout (`-`: stdout).")] = None,
) -> None:
    """Export a whole parsed document as JSON (the contract is described in README).

    Example:
        kallkoll export 1 --json -o followup.json
    """
    from evidence.store import export_document

    engine = read_engine(db)
    document = document_for(engine, doc)
    data = export_document(engine, document.id)  # type: ignore[arg-type]
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    from cli.output import write_output  # it imports tempfile: only when a file is written

    try:
        streamed = write_output(output, text, sys.stdout)
    except OSError as exc:
        fail(f"{output}: cannot write export ({exc.strerror})")
    if not streamed:
        err.print(f"wrote {output}", markup=False)


@app.command()
@handles_errors
def check(
    doc: DocArgument,
    db: DbOption = None,
    json_output: JsonOption = False,
    min_severity: Annotated[
        Severity | None, typer.Option("--min-severity", show_default=False,
                                 help="Show only findings this grave or graver; default warning for the table "
                                      "(notes are counted in the last line), info for --json (unchanged).")
    ] = None,
) -> None:
    """Check footnotes and citations before publishing; exit 1 on any error-level finding.

    Example:
        kallkoll check uppföljning --min-severity warning  # exits 1 when a finding is an error
    """
    from evidence.check import ERROR, at_least, check_document, findings_as_dicts

    engine = read_reader(db)
    document = document_for(engine, doc)
    every = check_document(engine, document.id)  # type: ignore[arg-type]
    findings = at_least(every, value(min_severity) or ("info" if json_output else "warning"))
    if json_output:
        print_json(findings_as_dicts(findings))
    else:
        colours = {"error": "red", "warning": "yellow", "info": "blue"}
        rows = [[plain(f.severity, style=colours[f.severity]), str(f.footnote or "—"), str(f.page or "—"), f.kind,
                 f.message] for f in findings]
        columns = [Column("severity"), Column("fn."), Column("page"), Column("kind", "aside"), Column("message", "main")]
        show(out, listing(columns, rows, out.width, title=f"check: {document.title}"), len(rows) * 2)
        summary_line(check_summary(every, findings))
    if any(f.severity == ERROR for f in every):
        raise typer.Exit(1)


@app.command()
@handles_errors
def sources(
    doc: Annotated[str | None, typer.Argument(help="Only sources cited by this document.")] = None,
    db: DbOption = None,
    fmt: Annotated[SourceFormat, typer.Option("--format", help="How to print the list.")] = SourceFormat("table"),
    missing: Annotated[
        bool, typer.Option("--missing", help="Only the cited sources not yet ingested, most-cited first, with the "
                                             "URL a catalogue gives for each: what to fetch for `verify`.")
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """List the bibliography: key, kind, title, footnotes citing it, resolution.

    Example:
        kallkoll sources uppföljning --missing
    """
    from evidence.bibliography import list_sources, missing_sources, to_csl_json

    engine = read_reader(db)
    document_id = document_for(engine, doc).id if doc else None
    rows = missing_sources(engine, document_id) if missing else list_sources(engine, document_id)
    fmt = "json" if json_output else value(fmt)
    if fmt == "json":
        print_json(rows)
    elif fmt == "csl-json":
        print_json(to_csl_json(rows))
    elif missing:
        table_rows = [[str(r["citations"]), str(r["footnotes"]), _source_cell(r), r["kind"],
                       r["resolved_by"] or "unresolved", r["url"] or "—"] for r in rows]
        columns = [Column("cited"), Column("fn."), Column("source", "main"), Column("kind"), Column("resolved by"),
                   Column("url", "aside")]
        show(out, listing(columns, table_rows, out.width, title="sources not ingested, most-cited first"),
             len(rows) * 2)
        with_url = sum(1 for r in rows if r["url"])
        summary_line(f"{plural(len(rows), 'source')} not ingested, {with_url} with a catalogue URL; "
                     "`kallkoll ingest FILE` a downloaded source, then `kallkoll verify` again")
    else:
        table_rows = [[_source_cell(r), r["kind"], str(r["footnotes"]), r["resolved_by"] or "unresolved",
                       ", ".join(r["aliases"]) or "—"] for r in rows]
        columns = [Column("source", "main"), Column("kind"), Column("fn."), Column("resolved by"),
                   Column("aliases", "aside")]
        show(out, listing(columns, table_rows, out.width), len(rows) * 2)


def _source_cell(r: dict[str, Any]) -> Text:
    """A source's key, and its title under it when one is known."""
    cell = plain(r["key"], style="bold")
    if r["title"] and r["title"] != r["key"]:
        cell.append("\n")
        cell.append_text(plain(r["title"]))
    return cell


@app.command()
@handles_errors
def claims(
    doc: DocArgument,
    kind: Annotated[ClaimKind | None, typer.Option("--kind",
                                             help="Only claims of this kind.")] = None,
    with_figures: Annotated[bool, typer.Option("--with-figures", help="Only claims that carry figures.")] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List what a report asserts: claims with kind, page, section, footnotes and figures.

    Example:
        kallkoll claims uppföljning --kind assessment
    """
    from evidence.analysis import claims_of, figures_of
    from evidence.store import session_for

    engine = read_engine(db)
    document = document_for(engine, doc)
    with session_for(engine) as session:
        rows = claims_of(session, document.id, value(kind))  # type: ignore[arg-type]
        figures = {f["id"]: f for f in figures_of(session, document.id)}  # type: ignore[arg-type]
    if with_figures:
        rows = [r for r in rows if r["figure_ids"]]
    if json_output:
        print_json([r | {"figures": [figures[i] for i in r["figure_ids"]]} for r in rows])
        return
    table_rows = [
        [str(r["id"]), r["kind"], str(r["page"]), str(r["objective"] or "—"), r["text"],
         ", ".join(map(str, r["footnotes"])) or "—",
         "; ".join(f"{figures[i]['raw']} = {figures[i]['value']:g} {figures[i]['unit']}" for i in r["figure_ids"]) or "—"]
        for r in rows
    ]
    columns = [Column("id"), Column("kind"), Column("page"), Column("obj."), Column("claim", "main"),
               Column("footnotes", "aside"), Column("figures", "aside")]
    show(out, listing(columns, table_rows, out.width, title=document.title), len(rows) * 3)


@app.command()
@handles_errors
def figures(
    doc: DocArgument,
    unit: Annotated[Unit | None, typer.Option("--unit",
                                             help="Only figures of this unit.")] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List every number with its meaning: value, unit, qualifier, counted thing, years.

    Example:
        kallkoll figures uppföljning --unit percent
    """
    from evidence.analysis import figures_of
    from evidence.store import session_for

    engine = read_engine(db)
    document = document_for(engine, doc)
    with session_for(engine) as session:
        rows = figures_of(session, document.id, value(unit))  # type: ignore[arg-type]
    if json_output:
        print_json(rows)
        return
    table_rows = [
        [str(f["id"]), f["raw"], f"{f['value']:g}" + (f"–{f['high']:g}" if f.get("high") is not None else ""), f["unit"], f["subject"] or "—", f["qualifier"] or "—",
         ", ".join(map(str, f["years"])) or "—",
         f"claim {f['claim_id']}" if f["claim_id"] else f"footnote {f['footnote_id']}"]
        for f in rows
    ]
    columns = [Column("id"), Column("raw"), Column("value"), Column("unit"), Column("subject", "main"),
               Column("qualifier", "aside"), Column("years", "aside"), Column("in", "aside")]
    show(out, listing(columns, table_rows, out.width, title=document.title), len(rows) * 2)


def check_summary(every: list[Any], shown: list[Any]) -> str:
    """`1 error, 6 warnings, 127 notes` over all findings, saying what the table left out."""
    counts = {s: sum(1 for f in every if f.severity == s) for s in ("error", "warning", "info")}
    line = f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, {plural(counts['info'], 'note')}"
    hidden = len(every) - len(shown)
    if hidden:
        line += f" ({plural(hidden, 'finding')} below --min-severity not shown)"
    return line


def _needles(figures: list[dict[str, Any]]) -> list[str]:
    """What to centre a passage snippet on: the source's number for a mismatch, else the claim's numbers."""
    import re

    found: list[str] = []
    for f in figures:
        if f.get("source_value") is not None:
            found.append(f"{f['source_value']:g}".replace(".", ","))
        found += re.findall(r"\d[\d\u00a0 ]*(?:,\d+)?", f["raw"] or "")
    return [n.strip() for n in found if n.strip()]


def _at_page(page: int | None) -> str:
    """Where a passage is: its page, or the catalogue entry (a source with no full text has no page)."""
    return f"p. {page}" if page is not None else "catalogue entry"


STATUS_COLOURS = {"verified": "green", "mismatch": "red", "not_found": "yellow", "no_source": "blue", "uncited": "white"}


@app.command()
@handles_errors
def verify(
    doc: DocArgument,
    status: Annotated[Status | None, typer.Option("--status",
                                               help="Only claims with a figure of this status.")] = None,
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
    from evidence.verdicts import coverage, status_counts, verification_rows

    engine = read_reader(db)
    document = document_for(engine, doc)
    rows = verification_rows(engine, document.id, status=value(status), section=section,  # type: ignore[arg-type]
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
        from rich.text import Text

        table_rows = []
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
                    figs.append(printable(f" — {f['reason']}"), style="dim")
                figs.append("\n")
            figs.rstrip()
            passage = r["passage"] or {}
            text = snippet(passage["text"], _needles(r["figures"])) if passage.get("text") else None
            table_rows.append([str(r["page"]), r["claim"], figs, (r["source"] or {}).get("key") or "—",
                               f"{_at_page(passage.get('page'))}: {text}" if text else "—",
                               f"{passage.get('score', 0):.2f}" if passage else "—"])
        columns = [Column("page"), Column("claim", "main"), Column("figures", "aside"), Column("source", "aside"),
                   Column("best passage", "aside"), Column("score")]
        show(out, listing(columns, table_rows, out.width, title=f"verify: {document.title}"), len(rows) * 4)
        counts = status_counts(rows)
        summary_line(", ".join(f"{k}: {v}" for k, v in counts.items()))
        c = coverage(engine, document.id)  # type: ignore[arg-type]
        summary_line(f"coverage: {c['attempted']} figures checked against a source / {c['with_footnote']} with a "
                     f"footnote / {c['figures']} figures; {c['through_chain']} more carry a verdict through the chain")
        if counts.get("no_source"):
            summary_line(f"{plural(counts['no_source'], 'figure')} cite a source not ingested: "
                         f"`kallkoll sources {document.id} --missing` lists what to fetch")
    if any(f["status"] == "mismatch" for r in rows for f in r["figures"]):
        raise typer.Exit(1)


@app.command()
@handles_errors
def trace(
    doc: DocArgument,
    claim: Annotated[str, typer.Argument(help="Claim id or a fragment of its text.")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a claim's evidence chain: summary/assessment → body claim → footnote → citation → source → passage.

    Example:
        kallkoll trace uppföljning "från fem till sju dagar"
    """
    from rich.tree import Tree

    from evidence.verify import trace_claim

    engine = read_engine(db)
    document = document_for(engine, doc)
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
    print_unbounded(out, root)


@app.command()
@handles_errors
def report(
    doc: DocArgument,
    html_file: Annotated[Path, typer.Option("--html", help="Write the self-contained HTML report to this file (`-`: stdout).")],
    db: DbOption = None,
) -> None:
    """Write the reviewer's evidence report: counts by status, claims by chapter, sources and passages.

    Example:
        kallkoll report uppföljning --html rapport.html
    """
    from evidence.report import render_report

    engine = read_engine(db)
    document = document_for(engine, doc)
    page = render_report(engine, document.id)  # type: ignore[arg-type]
    from cli.output import write_output

    try:
        streamed = write_output(html_file, page, sys.stdout)
    except OSError as exc:
        fail(f"{html_file}: cannot write report ({exc.strerror})")
    if not streamed:
        err.print(f"wrote {html_file}", markup=False)


catalogue_app = typer.Typer(help="Catalogues of government documents (regeringen.se lists, SFS).", no_args_is_help=True,
                             cls=LightGroup)
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
        out.print(f"{r.path}: {plural(r.entries, 'entry')} ({r.skipped} without a designation skipped)", markup=False)


measures_app = typer.Typer(help="Government measures and proposals: what has been done before, by whom, when.",
                           no_args_is_help=True, cls=LightGroup)
app.add_typer(measures_app, name="measures")


@measures_app.command("search")
@handles_errors
def measures_search(
    query: Annotated[str, typer.Argument(help="What to find: words, a question, an English term (Swedish stemming, compounds, typos, synonyms).")],
    actor: Annotated[str | None, typer.Option("--actor", help="Acting or assigned organisation; abbreviations work (Brå).")] = None,
    kind: Annotated[MeasureKind | None, typer.Option("--kind",
                                             help="Only measures of this kind.")] = None,
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
    from evidence.measure_search import find_measures

    # --raw goes to the engine's own syntax, whose errors SQLAlchemy reports; words need only the light reader.
    source = read_engine(db) if raw else read_reader(db)
    found = find_measures(source, query, actor=actor, kind=value(kind), year_from=year_from, year_to=year_to,
                          objective=objective, limit=limit, raw=raw)
    print_corrections(found["corrections"], json_output)
    rows = found["results"]
    if json_output:
        print_json(rows)
        return
    table_rows = []
    for r in rows:
        who = f"{r['actor'] or '—'} → {', '.join(r['assigned']) or '—'}"
        where = "\n".join(x for x in (r["document_title"] or "", r.get("url") or r.get("path") or "") if x)
        table_rows.append([str(r["id"]), r["kind"], str(r["year"] or "—"), who, ", ".join(r["diary_numbers"]) or "—",
                           r["snippet"], where or "—"])
    columns = [Column("id"), Column("kind"), Column("year"), Column("actor → assigned", "aside"), Column("diary", "aside"),
               Column("snippet", "main"), Column("document", "aside")]
    show(out, listing(columns, table_rows, out.width), len(rows) * 4)


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

    data = show_measure(read_engine(db), measure_id)
    if json_output:
        print_json(data)
        return
    for key, item in data.items():
        out.print(plain(f"{key}: ", style="bold") + plain(json.dumps(item, ensure_ascii=False) if not isinstance(item, str) else item))


@app.command("search")
@handles_errors
def search_command(
    query: Annotated[str, typer.Argument(help="What to find in every document: words, a question, an English term.")],
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id, path or title fragment); every matching block.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Documents whose measures name this organisation; abbreviations work (Brå).")] = None,
    kind: Annotated[DocumentKind | None, typer.Option("--kind",
                                             help="Only documents of this kind.")] = None,
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

    engine = read_engine(db) if raw else read_reader(db)  # raw: the database's own full-text syntax, through SQLAlchemy
    if doc is not None:
        doc = str(document_for(engine, doc).id)  # the same DOC resolution as every other command
    found = search_everything(engine, query, doc=doc, actor=actor, kind=value(kind), year_from=year_from,
                              year_to=year_to, per_block=per_block, limit=limit, raw=raw)
    print_corrections(found["corrections"], json_output)
    rows = found["results"]
    if json_output:
        print_json(rows)
        return
    table_rows = []
    for r in rows:
        found_in = plain(r.get("title") or "—", style="bold")
        if r.get("snippet"):
            found_in.append("\n")
            found_in.append_text(plain(r["snippet"]))
        table_rows.append([found_in, str(r.get("date") or r.get("year") or "—"), str(r.get("page") or "—"),
                           ", ".join(r.get("agencies") or []) or "—", ", ".join(r.get("diary_numbers") or []) or "—",
                           r.get("url") or r.get("path") or "—", f"{r.get('score') or 0:.2f}"])
    columns = [Column("document and snippet", "main"), Column("date"), Column("page"), Column("agencies", "aside"),
               Column("diary", "aside"), Column("where", "aside"), Column("score")]
    show(out, listing(columns, table_rows, out.width), len(rows) * 4)


db_app = typer.Typer(help="The database: schema version and upgrades.", no_args_is_help=True, cls=LightGroup)
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

    before, after = upgrade(read_engine(db, allow_old=True), revision)
    out.print(f"schema {before or 'empty'} → {after}", markup=False)


@db_app.command("info")
@handles_errors
def db_info(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Show the backend, schema version and row counts.

    Example:
        kallkoll db info --json
    """
    from evidence.db import info

    data = info(read_engine(db, allow_old=True))
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
