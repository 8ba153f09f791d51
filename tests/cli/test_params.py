"""cli/params.py: the light converter gives what typer's own (pydantic) converter gives, or leaves it to it.

For every parameter of every command and a battery of values — plain and
unusual numbers, out of range, choices in other cases, text — the value
LightConversion is sure of equals, in value and type, typer's conversion of
the same value; where it is not sure it hands the value on, so typer
converts it (or says what is wrong) itself. And an error reads as before.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from cli.main import app
from cli.params import _UNSURE, LightConversion, install

VALUES: list[Any] = [None, "", "0", "1", "-1", "+3", "007", "4", "5", "20", "2018", "-0", "1.5", "0.5", "1.0", ".5",
                     "5.", "1e3", "1E-2", "inf", "nan", " 7", "7 ", "1_000", "0x10", "abc", "١٢", "１２", "Brå",
                     "våld i nära relationer", "info", "INFO", "Info", "report", "assignment", "csl-json", "percent",
                     "verified", "x\x00", "a\udcffb", "99999999999999999999999", "0001", "2.5e-3", 0, 1, 20, -5, 0.5, 2.0,
                     True, False]


def every_parameter() -> list[tuple[str, Any, Any]]:
    """(command path, command, parameter) for the whole app, help options included."""
    root = typer.main.get_command(app)
    out = []

    def walk(command: Any, path: str, ctx: Any) -> None:
        for param in command.get_params(ctx):
            out.append((f"{path} {param.name}", command, param))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}", ctx)

    with root.make_context("kallkoll", ["documents"], resilient_parsing=True) as ctx:
        walk(root, "kallkoll", ctx)
    return out


@pytest.mark.parametrize(("where", "command", "param"), every_parameter(), ids=lambda x: x if isinstance(x, str) else "")
def test_light_conversion_agrees_with_typer(where: str, command: Any, param: Any) -> None:
    if param.type_descriptor.file_annotation is not None:
        pytest.skip("files are typer's")
    light = LightConversion(param)
    typer_own = light.typer_conversion()
    for value in VALUES:
        expected, got = outcome(typer_own, value, param), outcome(light, value, param)
        assert got == expected and type(got) is type(expected), (where, value, got, expected)
        if isinstance(got, Enum):
            assert got is expected
    if param.type_descriptor.annotation in (str, int, float) and param.nargs == 1:
        # The plain values of its type never reach pydantic.
        assert any(light._quick(v, None) is not _UNSURE for v in VALUES), where


def outcome(converter: Any, value: Any, param: Any) -> Any:
    """The converted value, or the error's message."""
    try:
        return converter.coerce(value, param=param, ctx=None)
    except typer.BadParameter as exc:
        return f"error: {exc.format_message()}"


def test_installed_on_the_command_that_runs(demo_sqlite_url: str) -> None:
    root = typer.main.get_command(app)
    with root.make_context("kallkoll", ["search", "x"], resilient_parsing=True) as ctx:
        command = root.get_command(ctx, "search")
        assert all(isinstance(p._runtime_param, LightConversion) for p in command.get_params(ctx)
                   if p.type_descriptor.file_annotation is None)
        install(command, ctx)  # twice: the one already there stays
        assert all(isinstance(p._runtime_param, LightConversion) for p in command.get_params(ctx)
                   if p.type_descriptor.file_annotation is None)


@pytest.mark.parametrize(("args", "message"), [
    (["search", "våld", "--limit", "0"], "Invalid value for '--limit': Input should be greater than or equal to 1"),
    (["search", "våld", "--from", "x"], "Invalid value for '--from': Input should be a valid integer"),
    (["measures", "search", "våld", "--objective", "5"], "Input should be less than or equal to 4"),
    (["search", "våld", "--kind", "bogus"], "Invalid value for '--kind': 'bogus' is not one of 'report'"),
    (["verify", "1", "--min-confidence", "2"], "Input should be less than or equal to 1"),
])
def test_errors_read_as_typer_writes_them(demo_sqlite_url: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, [*args, "--db", demo_sqlite_url])
    assert result.exit_code == 2
    assert message in result.output and "Value error" not in result.output


def test_values_reach_the_command(demo_sqlite_url: str) -> None:
    result = CliRunner().invoke(app, ["search", "våld", "--limit", "1", "--from", "+2000", "--to", "2030",
                                      "--kind", "report", "--json", "--db", demo_sqlite_url])
    assert result.exit_code == 0, result.output
    assert result.output.count('"document_id"') <= 1
