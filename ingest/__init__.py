"""ingest: files -> format-neutral parsed documents (pages, blocks, footnotes, markers)."""

from ingest.errors import IngestError
from ingest.files import iter_input_files, parse_file, read_source
from ingest.model import Block, Footnote, Marker, Page, ParsedDocument, SourceFile

__all__ = [
    "Block",
    "Footnote",
    "IngestError",
    "Marker",
    "Page",
    "ParsedDocument",
    "SourceFile",
    "iter_input_files",
    "parse_file",
    "read_source",
]
