"""HTML, XHTML and generic XML -> ParsedDocument, parsed with lxml and never expanding entities.

In: a SourceFile: `.html`/`.htm`/`.xhtml` through `parse_html`, `.xml` through
`parse_xml`. Out: a ParsedDocument with one Page (markup has no pages), body
blocks in document order, footnotes and the markers that point to them.

Security (the OWASP XXE cheat sheet's lxml advice, made mandatory here):
every parser is built with `resolve_entities=False, no_network=True,
load_dtd=False, dtd_validation=False, huge_tree=False`, and before lxml sees
the bytes the document is scanned for `<!ENTITY` declarations. External
entities (SYSTEM/PUBLIC), parameter entities and entities whose value refers to
other entities (the "billion laughs" bomb) are refused with UnsafeInputError.
A plain internal entity (`<!ENTITY org "Jämställdhetsmyndigheten">`) is kept:
lxml leaves it as a reference node and this module substitutes its value,
within a total expansion budget. An external DTD (`<!DOCTYPE x SYSTEM "…">`)
is never loaded.

HTML footnotes are recognised in the styles that generators write: Pandoc
(`<a class="footnote-ref" role="doc-noteref">` → `<section class="footnotes"
role="doc-endnotes">`), markdown-it (`<sup class="footnote-ref"><a
href="#fn1">[1]</a></sup>` → `<li id="fn1" class="footnote-item">`), Word
(`<a href="#_ftn1" name="_ftnref1">[1]</a>` → `<div id="ftn1">`), LibreOffice
(`sdfootnote1anc`/`sdfootnote1sym`), Google Docs (`ftnt1`/`ftnt_ref1`), EPUB
(`epub:type="noteref"`/`"footnote"`), and a plain `<sup>` or `<a href="#fn1">`
that points into an `<ol>` of `<li id="fn1">`.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.entities import html5 as HTML5_ENTITIES
from pathlib import Path
from urllib.parse import unquote

import lxml.html
from lxml import etree

from ingest.errors import CorruptFileError, EmptyInputError, UnsafeInputError
from ingest.files import TEXT_ENCODINGS
from ingest.model import (
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE,
    Block,
    Footnote,
    FootnoteIrregularity,
    Marker,
    Page,
    ParsedDocument,
    SourceFile,
)

log = logging.getLogger(__name__)

XML_NS = "http://www.w3.org/XML/1998/namespace"
EPUB_NS = "http://www.idpf.org/2007/ops"

# --- entity policy -----------------------------------------------------------------

# A plain internal entity longer than this is refused: nobody abbreviates a
# 4 KB text, but a quadratic-blowup attack does.
MAX_ENTITY_VALUE = 4096
# Substituted entity text may not exceed this many characters, nor ten times
# the file size, whichever is larger.
MIN_EXPANSION_BUDGET = 1_000_000

_COMMENT_OR_CDATA = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.S)
_ENTITY_START = re.compile(r"<!ENTITY\b", re.I)
_ENTITY_DECL = re.compile(
    r"""<!ENTITY\s+(?P<param>%\s+)?(?P<name>[^\s%"'>]+)\s+(?P<body>(?:"[^"]*"|'[^']*'|[^"'>])*)>""",
    re.I,
)
_EXTERNAL_ID = re.compile(r"^(SYSTEM|PUBLIC)\b", re.I)
_ENTITY_REF = re.compile(r"[&%][A-Za-z_:][\w.:-]*;")
# libxml2 stops at this element depth unless huge_tree=True (which stays off:
# it also lifts the limits on text node size and entity expansion).
MAX_DEPTH = 256
_EXCESSIVE_DEPTH = re.compile(r"Excessive depth in document", re.I)
_LIBXML_ENTITY_GUARD = re.compile(r"amplification|entity reference loop|entity loop", re.I)
_CHAR_REF = re.compile(r"&#(x[0-9A-Fa-f]+|[0-9]+);")

# --- encodings -----------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']""")
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z][A-Za-z0-9._:-]*)""", re.I)
# Everything lxml would still take for a declaration with an encoding, which it
# refuses in a str (ValueError): a damaged one without "?>", ending at the
# first ">" or at the end of the text, and repeated ones (fuzzing, issue 8).
_XML_DECL = re.compile(r"^(?:\s*<\?xml[^>]*(?:>|$))+")
# WHATWG Encoding: documents labelled ASCII or Latin-1 are decoded as Windows-1252.
_HTML_ENCODING_ALIASES = {"ascii": "cp1252", "latin-1": "cp1252"}

# --- HTML vocabulary -------------------------------------------------------------------

HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Never body text: code, styling, navigation, form controls, the <head>.
HTML_SKIP = frozenset(
    {
        "script", "style", "nav", "noscript", "template", "head", "title", "iframe",
        "object", "embed", "svg", "button", "select", "option", "textarea", "input",
    }
)
# Elements that end a run of inline text (HTML Living Standard "flow content"
# that is not phrasing content). Anything else is treated as inline.
HTML_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
# A footnote list: Pandoc/markdown-it `class="footnotes"`, DPUB-ARIA roles,
# EPUB 3 structural semantics, Word's `mso-element:footnote-list`.
NOTE_CONTAINER_CLASSES = frozenset({"footnotes", "footnote-list", "footnotes-list", "endnotes", "fotnoter"})
NOTE_CONTAINER_ROLES = frozenset({"doc-endnotes", "doc-footnotes"})
NOTE_CONTAINER_EPUB = frozenset({"footnotes", "endnotes", "rearnotes"})
NOTE_CONTAINER_IDS = frozenset({"footnotes", "endnotes", "fotnoter"})
# One footnote body.
NOTE_ITEM_CLASSES = frozenset({"footnote", "footnote-item", "endnote", "fotnot"})
NOTE_ITEM_ROLES = frozenset({"doc-footnote", "doc-endnote"})
NOTE_ITEM_EPUB = frozenset({"footnote", "endnote", "rearnote", "note"})
# Elements that can hold a footnote body found through a link target.
NOTE_ITEM_TAGS = frozenset({"li", "p", "div", "aside", "dd", "section", "footer"})
# A link is a note reference by its class, role or target id.
NOTEREF_CLASSES = frozenset(
    {
        "footnote-ref", "footnote-reference", "footnoteref", "noteref", "fnref", "fn-ref",
        "endnote-ref", "sdfootnoteanc", "sdendnoteanc", "footnote-link",
    }
)
NOTEREF_ID = re.compile(
    r"^_?(?:fn|ftn|ftnt|fnt|footnote|fotnot|note|endnote|edn|sdfootnote|sdendnote)[-_:.]?\d+(?:sym)?$", re.I
)
# Back-references inside a footnote body (↩ links), dropped from its text.
BACKREF_CLASSES = frozenset(
    {"footnote-back", "footnote-backref", "footnote-return", "reversefootnote", "backref", "fn-back", "sdfootnotesym"}
)
_BACKREF_ARROWS = re.compile(r"[\s↩↑⤴⮐\ufe0e\ufe0f]+$")
_MARKER_TEXT = re.compile(r"^[\[(]?\s*(\d{1,4})\s*[\])]?$")

# --- generic XML vocabulary --------------------------------------------------------------

XML_HEADINGS = frozenset({"title", "head", "h", "rubrik", "heading", "rubr", "overskrift", "subtitle"})
XML_PARAGRAPHS = frozenset({"p", "para", "simpara", "stycke", "text", "paragraph", "textstycke", "ab"})
XML_LIST_ITEMS = frozenset({"li", "item", "listitem", "punkt", "listpunkt"})
XML_CAPTIONS = frozenset({"caption", "figcaption", "bildtext"})
XML_TABLES = frozenset({"table", "tabell", "informaltable"})
XML_ROWS = frozenset({"tr", "row", "rad"})
XML_SECTIONS = frozenset(
    {
        "section", "sec", "div", "div1", "div2", "div3", "div4", "div5", "div6", "chapter", "kapitel",
        "avdelning", "part", "article", "sect1", "sect2", "sect3", "sect4", "sect5", "appendix", "bilaga",
        "avsnitt",
    }
)
XML_SKIP = frozenset({"script", "style"})
# Elements that never make a block of their own when their parent has text.
XML_INLINE = frozenset(
    {
        "emphasis", "em", "i", "b", "strong", "hi", "span", "sub", "sup", "u", "a", "link", "ulink",
        "xref", "ref", "term", "foreign", "quote", "q", "code", "literal", "phrase", "abbr", "br", "lb",
        "date", "num", "citation", "cite", "kursiv", "fet", "persname", "orgname", "placename",
    }
)
XML_NOTES = frozenset({"footnote", "fn", "note", "fotnot", "endnote", "slutnot"})
XML_NOTE_NUMBER_ATTRS = ("n", "number", "nr", "num")
XML_MARKERS = frozenset(
    {
        "noteref", "fnref", "footnoteref", "footnote-ref", "footnote_ref", "ref", "xref", "fotnotsref",
        "fotnotref", "notref",
    }
)
XML_MARKER_TARGETS = (
    "target", "idref", "rid", "ref", "href", "linkend", "refid", "fn", "note", "to",
    "{http://www.w3.org/1999/xlink}href",
)
_DIGITS = re.compile(r"\d+")


# =====================================================================================
# Public entry points
# =====================================================================================


def parse_html(source: SourceFile) -> ParsedDocument:
    """Parse an HTML or XHTML page into one page of blocks with its footnotes.

    Browsers read text/html leniently, so does this: lxml's HTML parser
    recovers from unclosed tags. Entity declarations are refused first."""
    text, encoding = _decode_html(source)
    _check_entities(source.path, text, _budget(source))
    # lxml refuses a str with an XML declaration; the declaration's encoding
    # has already been used to decode, so it is dropped.
    text = _XML_DECL.sub("", text, count=1)
    parser = lxml.html.HTMLParser(
        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        root = etree.fromstring(text, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(source.path, f"unreadable HTML: {_lxml_reason(exc)}") from None
    # The HTML parser recovers from everything except what it cannot go on
    # with (nesting deeper than 256 without huge_tree): that would silently
    # cut the page short, so it is an error.
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal and _EXCESSIVE_DEPTH.search(fatal[0].message):
        raise CorruptFileError(source.path, _depth_reason(fatal[0].line, fatal[0].column))
    if fatal:
        raise CorruptFileError(
            source.path, f"HTML parsing stopped at line {fatal[0].line}, column {fatal[0].column}: {fatal[0].message}"
        )
    if root is None:
        raise EmptyInputError(source.path, "HTML holds no elements (only whitespace or comments)")
    return _HtmlExtractor(source, root, entities={}, budget=_budget(source)).document(
        kind="web_page", fmt="html", encoding=encoding
    )


def parse_xml(source: SourceFile) -> ParsedDocument:
    """Parse a generic XML file (or XHTML saved as .xml) into blocks and footnotes."""
    scan_text = _decode_for_scan(source.data)
    entities = _check_entities(source.path, scan_text, _budget(source))
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(source.data, parser)
    except etree.XMLSyntaxError as exc:
        if not scan_text.strip(" \t\r\n\ufeff"):
            raise EmptyInputError(source.path, "XML file holds only whitespace") from None
        line, column = exc.position
        if _LIBXML_ENTITY_GUARD.search(exc.msg or ""):
            # libxml2's own amplification guard fired: an entity bomb our scan did not see.
            raise UnsafeInputError(
                source.path, f"entity expansion refused at line {line}, column {column}: {_lxml_reason(exc)}"
            ) from None
        if _EXCESSIVE_DEPTH.search(exc.msg or ""):
            raise CorruptFileError(source.path, _depth_reason(line, column)) from None
        raise CorruptFileError(
            source.path,
            f"malformed XML at line {line}, column {column}: {_lxml_reason(exc)} (fix the markup there)",
        ) from None
    docinfo = root.getroottree().docinfo
    _check_dtd(source.path, docinfo)
    encoding = _codec_name(docinfo.encoding or "utf-8") or (docinfo.encoding or "utf-8").lower()
    budget = _budget(source)
    if _local(root) == "html":
        doc = _HtmlExtractor(source, root, entities=entities, budget=budget).document(
            kind="xml", fmt="xml", encoding=encoding
        )
    else:
        doc = _XmlExtractor(source, root, entities=entities, budget=budget).document(encoding=encoding)
    return doc


# =====================================================================================
# Entity checks and decoding
# =====================================================================================


def _check_entities(path: str, text: str, budget: int) -> dict[str, str]:
    """Refuse dangerous entity declarations; return the plain internal ones.

    Comments and CDATA sections are blanked first, so a declaration quoted in
    either is not mistaken for a real one."""
    visible = _COMMENT_OR_CDATA.sub(" ", text)
    entities: dict[str, str] = {}
    for start in _ENTITY_START.finditer(visible):
        decl = _ENTITY_DECL.match(visible, start.start())
        line = visible.count("\n", 0, start.start()) + 1
        if decl is None:
            raise UnsafeInputError(
                path, f"unterminated or unreadable <!ENTITY declaration on line {line}; kallkoll refuses it"
            )
        name = decl.group("name")
        body = decl.group("body").strip()
        where = f"entity '{name}' declared on line {line}"
        if decl.group("param"):
            raise UnsafeInputError(
                path, f"{where} is a parameter entity; kallkoll refuses DTD parameter entities (remove the DOCTYPE)"
            )
        external = _EXTERNAL_ID.match(body)
        if external:
            raise UnsafeInputError(
                path,
                f"{where} is an external entity ({external.group(1).upper()} {body[external.end():].strip()[:80]}); "
                "kallkoll never reads files or URLs named by a document (XXE)",
            )
        if not body or body[0] not in "\"'" or body[-1] != body[0]:
            raise UnsafeInputError(path, f"{where} has an unreadable value {body[:60]!r}; kallkoll refuses it")
        value = body[1:-1]
        if _ENTITY_REF.search(value):
            raise UnsafeInputError(
                path,
                f"{where} refers to other entities ({_ENTITY_REF.search(value).group(0)}); nested entities can "
                "expand exponentially ('billion laughs') and kallkoll refuses them",
            )
        if len(value) > MAX_ENTITY_VALUE:
            raise UnsafeInputError(
                path, f"{where} is {len(value)} characters long (limit {MAX_ENTITY_VALUE}); refused as an entity bomb"
            )
        entities.setdefault(name, _CHAR_REF.sub(_char_ref, value))
    expansion = sum(len(value) * visible.count(f"&{name};") for name, value in entities.items())
    if expansion > budget:
        raise UnsafeInputError(
            path,
            f"entity references would expand to {expansion} characters (limit {budget}); refused as an entity bomb",
        )
    return entities


def _check_dtd(path: str, docinfo: etree.DocInfo) -> None:
    """Second line of defence after the text scan: lxml's own view of the internal subset."""
    dtd = docinfo.internalDTD
    if dtd is None:
        return
    for entity in dtd.iterentities():
        if entity.system_url:
            raise UnsafeInputError(
                path, f"entity '{entity.name}' is external ({entity.system_url}); kallkoll refuses external entities"
            )
        if entity.content and _ENTITY_REF.search(entity.content):
            raise UnsafeInputError(
                path, f"entity '{entity.name}' refers to other entities; refused as a possible 'billion laughs' bomb"
            )


