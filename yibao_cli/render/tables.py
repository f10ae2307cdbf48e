"""The list of procedures (``list``) and the channels page (``channels``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult

from yibao_cli.catalogue import model
from yibao_cli.regions.overlay import ChannelView, ProcedureView
from yibao_cli.render.breaking import fit, wrap
from yibao_cli.render.common import citations, sources_section, tier_tag, tx
from yibao_cli.render.procedure import (
    channel_block,
    contact_block,
    footer,
    heading,
    region_line,
)
from yibao_cli.render.text import Text
from yibao_cli.strings import t


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


def channels_page(console: Console, view: ProcedureView, chosen: Sequence[ChannelView]) -> None:
    """Print a procedure's channels, then the region's contacts, then the footer."""
    console.print(Group(*_channels_parts(view, chosen)))


def _channels_parts(view: ProcedureView, chosen: Sequence[ChannelView]) -> Iterator[RenderableType]:
    cite = citations(view)
    yield Text(tx(view.procedure.title), style="bold")
    yield from region_line(view)
    if not chosen:
        yield Text(t("ui.no_channels"))
    for item in chosen:
        yield Text("")
        yield from channel_block(item, cite)
    if view.contacts:
        yield heading(t("ui.contacts"))
        for contact, origin in view.contacts:
            tag = tier_tag(contact.tier, origin, cite.label(contact.sources))
            yield from contact_block(contact, tag)
    yield from footer(view.procedure.reviewed)
    yield from sources_section(cite)
