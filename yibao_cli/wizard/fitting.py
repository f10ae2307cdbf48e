"""An outcome with its catalogue items looked up, for one region: what a checklist shows."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.dates.timeline import StepDays, Timeline, calendar_of, plan
from yibao_cli.regions.overlay import NATIONAL, ChannelView, Origin, ProcedureView, StepView, span
from yibao_cli.wizard.outcome import Outcome


@dataclass(frozen=True)
class Fitted:
    """An outcome's steps, materials, channels, facts and notes, with the region's overlays.

    Region overlays bring their durations and facts (replacing national ones of the same id, and
    adding local-only facts), their channels through the platforms the outcome recommends (right
    after the national channel of that platform), their notes and the region's contacts.
    ``timeline`` gives the expected dates of the steps when the flow asks for a start date.
    """

    view: ProcedureView
    outcome: Outcome
    steps: tuple[StepView, ...]
    materials: tuple[model.Material, ...]
    channels: tuple[ChannelView, ...]
    facts: tuple[tuple[model.Fact, Origin], ...]
    notes: tuple[tuple[model.Note, Origin], ...]
    timeline: Timeline | None = None
    related: tuple[tuple[model.Procedure, bool], ...] = ()


def fit(view: ProcedureView, outcome: Outcome, catalogue: model.Catalogue | None = None) -> Fitted:
    """Look up an outcome's items in a procedure view.

    Args:
        view: The procedure, merged with the regions asked for.
        outcome: An outcome of the procedure's flow.
        catalogue: The catalogue, to name the related procedures (and tell which have a
            wizard); without it ``related`` stays empty.

    Returns:
        The items to show, in the outcome's order.
    """
    proc = view.procedure
    steps = {item.step.id: item for item in view.steps}
    materials = {material.id: material for material in proc.materials}
    facts = {fact.id: (fact, origin) for fact, origin in view.facts}
    national_facts = {fact.id for fact in proc.facts}
    local_facts = [
        (fact, origin)
        for fact, origin in view.facts
        if origin.region is not None and fact.id not in national_facts
    ]
    notes = [(proc.notes[index], NATIONAL) for index in outcome.notes]
    notes += [(note, origin) for note, origin in view.notes if origin.region is not None]
    settled = outcome.settled
    chosen = tuple(_unconditional(steps[step_id], step_id in settled) for step_id in outcome.steps)
    return Fitted(
        view=view,
        outcome=outcome,
        steps=chosen,
        materials=tuple(
            dataclasses.replace(materials[m], condition=None) if m in settled else materials[m]
            for m in outcome.materials
        ),
        channels=_channels(view, outcome),
        facts=(*(facts[fact_id] for fact_id in outcome.facts), *local_facts),
        notes=tuple(notes),
        timeline=_timeline(outcome.start, chosen, view),
        related=_related(outcome, catalogue),
    )


def _unconditional(item: StepView, settled: bool) -> StepView:
    # The answers settled when the step applies: the outcome does not say it again.
    if not settled or item.step.condition is None:
        return item
    return dataclasses.replace(item, step=dataclasses.replace(item.step, condition=None))


def _related(
    outcome: Outcome, catalogue: model.Catalogue | None
) -> tuple[tuple[model.Procedure, bool], ...]:
    if catalogue is None:
        return ()
    found = []
    for proc_id in outcome.related:
        proc = catalogue.procedure(proc_id)
        if proc is not None:
            found.append((proc, catalogue.flow(proc_id) is not None))
    return tuple(found)


def _timeline(start: str | None, steps: Sequence[StepView], view: ProcedureView) -> Timeline | None:
    if start is None or not steps:
        return None
    return timeline_from(datetime.date.fromisoformat(start), steps, view)


def timeline_from(
    start: datetime.date, steps: Sequence[StepView], view: ProcedureView
) -> Timeline | None:
    """The timeline of these steps from a start date (None past the calendar's range)."""
    durations = [
        StepDays(item.step.id, span(item.durations), item.step.working_days) for item in steps
    ]
    try:
        return plan(start, durations, calendar_of(view))
    except ValueError:  # a date past the calendar's range: show the steps without dates
        return None


def _channels(view: ProcedureView, outcome: Outcome) -> tuple[ChannelView, ...]:
    national: dict[tuple[str, int], ChannelView] = {}
    local: dict[str, list[ChannelView]] = {}
    seen: dict[str, int] = {}
    for item in view.channels:
        via = item.channel.via
        if item.origin.region is None:
            seen[via] = seen.get(via, 0) + 1
            national[(via, seen[via])] = item
        else:
            local.setdefault(via, []).append(item)
    chosen: list[ChannelView] = []
    for key in outcome.channels:
        chosen.append(national[key])
        chosen.extend(local.pop(key[0], ()))  # once, after the first channel of the platform
    return tuple(chosen)
