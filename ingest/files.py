"""Reading files from disk and dispatching them to the right format parser.

In: paths (files or directories). Out: `SourceFile` records and, through
`parse_file`, a `ParsedDocument`. Every failure is an `IngestError` whose
message names the file and the reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ingest.errors import CorruptFileError, EmptyInputError, IngestError, TooSlowError, UnsupportedFormatError
from ingest.model import ParsedDocument, SourceFile

log = logging.getLogger(__name__)

# Extension -> format name. One place, so `ingest` of a directory and the
# error for an unsupported file agree on what is ingestible.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".md": "markdown",
    ".markdown": "markdown",
}

# Inside a directory these describe the folder rather than being documents;
# named on the command line they are ingested like any file.
DIRECTORY_SKIP_STEMS = frozenset({"README", "LICENSE", "CHANGELOG"})

# Tried in order when a text file is not UTF-8: Windows-1252 is what Swedish
# office software writes; Latin-1 accepts any byte and is the last resort.
TEXT_ENCODINGS = ("utf-8", "cp1252", "latin-1")


def format_of(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise UnsupportedFormatError(
            str(path), f"unsupported file type '{suffix or '(none)'}' (kallkoll reads {known})"
        ) from None


def read_source(path: str | os.PathLike[str]) -> SourceFile:
    p = Path(path)
    if not p.exists():
        raise IngestError(str(p), "no such file or directory")
    if not p.is_file():
        raise IngestError(str(p), "not a regular file")
    format_of(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(str(p), f"cannot read file ({exc.strerror})") from None
    if not data:
        raise EmptyInputError(str(p), "file is empty (0 bytes)")
    return SourceFile(path=str(p), data=data, sha256=hashlib.sha256(data).hexdigest())


def decode_text(source: SourceFile) -> tuple[str, str]:
    """Return (text, encoding). Text that is not UTF-8 falls back to
    Windows-1252, then Latin-1; bytes that decode only to control characters
    are rejected as binary."""
    if b"\x00" in source.data[:8192]:
        raise CorruptFileError(source.path, "binary data (NUL bytes) in a text file")
    for encoding in TEXT_ENCODINGS:
        try:
            text = source.data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.startswith("\ufeff"):
            text = text[1:]
        control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if control > max(8, len(text) // 100):
            raise CorruptFileError(source.path, f"not text: {control} control characters after decoding as {encoding}")
        if not text.strip():
            raise EmptyInputError(source.path, "file holds no text (only whitespace)")
        return text, encoding
    raise CorruptFileError(source.path, "text is neither UTF-8 nor Windows-1252/Latin-1")  # pragma: no cover


def _parser_for(fmt: str) -> Callable[[SourceFile], ParsedDocument]:
    # Imported lazily so that `kallkoll documents` does not pay for pdfplumber.
    if fmt == "text":
        from ingest.text import parse_text

        return parse_text
    if fmt == "pdf":
        from ingest.pdf import parse_pdf

        return parse_pdf
    if fmt == "html":
        from ingest.html import parse_html

        return parse_html
    if fmt == "xml":
        from ingest.html import parse_xml

        return parse_xml
    if fmt == "markdown":
        from ingest.markdown import parse_markdown

        return parse_markdown
    raise AssertionError(f"no parser for format {fmt}")  # FORMATS and this stay in step


def parse_source(source: SourceFile, workers: int = 1) -> ParsedDocument:
    """Parse a read file; with `workers` > 1 a long PDF's pages are read in that many processes.
    NUL characters are taken out of every text (`without_nul`)."""
    fmt = format_of(source.path)
    if fmt == "pdf" and workers > 1:
        from ingest.pdf import parse_pdf

        return without_nul(parse_pdf(source, workers=workers))
    if fmt == "pdf":  # the PDF reader keeps its own time limits, per page and in all
        return without_nul(_parser_for(fmt)(source))
    with _time_limit(source.path, fmt):
        return without_nul(_parser_for(fmt)(source))


# A text, HTML, XML or Markdown file is read in seconds (the largest in the
# corpus in well under one); one that takes minutes is hostile (input that
# makes a parser super-linear) or damaged. PDFs have their own limits.
DOCUMENT_TIME_LIMIT_SECONDS = 300.0


class _TooSlow(BaseException):
    """Raised by the alarm; a BaseException, so that the parsers' and their
    libraries' `except Exception` recovery does not swallow it."""


@contextmanager
def _time_limit(path: str, fmt: str) -> Iterator[None]:
    """Stop reading `path` after DOCUMENT_TIME_LIMIT_SECONDS (SIGALRM, so only
    in a main thread and when no other timer runs: elsewhere the read is
    unbounded in time)."""
    seconds = DOCUMENT_TIME_LIMIT_SECONDS
    if (
        threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "setitimer")
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0
    ):
        yield
        return

    fired: list[bool] = []

    def on_alarm(signum: int, frame: object) -> None:
        fired.append(True)
        signal.setitimer(signal.ITIMER_REAL, 0.1)  # again, should a library callback swallow this one
        raise _TooSlow

    too_slow = TooSlowError(path, f"reading took longer than {seconds:g} s; a {fmt} file this slow is damaged or hostile")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
        if fired:  # raised inside a library callback that swallowed it (lxml): the limit holds all the same
            raise too_slow
    except _TooSlow:
        raise too_slow from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _strip_nul(text: str) -> str:
    return text.replace("\x00", "") if "\x00" in text else text


