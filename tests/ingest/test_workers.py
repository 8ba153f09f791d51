"""Issue 18, defect 7: page workers read the PDF from disk, not a copy sent
to each of them, and the default number of workers fits the memory there is."""

from __future__ import annotations

from pathlib import Path

import hostile_pdf as h
import pytest

import ingest.pdf
import ingest.workers
from ingest.errors import IngestError
from ingest.files import read_source
from ingest.pdf import parse_pdf


def _long_pdf(path: Path, text: bytes = h.GOOD_TEXT) -> None:
    path.write_bytes(h.pages_pdf([text.replace(b"12", b"%d" % k) for k in range(40)]))


def test_page_workers_read_the_file_from_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest.pdf, "MIN_PAGES_PER_WORKER", 4)
    path = tmp_path / "lang.pdf"
    _long_pdf(path)
    source = read_source(path)
    alone, shared = parse_pdf(source), parse_pdf(source, workers=2)
    assert [b.text for b in shared.blocks] == [b.text for b in alone.blocks]
    sent = []
    real_submit = ingest.pdf.worker_pool

    def recording_pool(n: int):  # type: ignore[no-untyped-def]
        pool_cm = real_submit(n)

        class Recorder:
            def __enter__(self):  # type: ignore[no-untyped-def]
                pool = pool_cm.__enter__()
                submit = pool.submit

                def record(fn, *args):  # type: ignore[no-untyped-def]
                    sent.append(args[0])
                    return submit(fn, *args)

                pool.submit = record  # type: ignore[method-assign]
                return pool

            def __exit__(self, *exc):  # type: ignore[no-untyped-def]
                return pool_cm.__exit__(*exc)

        return Recorder()

    monkeypatch.setattr(ingest.pdf, "worker_pool", recording_pool)
    parse_pdf(source, workers=2)
    assert len(sent) == 2 and all(s.data == b"" and s.path == str(path) for s in sent)


def test_a_file_changed_under_the_page_workers_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the workers read is the file the parent read (its SHA-256)."""
    monkeypatch.setattr(ingest.pdf, "MIN_PAGES_PER_WORKER", 4)
    path = tmp_path / "lang.pdf"
    _long_pdf(path)
    source = read_source(path)
    _long_pdf(path, h.GOOD_TEXT.replace(b"kommunerna", b"regionerna"))
    with pytest.raises(IngestError, match="the file changed while it was being read"):
        parse_pdf(source, workers=2)


@pytest.mark.parametrize(("memory", "cores", "expected"), [(1 << 30, 8, 1), (100 << 30, 8, 8), (3 << 30, 8, 5), (None, 4, 4)])
def test_default_workers_fit_the_available_memory(
    monkeypatch: pytest.MonkeyPatch, memory: int | None, cores: int, expected: int
) -> None:
    monkeypatch.setattr(ingest.workers, "available_memory", lambda: memory)
    monkeypatch.setattr(ingest.workers.os, "sched_getaffinity", lambda _pid: set(range(cores)))
    assert ingest.workers.default_workers() == expected

