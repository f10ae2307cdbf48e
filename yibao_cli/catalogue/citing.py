"""Number the sources a page cites, say which claims may be out of date, and list the sources.

Pure: the text, terminal, Markdown and HTML writers all show the same numbers and lines.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.strings import lang, t


@frozen
class Listed(Record):
    """One source in a page's numbered list: its number, title and the lines under it."""

    number: int
    source: model.Source
    title: str
    lines: tuple[str, ...]
    expired: bool


class Citations:
    """The sources one page cites, numbered 1, 2, … in the order the page first cites them."""

    def __init__(
        self, ledger: Mapping[str, model.Source], as_of: datetime.date | None = None
    ) -> None:
        self.ledger = ledger
        self.as_of = as_of or datetime.date.today()
        self._numbers: dict[str, int] = {}

    def numbers(self, ids: Iterable[str]) -> list[int]:
        """Number the known sources among ``ids`` (a new one takes the next number)."""
        found = []
        for source_id in ids:
            if source_id not in self.ledger:
                continue
            number = self._numbers.setdefault(source_id, len(self._numbers) + 1)
            if number not in found:
                found.append(number)
        return sorted(found)

    def label(self, ids: Iterable[str]) -> str:
        """The numbers as written after a tier: ``1,3`` (empty for none)."""
        return ",".join(str(number) for number in self.numbers(ids))

    def stale(self, ids: Iterable[str]) -> datetime.date | None:
        """The latest check of a claim's sources when every one has expired, else None."""
        known = [self.ledger[i] for i in ids if i in self.ledger]
        if not known or not all(source.expired(self.as_of) for source in known):
            return None
        return max(source.verified for source in known)

    def stale_line(self, ids: Iterable[str]) -> str:
        """The warning under a claim whose every source has expired (empty otherwise)."""
        when = self.stale(ids)
        return t("src.stale", date=when.isoformat()) if when is not None else ""

    def listed(self) -> list[Listed]:
        """The sources cited so far, by number."""
        order = sorted(self._numbers.items(), key=lambda item: item[1])
        return [describe(number, self.ledger[i], self.as_of) for i, number in order]


def describe(number: int, source: model.Source, as_of: datetime.date) -> Listed:
    """One source as a numbered list shows it: title, then 文号 · publisher · date, URL, check."""
    about = [source.number or "", model.text(source.publisher, lang())]
    if source.published is not None:
        about.append(t("src.published_on", date=source.published.isoformat()))
    lines = [" · ".join(part for part in about if part)]
    if source.url:
        lines.append(source.url)
    expired = source.expired(as_of)
    key = "src.verified_expired" if expired else "src.verified"
    lines.append(t(key, date=source.verified.isoformat()))
    title = model.text(source.title, lang())  # a document's own title: not marked
    return Listed(number, source, title, tuple(line for line in lines if line), expired)


def tag_label(tier_label: str, numbers: str) -> str:
    """Join a tier and its source numbers: ``全国·1,3`` (the tier alone without numbers)."""
    return f"{tier_label}·{numbers}" if numbers else tier_label


def of_procedure(catalogue: model.Catalogue, procedure_id: str) -> list[model.Source]:
    """The ledger entries one procedure cites, in ledger order.

    That is its items, its wizard's verdicts and rules, the shared channels it goes through
    and the regions' items for it.
    """
    ids: set[str] = set()
    for _, item in claims(catalogue, procedure_id):
        ids.update(getattr(item, "sources", ()))
    return [source for source in catalogue.sources if source.id in ids]


@frozen
class Quoted(Record):
    """A claim's sentence from its first source: what the claim says, the quote, how derived."""

    label: str
    quote: str | None
    derived: str | None


def claims(catalogue: model.Catalogue, procedure_id: str) -> list[tuple[str, object]]:
    """Every claim one procedure shows, with a short label naming it (a title, a name)."""
    found: list[tuple[str, object]] = []
    proc = catalogue.procedure(procedure_id)
    if proc is None:
        return found
    for step in proc.steps:
        found.append((_name(step.title), step))
        found += [(_name(step.title), span) for span in step.durations]
    found += [(_name(item.name), item) for item in proc.materials]
    for channel in proc.channels:
        platform = catalogue.platform(channel.via)
        name = _name(platform.name) if platform is not None else channel.via
        found += [(name, channel), (name, platform)]
    found += [(_name(item.label), item) for item in proc.facts]
    found += [(_name(item.text), item) for item in proc.notes]
    found += [(_name(item.q), item) for item in proc.faq]
    flow = catalogue.flow(procedure_id)
    if flow is not None:
        for outcome in flow.outcomes:
            found += [(_name(verdict.text), verdict) for verdict in outcome.verdicts]
            title = _name(outcome.title)
            rules = (outcome.waiting, outcome.continuity, outcome.window)
            found += [(title, rule) for rule in rules if rule is not None]
    for region in catalogue.regions:
        overlay = region.overlay(procedure_id)
        if overlay is None:
            continue
        place = model.text(region.name, lang())
        items: list[tuple[model.Text, object]] = [(c.name, c) for c in overlay.contacts]
        items += [(c.via, c) for c in overlay.channels]
        items += [(f.label, f) for f in overlay.facts]
        items += [(n.text, n) for n in overlay.notes]
        items += [(f.q, f) for f in overlay.faq]
        items += [(s, d) for s, spans in overlay.durations.items() for d in spans]
        found += [(f"{place} · {_name(name)}", item) for name, item in items]
    return [(label, item) for label, item in found if item is not None]


def quotes_by_source(catalogue: model.Catalogue, procedure_id: str) -> dict[str, list[Quoted]]:
    """The quoted (or derived) claims of one procedure, under the first source each cites."""
    found: dict[str, list[Quoted]] = {}
    for label, item in claims(catalogue, procedure_id):
        quote = getattr(item, "quote", None)
        derived = getattr(item, "derived", None)
        ids: tuple[str, ...] = getattr(item, "sources", ())
        if (quote or derived) and ids:
            entry = Quoted(label, quote, derived)
            if entry not in found.setdefault(ids[0], []):
                found[ids[0]].append(entry)
    return found


def _name(value: model.Text, most: int = 24) -> str:
    """A claim's label, cut to ``most`` characters."""
    words = " ".join(model.text(value, lang()).split())
    return words if len(words) <= most else words[: most - 1] + "…"
