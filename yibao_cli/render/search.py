"""Render ``yibao search`` results: each procedure, then the lines that matched."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from yibao_cli.catalogue import model
from yibao_cli.render.common import tx
from yibao_cli.render.text import Text
from yibao_cli.search.answer import Answer
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
        if hit.why:
            console.print(Text(t("search.why", words=why(hit)), style="dim"))
    console.print("")
    console.print(Text(t("search.hint"), style="dim"))


def why(hit: Hit) -> str:
    """The query's words that matched, each with what it was understood as: 取出来（提取）."""
    return t("ui.list_sep").join(
        typed if typed == concept else t("search.as", typed=typed, concept=concept)
        for typed, concept in hit.why
    )


def related(catalogue: model.Catalogue, found: Answer) -> tuple[str, ...]:
    """The lines under "nothing answers this": the closest procedures and whom to call."""
    lines = [t("search.related")]
    width = max(len(hit.procedure) for hit in found.hits)
    for hit in found.hits:
        proc = catalogue.summary(hit.procedure)
        assert proc is not None
        lines.append(f"  {hit.procedure:<{width}}  {tx(proc.title)}")
    line = ask(found.fallback)
    if line:
        lines.append(line)
    return tuple(lines)


def ask(fallback: object) -> str:
    """Point to the catalogue's fallback channel (the 12393 hotline), or "" without one."""
    if not isinstance(fallback, model.Platform):
        return ""
    name = tx(fallback.name)
    if fallback.note is None:
        return t("search.ask", name=name)
    return t("search.ask_note", name=name, note=tx(fallback.note))
