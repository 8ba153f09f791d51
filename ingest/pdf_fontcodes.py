"""Text of a font without a usable ToUnicode map, read from the font's own data.

In: a simple font's PDF dictionary (Type1, MMType1, TrueType; `font_spec`).
Out: `decoding(spec)` -- code -> text for the codes the font's data names, or
None when the font has a ToUnicode map, or pdfminer's reading of it already
stands on glyph names the Adobe Glyph List knows (there is nothing to add).

A font with its own codes and no ToUnicode map reads as garbage when its codes
are taken as a standard encoding: prop-1999-2000-17's italic Times is a
TrueType font converted to Type 1 whose glyph names are 'G36', 'G68', ... --
its TrueType glyph ids -- so 'Göran Persson' comes out '*|UDQ3HUVVRQ' in
pdftotext and pdfminer alike (issue 16, defect 6). The text is worked out from
the font itself, in this order:

1. the glyph names of /Encoding /Differences (over the font program's own
   built-in encoding), through the Adobe Glyph List (pdfminer's `glyphlist`);
2. the embedded font program's tables (fontTools): a TrueType program
   (FontFile2) maps a code to a glyph through its (3,0) or (1,0) cmap, and the
   glyph to text through its Unicode cmap inverted, or its `post` glyph
   names; a CFF program (FontFile3) names its glyphs in its charset; a Type 1
   program (FontFile) in its built-in /Encoding;
3. a glyph named by its glyph id ('G36', 'glyph00036', 'index36', or a
   TrueType glyph without a name) that the program does not name otherwise:
   read in the standard Macintosh glyph order, the order of a TrueType `post`
   table's format 1 names (gid 3 = space, 4 = exclam, ...), which TrueType
   fonts keep for their first 258 glyphs.

Codes the font does not name keep pdfminer's text. The caller confirms that
the decoded text reads as words before using it (step 3 in particular only
holds for fonts that kept the Macintosh order); ingest/pdf.py does that.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from io import BytesIO
from typing import Any

from pdfminer.encodingdb import EncodingDB, name2unicode
from pdfminer.psparser import PSLiteral
from pdfminer.pdftypes import PDFStream, resolve1

log = logging.getLogger(__name__)

SIMPLE_SUBTYPES = frozenset({"Type1", "MMType1", "TrueType"})

#: A glyph name that is a glyph id: Acrobat's 'G36' (a TrueType font made a
#: Type 1 one), fontTools' 'glyph00036', 'index36', 'g36', 'gid36', 'cid36'.
_GID_NAME_RE = re.compile(r"(?:G|g|gid|glyph|index|cid)(\d{1,5})")
#: The built-in encoding of a Type 1 program's clear-text part: 'dup 36 /G36 put'.
_TYPE1_ENCODING_RE = re.compile(rb"dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>]+)\s+put")
#: The flag of a symbolic font (PDF 32000-1, 9.8.2): its codes are its own.
SYMBOLIC = 4


def _name(obj: object) -> str | None:
    obj = resolve1(obj)
    if isinstance(obj, PSLiteral):
        name = obj.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return None


def _agl(name: str) -> str | None:
    """A glyph name's text by the Adobe Glyph List ('adieresis' -> 'ä', 'uni00E4', 'f_i'), or None."""
    try:
        text = name2unicode(name.split(".")[0]) if name not in (".notdef", ".null") else None
    except (KeyError, ValueError, OverflowError):
        return None
    # A private-use or control code point ('uniF041', a symbol font's own) is not text.
    if not text or any(0xE000 <= ord(c) <= 0xF8FF or ord(c) < 32 for c in text):
        return None
    return text


def _differences(encoding: object) -> dict[int, str]:
    names: dict[int, str] = {}
    code = 0
    for item in resolve1(encoding.get("Differences", [])) if isinstance(encoding, dict) else ():
        item = resolve1(item)
        if isinstance(item, int):
            code = item
        elif (name := _name(item)) is not None:
            names[code] = name
            code += 1
    return names


def _program(descriptor: Mapping[str, Any]) -> tuple[str, bytes, PDFStream] | None:
    for key in ("FontFile2", "FontFile3", "FontFile"):
        stream = resolve1(descriptor.get(key))
        if isinstance(stream, PDFStream):
            try:
                return key, stream.get_data(), stream
            except Exception:  # a damaged stream names nothing
                return None
    return None


def _standard_order(gid: int) -> str | None:
    from fontTools.ttLib.standardGlyphOrder import standardGlyphOrder

    return standardGlyphOrder[gid] if 0 <= gid < len(standardGlyphOrder) else None


def _gid_text(name: str) -> str | None:
    m = _GID_NAME_RE.fullmatch(name)
    if m is None:
        return None
    std = _standard_order(int(m.group(1)))
    return _agl(std) if std else None


