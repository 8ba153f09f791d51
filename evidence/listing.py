"""Reading stored documents: the list, one by reference, its footnotes.

In: a Reader (`evidence/reader.py`; an Engine is wrapped into one) and a
document reference or id. Out: `StoredDocument` records and plain dicts for
`kallkoll documents`, `footnotes` and the commands that name a DOC.

Plain SQL through a Reader, not the ORM: `documents` and `footnotes` then
import neither SQLAlchemy nor the models on a SQLite database (issue 17: fast
start). `evidence/store.py` re-exports these names for existing callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.errors import DocumentNotFoundError
from evidence.reader import Reader, reader_for
from evidence.sqlint import as_row_id

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# The key in a document's metadata_json under which the store keeps the
# footnote numbering irregularities the reader read through (for `kallkoll
# check`; written by evidence/store.py).
IRREGULARITIES = "footnote_irregularities"


@dataclass(frozen=True)
class StoredDocument:
    """A `document` row (the columns of evidence.schema.Document)."""

    id: int
    path: str
    title: str
    kind: str
    format: str
    sha256: str
    encoding: str | None
    page_count: int
    metadata_json: str
    designations: str
    cover: str
    ingested_at: datetime | None


_COLUMNS = ("id, path, title, kind, format, sha256, encoding, page_count, metadata_json, designations, cover, "
            "ingested_at")


def _document(row: tuple) -> StoredDocument:  # type: ignore[type-arg]
    *rest, ingested_at = row
    if isinstance(ingested_at, str):  # sqlite3 gives the stored text; SQLAlchemy a datetime
        ingested_at = datetime.fromisoformat(ingested_at)
    return StoredDocument(*rest, ingested_at=ingested_at)


def _document_rows(reader: Reader, where: str, params: dict | None = None) -> list[StoredDocument]:  # type: ignore[type-arg]
    return [_document(r) for r in reader.rows(f"SELECT {_COLUMNS} FROM document {where} ORDER BY id", params)]


# Per-document row counts shown by `documents`: the key and its table.
_COUNTED = {"blocks": "block", "sentences": "sentence", "footnotes": "footnote", "markers": "footnotemarker"}
_COUNTS_SQL = " UNION ALL ".join(
    f"SELECT '{key}', document_id, COUNT(*) FROM {table} GROUP BY document_id" for key, table in _COUNTED.items()
)


def list_documents(source: Engine | Reader) -> list[dict]:
    counts: dict[str, dict[int, int]] = {key: {} for key in _COUNTED}
    with reader_for(source).connect() as reader:  # one snapshot: counts of the documents listed
        for key, document_id, n in reader.rows(_COUNTS_SQL):
            counts[key][document_id] = n
        docs = _document_rows(reader, "")
    return [document_dict(doc) | {key: counts[key].get(doc.id, 0) for key in _COUNTED} for doc in docs]


def document_dict(doc: StoredDocument) -> dict:  # also takes an evidence.schema.Document
    return {
        "id": doc.id,
        "title": doc.title,
        "kind": doc.kind,
        "format": doc.format,
        "path": doc.path,
        "sha256": doc.sha256,
        "pages": doc.page_count,
        "encoding": doc.encoding,
        "metadata": json.loads(doc.metadata_json or "{}"),
    }


def find_document(source: Engine | Reader, ref: str) -> StoredDocument:
    """A document by id, path, or a unique fragment of its title (or file name)."""
    reader = reader_for(source)
    row_id = as_row_id(ref)
    if row_id is not None:
        found = _document_rows(reader, "WHERE id = :id", {"id": row_id})
        if found:
            return found[0]
    found = _document_rows(reader, "WHERE path = :path", {"path": str(Path(ref).resolve())})
    if found:
        return found[0]
    docs = _document_rows(reader, "")
    needle = ref.casefold()
    hits = [d for d in docs if needle in d.title.casefold()] or [
        d for d in docs if needle in Path(d.path).name.casefold()
    ]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        listed = "; ".join(f"{d.id}: {d.title}" for d in hits[:5])
        raise DocumentNotFoundError(ref, f"matches {len(hits)} documents ({listed}); give the id")
    raise DocumentNotFoundError(ref, "no stored document has this id, path or title (see `kallkoll documents`)")


def footnotes_of(source: Engine | Reader, document_id: int) -> list[dict]:
    reader = reader_for(source)
    rows = reader.rows(
        "SELECT f.number, f.series, f.page_number, f.text, f.sentence_id, s.text FROM footnote f "
        "LEFT JOIN sentence s ON s.id = f.sentence_id AND s.document_id = f.document_id "
        "WHERE f.document_id = :doc ORDER BY f.series, f.number",
        {"doc": document_id},
    )
    return [
        {
            "number": number,
            "series": series,
            "page": page,
            "text": text,
            "sentence_id": sentence_id,
            "sentence": sentence if sentence_id else None,
        }
        for number, series, page, text, sentence_id, sentence in rows
    ]
