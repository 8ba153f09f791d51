"""Links kallkoll hands on (the HTML report's hrefs, CSL-JSON's URL field).

In: a URL as a catalogue or a document gave it. Out: the URL when it is a
plain http(s) link to a host, else None. Issue 8 kept `javascript:` out of
the report; issue 18 found CSL-JSON passing it on, and both passing a URL
with user information (`https://www.regeringen.se@evil.example/`, which
browsers open at evil.example while it reads as regeringen.se).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https")
# Whitespace and control characters, quotes and angle brackets (which end an
# attribute or a tag), and the backslash (browsers read it as '/' in an http
# URL, so 'https://evil.example\@regeringen.se' has two readings).
_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x20\x7f-\x9f\"'<>\\`]")


def safe_link(url: str | None) -> str | None:
    """`url` when it is http(s) with a host and no user information; else None."""
    if not isinstance(url, str) or not url or _UNSAFE_CHARACTERS.search(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname or "@" in parts.netloc:
        return None
    return url
