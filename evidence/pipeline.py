"""Ingest pipeline: paths -> parsed documents -> sentences -> the store.

In: file and directory paths and a database URL. Out: one `IngestOutcome`
per file (stored, unchanged, or failed with a one-line reason). A bad file
never stops the others, and never leaves anything of itself in the database.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from evidence.errors import DatabaseUnwritableError, StoreError
from evidence.masking import mask_passwords
from evidence.measures import link_measures, measures_never_linked
from evidence.write import WriteAhead, write_ahead
from evidence.store import (
    BATCH_DOCUMENTS,
    SaveResult,
    error_reason,
    forget_engines,
    open_engine,
    save_batch,
    save_document,
    stored_sha256s,
    stored_with_sha256,
    unwritable,
    writer,
)
from extract.analysis import Analysis, analyse
from extract.citations import ParsedFootnote, parse_footnote
from extract.documents import document_designations
from extract.sentences import SentenceSpan, split_sentences
from ingest.errors import IngestError, shown_path
from ingest.files import iter_input_files, parse_source, read_source
from ingest.workers import default_workers as _default_workers, worker_pool
from ingest.model import CAPTION, LIST_ITEM, PARAGRAPH, ParsedDocument

# Blocks whose text is split into sentences; headings, tables and running
# headers are stored as blocks only.
SENTENCE_KINDS = (PARAGRAPH, CAPTION, LIST_ITEM)


@dataclass(frozen=True)
class IngestOutcome:
    path: str
    status: str  # added, replaced, unchanged, failed, skipped (a symbolic link leading outside)
    error: str | None = None
    result: SaveResult | None = None
    warnings: tuple[str, ...] = ()  # e.g. PDF pages skipped for going over the per-page limits


@dataclass
class IngestReport:
    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def document_sentences(parsed: ParsedDocument) -> list[list[SentenceSpan]]:
    """Sentences for each block of `parsed` (empty for non-sentence blocks)."""
    wanted = [i for i, b in enumerate(parsed.blocks) if b.kind in SENTENCE_KINDS]
    split = split_sentences(parsed.blocks[i].text for i in wanted)
    out: list[list[SentenceSpan]] = [[] for _ in parsed.blocks]
    for i, spans in zip(wanted, split, strict=True):
        out[i] = spans
    return out


def footnote_citations(parsed: ParsedDocument) -> dict[tuple[int, int], ParsedFootnote]:
    return {(f.series, f.number): parse_footnote(f.text) for f in parsed.footnotes}


def with_designations(parsed: ParsedDocument) -> ParsedDocument:
    """The document with the designations it states for itself in its metadata."""
    found = document_designations(parsed)
    if not found:
        return parsed
    return replace(parsed, metadata={**parsed.metadata, "designations": "; ".join(found)})


def expand_paths(
    paths: list[str | os.PathLike[str]], follow_symlinks: bool = False
) -> tuple[list[Path], list[IngestOutcome]]:
    """Files to ingest, and failures for paths that name nothing ingestible
    (plus `skipped` outcomes for symbolic links not followed)."""
    files: list[Path] = []
    failures: list[IngestOutcome] = []

    def skipped(path: Path, reason: str) -> None:
        failures.append(IngestOutcome(path=str(path), status="skipped", error=f"{shown_path(str(path))}: {reason}"))

    for raw in paths:
        try:
            files.extend(iter_input_files([raw], follow_symlinks=follow_symlinks, on_skip=skipped))
        except IngestError as exc:
            failures.append(IngestOutcome(path=exc.path, status="failed", error=str(exc)))
    return files, failures


@dataclass(frozen=True)
class Prepared:
    """Everything a document needs before it is written: the expensive,
    database-free part of ingest, done in a worker process when --workers > 1."""

    parsed: ParsedDocument
    sentences: list[list[SentenceSpan]]
    citations: dict[tuple[int, int], ParsedFootnote]
    analysis: Analysis
    # The stems, term counts and cover line the writer needs, worked out
    # here so that the writer (one process) does not (issue 18).
    ahead: WriteAhead

    def row(self) -> tuple:  # type: ignore[type-arg]
        """What `save_batch` takes for this document."""
        return self.parsed, self.sentences, self.citations, self.analysis, self.ahead


# What reading one hostile or damaged file can raise besides IngestError, from
# the parsers' libraries or kallkoll's own code (issue 18, defect 4): a
# RecursionError on arrays nested 100,000 deep (a PDF's MediaBox or
# Info/Title), an OverflowError or ValueError on an infinite or NaN number,
# a RuntimeError, a MemoryError. Each fails that file alone: the batch goes on.
PER_FILE_FAILURES = (RecursionError, RuntimeError, ArithmeticError, ValueError, MemoryError)


def failure_reason(exc: BaseException) -> str:
    """The one-line reason for a PER_FILE_FAILURES exception."""
    if isinstance(exc, RecursionError):
        return "nested too deep to read (RecursionError); the file is damaged or hostile"
    if isinstance(exc, MemoryError):
        return "too large to read in memory (MemoryError)"
    detail = " ".join(str(exc).split())
    detail = f"{detail[:200]}…" if len(detail) > 200 else detail
    return (
        f"cannot be read ({type(exc).__name__}: {detail}); the file is damaged or hostile, "
        "or kallkoll has a bug (please report it with the file)"
    )


def _failed(path: str | os.PathLike[str], exc: BaseException) -> IngestOutcome:
    return IngestOutcome(path=str(path), status="failed", error=f"{shown_path(str(path))}: {failure_reason(exc)}")


def prepare(path: str | os.PathLike[str], workers: int = 1) -> Prepared | IngestOutcome:
    """Parse and extract one file; an IngestOutcome (failed) when it cannot be.
    With `workers` > 1 a long PDF's pages are read in that many processes."""
    try:
        parsed = with_designations(parse_source(read_source(path), workers=workers))
        sentences = document_sentences(parsed)
        analysis = analyse(parsed, sentences)
        return Prepared(parsed, sentences, footnote_citations(parsed), analysis, write_ahead(parsed, analysis))
    except IngestError as exc:
        return IngestOutcome(path=str(path), status="failed", error=str(exc))
    except PER_FILE_FAILURES as exc:
        return _failed(path, exc)


