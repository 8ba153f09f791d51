"""Text fidelity of kallkoll's PDF reading against pdftotext, measured in the same run (issue 16).

For every real PDF in ../shared/corpus/pdf/ (the scan is left out: it has no
text) and every PDF the tests typeset for issue 16 (tests/support/typeset_text.py:
no space glyphs, two-column law draft, page-spanning paragraph, hyphenation),
one row:

- recall and precision of kallkoll's words against `pdftotext -raw`'s (its own
  dehyphenation would glue "fri-" + "och" into "frioch"), as multisets
  of words (letters only, so footnote-marker digits that pdftotext glues to a
  word -- 'stort.17' -- and page numbers do not count; a hyphenated compound
  is one word). kallkoll's text is every block (furniture too: pdftotext keeps
  running headers) and every footnote. pdftotext's line-end hyphens are
  rejoined the way a reader would (and its lines garbled by a font without a
  Unicode map, which kallkoll leaves out, are not counted): 'för-' + 'slaget' -> 'förslaget', but the
  hyphen stays after a capital or digit ('EU-domstolen', '1990-talet') and
  before och/eller/samt/respektive/till/som ('fri- och');
- glued: kallkoll words that pdftotext has as two words (and not as one);
- split: pairs of kallkoll words that pdftotext has as one word (and not as two);
- page splits: page breaks where a page's last body block (a paragraph or
  list item; running headers and page numbers passed over) ends without a
  sentence end and the next page's first is a paragraph starting in lower
  case (a paragraph not joined across the page break);
- for a PDF with fonts without a usable Unicode map, a line after the table:
  how many of pdftotext's words are garbage from such fonts (which kallkoll
  decodes from the fonts' own data, ingest/pdf_fontcodes.py, so its words have
  no counterpart in pdftotext's and recall/precision stay below 0.995 there),
  and recall/precision with those pdftotext words read through the same
  decoding (a consistency check, not an independent reference);
- for a PDF with a human-checked reference in bench/pdf_text_reference/
  (`<stem>.txt`: pdftotext's text with its garbage words replaced by the words
  read on the rendered pages; that directory's README says how each was made),
  a second row labelled "vs checked ref": recall, precision, glued and split
  against that file instead of pdftotext (the first row is then labelled
  "vs pdftotext");
- ms/page for kallkoll's parse (in this process) and for pdftotext (a child
  process, start-up included), both CPU time (user + system: on a shared
  machine wall time measures the neighbours too), and their ratio.

Not a test: nothing here asserts. Timings on a shared machine are inflated by load.

Example:
    .venv/bin/python bench/pdf_text.py
    .venv/bin/python bench/pdf_text.py --only dir-2016-15.pdf --show 20
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus" / "pdf"
CHECKED = PROJECT / "bench" / "pdf_text_reference"
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "tests" / "support"))

from ingest.files import read_source  # noqa: E402
from ingest.model import FOOTER, HEADER, LIST_ITEM, PARAGRAPH  # noqa: E402
from ingest.pdf import parse_pdf  # noqa: E402

try:  # absent from code before issue 16 (the bench also measures main for the BEFORE table)
    from ingest.pdf_garbled import _known, garbled  # noqa: E402
except ImportError:
    garbled = None  # type: ignore[assignment]


def strip_garbage(line: str) -> str:
    """The line without its garbled words: the whole line when it reads as
    garbage, else its capitals-only unknown words when there are two or more
    (a line that mixes a garbled font with a good one)."""
    if garbage_line(line):
        return ""
    shaped = [w for w in re.findall(r"\S+", line) if _garbage_word(w)]
    if len(shaped) < 2:
        return line
    return " ".join(w for w in re.findall(r"\S+", line) if not _garbage_word(w))


def _garbage_word(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in letters) < len(letters) - 1:
        return False
    return not any(_known(w.lower()) for w in re.findall(r"[^\W\d_]{2,}", token))


def garbage_line(line: str) -> bool:
    """A pdftotext line of a garbled font: a block's test without its guards
    for short text (a line is shorter than a block); capitals, few known words."""
    if garbled is None:
        return False
    letters = [c for c in line if c.isalpha()]
    found = re.findall(r"[^\W\d_]{2,}", line)
    if len(letters) < 2 or sum(c.isupper() for c in letters) <= 0.6 * len(letters) or not found:
        return False
    return sum(1 for w in found if _known(w.lower())) < 0.5 * len(found)

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "till", "som"}
SENTENCE_END_RE = re.compile(r"[.!?:;][\"”’)]*$")


def pdftotext(path: Path) -> tuple[str, float]:
    """pdftotext's text and the CPU seconds (user + system) its process took."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as out:
        proc = subprocess.Popen(["pdftotext", "-raw", "-enc", "UTF-8", str(path), out.name])
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"error: {path}: pdftotext exit {os.waitstatus_to_exitcode(status)}")
        return Path(out.name).read_text(encoding="utf-8"), usage.ru_utime + usage.ru_stime


