"""Errors raised by the ingest layer; `cli/` turns them into one-line messages."""

from __future__ import annotations


def shown_path(path: str) -> str:
    """`path` as messages show it: as it is, or quoted with its escapes (repr)
    when it holds a line break or another unprintable character. Issue 18: a
    file named "a\\nerror: b.txt" printed a second, forged `error:` line."""
    return path if path.isprintable() else repr(path)


class IngestError(Exception):
    """A file could not be ingested; `str()` is the one-line user message."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{shown_path(self.path)}: {reason}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        # Raised in a worker process (a PDF's pages read in several), it
        # crosses back pickled: rebuilt from (path, reason), not the message.
        return type(self), (self.path, self.reason)


class UnsupportedFormatError(IngestError):
    """The file's extension is not one kallkoll can parse."""


class EmptyInputError(IngestError):
    """The file is empty or holds no text."""


class CorruptFileError(IngestError):
    """The file is damaged, truncated, malformed, or otherwise unreadable."""


class EncryptedPdfError(IngestError):
    """The PDF is encrypted."""


class NoTextLayerError(IngestError):
    """The PDF has pages but no text layer (it needs OCR first)."""


class TooSlowError(IngestError):
    """Reading the file took longer than the whole-document time limit."""


class UnsafeInputError(IngestError):
    """The file asks for something kallkoll refuses to do (external entities, entity bombs)."""
