"""``yibao guide ID``: a wizard, on a terminal or from answers given on the command line."""

from typing import Annotated

import typer

from yibao_cli.app import complete
from yibao_cli.commands.options import (
    AnswerOption,
    AnswersFileOption,
    JsonOption,
    RegionOption,
)
from yibao_cli.strings import t

DefaultsOption = Annotated[bool, typer.Option("--defaults", help=t("opt.defaults"))]
ResumeOption = Annotated[bool, typer.Option("--resume", help=t("opt.resume"))]
SaveOption = Annotated[
    str | None, typer.Option("--save", metavar="NAME", help=t("opt.save"), show_default=False)
]
IcsOption = Annotated[
    str | None,
    typer.Option("--ics", metavar="FILE", help=t("opt.guide_ics"), show_default=False),
]
ForceOption = Annotated[bool, typer.Option("--force", "-f", help=t("opt.force"))]
GuideArg = Annotated[
    str | None,
    typer.Argument(
        metavar="[ID]", help=t("arg.guide"), show_default=False, autocompletion=complete.flows
    ),
]


def guide(
    procedure: GuideArg = None,
    answer: AnswerOption = None,
    answers_file: AnswersFileOption = None,
    defaults: DefaultsOption = False,
    resume: ResumeOption = False,
    region: RegionOption = None,
    json_output: JsonOption = False,
    save: SaveOption = None,
    ics: IcsOption = None,
    force: ForceOption = False,
) -> None:
    """Run the wizard of one procedure and print the checklist that fits the answers."""
    if procedure is None:  # the menu on a terminal, else the list of wizards
        from yibao_cli.app import walkthrough

        walkthrough.no_id()
        menu()
        return
    if procedure == "estimate":  # the 估算能报多少 wizard works out an estimate, not a checklist
        from yibao_cli.app import estimate as estimation

        estimation.guide(answer or [], json_output)
        return
    from yibao_cli.app import walkthrough

    walkthrough.run(
        walkthrough.Request(
            procedure,
            tuple(answer or ()),
            answers_file,
            defaults,
            resume,
            region,
            json_output,
            save,
            walkthrough.IcsTarget(ics, force) if ics is not None else None,
        )
    )


def menu() -> None:
    """The main menu of ``yibao`` on a terminal: every task, search, and back after each."""
    from yibao_cli.app import menu as main_menu

    main_menu.run()
