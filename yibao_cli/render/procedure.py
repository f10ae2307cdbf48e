"""Render one procedure (``yibao show``) for a terminal or as plain text."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations
from yibao_cli.regions.overlay import (
    ChannelView,
    Origin,
    ProcedureView,
    StepView,
    region_label,
    way_labels,
)
from yibao_cli.render.common import (
    citations,
    duration_lines,
    kind_label,
    sources_section,
    stale,
    tier_tag,
    tx,
)
from yibao_cli.render.text import Text, adopt
from yibao_cli.strings import lang, t


def heading(label: str) -> Text:
    """A section heading."""
    return Text(f"\n{label}", style="bold cyan")


def indent(renderable: RenderableType, level: int = 1) -> Padding:
    """Indent by four columns per level."""
    return Padding(renderable, (0, 0, 0, 4 * level), expand=False)


def render(console: Console, view: ProcedureView) -> None:
    """Print a procedure with everything the catalogue holds for it."""
    # One print of a group lays out the page once; a print per part costs twice as much.
    console.print(Group(*procedure_parts(view)))


def procedure_parts(view: ProcedureView) -> Iterator[RenderableType]:
    """Yield the renderables of ``yibao show``, in order."""
    proc = view.procedure
    cite = citations(view)
    yield Text.assemble((tx(proc.title), "bold"), "  ", (f"({proc.id})", "dim"))
    yield Text(tx(proc.summary))
    yield from region_line(view)
    yield from _steps(view, cite)
    yield from materials_section(proc.materials, cite)
    yield from _channels(view.channels, cite)
    yield from contacts_section(view.contacts, cite)
    yield from facts_section(view.facts, cite)
    yield from notes_section(view.notes, cite)
    if view.faq:
        yield heading(t("ui.faq"))
        for item, origin in view.faq:
            yield Text.assemble((t("ui.q", q=tx(item.q)), "bold"))
            tag = tier_tag(item.tier, origin, cite.label(item.sources))
            yield indent(Text.assemble(t("ui.a", a=tx(item.a)) + " ", tag))
            yield from map(indent, stale(cite, item.sources))
    if proc.related:
        yield heading(t("ui.related"))
        yield Text(t("ui.list_sep").join(proc.related))
    yield from footer(proc.reviewed)
    yield from sources_section(cite)


def notes_section(
    notes: Sequence[tuple[model.Note, Origin]], cite: Citations
) -> Iterator[RenderableType]:
    """The notes, each with its mark (⚠ 注意：…) and tier."""
    if not notes:
        return
    yield heading(t("ui.notes"))
    for note, origin in notes:
        tag = tier_tag(note.tier, origin, cite.label(note.sources))
        yield Text.assemble(f"{note_mark(note.kind)}{tx(note.text)} ", tag)
        yield from map(indent, stale(cite, note.sources))


def note_mark(kind: model.NoteKind) -> str:
    """The mark before a note (⚠ 注意：…), without inner spaces in Chinese.

    Rich wraps at spaces only, and moves a run longer than the line to a line of its own: a
    space between the mark and a long Chinese sentence would leave the mark alone on a line.
    """
    mark = t(f"note.{kind}")
    return mark.replace(" ", "") if lang() == "zh" else mark


def contacts_section(
    contacts: Sequence[tuple[model.Contact, Origin]], cite: Citations
) -> Iterator[RenderableType]:
    """The local offices and hotlines, most specific region first."""
    if not contacts:
        return
    yield heading(t("ui.contacts"))
    for contact, origin in contacts:
        tag = tier_tag(contact.tier, origin, cite.label(contact.sources))
        yield from contact_block(contact, tag)
        yield from map(indent, stale(cite, contact.sources))


def facts_section(
    facts: Sequence[tuple[model.Fact, Origin]], cite: Citations
) -> Iterator[RenderableType]:
    """The named claims (fees, rules, passwords), each with its tier and sources."""
    if not facts:
        return
    yield heading(t("ui.facts"))
    for fact, origin in facts:
        yield Text.assemble(
            t("ui.label_value", label=tx(fact.label), value=tx(fact.value)) + " ",
            tier_tag(fact.tier, origin, cite.label(fact.sources)),
        )
        yield from map(indent, stale(cite, fact.sources))


def footer(reviewed: datetime.date | None) -> Iterator[RenderableType]:
    """The tier legend, reviewed date and disclaimer that end every answer."""
    yield Text("")
    yield Text(t("ui.legend"), style="dim")
    if reviewed is not None:
        yield Text(t("ui.reviewed", date=reviewed.isoformat()), style="dim")
    yield Text(t("ui.disclaimer"), style="bold")


def region_line(view: ProcedureView) -> Iterator[RenderableType]:
    """Name the region asked for, and say which regions' data is included, or that none is."""
    place = view.place
    if place is None and not view.regions:
        return
    if place is not None:
        key = "ui.region_configured" if place.configured else "ui.region_place"
        yield Text(t(key, name=place.division.full_name, code=place.code), style="yellow")
    if view.local:
        applied = t("ui.list_sep").join(region_label(region) for region in view.contributing())
        yield Text(t("ui.region_applied", regions=applied), style="yellow")
    else:
        name = place.division.full_name if place is not None else tx(view.regions[0].name)
        yield Text(t("ui.region_national", region=name), style="yellow")


