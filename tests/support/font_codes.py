"""A typeset PDF whose TrueType font has no ToUnicode map and codes that are
its glyph ids (issue 16, defect 6): read as a standard encoding, the text is
garbage; only the font program itself says which letter a code draws.

`glyph_id_pdf(lines, names=...)` sets `lines` in a subset of Bitstream Vera
Sans (shipped with reportlab, so present wherever the tests run; fontTools'
subsetter) embedded as FontFile2, code = glyph id, with a (3,0)
symbol cmap from code to glyph and no /Encoding, no /ToUnicode. `names`
says what else the program keeps:

- 'post': its post table's glyph names (format 2), no Unicode cmap;
- 'cmap': its Unicode (3,1) cmap, a post table without names (format 3);
- 'none': neither -- the font names nothing, and its glyph ids do not follow
  the Macintosh glyph order, so its text cannot be decoded.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import reportlab
from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import cmap_format_4
from hostile_pdf import pdf, stream

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _font(text: str, names: str) -> tuple[bytes, dict[str, int], list[int]]:
    """The subset program, char -> code (glyph id), and the widths by code."""
    options = subset.Options()
    options.glyph_names = True
    options.notdef_outline = True
    options.layout_features = []
    font = TTFont(str(VERA))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in set(text)])
    subsetter.subset(font)
    order = font.getGlyphOrder()
    best = font.getBestCmap()
    code_of = {chr(cp): order.index(glyph) for cp, glyph in best.items()}
    symbol = cmap_format_4(4)
    symbol.platformID, symbol.platEncID, symbol.language = 3, 0, 0
    symbol.cmap = {0xF000 + gid: glyph for gid, glyph in enumerate(order) if gid}
    tables = [symbol]
    if names == "cmap":
        tables += [t for t in font["cmap"].tables if (t.platformID, t.platEncID) == (3, 1)]
    cmap = newTable("cmap")
    cmap.tableVersion = 0
    cmap.tables = tables
    font["cmap"] = cmap
    if names != "post":
        font["post"].formatType = 3.0
    scale = 1000 / font["head"].unitsPerEm
    widths = [round(font["hmtx"][glyph][0] * scale) for glyph in order]
    out = BytesIO()
    font.save(out)
    return out.getvalue(), code_of, widths


def glyph_id_pdf(path: str | Path, lines: list[str], names: str = "post", pages: int = 1) -> Path:
    """With `pages` > 1, each page has the lines and, in Helvetica, 'Sida N'."""
    program, code_of, widths = _font("".join(lines), names)
    content = b"BT /F1 11 Tf 72 720 Td 14 TL\n"
    for line in lines:
        content += b"<%s> Tj T*\n" % "".join("%02x" % code_of[c] for c in line).encode()
    content += b"ET"
    font = (
        b"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Vera /FirstChar 0 /LastChar %d"
        b" /Widths [%s] /FontDescriptor 6 0 R >>" % (len(widths) - 1, " ".join(map(str, widths)).encode())
    )
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /ABCDEF+Vera /Flags 4 /FontBBox [-1021 -464 1793 1233]"
        b" /ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 729 /StemV 87 /FontFile2 7 0 R >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        font,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        stream(content),
        descriptor,
        stream(program, extra=b" /Length1 %d" % len(program)),
    ]
    if pages > 1:
        objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % (9 + 2 * n) for n in range(pages)),
            pages,
        )
        objects[3] = b"<< /Type /Pages /Kids [] /Count 0 >>"  # unused: each page is made below
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")  # 8
        for n in range(pages):
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 8 0 R >> >>"
                b" /Contents %d 0 R >>" % (10 + 2 * n)
            )
            objects.append(stream(content + b"\nBT /F2 11 Tf 72 400 Td (Sida %d av rapporten om avtalet) Tj ET" % (n + 1)))
    Path(path).write_bytes(pdf(objects))
    return Path(path)
