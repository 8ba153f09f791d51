"""YAML front matter (`---` … `---` at the top of a Markdown file), read safely.

In: the YAML text between the `---` lines and the file it came from. Out: the
mapping, with scalars kept as written, or a CorruptFileError /
UnsafeInputError whose reason is one line.

Issue 18 (defect 3): aliases let 418 bytes of YAML expand to 2.9 GB (a
"billion laughs" of `&a [*a, *a, …]`), and an SFS file given to `catalogue
import` stored a 312 MB title. Front matter is `key: value` lines: it needs no
aliases, so an alias (and a merge key, which is one) is refused outright;
a value is at most MAX_VALUE_CHARS characters, the front matter at most
MAX_FRONT_MATTER_CHARS, and collections nest at most MAX_DEPTH deep (PyYAML
composes nested collections by recursion).
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node, ScalarNode

from ingest.errors import CorruptFileError, UnsafeInputError

# The largest front matter in the corpus is SFS 1962:700's amendment register,
# 57 KB with values of at most 371 characters; these limits are far above it.
MAX_FRONT_MATTER_CHARS = 2_000_000
MAX_VALUE_CHARS = 20_000
MAX_DEPTH = 32


class FrontMatterRefused(ComposerError):
    """The YAML is well-formed but asks for something front matter never needs."""


class FrontMatterLoader(yaml.SafeLoader):
    """yaml.SafeLoader that keeps scalars as written and refuses aliases.

    Front-matter values end up as strings anyway, and YAML 1.1's implicit
    typing damages them: an unquoted `beteckning: 2021:12` is the base-60
    integer 121272, `nr: 007` loses its zeros, `svar: no` becomes False. Only
    null (an empty value) and merge keys are still resolved."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise FrontMatterRefused(
                None, None, f"an alias (*{event.anchor}) is refused: front matter is written out in full, "
                "and aliases can expand to gigabytes", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise FrontMatterRefused(
                    None, None, f"collections nest more than {MAX_DEPTH} deep", self.peek_event().start_mark
                )
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if isinstance(node, ScalarNode) and len(node.value) > MAX_VALUE_CHARS:
            raise FrontMatterRefused(
                None, None, f"a value of {len(node.value):,} characters (limit {MAX_VALUE_CHARS:,})", node.start_mark
            )
        return node


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag.rsplit(":", 1)[-1] in ("null", "merge")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_front_matter(path: str, yaml_text: str, first_line: int = 2) -> object:
    """The YAML between the `---` lines (which starts on line `first_line` of
    the file); None when it is empty. Refusals name the line and column."""
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise UnsafeInputError(
            path, f"front matter of {len(yaml_text):,} characters (limit {MAX_FRONT_MATTER_CHARS:,}); refused"
        )
    try:
        return yaml.load(yaml_text, Loader=FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + first_line}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if isinstance(exc, FrontMatterRefused):
            raise UnsafeInputError(path, f"YAML front matter refused{where}: {problem}") from None
        context = getattr(exc, "context", None)
        reason = f"{context}: {problem}" if context else problem
        raise CorruptFileError(
            path, f"malformed YAML front matter{where}: {reason} (fix the YAML between the '---' lines)"
        ) from None
