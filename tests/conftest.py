"""Shared fixtures: where the real corpus lives, and skip rules when it is absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_DIR = TESTS_DIR.parent
# Support modules (the PDF typesetter, builders of hostile files) live in tests/support.
sys.path.insert(0, str(TESTS_DIR / "support"))

SHARED_CORPUS = PROJECT_DIR.parent / "shared" / "corpus"
DEMO_CORPUS = PROJECT_DIR / "corpus"
FOLLOWUP_TXT = SHARED_CORPUS / "followup" / "uppfoljning-mans-vald-mot-kvinnor-2024.txt"


def shared_path(*parts: str) -> Path:
    """A path inside ../shared/corpus, or skip the test with the reason."""
    p = SHARED_CORPUS.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"real corpus not available: {p} is absent (CI has ../shared/corpus beside the project)")
    return p


@pytest.fixture
def shared_corpus() -> Path:
    return shared_path()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kallkoll.db'}"
