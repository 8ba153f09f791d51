"""Builders of bad input files, one per failure the foundation issue names."""

from __future__ import annotations

import io
from pathlib import Path


def _pdf_bytes(text: str | None, encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    if text:
        c.drawString(72, 720, text)
    else:
        c.rect(72, 600, 200, 100, fill=1)  # shapes only: no text layer
    c.showPage()
    c.save()
    return buf.getvalue()


def good_pdf(path: Path) -> Path:
    path.write_bytes(_pdf_bytes("Rapporten visar att 12 procent av kommunerna har rutiner."))
    return path


def build(kind: str, directory: Path) -> tuple[Path, str]:
    """Write a bad file of `kind`; return (path, a word the error must contain)."""
    d = directory
    if kind == "missing":
        return d / "finns-inte.txt", "no such file"
    if kind == "empty-dir":
        sub = d / "tom"
        sub.mkdir()
        (sub / "bild.png").write_bytes(b"\x89PNG")
        return sub, "no ingestible files"
    if kind == "zero-bytes":
        p = d / "tom.txt"
        p.write_bytes(b"")
        return p, "empty"
    if kind == "truncated-pdf":
        data = _pdf_bytes("Text som skärs av mitt i filen.")
        p = d / "avskuren.pdf"
        p.write_bytes(data[: len(data) // 3])
        return p, "pdf"
    if kind == "corrupt-pdf":
        p = d / "trasig.pdf"
        p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
        return p, "pdf"
    if kind == "encrypted-pdf":
        p = d / "krypterad.pdf"
        p.write_bytes(_pdf_bytes("Hemlig text.", encrypt="hemligt"))
        return p, "encrypted"
    if kind == "no-text-pdf":
        p = d / "bild.pdf"
        p.write_bytes(_pdf_bytes(None))
        return p, "OCR"
    if kind == "unsupported":
        p = d / "rapport.docx"
        p.write_bytes(b"PK\x03\x04 not really")
        return p, "unsupported"
    if kind == "binary-text":
        p = d / "binar.txt"
        p.write_bytes(bytes(range(256)) * 8)
        return p, "text"
    if kind == "malformed-xml":
        p = d / "trasig.xml"
        p.write_text("<rapport><stycke>Ej stängd</rapport>", encoding="utf-8")
        return p, "xml"
    if kind == "xxe":
        p = d / "xxe.xml"
        p.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<r><p>&xxe;</p></r>\n',
            encoding="utf-8",
        )
        return p, "entit"
    if kind == "billion-laughs":
        lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", '<!ENTITY lol "lol">']
        for i in range(1, 10):
            prev = f"&lol{i - 1};" if i > 1 else "&lol;"
            lines.append(f'<!ENTITY lol{i} "{prev * 10}">')
        lines += ["]>", "<lolz>&lol9;</lolz>"]
        p = d / "bomb.xml"
        p.write_text("\n".join(lines), encoding="utf-8")
        return p, "entit"
    raise ValueError(kind)


BAD_KINDS = (
    "missing",
    "empty-dir",
    "zero-bytes",
    "truncated-pdf",
    "corrupt-pdf",
    "encrypted-pdf",
    "no-text-pdf",
    "unsupported",
    "binary-text",
    "malformed-xml",
    "xxe",
    "billion-laughs",
)
