"""Cross-checks the schema cannot express: ids, references, ranges and URLs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from yibao_cli.catalogue import model
from yibao_cli.catalogue.areacodes import AreaCodes
from yibao_cli.catalogue.yamlsource import Problem, Source
from yibao_cli.strings import t

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_CODE = re.compile(r"^[0-9]{6}$")
MAX_DURATION = 1000
"""The longest a step may take, in working days (about four years): more is a typo."""

Loaded = tuple[Source, model.Procedure]


def check_catalogue(
    platforms: tuple[Source, tuple[model.Platform, ...]],
    procedures: Sequence[Loaded],
    regions: Sequence[tuple[Source, model.Region]],
) -> list[Problem]:
    """Return every cross-reference problem of a schema-valid catalogue."""
    problems: list[Problem] = []
    platform_src, platform_list = platforms
    platform_ids = _unique_ids(platform_src, [], platform_list, problems)
    for index, platform in enumerate(platform_list):
        problems.extend(_url(platform_src, [index, "url"], platform.url))
    procedure_ids = {proc.id for _, proc in procedures}
    names: dict[str, str] = {}  # every id and alias -> the file that claims it
    for source, proc in procedures:
        stem = source.file.rsplit("/", 1)[-1].removesuffix(".yaml")
        if proc.id != stem:
            problems.append(source.problem(["id"], t("check.id_file", id=proc.id, stem=stem)))
        problems.extend(_procedure(source, proc, platform_ids, procedure_ids))
        claims: list[tuple[list[str | int], str]] = [(["id"], proc.id)]
        claims += [(["aliases", i], alias) for i, alias in enumerate(proc.aliases)]
        for path, name in claims:
            if name in names:
                problems.append(
                    source.problem(path, t("check.name_taken", name=name, other=names[name]))
                )
            names[name] = source.file
    codes: dict[str, str] = {}
    for source, region in regions:
        problems.extend(_region(source, region, platform_ids, procedures, codes))
    return problems


def valid_id(item_id: str) -> bool:
    """Tell whether an id is lower-case words joined by hyphens (``replace-card``)."""
    return bool(_ID.match(item_id))


def _unique_ids(
    source: Source, prefix: list[str | int], items: Sequence[object], problems: list[Problem]
) -> set[str]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_id: str = getattr(item, "id")  # noqa: B009 - every listed class has an id
        path = [*prefix, index, "id"]
        if not _ID.match(item_id):
            problems.append(source.problem(path, t("check.bad_id", id=item_id)))
        if item_id in seen:
            problems.append(source.problem(path, t("check.duplicate_id", id=item_id)))
        seen.add(item_id)
    return seen


def _procedure(
    source: Source, proc: model.Procedure, platform_ids: set[str], procedure_ids: set[str]
) -> Iterator[Problem]:
    problems: list[Problem] = []
    _unique_ids(source, ["steps"], proc.steps, problems)
    material_ids = _unique_ids(source, ["materials"], proc.materials, problems)
    _unique_ids(source, ["facts"], proc.facts, problems)
    named_notes = [(i, note.id) for i, note in enumerate(proc.notes) if note.id is not None]
    seen_notes: set[str] = set()
    for i, note_id in named_notes:
        path: list[str | int] = ["notes", i, "id"]
        if not _ID.match(note_id):
            problems.append(source.problem(path, t("check.bad_id", id=note_id)))
        if note_id in seen_notes:
            problems.append(source.problem(path, t("check.duplicate_id", id=note_id)))
        seen_notes.add(note_id)
    yield from problems
    for i, step in enumerate(proc.steps):
        yield from _refs(source, ["steps", i, "channels"], step.channels, platform_ids)
        yield from _refs(source, ["steps", i, "materials"], step.materials, material_ids)
        yield from _durations(source, ["steps", i, "durations"], step.durations)
        if step.durations and not step.working_days:
            yield source.problem(["steps", i, "durations"], t("check.anyday_duration"))
    yield from _channels(source, ["channels"], proc.channels, platform_ids)
    yield from _refs(source, ["related"], proc.related, procedure_ids - {proc.id})


def _region(
    source: Source,
    region: model.Region,
    platform_ids: set[str],
    procedures: Sequence[Loaded],
    codes: dict[str, str],
) -> Iterator[Problem]:
    if not _CODE.match(region.code):
        yield source.problem(["code"], t("check.bad_code", code=region.code))
    elif region.code in codes:
        yield source.problem(
            ["code"], t("check.name_taken", name=region.code, other=codes[region.code])
        )
    codes[region.code] = source.file
    by_id = {proc.id: proc for _, proc in procedures}
    for i, contact in enumerate(region.contacts):
        yield from _url(source, ["contacts", i, "url"], contact.url)
        yield from _within(source, ["contacts", i, "within"], region, contact.within)
    for pid, overlay in region.procedures.items():
        proc = by_id.get(pid)
        if proc is None:
            yield source.problem(["procedures", pid], t("check.unknown_ref", ref=pid))
            continue
        base = ["procedures", pid]
        yield from _channels(source, [*base, "channels"], overlay.channels, platform_ids)
        for i, contact in enumerate(overlay.contacts):
            yield from _url(source, [*base, "contacts", i, "url"], contact.url)
            yield from _within(source, [*base, "contacts", i, "within"], region, contact.within)
        steps = {step.id: step for step in proc.steps}
        for step_id, durations in overlay.durations.items():
            if step_id not in steps:
                yield source.problem(
                    [*base, "durations", step_id], t("check.unknown_ref", ref=step_id)
                )
            elif durations and not steps[step_id].working_days:
                yield source.problem([*base, "durations", step_id], t("check.anyday_duration"))
            yield from _durations(source, [*base, "durations", step_id], durations)


def _within(
    source: Source, path: list[str | int], region: model.Region, within: model.Within | None
) -> Iterator[Problem]:
    # A division below the region: same province (and city, for a city's file), lower level.
    if within is None:
        return
    keep = {"province": 2, "city": 4, "county": 6}[region.level]
    rank = {"province": 0, "city": 1, "county": 2}
    inside = _CODE.match(within.code) and within.code[:keep] == region.code[:keep]
    if not inside or rank[within.level] <= rank[region.level]:
        yield source.problem(path, t("check.not_within", code=within.code, region=region.code))


def _channels(
    source: Source, path: list[str | int], channels: Sequence[model.Channel], known: set[str]
) -> Iterator[Problem]:
    for i, channel in enumerate(channels):
        if channel.via not in known:
            yield source.problem([*path, i, "via"], t("check.unknown_ref", ref=channel.via))


def _refs(
    source: Source, path: list[str | int], refs: Sequence[str], known: set[str]
) -> Iterator[Problem]:
    for i, ref in enumerate(refs):
        if ref not in known:
            yield source.problem([*path, i], t("check.unknown_ref", ref=ref))


def _durations(
    source: Source, path: list[str | int], durations: Sequence[model.Duration]
) -> Iterator[Problem]:
    for i, span in enumerate(durations):
        if span.limit and span.min is not None:
            yield source.problem([*path, i, "min"], t("check.limit_min"))
        elif not span.limit and span.min is None:
            yield source.problem([*path, i], t("check.no_min"))
        elif span.low < 0 or span.max < span.low:
            yield source.problem([*path, i], t("check.bad_range", min=span.low, max=span.max))
        elif span.max > MAX_DURATION:
            yield source.problem([*path, i, "max"], t("check.too_long", max=MAX_DURATION))


def _url(source: Source, path: list[str | int], url: str | None) -> Iterator[Problem]:
    if url is not None and not url.startswith("https://"):
        yield source.problem(path, t("check.https", url=url))


def check_numbers(source: Source, formats: Sequence[model.NumberFormat]) -> list[Problem]:
    """Check ``numbers.yaml``: one entry per kind, parts in order and inside the length."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, item in enumerate(formats):
        if item.id in seen:
            problems.append(source.problem([index, "id"], t("check.duplicate_id", id=item.id)))
        seen.add(item.id)
        if item.parts and item.length is None:
            problems.append(source.problem([index, "length"], t("check.parts_need_length")))
        end = 0
        for number, part in enumerate(item.parts):
            path: list[str | int] = [index, "parts", number]
            size = item.length if item.length is not None else part.last
            if not end < part.first <= part.last <= size:
                problems.append(
                    source.problem(
                        path,
                        t("check.bad_part", first=part.first, last=part.last, after=end, size=size),
                    )
                )
            end = max(end, part.last)
    return problems


