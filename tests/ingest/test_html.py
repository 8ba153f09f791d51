"""ingest.html: HTML/XHTML footnote styles, generic XML, and refusal of hostile XML."""

from __future__ import annotations

import hashlib
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import hostile
import pytest

from ingest.errors import CorruptFileError, EmptyInputError, UnsafeInputError
from ingest.files import parse_file
from ingest.html import parse_html, parse_xml
from ingest.model import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, TABLE, ParsedDocument, SourceFile


def source(path: str, data: bytes | str) -> SourceFile:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return SourceFile(path=path, data=raw, sha256=hashlib.sha256(raw).hexdigest())


def body_text(doc: ParsedDocument) -> str:
    return "\n".join(b.text for b in doc.blocks)


# ---------------------------------------------------------------------------------
# Footnote styles. Every style renders the same sentence and the same two notes,
# so the expected result is shared: markers removed, offsets exact, bodies clean.
# ---------------------------------------------------------------------------------

NOTE_1 = "Brå 2023a."
NOTE_2 = "SFS 2001:453, 5 kap. 11 §."
SENTENCE = "Våldet har ökat{m1} sedan 2020.{m2}"
EXPECTED_TEXT = "Våldet har ökat sedan 2020."
# (number, char_start) — 15 is just after "ökat", 27 after the full stop.
EXPECTED_OFFSETS = [(1, 15), (2, 27)]


def page(body: str, xhtml: bool = False) -> str:
    if xhtml:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="sv">'
            f"<head><title>Uppföljning</title></head><body>{body}</body></html>"
        )
    return f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Uppföljning</title></head><body>{body}</body></html>'


def styled(marker: str, notes_open: str, note: str, notes_close: str) -> Callable[[bool], str]:
    def build(xhtml: bool) -> str:
        body = "<h1>Rubrik</h1><p>" + SENTENCE.format(m1=marker.format(n=1), m2=marker.format(n=2)) + "</p>"
        body += notes_open + note.format(n=1, text=NOTE_1) + note.format(n=2, text=NOTE_2) + notes_close
        return page(body, xhtml)

    return build


FOOTNOTE_STYLES = {
    # The brief's XHTML: <sup><a href="#fn1">1</a></sup> and a footnote list.
    "xhtml-sup-link": (
        styled(
            '<sup><a href="#fn{n}" id="fnref{n}">{n}</a></sup>',
            '<section class="footnotes"><h2>Fotnoter</h2><ol>',
            '<li id="fn{n}"><p>{text} <a href="#fnref{n}">↩</a></p></li>',
            "</ol></section>",
        ),
        True,
        ["1", "2"],
    ),
    # pandoc --to html5 (2.x/3.x).
    "pandoc": (
        styled(
            '<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref"><sup>{n}</sup></a>',
            '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>',
            '<li id="fn{n}"><p>{text}<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>',
            "</ol></section>",
        ),
        False,
        ["1", "2"],
    ),
    # markdown-it-footnote.
    "markdown-it": (
        styled(
            '<sup class="footnote-ref"><a href="#fn{n}" id="fnref{n}">[{n}]</a></sup>',
            '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">',
            '<li id="fn{n}" class="footnote-item"><p>{text} <a href="#fnref{n}" class="footnote-backref">↩︎</a></p></li>',
            "</ol></section>",
        ),
        False,
        ["[1]", "[2]"],
    ),
    # Microsoft Word "Save as web page", with its conditional comments.
    "word": (
        styled(
            "<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\">"
            "<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference>[{n}]</span><![endif]></span></span></a>",
            "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>"
            "<hr align=left size=1 width=\"33%\"><![endif]>",
            "<div style='mso-element:footnote' id=ftn{n}><p class=MsoFootnoteText>"
            "<a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\">"
            "<span class=MsoFootnoteReference>[{n}]</span></a> {text}</p></div>",
            "</div>",
        ),
        False,
        ["[1]", "[2]"],
    ),
    # Google Docs "Download as HTML".
    "google-docs": (
        styled(
            '<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>',
            "<hr>",
            '<div><p><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a><span>&nbsp;{text}</span></p></div>',
            "",
        ),
        False,
        ["[1]", "[2]"],
    ),
    # LibreOffice Writer HTML export.
    "libreoffice": (
        styled(
            '<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>',
            "",
            '<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            'href="#sdfootnote{n}anc">{n}</a>{text}</p></div>',
            "",
        ),
        False,
        ["1", "2"],
    ),
    # EPUB 3 structural semantics.
    "epub": (
        styled(
            '<sup><a epub:type="noteref" href="#n{n}">{n}</a></sup>',
            "",
            '<aside epub:type="footnote" id="n{n}"><p>{text}</p></aside>',
            "",
        ),
        True,
        ["1", "2"],
    ),
    # No links at all: bare superscripts and a numbered list of notes.
    "bare-sup": (
        styled("<sup>{n}</sup>", '<div class="footnotes"><ol>', "<li>{text}</li>", "</ol></div>"),
        False,
        ["1", "2"],
    ),
}


