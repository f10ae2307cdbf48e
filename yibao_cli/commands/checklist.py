"""``yibao checklist ID``: a printable checklist fitted to the wizard's answers."""

from __future__ import annotations

from typing import Annotated

import typer

from yibao_cli.app import complete
from yibao_cli.commands.options import AnswerOption, AnswersFileOption, FlowArg, RegionOption
from yibao_cli.strings import t

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-F",
        metavar="text|markdown|html|json",
        help=t("opt.format"),
        autocompletion=complete.choices(("text", "markdown", "html", "json"), "out.format"),
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help=t("opt.output"), show_default=False),
]
StartOption = Annotated[
    str | None,
    typer.Option("--start", "-s", metavar="YYYY-MM-DD", help=t("opt.start"), show_default=False),
]
DefaultsOption = Annotated[bool, typer.Option("--defaults", help=t("opt.cl_defaults"))]
ForceOption = Annotated[bool, typer.Option("--force", "-f", help=t("opt.force"))]
LargeOption = Annotated[bool, typer.Option("--large", help=t("opt.large"))]
AsciiOption = Annotated[bool, typer.Option("--ascii", help=t("opt.ascii"))]
BriefOption = Annotated[bool, typer.Option("--brief", help=t("opt.brief"))]
JsonOption = Annotated[bool, typer.Option("--json", help=t("opt.cl_json"))]


def checklist(
    procedure: FlowArg,
    answer: AnswerOption = None,
    answers_file: AnswersFileOption = None,
    defaults: DefaultsOption = False,
    start: StartOption = None,
    region: RegionOption = None,
    output_format: FormatOption = "text",
    output: OutputOption = None,
    force: ForceOption = False,
    large: LargeOption = False,
    ascii_only: AsciiOption = False,
    brief: BriefOption = False,
    json_output: JsonOption = False,
) -> None:
    """Print a checklist for one procedure, fitted to the answers, ready to print."""
    from yibao_cli.app import printout

    printout.run(
        printout.Request(
            query=procedure,
            answers=list(answer or []),
            answers_file=answers_file,
            defaults=defaults,
            start=start,
            region=region,
            form="json" if json_output else output_format,
            output=output,
            force=force,
            large=large,
            ascii_only=ascii_only,
            brief=brief,
        )
    )
