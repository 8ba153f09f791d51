"""The database given by --db / KALLKOLL_DB through the CLI: errors opening it
are one line, and never show its password (issue 18, defect 6)."""

from __future__ import annotations

import pytest

from test_ingest import invoke

PASSWORD = "s3cret-Lösen"

# --db, and what the one line must say after the URL (masked).
UNOPENABLE = [
    ("postgresql+psycopg://kallkoll:{pw}@127.0.0.1:1/kallkoll", "postgresql+psycopg://kallkoll:***@127.0.0.1:1/kallkoll",
     "cannot open database (connection failed:"),
    ("postgresql+psycopg://kallkoll:{pw}@127.0.0.1:inte-en-port/kallkoll",
     "postgresql+psycopg://kallkoll:***@127.0.0.1:inte-en-port/kallkoll", "cannot open database URL ("),
    ("postgresql+psycopg://kallkoll:{pw}@[::1/kallkoll", "postgresql+psycopg://kallkoll:***@[::1/kallkoll",
     "cannot open database URL ("),
    ("finnsinte://kallkoll:{pw}@värd/kallkoll", "finnsinte://kallkoll:***@värd/kallkoll", "cannot open database URL ("),
    ("mysql://kallkoll:{pw}@127.0.0.1:1/kallkoll", "mysql://kallkoll:***@127.0.0.1:1/kallkoll", "cannot open database URL ("),
    ("postgresql+psycopg://kallkoll@127.0.0.1:1/kallkoll?password={pw}",
     "postgresql+psycopg://kallkoll@127.0.0.1:1/kallkoll?password=***", "cannot open database (connection failed:"),
]


@pytest.mark.parametrize(("url", "shown", "reason"), UNOPENABLE,
                         ids=["refused", "bad-port", "bad-ipv6", "unknown-dialect", "missing-driver", "query-password"])
@pytest.mark.parametrize("command", [("documents",), ("db", "info"), ("db", "upgrade"), ("search", "våld")],
                         ids=lambda c: "-".join(c))
def test_database_errors_mask_the_password_on_one_line(
    url: str, shown: str, reason: str, command: tuple[str, ...]
) -> None:
    result = invoke(*command, "--db", url.format(pw=PASSWORD))
    assert result.exit_code == 1, result.output
    assert PASSWORD not in result.output and "s3cret" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {shown}: {reason}"), lines
