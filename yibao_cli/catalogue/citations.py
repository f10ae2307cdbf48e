"""Check the source ledger and the citations: every claim names known sources that can carry it.

A claim is every object with a ``tier``. Two kinds of claim may leave ``sources`` out and take
their parent's: a duration inside a procedure step (the step's) and a part of a number format
(the format's); ``fill_procedure`` and ``fill_numbers`` write those in at load time, so that
every claim of a loaded catalogue carries its own sources. The citations are checked only in a
catalogue that has ``sources.yaml``: one without (an old catalogue, a test one) cites nothing
that can be checked, and its pages show no source numbers.
"""

from __future__ import annotations

import dataclasses
import datetime
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence

from yibao_cli.catalogue import model
from yibao_cli.catalogue.yamlsource import Problem, Source
from yibao_cli.strings import t

Cited = tuple[Source, list[str | int], tuple[str, ...], model.Tier, object]
"""Where a claim is written (file and path of the item), the sources it cites, its tier and
the item itself (which may quote its first source)."""

OFFICIAL_SUFFIXES = ("gov.cn",)
"""The hosts a ledger URL may name: ``gov.cn`` itself and every name ending in ``.gov.cn``
(www.gov.cn, nhsa.gov.cn, fuwu.nhsa.gov.cn, mohrss.gov.cn, std.samr.gov.cn and every
provincial and city government, e.g. ybj.beijing.gov.cn)."""


def official_url(url: str) -> bool:
    """Tell whether a URL is https on an official host, with no user name or port."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme != "https" or port is not None or "@" in parts.netloc or not host:
        return False
    return any(host == suffix or host.endswith(f".{suffix}") for suffix in OFFICIAL_SUFFIXES)


def check_ledger(source: Source, ledger: model.Ledger) -> list[Problem]:
    """Return every problem of ``sources.yaml`` itself: ids, dates, review days and URLs."""
    from yibao_cli.catalogue.checks import valid_id

    problems: list[Problem] = []
    seen: set[str] = set()
    for i, entry in enumerate(ledger.sources):
        if not valid_id(entry.id):
            problems.append(source.problem(["sources", i, "id"], t("check.bad_id", id=entry.id)))
        if entry.id in seen:
            problems.append(
                source.problem(["sources", i, "id"], t("check.duplicate_id", id=entry.id))
            )
        seen.add(entry.id)
        if entry.review_days < 1:
            problems.append(source.problem(["sources", i, "review_days"], t("src.review_days")))
        if entry.url is not None and not official_url(entry.url):
            problems.append(source.problem(["sources", i, "url"], t("src.url", url=entry.url)))
        if entry.published is not None and entry.published > entry.verified:
            problems.append(source.problem(["sources", i, "published"], t("src.published")))
    return problems


def check_citations(
    found: Iterable[Cited], ledger: dict[str, model.Source] | None
) -> list[Problem]:
    """Return a problem for every citation the ledger cannot back.

    Args:
        found: Every claim of the catalogue.
        ledger: The ledger by id, or None for a catalogue without ``sources.yaml``.
    """
    if ledger is None:
        return []
    problems: list[Problem] = []
    for source, path, ids, tier, _ in found:
        if not ids:
            problems.append(source.problem(path, t("src.none")))
            continue
        for j, source_id in enumerate(ids):
            if source_id not in ledger:
                where = [*path, "sources", j]
                problems.append(source.problem(where, t("src.unknown", id=source_id)))
        kinds = {ledger[i].kind for i in ids if i in ledger}
        if tier == "全国" and kinds and not kinds & model.AUTHORITATIVE:
            problems.append(source.problem([*path, "tier"], t("src.national")))
    return problems


def procedure_claims(source: Source, proc: model.Procedure) -> Iterator[Cited]:
    """Yield every claim of a procedure, durations with their inherited sources."""
    for i, step in enumerate(proc.steps):
        yield source, ["steps", i], step.sources, step.tier, step
        for j, span in enumerate(step.durations):
            where: list[str | int] = ["steps", i, "durations", j]
            yield source, where, span.sources or step.sources, span.tier, span
    for key in ("materials", "channels", "facts", "notes", "faq"):
        yield from _items(source, [key], getattr(proc, key))


def platform_claims(source: Source, platforms: Sequence[model.Platform]) -> Iterator[Cited]:
    """Yield the shared channels of ``channels.yaml``."""
    yield from _items(source, [], platforms)


def region_claims(source: Source, region: model.Region) -> Iterator[Cited]:
    """Yield a region's contacts and every item of its overlays."""
    yield from _items(source, ["contacts"], region.contacts)
    for proc_id, overlay in region.procedures.items():
        prefix: list[str | int] = ["procedures", proc_id]
        for key in ("contacts", "channels", "facts", "notes", "faq"):
            yield from _items(source, [*prefix, key], getattr(overlay, key))
        for step_id, spans in overlay.durations.items():
            yield from _items(source, [*prefix, "durations", step_id], spans)


