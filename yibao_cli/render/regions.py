"""Render ``yibao regions``: one block per region with local data."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from yibao_cli.catalogue import model
from yibao_cli.page.words import tx
from yibao_cli.regions.resolve import Coverage
from yibao_cli.render.page import indent
from yibao_cli.render.text import Text
from yibao_cli.strings import t


def count_line(counts: dict[str, int]) -> str:
    """Say what was counted, leaving out zeros: 联系方式 1、要点 2."""
    parts = [t(f"count.{kind}", n=n) for kind, n in counts.items() if n]
    return t("ui.list_sep").join(parts) if parts else t("count.nothing")


def render(console: Console, catalogue: model.Catalogue, found: Sequence[Coverage]) -> None:
    """Print every region with its level, code, parents and what it adds to each procedure."""
    codes = catalogue.area_codes
    if codes.codes:
        console.print(t("ui.regions_hotlines", n=len(codes.codes), unknown=len(codes.unknown)))
        console.print("")
    if not found:
        console.print(t("ui.regions_none"))
        return
    console.print(t("ui.regions_intro", n=len(found)))
    for item in found:
        region = item.region
        console.print("")
        line = Text.assemble(
            (region.code, "bold"), "  ", (tx(region.name), "bold"), "  ", t(f"level.{region.level}")
        )
        if item.parents:
            names = t("ui.list_sep").join(tx(parent.name) for parent in item.parents)
            line.append("  " + t("ui.regions_parents", names=names), style="dim")
        console.print(line)
        if region.contacts:
            console.print(indent(Text(t("ui.regions_contacts", n=len(region.contacts)))))
        for procedure_id, counts in item.procedures:
            proc = catalogue.procedure(procedure_id)
            title = f"{procedure_id} {tx(proc.title)}" if proc else procedure_id
            console.print(indent(Text(t("ui.label_value", label=title, value=count_line(counts)))))
    console.print("")
    console.print(Text(t("ui.regions_others"), style="dim"))