@pytest.mark.parametrize("style", sorted(FOOTNOTE_STYLES))
def test_footnote_styles_give_exact_markers_and_bodies(style: str) -> None:
    build, xhtml, raws = FOOTNOTE_STYLES[style]
    suffix = ".xhtml" if xhtml else ".html"
    doc = parse_html(source(f"rapport{suffix}", build(xhtml)))

    assert [(b.kind, b.text) for b in doc.blocks] == [(HEADING, "Rubrik"), (PARAGRAPH, EXPECTED_TEXT)]
    markers = doc.blocks[1].markers
    assert [(m.number, m.char_start) for m in markers] == EXPECTED_OFFSETS
    assert [m.raw for m in markers] == raws
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, NOTE_1), (2, NOTE_2)]
    assert all(f.page_number == 1 for f in doc.footnotes)
    # The footnote list is not body text.
    assert "Brå" not in body_text(doc) and "Fotnoter" not in body_text(doc)


def test_xhtml_footnotes_through_parse_file(tmp_path: Path) -> None:
    build, _, _ = FOOTNOTE_STYLES["xhtml-sup-link"]
    path = tmp_path / "rapport.xhtml"
    path.write_text(build(True), encoding="utf-8")
    doc = parse_file(path)
    assert (doc.kind, doc.format, doc.title, doc.encoding) == ("web_page", "html", "Uppföljning", "utf-8")
    assert [p.page_number for p in doc.pages] == [1]
    assert all(b.page_number == 1 for b in doc.blocks)
    assert [b.order for b in doc.blocks] == list(range(len(doc.blocks)))
    assert doc.metadata["language"] == "sv"
    assert doc.markers[0][1].number == 1


def test_marker_in_a_table_cell_is_offset_in_the_table_text() -> None:
    html = page(
        "<table><caption>Tabell 1 Anmälda brott</caption>"
        "<tr><th>År</th><th>Antal</th></tr>"
        '<tr><td>2022</td><td>10 200<sup><a href="#fn1">1</a></sup></td></tr></table>'
        '<ol class="footnotes"><li id="fn1">Brå 2023a.</li></ol>'
    )
    doc = parse_html(source("t.html", html))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (CAPTION, "Tabell 1 Anmälda brott"),
        (TABLE, "År | Antal\n2022 | 10 200"),
    ]
    (marker,) = doc.blocks[1].markers
    assert (marker.number, marker.char_start) == (1, len("År | Antal\n2022 | 10 200"))