def _store(engine: Engine, path: str | os.PathLike[str], prepared: Prepared | IngestOutcome) -> IngestOutcome:
    if isinstance(prepared, IngestOutcome):
        return prepared
    try:
        result = save_document(engine, *prepared.row())
    except DatabaseUnwritableError:
        raise  # no later file can be stored either: the run stops with one line
    except StoreError as exc:
        return IngestOutcome(path=str(path), status="failed", error=str(exc))
    except PER_FILE_FAILURES as exc:  # the transaction was rolled back: nothing of it stored
        return _failed(path, exc)
    return _stored(path, prepared, result)


def _stored(path: str | os.PathLike[str], prepared: Prepared, result: SaveResult) -> IngestOutcome:
    skipped_pages = prepared.parsed.metadata.get("skipped_pages")
    warnings = tuple(f"page {p}" for p in skipped_pages.split("; ")) if skipped_pages else ()
    return IngestOutcome(path=str(path), status=result.status, result=result, warnings=warnings)


# A batch is written when it holds BATCH_DOCUMENTS documents, when its first
# document has waited this long, or at once after a large document (whose
# own writing dwarfs a commit).
BATCH_SECONDS = 0.5
LARGE_DOCUMENT_BLOCKS = 500


class _BatchWriter:
    """Stores prepared documents a batch at a time (`save_batch`: one
    transaction, a savepoint per document) and reports each outcome, in the
    order given, once its batch is committed, so that what was reported as
    stored is stored. A document the batch could not store is stored again
    alone (`_store`), with its own retries and error message."""

    def __init__(self, engine: Engine, done: Callable[[IngestOutcome], None]) -> None:
        self.engine = engine
        self.done = done
        self.pending: list[tuple[Path, Prepared | IngestOutcome]] = []
        self.started = 0.0

    def add(self, path: Path, prepared: Prepared | IngestOutcome) -> None:
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append((path, prepared))
        large = isinstance(prepared, Prepared) and len(prepared.parsed.blocks) > LARGE_DOCUMENT_BLOCKS
        if large or len(self.pending) >= BATCH_DOCUMENTS or time.monotonic() - self.started > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        documents = [p.row() for _, p in pending if isinstance(p, Prepared)]
        results: list[SaveResult | None] = [None] * len(documents)
        if len(documents) > 1:
            try:
                results = save_batch(self.engine, documents)
            except SQLAlchemyError:
                pass  # nothing of the batch was stored: each document alone, below, says why
        found = iter(results)
        for path, prepared in pending:
            if isinstance(prepared, IngestOutcome):
                self.done(prepared)
                continue
            result = next(found)
            self.done(_stored(path, prepared, result) if result is not None else _store(self.engine, path, prepared))


