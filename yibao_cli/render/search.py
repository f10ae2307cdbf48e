"""Write ``yibao search`` results: each procedure, then the lines that matched."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from yibao_cli.page.search import Result
from yibao_cli.render.text import Text
from yibao_cli.strings import t


def results(console: Console, found: Sequence[Result]) -> None:
    """Print the results, best first, with the matching part of each line highlighted."""
    for number, result in enumerate(found):
        if number:
            console.print("")
        console.print(Text.assemble((result.procedure, "bold cyan"), "  ", (result.title, "bold")))
        for line in result.lines:
            text = Text.assemble((line.label, "dim"), line.text)
            if line.end > line.start:
                offset = len(line.label)
                text.stylize("bold reverse", offset + line.start, offset + line.end)
            console.print(text)
        if result.why:
            console.print(Text(result.why, style="dim"))
    console.print("")
    console.print(Text(t("search.hint"), style="dim"))
