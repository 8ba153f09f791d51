"""Errors raised by the evidence layer; `cli/` turns them into one-line messages."""

from __future__ import annotations

from ingest.errors import shown_path


class EvidenceError(Exception):
    """Base class: `str()` is the one-line user message."""

    def __init__(self, subject: str, reason: str) -> None:
        self.subject = subject
        self.reason = reason
        super().__init__(f"{shown_path(str(subject))}: {reason}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Rebuilt from both parts when it crosses from an ingest worker process.
        return (type(self), (self.subject, self.reason))


class StoreError(EvidenceError):
    """The database could not be opened or written."""


class DatabaseUnwritableError(StoreError):
    """The database takes no writes at all (read-only, or the disk is full): the run stops."""


class ForeignDatabaseError(StoreError):
    """The database is not kallkoll's, is damaged, or was made by a newer kallkoll: it is left alone."""


class DocumentNotFoundError(EvidenceError):
    """No stored document (or more than one) matches the reference given."""


class CatalogueError(EvidenceError):
    """A catalogue file could not be read or holds no entries."""


class AmbiguousDocumentError(DocumentNotFoundError):
    """DOC matches several documents and none of them is the sensible choice; `candidates` lists them."""

    def __init__(self, subject: str, reason: str, candidates: list | tuple = ()) -> None:
        super().__init__(subject, reason)
        self.candidates = list(candidates)


class NoDatabaseError(StoreError):
    """A read-only command was pointed at a database that does not exist (issue 17: it must not create one)."""

    def __init__(self, subject: str, reason: str = "") -> None:
        super().__init__(subject, reason)
        # The whole message, not `subject: reason`: it names the file and what to do.
        self.args = (f"no kallkoll database at {subject} — run `kallkoll ingest PATH` first, or pass --db",)

    def __str__(self) -> str:
        return str(self.args[0])