STRUCTURE_CASES = [
    (
        "headings and lists",
        "<nav><a href='/'>Hem</a></nav><h1>Titel</h1><h3>Under</h3><ul><li>Ett</li><li><p>Två</p>"
        "<ul><li>Inre</li></ul></li></ul><ol><li>Första</li></ol>",
        [(HEADING, 1, "Titel"), (HEADING, 3, "Under"), (LIST_ITEM, None, "Ett"), (LIST_ITEM, None, "Två"),
         (LIST_ITEM, None, "Inre"), (LIST_ITEM, None, "Första")],
    ),
    (
        "script, style and hidden text skipped",
        "<script>var secret = 1;</script><style>p {color: red}</style><p>Synlig</p><p hidden>Dold</p>"
        "<noscript>Slå på JavaScript</noscript>",
        [(PARAGRAPH, None, "Synlig")],
    ),
    (
        "whitespace collapsed, inline markup flattened, br is a space",
        "<p>  Mäns   våld <em>mot</em>\n kvinnor<br>måste <a href='https://x.se'>upphöra</a>. </p>",
        [(PARAGRAPH, None, "Mäns våld mot kvinnor måste upphöra.")],
    ),
    (
        "loose text in a div becomes a paragraph",
        "<div>Lös text <b>fet</b><p>Stycke</p>svans</div>",
        [(PARAGRAPH, None, "Lös text fet"), (PARAGRAPH, None, "Stycke"), (PARAGRAPH, None, "svans")],
    ),
    (
        "figure caption",
        "<figure><img src='a.png' alt='diagram'><figcaption>Figur 1: Anmälningar</figcaption></figure>",
        [(CAPTION, None, "Figur 1: Anmälningar")],
    ),
    (
        "a superscript that is not a footnote stays text",
        "<p>Ytan är 20 m<sup>2</sup> och <a href='#avsnitt-2'>avsnitt 2</a>.</p><h2 id='avsnitt-2'>Två</h2>",
        [(PARAGRAPH, None, "Ytan är 20 m2 och avsnitt 2."), (HEADING, 2, "Två")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in STRUCTURE_CASES], ids=[c[0] for c in STRUCTURE_CASES])
def test_html_structure(body: str, expected: list[tuple[str, int | None, str]]) -> None:
    doc = parse_html(source("s.html", page(body)))
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == expected
    assert doc.footnotes == ()
    assert all(not b.markers for b in doc.blocks)


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ("<html><head><title> Sidans  titel </title></head><body><h1>Rubrik</h1></body></html>", "Sidans titel"),
        ("<html><body><h2>Under</h2><h1>Första h1</h1></body></html>", "Första h1"),
        ("<html><body><p>Bara text</p></body></html>", "namnlos"),
    ],
)
def test_html_title(html: str, title: str) -> None:
    assert parse_html(source("namnlos.html", html)).title == title


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ('<html><head><meta charset="windows-1252"></head><body><p>Åtgärd för kvinnor</p></body></html>'.encode("cp1252"), "cp1252"),
        ("<html><body><p>Åtgärd för kvinnor</p></body></html>".encode("cp1252"), "cp1252"),
        ("<html><body><p>Åtgärd för kvinnor</p></body></html>".encode("utf-8"), "utf-8"),
        ("<html><body><p>Åtgärd för kvinnor</p></body></html>".encode("utf-16"), "utf-16"),
        ('<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Åtgärd för kvinnor</p></body></html>'.encode("latin-1"), "cp1252"),
    ],
    ids=["meta-cp1252", "undeclared-cp1252", "utf-8", "utf-16-bom", "xml-decl-latin-1"],
)
def test_html_encoding(data: bytes, encoding: str) -> None:
    doc = parse_html(source("e.html", data))
    assert doc.encoding == encoding
    assert doc.blocks[0].text == "Åtgärd för kvinnor"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"   \n  ", EmptyInputError),
        (b"<html><body><script>x()</script></body></html>", EmptyInputError),
        (b"<html>\x00\x01\x02</html>", CorruptFileError),
    ],
    ids=["whitespace", "no-text", "binary"],
)
def test_html_without_text_is_refused(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error, match="e.html"):
        parse_html(source("e.html", data))


# ---------------------------------------------------------------------------------
# Hostile input
# ---------------------------------------------------------------------------------


def passwd_lines() -> list[str]:
    p = Path(hostile.PASSWD)
    if not p.exists():  # pragma: no cover - every Linux CI has it
        return ["root:x:0:0"]
    return [line for line in p.read_text(errors="replace").splitlines() if len(line) > 8]


HOSTILE_CASES = [
    ("xxe-system", parse_xml, "x.xml", hostile.xxe_system(), "external entity"),
    ("xxe-public", parse_xml, "x.xml", hostile.xxe_public(), "external entity"),
    ("xxe-parameter", parse_xml, "x.xml", hostile.xxe_parameter(), "parameter entity"),
    ("xxe-utf16", parse_xml, "x.xml", hostile.xxe_utf16(), "external entity"),
    ("billion-laughs", parse_xml, "x.xml", hostile.billion_laughs(), "billion laughs"),
    ("quadratic-blowup", parse_xml, "x.xml", hostile.quadratic_blowup(), "entity bomb"),
    ("many-references", parse_xml, "x.xml", hostile.many_small_references(), "entity bomb"),
    ("xxe-in-html", parse_html, "x.html", hostile.xxe_html(), "external entity"),
    ("xxe-in-xhtml", parse_html, "x.xhtml", hostile.xxe_system(root="html"), "external entity"),
    ("billion-laughs-in-html", parse_html, "x.html", hostile.billion_laughs(), "billion laughs"),
]