def rejoin(text: str) -> str:
    """pdftotext's line-end hyphens rejoined (see the module docstring)."""

    def join(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(2)
        next_word = re.match(r"[^\W\d_]+", after)
        # "EU-" + "domstolen": the hyphen belongs to the compound.
        if before[-1].isupper() or before[-1].isdigit():
            return f"{before}-{after}"
        if next_word and next_word.group(0).lower() in KEEP_HYPHEN_BEFORE:
            return f"{before}- {after}"
        if after[:1].islower():
            return before + after
        return f"{before}-{after}"

    pages = [re.sub(r"(\w+)[-‐][ \t]*\n[ \t]*(\w+)", join, page) for page in text.split("\f")]
    # A word broken at a page's end goes on in the first line of the next
    # page that starts in lower case, after its running header and page number.
    for k in range(len(pages) - 1):
        broken = re.search(r"(\w+)[-‐]\s*$", pages[k])
        if not broken:
            continue
        lines = pages[k + 1].split("\n")
        for n, line in enumerate(lines[:4]):
            m = re.match(r"\s*(\w+)", line)
            if m and line.strip()[:1].islower():
                joined = join(re.match(r"(\w+)[-‐]\n(\w+)", f"{broken.group(1)}-\n{m.group(1)}"))
                pages[k] = pages[k][: broken.start()] + joined
                lines[n] = line[m.end() :]
                pages[k + 1] = "\n".join(lines)
                break
    return "\f".join(pages)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.replace("\xad", ""))


def kallkoll_text(doc) -> str:  # type: ignore[no-untyped-def]
    return "\n".join([b.text for b in doc.blocks] + [f.text for f in doc.footnotes])


def page_splits(doc) -> int:  # type: ignore[no-untyped-def]
    body = [b for b in doc.blocks if b.kind not in (HEADER, FOOTER)]
    return sum(
        1
        for a, b in zip(body, body[1:])
        if b.page_number == a.page_number + 1
        and a.kind in (PARAGRAPH, LIST_ITEM)
        and b.kind == PARAGRAPH
        and not SENTENCE_END_RE.search(a.text.rstrip())
        and b.text[:1].islower()
    )


def _segments(word: str, vocab: set[str]) -> bool:
    """Whether `word` is two or more words of `vocab` run together."""
    ends = {0: 0}  # end offset -> fewest words to get there
    for i in range(len(word)):
        if i not in ends:
            continue
        for j in range(i + 1, len(word) + 1):
            if word[i:j] in vocab and ends.get(j, 99) > ends[i] + 1:
                ends[j] = ends[i] + 1
    return ends.get(len(word), 0) >= 2


def compare(ours: list[str], theirs: list[str]) -> dict[str, float]:
    a, b = Counter(ours), Counter(theirs)
    common = sum((a & b).values())
    vocab_b = set(b)
    glued = [w for w in a if w not in vocab_b and _segments(w, vocab_b)]
    split_pairs = Counter(
        x + y for x, y in zip(ours, ours[1:]) if x + y in vocab_b and x + y not in a and not (x in vocab_b and y in vocab_b and x + y not in b)
    )
    return {
        "recall": common / max(1, sum(b.values())),
        "precision": common / max(1, sum(a.values())),
        "glued": sum(a[w] for w in glued),
        "split": sum(split_pairs.values()),
        "missing": (b - a).most_common(8),
        "extra": (a - b).most_common(8),
    }


