"""When each step and material of a wizard's procedure applies, for the general checklist.

The general checklist lists every step and material; each one the wizard includes only in
some cases is marked with those cases ("仅在……时").

Pure: reads the flow's outcomes and turns their conditions into the questions' own words.
"""

from __future__ import annotations

from collections.abc import Iterable

from yibao_cli.catalogue import model
from yibao_cli.page.words import tx
from yibao_cli.strings import t

Key = tuple[str, str]
"""``("step" | "material", id)``."""


def conditions(flow: model.Flow, proc: model.Procedure) -> dict[Key, str]:
    """Say when each step and material applies, for those the wizard does not always include.

    An item applies in some cases when an outcome picks it under a condition (``when``) or
    when some outcome leaves it out; items every outcome picks unconditionally are left out
    of the result.
    """
    cases: dict[Key, list[str]] = {}
    always: dict[Key, int] = {}
    many = len(flow.outcomes) > 1
    for outcome in flow.outcomes:
        seen: dict[Key, list[str]] = {}
        steps = list(_picks(outcome.steps))
        for item_id, when in steps:
            seen.setdefault(("step", item_id), []).append(_when(flow, when))
        if outcome.materials is None:  # the materials of the chosen steps
            by_step = {step.id: step.materials for step in proc.steps}
            for item_id, when in steps:
                for material in by_step.get(item_id, ()):
                    seen.setdefault(("material", material), []).append(_when(flow, when))
        else:
            for item_id, when in _picks(outcome.materials):
                seen.setdefault(("material", item_id), []).append(_when(flow, when))
        for key, whens in seen.items():
            if "" in whens:  # in this outcome whatever the answers
                always[key] = always.get(key, 0) + 1
                whens = [t("gen.outcome", title=tx(outcome.title))] if many else []
            cases.setdefault(key, []).extend(whens)
    own = {("step", step.id) for step in proc.steps if step.condition}
    own |= {("material", item.id) for item in proc.materials if item.condition}
    found: dict[Key, str] = {}
    for key, texts in cases.items():
        if always.get(key, 0) == len(flow.outcomes) or key in own or not texts:
            continue  # always there, or the catalogue says itself when it applies
        found[key] = t("gen.only_when", text=t("gen.or").join(dict.fromkeys(texts)))
    return found


def _picks(items: Iterable[str | int | model.Pick]) -> Iterable[tuple[str, model.Condition | None]]:
    for item in items:
        if isinstance(item, model.Pick):
            yield str(item.id), item.when
        else:
            yield str(item), None


def _when(flow: model.Flow, when: model.Condition | None) -> str:
    """A condition in words: 「您的医保卡怎么了？」选“丢了”或“被偷了” (empty for none)."""
    if not when:
        return ""
    parts = []
    for key, expect in when.items():
        question = flow.question(key)
        asked = tx(question.text) if question is not None else key
        parts.append(t("gen.answer", question=asked, answer=_expect(question, expect)))
    return t("gen.both").join(parts)


def _expect(question: model.Question | None, expect: model.Expect) -> str:
    if isinstance(expect, model.Test):
        if expect.empty is not None:
            return t("gen.empty") if expect.empty else t("gen.not_empty")
        if expect.none_of is not None:
            return t("gen.none_of", values=_values(question, expect.none_of))
        bounds = [
            t(f"gen.{name}", n=value)
            for name, value in (
                ("lt", expect.lt),
                ("le", expect.le),
                ("gt", expect.gt),
                ("ge", expect.ge),
            )
            if value is not None
        ]
        return t("gen.both").join(bounds)
    values = expect if isinstance(expect, tuple) else (expect,)
    return _values(question, values)


def _values(question: model.Question | None, values: Iterable[model.Scalar]) -> str:
    labels = []
    for value in values:
        if isinstance(value, bool):
            labels.append(t("wiz.yes") if value else t("wiz.no"))
            continue
        option = None
        if question is not None:
            option = next((o for o in question.options if o.value == str(value)), None)
        labels.append(t("gen.quoted", text=tx(option.label) if option else str(value)))
    return t("gen.or_value").join(labels)
