"""Render ``yibao search`` results: each procedure, then the lines that matched."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from yibao_cli.catalogue import model
from yibao_cli.render.common import tx
from yibao_cli.search.excerpt import cells, excerpt, where
from yibao_cli.search.ranking import Hit
from yibao_cli.strings import t

LINE_WIDTH = 76


def results(console: Console, catalogue: model.Catalogue, hits: Sequence[Hit]) -> None:
    """Print the hits, best first, with the matching part of each line highlighted."""
    for number, hit in enumerate(hits):
        proc = catalogue.procedure(hit.procedure)
        assert proc is not None
        if number:
            console.print("")
        console.print(Text.assemble((proc.id, "bold cyan"), "  ", (tx(proc.title), "bold")))
        for match in hit.matches:
            label = t("search.label", where=where(match.entry, context_width=10))
            room = max(20, min(console.width, LINE_WIDTH) - cells(label))
            line, start, end = excerpt(match.entry.text, match.start, match.end, room)
            text = Text.assemble((label, "dim"), line)
            text.stylize("bold reverse", len(label) + start, len(label) + end)
            console.print(text)
    console.print("")
    console.print(Text(t("search.hint"), style="dim"))
