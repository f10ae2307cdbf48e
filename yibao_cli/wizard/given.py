"""Answers given without a terminal: read, checked, defaults filled in, what is missing.

They come from ``--answer``, an answers file or a resumed wizard.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from yibao_cli.catalogue import model
from yibao_cli.errors import NotFoundError, UsageError
from yibao_cli.search import lookup
from yibao_cli.strings import t
from yibao_cli.wizard.engine import (
    Answer,
    AnswerError,
    Walk,
    allowed_values,
    default,
    parse,
    plan,
    tx,
    walk,
)


def find_flow(cat: model.Catalogue, query: str) -> model.Flow:
    """Resolve an id or alias to a procedure that has a wizard.

    Raises:
        NotFoundError: No such procedure, or it has no wizard (the message lists those that do).
    """
    proc = lookup.resolve(cat, query)
    flow = cat.flow(proc.id)
    if flow is None:
        listed = tuple(f"  {f.procedure}  {tx(f.task)}" for f in cat.flows)
        raise NotFoundError(t("wiz.no_flow", id=proc.id), (t("wiz.see_show", id=proc.id), *listed))
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
            raise UsageError(t("wiz.bad_answer_arg", arg=arg))
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
                t("wiz.unknown_question", id=flow.procedure, key=key),
                (t("wiz.questions", keys="、".join(ids)),),
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


def check_given(flow: model.Flow, given: dict[str, object], done: Walk, day: datetime.date) -> None:
    """Report the first answer given that does not fit its question.

    Raises:
        UsageError: With the allowed values.
    """
    pending = done.pending
    if pending is None or pending.id not in given:
        return
    try:
        parse(pending, given[pending.id], done.known, day)
    except AnswerError as error:
        value = given[pending.id]
        if isinstance(value, bool):
            shown: object = "yes" if value else "no"
        elif isinstance(value, list | tuple):
            shown = ",".join(map(str, value))
        else:
            shown = value
        raise UsageError(
            t("wiz.bad_answer", id=pending.id, value=shown, message=error.message),
            tuple(describe(pending, done.known)),
        ) from None


def _choice(value: str, label: str) -> str:
    # "lost（丢了）", "lost (Lost)"; a label that only repeats the value is left out: "yes".
    if not label or label.strip().lower() == value.lower():
        return value
    return t("wiz.choice", value=value, label=label)


def describe(question: model.Question, known: Mapping[str, Answer]) -> list[str]:
    """Lines naming a question and what it accepts."""
    lines = [t("wiz.missing_item", id=question.id, text=tx(question.text))]
    pairs = allowed_values(question, known)
    if pairs:
        values = " | ".join(_choice(value, label) for value, label in pairs)
        lines.append(t("wiz.allowed", values=values))
    else:
        rule = question.validator
        hint = {"date": t("wiz.free_date")}.get(question.kind, t("wiz.free_text"))
        if rule is not None and rule.kind == "integer":
            hint = t("wiz.free_integer")
            if rule.min is not None and rule.max is not None:
                hint += f" {rule.min}–{rule.max}"
        lines.append(t("wiz.free", hint=hint))
    return lines


def missing(flow: model.Flow, given: dict[str, object], day: datetime.date) -> tuple[str, ...]:
    """Describe the questions still to answer on the (projected) path, and the form to use."""
    current = walk(flow, given, day)
    todo = [q for q in plan(flow, given, day) if q.id not in current.known]
    lines = [t("wiz.noninteractive", id=flow.procedure), t("wiz.missing", count=len(todo))]
    for question in todo:
        lines.extend("  " + line for line in describe(question, current.known))
    return tuple(lines)