def _depth_reason(line: int, column: int) -> str:
    # libxml2's own text says "use XML_PARSE_HUGE", which a user cannot do.
    return (
        f"Excessive depth: elements nest deeper than {MAX_DEPTH} levels at line {line}, column {column}; "
        "kallkoll refuses deeper documents (libxml2's limit without huge_tree)"
    )


def _char_ref(match: re.Match[str]) -> str:
    ref = match.group(1)
    try:
        return chr(int(ref[1:], 16) if ref[0] in "xX" else int(ref))
    except (ValueError, OverflowError):
        return match.group(0)


def _budget(source: SourceFile) -> int:
    return max(MIN_EXPANSION_BUDGET, 10 * len(source.data))


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return {"iso8859-1": "latin-1", "utf-8-sig": "utf-8"}.get(name, name)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    # UTF-16 without a BOM still starts with '<' (XML 1.0 appendix F).
    if data.startswith(b"<\x00?\x00"):
        return "utf-16-le"
    if data.startswith(b"\x00<\x00?"):
        return "utf-16-be"
    return None


def _decode_for_scan(data: bytes) -> str:
    """Decode XML bytes well enough to look for entity declarations."""
    encoding = _bom_encoding(data)
    if encoding is None:
        declared = _XML_DECL_ENCODING.match(data)
        encoding = _codec_name(declared.group(1).decode("ascii")) if declared else "utf-8"
        # An encoding Python does not know: every ASCII-compatible one keeps
        # '<!ENTITY' readable through Latin-1.
        encoding = encoding or "latin-1"
    return data.decode(encoding, errors="replace")


