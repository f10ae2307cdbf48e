"""Catalogue text and a wizard's answers as words, in the interface language.

Apart from ``words`` (which re-exports both) so that a wizard's questions are asked without
importing the parts pages are made of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from yibao_cli.catalogue import model
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.wizard.engine import Answer


def tx(value: model.Text | None) -> str:
    """Catalogue text in the interface language (Chinese marked where English is missing)."""
    return model.text(value, lang(), mark=True)


def answer_text(question: model.Question, answer: Answer) -> str:
    """Show an answer the way the question offered it: option labels, 是/否, the text."""
    if isinstance(answer, bool):
        return t("wiz.yes") if answer else t("wiz.no")
    labels = {o.value: tx(o.label) for o in question.options}
    if isinstance(answer, tuple):
        return "、".join(labels.get(v, v) for v in answer) if answer else t("wiz.none_chosen")
    rule = question.validator
    if rule is not None and rule.kind == "region":
        from yibao_cli.wizard.engine import NO_PLACE

        if answer == NO_PLACE:
            return t("wiz.no_place")
    return labels.get(answer, answer)
