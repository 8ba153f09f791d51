"""The kinds of blocks and documents, as plain names (re-exported by ingest/model.py).

In: nothing. Out: the block kinds (`HEADING` … `FOOTER`, `BLOCK_KINDS`,
`BODY_KINDS`) and `DOCUMENT_KINDS`. A module of their own so that the reading
commands (the CLI's choices, the search) name them without making the
record dataclasses of ingest/model.py, about 5 ms of start-up (issue 15).
"""

from __future__ import annotations

# Block kinds. Running headers/footers are kept (so nothing is silently dropped)
# but never take part in sentences or markers.
HEADING = "heading"
PARAGRAPH = "paragraph"
CAPTION = "caption"
TABLE = "table"
LIST_ITEM = "list_item"
HEADER = "header"
FOOTER = "footer"
BLOCK_KINDS = (HEADING, PARAGRAPH, CAPTION, TABLE, LIST_ITEM, HEADER, FOOTER)
BODY_KINDS = (HEADING, PARAGRAPH, CAPTION, TABLE, LIST_ITEM)
# What a whole document is (ParsedDocument.kind): the parsers set one of these
# (text/PDF: report; Markdown: law, web_page, assignment; HTML: web_page; XML: xml).
DOCUMENT_KINDS = ("report", "law", "web_page", "assignment", "xml")
