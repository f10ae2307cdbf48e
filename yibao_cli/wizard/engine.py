"""The flow engine: given a flow and the answers so far, the next question or the outcome.

Pure: no I/O, no terminal. Answers are plain values (``Answer``): an option value or a text for
select, text and date questions (dates as YYYY-MM-DD), a tuple of option values for checkbox
questions, a bool for confirm questions. Answers are kept in a dict that may hold more than the
current path needs (answers given before the user went back or changed an earlier answer); only
those on the path count, and they are checked again each time, so a kept answer that no longer
applies is simply asked again.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping

from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.errors import Message

Answer = str | bool | tuple[str, ...]
Answers = Mapping[str, object]
"""Raw answers by question id: parsed ``Answer`` values, or text typed on the command line."""

_YES = {"yes", "y", "true", "1", "是", "对"}
_NO = {"no", "n", "false", "0", "否", "不"}


class AnswerError(Exception):
    """An answer that does not fit its question.

    Args:
        question: The question answered.
        message: What is wrong, for the user: a message, or the flow's own text for it.
        allowed: ``(value, label)`` pairs the question accepts (empty for free text).
    """

    def __init__(
        self,
        question: model.Question,
        message: Message | model.Text,
        allowed: tuple[tuple[str, Label], ...] = (),
    ) -> None:
        super().__init__(message)
        self.question = question
        self.message = message
        self.allowed = allowed


Label = Message | model.Text
"""The label of an answer: an option's text, or 是/否."""


def offered(question: model.Question, known: Mapping[str, Answer]) -> tuple[model.Option, ...]:
    """Return the options of a question that apply, given the earlier answers."""
    return tuple(o for o in question.options if o.when is None or holds(o.when, known))


def allowed_values(
    question: model.Question, known: Mapping[str, Answer]
) -> tuple[tuple[str, Label], ...]:
    """Return the ``(value, label)`` pairs a question accepts now (empty for free text)."""
    if question.kind == "confirm":
        return (("yes", Message("wiz.yes")), ("no", Message("wiz.no")))
    return tuple((o.value, o.label) for o in offered(question, known))


def parse(
    question: model.Question, raw: object, known: Mapping[str, Answer], today: datetime.date
) -> Answer:
    """Turn a raw answer (typed text, or a value from an answers file) into an ``Answer``.

    Args:
        question: The question answered.
        raw: The answer as given.
        known: The answers to the questions before it on the path.
        today: The date that ``today`` and date ranges refer to.

    Returns:
        The normalised answer.

    Raises:
        AnswerError: The answer does not fit the question.
    """
    kind = question.kind
    if kind == "select":
        value = _yes_no_option(question, _one_text(question, raw, known))
        _check_offered(question, (value,), known)
        return value
    if kind == "checkbox":
        values = _many(question, raw, known)
        _check_offered(question, values, known)
        order = [o.value for o in question.options]
        return tuple(sorted(set(values), key=order.index))
    if kind == "confirm":
        return _yes_no(question, raw)
    if kind == "date":
        return _date(question, raw, today)
    return _text(question, raw)


def _one_text(question: model.Question, raw: object, known: Mapping[str, Answer]) -> str:
    # YAML reads `yes` as a bool and `1` as a number; option values are always text.
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, int | str) and str(raw).strip():
        return str(raw).strip()
    raise AnswerError(question, Message("answer.choose"), allowed_values(question, known))


def _yes_no_option(question: model.Question, value: str) -> str:
    # A yes/no question with a third answer (不清楚) is a select: still take 是, 否, y, n…
    values = {option.value for option in question.options}
    if value in values or not {"yes", "no"} <= values:
        return value
    word = value.lower()
    return "yes" if word in _YES else "no" if word in _NO else value


def _many(question: model.Question, raw: object, known: Mapping[str, Answer]) -> tuple[str, ...]:
    if isinstance(raw, str):
        parts = re.split(r"[,，、]", raw)
        return tuple(part.strip() for part in parts if part.strip())
    if isinstance(raw, list | tuple) and all(isinstance(item, str) for item in raw):
        return tuple(item.strip() for item in raw)
    raise AnswerError(question, Message("answer.choose_many"), allowed_values(question, known))


