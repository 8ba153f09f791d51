"""Bounded decoding of PDF streams (issue 18, defect 2: decompression bombs).

In: nothing at call time; `install()` puts bounds on pdfminer's stream
decoding, once per process. Out: every decode of every filter in a stream's
chain (Flate twice over, ASCIIHex then Flate, LZW, RunLength, ...) stops at
`per_stream` bytes, and all streams decoded while a `document_budget()` is
open stop at its `per_document` total; going over raises `DecodeLimitExceeded`.

Why here and not before pdfminer: pdfminer decodes streams wherever it meets
them - content streams and form XObjects on a page, but also object streams
and cross-reference streams while opening the file and walking the page tree,
and fonts. Checking some streams beforehand (the first Flate filter of a
page's streams, as before) left every other decode unbounded: a 4 KB file
took 4.3 GB. Bounding the decoders themselves covers every caller.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO

# A content stream this large is no report's page; 64 MB is hundreds of
# times what a dense page holds.
MAX_STREAM_BYTES = 64 * 1024 * 1024
# All streams of one document together. The largest report in the corpus
# decodes to well under 100 MB in all; this keeps a hostile file's memory
# bounded while leaving real reports room.
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


class DecodeLimitExceeded(BaseException):
    """A decode went over a bound. A BaseException, so that pdfminer's and
    pdfplumber's `except Exception` recovery does not swallow it."""

    def __init__(self, message: str, whole_document: bool) -> None:
        super().__init__(message)
        self.whole_document = whole_document  # the document's total, not one stream


class _Budget:
    __slots__ = ("per_stream", "per_document", "used", "objid", "stream_used")

    def __init__(self, per_stream: int, per_document: int) -> None:
        self.per_stream = per_stream
        self.per_document = per_document
        self.used = 0  # bytes decoded by finished streams of the document
        self.objid: object = None  # the stream being decoded
        self.stream_used = 0  # bytes the current filter has produced so far

    def room(self) -> int:
        """Bytes the current filter may still produce."""
        return min(self.per_stream, self.per_document - self.used) - self.stream_used

    def charge(self, produced: int) -> None:
        self.stream_used += produced
        if self.stream_used > self.per_stream:
            which = "a stream" if self.objid is None else f"a stream (object {self.objid})"
            raise DecodeLimitExceeded(
                f"{which} decodes to more than {self.per_stream >> 20} MB, a possible decompression bomb",
                whole_document=False,
            )
        if self.used + self.stream_used > self.per_document:
            raise DecodeLimitExceeded(
                f"its streams decode to more than {self.per_document >> 20} MB in all, "
                "a possible decompression bomb",
                whole_document=True,
            )


_local = threading.local()


def _budget() -> _Budget:
    budget = getattr(_local, "budget", None)
    if budget is None:  # decoding outside a document_budget(): the per-stream bound still holds
        budget = _local.budget = _Budget(MAX_STREAM_BYTES, 1 << 62)
    return budget


@contextmanager
def document_budget(per_stream: int | None = None, per_document: int | None = None) -> Iterator[None]:
    """Bound all decoding in this thread while the block runs to one document's budget."""
    install()
    previous = getattr(_local, "budget", None)
    _local.budget = _Budget(
        MAX_STREAM_BYTES if per_stream is None else per_stream,
        MAX_DOCUMENT_BYTES if per_document is None else per_document,
    )
    try:
        yield
    finally:
        _local.budget = previous


def _filter_output(chunks: Iterator[bytes]) -> bytes:
    """Join a decoder's output chunks, charging each to the budget as it comes."""
    budget = _budget()
    out = bytearray()
    for chunk in chunks:
        budget.charge(len(chunk))
        out += chunk
    return bytes(out)


def _new_filter() -> None:
    # Each filter of a chain is bounded on its own output (the last one's is
    # what the stream decodes to); the document is charged the final size.
    _budget().stream_used = 0


class _BoundedDecompressor:
    """zlib.decompressobj() whose output is charged to the budget."""

    def __init__(self) -> None:
        self._d = zlib.decompressobj()
        _new_filter()

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = max(_budget().room(), 0) + 1
        out = self._d.decompress(data, room if max_length == 0 else min(room, max_length))
        _budget().charge(len(out))
        return out

    def __getattr__(self, name: str) -> object:
        return getattr(self._d, name)


class _BoundedZlib:
    """What pdfminer.pdftypes sees as `zlib`: the same, with bounded output."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args: object, **kwargs: object) -> _BoundedDecompressor:
        return _BoundedDecompressor()

    @staticmethod
    def decompress(data: bytes, *args: object, **kwargs: object) -> bytes:
        d = _BoundedDecompressor()
        out = d.decompress(data)
        if not d.eof:
            # zlib.decompress raises on a stream cut short; pdfminer then
            # tries its recovery for damaged streams (bounded as well).
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def __getattr__(self, name: str) -> object:
        return getattr(zlib, name)


def _lzw(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    _new_filter()
    return _filter_output(LZWDecoder(BytesIO(data)).run())


def _runs(data: bytes) -> Iterator[bytes]:
    """RunLength decoding (PDF 32000-1, 7.4.5) as pdfminer does it, one run at a time."""
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        if length == 128:
            return
        if length < 128:
            yield data[i + 1 : i + 2 + length]
            i += 2 + length
        else:
            if i + 1 >= n:
                return
            yield data[i + 1 : i + 2] * (257 - length)
            i += 2


def _rl(data: bytes) -> bytes:
    _new_filter()
    return _filter_output(_runs(data))


def _checked(decoder):  # type: ignore[no-untyped-def]
    """A decoder whose output is at most a few times its input (ASCIIHex, ASCII85):
    decoded whole, then charged."""

    def decode(data: bytes) -> bytes:
        _new_filter()
        out = decoder(data)
        _budget().charge(len(out))
        return out

    return decode


_installed = False
_install_lock = threading.Lock()


def install() -> None:
    """Put the bounds on pdfminer's decoders (idempotent)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        import pdfminer.pdftypes as pdftypes

        original_decode = pdftypes.PDFStream.decode

        def decode(self: pdftypes.PDFStream) -> None:
            budget = _budget()
            budget.objid, budget.stream_used = self.objid, 0
            try:
                original_decode(self)
            finally:
                budget.objid, budget.stream_used = None, 0
            produced = len(self.data or b"")
            budget.used += produced
            if budget.used > budget.per_document:
                raise DecodeLimitExceeded(
                    f"its streams decode to more than {budget.per_document >> 20} MB in all, "
                    "a possible decompression bomb",
                    whole_document=True,
                )

        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
        pdftypes.lzwdecode = _lzw
        pdftypes.rldecode = _rl
        pdftypes.asciihexdecode = _checked(pdftypes.asciihexdecode)
        pdftypes.ascii85decode = _checked(pdftypes.ascii85decode)
        pdftypes.PDFStream.decode = decode  # type: ignore[method-assign]
        _installed = True