def check_area_codes(source: Source, codes: AreaCodes) -> list[Problem]:
    """Check ``area-codes.yaml``: six-digit division codes and well-formed area codes."""
    problems: list[Problem] = []
    for code, entry in codes.codes.items():
        if not (len(code) == 6 and code.isdigit()):
            problems.append(source.problem(["codes", code], t("check.bad_division", code=code)))
        if not _AREA.fullmatch(entry.area):
            problems.append(
                source.problem(["codes", code, "area"], t("check.bad_area", area=entry.area))
            )
    return problems


_AREA = re.compile(r"0[1-9]\d{1,2}")


def check_menu(
    source: Source,
    groups: Sequence[model.MenuGroup],
    procedure_ids: Sequence[str],
    has_estimate: bool,
) -> list[Problem]:
    """Check ``menu.yaml``: every procedure under exactly one heading, and no unknown id."""
    problems: list[Problem] = []
    seen: set[str] = set()
    known = set(procedure_ids)
    for index, group in enumerate(groups):
        if not group.items:
            problems.append(source.problem([index, "items"], t("check.menu_empty")))
        for number, item in enumerate(group.items):
            path: list[str | int] = [index, "items", number]
            if item in seen:
                problems.append(source.problem(path, t("check.menu_twice", id=item)))
            elif item not in known and not (item == model.MENU_ESTIMATE and has_estimate):
                problems.append(source.problem(path, t("check.menu_unknown", id=item)))
            seen.add(item)
    for proc_id in procedure_ids:
        if proc_id not in seen:
            problems.append(source.problem([], t("check.menu_missing", id=proc_id)))
    return problems
