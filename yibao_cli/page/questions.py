"""The words about a wizard's questions: what one accepts, what is still missing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from yibao_cli.catalogue import model
from yibao_cli.errors import UsageError
from yibao_cli.page.plain import tx
from yibao_cli.strings import t
from yibao_cli.wizard.engine import Answer, allowed_values
from yibao_cli.wizard.given import BadAnswer


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
        values = " | ".join(_choice(value, str(label)) for value, label in pairs)
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


def missing(
    flow: model.Flow, todo: Sequence[model.Question], known: Mapping[str, Answer]
) -> tuple[str, ...]:
    """Say which questions are still to answer, and the form to answer them in."""
    lines = [t("wiz.noninteractive", id=flow.procedure), t("wiz.missing", count=len(todo))]
    for question in todo:
        lines.extend("  " + line for line in describe(question, known))
    return tuple(lines)


def explained(error: BadAnswer) -> UsageError:
    """The error of an answer that does not fit, with what its question accepts."""
    return UsageError(error.said, tuple(describe(error.question, error.known)))