def decoded_font_tables(path: Path) -> list[dict[int, str]]:
    """For each font of the PDF that kallkoll decodes from its own data
    (ingest/pdf_fontcodes.py): a str.translate table from the character a
    standard encoding gives a code (pdfminer's reading, as pdftotext's) to the
    decoded one."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import dict_value, resolve1

        from ingest.pdf_fontcodes import decoding
    except ImportError:  # before issue 16's font decoding
        return []
    tables, seen = [], set()
    manager = PDFResourceManager()
    with open(path, "rb") as fh:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(fh))):
            fonts = dict_value(resolve1(page.resources).get("Font", {})) if page.resources else {}
            for ref in fonts.values():
                key = getattr(ref, "objid", id(ref))
                if key in seen:
                    continue
                seen.add(key)
                spec = dict_value(ref)
                codes = decoding(spec)
                if not codes:
                    continue
                font = manager.get_font(None, spec)
                table: dict[int, str] = {}
                for code, text in codes.items():
                    try:
                        raw = font.to_unichr(code)
                    except Exception:  # a code the standard encoding leaves out: pdftotext gives the code itself
                        raw = chr(code)
                    if len(raw) == 1 and raw != text:
                        table.setdefault(ord(raw), text)
                if table:
                    tables.append(table)
    return tables


def read_through(reference: str, tables: list[dict[int, str]], ours: set[str]) -> tuple[str, int]:
    """pdftotext's text with each token (a run between spaces) whose words are
    not all kallkoll's read through a decoding table under which most of them
    are; and the number of words so read."""
    count = 0

    def token(m: re.Match[str]) -> str:
        nonlocal count
        text = m.group(0)
        found = words(text)
        if not found or all(w in ours for w in found):
            return text
        for table in tables:
            read = text.translate(table)
            decoded = words(read)
            if decoded and sum(w in ours for w in decoded) > 0.5 * len(decoded):
                count += len(decoded)
                return read
        return text

    return re.sub(r"[^ \n\f]+", token, reference), count


def typeset_cases(directory: Path) -> list[tuple[str, Path]]:
    import typeset_text

    return [(f"typeset/{name}", make(directory).path) for name, make in typeset_text.CASES.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one file name (real or typeset/NAME)")
    parser.add_argument("--show", type=int, default=0, help="print up to N missing/extra words per row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(p.name, p) for p in sorted(CORPUS.glob("*.pdf")) if not p.name.startswith("scan")]
        if not cases:
            print(f"note: real corpus absent ({CORPUS}); typeset cases only")
        cases += typeset_cases(Path(tmp))
        if args.only:
            cases = [c for c in cases if c[0] == args.only]
        header = f"{'PDF':38} {'pages':>5} {'recall':>7} {'prec.':>7} {'glued':>5} {'split':>5} {'pgsplit':>7} {'ms/p':>7} {'pdftotext':>9} {'ratio':>6}"
        print(header)
        print("-" * len(header))
        ratios, real_ratios = [], []
        undecodable: list[tuple[str, int, float, float]] = []  # (PDF, pdftotext's words of decoded fonts, recall, precision)
        for name, path in cases:
            reference, floor = pdftotext(path)
            start = time.process_time()
            doc = parse_pdf(read_source(str(path)))
            cost = time.process_time() - start
            pages = len(doc.pages)
            ours = words(kallkoll_text(doc))
            raw_reference = reference
            if garbled is not None:
                # Garbage from a font without a Unicode map: pdftotext reads the
                # codes as a standard encoding; kallkoll decodes the font from its
                # own data or leaves the text out (issue 16). Not in the reference.
                reference = "\n".join(strip_garbage(line) for line in reference.split("\n"))
            row = compare(ours, words(rejoin(reference)))
            tables = decoded_font_tables(path)
            if tables:
                read, count = read_through(raw_reference, tables, set(ours))
                if count:
                    decoded_row = compare(ours, words(rejoin(read)))
                    undecodable.append((name, count, decoded_row["recall"], decoded_row["precision"]))
            ms, floor_ms = 1000 * cost / pages, 1000 * floor / pages
            ratios.append(ms / floor_ms)
            if not name.startswith("typeset/"):
                real_ratios.append(ms / floor_ms)
            checked_path = CHECKED / f"{Path(name).stem}.txt"
            checked = checked_path.is_file() and not name.startswith("typeset/")
            label = f"{name} vs pdftotext" if checked else name
            print(
                f"{label:38} {pages:5d} {row['recall']:7.4f} {row['precision']:7.4f} {row['glued']:5d} {row['split']:5d} "
                f"{page_splits(doc):7d} {ms:7.1f} {floor_ms:9.2f} {ms / floor_ms:6.1f}"
            )
            if args.show:
                print("   missing:", row["missing"][: args.show])
                print("   extra:  ", row["extra"][: args.show])
            if checked:
                # The human-checked text as it is: no garbage to strip.
                human = compare(ours, words(rejoin(checked_path.read_text(encoding="utf-8"))))
                print(
                    f"{name + ' vs checked ref':38} {pages:5d} {human['recall']:7.4f} {human['precision']:7.4f} "
                    f"{human['glued']:5d} {human['split']:5d}"
                )
                if args.show:
                    print("   missing:", human["missing"][: args.show])
                    print("   extra:  ", human["extra"][: args.show])
        for name, count, recall, precision in undecodable:
            print(
                f"{name}: {count} of pdftotext's words come from fonts without a usable Unicode map: pdftotext's "
                f"text for them is garbage ('$YWDO PHOODQ' for 'Avtal mellan'), which kallkoll decodes from the "
                f"fonts' own data, so recall and precision against pdftotext stay below 0.995 on this PDF. With "
                f"pdftotext's words of those fonts read through the same fonts' decoding: recall {recall:.4f}, "
                f"precision {precision:.4f} (a consistency check of the two readers' glyphs, not an independent "
                f"reference for the decoded words; a 'vs checked ref' row, where printed, is one)"
            )
        for label, found in (("all rows", ratios), ("real PDFs", real_ratios)):
            if found:
                print(f"median kallkoll/pdftotext per page, {label}: {statistics.median(found):.1f}x (both CPU time; shared machine, under load)")


if __name__ == "__main__":
    main()
