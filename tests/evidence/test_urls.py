"""evidence/urls.py: only plain http(s) links to a host are handed on (issue 18, item 13)."""

from __future__ import annotations

import pytest

from evidence.urls import safe_link

KEPT = [
    "https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/2019/06/sou-201943/",
    "http://rkrattsdb.gov.se/SFSdoc/01/010453.pdf",
    "HTTPS://WWW.BRA.SE/a?b=1#c",
    "https://[::1]:8080/x",
]
REFUSED = [
    None,
    "",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "//evil.example/x",
    "/rattsliga-dokument/x",
    "https://www.regeringen.se@evil.example/",
    "https://user:pass@evil.example/",
    "https://evil.example\\@www.regeringen.se/",
    "https://www.regeringen.se/\"onmouseover=\"alert(1)",
    "https://www.regeringen.se/<script>",
    "https://www.regeringen.se/\nSet-Cookie: x",
    "https:///no-host",
    "https://host:port/x",
]


@pytest.mark.parametrize("url", KEPT)
def test_plain_links_are_kept(url: str) -> None:
    assert safe_link(url) == url


@pytest.mark.parametrize("url", REFUSED)
def test_other_links_are_dropped(url: str | None) -> None:
    assert safe_link(url) is None
