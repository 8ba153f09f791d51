"""Issue 8, "Hardening" (Security) through the CLI: hostile PDFs, symbolic links
out of an ingested directory, and export/report writing exactly the given path.

Every refusal is one line `error: PATH: reason`, a non-zero exit, no traceback
and an unchanged database. The time bounds are hang guards, not speed tests.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import hostile_pdf as h
import hostile_yaml as hy
import pytest

import ingest.pdf
from dbstate import snapshot
from ingest.files import read_source
from ingest.pdf import parse_pdf
from test_ingest import GOOD_TEXT, db, invoke  # noqa: F401  (db: the fixture of one stored report)

HANG_GUARD_SECONDS = 20.0


def documents(db_file: Path) -> list[dict]:
    return json.loads(invoke("documents", "--db", str(db_file), "--json").output)


# --- PDF bombs ----------------------------------------------------------------------

# name, builder, limits patched (to keep the run short), what the error must say
BAD_PDFS: list[tuple[str, Callable[[], bytes], dict[str, float], str]] = [
    ("zero-pages", h.zero_pages, {}, "PDF has no pages"),
    ("lying-page-count", h.lying_page_count, {}, "PDF declares 10000000 pages (limit 5000); refused as a possible PDF bomb"),
    ("huge-page-count", lambda: h.many_pages(5_001), {}, "PDF declares 5001 pages (limit 5000)"),
    ("pages-beyond-declared", lambda: h.many_pages(60, declared=1), {"MAX_PAGES": 50},
     "PDF holds more than 50 pages; refused as a possible PDF bomb"),
    ("deep-page-tree", h.deep_page_tree, {}, "the page tree nests too deep"),
    ("reference-cycle", h.reference_cycle, {"PAGE_TREE_TIME_LIMIT_SECONDS": 1.0},
     "walking the page tree took longer than 1 s after 0 pages; the PDF is damaged or hostile"),
    ("glyph-bomb", lambda: h.pages_pdf([h.many_glyphs(100_000)]), {"MAX_OBJECTS_PER_PAGE": 20_000},
     "every page is over the per-page limits and was skipped (1: more than 20000 glyphs, paths and images on the page)"),
    ("form-xobject-bomb", h.form_xobject_bomb, {"MAX_OBJECTS_PER_PAGE": 20_000},
     "(1: more than 20000 glyphs, paths and images on the page)"),
    ("slow-page", lambda: h.pages_pdf([h.many_paths(300_000)]), {"PAGE_TIME_LIMIT_SECONDS": 1.0},
     "(1: the page took longer than 1 s)"),
    ("flate-bomb", lambda: h.flate_bomb(80 << 20), {},
     "(1: a stream (object 5) decodes to more than 64 MB, a possible decompression bomb)"),
    # Issue 18 (defect 2): every decode in a stream's filter chain is bounded,
    # object and cross-reference streams too, and a document's streams in all.
    ("double-flate-bomb", lambda: h.double_flate_bomb(128 << 20), {},
     "(1: a stream (object 5) decodes to more than 64 MB, a possible decompression bomb)"),
    ("hex-flate-bomb", lambda: h.hex_flate_bomb(128 << 20), {},
     "(1: a stream (object 5) decodes to more than 64 MB, a possible decompression bomb)"),
    ("nested-form-bomb", lambda: h.nested_form_bomb(128 << 20), {},
     "(1: a stream (object 8) decodes to more than 64 MB, a possible decompression bomb)"),
    ("object-stream-bomb", lambda: h.object_stream_bomb(128 << 20), {},
     "PDF refused: a stream (object 6) decodes to more than 64 MB, a possible decompression bomb"),
    ("xref-stream-bomb", lambda: h.xref_stream_bomb(128 << 20), {},
     "PDF refused: a stream decodes to more than 64 MB, a possible decompression bomb"),
    ("document-decode-total", lambda: h.many_streams_bomb(6, 20 << 20), {"MAX_DECODED_BYTES": 64 << 20},
     "PDF refused: its streams decode to more than 64 MB in all, a possible decompression bomb"),
    # Issue 18 (defect 10): every page within its limits, the whole too slow.
    ("slow-document", lambda: h.pages_pdf([h.many_glyphs(20_000)] * 40), {"DOCUMENT_TIME_LIMIT_SECONDS": 0.5},
     "reading took longer than 0.5 s, stopped before page "),
]


@pytest.mark.parametrize(("builder", "limits", "reason"), [c[1:] for c in BAD_PDFS], ids=[c[0] for c in BAD_PDFS])
def test_hostile_pdf_fails_fast_with_one_line(
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    builder: Callable[[], bytes],
    limits: dict[str, float],
    reason: str,
) -> None:
    for name, value in limits.items():
        monkeypatch.setattr(ingest.pdf, name, value)
    bad = tmp_path / "elak.pdf"
    bad.write_bytes(builder())
    before = snapshot(db)
    started = time.perf_counter()
    result = invoke("ingest", str(bad), "--db", str(db))
    assert time.perf_counter() - started < HANG_GUARD_SECONDS, "hang guard"
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors[0].startswith(f"error: {bad}: ") and reason in errors[0], errors
    assert "Traceback" not in result.output
    assert snapshot(db) == before


@pytest.mark.parametrize("builder", [h.deep_array, h.deep_dictionary, h.page_tree_cycle, h.xref_stream_pdf], ids=lambda b: b.__name__)
def test_deep_nesting_and_tree_cycle_parse_safely(db: Path, tmp_path: Path, builder: Callable[[], bytes]) -> None:
    """100,000 nested arrays or dictionaries, or a page-tree node listed as its
    own kid: pdfminer reads them without recursion, so the one real page is
    ingested. And a PDF 1.5 with object and cross-reference streams (the
    control for the bombs made of them) is read through the bounded decoders."""
    path = tmp_path / "djup.pdf"
    path.write_bytes(builder())
    started = time.perf_counter()
    result = invoke("ingest", str(path), "--db", str(db))
    assert time.perf_counter() - started < HANG_GUARD_SECONDS, "hang guard"
    assert result.exit_code == 0, result.output
    assert "added" in result.output and "1 page," in result.output


def test_page_over_the_limit_is_skipped_and_recorded(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest.pdf, "MAX_OBJECTS_PER_PAGE", 20_000)
    path = tmp_path / "blandad.pdf"
    path.write_bytes(h.pages_pdf([h.GOOD_TEXT, h.many_glyphs(100_000), h.GOOD_TEXT.replace(b"12", b"13")]))
    result = invoke("ingest", str(path), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: page 2: more than 20000 glyphs, paths and images on the page" in result.output
    assert "3 pages" in result.output
    data = json.loads(invoke("export", "blandad", "--db", str(db)).output)
    assert data["document"]["metadata"]["skipped_pages"] == "2: more than 20000 glyphs, paths and images on the page"
    assert [b["page"] for b in data["blocks"]] == [1, 3]


def test_time_limit_interrupts_inside_process_pool_workers(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reference cycle spins in pure Python without drawing anything: only the
    SIGALRM timer stops it, and it must work in a ProcessPoolExecutor worker
    (forked, so the patched limit is inherited)."""
    monkeypatch.setattr(ingest.pdf, "PAGE_TREE_TIME_LIMIT_SECONDS", 1.0)
    folder = tmp_path / "mapp"
    folder.mkdir()
    (folder / "a-cykel.pdf").write_bytes(h.reference_cycle())
    (folder / "b-bra.txt").write_text(GOOD_TEXT.replace("Två", "Tre"), encoding="utf-8")
    started = time.perf_counter()
    result = invoke("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert time.perf_counter() - started < HANG_GUARD_SECONDS, "hang guard"
    assert result.exit_code == 1
    assert f"error: {folder / 'a-cykel.pdf'}: walking the page tree took longer than 1 s" in result.output
    assert "1 of 2 files failed" in result.output
    assert sorted(Path(d["path"]).name for d in documents(db)) == ["b-bra.txt", "rapport.txt"]


def test_page_budget_holds_outside_the_main_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No SIGALRM in a thread: the layout device's own count still stops the page."""
    monkeypatch.setattr(ingest.pdf, "MAX_OBJECTS_PER_PAGE", 20_000)
    path = tmp_path / "tråd.pdf"
    path.write_bytes(h.pages_pdf([h.GOOD_TEXT, h.many_glyphs(100_000)]))
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(parse_pdf(read_source(path))))
    worker.start()
    worker.join(HANG_GUARD_SECONDS)
    assert not worker.is_alive(), "hang guard"
    assert outcome and outcome[0].metadata["skipped_pages"].startswith("2: more than 20000")  # type: ignore[attr-defined]


