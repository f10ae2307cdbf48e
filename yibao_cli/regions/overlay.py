"""A procedure as one region sees it: national content merged with the region's overlays."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import TYPE_CHECKING

from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import frozen
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.catalogue.calendar import CalendarYear
    from yibao_cli.regions.resolve import Place


@frozen
class Origin:
    """Where an item comes from: national content (``region`` None) or a region's overlay.

    ``within`` names the division below the region that the item belongs to, if any, so that
    a district office is labelled with its district, not its city.
    """

    region: model.Region | None = None
    within: model.Within | None = None


NATIONAL = Origin()


def region_label(region: model.Region | model.Within) -> str:
    """Name a catalogue region (or a division within it) with its level: 福州市（市级）."""
    name = model.text(region.name, lang(), mark=True)
    return t("ui.origin", name=name, level=t(f"level.{region.level}"))


@frozen
class StepView:
    """A step with the durations in force for the region."""

    step: model.Step
    durations: tuple[model.Duration, ...]
    origin: Origin


@frozen
class ChannelView:
    """A channel with its platform resolved."""

    channel: model.Channel
    platform: model.Platform
    origin: Origin


@frozen
class ProcedureView:
    """Everything shown for one procedure, with each item's origin.

    ``place`` is the region the user asked for (None for the national answer); ``regions`` lists
    the catalogue regions applied, most specific first; ``local`` is False when a region was
    asked for but none of them adds anything to this procedure.
    """

    def contributing(self) -> tuple[model.Region, ...]:
        """Return the applied regions that add something to this procedure."""
        return tuple(
            region
            for region in self.regions
            if region.contacts or region.overlay(self.procedure.id) is not None
        )

    procedure: model.Procedure
    regions: tuple[model.Region, ...]
    local: bool
    steps: tuple[StepView, ...]
    channels: tuple[ChannelView, ...]
    facts: tuple[tuple[model.Fact, Origin], ...]
    notes: tuple[tuple[model.Note, Origin], ...]
    faq: tuple[tuple[model.Faq, Origin], ...]
    contacts: tuple[tuple[model.Contact, Origin], ...]
    platforms: dict[str, model.Platform]
    place: Place | None = None
    calendar: tuple[CalendarYear, ...] = ()
    """The catalogue's published holiday arrangements, for counting working days."""
    ledger: Mapping[str, model.Source] = field(default_factory=dict)
    """The catalogue's sources by id, for numbering the ones this view cites."""
    as_of: datetime.date | None = None
    """The day a source's check is judged on (None: today)."""
    elsewhere: tuple[model.Text, ...] = ()
    """When the regions asked for add nothing to this procedure: the titles of the other
    procedures they do have local information for."""
    treated: tuple[tuple[model.Contact, Origin], ...] = ()
    """The numbers and contacts of the place of treatment (就医地), when an outcome asks it."""


def view(
    catalogue: model.Catalogue,
    procedure: model.Procedure,
    regions: Sequence[model.Region] = (),
    place: Place | None = None,
    as_of: datetime.date | None = None,
) -> ProcedureView:
    """Merge a procedure with region overlays; the most specific region wins.

    Args:
        catalogue: The catalogue (for platforms).
        procedure: The national procedure.
        regions: Regions to apply, most specific first (county, city, province).
        place: The region the user asked for, whether or not the catalogue has data for it.
        as_of: The day sources' checks are judged on (None: today).

    Returns:
        The merged view.
    """
    layers = [(region, region.overlay(procedure.id)) for region in regions]
    durations = {step.id: (step.durations, NATIONAL) for step in procedure.steps}
    facts: dict[str, tuple[model.Fact, Origin]] = {
        fact.id: (fact, NATIONAL) for fact in procedure.facts
    }
    channels = [(channel, NATIONAL) for channel in procedure.channels]
    notes = [(note, NATIONAL) for note in procedure.notes]
    faq = [(item, NATIONAL) for item in procedure.faq]
    contacts = local_contacts(regions, procedure.id)
    local = bool(contacts)
    if place is not None:
        contacts[:0] = hotlines(catalogue, place)
    # Apply from least to most specific so that the most specific region has the last word.
    for region, overlay in reversed(layers):
        origin = Origin(region)
        if overlay is None:
            continue
        local = True
        for step_id, spans in overlay.durations.items():
            durations[step_id] = (spans, origin)
        for fact in overlay.facts:
            facts[fact.id] = (fact, origin)
        channels.extend((channel, origin) for channel in overlay.channels)
        notes.extend((note, origin) for note in overlay.notes)
        faq.extend((item, origin) for item in overlay.faq)
    return ProcedureView(
        procedure=procedure,
        regions=tuple(regions),
        local=local,
        steps=tuple(
            StepView(step, durations[step.id][0], durations[step.id][1]) for step in procedure.steps
        ),
        channels=tuple(_channel_views(catalogue, channels)),
        facts=tuple(facts.values()),
        notes=tuple(notes),
        faq=tuple(faq),
        contacts=tuple(contacts),
        platforms={platform.id: platform for platform in catalogue.platforms},
        place=place,
        calendar=catalogue.calendar,
        ledger=catalogue.ledger(),
        as_of=as_of,
        elsewhere=() if local else _elsewhere(catalogue, regions, procedure.id),
    )