def step_line(number: int, item: StepView, cite: Citations) -> tuple[Text, list[Text]]:
    """A numbered step title with its tier and overall duration, and one line per source.

    The caller prints the warning that the step's sources have all expired (``stale``).
    """
    step = item.step
    tag = tier_tag(step.tier, cites=cite.label(step.sources))
    line = adopt(Text.assemble((f"{number}. {tx(step.title)} ", "bold"), tag))
    overall, per_source = duration_lines(item.durations, cite)
    if overall:
        line.append(f"  {overall}")
        if item.origin.region is not None:
            line.append(" ")
            spans = item.durations
            cites = cite.label(source for span in spans for source in span.sources)
            line.append_text(tier_tag(spans[0].tier, item.origin, cites))
    return line, per_source


def _steps(view: ProcedureView, cite: Citations) -> Iterator[RenderableType]:
    if not view.steps:
        return
    yield heading(t("ui.steps"))
    materials = {m.id: m for m in view.procedure.materials}
    for number, item in enumerate(view.steps, 1):
        step = item.step
        line, per_source = step_line(number, item, cite)
        yield line
        yield from map(indent, stale(cite, step.sources))
        if step.condition:
            yield indent(Text(t("ui.condition", text=tx(step.condition)), style="italic"))
        if step.detail:
            yield indent(Text(tx(step.detail)))
        for source_line in per_source:
            yield indent(source_line)
        if step.materials:
            names = t("ui.list_sep").join(tx(materials[m].name) for m in step.materials)
            yield indent(Text(t("ui.step_materials", names=names), style="dim"))
        if step.channels:
            names = t("ui.list_sep").join(tx(view.platforms[c].name) for c in step.channels)
            yield indent(Text(t("ui.step_channels", names=names), style="dim"))


def materials_section(
    materials: Sequence[model.Material], cite: Citations
) -> Iterator[RenderableType]:
    """The materials to bring, each with a box to tick, its tier, condition and detail."""
    if not materials:
        return
    yield heading(t("ui.materials"))
    for material in materials:
        tag = tier_tag(material.tier, cites=cite.label(material.sources))
        line = Text.assemble(f"☐ {tx(material.name)} ", tag)
        if material.condition:
            line.append(t("ui.paren", text=tx(material.condition)), style="italic")
        yield line
        yield from map(indent, stale(cite, material.sources))
        if material.detail:
            yield indent(Text(tx(material.detail)))


def _channels(channels: tuple[ChannelView, ...], cite: Citations) -> Iterator[RenderableType]:
    if not channels:
        return
    yield heading(t("ui.channels"))
    for item, way in zip(channels, way_labels(channels), strict=True):
        yield from channel_block(item, cite, way)


def channel_block(item: ChannelView, cite: Citations, way: str = "") -> Iterator[RenderableType]:
    """One channel: kind, name, number or address, click path, whom it suits.

    ``way`` tells a channel from others through the same platform (see ``way_labels``).
    """
    platform, channel = item.platform, item.channel
    title = Text.assemble(
        (f"{kind_label(platform.kind)} · {tx(platform.name)}{way}", "bold"),
        " ",
        tier_tag(channel.tier, item.origin, cite.label(channel.sources)),
    )
    if platform.phone:
        title.append(f"  ☎ {platform.phone}")
    yield title
    yield from map(indent, stale(cite, channel.sources))
    if platform.url:
        yield indent(Text(platform.url))
    for number, click in enumerate(channel.steps, 1):
        yield indent(Text(f"{number}) {tx(click)}"))
    if channel.suits:
        yield indent(Text(t("ui.suits", text=tx(channel.suits)), style="dim"))
    if channel.note:
        yield indent(Text(tx(channel.note), style="dim"))


def contact_block(contact: model.Contact, tag: Text) -> Iterator[RenderableType]:
    """One local office or hotline."""
    yield Text.assemble((tx(contact.name), "bold"), " ", tag)
    if contact.phones:
        yield indent(Text("☎ " + t("ui.list_sep").join(contact.phones)))
    for value in (contact.address, contact.hours, contact.note):
        if value:
            yield indent(Text(tx(value)))
    if contact.url:
        yield indent(Text(contact.url))