def _unchanged(engine: Engine, paths: list[Path]) -> list[IngestOutcome | None]:
    """For each path, the outcome for a file already stored with the same
    SHA-256 (no parse needed), or for one that cannot be read; None when it
    must be ingested. The stored SHA-256s are asked for a chunk of files at
    a time, not one query per file."""
    found: list[IngestOutcome | str] = []
    for path in paths:
        try:
            found.append(read_source(path).sha256)
        except IngestError as exc:
            found.append(IngestOutcome(path=str(path), status="failed", error=str(exc)))
        except PER_FILE_FAILURES as exc:
            found.append(_failed(path, exc))
    stored = stored_sha256s(engine, [f for f in found if isinstance(f, str)])
    outcomes: list[IngestOutcome | None] = []
    for path, f in zip(paths, found):
        if isinstance(f, IngestOutcome):
            outcomes.append(f)
        elif f in stored and (result := stored_with_sha256(engine, f)) is not None:
            outcomes.append(IngestOutcome(path=str(path), status="unchanged", result=result))
        else:
            outcomes.append(None)
    return outcomes


_worker_engine: Engine | None = None


def _start_worker(url: str) -> None:
    """A worker process opens its own engine: connections inherited through
    fork belong to the parent."""
    global _worker_engine
    forget_engines()
    _worker_engine = open_engine(url)


def _prepare_and_store(path: Path) -> IngestOutcome:
    """A worker's whole job for one file: parse, extract, write."""
    assert _worker_engine is not None, "worker started without _start_worker"
    return _store(_worker_engine, path, prepare(path))


def default_workers() -> int:
    """One per core, as many as the available memory allows (ingest.workers)."""
    return _default_workers()


def ingest_paths(
    paths: list[str | os.PathLike[str]],
    db: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[IngestOutcome], None] | None = None,
    workers: int = 1,
    follow_symlinks: bool = False,
) -> IngestReport:
    """Ingest every file under `paths`; report each file's outcome.

    With `workers` > 1, files are parsed and written by that many processes,
    one transaction per document; outcomes are reported in the order given.
    When one file is to be parsed, a long PDF's pages are read in that many
    processes instead.

    Ctrl-C (KeyboardInterrupt) stops the workers at once and raises
    `Interrupted` with the number of documents stored: each document is one
    transaction, so the rest are untouched."""
    engine = open_engine(db)  # fail early, before any parsing, when the database cannot be opened
    report = IngestReport()
    newest = _newest_document_id(engine)
    try:
        return _ingest(engine, report, paths, on_start, on_file, workers, follow_symlinks)
    except KeyboardInterrupt:
        # Counted in the database, not from the outcomes reported: Ctrl-C may
        # land after a batch's commit and before its documents were reported.
        # A stored (or replacing) document has a new id; the rest are untouched.
        try:
            stored = _newest_document_count(engine, newest)
        except (SQLAlchemyError, KeyboardInterrupt):
            stored = sum(o.status in ("added", "replaced") for o in report.outcomes)
        raise Interrupted(stored) from None


