"""Option and argument values converted without pydantic where the answer is certain (issue 15: start-up).

In: the command-line values typer hands a parameter (a string, the default,
or None). Out: the same Python value typer's own conversion gives.

Why: typer converts every value of every option through a pydantic
TypeAdapter, built on first use. Importing pydantic and building the
adapters took `kallkoll search` and `documents` about 80–90 ms of CPU
before any work was done, for values that are plain strings, small
integers and fixed choices. `LightGroup` (the class of every typer app in
cli/main.py) gives each parameter of the command being run a converter that
answers those cases itself:

- None (the option not given) stays None, as typer's does;
- `str` values stay as they are;
- `int` and `float` values written plainly (`2018`, `-3`, `0.5`) become the
  number when it is inside the option's `min`/`max`;
- a choice (an Enum) is matched by typer's own function (`coerce_cli_choice`).

Everything else — a value it is not sure of (`1_000`, ` 7`, out of range,
not a choice), paths, lists, flags — goes to typer's own converter, which
then imports pydantic and says what is wrong in its own words. So an
error message or an unusual value is converted exactly as before; only the
common case is quicker. If a typer release renames the internals used
here, nothing is installed and typer converts everything as it always
did (slower, never different); tests/cli/test_params.py compares both
converters on a battery of values and tests/cli/test_startup_imports.py
fails when pydantic comes back.
"""

from __future__ import annotations

import math
import re
from enum import Enum
from typing import Any

from typer.core import TyperGroup

# Plainly written numbers only: what int() / float() read exactly as pydantic does.
_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_UNSURE = object()


class LightConversion:
    """A parameter's converter: the certain cases here, the rest by typer."""

    def __init__(self, param: Any) -> None:
        self.descriptor = param.type_descriptor
        self.info = self.descriptor.parameter_info
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if param.nargs == 1 and not param.multiple:
            if value is None:
                return None  # as typer's RuntimeParam.coerce: no conversion, no adapter
            quick = self._quick(value, ctx)
            if quick is not _UNSURE:
                return quick
        return self.typer_conversion().coerce(value, param=param, ctx=ctx)

    def typer_conversion(self) -> Any:
        """typer's own converter for this parameter (built, and pydantic imported, on first need)."""
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer

    def _quick(self, value: Any, ctx: Any) -> Any:
        annotation = self.descriptor.annotation
        if annotation is str:
            return value if type(value) is str else _UNSURE
        if annotation is int:
            if type(value) is str and _INT.fullmatch(value):
                return self._in_range(int(value))
            return self._in_range(value) if type(value) is int else _UNSURE
        if annotation is float:
            if type(value) is str and _FLOAT.fullmatch(value):
                return self._in_range(float(value))
            return self._in_range(value) if type(value) is float else _UNSURE
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            from typer._param_types import coerce_cli_choice

            try:
                return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=self.info.case_sensitive,
                                         ctx=ctx)
            except ValueError:
                return _UNSURE  # typer says which values there are, in its words
        return _UNSURE

    def _in_range(self, number: int | float) -> Any:
        if isinstance(number, float) and not math.isfinite(number):
            return _UNSURE
        if self.info.clamp:
            return _UNSURE
        if self.info.min is not None and number < self.info.min:
            return _UNSURE
        if self.info.max is not None and number > self.info.max:
            return _UNSURE
        return number


def _typer_has_its_internals() -> bool:
    """Whether this typer converts values the way LightConversion stands in for."""
    try:
        from typer._coercion import build_runtime_param  # noqa: F401
        from typer._param_types import coerce_cli_choice  # noqa: F401
        from typer.core import _TyperParameter
    except ImportError:
        return False
    return hasattr(_TyperParameter, "get_runtime_param")


_SUPPORTED = _typer_has_its_internals()


def install(command: Any, ctx: Any) -> None:
    """Give each parameter of `command` a LightConversion (once), its help
    option too (made here with `ctx`, the group's context, whose help option
    names a command's context inherits); nothing when typer's parameters no
    longer look as expected."""
    if not _SUPPORTED:
        return
    for param in command.get_params(ctx):
        try:
            if (getattr(param, "_runtime_param", _UNSURE) is None and hasattr(param, "get_runtime_param")
                    and param.type_descriptor.file_annotation is None
                    and param.type_descriptor.parameter_info is not None):
                param._runtime_param = LightConversion(param)
        except AttributeError:  # another typer's parameter: typer converts it itself
            continue


class LightGroup(TyperGroup):
    """A typer group whose own parameters and whose commands, when run, convert with LightConversion."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        install(self, ctx)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            install(command, ctx)
        return command
