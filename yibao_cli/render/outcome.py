"""Render a wizard's outcome: the checklist fitted to the answers."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, RenderableType

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations
from yibao_cli.dates import text as datetext
from yibao_cli.regions.overlay import at_most, limits_only, way_labels
from yibao_cli.render.common import citations, sources_section, stale, tier_tag, tx
from yibao_cli.render.procedure import (
    channel_block,
    contacts_section,
    facts_section,
    footer,
    heading,
    indent,
    materials_section,
    notes_section,
    region_line,
    step_line,
)
from yibao_cli.render.text import Text
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import answer_text, worked

TONE_STYLE = {"ok": "bold green", "stop": "bold red", "caution": "bold yellow"}


def render(console: Console, fitted: Fitted, flow: model.Flow, again: str) -> None:
    """Print the outcome, then the command that gives it again without questions."""
    cite = citations(fitted.view)
    for part in outcome_parts(fitted, flow, cite):
        console.print(part)
    console.print(heading(t("out.command")))
    # Never wrapped, so that it can be copied as one line.
    console.print("    " + again, soft_wrap=True)
    for part in footer(fitted.view.procedure.reviewed):
        console.print(part)
    for part in sources_section(cite):
        console.print(part)


def outcome_parts(
    fitted: Fitted, flow: model.Flow, cite: Citations | None = None
) -> Iterator[RenderableType]:
    """Yield the renderables of an outcome, in order, up to the footer.

    ``cite`` numbers the sources; the caller prints its list after the footer.
    """
    view, result = fitted.view, fitted.outcome
    cite = cite or citations(view)
    proc = view.procedure
    yield Text.assemble(
        (f"{tx(proc.title)} · {tx(result.title)}", "bold"), "  ", (f"({proc.id})", "dim")
    )
    for verdict in result.verdicts:
        line = Text(tx(verdict.text) + " ", style=TONE_STYLE[verdict.tone])
        line.append_text(tier_tag(verdict.tier, cites=cite.label(verdict.sources)))
        yield line
        yield from map(indent, stale(cite, verdict.sources))
    yield from region_line(view)
    yield from brief_parts(fitted)
    yield heading(t("brief.details"))
    yield from _answers(fitted, flow)
    yield from _waiting(fitted, cite)
    yield from _steps(fitted, cite)
    yield from materials_section(fitted.materials, cite)
    if fitted.channels:
        yield heading(t("out.channels"))
        for item, way in zip(fitted.channels, way_labels(fitted.channels), strict=True):
            yield from channel_block(item, cite, way)
    yield from facts_section(fitted.facts, cite)
    yield from notes_section(fitted.notes, cite)
    yield from contacts_section(view.contacts, cite)
    if fitted.related:
        yield heading(t("out.related"))
        for proc, guided in fitted.related:
            how = "guide" if guided else "show"
            yield Text.assemble(
                tx(proc.title), "  ", (t("out.related_command", how=how, id=proc.id), "dim")
            )
    elif result.related:
        yield heading(t("out.related"))
        yield Text(t("ui.list_sep").join(result.related))


def brief_parts(fitted: Fitted) -> Iterator[RenderableType]:
    """The short block an outcome starts with: the one-page sheet ("现在就做" …)."""
    from yibao_cli.wizard import brief

    for section in brief.sections(brief.from_fitted(fitted)):
        yield heading(section.title)
        for number, entry in enumerate(section.entries, 1):
            # On the screen, numbers and bullets: the tick boxes are for paper.
            mark = f"{number}. " if section.key == "now" else "• " if entry.box else ""
            yield Text(mark + entry.text, style="bold" if section.key == "now" else "")
            for line in entry.lines:
                yield indent(Text(line, style="dim"))


def _answers(fitted: Fitted, flow: model.Flow) -> Iterator[RenderableType]:
    yield heading(t("out.answers"))
    for key, answer in fitted.outcome.answers:
        question = flow.question(key)
        assert question is not None, key
        yield Text.assemble(f"{tx(question.text)} ", (answer_text(question, answer), "bold"))
    plan = fitted.timeline
    if plan is not None:
        yield Text(t("tl.start", date=datetext.date(plan.start)))
        note = datetext.acceptance(plan)
        if note:
            yield Text(note, style="yellow")


def _waiting(fitted: Fitted, cite: Citations) -> Iterator[RenderableType]:
    # What the outcome worked out from the answers: a waiting period, a break in contributions.
    for found in worked(fitted.outcome):
        yield heading(found.heading)
        for number, line in enumerate(found.lines):
            text = Text(line, style="bold" if number == 0 else "")
            if number == 0:
                text.append(" ")
                text.append_text(tier_tag(found.tier, cites=cite.label(found.sources)))
            yield text
            if number == 0:
                yield from map(indent, stale(cite, found.sources))


def _steps(fitted: Fitted, cite: Citations) -> Iterator[RenderableType]:
    if not fitted.steps:
        return
    yield heading(t("ui.steps"))
    view = fitted.view
    materials = {m.id: m for m in fitted.materials}
    chosen = {item.platform.id for item in fitted.channels}
    plan = fitted.timeline
    for number, item in enumerate(fitted.steps, 1):
        step = item.step
        line, per_source = step_line(number, item, cite)
        yield line
        yield from map(indent, stale(cite, step.sources))
        if plan is not None:
            entry = plan.steps[number - 1]
            if entry.days is None:
                yield indent(Text(t("tl.at", when=datetext.window(entry.starts))))
            else:
                style = "yellow" if entry.ends.estimated else "green"
                done = datetext.done(entry.ends, at_most(item.durations))
                yield indent(Text(done, style=style))
        if step.condition:
            yield indent(Text(t("ui.condition", text=tx(step.condition)), style="italic"))
        if step.detail:
            yield indent(Text(tx(step.detail)))
        for source_line in per_source:
            yield indent(source_line)
        needed = [materials[m] for m in step.materials if m in materials]
        if needed:
            names = t("ui.list_sep").join(tx(material.name) for material in needed)
            yield indent(Text(t("ui.step_materials", names=names), style="dim"))
        # The channels the outcome recommends, when the step has any of them.
        vias = [via for via in step.channels if via in chosen] or list(step.channels)
        if vias:
            names = t("ui.list_sep").join(tx(view.platforms[via].name) for via in vias)
            yield indent(Text(t("ui.step_channels", names=names), style="dim"))
    if plan is not None and plan.deadlines:
        yield Text("")
        yield Text(datetext.total(plan, limits_only(fitted.steps)), style="bold")
    for closure in datetext.closures(plan) if plan is not None else ():
        yield Text(closure)
    for warning in datetext.warnings(plan) if plan is not None else ():
        yield Text(warning, style="yellow")
