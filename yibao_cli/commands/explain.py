"""``yibao explain-number [NUMBER]``: what a number is, whether it checks out, what it says.

The number is masked in every output and never stored, cached or logged. Left out, it is read
from standard input (without echo on a terminal), which keeps it out of the shell's history.
Exit status: 0 when the number is valid or cannot be checked, 1 when it is invalid or unknown.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption
from yibao_cli.errors import ExitCode, UsageError
from yibao_cli.render import jsonout
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.regions.divisions import Division

NumberArg = Annotated[
    str | None,
    typer.Argument(metavar="[NUMBER]", help=t("arg.number"), show_default=False),
]


def explain_number(number: NumberArg = None, json_output: JsonOption = False) -> None:
    """Explain a social security number, card number or medical insurance card number."""
    from yibao_cli.numbers import explain as numbers

    text = number if number is not None else _read()
    if not numbers.clean(text):
        raise UsageError(t("num.empty"))
    cat = session.catalogue()
    result = numbers.explain(text, _history, datetime.date.today())
    described = cat.number_format(result.kind)
    if json_output:
        print_json(jsonout.number(result, described, cat.ledger(), context.sources_day()))
    else:
        from yibao_cli.catalogue.citing import Citations
        from yibao_cli.render.numbers import render

        render(stdout(), result, described, Citations(cat.ledger(), context.sources_day()))
    # Like grep, say in the exit code whether the number holds up, for scripts.
    if result.valid is False or result.kind == "other":
        raise typer.Exit(ExitCode.ERROR)


def _history(code: str) -> Sequence[Division]:  # only called once a region is needed
    from yibao_cli.regions import divisions

    return divisions.load().history(code)


def _read() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(t("num.prompt"))
    return sys.stdin.readline()
