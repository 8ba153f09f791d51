"""Builders of hostile PDFs, written as raw bytes: a 0-page file, page-count
bombs (a lying /Count, a real huge page tree), deep nesting (page tree, arrays,
dictionaries), reference cycles, and pages too costly to lay out (too many
glyphs or paths, a form XObject drawn thousands of times).

Each builder returns the file's bytes; tests write them to tmp_path. `pdf()`
assembles numbered object bodies into a well-formed file (header, xref table,
trailer, `%%EOF`), so that each file is refused for what it is meant to test
and not for a broken cross-reference table.
"""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
GOOD_TEXT = b"BT /F1 11 Tf 72 720 Td (Rapporten visar att 12 procent av kommunerna har rutiner.) Tj ET"


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF whose object k (1-based) has body objects[k - 1]."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(data: bytes, compress: bool = True, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _page(contents: int, parent: int = 2, resources: bytes = b"<< /Font << /F1 3 0 R >> >>") -> bytes:
    return b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>" % (
        parent,
        resources,
        contents,
    )


def pages_pdf(contents: list[bytes]) -> bytes:
    """One page per content stream, Helvetica as /F1. Objects: 1 catalog,
    2 page tree, 3 font, then page and content pairs."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), FONT]
    for i, content in enumerate(contents):
        objects += [_page(5 + 2 * i), stream(content)]
    return pdf(objects)


def zero_pages() -> bytes:
    """A valid catalog whose page tree is empty."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def lying_page_count(count: int = 10_000_000) -> bytes:
    """One real page, but the page tree declares `count` pages."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count %d >>" % count,
            FONT,
            _page(5),
            stream(GOOD_TEXT),
        ]
    )


def many_pages(count: int, declared: int | None = None) -> bytes:
    """`count` real page objects sharing one content stream (a page-count bomb
    that is small on disk); the page tree declares `declared` (default: count)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count if declared is None else declared),
        FONT,
        stream(GOOD_TEXT),
    ]
    objects += [_page(4)] * count
    return pdf(objects)


def deep_page_tree(depth: int = 100_000) -> bytes:
    """Page-tree nodes nested `depth` deep above one page (each /Pages node's
    only kid is the next)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    # Objects 2 .. depth+1 are /Pages nodes; depth+2 the font, depth+3 the page, depth+4 its content.
    font, page, content = depth + 2, depth + 3, depth + 4
    for k in range(2, depth + 2):
        kid = k + 1 if k < depth + 1 else page
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % kid)
    objects += [
        FONT,
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Contents %d 0 R >>" % (depth + 1, font, content),
        stream(GOOD_TEXT),
    ]
    return pdf(objects)


def deep_array(depth: int = 100_000) -> bytes:
    """A page whose /Annots is an array nested `depth` deep: `[[[[…]]]]`."""
    nested = b"[" * depth + b"]" * depth
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 5 0 R /Annots 6 0 R >>",
            stream(GOOD_TEXT),
            nested,
        ]
    )


def deep_dictionary(depth: int = 100_000) -> bytes:
    """A page whose /Resources holds dictionaries nested `depth` deep."""
    nested = b"<< /A " * depth + b"1" + b" >>" * depth
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> /Properties 6 0 R >> /Contents 5 0 R >>",
            stream(GOOD_TEXT),
            nested,
        ]
    )


def reference_cycle() -> bytes:
    """/Contents points at an object that points back at itself through another."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            _page(5),
            b"6 0 R",
            b"5 0 R",
        ]
    )


def page_tree_cycle() -> bytes:
    """A /Pages node listed as its own kid (with one real page beside it)."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>",
            FONT,
            _page(5),
            stream(GOOD_TEXT),
        ]
    )


def many_glyphs(glyphs: int = 2_000_000) -> bytes:
    """One page whose text draws `glyphs` characters (small on disk: compressed)."""
    line = b"(" + b"x" * 1000 + b") Tj "
    return b"BT /F1 1 Tf 0 0 Td " + line * (glyphs // 1000) + b"ET"


def many_paths(paths: int = 1_000_000) -> bytes:
    """One page of `paths` stroked line segments."""
    return b"".join(b"%d 100 m %d 200 l S\n" % (i % 500, i % 500) for i in range(paths))


def form_xobject_bomb(draws: int = 10_000, glyphs_per_form: int = 1_000) -> bytes:
    """A small form XObject of text, drawn `draws` times on one page:
    draws * glyphs_per_form characters from a few kilobytes."""
    form = b"BT /F1 1 Tf 0 0 Td (" + b"x" * glyphs_per_form + b") Tj ET"
    content = b"q /X1 Do Q " * draws
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            _page(5, resources=b"<< /Font << /F1 3 0 R >> /XObject << /X1 6 0 R >> >>"),
            stream(content),
            stream(form, extra=b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 3 0 R >> >>"),
        ]
    )


def flate_bomb(decoded_size: int = 1 << 30) -> bytes:
    """A content stream that inflates to `decoded_size` bytes of spaces (about
    1,000 times smaller compressed)."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(comp.compress(chunk) for _ in range(decoded_size // len(chunk))) + comp.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            _page(5),
            content,
        ]
    )


