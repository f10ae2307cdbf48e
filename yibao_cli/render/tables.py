"""The list of procedures (``list``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult

from yibao_cli.catalogue import model
from yibao_cli.page.words import tx
from yibao_cli.render.breaking import fit, wrap
from yibao_cli.render.text import Text


class ProcedureList:
    """Every procedure: its id and title on one line, its summary cut to one line under them.

    The summary is cut between words to the width it is printed at, so the list stays two
    lines a procedure at any width.
    """

    def __init__(self, procedures: Sequence[model.Summary]) -> None:
        self.procedures = procedures

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        column = max((len(proc.id) for proc in self.procedures), default=0) + 2
        if width - column < 30:  # too narrow for two columns: the id on a line of its own
            column = 4
        for proc in self.procedures:
            title = wrap(tx(proc.title), width - column)
            if column == 4:
                yield Text(proc.id, style="bold")
            else:
                yield Text.assemble((proc.id.ljust(column), "bold"), title.pop(0))
            for line in title:
                yield Text(" " * column + line)
            summary = fit(tx(proc.summary), width - column)
            yield Text(" " * column + summary, style="dim", no_wrap=True, overflow="crop")
