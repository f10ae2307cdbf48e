"""Tables and pages for ``list`` and ``channels``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from yibao_cli.catalogue import model
from yibao_cli.regions.overlay import ChannelView, ProcedureView
from yibao_cli.render.common import citations, sources_section, tier_tag, tx
from yibao_cli.render.console import plain_wanted
from yibao_cli.render.procedure import (
    channel_block,
    contact_block,
    footer,
    heading,
    region_line,
)
from yibao_cli.strings import t


def table(*columns: str) -> Table:
    """A table with these column headings, plain when the output is not a terminal."""
    plain = plain_wanted()
    table = Table(
        box=None if plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="" if plain else "bold",
    )
    for column in columns:
        # Chinese has no spaces to wrap at: fold long runs instead of cutting them off.
        table.add_column(column, overflow="fold")
    return table


def procedures_table(procedures: Sequence[model.Summary]) -> Table:
    """Every procedure: id, title and summary."""
    rows = table(t("col.id"), t("col.title"), t("col.summary"))
    rows.columns[0].no_wrap = True
    for proc in procedures:
        rows.add_row(proc.id, tx(proc.title), tx(proc.summary))
    return rows


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
