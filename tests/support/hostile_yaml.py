"""Builders of hostile Markdown front matter (issue 18, defect 3): YAML alias
bombs ("billion laughs" with anchors and aliases), deep nesting and huge
values. Each returns the file's text; tests write it to tmp_path.
"""

from __future__ import annotations


def alias_bomb(levels: int = 9, width: int = 9, key: str = "rubrik") -> str:
    """`a0: &a0 [lol…]`, each level a list of `width` aliases of the one
    before: width**levels strings (9**9 ≈ 387 million) from about 400 bytes."""
    lines = ["---", "beteckning: 2001:453", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(width))}]")
    lines += [f"{key}: *a{levels - 1}", "---", "", "Lagtext.", ""]
    return "\n".join(lines)


def merge_key_alias() -> str:
    """An alias through a merge key (`<<: *bas`), the usual way to reuse a mapping."""
    return "---\nbas: &bas {rubrik: Lag}\nlag:\n  <<: *bas\nbeteckning: 2001:453\nrubrik: Lag\n---\n\nText.\n"


def deep_nesting(depth: int = 100_000) -> str:
    """`rubrik: [[[[…]]]]`: PyYAML composes nested collections by recursion."""
    return f"---\nbeteckning: 2001:453\nrubrik: {'[' * depth}{']' * depth}\n---\n\nText.\n"


def long_value(chars: int = 100_000) -> str:
    """A plain scalar far longer than any real title."""
    return f"---\nbeteckning: 2001:453\nrubrik: {'x' * chars}\n---\n\nText.\n"
