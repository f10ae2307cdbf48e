"""Render a timeline (``yibao timeline``): each step with its expected date or range."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, RenderableType

from yibao_cli.catalogue.citing import Citations
from yibao_cli.dates import text as datetext
from yibao_cli.dates.timeline import Timeline
from yibao_cli.regions.overlay import ProcedureView, at_most, limits_only
from yibao_cli.render.common import (
    citations,
    duration_lines,
    sources_section,
    stale,
    tier_tag,
    tx,
)
from yibao_cli.render.procedure import footer, heading, indent, region_line
from yibao_cli.render.text import Text
from yibao_cli.strings import t


def render(console: Console, view: ProcedureView, timeline: Timeline) -> None:
    """Print a timeline."""
    for part in timeline_parts(view, timeline):
        console.print(part)


def timeline_parts(view: ProcedureView, timeline: Timeline) -> Iterator[RenderableType]:
    """Yield the renderables of ``yibao timeline``, in order."""
    cite = citations(view)
    yield Text(t("tl.title", title=tx(view.procedure.title)), style="bold")
    yield from region_line(view)
    yield Text(t("tl.start", date=datetext.date(timeline.start)))
    note = datetext.acceptance(timeline)
    if note:
        yield Text(note, style="yellow")
    yield Text(t("tl.convention"), style="dim")
    if not timeline.steps:
        yield Text("")
        yield Text(t("tl.no_steps"))
    else:
        yield heading(t("ui.steps"))
        yield from _steps(view, timeline, cite)
        yield Text("")
        if timeline.deadlines:
            timed = {entry.id for entry in timeline.steps}
            limit = limits_only([item for item in view.steps if item.step.id in timed])
            yield Text(datetext.total(timeline, limit), style="bold")
        else:
            yield Text(t("tl.no_durations"))
        for line in datetext.closures(timeline):
            yield Text(line)
    for warning in datetext.warnings(timeline):
        yield Text("")
        yield Text(warning, style="yellow")
    yield from footer(view.procedure.reviewed)
    yield from sources_section(cite)


def _steps(view: ProcedureView, timeline: Timeline, cite: Citations) -> Iterator[RenderableType]:
    items = {item.step.id: item for item in view.steps}
    for number, entry in enumerate(timeline.steps, 1):
        item = items[entry.id]
        line = Text.assemble(
            (f"{number}. {tx(item.step.title)} ", "bold"),
            tier_tag(item.step.tier, cites=cite.label(item.step.sources)),
        )
        overall, per_source = duration_lines(item.durations, cite)
        if overall:
            line.append(f"  {overall}")
            if item.origin.region is not None:
                line.append(" ")
                spans = item.durations
                cites = cite.label(source for span in spans for source in span.sources)
                line.append_text(tier_tag(spans[0].tier, item.origin, cites))
        yield line
        yield from map(indent, stale(cite, item.step.sources))
        if entry.days is None:
            yield indent(Text(t("tl.at", when=datetext.window(entry.starts))))
        else:
            style = "yellow" if entry.ends.estimated else "green"
            done = datetext.done(entry.ends, at_most(item.durations))
            yield indent(Text(done, style=style))
        if item.step.condition:
            yield indent(Text(t("ui.condition", text=tx(item.step.condition)), style="italic"))
        for source_line in per_source:
            yield indent(source_line)