def _decode_html(source: SourceFile) -> tuple[str, str]:
    """Decode an HTML page: byte-order mark, else the declared charset
    (XML declaration, <meta charset>), then UTF-8, Windows-1252, Latin-1."""
    data = source.data
    bom = _bom_encoding(data)
    if bom is None and b"\x00" in data[:8192]:
        raise CorruptFileError(source.path, "binary data (NUL bytes) in an HTML file")
    declared: str | None = None
    if bom is not None:
        candidates = [bom]
    else:
        match = _XML_DECL_ENCODING.match(data) or _META_CHARSET.search(data[:4096])
        if match:
            label = match.group(1).decode("ascii")
            name = _codec_name(label)
            if name is None:
                log.warning("%s: unknown charset %r declared; trying UTF-8 and Windows-1252", source.path, label)
            else:
                declared = _HTML_ENCODING_ALIASES.get(name, name)
        candidates = ([declared] if declared else []) + [e for e in TEXT_ENCODINGS if e != declared]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == declared:
                log.warning(
                    "%s: bytes are not valid %s as declared (%s); trying others", source.path, encoding, exc.reason
                )
            continue
        text = text.lstrip("\ufeff")
        if not text.strip():
            raise EmptyInputError(source.path, "HTML file holds only whitespace")
        return text, _codec_name(encoding) or encoding
    raise CorruptFileError(source.path, f"bytes after the byte-order mark are not valid {bom}")