@pytest.mark.parametrize(
    ("parse", "name", "data", "reason"), [c[1:] for c in HOSTILE_CASES], ids=[c[0] for c in HOSTILE_CASES]
)
def test_hostile_documents_are_refused(
    parse: Callable[[SourceFile], ParsedDocument], name: str, data: bytes, reason: str
) -> None:
    started = time.perf_counter()
    with pytest.raises(UnsafeInputError) as info:
        parse(source(name, data))
    assert time.perf_counter() - started < 1.0, "refusal must not expand anything first"
    message = str(info.value)
    assert message.startswith(f"{name}: ")
    assert reason in message
    for line in passwd_lines():
        assert line not in message


def test_xxe_file_refused_through_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(hostile.xxe_system())
    with pytest.raises(UnsafeInputError, match=r"xxe\.xml: entity 'xxe' declared on line 2 is an external entity"):
        parse_file(path)


def test_entity_declaration_inside_a_comment_is_only_text() -> None:
    doc = parse_xml(source("c.xml", hostile.entity_in_comment()))
    assert body_text(doc) == "Ofarlig text."
    for line in passwd_lines():
        assert line not in body_text(doc)


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        _CountingHandler.hits.append(self.path)
        payload = b'<!ENTITY secret "FROM-THE-NETWORK">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dtd_server() -> Iterator[str]:
    """A local HTTP server that records every request made to it."""
    _CountingHandler.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_external_dtd_over_http_is_never_fetched(dtd_server: str) -> None:
    doc = parse_xml(source("d.xml", hostile.external_dtd(f"{dtd_server}/evil.dtd")))
    assert _CountingHandler.hits == []
    assert "FROM-THE-NETWORK" not in body_text(doc)
    assert doc.blocks[0].text == "Före &secret; efter."


def test_external_entity_over_http_is_refused_before_any_fetch(dtd_server: str) -> None:
    with pytest.raises(UnsafeInputError):
        parse_xml(source("p.xml", hostile.xxe_public(f"{dtd_server}/evil.ent")))
    with pytest.raises(UnsafeInputError):
        parse_xml(source("p.xml", hostile.xxe_parameter(f"{dtd_server}/evil.dtd")))
    assert _CountingHandler.hits == []


def test_external_dtd_file_is_not_loaded(tmp_path: Path) -> None:
    dtd = tmp_path / "local.dtd"
    dtd.write_text('<!ENTITY secret "TOPSECRET">\n<!ATTLIST p klass CDATA "INJECTED">\n', encoding="utf-8")
    doc = parse_xml(source("d.xml", hostile.external_dtd(dtd.as_uri())))
    assert "TOPSECRET" not in body_text(doc)
    assert doc.blocks[0].text == "Före &secret; efter."


def test_plain_internal_entity_is_substituted() -> None:
    xml = (
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY myn "Jämställdhetsmyndigheten"> <!ENTITY ndash "&#8211;">]>\n'
        "<r><p>&myn; &ndash; uppföljning 2024.</p></r>"
    )
    doc = parse_xml(source("e.xml", xml))
    assert doc.blocks[0].text == "Jämställdhetsmyndigheten – uppföljning 2024."


@pytest.mark.parametrize(
    ("parse", "name", "html"), [(parse_xml, "d.xml", False), (parse_html, "d.html", True)], ids=["xml", "html"]
)
def test_nesting_limit(parse: Callable[[SourceFile], ParsedDocument], name: str, html: bool) -> None:
    """huge_tree=False caps depth at 256: just under it parses (no RecursionError
    in the walkers), over it is an error rather than a silently truncated page."""
    assert body_text(parse(source(name, hostile.deep_nesting(250, html=html)))) == "djupt"
    with pytest.raises(CorruptFileError, match="Excessive depth"):
        parse(source(name, hostile.deep_nesting(300, html=html)))


@pytest.mark.parametrize(
    ("parse", "name", "html"), [(parse_xml, "d.xml", False), (parse_html, "d.html", True)], ids=["xml", "html"]
)
def test_100000_nested_elements_fail_fast_with_one_line(
    parse: Callable[[SourceFile], ParsedDocument], name: str, html: bool
) -> None:
    """Issue 8: a depth bomb stops at libxml2's 256 levels, at once, with kallkoll's
    own reason (not libxml2's advice to turn on XML_PARSE_HUGE)."""
    started = time.perf_counter()
    with pytest.raises(CorruptFileError) as info:
        parse(source(name, hostile.deep_nesting(100_000, html=html)))
    assert time.perf_counter() - started < 5.0, "hang guard"
    message = str(info.value)
    assert message.startswith(f"{name}: Excessive depth: elements nest deeper than 256 levels at line 1")
    assert "\n" not in message and "XML_PARSE_HUGE" not in message