# --- Numbers and nesting that the PDF libraries do not survive (issue 18, defect 4) ---

# A real number of 401 digits: pdfminer reads it with float(), which gives infinity.
INFINITE = b"1" + b"0" * 400 + b".0"


def _one_page(mediabox: bytes = b"[0 0 595 842]", content: bytes = GOOD_TEXT, info: bytes | None = None) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>" % mediabox,
        stream(content),
    ]
    if info is None:
        return pdf(objects)
    objects.append(info)
    return pdf(objects).replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Info %d 0 R >>" % len(objects))


def deep_mediabox(depth: int = 100_000) -> bytes:
    """A page whose /MediaBox is an array nested `depth` deep (RecursionError in pdfplumber)."""
    return _one_page(mediabox=b"[" * depth + b"]" * depth)


def deep_info_title(depth: int = 100_000) -> bytes:
    """A document information /Title nested `depth` deep (RecursionError in its repr)."""
    return _one_page(info=b"<< /Title " + b"[" * depth + b"]" * depth + b" >>")


def infinite_mediabox() -> bytes:
    """A page as wide as infinity (OverflowError converting it to an integer)."""
    return _one_page(mediabox=b"[0 0 %s 842]" % INFINITE)


def infinite_font_size() -> bytes:
    """Text set in a font of infinite size (a ValueError further on)."""
    return _one_page(content=b"BT /F1 %s Tf 72 720 Td (Rapporten visar att 12 procent.) Tj ET" % INFINITE)


# --- Decompression bombs past the first filter (issue 18, defect 2) ---------------


def _deflated(size: int, byte: bytes = b" ") -> bytes:
    """`size` bytes of `byte`, deflated (about 1,000 times smaller)."""
    comp = zlib.compressobj(9)
    chunk = byte * (1 << 20)
    whole, rest = divmod(size, len(chunk))
    return b"".join(comp.compress(chunk) for _ in range(whole)) + comp.compress(byte * rest) + comp.flush()


def _raw_stream(data: bytes, filters: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d /Filter %s%s >>\nstream\n" % (len(data), filters, extra) + data + b"\nendstream"


def _bomb_page(content_stream: bytes, resources: bytes = b"<< /Font << /F1 3 0 R >> >>") -> bytes:
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            FONT,
            _page(5, resources=resources),
            content_stream,
        ]
    )


def double_flate_bomb(decoded_size: int = 1 << 30) -> bytes:
    """A content stream deflated twice: the first inflate gives about 1 MB,
    the second `decoded_size` (a few kilobytes on disk for a gigabyte)."""
    return _bomb_page(_raw_stream(zlib.compress(_deflated(decoded_size), 9), b"[/FlateDecode /FlateDecode]"))


def hex_flate_bomb(decoded_size: int = 1 << 30) -> bytes:
    """A content stream in ASCIIHex, then Flate: the first filter halves, the second explodes."""
    return _bomb_page(_raw_stream(_deflated(decoded_size).hex().encode() + b">", b"[/ASCIIHexDecode /FlateDecode]"))


