"""Storing and reading a document's analysis: structure, claims, figures, tables, charts.

In: an `extract.analysis.Analysis` plus the block and sentence rows just
written for the same document. Out: Claim, FigureRow, SectionRow, TableRow
and Chart rows; and, for reading, plain dicts in the export contract's shape.
"""

from __future__ import annotations

import json

from sqlmodel import Session, select

from evidence import schema as S
from evidence.rows import insert_document_rows, insert_rows
from extract.analysis import Analysis


def _figure_row(document_id: int, figure, claim_id=None, footnote_id=None) -> dict:  # type: ignore[no-untyped-def]
    return {
        "document_id": document_id,
        "claim_id": claim_id,
        "footnote_id": footnote_id,
        "value": figure.value,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "subject": figure.subject,
        "years_json": json.dumps(list(figure.years)),
        "role": figure.role,
        "period_years": figure.period_years,
        "high": figure.high,
        "raw": figure.raw,
        "char_start": figure.char_start,
        "char_end": figure.char_end,
    }


def store_analysis(
    session: Session,
    document_id: int,
    analysis: Analysis,
    block_ids: list[int],
    sentence_ids: list[list[int]],
    footnote_ids: dict[tuple[int, int], int],
) -> None:
    store_analyses(session, [(document_id, analysis, block_ids, sentence_ids, footnote_ids)])


def store_analyses(
    session: Session,
    items: list[tuple[int, Analysis, list[int], list[list[int]], dict[tuple[int, int], int]]],
) -> None:
    """Store the analyses of documents just written: (document id, analysis,
    block ids, sentence ids per block, footnote ids), one statement per table
    for all of them (issue 18: a statement per table per document was most of
    the writer's time on short documents)."""
    sections: list[dict] = []
    claim_rows: list[dict] = []
    for document_id, analysis, block_ids, sentence_ids, _ in items:
        for chapter in analysis.structure.chapters:
            sections.append({"document_id": document_id, "level": 1, "title": chapter.title,
                             "chapter_title": chapter.title, "part": chapter.part,
                             "page_number": chapter.page_number, "objective": chapter.objective,
                             "block_start": chapter.block_start, "block_end": chapter.block_end})
            for section in chapter.sections:
                sections.append({"document_id": document_id, "level": 2, "title": section.title,
                                 "chapter_title": chapter.title, "part": chapter.part,
                                 "page_number": section.page_number, "objective": section.objective,
                                 "block_start": section.block_start, "block_end": section.block_end})
        claim_rows.extend(
            {
                "document_id": document_id,
                "block_id": block_ids[claim.block_index],
                "order": order,
                "kind": claim.kind,
                "text": claim.text,
                "page_number": claim.page_number,
                "char_start": claim.char_start,
                "char_end": claim.char_end,
                "sentence_ids_json": json.dumps([sentence_ids[claim.block_index][i] for i in claim.sentence_indices]),
                "footnotes_json": json.dumps(list(claim.footnotes)),
                "chapter": claim.chapter,
                "section": claim.section,
                "objective": claim.objective,
            }
            for order, claim in enumerate(analysis.claims)
        )
    insert_rows(session, S.SectionRow, sections)
    claim_ids = iter(insert_document_rows(session, S.Claim, claim_rows, key=("order",)))
    figures: list[dict] = []
    for document_id, analysis, _, _, footnote_ids in items:
        for claim_figures in analysis.claim_figures:
            claim_id = next(claim_ids)
            figures.extend(_figure_row(document_id, f, claim_id=claim_id) for f in claim_figures)
        for key, note_figures in analysis.footnote_figures.items():
            note_id = footnote_ids.get(key)
            if note_id is not None:
                figures.extend(_figure_row(document_id, f, footnote_id=note_id) for f in note_figures)
    insert_rows(session, S.FigureRow, figures)
    insert_rows(
        session,
        S.TableRow,
        [
            {"document_id": document_id, "label": table.label, "caption": table.caption, "source": table.source,
             "page_number": table.page_number, "header_json": json.dumps(list(table.header), ensure_ascii=False),
             "rows_json": json.dumps([list(r) for r in table.rows], ensure_ascii=False)}
            for document_id, analysis, _, _, _ in items
            for table in analysis.tables
        ],
    )
    insert_rows(
        session,
        S.Chart,
        [
            {"document_id": document_id, "label": chart.label, "caption": chart.caption, "source": chart.source,
             "page_number": chart.page_number,
             "references_json": json.dumps([{"page": r.page_number, "text": r.text} for r in chart.references],
                                           ensure_ascii=False)}
            for document_id, analysis, _, _, _ in items
            for chart in analysis.charts
        ],
    )


def figure_dict(f: S.FigureRow) -> dict:
    return {
        "id": f.id,
        "claim_id": f.claim_id,
        "footnote_id": f.footnote_id,
        "value": f.value,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "subject": f.subject,
        "years": json.loads(f.years_json),
        "role": f.role,
        "period_years": f.period_years,
        "high": f.high,
        "raw": f.raw,
    }


def claims_of(session: Session, document_id: int, kind: str | None = None) -> list[dict]:
    query = select(S.Claim).where(S.Claim.document_id == document_id)
    if kind:
        query = query.where(S.Claim.kind == kind)
    claims = session.exec(query.order_by(S.Claim.order)).all()
    figures: dict[int, list[int]] = {}
    for f in session.exec(select(S.FigureRow).where(S.FigureRow.document_id == document_id)).all():
        if f.claim_id is not None:
            figures.setdefault(f.claim_id, []).append(f.id)  # type: ignore[arg-type]
    return [
        {
            "id": c.id,
            "kind": c.kind,
            "text": c.text,
            "page": c.page_number,
            "chapter": c.chapter,
            "section": c.section,
            "objective": c.objective,
            "footnotes": json.loads(c.footnotes_json),
            "figure_ids": figures.get(c.id, []),  # type: ignore[arg-type]
        }
        for c in claims
    ]


def figures_of(session: Session, document_id: int, unit: str | None = None) -> list[dict]:
    query = select(S.FigureRow).where(S.FigureRow.document_id == document_id)
    if unit:
        query = query.where(S.FigureRow.unit == unit)
    return [figure_dict(f) for f in session.exec(query.order_by(S.FigureRow.id)).all()]


def structure_of(session: Session, document_id: int) -> list[dict]:
    rows = session.exec(select(S.SectionRow).where(S.SectionRow.document_id == document_id).order_by(S.SectionRow.id)).all()
    chapters: list[dict] = []
    for r in rows:
        if r.level == 1:
            chapters.append({"title": r.title, "page": r.page_number, "part": r.part, "objective": r.objective,
                             "sections": []})
        elif chapters:
            chapters[-1]["sections"].append({"title": r.title, "page": r.page_number, "objective": r.objective})
    return chapters


def tables_of(session: Session, document_id: int) -> list[dict]:
    return [
        {"label": t.label, "caption": t.caption, "source": t.source, "page": t.page_number,
         "header": json.loads(t.header_json), "rows": json.loads(t.rows_json)}
        for t in session.exec(select(S.TableRow).where(S.TableRow.document_id == document_id)).all()
    ]


def charts_of(session: Session, document_id: int) -> list[dict]:
    return [
        {"label": c.label, "caption": c.caption, "source": c.source, "page": c.page_number,
         "references": json.loads(c.references_json)}
        for c in session.exec(select(S.Chart).where(S.Chart.document_id == document_id).order_by(S.Chart.id)).all()
    ]
