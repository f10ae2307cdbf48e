"""Options shared by several commands."""

import datetime
from typing import Annotated

import typer

from yibao_cli.errors import UsageError
from yibao_cli.strings import t

JsonOption = Annotated[bool, typer.Option("--json", help=t("opt.json"))]
RegionOption = Annotated[
    str | None, typer.Option("--region", "-r", metavar="地区", help=t("opt.region"))
]
ProcedureArg = Annotated[str, typer.Argument(metavar="ID", help=t("arg.procedure"))]


def read_day(text: str) -> datetime.date:
    """Read a YYYY-MM-DD date typed on the command line.

    Raises:
        UsageError: The text is not such a date, or names a day that does not exist.
    """
    from yibao_cli import timeline

    try:
        return timeline.parse_day(text)
    except ValueError as exc:
        key = "err.date_day" if exc.args == ("day",) else "err.date_form"
        raise UsageError(t(key, text=text)) from None
