"""yibao's command classes give the same values and errors as plain Typer, with less work."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pytest
import typer
import typer.core
from typer.testing import CliRunner

from yibao_cli.commands.base import App
from yibao_cli.strings import set_lang


class Colour(StrEnum):
    red = "red"
    blue = "blue"


def build(app: typer.Typer, seen: dict[str, Any]) -> typer.Typer:
    @app.command()
    def paint(
        name: Annotated[str, typer.Argument()],
        colour: Annotated[Colour, typer.Option("--colour")] = Colour.red,
        note: Annotated[str | None, typer.Option("--note")] = None,
        loud: Annotated[bool, typer.Option("--loud")] = False,
        times: Annotated[int, typer.Option("--times", min=1)] = 1,
        out: Annotated[Path | None, typer.Option("--out")] = None,
        tag: Annotated[list[str] | None, typer.Option("--tag")] = None,
    ) -> None:
        seen.update(name=name, colour=colour, note=note, loud=loud, times=times, out=out, tag=tag)

    @app.command()
    def other() -> None:
        """A second command, so that the first is a subcommand."""

    return app


ARGS = [
    ["paint", "wall"],
    ["paint", "wall", "--tag", "一"],
    ["paint", "wall", "--tag"],
    ["paint", "墙", "--colour", "blue", "--note", "两遍", "--loud"],
    ["paint", "wall", "--times", "3", "--out", "x.txt", "--tag", "a", "--tag", "b"],
    ["paint", "wall", "--colour", "green"],
    ["paint", "wall", "--times", "0"],
    ["paint", "wall", "--times", "1"],
    ["paint", "wall", "--times", "many"],
    ["paint"],
]


@pytest.mark.parametrize("args", ARGS, ids=[" ".join(a) for a in ARGS])
def test_same_values_and_errors_as_plain_typer(args: list[str]) -> None:
    # In English: in Chinese the project's classes translate Click's chrome ("用法：").
    ours: dict[str, Any] = {}
    theirs: dict[str, Any] = {}
    runner = CliRunner()
    set_lang("en")
    try:
        mine = runner.invoke(build(App(), ours), args)
    finally:
        set_lang("zh")
    settings = {"help_option_names": ["-h", "--help"]}
    plain = runner.invoke(
        build(typer.Typer(rich_markup_mode=None, context_settings=settings), theirs), args
    )
    assert (mine.exit_code, mine.output) == (plain.exit_code, plain.output)
    assert ours == theirs
    for name, value in ours.items():
        assert type(value) is type(theirs[name])


def test_plain_values_need_no_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    real = typer.core.build_runtime_param  # type: ignore[attr-defined]

    def counting(descriptor: Any) -> Any:
        built.append(descriptor.annotation)
        return real(descriptor)

    monkeypatch.setattr(typer.core, "build_runtime_param", counting)
    seen: dict[str, Any] = {}
    app = build(App(), seen)
    result = CliRunner().invoke(app, ["paint", "wall", "--colour", "blue", "--note", "n", "--loud"])
    assert result.exit_code == 0, result.output
    assert (seen["colour"], seen["note"], seen["loud"], seen["out"]) == (
        Colour.blue,
        "n",
        True,
        None,
    )
    # Nothing went to Typer's validators: the number was left at its declared default.
    assert built == []
    assert CliRunner().invoke(app, ["paint", "wall", "--times", "2"]).exit_code == 0
    assert built == [int]  # a number given: Typer range-checks it
    assert seen["times"] == 2
    built.clear()
    assert CliRunner().invoke(app, ["paint", "wall", "--out", "x.txt"]).exit_code == 0
    assert Path in built  # a given path: Typer checks it
    assert seen["out"] == Path("x.txt")


def test_every_declared_default_passes_its_own_checks() -> None:
    # A default passes through unchecked, so each command's defaults must satisfy their limits.
    from yibao_cli.cli import app

    def leaves(group: Any, path: str = "") -> Iterator[tuple[str, Any]]:
        for name, sub in group.commands.items():
            if hasattr(sub, "commands"):  # a nested group: ``case …``, ``config …``
                yield from leaves(sub, f"{path}{name} ")
            else:
                yield f"{path}{name}", sub

    checked = 0
    for name, sub in leaves(typer.main.get_command(app)):
        for param in sub.params:
            info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
            low, high = getattr(info, "min", None), getattr(info, "max", None)
            if param.default is None or (low is None and high is None):
                continue
            checked += 1
            assert low is None or param.default >= low, (name, param.name)
            assert high is None or param.default <= high, (name, param.name)
    assert checked  # search's --limit at least


def test_the_hook_fits_the_installed_typer() -> None:
    # Fails, rather than silently slowing every command, when Typer's internals change.
    from importlib.metadata import version

    from yibao_cli.commands import base

    assert base._hook_fits(), (
        f"Typer {version('typer')} changed the internals commands/base.py uses"
    )


def test_a_typer_with_other_internals_gets_its_own_validators(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from yibao_cli.commands import base

    monkeypatch.setattr(base, "_FITS", [False])
    seen: dict[str, Any] = {}
    result = CliRunner().invoke(build(App(), seen), ["paint", "wall", "--colour", "blue"])
    assert result.exit_code == 0, result.output
    assert seen["colour"] is Colour.blue
    result = CliRunner().invoke(build(App(), seen), ["paint", "wall", "--colour", "green"])
    assert result.exit_code == 2 and "green" in result.output


def test_the_supported_typer_releases_are_the_declared_ones() -> None:
    import tomllib

    from conftest import ROOT
    from yibao_cli.commands import base

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f"typer{base.TYPER_RELEASES}" in project["dependencies"]
