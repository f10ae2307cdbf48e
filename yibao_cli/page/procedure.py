"""The pages of a whole procedure: ``show``, general checklist, sheet, channels, timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from yibao_cli.catalogue.citing import Citations
from yibao_cli.page import brief, items
from yibao_cli.page.model import Entry, Page, Section
from yibao_cli.page.words import ending, listing, region_entries, tx
from yibao_cli.regions.overlay import ChannelView, ProcedureView
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.dates.timeline import Timeline

Key = tuple[str, str]


def show(view: ProcedureView) -> Page:
    """Everything the catalogue holds for a procedure, with its region's overlays."""
    proc = view.procedure
    cite = Citations(view.ledger, view.as_of)
    sections = items.body(
        view, view.steps, proc.materials, view.channels, view.facts, view.notes, cite
    )
    sections.append(Section("faq", t("ui.faq"), tuple(items.faq(view.faq, cite))))
    related = (Entry(listing(proc.related), "related"),) if proc.related else ()
    sections.append(Section("related", t("ui.related"), related))
    return _page(
        "show", view, tx(proc.title), [Entry(tx(proc.summary), "summary"), *region_entries(view)],
        sections, cite,
    )  # fmt: skip


def general(
    view: ProcedureView,
    timeline: Timeline | None,
    command: str,
    cases: dict[Key, str] | None = None,
) -> Page:
    """The checklist of a whole procedure (one without a wizard, or the general one).

    Args:
        view: The procedure, merged with the region's overlays.
        timeline: The timeline of every step, when a start date was given.
        command: The command that prints this checklist again.
        cases: For the general checklist of a procedure with a wizard: when each step or
            material applies (``("step" | "material", id)`` → "仅在……时").
    """
    proc = view.procedure
    cite = Citations(view.ledger, view.as_of)
    intro = [
        Entry(tx(proc.summary), "summary"),
        *region_entries(view),
        *items.start_entries(timeline),
    ]
    title = tx(proc.title)
    if cases is not None:
        intro.insert(1, Entry(t("gen.intro"), "notice", tone="notice"))
        title = t("gen.title", title=title)
    dates = None
    if timeline is not None:
        from yibao_cli.wizard.schedule import of_timeline

        dates = of_timeline(timeline, view.steps)
    sections = items.body(
        view,
        view.steps,
        proc.materials,
        view.channels,
        view.facts,
        view.notes,
        cite,
        dates=dates,
        timeline=timeline,
        cases=cases,
        ask_locally=True,
    )
    return _page("general", view, title, intro, sections, cite, command)


def sheet(view: ProcedureView, conditional: Iterable[Key] = (), large: bool = False) -> Page:
    """The one-page sheet of a whole procedure: the steps that always apply come first.

    ``conditional``: ``("step" | "material", id)`` of the items that apply only in some
    cases (see ``page.general``), besides those with a condition of their own.
    """
    proc = view.procedure
    some = list(conditional)
    window = brief.at_window(proc)
    parts = brief.sections(
        view,
        view.steps,
        brief.usual_materials(view, some),
        view.channels,
        window,
        optional=brief.optional_steps(view, some),
    )
    intro = [Entry(tx(proc.summary), "summary"), *applied(view)]
    return sheet_page(view, tx(proc.title), None, intro, parts, window, large)


def sheet_page(
    view: ProcedureView,
    title: str,
    outcome: str | None,
    intro: list[Entry],
    parts: tuple[Section, ...],
    window: tuple[str, str],
    large: bool = False,
) -> Page:
    """The one-page sheet as a page: its parts are the sections; no command, no sources.

    In large type (``large``) the sheet takes up to two pages, and says so in its title.
    """
    proc = view.procedure
    return Page(
        kind="brief",
        procedure=proc.id,
        title=t("brief.title_large" if large else "brief.title", title=title),
        outcome=outcome,
        intro=tuple(intro),
        brief=parts,
        sections=parts,
        window=window,
        reviewed=t("ui.reviewed", date=proc.reviewed.isoformat()) if proc.reviewed else "",
        disclaimer=t("ui.disclaimer"),
        compact=True,
        data={"view": view, "heading": title},
    )


def applied(view: ProcedureView) -> list[Entry]:
    """For the one-page sheet: the regions whose data it holds (nothing when none adds any)."""
    return region_entries(view)[-1:] if view.local else []


def channels(view: ProcedureView, chosen: Sequence[ChannelView]) -> Page:
    """A procedure's channels (``yibao channels``), then the region's contacts."""
    cite = Citations(view.ledger, view.as_of)
    found = items.channels(chosen, cite) or [Entry(t("ui.no_channels"), "text")]
    sections = [
        Section("channels", "", tuple(found)),
        Section("contacts", t("ui.contacts"), tuple(items.contacts(view.contacts, cite))),
    ]
    return _page("channels", view, tx(view.procedure.title), region_entries(view), sections, cite)


def timeline_page(view: ProcedureView, timeline: Timeline) -> Page:
    """Each step with its expected date or range (``yibao timeline``)."""
    cite = Citations(view.ledger, view.as_of)
    intro = [*region_entries(view), *items.start_entries(timeline)]
    intro.append(Entry(t("tl.convention"), "convention"))
    from yibao_cli.wizard.schedule import of_timeline

    timed = {entry.id for entry in timeline.steps}
    steps = [item for item in view.steps if item.step.id in timed]
    entries = items.steps(view, steps, cite, dates=of_timeline(timeline, steps), needs=False)
    if not timeline.steps:
        entries = [Entry(t("tl.no_steps"), "text")]
    elif timeline.deadlines:
        entries += items.timeline_notes(timeline, steps)
    else:
        entries.append(Entry(t("tl.no_durations"), "text"))
        entries += items.timeline_notes(timeline, steps)
    sections = [Section("steps", t("ui.steps"), tuple(entries))]
    page = _page(
        "timeline", view, t("tl.title", title=tx(view.procedure.title)), intro, sections, cite
    )
    return page


def _page(
    kind: str,
    view: ProcedureView,
    title: str,
    intro: list[Entry],
    sections: list[Section],
    cite: Citations,
    command: str = "",
) -> Page:
    proc = view.procedure
    return Page(
        kind=kind,
        procedure=proc.id,
        title=title,
        intro=tuple(intro),
        sections=tuple(section for section in sections if section.entries),
        window=brief.at_window(proc),
        command=command,
        **ending(proc, cite),
        data={"view": view},
    )
