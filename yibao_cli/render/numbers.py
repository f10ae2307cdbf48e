"""Render ``yibao explain-number``: the masked number, the checks, what it says, its layout."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, RenderableType

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations
from yibao_cli.numbers import text as numbertext
from yibao_cli.numbers.explain import Explanation
from yibao_cli.page.words import tier_tag, tx
from yibao_cli.render.page import heading, indent, sources, tag
from yibao_cli.render.text import Text
from yibao_cli.strings import t

_MARK = {"pass": ("✓", "green"), "fail": ("✗", "bold red"), "skip": ("–", "dim")}
_VERDICT_STYLE = {True: "bold green", False: "bold red", None: "bold yellow"}


def render(
    console: Console,
    result: Explanation,
    described: model.NumberFormat | None,
    cite: Citations | None = None,
) -> None:
    """Print the explanation of one number; ``cite`` numbers the sources it cites."""
    for part in parts(result, described, cite):
        console.print(part)


def parts(
    result: Explanation, described: model.NumberFormat | None, cite: Citations | None = None
) -> Iterator[RenderableType]:
    """Yield the renderables of ``explain-number``, in order."""
    cite = cite or Citations({})
    yield Text(t("num.number", number=result.masked, length=result.length), style="bold")
    name = tx(described.name) if described else t(f"num.kind.{result.kind}")
    line = Text(t("num.kind_line", name=name) + " ")
    if described is not None:
        line.append_text(tag(tier_tag(described.tier, cites=cite.label(described.sources))))
    yield line
    if described is not None:
        yield indent(Text(tx(described.summary)))
    yield Text("")
    yield Text(numbertext.verdict(result), style=_VERDICT_STYLE[result.valid])
    if result.checks:
        yield heading(t("num.checks"))
        for check in result.checks:
            mark, style = _MARK[check.status]
            yield Text.assemble((mark, style), " ", numbertext.check_message(result, check))
    yield from _findings(result)
    if described is not None:
        yield from _layout(described, cite)
    if result.kind in ("card-number", "yibao-16", "other"):
        yield Text("")
        yield Text(t("num.where"), style="bold")
    yield Text("")
    yield Text(t("num.privacy"), style="dim")
    yield from sources(cite.listed(), t("src.heading"))


def _findings(result: Explanation) -> Iterator[RenderableType]:
    # The checks already show the date and region they read; add what they do not say.
    lines = []
    if result.sex is not None:
        lines.append(t("num.sex", sex=numbertext.sex_text(result)))
    region_checked = any(c.name == "region" and c.status != "skip" for c in result.checks)
    if result.region_code is not None and not region_checked:
        region = numbertext.region_text(result)
        if region:
            lines.append(t("num.region_if", code=result.region_code, name=region))
        else:
            lines.append(t("num.region_unknown", code=result.region_code))
    if result.typical is not None:
        lines.append(t("num.card_typical" if result.typical else "num.card_atypical"))
    if lines:
        yield heading(t("num.findings"))
        for line in lines:
            yield Text(line)


def _layout(described: model.NumberFormat, cite: Citations) -> Iterator[RenderableType]:
    if described.parts:
        yield heading(t("num.layout"))
        for part in described.parts:
            where = (
                t("num.position", n=part.first)
                if part.first == part.last
                else t("num.positions", first=part.first, last=part.last)
            )
            found = tag(tier_tag(part.tier, cites=cite.label(part.sources)))
            yield Text.assemble((f"{where}  {tx(part.label)} ", "bold"), found)
            if part.detail:
                yield indent(Text(tx(part.detail)))
    if described.notes:
        yield heading(t("ui.notes"))
        for note in described.notes:
            found = tag(tier_tag(note.tier, cites=cite.label(note.sources)))
            yield Text.assemble(f"{t(f'note.{note.kind}')}{tx(note.text)} ", found)
