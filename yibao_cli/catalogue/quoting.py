"""Check that every number a claim states is in the sentence it quotes from its source.

A claim that states a number (a fee, a time limit, an age, a phone number) carries ``quote``:
the sentence of its first source, verbatim, holding every such number, or ``derived``: one line
saying how the number follows from the source (positions 1–6 of an ID from “六位数字地址码”).
A ``全国`` claim's quote must come from a policy, an official page or a standard. Checked only
in a catalogue with ``sources.yaml``, as the citations are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from decimal import Decimal

from yibao_cli.catalogue import model, numerals
from yibao_cli.catalogue.citations import Cited
from yibao_cli.catalogue.yamlsource import Problem
from yibao_cli.strings import t

NOT_STATED = frozenset(
    {
        "id",
        "sources",
        "quote",
        "derived",
        "tier",
        "tone",
        "when",
        "via",
        "channels",
        "materials",
        "url",
        "kind",
        "actor",
        "working_days",
        "limit",
        "range_tier",
        "range_sources",
        "border_tier",
        "paid",
        "stopped",
        "step",
        "gap",
        "back",
        "window",
        "remind_days",
        "dial_with_area_code",
        "durations",
        "parts",
        "notes",
        "first",
        "last",
    }
)
"""Fields that state nothing a source must back: ids, tiers, links to other items, settings.

A step's durations, a format's parts and notes are claims of their own, quoted on their own.
The positions of a number's part (``first``, ``last``) are its layout, which ``derived`` or the
quote of its label covers.
"""


UNLOCATED = "unlocated-"
"""The ids of ledger entries that mark a figure whose source was not found (未找到出处): a
claim citing one first needs no quote (it has none to give) and may not be 全国."""


def stated(item: object) -> list[str]:
    """The Chinese texts and the figures a claim states, as text."""
    found: list[str] = []
    names: Iterable[str] = getattr(item, "__dataclass_fields__", {}).keys()
    for name in names:
        if name in NOT_STATED:
            continue
        _collect(getattr(item, name), found)
    return found


def _collect(value: object, found: list[str]) -> None:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, model.LocalText):
        found.append(value.zh)
    elif isinstance(value, int):
        found.append(str(value))
    elif isinstance(value, tuple):
        for part in value:
            _collect(part, found)


def claim_numbers(item: object) -> list[Decimal]:
    """The numbers a claim states, by value, without repeats."""
    found: list[Decimal] = []
    for piece in stated(item):
        found += [value for value in numerals.numbers(piece) if value not in found]
    return found


@dataclasses.dataclass(frozen=True)
class Checked:
    """What the quote rule found: errors, and the numbered claims that quote nothing."""

    errors: list[Problem]
    unquoted: list[Problem]


def check_quotes(found: Iterable[Cited], ledger: dict[str, model.Source] | None) -> Checked:
    """Check every claim's quote against the numbers it states and the source it names.

    Args:
        found: Every claim of the catalogue.
        ledger: The ledger by id, or None for a catalogue without ``sources.yaml``.

    Returns:
        Errors (a number missing from the quote, a 全国 quote from an article, an empty quote)
        and, apart, a problem for each claim that states a number and neither quotes nor
        derives it.
    """
    errors: list[Problem] = []
    unquoted: list[Problem] = []
    if ledger is None:
        return Checked(errors, unquoted)
    for source, path, ids, tier, item in found:
        if item is None:
            continue
        quote: str | None = getattr(item, "quote", None)
        derived: str | None = getattr(item, "derived", None)
        for name, value in (("quote", quote), ("derived", derived)):
            if value is not None and not value.strip():
                errors.append(source.problem([*path, name], t("src.quote_empty")))
        values = claim_numbers(item)
        if quote is not None and quote.strip() and ids and ids[0] in ledger:
            first = ledger[ids[0]]
            if tier == "全国" and first.kind not in model.AUTHORITATIVE:
                errors.append(
                    source.problem([*path, "quote"], t("src.quote_national", id=first.id))
                )
        if not values or (derived is not None and derived.strip()):
            continue
        if ids and ids[0].startswith(UNLOCATED) and quote is None and tier != "全国":
            continue  # marked 未找到出处: the ledger entry says what was searched
        if quote is None or not quote.strip():
            shown = "、".join(numerals.shown(value) for value in values)
            unquoted.append(source.problem(path, t("src.quote_none", numbers=shown)))
            continue
        said = set(numerals.numbers(quote))
        lost = [numerals.shown(value) for value in values if value not in said]
        if lost:
            errors.append(
                source.problem([*path, "quote"], t("src.quote_missing", numbers="、".join(lost)))
            )
    return Checked(errors, unquoted)


def quoted(item: object) -> Iterator[tuple[str, str]]:
    """The quote and the derivation of a claim, as ``("quote" | "derived", text)``."""
    for name in ("quote", "derived"):
        value = getattr(item, name, None)
        if isinstance(value, str) and value.strip():
            yield name, value
