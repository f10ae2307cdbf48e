"""Write the list of saved cases as a table (one case is a page: see ``render.page``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.table import Table

from yibao_cli.page.case import Row
from yibao_cli.render.console import plain_wanted
from yibao_cli.render.text import Text
from yibao_cli.strings import t

_STATUS_STYLE = {
    "status_problem": "bold red",
    "status_closed": "dim",
    "status_finished": "green",
    "overdue": "bold red",
    "status_late": "yellow",
}


def case_table(rows: Sequence[Row]) -> Table:
    """The cases: name, procedure, next step, its expected date, status."""
    plain = plain_wanted()
    table = Table(
        box=None if plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="" if plain else "bold",
    )
    for key in ("name", "flow", "next", "expected", "status"):
        table.add_column(t(f"case.col_{key}"), overflow="fold")
    # A name and a procedure id are never cut in two ("contribut/ions"): the other columns wrap.
    table.columns[0].no_wrap = True
    table.columns[1].no_wrap = True
    for row in rows:
        step = Text(row.step, style="red" if row.problem else "")
        if row.office:
            step.append(row.office, style="dim")
        status = Text(row.status, style=_STATUS_STYLE.get(row.status_key, ""))
        table.add_row(row.name, row.flow, step, row.when, status)
    return table