def _newest_document_id(engine: Engine) -> int:
    from sqlalchemy import text

    with engine.connect() as conn:
        return int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM document")).scalar() or 0)


def _newest_document_count(engine: Engine, after: int) -> int:
    from sqlalchemy import text

    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM document WHERE id > :after"), {"after": after}).scalar() or 0)


class Interrupted(Exception):
    """Ctrl-C during ingest; `stored` documents were stored before it."""

    def __init__(self, stored: int) -> None:
        super().__init__(f"interrupted: {stored} document{'s' if stored != 1 else ''} stored, the rest untouched")
        self.stored = stored


def _ingest(
    engine: Engine,
    report: IngestReport,
    paths: list[str | os.PathLike[str]],
    on_start: Callable[[int], None] | None,
    on_file: Callable[[IngestOutcome], None] | None,
    workers: int,
    follow_symlinks: bool,
) -> IngestReport:
    files, failures = expand_paths(paths, follow_symlinks=follow_symlinks)
    if on_start:
        on_start(len(files) + len(failures))

    def done(outcome: IngestOutcome) -> None:
        report.outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    for outcome in failures:
        done(outcome)
    todo: list[Path] = []
    for path, early in zip(files, _unchanged(engine, files)):
        if early is not None:
            done(early)
        else:
            todo.append(path)
    # One file to do: its pages, not files, are shared among the processes.
    page_workers = workers if len(todo) == 1 else 1
    if engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"):
        workers = 1  # an in-memory database lives in this process only
    if workers > 1 and len(todo) > 1:
        chunk = max(1, min(16, len(todo) // (workers * 8)))
        if engine.dialect.name == "sqlite":
            # SQLite takes one writer at a time, whichever process it is;
            # writing here, in the order given, keeps document ids the same
            # from run to run.
            batch = _BatchWriter(engine, done)
            with worker_pool(workers) as pool:
                for path, prepared in zip(todo, pool.map(prepare, todo, chunksize=chunk)):
                    batch.add(path, prepared)
                batch.flush()
        else:
            # A server database: each worker writes its own documents. A
            # write is mostly waiting on the server, which the other worker's
            # parsing overlaps (one writer here made ingest wait on it); the
            # unique SHA-256 index keeps each document once.
            url = engine.url.render_as_string(hide_password=False)
            with worker_pool(workers, initializer=_start_worker, initargs=(url,)) as pool:
                futures = [pool.submit(_prepare_and_store, path) for path in todo]
                try:
                    for future in futures:
                        done(future.result())
                except BaseException:
                    # Interrupted: what the workers have stored but not yet
                    # reported counts too (Interrupted.stored).
                    for future in futures:
                        if future.done() and not future.cancelled() and future.exception() is None:
                            outcome = future.result()
                            if outcome not in report.outcomes:
                                report.outcomes.append(outcome)
                    raise
    else:
        batch = _BatchWriter(engine, done)
        for path in todo:
            batch.add(path, prepare(path, workers=page_workers))
        batch.flush()
    if any(o.status in ("added", "replaced") for o in report.outcomes) or measures_never_linked(engine):
        # Follow-up measures are matched against every assignment once per
        # run, not once per document; and again in a run that stores nothing
        # when an earlier run was killed before it got here.
        try:
            with Session(writer(engine)) as session, session.begin():
                link_measures(session)
        except SQLAlchemyError as exc:
            raise unwritable(engine, exc, "the links from measures to assignments") or StoreError(
                mask_passwords(engine.url.render_as_string(hide_password=True)),
                f"linking measures to assignments failed ({error_reason(exc)}); "
                "the documents are stored",
            ) from None
    return report