def _lxml_reason(exc: etree.XMLSyntaxError) -> str:
    """lxml's message without its own ', line N, column M' suffix."""
    msg = exc.msg or str(exc)
    return re.sub(r",? line \d+, column \d+.*$", "", msg).strip()


# =====================================================================================
# Text assembly
# =====================================================================================


_WS = re.compile(r"(\s+)")


class _TextBuilder:
    """Builds one block's text with whitespace collapsed as HTML renders it,
    so marker offsets are measured in the final text."""

    def __init__(self, preserve: bool = False) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._pending = ""
        self._last_ws = True
        self.preserve = preserve
        self.markers: list[tuple[int, str, int]] = []  # (char_start, raw, number)

    def _write(self, text: str) -> None:
        if self._pending:
            self._parts.append(self._pending)
            self._length += len(self._pending)
            self._pending = ""
        self._parts.append(text)
        self._length += len(text)
        self._last_ws = text[-1].isspace()

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.preserve:
            self._write(text)
            return
        for piece in _WS.split(text):
            if not piece:
                continue
            if piece[0].isspace():
                self.space()
            else:
                self._write(piece)

    def space(self) -> None:
        if self._length and not self._last_ws and not self._pending:
            self._pending = " "

    def newline(self) -> None:
        if self._length:
            self._pending = "\n"

    def separator(self, text: str) -> None:
        """Write `text` as is (a table cell separator), keeping a pending line break."""
        if self._pending == " ":
            self._pending = ""
        self._write(text)

    def marker(self, number: int, raw: str) -> None:
        self.markers.append((self._length, raw, number))

    def finish(self) -> tuple[str, tuple[Marker, ...]]:
        joined = "".join(self._parts)
        lead = len(joined) - len(joined.lstrip())
        text = joined.strip()
        markers = tuple(
            Marker(number=number, char_start=min(max(start - lead, 0), len(text)), raw=raw)
            for start, raw, number in self.markers
        )
        return text, markers


def _normalise(text: str) -> str:
    return " ".join(text.split())


# =====================================================================================
# Shared tree helpers
# =====================================================================================


def _local(el: etree._Element) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        tag = tag.split("}", 1)[1]
    return tag.lower()


def _classes(el: etree._Element) -> set[str]:
    return set((el.get("class") or "").lower().split())


def _epub_type(el: etree._Element) -> set[str]:
    return set((el.get(f"{{{EPUB_NS}}}type") or el.get("epub:type") or "").lower().split())


def _role(el: etree._Element) -> str:
    return (el.get("role") or "").lower().strip()


def _element_id(el: etree._Element) -> str | None:
    return el.get("id") or el.get(f"{{{XML_NS}}}id")


def _ancestors_or_self(el: etree._Element) -> Iterator[etree._Element]:
    node: etree._Element | None = el
    while node is not None:
        yield node
        node = node.getparent()


def _first_digits(text: str) -> int | None:
    match = _DIGITS.search(text)
    return int(match.group(0)) if match else None


def _nearest_table(el: etree._Element) -> etree._Element | None:
    return next((a for a in _ancestors_or_self(el.getparent()) if _local(a) == "table"), None)