def test_parameter_entity_from_a_local_file_is_refused(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY secret "TOPSECRET">', encoding="utf-8")
    with pytest.raises(UnsafeInputError, match="entity 'remote' declared on line 2 is a parameter entity"):
        parse_xml(source("p.xml", hostile.xxe_parameter(dtd.as_uri())))


@pytest.mark.parametrize("parse", [parse_xml, parse_html], ids=["xml", "html"])
def test_network_url_entity_is_refused_without_a_request(
    dtd_server: str, parse: Callable[[SourceFile], ParsedDocument]
) -> None:
    name = "n.xml" if parse is parse_xml else "n.html"
    data = hostile.xxe_system(root="html").replace(b"file:///etc/passwd", f"{dtd_server}/secret.ent".encode())
    with pytest.raises(UnsafeInputError, match=rf"external entity \(SYSTEM \"{dtd_server}/secret.ent\"\)"):
        parse(source(name, data))
    assert _CountingHandler.hits == []


def test_external_dtd_in_html_is_never_fetched(dtd_server: str) -> None:
    page = (
        f'<!DOCTYPE html SYSTEM "{dtd_server}/evil.dtd">\n'
        "<html><body><p>Före &secret; efter.</p></body></html>\n"
    ).encode()
    doc = parse_html(source("d.html", page))
    assert _CountingHandler.hits == []
    assert "FROM-THE-NETWORK" not in body_text(doc)


# ---------------------------------------------------------------------------------
# Malformed and empty XML
# ---------------------------------------------------------------------------------

MALFORMED_CASES = [
    ("mismatched-tag", b"<r>\n  <p>text\n</r>\n", "line 3, column"),
    ("truncated", b'<?xml version="1.0"?>\n<r><p>text</p>', "line 2, column"),
    ("undeclared-entity", b"<r>\n<p>a&nbsp;b</p></r>", "Entity 'nbsp' not defined"),
    ("not-utf8", "<r><p>Åtgärd</p></r>".encode("cp1252"), "line 1, column"),
    ("two-roots", b"<a>x</a>\n<b>y</b>", "line 2, column"),
]


@pytest.mark.parametrize(("data", "fragment"), [c[1:] for c in MALFORMED_CASES], ids=[c[0] for c in MALFORMED_CASES])
def test_malformed_xml_names_path_and_position(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = tmp_path / "trasig.xml"
    path.write_bytes(data)
    with pytest.raises(CorruptFileError) as info:
        parse_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "malformed XML at line" in message
    assert fragment in message


@pytest.mark.parametrize(
    "data",
    [b"   \n\t ", b"<r><a/><b>   </b></r>", b"<?xml version='1.0'?><!-- bara kommentar --><r/>"],
    ids=["whitespace", "elements-only", "comment-only"],
)
def test_xml_without_text_is_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="tom.xml"):
        parse_xml(source("tom.xml", data))


# ---------------------------------------------------------------------------------
# Generic XML
# ---------------------------------------------------------------------------------

XML_NOTE_CASES = [
    (
        "noteref-idref",
        "<rapport><titel>x</titel><rubrik>Uppföljning</rubrik><stycke>Våldet har ökat<noteref idref='n1'>1</noteref>"
        " sedan 2020.<noteref idref='n2'>2</noteref></stycke>"
        f"<fotnoter><footnote id='n1'>{NOTE_1}</footnote><footnote id='n2'>{NOTE_2}</footnote></fotnoter></rapport>",
        ["1", "2"],
    ),
    (
        "jats-xref-fn",
        "<article><front><article-meta><title-group><article-title>Uppföljning</article-title></title-group>"
        "</article-meta></front><body><sec><title>Uppföljning</title><p>Våldet har ökat"
        "<xref ref-type='fn' rid='fn1'>1</xref> sedan 2020.<xref ref-type='fn' rid='fn2'>2</xref></p></sec></body>"
        f"<back><fn-group><fn id='fn1'><p>{NOTE_1}</p></fn><fn id='fn2'><p>{NOTE_2}</p></fn></fn-group></back></article>",
        ["1", "2"],
    ),
    (
        "tei-inline-note",
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><div><head>Uppföljning</head>"
        f"<p>Våldet har ökat<note place='foot' n='1'>{NOTE_1}</note> sedan 2020.<note place='foot' n='2'>{NOTE_2}</note></p>"
        "</div></body></text></TEI>",
        ["1", "2"],
    ),
    (
        "docbook-inline-footnote",
        "<article xmlns='http://docbook.org/ns/docbook'><title>Uppföljning</title><para>Våldet har ökat"
        f"<footnote><para>{NOTE_1}</para></footnote> sedan 2020.<footnote><para>{NOTE_2}</para></footnote></para></article>",
        ["1", "2"],
    ),
    (
        "swedish-fotnot",
        "<dokument><rubrik>Uppföljning</rubrik><stycke>Våldet har ökat<ref target='#f1'>1</ref> sedan 2020."
        f"<ref target='#f2'>2</ref></stycke><fotnot nr='1' id='f1'>{NOTE_1}</fotnot><fotnot nr='2' id='f2'>{NOTE_2}</fotnot></dokument>",
        ["1", "2"],
    ),
]


@pytest.mark.parametrize(("xml", "raws"), [c[1:] for c in XML_NOTE_CASES], ids=[c[0] for c in XML_NOTE_CASES])
def test_generic_xml_notes(xml: str, raws: list[str]) -> None:
    doc = parse_xml(source("n.xml", xml))
    assert (doc.kind, doc.format) == ("xml", "xml")
    paragraphs = [b for b in doc.blocks if b.text == EXPECTED_TEXT]
    assert len(paragraphs) == 1, [b.text for b in doc.blocks]
    assert [(m.number, m.char_start) for m in paragraphs[0].markers] == EXPECTED_OFFSETS
    assert [m.raw for m in paragraphs[0].markers] == raws
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, NOTE_1), (2, NOTE_2)]
    assert "Brå" not in body_text(doc)
    assert any(b.kind == HEADING and b.text == "Uppföljning" for b in doc.blocks)