def test_limits_are_the_documented_values() -> None:
    """README's Errors section states these numbers."""
    assert (ingest.pdf.PAGE_TIME_LIMIT_SECONDS, ingest.pdf.MAX_OBJECTS_PER_PAGE, ingest.pdf.MAX_PAGES) == (10.0, 100_000, 5_000)
    assert ingest.pdf.MAX_STREAM_BYTES == 64 << 20
    assert ingest.pdf.DOCUMENT_TIME_LIMIT_SECONDS == 1_200.0


# --- Symbolic links -----------------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """`inne/` with a real file, links out of it (file, directory), a broken
    link, a link to a file inside, and a link back up into itself."""
    inside = tmp_path / "inne"
    (inside / "under").mkdir(parents=True)
    (inside / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (inside / "under" / "b.txt").write_text(GOOD_TEXT.replace("Två", "Fem"), encoding="utf-8")
    outside = tmp_path / "ute"
    outside.mkdir()
    (outside / "hemlig.txt").write_text(GOOD_TEXT.replace("Två", "Sju"), encoding="utf-8")
    (outside / "ute-igen").symlink_to(outside)  # a loop, once outside is followed
    (inside / "länk-ut.txt").symlink_to(outside / "hemlig.txt")
    (inside / "länk-ut-mapp").symlink_to(outside)
    (inside / "trasig.txt").symlink_to(tmp_path / "finns-inte.txt")
    (inside / "länk-in.txt").symlink_to(inside / "under" / "b.txt")
    (inside / "under" / "upp").symlink_to(inside)
    return inside, outside


def test_symlinks_out_of_the_directory_are_skipped_and_reported(tmp_path: Path, linked: tuple[Path, Path]) -> None:
    inside, outside = linked
    db_file = tmp_path / "s.db"
    result = invoke("ingest", str(inside), "--db", str(db_file))
    assert result.exit_code == 0, result.output
    warnings = sorted(line for line in result.output.splitlines() if line.startswith("warning:"))
    assert warnings == [
        f"warning: {inside / 'länk-ut-mapp'}: symbolic link to {outside.resolve()}, outside {inside.resolve()}; "
        "skipped (pass --follow-symlinks to ingest it)",
        f"warning: {inside / 'länk-ut.txt'}: symbolic link to {(outside / 'hemlig.txt').resolve()}, "
        f"outside {inside.resolve()}; skipped (pass --follow-symlinks to ingest it)",
        f"warning: {inside / 'trasig.txt'}: broken symbolic link; skipped",
    ]
    stored = documents(db_file)
    assert sorted(Path(d["path"]).name for d in stored) == ["a.txt", "b.txt"]
    assert not any(str(outside) in d["path"] for d in stored)
    data = json.loads(invoke("ingest", str(inside), "--db", str(db_file), "--json").output)
    assert {Path(o["path"]).name: o["status"] for o in data} == {
        "a.txt": "unchanged", "b.txt": "unchanged", "länk-in.txt": "unchanged",
        "länk-ut.txt": "skipped", "länk-ut-mapp": "skipped", "trasig.txt": "skipped",
    }


def test_follow_symlinks_takes_links_out_without_looping(tmp_path: Path, linked: tuple[Path, Path]) -> None:
    inside, outside = linked
    db_file = tmp_path / "s.db"
    started = time.perf_counter()
    result = invoke("ingest", str(inside), "--db", str(db_file), "--follow-symlinks", "--json")
    assert time.perf_counter() - started < HANG_GUARD_SECONDS, "hang guard"
    outcomes = {str(Path(o["path"]).relative_to(inside)): o["status"] for o in json.loads(result.output)}
    assert set(outcomes) == {
        "a.txt", "länk-in.txt", "länk-ut.txt", "trasig.txt", "under/b.txt", "länk-ut-mapp/hemlig.txt"
    }, result.output  # nothing through the loops ute/ute-igen and under/upp
    assert (outcomes["a.txt"], outcomes["trasig.txt"]) == ("added", "skipped")
    # Two paths to the same bytes: whichever is stored first is added, the other unchanged.
    assert sorted([outcomes["länk-in.txt"], outcomes["under/b.txt"]]) == ["added", "unchanged"]
    assert sorted([outcomes["länk-ut.txt"], outcomes["länk-ut-mapp/hemlig.txt"]]) == ["added", "unchanged"]
    assert result.exit_code == 0


# --- One bad file never stops the batch (issue 18, defect 4) ------------------------

# name, builder, what the one-line reason must say
BATCH_BREAKERS: list[tuple[str, Callable[[], bytes], str]] = [
    ("deep-mediabox", h.deep_mediabox, "nested too deep to read (RecursionError); the file is damaged or hostile"),
    ("deep-info-title", h.deep_info_title, "nested too deep to read (RecursionError)"),
    ("infinite-mediabox", h.infinite_mediabox, "cannot be read (OverflowError: cannot convert float infinity to integer)"),
    ("infinite-font-size", h.infinite_font_size, "cannot be read (ValueError: "),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("builder", "reason"), [c[1:] for c in BATCH_BREAKERS], ids=[c[0] for c in BATCH_BREAKERS])
def test_a_file_the_libraries_choke_on_fails_alone(
    db: Path, tmp_path: Path, builder: Callable[[], bytes], reason: str, workers: str
) -> None:
    bad = tmp_path / "a-elak.pdf"
    bad.write_bytes(builder())
    good = tmp_path / "b-bra.md"
    good.write_text("# Rubrik\n\nText om kontaktförbud.\n", encoding="utf-8")
    before = len(documents(db))
    result = invoke("ingest", str(bad), str(good), "--db", str(db), "--workers", workers)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and errors[0].startswith(f"error: {bad}: {reason}"), errors
    assert errors[1] == "error: 1 of 2 files failed"
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert [d["path"] for d in documents(db)][before:] == [str(good)]


def test_a_block_over_spacys_limit_is_split_not_refused(tmp_path: Path) -> None:
    """A text block of 1.2 million characters (spaCy refuses over 1,000,000, E088)."""
    long = tmp_path / "lang.txt"
    long.write_text(" RAPPORT\n\n" + "Ett ord till. " * 90_000 + "Slut.\n", encoding="utf-8")
    db_file = tmp_path / "k.db"
    result = invoke("ingest", str(long), "--db", str(db_file))
    assert result.exit_code == 0, result.output
    data = json.loads(invoke("export", "1", "--db", str(db_file)).output)
    assert len(data["sentences"]) == 90_001
    assert data["sentences"][-1]["text"] == "Slut."


def test_a_symbolic_link_loop_in_a_directory_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    (folder / "rapport.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "själv").symlink_to("själv")
    for follow in ([], ["--follow-symlinks"]):
        result = invoke("ingest", str(folder), "--db", str(tmp_path / "k.db"), *follow)
        assert result.exit_code == 0, result.output
        assert sorted(line for line in result.output.splitlines() if line.startswith("warning:")) == [
            f"warning: {folder / name}: symbolic link loop; skipped" for name in ("a.txt", "b.txt", "själv")
        ]


# --- YAML front matter (issue 18, defect 3) ------------------------------------------

FRONT_MATTER_BOMBS = [
    ("alias-bomb", lambda: hy.alias_bomb(levels=7), "YAML front matter refused at line 4, column 10: an alias (*a0) is refused"),
    ("deep-nesting", hy.deep_nesting, "YAML front matter refused at line 3"),
    ("long-value", hy.long_value, "YAML front matter refused at line 3, column 9: a value of 100,000 characters"),
]


@pytest.mark.parametrize(("builder", "reason"), [c[1:] for c in FRONT_MATTER_BOMBS], ids=[c[0] for c in FRONT_MATTER_BOMBS])
def test_hostile_front_matter_is_one_line_and_the_batch_goes_on(
    db: Path, tmp_path: Path, builder: Callable[[], str], reason: str
) -> None:
    bad = tmp_path / "a-elak.md"
    bad.write_text(builder(), encoding="utf-8")
    good = tmp_path / "b-bra.md"
    good.write_text("# Rubrik\n\nText om kontaktförbud.\n", encoding="utf-8")
    before = len(documents(db))
    started = time.perf_counter()
    result = invoke("ingest", str(bad), str(good), "--db", str(db), "--workers", "1")
    assert time.perf_counter() - started < HANG_GUARD_SECONDS, "hang guard"
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and errors[0].startswith(f"error: {bad}: {reason}"), errors
    assert errors[1] == "error: 1 of 2 files failed"
    assert "Traceback" not in result.output
    assert [d["path"] for d in documents(db)][before:] == [str(good)]


# --- export / report write exactly the given path -----------------------------------


@pytest.fixture
def hostile_title_db(tmp_path: Path) -> Path:
    """A document whose title and text look like paths."""
    src = tmp_path / "källa" / "rapport.txt"
    src.parent.mkdir()
    src.write_text(GOOD_TEXT.replace("RAPPORT OM NÅGOT", "../../UT/ur-mappen.json"), encoding="utf-8")
    db_file = tmp_path / "k.db"
    assert invoke("ingest", str(src), "--db", str(db_file)).exit_code == 0
    return db_file


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


# The two commands that write a file the user names.
_OUTPUT_COMMANDS = pytest.mark.parametrize(
    "command", [("export", "1", "--json", "-o"), ("report", "1", "--html")], ids=["export", "report"]
)


@_OUTPUT_COMMANDS
def test_writes_only_the_given_path(tmp_path: Path, hostile_title_db: Path, command: tuple[str, ...]) -> None:
    before = tree(tmp_path)
    out = tmp_path / "ut" / "fil.out"
    out.parent.mkdir()
    out.write_text("gammalt", encoding="utf-8")
    result = invoke(*command, str(out), "--db", str(hostile_title_db))
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) - before == {"ut", "ut/fil.out"}  # no temporary file left, nothing from the title
    assert out.read_text(encoding="utf-8") != "gammalt"
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


@_OUTPUT_COMMANDS
def test_a_symlink_given_as_output_is_replaced_not_written_through(
    tmp_path: Path, hostile_title_db: Path, command: tuple[str, ...]
) -> None:
    target = tmp_path / "annan-fil"
    target.write_text("orörd", encoding="utf-8")
    link = tmp_path / "länk.out"
    link.symlink_to(target)
    result = invoke(*command, str(link), "--db", str(hostile_title_db))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == "orörd"
    assert not link.is_symlink() and link.stat().st_size > 100


@_OUTPUT_COMMANDS
def test_unwritable_output_is_one_line_and_leaves_nothing(
    tmp_path: Path, hostile_title_db: Path, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "mapp-som-fil"
    folder.mkdir()
    before = tree(tmp_path)
    result = invoke(*command, str(folder), "--db", str(hostile_title_db))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"error: {folder}: cannot write")
    assert "Traceback" not in result.output
    assert tree(tmp_path) == before


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask



# --- A whole-document time budget for every format (issue 18, defect 10) -----------


@pytest.mark.parametrize(("name", "body"), [
    ("lang.txt", " RAPPORT\n\n" + "Kommunerna har rutiner för uppföljning av verksamheten. " * 40_000),
    ("lang.md", "# Rapport\n\n" + "Kommunerna har *rutiner* för [uppföljning](https://example.se) av verksamheten. " * 40_000),
    ("lang.html", "<html><body><h1>Rapport</h1>" + "<p>Kommunerna har <b>rutiner</b> för uppföljning.</p>" * 40_000 + "</body></html>"),
    ("lang.xml", '<?xml version="1.0" encoding="utf-8"?><dokument><rubrik>Rapport</rubrik>'
     + "<stycke>Kommunerna har <b>rutiner</b> för uppföljning.</stycke>" * 40_000 + "</dokument>"),
], ids=["text", "markdown", "html", "xml"])
def test_every_format_has_a_whole_document_time_limit(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str
) -> None:
    """A file that takes longer to read than the limit is refused with one
    line (the limit is lowered here so that a 2 MB file goes over it)."""
    import ingest.files

    monkeypatch.setattr(ingest.files, "DOCUMENT_TIME_LIMIT_SECONDS", 0.05)
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    before = snapshot(db)
    result = invoke("ingest", str(path), "--db", str(db))
    assert result.exit_code == 1, result.output
    assert f"error: {path}: reading took longer than 0.05 s; a " in result.output
    assert "Traceback" not in result.output
    assert snapshot(db) == before
