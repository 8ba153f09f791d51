"""Fast reading of PDF content streams: the same objects as pdfminer's parser, found with one regex.

In: a page's content streams (pdfminer `PDFStream`s). Out: `ContentInterpreter`,
a drop-in `PDFPageInterpreter` whose `execute` runs the same operators with
the same operands in the same order, on the same device, as pdfminer's own.

Why (issue 16, speed): pdfminer tokenizes a content stream with a
character-level state machine in Python (`PSBaseParser`: one method call per
token state, a `log.debug` call per token and per object) and looks each
operator's method up by building its name. On real bills that parsing was
over half of a page's reading time. Here one compiled regex finds the tokens
(`tokens`), and arrays, dictionaries and procedures are built from them as
`PSStackParser.nextobject` builds them; operator methods are looked up once
per class.

The objects are pdfminer's own (interned `PSKeyword`s and `PSLiteral`s, ints,
floats, bytes, lists, dicts), including its quirks: a lone '-' or '.' is no
number and is dropped; '#' escapes in names take up to two hex digits; an
odd hex digit at a hex string's end is a byte of its own; an unknown string
escape drops the backslash's character; a ']' or '>>' that closes nothing is
dropped. Where this parser cannot promise pdfminer's result it returns None
and the interpreter hands the streams to pdfminer's parser unchanged: an
inline image (BI ... ID ... EI, whose data is binary), a string or hex
string left open at a stream's end, an octal escape above 255 (pdfminer
asserts), a dictionary with an odd number of entries (pdfminer raises), a
stream that ends inside a token that pdfminer would carry into the next
stream, or a name that ends inside its '#' escape there.
tests/ingest/test_pdf_content.py compares both parsers on generated streams,
and the documents of every real PDF.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pdfminer import settings
from pdfminer.pdfinterp import PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psparser import KWD, LIT, PSKeyword, literal_name

#: One token, after any white space (pdfminer's `_parse_main`). Groups:
#: 1 a comment (skipped), 2 '<<', 3 hex string digits, 4 '>>', 5 a lone '>',
#: 6 a string without nested parentheses, 7 '(' (a string with them: read by
#: `_string`), 8 a name, 9 a number, 10 a keyword, 11 an array of plain
#: strings and numbers (a kerned TJ's, most of a text page's bytes: read
#: whole by `TJ_ITEM_RE`), 12 any other single byte.
#: No match: only white space is left.
TOKEN_RE = re.compile(
    rb"[ \t\n\r\x0b\x0c\x00]*+(?:"  # possessive: white space is never a token
    rb"(%[^\r\n]*)"
    rb"|(<<)"
    rb"|<([ \t\n\r\x0b\x0c0-9a-fA-F]*)"
    rb"|(>>)"
    rb"|(>)"
    rb"|\(((?:[^()\\]|\\.)*)\)"
    rb"|(\()"
    rb"|/([^/%\[\]()<>{}\s]*)"
    rb"|([-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)"
    rb"|([A-Za-z][^#/%\[\]()<>{}\s]*)"
    rb"|\[((?:[ \t\n\r\x0b\x0c\x00]*+(?:\([^()\\]*\)|[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)))*+)[ \t\n\r\x0b\x0c\x00]*+\]"
    rb"|(.))",
    re.DOTALL,
)
#: The items of group 11's array: a string's bytes, or a number.
TJ_ITEM_RE = re.compile(rb"\(([^()\\]*)\)|([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))")
STRING_STOP_RE = re.compile(rb"[()\\]")
#: A backslash escape in a string: octal digits, an escaped line end, or one character.
STRING_ESCAPE_RE = re.compile(rb"\\(?:([0-7]{1,3})|\r\n|(.))", re.DOTALL)
NAME_ESCAPE_RE = re.compile(rb"#([0-9a-fA-F]{0,2})")
HEX_PAIR_RE = re.compile(rb"[0-9a-fA-F]{2}|.", re.DOTALL)
SPACE_RE = re.compile(rb"\s")
OCTAL = b"01234567"
ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, ord("("): 40, ord(")"): 41, ord("\\"): 92}

KEYWORD_BI = KWD(b"BI")
KEYWORD_ID = KWD(b"ID")
KEYWORD_ARRAY_BEGIN = KWD(b"[")
KEYWORD_ARRAY_END = KWD(b"]")
KEYWORD_PROC_BEGIN = KWD(b"{")
KEYWORD_PROC_END = KWD(b"}")
#: Keyword and name objects by their bytes, so that a token costs one dict look-up.
_KEYWORDS: dict[bytes, object] = {b"true": True, b"false": False}
_NAMES: dict[bytes, object] = {}
#: Bytes at a stream's end that leave pdfminer inside a token it carries on
#: into the next stream (it only ends a token there when it has read some of it).
_OPEN_AT_END = (b"/", b"<", b">", b"(", b"\\", b"#")


class _Unsupported(Exception):
    """This parser cannot promise pdfminer's result; pdfminer's parser reads the streams."""


def _keyword(raw: bytes) -> object:
    obj = _KEYWORDS.get(raw)
    if obj is None:
        obj = _KEYWORDS[raw] = KWD(raw)
    return obj


def _name(raw: bytes) -> object:
    obj = _NAMES.get(raw)
    if obj is None:
        decoded = NAME_ESCAPE_RE.sub(lambda m: bytes((int(m.group(1), 16),)) if m.group(1) else b"", raw)
        try:
            name: str | bytes = str(decoded, "utf-8")
        except UnicodeDecodeError:
            name = decoded
        obj = _NAMES[raw] = LIT(name)
    return obj


def _escape_open(raw: bytes) -> bool:
    """Whether a name ends inside a '#' escape: pdfminer then drops the name
    at the end of the data, or carries it on into the next stream."""
    last = None
    for last in NAME_ESCAPE_RE.finditer(raw):
        pass
    return last is not None and last.end() == len(raw)


def _unescape(m: re.Match[bytes]) -> bytes:
    octal, char = m.group(1), m.group(2)
    if octal is not None:
        code = int(octal, 8)
        if code > 255:
            raise _Unsupported("an octal escape above 255")
        return bytes((code,))
    if char is not None and char[0] in ESCAPES:
        return bytes((ESCAPES[char[0]],))
    return b""  # a line continuation, or an unknown escape: the character is dropped


def _string(data: bytes, i: int) -> tuple[bytes, int]:
    """The literal string whose '(' is just before `i`, and the offset after
    its ')' (pdfminer's `_parse_string` and `_parse_string_1`)."""
    out = bytearray()
    depth = 1
    n = len(data)
    while True:
        m = STRING_STOP_RE.search(data, i)
        if m is None:
            raise _Unsupported("a string open at the stream's end")
        j = m.start()
        out += data[i:j]
        c = data[j]
        i = j + 1
        if c == 0x5C:  # backslash
            if i >= n:
                raise _Unsupported("a string open at the stream's end")
            c = data[i]
            if c in OCTAL:
                k = i
                while k < n and k - i < 3 and data[k] in OCTAL:
                    k += 1
                code = int(data[i:k], 8)
                if code > 255:
                    raise _Unsupported("an octal escape above 255")
                out.append(code)
                i = k
            elif c in ESCAPES:
                out.append(ESCAPES[c])
                i += 1
            elif c == 0x0D and data[i + 1 : i + 2] == b"\n":
                i += 2
            else:
                i += 1  # a line continuation, or an unknown escape: the character is dropped
        elif c == 0x28:  # (
            depth += 1
            out.append(c)
        else:
            depth -= 1
            if not depth:
                return bytes(out), i
            out.append(c)


def tokens(streams: Sequence[bytes]) -> list[object] | None:
    """The objects pdfminer's `PDFContentParser.nextobject` returns for the
    decoded `streams`, in order; None when only pdfminer's parser can say."""
    out: list[object] = []
    context: list[tuple[str | None, list[object]]] = []
    curtype: str | None = None
    cur = out
    try:
        last = len(streams) - 1
        for k, data in enumerate(streams):
            if k < last and data.endswith(_OPEN_AT_END):
                raise _Unsupported("a token open at a stream's end")
            i, n = 0, len(data)
            match = TOKEN_RE.match
            while i < n:
                m = match(data, i)
                if m is None:
                    break  # white space to the end
                i = m.end()
                kind = m.lastindex
                if kind == 9:
                    raw = m.group(9)
                    try:
                        cur.append(float(raw) if b"." in raw else int(raw))
                    except ValueError:
                        pass  # '-', '+', '.': pdfminer drops them
                elif kind == 10:
                    obj = _keyword(m.group(10))
                    if obj is KEYWORD_BI or obj is KEYWORD_ID:
                        raise _Unsupported("an inline image")
                    cur.append(obj)
                elif kind == 6:
                    text = m.group(6)
                    cur.append(STRING_ESCAPE_RE.sub(_unescape, text) if b"\\" in text else text)
                elif kind == 8:
                    raw = m.group(8)
                    if i == n and b"#" in raw and _escape_open(raw):
                        raise _Unsupported("a name's '#' escape open at the stream's end")
                    cur.append(_name(raw))
                elif kind == 1:
                    continue
                elif kind == 7:
                    text, i = _string(data, i)
                    cur.append(text)
                elif kind == 3:
                    if i >= n:
                        raise _Unsupported("a hex string open at the stream's end")
                    cur.append(HEX_PAIR_RE.sub(lambda h: bytes((int(h.group(0), 16),)), SPACE_RE.sub(b"", m.group(3))))
                elif kind == 11:
                    cur.append(
                        [
                            (float(number) if b"." in number else int(number)) if number else text
                            for text, number in TJ_ITEM_RE.findall(m.group(11))
                        ]
                    )
                elif kind == 12:
                    obj = _keyword(m.group(12))
                    if obj is KEYWORD_ARRAY_BEGIN or obj is KEYWORD_PROC_BEGIN:
                        context.append((curtype, cur))
                        curtype, cur = ("a" if obj is KEYWORD_ARRAY_BEGIN else "p"), []
                    elif obj is KEYWORD_ARRAY_END or obj is KEYWORD_PROC_END:
                        if curtype == ("a" if obj is KEYWORD_ARRAY_END else "p"):
                            done = cur
                            curtype, cur = context.pop()
                            cur.append(done)
                    else:
                        cur.append(obj)
                elif kind == 2:
                    context.append((curtype, cur))
                    curtype, cur = "d", []
                elif kind == 4:
                    if curtype == "d":
                        if len(cur) % 2:
                            raise _Unsupported("a dictionary with an odd number of entries")
                        d = {literal_name(key): v for key, v in zip(cur[::2], cur[1::2]) if v is not None}
                        curtype, cur = context.pop()
                        cur.append(d)
                # kind 5, a lone '>': pdfminer drops it
    except _Unsupported:
        return None
    return out


class ContentInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, reading content streams with `tokens`
    (pdfminer's own parser where `tokens` returns None). Form XObjects are
    run by `dup()`, so by this class too."""

    #: keyword -> (method, number of operands), or None for an unknown operator.
    _operators: dict[PSKeyword, tuple[object, int] | None] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._operators = {}  # a subclass may define other operator methods

    def execute(self, streams: Sequence[object]) -> None:
        valid: list[PDFStream] = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            # pdfminer's checks (inline streams, circular references) decide
            # in its own execute, which then reads the streams itself.
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                return super().execute(streams)
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        objs = tokens([s.get_data() for s in valid])
        if objs is None:
            return super().execute(streams)
        operators = self._operators
        push = self.argstack.append
        for obj in objs:
            if obj.__class__ is not PSKeyword:
                push(obj)
                continue
            op = operators.get(obj, False)
            if op is False:
                op = operators[obj] = self._operator(obj)  # type: ignore[index]
            if op is None:
                if settings.STRICT:
                    raise PDFInterpreterError(f"Unknown operator: {obj.name!r}")
                continue
            func, nargs = op
            if nargs:
                args = self.pop(nargs)
                push = self.argstack.append  # pop() makes a new list
                if len(args) == nargs:
                    func(self, *args)  # type: ignore[operator]
            else:
                func(self)  # type: ignore[operator]
                push = self.argstack.append  # an operator may start a new argstack (init_state)

    @classmethod
    def _operator(cls, keyword: PSKeyword) -> tuple[object, int] | None:
        name = str(keyword.name, "utf-8", "ignore")
        method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
        func = getattr(cls, method, None)
        if func is None:
            return None
        return func, func.__code__.co_argcount - 1
