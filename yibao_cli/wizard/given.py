"""Answers given without a terminal: read, checked, defaults filled in, what is missing.

They come from ``--answer``, an answers file or a resumed wizard.
"""

from __future__ import annotations

import datetime
from collections import ChainMap
from dataclasses import dataclass, field

from yibao_cli.catalogue import model
from yibao_cli.errors import Message, NotFoundError, UsageError
from yibao_cli.search import lookup
from yibao_cli.wizard.engine import (
    Answer,
    AnswerError,
    Walk,
    default,
    parse,
    plan,
    walk,
)


@dataclass
class Given:
    """The answers given before any question is asked, by where each comes from.

    Like copier's answers map: the command line wins over an answers file, a file over a
    resumed wizard, and those over the defaults filled in for ``--defaults``.
    """

    command_line: dict[str, object] = field(default_factory=dict)
    file: dict[str, object] = field(default_factory=dict)
    resumed: dict[str, object] = field(default_factory=dict)
    defaults: dict[str, object] = field(default_factory=dict)

    @property
    def answers(self) -> ChainMap[str, object]:
        """Every answer given, the most authoritative origin first."""
        return ChainMap(self.command_line, self.file, self.resumed, self.defaults)

    def origin(self, key: str) -> str | None:
        """Where an answer comes from: ``command_line``, ``file``, ``resumed`` or ``defaults``.

        None when the question was not answered.
        """
        for name in ("command_line", "file", "resumed", "defaults"):
            if key in getattr(self, name):
                return name
        return None

    def explicit(self) -> dict[str, object]:
        """The answers the user gave (command line and file), not resumed nor defaulted."""
        return {**self.file, **self.command_line}


def find_flow(cat: model.Catalogue, query: str) -> model.Flow:
    """Resolve an id or alias to a procedure that has a wizard.

    Raises:
        NotFoundError: No such procedure, or it has no wizard (the message lists those that do).
    """
    proc = lookup.resolve(cat, query)
    flow = cat.flow(proc.id)
    if flow is None:
        listed = tuple(Message("wiz.flow_line", id=f.procedure, task=f.task) for f in cat.flows)
        raise NotFoundError(
            Message("wiz.no_flow", id=proc.id), (Message("wiz.see_show", id=proc.id), *listed)
        )
    return flow


def parse_args(args: list[str]) -> dict[str, object]:
    """Split ``--answer key=value`` arguments.

    Raises:
        UsageError: An argument has no ``=`` or no key.
    """
    given: dict[str, object] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep or not key.strip():
            raise UsageError(Message("wiz.bad_answer_arg", arg=arg))
        given[key.strip()] = value
    return given


def check_keys(flow: model.Flow, given: dict[str, object]) -> None:
    """Refuse answers to questions the flow does not have (usually a typo).

    Raises:
        UsageError: Naming the unknown key and listing the flow's questions.
    """
    ids = [question.id for question in flow.questions]
    for key in given:
        if key not in ids:
            raise UsageError(
                Message("wiz.unknown_question", id=flow.procedure, key=key),
                (Message("wiz.questions", keys="、".join(ids)),),
            )


def drop_stale(
    flow: model.Flow, given: dict[str, object], saved: set[str], day: datetime.date
) -> dict[str, object]:
    """Forget saved answers (from ``--resume``) that no longer fit, so they are asked again.

    A saved date may have fallen out of range, or the catalogue may have changed since.
    """
    for _ in flow.questions:
        pending = walk(flow, given, day).pending
        if pending is None or pending.id not in saved or pending.id not in given:
            break
        del given[pending.id]
    return given


def fill_defaults(flow: model.Flow, given: dict[str, object], day: datetime.date) -> None:
    """Give every question on the path that has no usable answer its default answer."""
    for _ in flow.questions:
        current = walk(flow, given, day)
        pending = current.pending
        if pending is None or pending.id in given:
            return  # finished, or an invalid answer that check_given reports
        guess = default(pending, current.known, day)
        if guess is None:
            return  # no default (free text): reported as missing
        given[pending.id] = guess


class BadAnswer(UsageError):
    """An answer given that does not fit its question (kept, to say what it accepts)."""

    def __init__(self, message: Message, question: model.Question, known: dict[str, Answer]):
        super().__init__(message)
        self.question = question
        self.known = known


def check_given(flow: model.Flow, given: dict[str, object], done: Walk, day: datetime.date) -> None:
    """Report the first answer given that does not fit its question.

    The question the walk stopped at comes first; then, in the flow's order, the answers given
    to questions further on, so that a wrong answer is named even when an earlier one is
    missing.

    Raises:
        BadAnswer: Naming the question, the value and what is wrong.
    """
    pending = done.pending
    if pending is None:
        return
    ahead = [q for q in flow.questions if q.id in given and q.id not in done.known]
    ahead.sort(key=lambda q: q is not pending)
    for question in ahead:
        _check_one(question, given[question.id], done, day)


def _check_one(pending: model.Question, value: object, done: Walk, day: datetime.date) -> None:
    try:
        parse(pending, value, done.known, day)
    except AnswerError as error:
        if isinstance(value, bool):
            shown: object = "yes" if value else "no"
        elif isinstance(value, list | tuple):
            shown = ",".join(map(str, value))
        else:
            shown = value
        said = Message("wiz.bad_answer", id=pending.id, value=shown, message=error.message)
        raise BadAnswer(said, pending, done.known) from None


def missing(
    flow: model.Flow, given: dict[str, object], day: datetime.date
) -> tuple[tuple[model.Question, ...], dict[str, Answer]]:
    """The questions still to answer on the (projected) path, and the answers known so far.

    A question answered (from the command line, a file or a resumed wizard) is not missing,
    even when it comes after one that is.
    """
    current = walk(flow, given, day)
    todo = tuple(
        q for q in plan(flow, given, day) if q.id not in current.known and q.id not in given
    )
    return todo, current.known
