"""A run builds only the command it names: that command is the one the whole tree holds."""

from __future__ import annotations

from typing import Any

import pytest

from yibao_cli import cli


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["show", "replace-card"], "show"),
        (["--lang", "en", "show", "replace-card"], "show"),
        (["--catalogue", "show", "list"], "list"),  # the folder's name is not the command
        (["--debug", "balance-channels"], "balance-channels"),
        (["case", "show", "1"], "case"),
        (["config", "show"], "config"),
        (["shwo"], None),  # misspelt: the whole tree, for the nearest names
        (["--help"], None),
        ([], None),
        (["--", "show"], None),
    ],
)
def test_the_invoked_command_is_read_from_the_arguments(args: list[str], name: str | None) -> None:
    assert cli.invoked(args) == name


def test_completion_builds_the_whole_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_YIBAO_COMPLETE", "complete_bash")
    assert cli.invoked(["show"]) is None


def describe(command: Any) -> tuple[Any, ...]:
    params = [(p.name, tuple(p.opts), getattr(p, "help", None)) for p in command.params]
    subs = getattr(command, "commands", {})
    return (command.help, params, {name: describe(sub) for name, sub in subs.items()})


def test_each_lean_tree_holds_its_command_as_the_whole_tree_does() -> None:
    # Built afresh: the trees this process cached may speak another language by now (--lang).
    build = cli.command.__wrapped__
    whole = build()
    names = cli._names()
    assert names == set(whole.commands)  # every command is reachable by its name
    for name in names:
        lean = build(name)
        assert set(lean.commands) == {name}
        assert describe(lean.commands[name]) == describe(whole.commands[name])
        assert describe(lean)[:2] == describe(whole)[:2]  # the root's own options
