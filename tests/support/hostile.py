"""Builders of hostile XML/HTML files: external entities (XXE), entity bombs,
external DTDs. Each returns the file's bytes; tests write them to tmp_path.

The attacks follow the OWASP XML External Entity Prevention Cheat Sheet and
the classic "billion laughs" (CVE-2003-1564) and quadratic-blowup payloads.
"""

from __future__ import annotations

PASSWD = "/etc/passwd"


def xxe_system(target: str = PASSWD, root: str = "rapport") -> bytes:
    """An external general entity that would inline a local file."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{target}">]>\n'
        f"<{root}><p>Innehåll: &xxe;</p></{root}>\n"
    ).encode()


def xxe_public(url: str = "http://127.0.0.1:9/evil.ent") -> bytes:
    """An external entity with a PUBLIC identifier and a network URL."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE r [\n  <!ENTITY ext PUBLIC "-//Evil//ENTITIES x//EN" "{url}">\n]>\n'
        "<r><p>&ext;</p></r>\n"
    ).encode()


def xxe_parameter(url: str = "http://127.0.0.1:9/evil.dtd") -> bytes:
    """A parameter entity that pulls in a remote DTD (out-of-band XXE)."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE r [<!ENTITY % remote SYSTEM "{url}"> %remote;]>\n'
        "<r><p>text</p></r>\n"
    ).encode()


def billion_laughs(levels: int = 10, width: int = 10) -> bytes:
    """lol1 = ten lol, lol2 = ten lol1, …: 10**levels copies if expanded."""
    decls = ['<!ENTITY lol0 "lol">']
    for i in range(1, levels):
        decls.append(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * width}">')
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  '
        + "\n  ".join(decls)
        + f"\n]>\n<lolz><p>&lol{levels - 1};</p></lolz>\n"
    ).encode()


def quadratic_blowup(size: int = 50_000, references: int = 2_000) -> bytes:
    """One long internal entity referenced many times: no nesting, but
    size * references characters if expanded."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE r [<!ENTITY a "{"a" * size}">]>\n'
        f"<r><p>{'&a;' * references}</p></r>\n"
    ).encode()


def many_small_references(value_size: int = 4000, references: int = 400) -> bytes:
    """A plain entity under the length limit, referenced often enough to pass
    the expansion budget (value_size * references > 1,000,000)."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE r [<!ENTITY a "{"a" * value_size}">]>\n'
        f"<r><p>{'&a;' * references}</p></r>\n"
    ).encode()


def xxe_utf16(target: str = PASSWD) -> bytes:
    """The XXE payload in UTF-16 with a byte-order mark, to dodge byte scanners."""
    return xxe_system(target).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")


def xxe_html(target: str = PASSWD) -> bytes:
    """An HTML page whose doctype declares an external entity."""
    return (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{target}">]>\n'
        "<html><head><title>Sida</title></head><body><p>&xxe;</p></body></html>\n"
    ).encode()


def external_dtd(dtd_url: str) -> bytes:
    """A document whose external DTD subset would define `&secret;`."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE r SYSTEM "{dtd_url}">\n'
        "<r><p>Före &secret; efter.</p></r>\n"
    ).encode()


def entity_in_comment(target: str = PASSWD) -> bytes:
    """An XXE declaration that only appears inside a comment: harmless text."""
    return (
        '<?xml version="1.0"?>\n'
        f'<!-- example of an attack: <!ENTITY xxe SYSTEM "file://{target}"> -->\n'
        "<r><p>Ofarlig text.</p></r>\n"
    ).encode()


def deep_nesting(depth: int, tag: str = "div", html: bool = False) -> bytes:
    """`depth` nested elements around one word (libxml2 stops at 256 without huge_tree)."""
    inner = f"<{tag}>" * depth + "djupt" + f"</{tag}>" * depth
    if html:
        return f"<html><body>{inner}</body></html>".encode()
    return f"<r>{inner}</r>".encode()