def _is_hidden(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style


@dataclass
class _Notes:
    """Footnote bodies and the markers that point to them, keyed by element."""

    items: list[etree._Element] = field(default_factory=list)
    numbers: dict[etree._Element, int] = field(default_factory=dict)
    markers: dict[etree._Element, etree._Element] = field(default_factory=dict)  # marker -> item
    marker_numbers: dict[etree._Element, int] = field(default_factory=dict)
    marker_raw: dict[etree._Element, str] = field(default_factory=dict)
    skip: set[etree._Element] = field(default_factory=set)  # items and containers: not body text
    drop: set[etree._Element] = field(default_factory=set)  # back-references inside items
    irregularities: list[FootnoteIrregularity] = field(default_factory=list)  # repeated numbers read through


class _Extractor:
    """State shared by the HTML and XML walkers: blocks, entity substitution."""

    def __init__(self, source: SourceFile, root: etree._Element, entities: dict[str, str], budget: int) -> None:
        self.source = source
        self.root = root
        self.entities = entities
        self.budget = budget
        self.expanded = 0
        self.blocks: list[Block] = []
        self.notes = _Notes()

    def entity_text(self, node: etree._Element) -> str:
        name = node.name
        value = self.entities.get(name)
        if value is None:
            value = HTML5_ENTITIES.get(name + ";")
        if value is None:
            log.warning("%s: entity &%s; is not declared in the document; kept as written", self.source.path, name)
            return f"&{name};"
        self.expanded += len(value)
        if self.expanded > self.budget:
            raise UnsafeInputError(
                self.source.path,
                f"entity references expand to more than {self.budget} characters; refused as an entity bomb",
            )
        return value

    def emit(self, kind: str, builder: _TextBuilder, level: int | None = None) -> None:
        text, markers = builder.finish()
        if not text:
            if markers:
                log.warning(
                    "%s: footnote marker(s) %s stand in an element without text; dropped",
                    self.source.path,
                    ", ".join(m.raw for m in markers),
                )
            return
        self.blocks.append(
            Block(kind=kind, text=text, page_number=1, order=len(self.blocks), level=level, markers=markers)
        )

    def footnotes(self) -> tuple[Footnote, ...]:
        notes = []
        for item in self.notes.items:
            builder = _TextBuilder()
            self.inline(item, builder, in_note=True)
            text, _ = builder.finish()
            text = _BACKREF_ARROWS.sub("", text)
            notes.append(Footnote(number=self.notes.numbers[item], text=text, page_number=1))
        return tuple(notes)

    def inline(self, el: etree._Element, builder: _TextBuilder, in_note: bool = False) -> None:
        raise NotImplementedError

    def finish(self, title: str, kind: str, fmt: str, encoding: str, metadata: dict[str, str]) -> ParsedDocument:
        footnotes = self.footnotes()
        if not self.blocks and not any(n.text for n in footnotes):
            raise EmptyInputError(self.source.path, f"{fmt.upper()} holds no text (elements but no character data)")
        return ParsedDocument(
            path=self.source.path,
            title=title or Path(self.source.path).stem,
            kind=kind,
            format=fmt,
            sha256=self.source.sha256,
            pages=(Page(page_number=1),),
            blocks=tuple(self.blocks),
            footnotes=footnotes,
            encoding=encoding,
            metadata=metadata,
            irregularities=tuple(self.notes.irregularities),
        )


# =====================================================================================
# HTML
# =====================================================================================


class _HtmlExtractor(_Extractor):
    def document(self, kind: str, fmt: str, encoding: str) -> ParsedDocument:
        self.notes = _find_html_notes(self.root, Path(self.source.path).name)
        body = next((el for el in self.root.iter() if _local(el) == "body"), self.root)
        self.container(body, PARAGRAPH)
        title = ""
        for el in self.root.iter():
            if _local(el) == "title":
                title = _normalise("".join(el.itertext()))
                break
        if not title:
            title = next((b.text for b in self.blocks if b.kind == HEADING and b.level == 1), "")
        metadata: dict[str, str] = {}
        lang = self.root.get("lang") or self.root.get(f"{{{XML_NS}}}lang")
        if lang:
            metadata["language"] = lang
        return self.finish(title, kind, fmt, encoding, metadata)

    # -- body -------------------------------------------------------------------------

    def container(self, el: etree._Element, kind: str) -> None:
        """Walk an element whose loose inline text becomes blocks of `kind`,
        and whose block children are handled on their own."""
        builder = _TextBuilder()
        builder.add(el.text)
        for child in el:
            name = _local(child)
            if name in HTML_BLOCKS and child not in self.notes.markers:
                self.emit(kind, builder)
                builder = _TextBuilder()
                self.block(child, kind)
            else:
                self.inline_child(child, builder)
            builder.add(child.tail)
        self.emit(kind, builder)

    def block(self, el: etree._Element, kind: str) -> None:
        name = _local(el)
        if name is None or name in HTML_SKIP or el in self.notes.skip or _is_hidden(el):
            return
        if name in HTML_HEADINGS:
            builder = _TextBuilder()
            self.inline(el, builder)
            self.emit(HEADING, builder, level=HTML_HEADINGS[name])
        elif name == "table":
            self.table(el)
        elif name in ("figcaption", "caption"):
            self.container(el, CAPTION)
        elif name in ("li", "dt", "dd"):
            self.container(el, LIST_ITEM)
        elif name == "pre":
            builder = _TextBuilder(preserve=True)
            self.inline(el, builder)
            self.emit(kind, builder)
        elif name == "hr":
            return
        else:
            # p inherits the list/caption kind it stands in; div, section,
            # blockquote, figure, ul … are containers.
            self.container(el, kind)

    def table(self, table: etree._Element) -> None:
        for child in table:
            if _local(child) == "caption":
                self.block(child, CAPTION)
        builder = _TextBuilder()
        # Rows of this table, not of a table nested in one of its cells.
        rows = [tr for tr in table.iter() if _local(tr) == "tr" and _nearest_table(tr) is table]
        for r, row in enumerate(rows):
            if r:
                builder.newline()
            cells = [c for c in row if _local(c) in ("td", "th")]
            for c, cell in enumerate(cells):
                if c:
                    builder.separator(" | ")
                self.inline(cell, builder)
        self.emit(TABLE, builder)

    # -- inline -----------------------------------------------------------------------

    def inline(self, el: etree._Element, builder: _TextBuilder, in_note: bool = False) -> None:
        builder.add(el.text)
        for child in el:
            self.inline_child(child, builder, in_note)
            builder.add(child.tail)

    def inline_child(self, child: etree._Element, builder: _TextBuilder, in_note: bool = False) -> None:
        if child.tag is etree.Entity:
            builder.add(self.entity_text(child))
            return
        name = _local(child)
        if name is None:  # comment or processing instruction
            return
        if not in_note and child in self.notes.markers:
            builder.marker(self.notes.marker_numbers[child], self.notes.marker_raw[child])
            return
        if name in HTML_SKIP or _is_hidden(child) or child in self.notes.drop:
            return
        if not in_note and child in self.notes.skip:
            return
        if name == "br":
            builder.add("\n" if builder.preserve else " ")
            return
        is_block = name in HTML_BLOCKS
        if is_block:
            builder.space()
        self.inline(child, builder, in_note)
        if is_block:
            builder.space()


def _read_through_repeats(items: list[etree._Element], numbers: dict[etree._Element, int], notes: _Notes) -> set:
    """Footnotes (in document order) numbered like an earlier one take the
    next free number after their predecessor's, so each is stored; the
    repeat is kept for the check to report (issue 19). Returns the items
    renumbered."""
    used: set[int] = set()
    renumbered = set()
    previous = 0
    for item in items:
        number = numbers[item]
        if number in used:
            new = previous + 1
            while new in used or new in numbers.values():
                new += 1
            notes.irregularities.append(
                FootnoteIrregularity(kind="duplicate_number", number=new, written=number, page_number=1,
                                     text=_normalise("".join(item.itertext()))[:200])
            )
            numbers[item] = number = new
            renumbered.add(item)
        used.add(number)
        previous = number
    return renumbered


def _find_html_notes(root: etree._Element, file_name: str) -> _Notes:
    """Find footnote bodies, the links/superscripts that point to them and the
    back-links inside them."""
    notes = _Notes()
    order: dict[etree._Element, int] = {}
    ids: dict[str, etree._Element] = {}
    anchors: list[tuple[etree._Element, str]] = []
    for i, el in enumerate(root.iter()):
        order[el] = i
        name = _local(el)
        if name is None:
            continue
        ident = _element_id(el)
        if ident:
            ids.setdefault(ident, el)
        if name == "a":
            if el.get("name"):
                ids.setdefault(el.get("name"), el)
            fragment = _same_document_fragment(el.get("href") or "", file_name)
            if fragment:
                anchors.append((el, fragment))

    containers = [el for el in order if _local(el) and _is_note_container(el)]
    items: list[etree._Element] = []
    for container in containers:
        items.extend(_container_items(container))
    items.extend(el for el in order if _local(el) and _is_note_item(el))

    # Items found through their links (a Google Docs or hand-written page has
    # no footnote list markup, only `<a href="#ftnt1">` to a paragraph).
    item_set = set(items)
    in_notes = item_set | set(containers)
    for anchor, fragment in anchors:
        target = ids.get(fragment)
        if target is None or _inside(anchor, in_notes):
            continue
        if _closest(target, item_set) is None and _looks_like_noteref(anchor, fragment):
            body = next((a for a in _ancestors_or_self(target) if _local(a) in NOTE_ITEM_TAGS), None)
            if body is not None and not _inside(anchor, {body}):
                items.append(body)
                item_set.add(body)
                in_notes.add(body)

    # Keep the outermost of nested items, in document order.
    items = sorted({i for i in item_set if not _inside(i.getparent(), item_set)}, key=order.__getitem__)
    item_set = set(items)
    skip = item_set | set(containers)

    markers: list[tuple[etree._Element, etree._Element]] = []
    for anchor, fragment in anchors:
        target = ids.get(fragment)
        if target is None or _inside(anchor, skip):
            continue
        item = _closest(target, item_set)
        if item is not None:
            markers.append((anchor, item))

    numbers: dict[etree._Element, int] = {}
    for anchor, item in markers:
        raw = _normalise("".join(anchor.itertext()))
        match = _MARKER_TEXT.match(raw)
        if match and item not in numbers:
            numbers[item] = int(match.group(1))
    for item in items:
        if item not in numbers:
            number = _list_position(item)
            if number is None:
                number = _first_digits(_element_id(item) or "")
            if number is not None:
                numbers[item] = number
    next_number = max(numbers.values(), default=0) + 1
    for item in items:
        if item not in numbers:
            numbers[item] = next_number
            next_number += 1
    renumbered = _read_through_repeats(items, numbers, notes)

    for anchor, item in markers:
        raw = _normalise("".join(anchor.itertext()))
        match = _MARKER_TEXT.match(raw)
        notes.markers[anchor] = item
        # A marker of a renumbered footnote links to it: it takes its number.
        notes.marker_numbers[anchor] = int(match.group(1)) if match and item not in renumbered else numbers[item]
        notes.marker_raw[anchor] = raw

    # A page whose footnotes are numbered by bare <sup>1</sup> with no links:
    # a superscript number that names an existing footnote is its marker.
    if items and not markers:
        by_number = {n: item for item, n in numbers.items()}
        for el in order:
            if _local(el) != "sup" or _inside(el, skip):
                continue
            raw = _normalise("".join(el.itertext()))
            match = _MARKER_TEXT.match(raw)
            if match and int(match.group(1)) in by_number:
                notes.markers[el] = by_number[int(match.group(1))]
                notes.marker_numbers[el] = int(match.group(1))
                notes.marker_raw[el] = raw

    # Back-links: links inside a footnote body that point at a marker (or the
    # superscript around it), or that carry a back-link class/role.
    marker_ids: set[str] = set()
    for marker in notes.markers:
        for node in _ancestors_or_self(marker):
            if _local(node) in HTML_BLOCKS:
                break
            marker_ids.update(v for v in (_element_id(node), node.get("name")) if v)
    for item in items:
        for el in item.iter():
            if _local(el) != "a" and not (_classes(el) & BACKREF_CLASSES):
                continue
            fragment = _same_document_fragment(el.get("href") or "", file_name)
            if (
                (fragment and fragment in marker_ids)
                or _classes(el) & BACKREF_CLASSES
                or _role(el) == "doc-backlink"
                or "backlink" in _epub_type(el)
            ):
                notes.drop.add(el)

    notes.items = items
    notes.numbers = numbers
    notes.skip = skip
    return notes


def _same_document_fragment(href: str, file_name: str) -> str | None:
    if "#" not in href:
        return None
    before, fragment = href.split("#", 1)
    if before and not before.endswith(file_name):
        return None
    return unquote(fragment) or None


def _is_note_container(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return bool(
        _classes(el) & NOTE_CONTAINER_CLASSES
        or _role(el) in NOTE_CONTAINER_ROLES
        or _epub_type(el) & NOTE_CONTAINER_EPUB
        or (_element_id(el) or "").lower() in NOTE_CONTAINER_IDS
        or "mso-element:footnote-list" in style
        or "mso-element:endnote-list" in style
    )


def _is_note_item(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    if re.search(r"mso-element:(foot|end)note(;|$)", style):
        return True
    if _role(el) in NOTE_ITEM_ROLES or _epub_type(el) & NOTE_ITEM_EPUB:
        return True
    return bool(_classes(el) & NOTE_ITEM_CLASSES and _element_id(el) and _local(el) in NOTE_ITEM_TAGS)


def _container_items(container: etree._Element) -> list[etree._Element]:
    """The footnote bodies in a footnote list: its <li>s (nested ones are
    dropped later), or else its children that carry or hold an id."""
    items = [li for li in container.iter() if _local(li) == "li"]
    if items:
        return items
    found = []
    for child in container:
        name = _local(child)
        if name is None or name in HTML_HEADINGS or name in ("hr", "br", "header"):
            continue
        if any(_element_id(d) or d.get("name") for d in child.iter() if _local(d)):
            found.append(child)
    return found


def _looks_like_noteref(anchor: etree._Element, fragment: str) -> bool:
    style = (anchor.get("style") or "").lower()
    if (
        _classes(anchor) & NOTEREF_CLASSES
        or _role(anchor) == "doc-noteref"
        or "noteref" in _epub_type(anchor)
        or "mso-footnote-id" in style
        or "mso-endnote-id" in style
        or NOTEREF_ID.match(fragment)
    ):
        return True
    raw = _normalise("".join(anchor.itertext()))
    in_sup = any(_local(a) == "sup" for a in _ancestors_or_self(anchor)) or any(
        _local(d) == "sup" for d in anchor.iter()
    )
    return bool(_MARKER_TEXT.match(raw) and in_sup)


def _inside(el: etree._Element | None, group: set[etree._Element]) -> bool:
    if el is None:
        return False
    return any(node in group for node in _ancestors_or_self(el))


def _closest(el: etree._Element, group: set[etree._Element]) -> etree._Element | None:
    return next((node for node in _ancestors_or_self(el) if node in group), None)


def _list_position(item: etree._Element) -> int | None:
    """The number an <ol> shows for this <li> (honouring start= and value=)."""
    parent = item.getparent()
    if _local(item) != "li" or parent is None or _local(parent) != "ol":
        return None
    try:
        number = int(parent.get("start") or 1) - 1
        for sibling in parent:
            if _local(sibling) != "li":
                continue
            number = int(sibling.get("value")) if sibling.get("value") else number + 1
            if sibling is item:
                return number
    except ValueError:
        return None
    return None


# =====================================================================================
# Generic XML
# =====================================================================================


class _XmlExtractor(_Extractor):
    def document(self, encoding: str) -> ParsedDocument:
        self._find_notes()
        self.node(self.root, PARAGRAPH)
        title = ""
        for el in self.root.iter():
            if _local(el) in ("title", "rubrik"):
                title = _normalise(self._plain(el))
                if title:
                    break
        if not title:
            title = next((b.text for b in self.blocks if b.kind == HEADING), "")
        metadata = {"root_element": _local(self.root) or ""}
        lang = self.root.get(f"{{{XML_NS}}}lang") or self.root.get("lang")
        if lang:
            metadata["language"] = lang
        return self.finish(title, "xml", "xml", encoding, metadata)

    def _plain(self, el: etree._Element) -> str:
        builder = _TextBuilder()
        self.inline(el, builder, in_note=True)
        return builder.finish()[0]

    def _find_notes(self) -> None:
        keys: dict[str, etree._Element] = {}
        items = []
        for el in self.root.iter():
            if _local(el) not in XML_NOTES:
                continue
            values = [_element_id(el)] + [el.get(a) for a in XML_NOTE_NUMBER_ATTRS]
            placed = (el.get("place") or "").lower() in ("foot", "end", "bottom")
            if _local(el) == "note" and not any(values) and not placed:
                continue  # a bare <note> is a remark in the text, not a footnote (DocBook, many schemas)
            if _inside(el.getparent(), set(items)):
                continue
            items.append(el)
            for value in values:
                if value:
                    keys.setdefault(value, el)
        item_set = set(items)
        markers: list[tuple[etree._Element, etree._Element]] = []
        for el in self.root.iter():
            name = _local(el)
            if name not in XML_MARKERS or _inside(el, item_set):
                continue
            attrs = list(XML_MARKER_TARGETS)
            if name not in ("ref", "xref"):
                attrs += list(XML_NOTE_NUMBER_ATTRS)
            for attr in attrs:
                value = el.get(attr)
                if not value:
                    continue
                target = keys.get(value.strip().lstrip("#").split()[0]) if value.strip() else None
                if target is not None:
                    markers.append((el, target))
                    break
        numbers: dict[etree._Element, int] = {}
        for item in items:
            number = next((_first_digits(item.get(a)) for a in XML_NOTE_NUMBER_ATTRS if item.get(a)), None)
            if number is not None:
                numbers[item] = number
        for el, item in markers:
            if item not in numbers:
                number = _first_digits(_normalise("".join(el.itertext())))
                if number is not None:
                    numbers[item] = number
        for item in items:
            if item not in numbers and _first_digits(_element_id(item) or "") is not None:
                numbers[item] = _first_digits(_element_id(item) or "")  # type: ignore[assignment]
        next_number = max(numbers.values(), default=0) + 1
        for item in items:
            if item not in numbers:
                numbers[item] = next_number
                next_number += 1
        self.notes.items = items
        self.notes.numbers = numbers
        self.notes.skip = item_set
        for el, item in markers:
            raw = _normalise("".join(el.itertext())) or (el.get("n") or "")
            self.notes.markers[el] = item
            self.notes.marker_numbers[el] = numbers[item]
            self.notes.marker_raw[el] = raw
        self._referenced = {item for _, item in markers}

    # -- walking ------------------------------------------------------------------------

    def _has_direct_text(self, el: etree._Element) -> bool:
        if el.text and el.text.strip():
            return True
        for child in el:
            if child.tag is etree.Entity:
                return True
            if child.tail and child.tail.strip():
                return True
        return False

    def _has_block_child(self, el: etree._Element) -> bool:
        for child in el:
            name = _local(child)
            if name is None or name in XML_INLINE or child in self.notes.skip or child in self.notes.markers:
                continue
            return True
        return False

    def node(self, el: etree._Element, kind: str) -> None:
        name = _local(el)
        if name is None or name in XML_SKIP or el in self.notes.skip or el in self.notes.markers:
            return
        if name in XML_HEADINGS or name in HTML_HEADINGS:
            builder = _TextBuilder()
            self.inline(el, builder)
            self.emit(HEADING, builder, level=self._heading_level(el, name))
            return
        if name in XML_TABLES and self.table(el):
            return
        if name in XML_LIST_ITEMS:
            kind = LIST_ITEM
        elif name in XML_CAPTIONS:
            kind = CAPTION
        elif name in XML_PARAGRAPHS and kind not in (LIST_ITEM, CAPTION):
            kind = PARAGRAPH
        if self._has_direct_text(el) or not self._has_block_child(el):
            builder = _TextBuilder()
            self.inline(el, builder)
            self.emit(kind, builder)
            return
        for child in el:
            self.node(child, kind)

    def _heading_level(self, el: etree._Element, name: str) -> int:
        if name in HTML_HEADINGS:
            return HTML_HEADINGS[name]
        depth = sum(1 for a in _ancestors_or_self(el.getparent()) if _local(a) in XML_SECTIONS)
        return min(6, max(1, depth))

    def table(self, table: etree._Element) -> bool:
        rows = [r for r in table.iter() if _local(r) in XML_ROWS]
        if not rows:
            return False
        for child in table:
            if _local(child) in XML_CAPTIONS or _local(child) == "title":
                builder = _TextBuilder()
                self.inline(child, builder)
                self.emit(CAPTION, builder)
        builder = _TextBuilder()
        for r, row in enumerate(rows):
            if r:
                builder.newline()
            cells = [c for c in row if _local(c) is not None and _local(c) not in XML_ROWS]
            for c, cell in enumerate(cells):
                if c:
                    builder.separator(" | ")
                self.inline(cell, builder)
        self.emit(TABLE, builder)
        return True

    def inline(self, el: etree._Element, builder: _TextBuilder, in_note: bool = False) -> None:
        builder.add(el.text)
        for child in el:
            self.inline_child(child, builder, in_note)
            builder.add(child.tail)

    def inline_child(self, child: etree._Element, builder: _TextBuilder, in_note: bool) -> None:
        if child.tag is etree.Entity:
            builder.add(self.entity_text(child))
            return
        name = _local(child)
        if name is None or name in XML_SKIP:
            return
        if not in_note and child in self.notes.markers:
            builder.marker(self.notes.marker_numbers[child], self.notes.marker_raw[child])
            return
        if not in_note and child in self.notes.skip:
            # A note written where it applies (TEI, DocBook): its position is the marker.
            if child not in self._referenced:
                number = self.notes.numbers[child]
                builder.marker(number, child.get("n") or str(number))
            return
        if name in ("br", "lb"):
            builder.add(" ")
            return
        inline = name in XML_INLINE
        if not inline:
            builder.space()
        self.inline(child, builder, in_note)
        if not inline:
            builder.space()
