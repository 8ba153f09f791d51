"""The tables and columns of the newest schema, as plain data.

In: nothing. Out: `TABLES`, table name -> its column names, exactly what
`SQLModel.metadata` holds for the models in `evidence/schema*.py` at
`evidence.db.SCHEMA_HEAD` (tests/evidence/test_reader.py holds the two
together: a migration that adds a table or column updates this too).

Why a copy: `evidence/reader.py` checks that a SQLite database is complete
before reading it with the standard library's sqlite3, and importing the
models (SQLModel, pydantic, SQLAlchemy's ORM) would cost a read-only command
more than everything else it does (issue 17: fast start).
"""

from __future__ import annotations

TABLES: dict[str, tuple[str, ...]] = {
    'block': (
        'id', 'document_id', 'page_number', 'order', 'kind', 'level', 'text', 'x0', 'top', 'x1', 'bottom',
        'font_size',
    ),
    'catalogueentry': (
        'id', 'designation', 'title', 'catalogue', 'published', 'url', 'summary', 'publisher', 'attachments_json',
    ),
    'chain': ('id', 'document_id', 'claim_id', 'supports_claim_id', 'score', 'reasons_json'),
    'chart': ('id', 'document_id', 'label', 'caption', 'source', 'page_number', 'references_json'),
    'citation': (
        'id', 'document_id', 'footnote_id', 'footnote_number', 'footnote_series', 'page_number', 'position', 'kind',
        'key', 'raw', 'title', 'author', 'year', 'designation', 'source_id',
    ),
    'claim': (
        'id', 'document_id', 'block_id', 'order', 'kind', 'text', 'page_number', 'char_start', 'char_end',
        'sentence_ids_json', 'footnotes_json', 'chapter', 'section', 'objective',
    ),
    'doctable': ('id', 'document_id', 'label', 'caption', 'source', 'page_number', 'header_json', 'rows_json'),
    'document': (
        'id', 'path', 'title', 'kind', 'format', 'sha256', 'encoding', 'page_count', 'metadata_json', 'designations',
        'cover', 'ingested_at',
    ),
    'figure': (
        'id', 'document_id', 'claim_id', 'footnote_id', 'value', 'unit', 'qualifier', 'subject', 'years_json', 'role',
        'period_years', 'raw', 'char_start', 'char_end', 'high',
    ),
    'footnote': (
        'id', 'document_id', 'number', 'series', 'page_number', 'text', 'sentence_id', 'x0', 'top', 'x1', 'bottom',
        'font_size', 'remainder', 'explanatory', 'problems',
    ),
    'footnotemarker': (
        'id', 'document_id', 'block_id', 'sentence_id', 'footnote_id', 'number', 'series', 'char_start', 'raw',
    ),
    'link': (
        'id', 'document_id', 'claim_id', 'citation_id', 'citation_key', 'source_id', 'passage_document_id',
        'passage_sentence_id', 'passage_page', 'passage_text', 'score', 'reasons_json', 'rank',
    ),
    'measure': (
        'id', 'document_id', 'block_id', 'page_number', 'footnote_number', 'kind', 'actor', 'assigned_json',
        'agencies_key', 'year', 'year_end', 'date', 'duration_years', 'amounts_json', 'report_back',
        'diary_numbers_json', 'designations_json', 'objective', 'status', 'text', 'topic', 'char_start', 'char_end',
        'linked_document_id', 'link_score',
    ),
    'page': ('id', 'document_id', 'page_number', 'width', 'height'),
    'search_doc': ('document_id', 'length', 'year'),
    'search_term': ('term', 'document_id', 'title', 'lead', 'body', 'part'),
    'search_word': ('word', 'term'),
    'section': (
        'id', 'document_id', 'level', 'title', 'chapter_title', 'part', 'page_number', 'objective', 'block_start',
        'block_end',
    ),
    'sentence': ('id', 'document_id', 'block_id', 'page_number', 'order', 'char_start', 'char_end', 'text'),
    'source': (
        'id', 'key', 'kind', 'author', 'year', 'designation', 'title', 'publisher', 'published', 'url',
        'aliases_json', 'document_id', 'catalogue_entry_id', 'resolved_by', 'resolution_score',
    ),
    'verification': (
        'id', 'document_id', 'figure_id', 'claim_id', 'status', 'source_value', 'link_id', 'passage_text',
        'passage_page', 'confidence', 'reasons_json',
    ),
}
