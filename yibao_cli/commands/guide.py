"""``yibao guide ID``: a wizard, on a terminal or from answers given on the command line."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Annotated

import typer

from yibao_cli.commands.options import JsonOption, RegionOption
from yibao_cli.strings import t

FlowArg = Annotated[str, typer.Argument(metavar="ID", help=t("arg.flow"))]
AnswerOption = Annotated[
    list[str] | None,
    typer.Option("--answer", "-a", metavar="KEY=VALUE", help=t("opt.answer"), show_default=False),
]
AnswersFileOption = Annotated[
    Path | None,
    typer.Option("--answers", metavar="FILE.yaml", help=t("opt.answers"), show_default=False),
]
DefaultsOption = Annotated[bool, typer.Option("--defaults", help=t("opt.defaults"))]
ResumeOption = Annotated[bool, typer.Option("--resume", help=t("opt.resume"))]
SaveOption = Annotated[
    str | None, typer.Option("--save", metavar="NAME", help=t("opt.save"), show_default=False)
]


def today() -> datetime.date:
    """The date that date answers refer to (one place, so tests can fix it)."""
    return datetime.date.today()


def interactive() -> bool:
    """Return True when both stdin and stdout are terminals, so questions can be asked."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def guide(
    procedure: FlowArg,
    answer: AnswerOption = None,
    answers_file: AnswersFileOption = None,
    defaults: DefaultsOption = False,
    resume: ResumeOption = False,
    region: RegionOption = None,
    json_output: JsonOption = False,
    save: SaveOption = None,
) -> None:
    """Run the wizard of one procedure and print the checklist that fits the answers."""
    from yibao_cli.commands import walkthrough

    walkthrough.run(
        procedure, answer or [], answers_file, defaults, resume, region, json_output, save
    )


def menu() -> None:
    """The main menu of ``yibao`` on a terminal: pick a task, then run its wizard."""
    from yibao_cli.commands import walkthrough

    chosen = walkthrough.menu()
    if chosen is not None:
        guide(chosen)
