"""The entries of a page, one builder per kind of item (the one step walker among them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations
from yibao_cli.dates import text as datetext
from yibao_cli.page.model import Entry, Line, Section, Segment
from yibao_cli.page.words import listing, note_mark, stale, tag_of, tier_tag, tx
from yibao_cli.regions.overlay import (
    ChannelView,
    Origin,
    ProcedureView,
    StepView,
    at_most,
    limits_only,
    span,
    way_labels,
)
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.dates.timeline import Timeline
    from yibao_cli.wizard.schedule import StepDate

Cases = Mapping[tuple[str, str], str]
"""For the general checklist: when a step or material applies (``("step", id)`` → 仅在……时)."""


def steps(
    view: ProcedureView,
    items: Sequence[StepView],
    cite: Citations,
    *,
    dates: Mapping[str, StepDate] | None = None,
    materials: Sequence[model.Material] | None = None,
    channels: Sequence[ChannelView] | None = None,
    cases: Cases | None = None,
    needs: bool = True,
) -> list[Entry]:
    """The steps, numbered, each with its tier, duration, date and what it needs.

    Args:
        view: The procedure as the region sees it.
        items: The steps to show, in order.
        cite: The page's source numbering.
        dates: When each step is expected (see :mod:`wizard.schedule`); none for no dates.
        materials: The materials shown on the page (a step names those among them); None
            for every material of the procedure.
        channels: The channels the page recommends (a step names those among them first);
            None for every channel the step has.
        cases: For the general checklist, when each step applies.
        needs: Name the materials and channels of each step (a timeline does not).
    """
    known = {m.id: m for m in (materials if materials is not None else view.procedure.materials)}
    chosen = {item.platform.id for item in channels} if channels is not None else set()
    found = []
    for number, item in enumerate(items, 1):
        step = item.step
        after: list[Segment] = []
        rng = span(item.durations)
        if rng is not None:
            after.append("  " + datetext.days(*rng, at_most(item.durations)))
            if item.origin.region is not None:
                cites = cite.label(source for d in item.durations for source in d.sources)
                after += [" ", tier_tag(item.durations[0].tier, item.origin, cites)]
        tag = tag_of(cite, step)
        lines: list[Line] = [*stale(cite, step.sources)]
        when = (cases or {}).get(("step", step.id))
        if when:
            lines.append(Line(when, "condition"))
        date = (dates or {}).get(step.id)
        if date is not None:
            lines.append(date_line(date))
        if step.condition:
            lines.append(Line(t("ui.condition", text=tx(step.condition)), "condition"))
        if step.detail:
            lines.append(Line(tx(step.detail), "detail"))
        if len(item.durations) > 1:
            lines += [_per_source(d, cite) for d in item.durations]
        if needs:
            lines += _needs(view, step, known, chosen)
        found.append(
            Entry(
                f"{number}. {tx(step.title)}",
                "step",
                step.id,
                tag,
                tuple(after),
                tuple(lines),
                box=True,
                number=number,
                when=date,
                actor=step.actor,
                data=item,
            )
        )
    return found


def _needs(
    view: ProcedureView, step: model.Step, known: Mapping[str, model.Material], chosen: set[str]
) -> list[Line]:
    lines = []
    needed = [tx(known[m].name) for m in step.materials if m in known]
    if needed:
        lines.append(Line(t("ui.step_materials", names=listing(needed)), "quiet"))
    vias = [via for via in step.channels if via in chosen] or list(step.channels)
    names = [tx(view.platforms[via].name) for via in vias if via in view.platforms]
    if names:
        lines.append(Line(t("ui.step_channels", names=listing(names)), "quiet"))
    return lines


def date_line(date: StepDate) -> Line:
    """When a step is expected, as the line under it."""
    kind = "estimate" if date.window.estimated else "date"
    if date.waiting:
        return Line(t("wait.step_ends", when=datetext.window(date.window)), kind)
    if date.at:
        return Line(t("tl.at", when=datetext.window(date.window)), kind)
    return Line(datetext.done(date.window, date.limit), kind)


def start_entries(timeline: Timeline | None) -> list[Entry]:
    """The start date, and that counting starts later when it is not a working day."""
    if timeline is None:
        return []
    found = [Entry(t("tl.start", date=datetext.date(timeline.start)), "start")]
    note = datetext.acceptance(timeline)
    if note:
        found.append(Entry(note, "notice", tone="notice"))
    return found


def timeline_notes(timeline: Timeline | None, items: Sequence[StepView]) -> list[Entry]:
    """What follows the dated steps: the whole time it takes, holidays met, warnings."""
    if timeline is None:
        return []
    found = []
    if timeline.deadlines:
        found.append(Entry(datetext.total(timeline, limits_only(items)), "total", tone="notice"))
    found += [Entry(line, "text") for line in datetext.closures(timeline)]
    found += [Entry(line, "notice", tone="notice") for line in datetext.warnings(timeline)]
    return found


def _per_source(duration: model.Duration, cite: Citations) -> Line:
    text = t("days.per_source", range=datetext.duration(duration))
    if duration.note:
        text += t("ui.paren", text=tx(duration.note))
    return Line(text, "", tag_of(cite, duration))


def materials(
    items: Iterable[model.Material], cite: Citations, cases: Cases | None = None
) -> list[Entry]:
    """The materials to bring, each with a box, its tier, condition and detail."""
    found = []
    for material in items:
        after = (t("ui.paren", text=tx(material.condition)),) if material.condition else ()
        lines = [*stale(cite, material.sources)]
        when = (cases or {}).get(("material", material.id))
        if when:
            lines.append(Line(when, "condition"))
        if material.detail:
            lines.append(Line(tx(material.detail), "detail"))
        found.append(
            Entry(
                tx(material.name),
                "material",
                material.id,
                tag_of(cite, material),
                after,
                tuple(lines),
                box=True,
                data=material,
            )
        )
    return found


def channels(items: Sequence[ChannelView], cite: Citations) -> list[Entry]:
    """Where to do it: kind, name, number or address, click path, whom it suits."""
    found = []
    for item, way in zip(items, way_labels(items), strict=True):
        platform, channel = item.platform, item.channel
        lines = [*stale(cite, channel.sources)]
        if platform.url:
            lines.append(Line(platform.url))
        lines += [Line(f"{n}) {tx(click)}") for n, click in enumerate(channel.steps, 1)]
        if channel.suits:
            lines.append(Line(t("ui.suits", text=tx(channel.suits)), "quiet"))
        if channel.note:
            lines.append(Line(tx(channel.note), "quiet"))
        found.append(
            Entry(
                f"{t(f'kind.{platform.kind}')} · {tx(platform.name)}{way}",
                "channel",
                platform.id,
                tag_of(cite, channel, item.origin),
                (f"  ☎ {platform.phone}",) if platform.phone else (),
                tuple(lines),
                data=item,
            )
        )
    return found


def contacts(items: Sequence[tuple[model.Contact, Origin]], cite: Citations) -> list[Entry]:
    """The local offices and hotlines, most specific region first."""
    found = []
    for contact, origin in items:
        lines = [*stale(cite, contact.sources)]
        if contact.phones:
            lines.append(Line("☎ " + listing(contact.phones)))
        lines += [Line(tx(v)) for v in (contact.address, contact.hours, contact.note) if v]
        if contact.url:
            lines.append(Line(contact.url))
        found.append(
            Entry(
                tx(contact.name),
                "contact",
                "",
                tag_of(cite, contact, origin),
                lines=tuple(lines),
                data=(contact, origin),
            )
        )
    return found


def _contacts(view: ProcedureView, cite: Citations, ask_locally: bool) -> list[Entry]:
    found = contacts((*view.contacts, *view.treated), cite)
    if not found and ask_locally:
        found.append(Entry(t("cl.no_contacts"), "notice", tone="notice"))
    return found


def facts(items: Iterable[tuple[model.Fact, Origin]], cite: Citations) -> list[Entry]:
    """The named claims (fees, rules, passwords), each with its tier."""
    return [
        _claim(t("ui.label_value", label=tx(f.label), value=tx(f.value)), "fact", f.id, f, o, cite)
        for f, o in items
    ]


def notes(items: Iterable[tuple[model.Note, Origin]], cite: Citations) -> list[Entry]:
    """The notes, each with its mark (⚠ 注意：…) and tier."""
    return [
        _claim(note_mark(n.kind) + tx(n.text), "note", n.id or "", n, o, cite) for n, o in items
    ]


def _claim(
    text: str, kind: str, item_id: str, claim: Any, origin: Origin, cite: Citations
) -> Entry:
    return Entry(
        text,
        kind,
        item_id,
        tag_of(cite, claim, origin),
        lines=stale(cite, claim.sources),
        data=(claim, origin),
    )


def faq(items: Iterable[tuple[model.Faq, Origin]], cite: Citations) -> list[Entry]:
    """Questions people ask, each answered with its tier."""
    return [
        Entry(
            t("ui.q", q=tx(item.q)),
            "faq",
            lines=(Line(t("ui.a", a=tx(item.a)), "", tag_of(cite, item, origin)),)
            + stale(cite, item.sources),
            data=(item, origin),
        )
        for item, origin in items
    ]


def body(
    view: ProcedureView,
    step_items: Sequence[StepView],
    material_items: Sequence[model.Material],
    channel_items: Sequence[ChannelView],
    fact_items: Iterable[tuple[model.Fact, Origin]],
    note_items: Iterable[tuple[model.Note, Origin]],
    cite: Citations,
    *,
    dates: Mapping[str, StepDate] | None = None,
    timeline: Timeline | None = None,
    recommended: bool = False,
    cases: Cases | None = None,
    ask_locally: bool = False,
) -> list[Section]:
    """The sections every page about a procedure has, in the order they print.

    Built in print order, so that the sources are numbered in that order. ``recommended``:
    the channels are the ones an outcome recommends (a step names those first).
    ``ask_locally``: with no local contacts, say so (a checklist to act on).
    """
    step_entries = steps(
        view,
        step_items,
        cite,
        dates=dates,
        materials=material_items,
        channels=channel_items if recommended else None,
        cases=cases,
    )
    step_entries += timeline_notes(timeline, step_items)
    return [
        Section("steps", t("ui.steps"), tuple(step_entries)),
        Section("materials", t("ui.materials"), tuple(materials(material_items, cite, cases))),
        Section(
            "channels",
            t("out.channels" if recommended else "ui.channels"),
            tuple(channels(channel_items, cite)),
        ),
        Section("contacts", t("ui.contacts"), tuple(_contacts(view, cite, ask_locally))),
        Section("facts", t("ui.facts"), tuple(facts(fact_items, cite))),
        Section("notes", t("ui.notes"), tuple(notes(note_items, cite))),
    ]
