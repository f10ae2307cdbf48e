"""Options shared by several commands."""

from pathlib import Path
from typing import Annotated

import typer

from yibao_cli.strings import t

JsonOption = Annotated[bool, typer.Option("--json", help=t("opt.json"))]
RegionOption = Annotated[
    str | None, typer.Option("--region", "-r", metavar="地区", help=t("opt.region"))
]
ProcedureArg = Annotated[str, typer.Argument(metavar="ID", help=t("arg.procedure"))]
FlowArg = Annotated[str, typer.Argument(metavar="ID", help=t("arg.flow"))]
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