def _check_offered(
    question: model.Question, values: Iterable[str], known: Mapping[str, Answer]
) -> None:
    choices = {o.value for o in offered(question, known)}
    for value in values:
        if value not in choices:
            raise AnswerError(
                question,
                Message("answer.not_an_option", value=value),
                allowed_values(question, known),
            )


def _yes_no(question: model.Question, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise AnswerError(question, Message("answer.yes_no"), allowed_values(question, {}))


NO_PLACE = "-"
"""The answer to a region question for a place not known (不清楚)."""
NO_PLACE_WORDS = frozenset(
    {"-", "不清楚", "不知道", "不确定", "跳过", "unknown", "not sure", "skip"}
)


def _text(question: model.Question, raw: object) -> str:
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise AnswerError(question, Message("answer.text"))
    text = str(raw).strip()
    if not text:
        raise AnswerError(question, Message("answer.empty"))
    rule = question.validator
    if rule is None:
        return text
    if rule.kind == "region":
        return NO_PLACE if text.lower() in NO_PLACE_WORDS else text
    if rule.kind == "integer":
        if not re.fullmatch(r"[+-]?[0-9]{1,9}", text):
            raise AnswerError(question, Message("answer.integer"))
        number = int(text)
        low = rule.min if rule.min is not None else number
        high = rule.max if rule.max is not None else number
        if not low <= number <= high:
            raise AnswerError(question, rule.message or Message("answer.range", min=low, max=high))
        return str(number)
    if rule.pattern is not None and not re.fullmatch(rule.pattern, text):
        raise AnswerError(question, rule.message or Message("answer.pattern"))
    return text


def _date(question: model.Question, raw: object, today: datetime.date) -> str:
    if isinstance(raw, datetime.date):
        day = raw
    else:
        from yibao_cli.dates import reading

        try:
            day = reading.read(str(raw), today)
        except reading.DateTextError as exc:
            raise AnswerError(question, exc.message) from None
    rule = question.validator
    if rule is not None:
        low = today + datetime.timedelta(days=rule.min) if rule.min is not None else None
        high = today + datetime.timedelta(days=rule.max) if rule.max is not None else None
        if (low and day < low) or (high and day > high):
            raise AnswerError(
                question,
                rule.message or Message("answer.date_range", low=low or "…", high=high or "…"),
            )
    return day.isoformat()


def holds(condition: model.Condition, known: Mapping[str, Answer]) -> bool:
    """Return True when every expectation of a condition holds for the answers known.

    An expectation about a question that was not answered on the path never holds.
    """
    return all(key in known and _meets(expect, known[key]) for key, expect in condition.items())


def _meets(expect: model.Expect, answer: Answer) -> bool:
    if isinstance(expect, model.Test):
        return _test(expect, answer)
    wanted = expect if isinstance(expect, tuple) else (expect,)
    if isinstance(answer, tuple):
        return any(value in answer for value in wanted)
    if isinstance(answer, bool):
        return any(isinstance(value, bool) and value == answer for value in wanted)
    return any(not isinstance(v, bool) and str(v) == answer for v in wanted)


def _test(test: model.Test, answer: Answer) -> bool:
    if test.empty is not None and (len(answer) == 0 if isinstance(answer, tuple) else False) != (
        test.empty
    ):
        return False
    if test.none_of is not None and _meets(test.none_of, answer):
        return False
    bounds = (test.lt, test.le, test.gt, test.ge)
    if all(bound is None for bound in bounds):
        return True
    try:
        number = int(answer) if isinstance(answer, str) else None
    except ValueError:
        number = None
    if number is None:
        return False
    return (
        (test.lt is None or number < test.lt)
        and (test.le is None or number <= test.le)
        and (test.gt is None or number > test.gt)
        and (test.ge is None or number >= test.ge)
    )


def route(question: model.Question, known: Mapping[str, Answer]) -> str:
    """Return where a question leads (a question or outcome id), given the answers known.

    Raises:
        ValueError: The flow has no route for this answer (the loader's checks prevent it).
    """
    answer = known.get(question.id)
    if question.kind == "select":
        for option in question.options:
            if option.value == answer and option.goto:
                return option.goto
    for rule in question.next:
        if rule.when is None or holds(rule.when, known):
            return rule.goto
    if question.kind == "select" and answer is None:
        for option in offered(question, known):
            if option.goto:
                return option.goto  # only when projecting a path past an unanswered question
    raise ValueError(f"no route from {question.id!r}")


def default(
    question: model.Question, known: Mapping[str, Answer], today: datetime.date
) -> Answer | None:
    """Return the question's default answer, or its first option; None for free text without one."""
    given = question.default
    choices = offered(question, known)
    if question.kind == "select":
        values = [o.value for o in choices]
        return given if isinstance(given, str) and given in values else next(iter(values), None)
    if question.kind == "checkbox":
        values = [o.value for o in choices]
        return tuple(v for v in given if v in values) if isinstance(given, tuple) else ()
    if question.kind == "confirm":
        return given if isinstance(given, bool) else True
    if given is None or isinstance(given, tuple | bool):
        return None
    try:
        return parse(question, given, known, today)
    except AnswerError:
        return None


@frozen
class Walk(Record):
    """Where the answers lead: the questions answered on the path, then a question or an end."""

    path: tuple[tuple[model.Question, Answer], ...]
    pending: model.Question | None
    outcome: model.FlowOutcome | None
    today: datetime.date | None = None
    """The day the answers were given (date answers were checked against it)."""

    @property
    def known(self) -> dict[str, Answer]:
        """The answers on the path, by question id, in order."""
        return {question.id: answer for question, answer in self.path}


def walk(flow: model.Flow, answers: Answers, today: datetime.date) -> Walk:
    """Follow the answers from the first question until one is missing (or invalid) or an end.

    Args:
        flow: The flow.
        answers: Answers by question id (extra ones, off the path, are ignored).
        today: The date that date answers are checked against.

    Returns:
        The path, and the pending question or the outcome.
    """
    path: list[tuple[model.Question, Answer]] = []
    known: dict[str, Answer] = {}
    question = flow.questions[0]
    for _ in flow.questions:
        raw = answers.get(question.id)
        if raw is None:
            return Walk(tuple(path), question, None, today)
        try:
            answer = parse(question, raw, known, today)
        except AnswerError:
            return Walk(tuple(path), question, None, today)
        known[question.id] = answer
        path.append((question, answer))
        target = route(question, known)
        outcome = flow.outcome(target)
        if outcome is not None:
            return Walk(tuple(path), None, outcome, today)
        following = flow.question(target)
        assert following is not None, target  # checked when the flow was loaded
        question = following
    raise ValueError(f"flow {flow.procedure!r} has a cycle")  # checked when loaded


def plan(flow: model.Flow, answers: Answers, today: datetime.date) -> tuple[model.Question, ...]:
    """Return the questions of the whole current path: answered ones, then defaults onwards.

    This is what "第 2/6 步" counts: the path the answers lead to, assuming the defaults for
    what is not answered yet, and the longest way on past a question that has none.
    """
    projected: dict[str, object] = dict(answers)
    for _ in flow.questions:
        current = walk(flow, projected, today)
        pending = current.pending
        if pending is None:
            return tuple(question for question, _ in current.path)
        guess = default(pending, current.known, today)
        if guess is None:
            # Where it leads depends on the answer: count the longest way on, so that the
            # total shown tends to shrink, not grow, once it is answered.
            known = current.known
            targets = [rule.goto for rule in pending.next]
            targets += [option.goto for option in offered(pending, known) if option.goto]
            tail = max((_rest(flow, target, known) for target in targets), key=len, default=())
            return (*(q for q, _ in current.path), pending, *tail)
        projected[pending.id] = guess
    return tuple(question for question, _ in walk(flow, projected, today).path)


def _rest(flow: model.Flow, target: str, known: Mapping[str, Answer]) -> tuple[model.Question, ...]:
    # Past a question without any default, follow default routes only (a rough but finite guess).
    rest: list[model.Question] = []
    while (question := flow.question(target)) is not None and len(rest) < len(flow.questions):
        rest.append(question)
        try:
            target = route(question, known)
        except ValueError:
            break
    return tuple(rest)
