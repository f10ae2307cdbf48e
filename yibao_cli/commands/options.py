"""Options shared by several commands."""

from typing import Annotated

import typer

from yibao_cli.strings import t

JsonOption = Annotated[bool, typer.Option("--json", help=t("opt.json"))]
RegionOption = Annotated[
    str | None, typer.Option("--region", "-r", metavar="地区", help=t("opt.region"))
]
ProcedureArg = Annotated[str, typer.Argument(metavar="ID", help=t("arg.procedure"))]
