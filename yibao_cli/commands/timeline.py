"""``yibao timeline ID``: expected dates of each step, optionally as calendar reminders."""

import datetime
from typing import Annotated

import typer

from yibao_cli.app import context
from yibao_cli.app.context import start_date
from yibao_cli.app.lookup import procedure_view
from yibao_cli.app.output import STDOUT, check_writable, note, print_json, stdout, write_file
from yibao_cli.catalogue import model
from yibao_cli.commands.options import JsonOption, ProcedureArg, RegionOption
from yibao_cli.errors import UsageError
from yibao_cli.render import jsonout
from yibao_cli.strings import lang, t

StartOption = Annotated[
    str | None,
    typer.Option("--start", "-s", metavar="YYYY-MM-DD", help=t("opt.start"), show_default=False),
]
IcsOption = Annotated[
    str | None, typer.Option("--ics", metavar="FILE", help=t("opt.ics"), show_default=False)
]
ForceOption = Annotated[bool, typer.Option("--force", "-f", help=t("opt.force"))]


def timeline(
    procedure: ProcedureArg,
    start: StartOption = None,
    region: RegionOption = None,
    json_output: JsonOption = False,
    ics: IcsOption = None,
    force: ForceOption = False,
) -> None:
    """Show when each step is expected to be done, counted in China's working days."""
    from yibao_cli.dates import ics as calendar_file
    from yibao_cli.dates import timeline as planner

    if ics == STDOUT and json_output:
        raise UsageError(t("err.ics_json"))
    day = start_date(start, context.today())
    view = procedure_view(procedure, region)
    plan = planner.plan(day, planner.from_view(view), planner.calendar_of(view))
    if ics is not None:
        items = calendar_file.reminders(view, plan)
        if not items:
            raise UsageError(t("err.ics_nothing", title=model.text(view.procedure.title, lang())))
        check_writable(ics, force)  # fail before printing anything
        data = calendar_file.calendar(items, datetime.datetime.now(datetime.UTC))
        path = write_file(ics, data, force)
        if path is None:
            return
        note(t("tl.written", path=path, count=len(items)))
    if json_output:
        print_json(jsonout.timeline(view, plan))
        return
    from yibao_cli.page.procedure import timeline_page
    from yibao_cli.render.page import render

    render(stdout(), timeline_page(view, plan))
