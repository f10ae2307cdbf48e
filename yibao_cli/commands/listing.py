"""``yibao list``: every procedure with its title and summary."""

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption
from yibao_cli.render import jsonout


def list_procedures(json_output: JsonOption = False) -> None:
    """List every procedure."""
    cat = session.catalogue()
    if json_output:
        print_json([jsonout.summary(proc) for proc in cat.summaries])
        return
    from yibao_cli.render.tables import ProcedureList

    stdout().print(ProcedureList(cat.summaries))