def without_nul(parsed: ParsedDocument) -> ParsedDocument:
    """The document with every NUL character removed from its texts.

    PostgreSQL's text cannot hold NUL and refused such a document, while
    SQLite stored it (issue 18, item 13): both backends now store the same
    text. Markers keep their places: an offset moves back by the NULs
    removed before it."""
    if not _has_nul(parsed):
        return parsed
    blocks = []
    for block in parsed.blocks:
        if "\x00" in block.text:
            nul_before = [0]
            for ch in block.text:
                nul_before.append(nul_before[-1] + (ch == "\x00"))
            markers = tuple(replace(m, char_start=m.char_start - nul_before[min(m.char_start, len(block.text))],
                                    raw=_strip_nul(m.raw)) for m in block.markers)
            block = replace(block, text=_strip_nul(block.text), markers=markers)
        elif any("\x00" in m.raw for m in block.markers):
            block = replace(block, markers=tuple(replace(m, raw=_strip_nul(m.raw)) for m in block.markers))
        blocks.append(block)
    return replace(
        parsed,
        title=_strip_nul(parsed.title),
        blocks=tuple(blocks),
        footnotes=tuple(replace(f, text=_strip_nul(f.text)) for f in parsed.footnotes),
        metadata={_strip_nul(k): _strip_nul(v) for k, v in parsed.metadata.items()},
        irregularities=tuple(replace(i, text=_strip_nul(i.text)) for i in parsed.irregularities),
    )


def _has_nul(parsed: ParsedDocument) -> bool:
    return (
        "\x00" in parsed.title
        or any("\x00" in b.text or any("\x00" in m.raw for m in b.markers) for b in parsed.blocks)
        or any("\x00" in f.text for f in parsed.footnotes)
        or any("\x00" in k or "\x00" in v for k, v in parsed.metadata.items())
        or any("\x00" in i.text for i in parsed.irregularities)
    )


def parse_file(path: str | os.PathLike[str]) -> ParsedDocument:
    """Parse one file into a ParsedDocument, or raise IngestError."""
    return parse_source(read_source(path))


def iter_input_files(
    paths: list[str | os.PathLike[str]],
    follow_symlinks: bool = False,
    on_skip: Callable[[Path, str], None] | None = None,
) -> Iterator[Path]:
    """Expand files and directories (recursively, sorted) into ingestible files.

    A path given by name is always yielded, so a bad one is reported; inside a
    directory only files with a known extension are taken. A directory with
    nothing ingestible raises IngestError.

    Symbolic links inside a directory (issue 8: ingest never leaves the given
    directory unless asked): a link to a file inside the directory is taken; a
    link to a directory inside it is not descended (its target is walked as
    itself). A link that leads outside the directory, and a broken link, are
    skipped and passed to `on_skip(path, reason)` (default: a logged
    warning), unless `follow_symlinks`, which takes links outside too; a link
    back to a directory already walked is never walked again (no loops)."""
    report = on_skip or _log_skip
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = False
            for child in _walk(p, p.resolve(), follow_symlinks, report, set()):
                found = True
                yield child
            if not found:
                raise IngestError(str(p), "directory holds no ingestible files (" + ", ".join(sorted(FORMATS)) + ")")
        else:
            yield p


def _log_skip(path: Path, reason: str) -> None:
    log.warning("%s: %s", path, reason)


def _ingestible(path: Path) -> bool:
    return path.suffix.lower() in FORMATS and path.stem.upper() not in DIRECTORY_SKIP_STEMS


def _walk(
    directory: Path, root: Path, follow_symlinks: bool, on_skip: Callable[[Path, str], None], walked: set[Path]
) -> Iterator[Path]:
    """Files of `directory` (sorted), then its subdirectories', top-down like os.walk."""
    walked.add(directory.resolve())
    try:
        entries = sorted(directory.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        on_skip(directory, f"cannot list directory ({exc.strerror}); skipped")
        return
    subdirs: list[Path] = []
    for entry in entries:
        if entry.is_symlink():
            try:
                target = entry.resolve()
            except (RuntimeError, OSError):
                # A loop of links (Python 3.11 raises RuntimeError, later ones
                # OSError ELOOP; issue 18): it leads nowhere.
                on_skip(entry, "symbolic link loop; skipped")
                continue
            if not target.exists():
                if _ingestible(entry):
                    on_skip(entry, "broken symbolic link; skipped")
                continue
            is_dir = target.is_dir()
            if not is_dir and not _ingestible(entry):
                continue
            inside = target == root or root in target.parents
            if not inside and not follow_symlinks:
                on_skip(
                    entry,
                    f"symbolic link to {target}, outside {root}; skipped (pass --follow-symlinks to ingest it)",
                )
                continue
            if is_dir:
                if not inside and target not in walked:
                    subdirs.append(entry)
                continue
            yield entry
        elif entry.is_dir():
            subdirs.append(entry)
        elif entry.is_file() and _ingestible(entry):
            yield entry
    for sub in subdirs:
        if sub.resolve() not in walked:
            yield from _walk(sub, root, follow_symlinks, on_skip, walked)
