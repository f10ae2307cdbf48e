"""Number the sources a page cites, say which claims may be out of date, and list the sources.

Pure: the text, terminal, Markdown and HTML writers all show the same numbers and lines.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.strings import lang, t


@dataclass(frozen=True)
class Listed:
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

    That is its items, its wizard's verdicts, the shared channels it goes through and the
    regions' items for it.
    """
    ids: set[str] = set()
    proc = catalogue.procedure(procedure_id)
    if proc is not None:
        items: list[object] = [*proc.steps, *proc.materials, *proc.channels, *proc.facts]
        items += [*proc.notes, *proc.faq, *(span for step in proc.steps for span in step.durations)]
        items += [catalogue.platform(channel.via) for channel in proc.channels]
        flow = catalogue.flow(procedure_id)
        if flow is not None:
            items += [verdict for outcome in flow.outcomes for verdict in outcome.verdicts]
        for region in catalogue.regions:
            overlay = region.overlay(procedure_id)
            if overlay is None:
                continue
            items += [*overlay.contacts, *overlay.channels, *overlay.facts, *overlay.notes]
            items += [
                *overlay.faq,
                *(span for spans in overlay.durations.values() for span in spans),
            ]
        for item in items:
            ids.update(getattr(item, "sources", ()))
    return [source for source in catalogue.sources if source.id in ids]
