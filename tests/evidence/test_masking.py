"""evidence/masking.py: passwords in URLs and drivers' messages are masked (issue 18, defect 6)."""

from __future__ import annotations

import pytest

from evidence.masking import mask_passwords

CASES = [
    ("postgresql+psycopg://u:hemligt@host/db", None, "postgresql+psycopg://u:***@host/db"),
    # An unencoded @ or / in the password: everything up to the last @ is masked.
    ("postgresql://u:p@ss/ord@host/db: failed", None, "postgresql://u:***@host/db: failed"),
    ("postgresql://u@host/db?sslmode=require&password=hemligt", None, "postgresql://u@host/db?sslmode=require&password=***"),
    ("connection to host=h password='hemligt ord' failed", None, "connection to host=h password=*** failed"),
    # The password from the URL given, wherever a driver quotes it, also percent-decoded.
    ('authentication failed for "hemligt/1"', "postgresql://u:hemligt%2F1@h/db", 'authentication failed for "***"'),
    ("no URL here: line one\n   line two\n", None, "no URL here: line one; line two"),
    ("sqlite:///tmp/k.db", None, "sqlite:///tmp/k.db"),
]


@pytest.mark.parametrize(("text", "url", "expected"), CASES)
def test_mask_passwords(text: str, url: str | None, expected: str) -> None:
    assert mask_passwords(text, url) == expected

