"""Options shared by several commands."""

from pathlib import Path
from typing import Annotated

import typer

from yibao_cli.app import complete
from yibao_cli.strings import t

JsonOption = Annotated[bool, typer.Option("--json", help=t("opt.json"))]
RegionOption = Annotated[
    str | None,
    typer.Option(
        "--region",
        "-r",
        metavar="REGION",
        help=t("opt.region"),
        autocompletion=complete.regions,
    ),
]
ProcedureArg = Annotated[
    str,
    typer.Argument(metavar="ID", help=t("arg.procedure"), autocompletion=complete.procedures),
]
FlowArg = Annotated[
    str, typer.Argument(metavar="ID", help=t("arg.flow"), autocompletion=complete.flows)
]
AnswerOption = Annotated[
    list[str] | None,
    typer.Option("--answer", "-a", metavar="KEY=VALUE", help=t("opt.answer"), show_default=False),
]
AnswersFileOption = Annotated[
    Path | None,
    typer.Option("--answers", metavar="FILE.yaml", help=t("opt.answers"), show_default=False),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="YYYY-MM-DD", help=t("opt.as_of"), show_default=False),
]
