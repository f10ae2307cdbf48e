"""``yibao show ID``: everything the catalogue holds for one procedure."""

from yibao_cli.app.lookup import procedure_view
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption, ProcedureArg, RegionOption
from yibao_cli.render import jsonout


def show(
    procedure: ProcedureArg, region: RegionOption = None, json_output: JsonOption = False
) -> None:
    """Show everything the catalogue holds for one procedure."""
    view = procedure_view(procedure, region)
    if json_output:
        print_json(jsonout.procedure(view))
        return
    from yibao_cli.page.procedure import show as show_page
    from yibao_cli.render.page import render

    render(stdout(), show_page(view))
