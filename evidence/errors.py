"""Errors raised by the evidence layer; `cli/` turns them into one-line messages."""

from __future__ import annotations


class EvidenceError(Exception):
    """Base class: `str()` is the one-line user message."""

    def __init__(self, subject: str, reason: str) -> None:
        self.subject = subject
        self.reason = reason
        super().__init__(f"{subject}: {reason}")


class StoreError(EvidenceError):
    """The database could not be opened or written."""


class DocumentNotFoundError(EvidenceError):
    """No stored document (or more than one) matches the reference given."""


class CatalogueError(EvidenceError):
    """A catalogue file could not be read or holds no entries."""
