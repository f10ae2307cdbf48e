"""The program's entry point: a wizard asked for on a terminal starts at once, the rest via ``cli``.

It imports no command-line library: ``yibao guide ID`` on a terminal, the commonest way into a
wizard, goes straight to its first question (see ``quick``), while everything else is handed to
the command tree in ``cli``. Typer and Rich are imported only when something needs them, after
the answers for a wizard.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from yibao_cli import session
from yibao_cli.app import running
from yibao_cli.errors import ExitCode
from yibao_cli.strings import lang_from_env, set_lang


def main(argv: list[str] | None = None) -> None:
    """Run the program (``argv``: the arguments after its name; None: the process's own)."""
    running.main(argv, _run)


def _run(argv: list[str]) -> int:
    """Run the command ``argv`` names: a wizard's first question at once, else through ``cli``."""
    wizard = quick(argv, os.environ)
    if wizard is not None:
        return _wizard(wizard)
    from yibao_cli import cli

    return cli.run(argv)


def quick(argv: Sequence[str], env: Mapping[str, str]) -> str | None:
    """The procedure of ``yibao guide ID`` typed on a terminal, with nothing else; else None.

    That command is answered here without building the command tree: Typer and Rich cost more
    than the rest of the way to the first question. Its result is the command tree's own (the
    same function with the same values, errors said the same way); any other word, option or
    value (``--help``, ``--region``, ``estimate``, completion) goes to ``cli``.
    """
    if len(argv) != 2 or argv[0] != "guide" or env.get("_YIBAO_COMPLETE"):
        return None
    procedure = argv[1]
    if not procedure or procedure.startswith("-") or procedure == "estimate":
        return None
    from yibao_cli.app.context import interactive

    return None if running.undecodable(procedure) or not interactive() else procedure


def _wizard(procedure: str) -> int:
    """Run ``yibao guide PROCEDURE`` as the command tree does, root options left out."""
    set_lang(lang_from_env(os.environ))  # as ``--lang`` left out does
    session.SETTINGS.catalogue_dir = None
    session.SETTINGS.debug = False
    session.SETTINGS.said.clear()
    from yibao_cli.app import walkthrough

    try:
        walkthrough.run(walkthrough.Request(procedure))
    except EOFError:  # end of input: the command tree prints a line, then stops as on Ctrl-C
        running.write_err("\n")
        raise KeyboardInterrupt from None
    return ExitCode.OK