def local_contacts(
    regions: Sequence[model.Region], procedure_id: str
) -> list[tuple[model.Contact, Origin]]:
    """The regions' own offices and those their overlay of a procedure adds, most specific first."""
    contacts: list[tuple[model.Contact, Origin]] = []
    for region in regions:
        overlay = region.overlay(procedure_id)
        own = (*region.contacts, *(overlay.contacts if overlay is not None else ()))
        contacts.extend((contact, Origin(region, contact.within)) for contact in own)
    return contacts


def _elsewhere(
    catalogue: model.Catalogue, regions: Sequence[model.Region], procedure_id: str
) -> tuple[model.Text, ...]:
    ids = dict.fromkeys(key for region in regions for key in region.procedures)
    ids.pop(procedure_id, None)
    titles = []
    for other in ids:
        summary = catalogue.summary(other)
        if summary is not None:
            titles.append(summary.title)
    return tuple(titles)


def hotlines(
    catalogue: model.Catalogue, place: Place, only: Sequence[str] | None = None
) -> list[tuple[model.Contact, Origin]]:
    """The national hotlines that answer locally, as a contact with the place's area code.

    12393 and 12333 reach the office of the place they are dialled from; from elsewhere the
    area code of the place comes first (``dial_with_area_code`` in ``channels.yaml``). A
    county uses its city's code; a province, or a place whose code is unknown, gets the rule
    without a number. ``only`` keeps the hotlines of these channel ids.
    """
    from yibao_cli.strings import entry

    found = catalogue.area_codes.for_division(place.code)
    origin = catalogue.area_codes.source
    area_line = None  # where the area code comes from, the same for every hotline
    if found is not None and origin is not None:
        area = found[1]
        area_line = str(entry("region.hotline_derived")[0]).format(
            area=area.area, place=area.name, library=origin.library, version=origin.version
        )
    made = []
    for platform in catalogue.platforms:
        if not (platform.dial_with_area_code and platform.phone):
            continue
        if only is not None and platform.id not in only:
            continue
        phone = platform.phone
        derived = "；".join(line for line in (platform.derived, area_line) if line) or None
        title = model.text(platform.name, "zh"), model.text(platform.name, "en")
        if found is None:
            values = {"phone": phone}
            note = _both("region.hotline_no_code", values)
            phones: tuple[str, ...] = (phone,)
        else:
            code, area = found
            values = {"phone": phone, "area": area.area, "place": area.name}
            note = _both("region.hotline_note", values)
            phones = (phone, f"{area.area}-{phone}")
        zh_name, en_name = entry("region.hotline_name")
        where = found[1].name if found is not None else place.division.full_name
        name = model.LocalText(
            zh=str(zh_name).format(place=where, name=title[0]),
            en=str(en_name).format(place=where, name=title[1]),
        )
        made.append(
            (
                model.Contact(
                    name=name,
                    tier=platform.tier,
                    phones=phones,
                    note=note,
                    sources=platform.sources,
                    quote=platform.quote,
                    derived=derived,
                ),
                NATIONAL,
            )
        )
    return made


def _both(key: str, values: dict[str, str]) -> model.LocalText:
    from yibao_cli.strings import entry

    zh, en = entry(key)
    return model.LocalText(zh=str(zh).format(**values), en=str(en).format(**values))


def _channel_views(
    catalogue: model.Catalogue, channels: Sequence[tuple[model.Channel, Origin]]
) -> list[ChannelView]:
    views = []
    for channel, origin in channels:
        platform = catalogue.platform(channel.via)
        assert platform is not None, channel.via  # checked when the catalogue was validated
        views.append(ChannelView(channel, platform, origin))
    return views


def way_labels(channels: Sequence[ChannelView]) -> list[str]:
    """Mark channels through the same platform as alternatives: ``（两种办法之一）``, or ``""``."""
    counts: dict[str, int] = {}
    for item in channels:
        counts[item.platform.id] = counts.get(item.platform.id, 0) + 1
    seen: dict[str, int] = {}
    labels = []
    for item in channels:
        total = counts[item.platform.id]
        seen[item.platform.id] = seen.get(item.platform.id, 0) + 1
        labels.append(t("ui.way", n=seen[item.platform.id], total=total) if total > 1 else "")
    return labels


def at_most(durations: Sequence[model.Duration]) -> bool:
    """Return True when every source states a time limit ("within N days"), not a duration."""
    return bool(durations) and all(d.limit for d in durations)


def limits_only(steps: Sequence[StepView]) -> bool:
    """Return True when every step that takes time has only time limits ("at the latest")."""
    timed = [item.durations for item in steps if item.durations]
    return bool(timed) and all(at_most(durations) for durations in timed)


def span(durations: Sequence[model.Duration]) -> tuple[int, int] | None:
    """Return the overall range covered by several sources' durations (None if there are none)."""
    if not durations:
        return None
    return min(d.low for d in durations), max(d.max for d in durations)
