"""Importing real catalogues of government documents.

In: regeringen.se JSON lists (objects with `title`, `url`, `published`, `id`
such as `SOU 2019:43`, `Skr. 2016/17:10` or `Diarienummer: A2021/02397`,
`summary`, `attachments`) and SFS Markdown files with YAML front matter
(`beteckning`, `rubrik`). Out: CatalogueEntry rows, after which every source is
resolved again. One file is one transaction.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from evidence import schema as S
from evidence.errors import CatalogueError
from evidence.sources import resolve_sources
from evidence.store import writer
from extract.series import find_designations, normalise_designation
from ingest.errors import IngestError
from ingest.front_matter import load_front_matter

REGERINGEN_BASE_URL = "https://www.regeringen.se"
CATALOGUE_PUBLISHER = "Regeringen"


@dataclass(frozen=True)
class ImportResult:
    path: str
    entries: int
    skipped: int


def _designation(raw_id: str | None, title: str) -> str | None:
    if raw_id:
        exact = normalise_designation(raw_id)
        if exact:
            return exact
        found = find_designations(raw_id)
        if found:
            return found[0].text
    # Some entries carry their designation only in the title ("…, SOU 2019:43").
    found = find_designations(title)
    return found[-1].text if found else None


# The fields read from a regeringen.se entry, with the types they must have
# (None is always allowed). Issue 18: a number as title or a dict as summary
# was an internal error, the dict's SQL with it.
_JSON_FIELDS: dict[str, type] = {"title": str, "id": str, "url": str, "published": str, "summary": str, "attachments": list}


def _json_entries(path: Path, catalogue: str) -> tuple[list[S.CatalogueEntry], int]:
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(str(path), f"not a readable JSON catalogue ({exc})") from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise CatalogueError(str(path), "not a readable JSON catalogue (nested too deep)") from None
    if not isinstance(items, list):
        raise CatalogueError(str(path), "expected a JSON list of catalogue entries")
    entries, skipped = [], 0
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            for key, wanted in _JSON_FIELDS.items():
                value = item.get(key)
                if value is not None and not isinstance(value, wanted):
                    raise CatalogueError(
                        str(path),
                        f"entry {number}: field {key!r} must be {'text' if wanted is str else 'a list'}, "
                        f"not {type(value).__name__}",
                    )
        if not isinstance(item, dict) or not item.get("title"):
            skipped += 1
            continue
        designation = _designation(item.get("id"), item["title"])
        if designation is None:
            skipped += 1
            continue
        title = item["title"].strip()
        # "Med tillit följer bättre resultat …, SOU 2019:43": the designation is stored on its own.
        for d in find_designations(title):
            if d.text == designation and title[d.end :].strip(" .") == "":
                title = title[: d.start].rstrip(" ,–-")
        url = item.get("url")
        if url and url.startswith("/"):
            url = REGERINGEN_BASE_URL + url
        entries.append(
            S.CatalogueEntry(
                designation=designation,
                title=title,
                catalogue=catalogue,
                published=item.get("published"),
                url=url,
                summary=item.get("summary"),
                publisher=CATALOGUE_PUBLISHER,
                attachments_json=json.dumps(item.get("attachments") or [], ensure_ascii=False),
            )
        )
    return entries, skipped


def _sfs_entry(path: Path) -> S.CatalogueEntry:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(str(path), f"cannot read ({exc})") from None
    if not text.startswith("---"):
        raise CatalogueError(str(path), "no YAML front matter (expected '---' with beteckning and rubrik)")
    try:
        # No aliases, values kept as written, sizes capped (issue 18: an alias
        # bomb stored a 312 MB title).
        front = load_front_matter(str(path), text.split("---", 2)[1], first_line=1)
    except IngestError as exc:
        raise CatalogueError(str(path), exc.reason) from None
    if not isinstance(front, dict) or "beteckning" not in front or "rubrik" not in front:
        raise CatalogueError(str(path), "front matter lacks beteckning or rubrik")
    fields = {key: front.get(key) for key in ("beteckning", "rubrik", "utfardad_datum", "pdf_url", "departement")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise CatalogueError(str(path), f"front matter field {key!r} must be text, not a {type(value).__name__}")
    if not (fields["beteckning"] or "").strip() or not (fields["rubrik"] or "").strip():
        raise CatalogueError(str(path), "front matter lacks beteckning or rubrik")
    return S.CatalogueEntry(
        designation=f"SFS {fields['beteckning'].strip()}",
        title=fields["rubrik"].strip(),
        catalogue="sfs",
        published=fields["utfardad_datum"] or None,
        url=fields["pdf_url"],
        summary=None,
        publisher=fields["departement"] or None,
    )


def import_catalogue_file(engine: Engine, path: str | os.PathLike[str]) -> ImportResult:
    p = Path(path)
    if not p.is_file():
        raise CatalogueError(str(p), "no such file")
    if p.suffix.lower() == ".json":
        entries, skipped = _json_entries(p, p.stem)
    elif p.suffix.lower() in (".md", ".markdown"):
        entries, skipped = [_sfs_entry(p)], 0
    else:
        raise CatalogueError(str(p), "unsupported catalogue type (expected .json or SFS .md)")
    try:
        with Session(writer(engine)) as session, session.begin():
            existing = {
                (e.designation, e.url, e.catalogue)
                for e in session.exec(select(S.CatalogueEntry).where(S.CatalogueEntry.catalogue == entries[0].catalogue)).all()
            } if entries else set()
            fresh = []
            for e in entries:
                k = (e.designation, e.url, e.catalogue)
                if k not in existing:
                    existing.add(k)
                    fresh.append(e)
            session.add_all(fresh)
            session.flush()
            resolve_sources(session)
    except SQLAlchemyError as exc:
        raise CatalogueError(str(p), f"database write failed, nothing imported ({exc})") from None
    return ImportResult(str(p), len(entries), skipped)


def import_catalogues(engine: Engine, paths: list[str | os.PathLike[str]]) -> list[ImportResult]:
    """Import catalogue files and directories (their .json and .md files)."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(x for x in p.rglob("*") if x.suffix.lower() in (".json", ".md"))
            if not found:
                raise CatalogueError(str(p), "directory holds no .json or .md catalogue files")
            files.extend(found)
        else:
            files.append(p)
    return [import_catalogue_file(engine, f) for f in files]