def test_generic_xml_blocks_in_document_order() -> None:
    xml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        "<lag><rubrik>Socialtjänstlag</rubrik><kapitel><rubrik>1 kap.</rubrik>"
        "<paragraf nr='1'><stycke>Samhällets socialtjänst ska <kursiv>främja</kursiv> jämlikhet.</stycke></paragraf>"
        "<lista><punkt>första</punkt><punkt><stycke>andra</stycke></punkt></lista>"
        "<tabell><rad><cell>År</cell><cell>Antal</cell></rad><rad><cell>2022</cell><cell>5</cell></rad></tabell>"
        "<anteckning>Lag (2002:378).</anteckning></kapitel></lag>"
    ).encode("latin-1")
    doc = parse_xml(source("lag.xml", xml))
    assert doc.encoding == "latin-1"
    assert doc.title == "Socialtjänstlag"
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (HEADING, 1, "Socialtjänstlag"),
        (HEADING, 1, "1 kap."),
        (PARAGRAPH, None, "Samhällets socialtjänst ska främja jämlikhet."),
        (LIST_ITEM, None, "första"),
        (LIST_ITEM, None, "andra"),
        (TABLE, None, "År | Antal\n2022 | 5"),
        (PARAGRAPH, None, "Lag (2002:378)."),
    ]
    assert doc.metadata["root_element"] == "lag"


def test_xhtml_saved_as_xml_uses_html_rules() -> None:
    build, _, _ = FOOTNOTE_STYLES["xhtml-sup-link"]
    doc = parse_xml(source("sida.xml", build(True)))
    assert (doc.kind, doc.format, doc.title) == ("xml", "xml", "Uppföljning")
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, NOTE_1), (2, NOTE_2)]
    assert [(m.number, m.char_start) for m in doc.blocks[1].markers] == EXPECTED_OFFSETS


def test_repeated_footnote_number_is_read_through() -> None:
    """Issue 19: a page whose second footnote is numbered 1 again keeps all
    three footnotes; the repeat takes the next number and is reported."""
    body = (
        "<h1>Rubrik</h1><p>Första.<a href='#fn1'><sup>1</sup></a> Andra.<a href='#fn2'><sup>1</sup></a>"
        " Tredje.<a href='#fn3'><sup>3</sup></a></p>"
        "<ol class='footnotes'><li id='fn1'>Brå 2023a.</li><li id='fn2'>Socialstyrelsen 2022.</li>"
        "<li id='fn3'>SOU 2019:43.</li></ol>"
    )
    doc = parse_html(source("rapport.html", page(body)))
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Brå 2023a."), (2, "Socialstyrelsen 2022."), (3, "SOU 2019:43.")]
    assert [m.number for _, m in doc.markers] == [1, 2, 3]
    assert [(i.kind, i.number, i.written) for i in doc.irregularities] == [("duplicate_number", 2, 1)]
