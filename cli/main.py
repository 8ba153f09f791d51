"""The `kallkoll` command line: thin typer commands over library functions.

In: command-line arguments. Out: rich tables or JSON on stdout, one-line
errors on stderr, and exit codes (0 ok, 1 a file or document failed, 2 usage).
Library exceptions are turned into messages here and nowhere else.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from evidence.errors import EvidenceError
from ingest.errors import IngestError

app = typer.Typer(
    name="kallkoll",
    help="Trace the evidence behind Swedish government reports: footnotes, citations, figures and their sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="KALLKOLL_DB", help="Database URL or SQLite file (default: kallkoll.db here)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn library errors into a one-line message and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (IngestError, EvidenceError) as exc:
            fail(str(exc))

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (searched recursively).")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Ingest reports and government documents (text, PDF, HTML/XML, Markdown).

    Example:
        kallkoll ingest corpus/
    """
    from evidence.pipeline import IngestOutcome, ingest_paths

    def line(o: IngestOutcome) -> None:
        if json_output:
            return
        if o.status == "failed":
            err.print(f"error: {o.error}", markup=False)
            return
        # Printed through the progress bar's console so lines stay above the bar.
        console = out
        r = o.result
        assert r is not None
        console.print(
            f"{o.status:9} {o.path}: {r.title!r} — {r.pages} pages, {r.blocks} blocks, "
            f"{r.footnotes} footnotes, {r.markers} markers",
            markup=False,
        )

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
        report = ingest_paths([str(p) for p in paths], db=db, on_start=on_start, on_file=on_file)
    finally:
        if progress is not None:
            progress.stop()
    if json_output:
        print_json(
            [
                {"path": o.path, "status": o.status, "error": o.error}
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
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
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
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write export ({exc.strerror})")
    err.print(f"wrote {output}", markup=False)


def main() -> None:
    """Console-script entry point: no Python traceback ever reaches the user."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("error: interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 — the last line of defence at the process boundary
        err.print(f"error: internal error ({type(exc).__name__}: {exc}); please report it", markup=False)
        sys.exit(70)