def nested_form_bomb(decoded_size: int = 1 << 30, depth: int = 3) -> bytes:
    """The page draws form X1, which draws X2, ... down to a form whose stream
    is a Flate bomb: only the innermost, `depth` forms down, explodes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT]
    objects.append(_page(5, resources=b"<< /Font << /F1 3 0 R >> /XObject << /X 6 0 R >> >>"))
    objects.append(stream(b"q /X Do Q " + GOOD_TEXT))
    form = b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
    for k in range(depth - 1):
        objects.append(stream(b"q /X Do Q", extra=form + b" /Resources << /XObject << /X %d 0 R >> >>" % (7 + k)))
    objects.append(_raw_stream(_deflated(decoded_size), b"/FlateDecode", form))
    return pdf(objects)


def _pdf15(objects: list[bytes], packed: list[int], objstm: bytes | None = None, xref_padding: int = 0) -> bytes:
    """A PDF 1.5 file with a cross-reference stream: objects numbered from 1,
    those in `packed` inside one object stream (the next number), the
    cross-reference stream after it. `objstm` replaces the object stream's
    data (deflated); `xref_padding` zero bytes follow the cross-reference
    entries before they are deflated."""
    n = len(objects)
    stm_num, xref_num = n + 1, n + 2
    header, body = [], bytearray()
    for k in packed:
        header.append(b"%d %d" % (k, len(body)))
        body += objects[k - 1] + b"\n"
    first = b" ".join(header) + b"\n"
    data = objstm if objstm is not None else zlib.compress(first + bytes(body))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    entries = [b"\x00" + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")]
    for k in range(1, n + 1):
        if k in packed:
            entries.append(b"\x02" + stm_num.to_bytes(4, "big") + packed.index(k).to_bytes(2, "big"))
        else:
            entries.append(b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00")
            out += b"%d 0 obj\n" % k + objects[k - 1] + b"\nendobj\n"
    entries.append(b"\x01" + len(out).to_bytes(4, "big") + b"\x00\x00")
    out += b"%d 0 obj\n" % stm_num + _raw_stream(data, b"/FlateDecode", b" /Type /ObjStm /N %d /First %d" % (len(packed), len(first))) + b"\nendobj\n"
    xref_at = len(out)
    entries.append(b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00")
    table = b"".join(entries)
    table = zlib.compress(table) if not xref_padding else _deflated_after(table, xref_padding)
    out += b"%d 0 obj\n" % xref_num + _raw_stream(
        table, b"/FlateDecode", b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (xref_num + 1)
    ) + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _deflated_after(prefix: bytes, zeros: int) -> bytes:
    comp = zlib.compressobj(9)
    chunk = b"\x00" * (1 << 20)
    return comp.compress(prefix) + b"".join(comp.compress(chunk) for _ in range(zeros // len(chunk))) + comp.flush()


def _good_objects() -> list[bytes]:
    return [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT, _page(5), stream(GOOD_TEXT)]


def xref_stream_pdf() -> bytes:
    """A well-formed PDF 1.5 with its catalog and page tree in an object
    stream (the control for the two bombs below: it must be read)."""
    return _pdf15(_good_objects(), packed=[1, 2, 3])


def object_stream_bomb(decoded_size: int = 1 << 30) -> bytes:
    """The catalog and page tree in an object stream that inflates to
    `decoded_size` (spaces after the objects)."""
    objects = _good_objects()
    packed = [1, 2, 3]
    header, body = [], bytearray()
    for k in packed:
        header.append(b"%d %d" % (k, len(body)))
        body += objects[k - 1] + b"\n"
    first = b" ".join(header) + b"\n"
    comp = zlib.compressobj(9)
    data = comp.compress(first + bytes(body))
    chunk = b" " * (1 << 20)
    data += b"".join(comp.compress(chunk) for _ in range(decoded_size // len(chunk))) + comp.flush()
    return _pdf15(objects, packed, objstm=data)


def xref_stream_bomb(decoded_size: int = 1 << 30) -> bytes:
    """A cross-reference stream whose entries are followed by `decoded_size` zero bytes."""
    return _pdf15(_good_objects(), packed=[1, 2, 3], xref_padding=decoded_size)


def many_streams_bomb(streams: int = 40, each: int = 40 << 20) -> bytes:
    """`streams` pages whose content streams each inflate to `each` bytes:
    every stream under the per-stream bound, the document far over the total."""
    n = streams
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), FONT]
    body = _deflated(each)
    for i in range(n):
        objects += [_page(5 + 2 * i), _raw_stream(body, b"/FlateDecode")]
    return pdf(objects)


# --- Type3 glyphs of zero width (issue 18, item 13) ---------------------------------


def type3_zero_width(words: list[bytes] = [b"Rapporten", b"visar", b"att", b"tillsammans"]) -> bytes:
    """Words in a Type3 font whose /Widths are all 0 (as some generators
    write them), one word a string: every glyph of a word has zero width at
    the word's start. A doubled letter ("pp" in "Rapporten") is two such
    glyphs in a row, and the second must not be taken for the first printed
    twice (fake bold)."""
    letters = sorted({c for w in words for c in w.decode("ascii")})
    codes = {c: 65 + i for i, c in enumerate(letters)}
    differences = b" ".join(b"/%s" % c.encode() for c in letters)
    procs = b" ".join(b"/%s 6 0 R" % c.encode() for c in letters)
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [65 %s] >> "
        b"/FirstChar 65 /LastChar %d /Widths [%s] /Resources << >> >>"
        % (procs, differences, 64 + len(letters), b" ".join(b"0" for _ in letters))
    )
    shown = b" 60 0 Td ".join(b"<%s> Tj" % "".join(f"{codes[c]:02X}" for c in w.decode("ascii")).encode() for w in words)
    content = b"BT /F1 11 Tf 72 720 Td " + shown + b" ET"
    glyph = stream(b"600 0 0 0 500 700 d1 0 0 500 700 re f", compress=False)
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            font,
            _page(5),
            stream(content),
            glyph,
        ]
    )