def _truetype(data: bytes, codes: dict[int, str]) -> dict[int, str]:
    """Text for codes 0-255 of a TrueType program: code -> glyph by its
    symbol or Macintosh cmap, glyph -> text by its Unicode cmap inverted,
    its post name, or its glyph id in the Macintosh order."""
    from fontTools.ttLib import TTFont

    font = TTFont(BytesIO(data), lazy=True)
    order = font.getGlyphOrder()
    gid_of = {name: i for i, name in enumerate(order)}
    code_glyph: dict[int, str] = {}
    unicode_of: dict[str, str] = {}
    cmap = font["cmap"] if "cmap" in font else None
    for table in cmap.tables if cmap is not None else ():
        if table.platformID == 3 and table.platEncID in (1, 10):
            for cp, glyph in table.cmap.items():
                unicode_of.setdefault(glyph, chr(cp))
        elif (table.platformID, table.platEncID) in ((3, 0), (1, 0)):
            for cp, glyph in table.cmap.items():
                code = cp - 0xF000 if 0xF000 <= cp <= 0xF0FF else cp
                if 0 <= code <= 255:
                    code_glyph.setdefault(code, glyph)
    named = "post" in font and font["post"].formatType in (1.0, 2.0)
    out: dict[int, str] = {}
    for code in range(256):
        glyph = code_glyph.get(code)
        if glyph is None:
            name = codes.get(code)  # Differences names a glyph of the program
            glyph = name if name in gid_of else None
        if glyph is None:
            continue
        text = unicode_of.get(glyph) or (_agl(glyph) if named else None)
        if text is None:
            gid = gid_of.get(glyph)
            std = _standard_order(gid) if gid is not None else None
            text = _agl(std) if std else None
        if text is not None:
            out[code] = text
    return out


def _cff_names(data: bytes) -> dict[int, str]:
    from fontTools.cffLib import CFFFontSet

    cff = CFFFontSet()
    cff.decompile(BytesIO(data), None)
    top = cff[cff.fontNames[0]]
    encoding = getattr(top, "Encoding", None)
    if not isinstance(encoding, list):  # 'StandardEncoding' / 'ExpertEncoding': nothing of its own
        return {}
    return {code: name for code, name in enumerate(encoding) if name and name != ".notdef"}


def _type1_names(data: bytes, stream: PDFStream) -> dict[int, str]:
    length1 = resolve1(stream.get("Length1"))
    head = data[: length1 if isinstance(length1, int) and length1 > 0 else 65536]
    return {int(c): n.decode("latin-1") for c, n in _TYPE1_ENCODING_RE.findall(head) if int(c) < 256}


def decoding(spec: Mapping[str, Any]) -> dict[int, str] | None:
    """Code -> text from the font's own data (module docstring), or None
    when the font has a ToUnicode map, is not a simple font, or names
    nothing beyond what pdfminer already reads by the glyph list. Only a
    font whose /Differences name a glyph the Adobe Glyph List does not know,
    or a symbolic font without a named base encoding, is looked into."""
    if "ToUnicode" in spec or _name(spec.get("Subtype")) not in SIMPLE_SUBTYPES:
        return None
    descriptor = resolve1(spec.get("FontDescriptor"))
    if not isinstance(descriptor, dict):
        return None
    encoding = resolve1(spec.get("Encoding"))
    differences = _differences(encoding)
    base = _name(encoding.get("BaseEncoding")) if isinstance(encoding, dict) else _name(encoding)
    symbolic = bool(int(resolve1(descriptor.get("Flags", 0)) or 0) & SYMBOLIC)
    if all(_agl(n) is not None for n in differences.values()) and not (symbolic and base is None):
        # The usual font: names pdfminer reads, or a standard encoding; its
        # program is not read (a CFF or TrueType parse per font costs).
        return None
    program = _program(descriptor)
    try:
        return _decoding(spec, descriptor, differences, base, program)
    except Exception as exc:  # a font program fontTools cannot read names nothing
        log.debug("font %s: program unreadable (%s)", _name(spec.get("BaseFont")), exc)
        return None


def _decoding(
    spec: Mapping[str, Any],
    descriptor: Mapping[str, Any],
    differences: dict[int, str],
    base: str | None,
    program: tuple[str, bytes, PDFStream] | None,
) -> dict[int, str] | None:
    builtin: dict[int, str] = {}
    if program is not None and base is None:  # no named base: the program's own encoding is the base
        kind, data, stream = program
        if kind == "FontFile3":
            builtin = _cff_names(data)
        elif kind == "FontFile":
            builtin = _type1_names(data, stream)
    names = {**builtin, **differences}
    symbolic_truetype = (
        _name(spec.get("Subtype")) == "TrueType"
        and base is None
        and not differences
        and int(resolve1(descriptor.get("Flags", 0)) or 0) & SYMBOLIC
    )
    if all(_agl(n) is not None for n in names.values()) and not symbolic_truetype:
        return None  # pdfminer reads these names itself (or the standard encodings)
    out: dict[int, str] = {}
    for code, name in names.items():
        text = _agl(name)
        if text is not None:
            out[code] = text
    if program is not None and program[0] == "FontFile2":
        for code, text in _truetype(program[1], names).items():
            out.setdefault(code, text)
    for code, name in names.items():
        if code not in out and (text := _gid_text(name)) is not None:
            out[code] = text
    if base is not None:  # codes nothing names keep the named base encoding's text
        for code, text in EncodingDB.get_encoding(base).items():
            out.setdefault(code, text)
    return out or None
