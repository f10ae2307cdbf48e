"""Walk every path of a flow, as GOV.UK Smart Answers' tests do: every answer of every question."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from yibao_cli.catalogue import model
from yibao_cli.wizard.engine import Answer, Walk, offered, walk


def numbers(flow: model.Flow, question_id: str) -> set[int]:
    """Every number a condition compares this question's answer with."""
    found: set[int] = set()

    def visit(condition: model.Condition | None) -> None:
        expect = (condition or {}).get(question_id)
        if isinstance(expect, model.Test):
            found.update(n for n in (expect.lt, expect.le, expect.gt, expect.ge) if n is not None)

    for question in flow.questions:
        for option in question.options:
            visit(option.when)
        for route in question.next:
            visit(route.when)
    for end in flow.outcomes:
        for verdict in end.verdicts:
            visit(verdict.when)
        for items in (end.steps, end.materials or (), end.facts, end.notes, end.related):
            for item in items:
                if isinstance(item, model.Pick):
                    visit(item.when)
        for pick in end.channels:
            if isinstance(pick, model.ChannelPick):
                visit(pick.when)
    return found


def candidates(
    flow: model.Flow, question: model.Question, known: dict[str, Answer], today: datetime.date
) -> list[Answer]:
    """The answers worth trying: every option (every set of options), both sides of each bound."""
    if question.kind == "select":
        return [option.value for option in offered(question, known)]
    if question.kind == "checkbox":
        values = [option.value for option in offered(question, known)]
        return [
            combo
            for size in range(len(values) + 1)
            for combo in itertools.combinations(values, size)
        ]
    if question.kind == "confirm":
        return [True, False]
    if question.kind == "date":
        return [today.isoformat()]
    rule = question.validator
    if rule is not None and rule.kind == "integer":
        low = rule.min if rule.min is not None else -(10**6)
        high = rule.max if rule.max is not None else 10**6
        tried = {low, high}
        for bound in numbers(flow, question.id):
            tried |= {bound - 1, bound, bound + 1}
        return [str(n) for n in sorted(tried) if low <= n <= high]
    return [str(question.default) if question.default is not None else "text"]


@dataclass
class Coverage:
    """What walking every path reached."""

    walks: list[Walk] = field(default_factory=list)
    asked: set[str] = field(default_factory=set)
    chosen: set[tuple[str, str]] = field(default_factory=set)
    dead_ends: list[dict[str, Answer]] = field(default_factory=list)

    @property
    def outcomes(self) -> set[str]:
        """The outcomes reached."""
        return {w.outcome.id for w in self.walks if w.outcome is not None}


def explore(flow: model.Flow, today: datetime.date, limit: int = 20000) -> Coverage:
    """Walk every combination of candidate answers, depth first."""
    found = Coverage()

    def visit(answers: dict[str, Answer]) -> None:
        assert len(found.walks) < limit, f"{flow.procedure}: more than {limit} paths"
        current = walk(flow, answers, today)
        if current.outcome is not None:
            found.walks.append(current)
            return
        question = current.pending
        assert question is not None
        found.asked.add(question.id)
        options = candidates(flow, question, current.known, today)
        if not options:
            found.dead_ends.append(dict(answers))
        for answer in options:
            for value in answer if isinstance(answer, tuple) else (answer,):
                if isinstance(value, str):
                    found.chosen.add((question.id, value))
            visit({**answers, question.id: answer})

    visit({})
    return found


def every_path(flow: model.Flow, today: datetime.date) -> Iterator[Walk]:
    """Every finished walk of a flow."""
    yield from explore(flow, today).walks
