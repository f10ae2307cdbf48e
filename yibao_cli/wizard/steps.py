"""Moving through a flow on a terminal: next, back, review, change, start over. Pure.

The prompt module shows whatever ``Wizard.screen()`` returns and reports what the user chose;
everything about where to go next lives here, so it can be tested without a terminal.

Two ways forward: after an ordinary answer (or after going back) the wizard shows the question
the answer leads to, filled in with the answer given before, if any, so going back never loses
later answers. After an answer is changed on the review screen, it asks only the questions that
have no usable answer on the new path, then returns to the review.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.wizard.engine import (
    Answer,
    AnswerError,
    Walk,
    default,
    offered,
    parse,
    plan,
    route,
    walk,
)


@frozen
class Ask(Record):
    """Ask one question.

    Attributes:
        question: The question.
        number: Its place on the current path (1-based): "第 number/total 步".
        total: The length of the current path.
        current: The answer to show first: the one given before if it still applies, else
            the default (None when there is none).
        options: The options that apply (select and checkbox).
        known: The answers before it on the path.
        first: True for the first question (nothing to go back to).
    """

    question: model.Question
    number: int
    total: int
    current: Answer | None
    options: tuple[model.Option, ...]
    known: Mapping[str, Answer]
    first: bool


@frozen
class Review(Record):
    """Show every answer on the path, each one changeable, before the outcome."""

    answers: tuple[tuple[model.Question, Answer], ...]


@frozen
class Done(Record):
    """The user confirmed the review: the walk has reached its outcome."""

    walk: Walk


Screen = Ask | Review | Done
_REVIEW = ""


class Wizard:
    """Where the user is in a flow, and every answer given so far.

    Args:
        flow: The flow.
        today: The date that date answers refer to.
        answers: Answers already given (from ``--answer``, a file or a saved case); the wizard
            then asks only what is missing and opens the review.
    """

    def __init__(
        self, flow: model.Flow, today: datetime.date, answers: Mapping[str, object] | None = None
    ) -> None:
        self.flow = flow
        self.today = today
        self.answers: dict[str, object] = dict(answers or {})
        self.fixing = True
        self.finished = False
        self.cursor = self._next_missing()

    def _walk(self) -> Walk:
        return walk(self.flow, self.answers, self.today)

    def _next_missing(self) -> str:
        pending = self._walk().pending
        return pending.id if pending is not None else _REVIEW

    def screen(self) -> Screen:
        """Return what to show now."""
        current = self._walk()
        if self.finished and current.outcome is not None:
            return Done(current)
        self.finished = False
        if self.cursor == _REVIEW:
            if current.pending is None:
                return Review(current.path)
            self.cursor = current.pending.id
        question = self.flow.question(self.cursor)
        assert question is not None, self.cursor
        known = self._known_before(current, question.id)
        route_now = plan(self.flow, self.answers, self.today)
        ids = [q.id for q in route_now]
        number = ids.index(question.id) + 1 if question.id in ids else len(known) + 1
        return Ask(
            question=question,
            number=number,
            total=max(len(route_now), number),
            current=self._current(question, known),
            options=offered(question, known),
            known=known,
            first=question.id == self.flow.questions[0].id,
        )

    def _known_before(self, current: Walk, question_id: str) -> dict[str, Answer]:
        known: dict[str, Answer] = {}
        for question, answer in current.path:
            if question.id == question_id:
                break
            known[question.id] = answer
        return known

    def _current(self, question: model.Question, known: Mapping[str, Answer]) -> Answer | None:
        raw = self.answers.get(question.id)
        if raw is not None:
            try:
                return parse(question, raw, known, self.today)
            except AnswerError:
                pass
        return default(question, known, self.today)

    def answer(self, raw: object) -> None:
        """Answer the question on screen.

        Raises:
            AnswerError: The answer does not fit (nothing changes).
        """
        question = self.flow.question(self.cursor)
        assert question is not None, "no question on screen"
        known = self._known_before(self._walk(), question.id)
        value = parse(question, raw, known, self.today)
        self.answers[question.id] = value
        if self.fixing:
            self.cursor = self._next_missing()
            return
        target = route(question, {**known, question.id: value})
        self.cursor = target if self.flow.question(target) is not None else _REVIEW

    def back(self) -> None:
        """Go to the previous question on the path (from the review: the last one)."""
        ids = [question.id for question, _ in self._walk().path]
        self.fixing = False
        self.finished = False
        if self.cursor in ids:
            index = ids.index(self.cursor)
            self.cursor = ids[index - 1] if index > 0 else self.cursor
        elif ids:
            self.cursor = ids[-1]

    def change(self, question_id: str) -> None:
        """From the review: ask this question again, then only what its new answer needs."""
        self.cursor = question_id
        self.fixing = True

    def confirm(self) -> None:
        """From the review: accept the answers."""
        self.finished = True

    def restart(self) -> None:
        """Forget every answer and start from the first question."""
        self.answers.clear()
        self.cursor = self.flow.questions[0].id
        self.fixing = False
        self.finished = False

    def kept(self) -> tuple[tuple[str, Answer], ...]:
        """The answers that apply on the current path, in order (what a resume file keeps)."""
        return tuple((question.id, answer) for question, answer in self._walk().path)
