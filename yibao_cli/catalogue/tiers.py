"""One claim, one tier: the same text may not carry two tiers anywhere in the catalogue."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from yibao_cli.catalogue import model
from yibao_cli.catalogue.yamlsource import Problem, Source
from yibao_cli.strings import t

_NOISE = re.compile(r"[\s，。；：、,.;:（）()“”\"'！？!?]+")

Claim = tuple[Source, list[str | int], str, model.Tier]
"""Where a claim is written (file and field path), its Chinese text and its tier."""


def claims(source: Source, proc: model.Procedure) -> Iterator[Claim]:
    """Yield every claim of a procedure that carries its own tier."""
    for i, step in enumerate(proc.steps):
        if step.detail:
            yield source, ["steps", i, "detail"], _zh(step.detail), step.tier
    for i, material in enumerate(proc.materials):
        if material.detail:
            yield source, ["materials", i, "detail"], _zh(material.detail), material.tier
    for i, fact in enumerate(proc.facts):
        yield source, ["facts", i, "value"], _zh(fact.value), fact.tier
    for i, note in enumerate(proc.notes):
        yield source, ["notes", i, "text"], _zh(note.text), note.tier
    for i, entry in enumerate(proc.faq):
        yield source, ["faq", i, "a"], _zh(entry.a), entry.tier


def number_claims(source: Source, formats: Sequence[model.NumberFormat]) -> Iterator[Claim]:
    """Yield the claims of ``numbers.yaml``: each kind's summary and notes."""
    for i, item in enumerate(formats):
        yield source, [i, "summary"], _zh(item.summary), item.tier
        for j, note in enumerate(item.notes):
            yield source, [i, "notes", j, "text"], _zh(note.text), note.tier


def check_tiers(found: Sequence[Claim]) -> list[Problem]:
    """Return a problem for every claim whose text another claim carries with another tier."""
    first: dict[str, Claim] = {}
    problems: list[Problem] = []
    for claim in found:
        source, path, text, tier = claim
        key = _NOISE.sub("", text)
        if not key:
            continue
        earlier = first.setdefault(key, claim)
        if earlier[3] != tier:
            where = f"{earlier[0].file}:{earlier[0].line(earlier[1])}"
            problems.append(
                source.problem(path, t("check.two_tiers", tier=tier, other=earlier[3], where=where))
            )
    return problems


def _zh(text: model.Text) -> str:
    return text if isinstance(text, str) else text.zh
