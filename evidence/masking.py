"""Passwords out of messages: a database URL is shown with its password masked.

In: any text that may quote a database URL (an error message, a driver's
complaint). Out: the same text with every password replaced by `***`, on one
line. Issue 18: `--db postgresql+psycopg://user:password@host/db` must never
show the password, whatever the failure (a bad port, a missing driver, a
refused connection).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MASK = "***"

# `scheme://user:password@`. The password runs to the last `@` of the
# whitespace-free run: masking too much is harmless, showing the rest of a
# password with an unencoded `@` in it is not.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^:/@\s'\"]*:)(?P<password>\S*)@")
# `?password=…` in a URL's query, and `password=…` in a libpq connection string.
_PARAMETER = re.compile(r"(?i)(?P<head>\b(?:password|passwd|pwd)\s*=\s*)(?P<password>'[^']*'|[^\s&;'\"]+)")
# Passwords this short are not searched for as plain text (they would mask
# ordinary words); the two patterns above still find them in a URL.
_MIN_LITERAL = 4


def mask_passwords(text: str, url: str | None = None) -> str:
    """`text` with the passwords of any URL in it (and the one in `url`,
    wherever it appears) masked, and its lines joined into one."""
    secrets = _passwords_of(url) if url else []
    for secret in secrets:
        text = text.replace(secret, MASK)
    text = _USERINFO.sub(lambda m: f"{m['head']}{MASK}@", text)
    text = _PARAMETER.sub(lambda m: f"{m['head']}{MASK}", text)
    return one_line(text)


def one_line(text: str) -> str:
    """A driver's multi-line message as one line (issue 18: a connection error is one line)."""
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def _passwords_of(url: str) -> list[str]:
    found = [m["password"] for m in _USERINFO.finditer(url)]
    found += [m["password"].strip("'") for m in _PARAMETER.finditer(url)]
    both = {p for p in found} | {unquote(p) for p in found}
    return sorted((p for p in both if len(p) >= _MIN_LITERAL), key=len, reverse=True)