def number_claims(source: Source, formats: Sequence[model.NumberFormat]) -> Iterator[Cited]:
    """Yield every number format, its parts (inheriting) and its notes."""
    for i, item in enumerate(formats):
        yield source, [i], item.sources, item.tier, item
        for j, part in enumerate(item.parts):
            yield source, [i, "parts", j], part.sources or item.sources, part.tier, part
        yield from _items(source, [i, "notes"], item.notes)


def flow_claims(source: Source, flow: model.Flow) -> Iterator[Cited]:
    """Yield the verdicts of a flow's outcomes, and the rules they work things out with."""
    for i, outcome in enumerate(flow.outcomes):
        yield from _items(source, ["outcomes", i, "verdicts"], outcome.verdicts)
        rule = outcome.waiting
        if rule is not None:
            yield source, ["outcomes", i, "waiting"], rule.sources, rule.tier, rule
            if rule.range_tier is not None:
                where: list[str | int] = ["outcomes", i, "waiting", "range_sources"]
                ids = rule.range_sources or rule.sources
                yield source, where, ids, rule.range_tier, None
        window = outcome.window
        if window is not None:
            yield source, ["outcomes", i, "window"], window.sources, window.tier, window
        counted = outcome.continuity
        if counted is not None:
            where = ["outcomes", i, "continuity"]
            yield source, where, counted.sources, counted.tier, counted
            yield source, where, counted.sources, counted.border_tier, None


def _items(source: Source, prefix: list[str | int], items: Sequence[object]) -> Iterator[Cited]:
    for i, item in enumerate(items):
        sources: tuple[str, ...] = getattr(item, "sources")  # noqa: B009 - every claim has them
        tier: model.Tier = getattr(item, "tier")  # noqa: B009
        yield source, [*prefix, i], sources, tier, item


def fill_procedure(proc: model.Procedure, ledger: dict[str, model.Source]) -> model.Procedure:
    """Give step durations their step's sources, and compute ``reviewed`` from the ledger."""
    steps = tuple(
        dataclasses.replace(
            step,
            durations=tuple(
                span if span.sources else dataclasses.replace(span, sources=step.sources)
                for span in step.durations
            ),
        )
        if any(not span.sources for span in step.durations)
        else step
        for step in proc.steps
    )
    proc = dataclasses.replace(proc, steps=steps)
    if ledger:
        dates = [ledger[i].verified for i in cited_by(proc) if i in ledger]
        proc = dataclasses.replace(proc, reviewed=max(dates, default=None))
    return proc


def fill_numbers(formats: Sequence[model.NumberFormat]) -> tuple[model.NumberFormat, ...]:
    """Give number parts without sources their format's."""
    return tuple(
        dataclasses.replace(
            item,
            parts=tuple(
                part if part.sources else dataclasses.replace(part, sources=item.sources)
                for part in item.parts
            ),
        )
        for item in formats
    )


def cited_by(proc: model.Procedure) -> list[str]:
    """The source ids a procedure cites, in order of first citation, without repeats."""
    ids: list[str] = []
    items: list[object] = [*proc.steps, *proc.materials, *proc.channels]
    items += [*proc.facts, *proc.notes, *proc.faq]
    for step in proc.steps:
        items.extend(step.durations)
    for item in items:
        for source_id in getattr(item, "sources", ()):
            if source_id not in ids:
                ids.append(source_id)
    return ids


def expired_warnings(source: Source, ledger: model.Ledger, as_of: datetime.date) -> list[Problem]:
    """A warning for every ledger entry whose check has expired on ``as_of``."""
    return [
        source.problem(
            ["sources", i, "verified"],
            t("src.expired", id=entry.id, date=entry.expires.isoformat()),
        )
        for i, entry in enumerate(ledger.sources)
        if entry.expired(as_of)
    ]


CALENDAR_SOURCES = frozenset({"gov-order-795", "gov-holiday-measures", "gov-holidays-2026"})
"""Ledger entries that back the working-day count rather than a claim: the holiday measures and
国务院令第795号 that amends them (the rule ``dates/holidays.py`` counts by when no arrangement is
published) and the notice for 2026, whose dates ``chinese-calendar`` carries. Every timeline
rests on them, so no claim needs to cite them for them to be in use."""


def unused_warnings(source: Source, ledger: model.Ledger, cited: set[str]) -> list[Problem]:
    """A warning for every ledger entry that no claim cites and the calendar does not use."""
    return [
        source.problem(["sources", i, "id"], t("src.unused", id=entry.id))
        for i, entry in enumerate(ledger.sources)
        if entry.id not in cited and entry.id not in CALENDAR_SOURCES
    ]


def cited_ids(catalogue: model.Catalogue) -> set[str]:
    """Every source id some claim of the catalogue cites."""
    found: set[str] = set()
    stack: list[object] = [
        *catalogue.procedures,
        *catalogue.platforms,
        *catalogue.regions,
        *catalogue.numbers,
        *catalogue.flows,
    ]
    while stack:
        item = stack.pop()
        if isinstance(item, (tuple, list)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, model.Record) and dataclasses.is_dataclass(item):
            for name in item.__dataclass_fields__:
                value = getattr(item, name)
                if name == "sources":
                    found.update(value)
                elif isinstance(value, (tuple, list, dict, model.Record)):
                    stack.append(value)
    return found
