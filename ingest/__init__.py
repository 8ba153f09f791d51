"""ingest: files -> format-neutral parsed documents (pages, blocks, footnotes, markers).

The names below are loaded on first use (PEP 562): importing `ingest.errors`
for its exception classes, as every CLI command does, must not import the
file readers and hashing behind `ingest.files` (issue 17: fast start).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.errors import IngestError
    from ingest.files import iter_input_files, parse_file, read_source
    from ingest.model import Block, Footnote, Marker, Page, ParsedDocument, SourceFile

# Exported name -> the module that defines it.
_EXPORTS = {
    "IngestError": "ingest.errors",
    "iter_input_files": "ingest.files",
    "parse_file": "ingest.files",
    "read_source": "ingest.files",
    "Block": "ingest.model",
    "Footnote": "ingest.model",
    "Marker": "ingest.model",
    "Page": "ingest.model",
    "ParsedDocument": "ingest.model",
    "SourceFile": "ingest.model",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ingest' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # looked up once
    return value
