"""``yibao regions``: the regions the catalogue has local information for, and what each adds."""

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption
from yibao_cli.render import jsonout


def list_regions(json_output: JsonOption = False) -> None:
    """List the regions with local data."""
    from yibao_cli.regions import resolve as regions

    cat = session.catalogue()
    found = regions.coverage(cat)
    if json_output:
        print_json([jsonout.coverage(cat, item) for item in found])
        return
    from yibao_cli.render.regions import render

    render(stdout(), cat, found)
