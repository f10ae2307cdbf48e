"""Saved cases: what one is, what may be stored in it, and where it stands today. Pure.

A case keeps only the wizard's answers, the region code, the start date and the steps marked
done. Everything shown about it (the next step, expected dates) is worked out again each time
from the answers and the current catalogue, so catalogue edits flow through.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.dates.timeline import Window
from yibao_cli.errors import NotFoundError, UsageError, YibaoError
from yibao_cli.safety import fold_digits
from yibao_cli.strings import t
from yibao_cli.wizard.engine import Answer, walk
from yibao_cli.wizard.fitting import Fitted, timeline_from
from yibao_cli.wizard.outcome import Outcome, assemble

NAME_MAX = 40
_NAME = re.compile(r"[\w\-.·]+")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·/]+")
_ID18 = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
_ID15 = re.compile(r"(?<![0-9])[0-9]{15}(?![0-9])")
_CARD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][0-9]{8}(?![0-9])")


@dataclass(frozen=True)
class Case:
    """One saved case, as stored.

    Attributes:
        name: The short name the user gave it (unique).
        flow: The flow's (and procedure's) id.
        region: The region code the outcome was fitted to, if any.
        answers: ``(question id, answer)`` pairs on the path, in order.
        started: The day the procedure starts (the flow's start answer, else the day saved).
        asked: The day the answers were given (date answers are checked against it).
        created: When the case was saved (ISO timestamp, UTC).
        updated: When it last changed (ISO timestamp, UTC).
        closed: When it was closed (ISO timestamp, UTC), or None while open.
        done: ``(step id, YYYY-MM-DD)`` for each step marked done, in the order marked.
    """

    name: str
    flow: str
    region: str | None
    answers: tuple[tuple[str, Answer], ...]
    started: datetime.date
    asked: datetime.date
    created: str
    updated: str
    closed: str | None = None
    done: tuple[tuple[str, str], ...] = ()

    @property
    def open(self) -> bool:
        """True until the case is closed."""
        return self.closed is None


@dataclass(frozen=True)
class StepState:
    """One step of a case: its number as shown, whether it is done, and when it is expected.

    Attributes:
        number: Its place in the outcome's steps (1-based).
        id: The step id.
        title: The step's title.
        done: The day it was marked done, or None.
        expected: When the step is expected to be done (None without a timeline).
        overdue: True when it is not done and its latest expected date has passed.
    """

    number: int
    id: str
    title: model.Text
    done: str | None
    expected: Window | None
    overdue: bool


@dataclass(frozen=True)
class Progress:
    """Where a case stands: the outcome its answers lead to today, and each step's state."""

    case: Case
    outcome: Outcome
    steps: tuple[StepState, ...]

    @property
    def next(self) -> StepState | None:
        """The first step not done yet (None when every step is done)."""
        return next((step for step in self.steps if step.done is None), None)

    @property
    def overdue(self) -> bool:
        """True when the next step is overdue."""
        following = self.next
        return following is not None and following.overdue


def sensitive(text: str) -> str | None:
    """Tell whether a text looks like an ID number or a card number.

    Spaces, hyphens and dots inside the number are ignored, so ``110105 1990…`` counts too;
    digits of any width count (``３３０１…``).

    Returns:
        ``"id"`` for an 18- or 15-digit ID-like number, ``"card"`` for a letter and 8 digits,
        None otherwise.
    """
    folded = fold_digits(text)
    for candidate in (folded, _SEPARATORS.sub("", folded)):
        if _ID18.search(candidate) or _ID15.search(candidate):
            return "id"
        if _CARD.search(candidate):
            return "card"
    return None


def check_name(name: str) -> str:
    """Return a valid case name, stripped.

    Raises:
        UsageError: Empty, too long, with characters other than letters, digits, ``-`` ``_``
            ``.``, starting with ``-``, or looking like an ID or card number.
    """
    cleaned = name.strip()
    if sensitive(cleaned):
        raise UsageError(t("case.name_private"))
    if (
        not cleaned
        or len(cleaned) > NAME_MAX
        or not _NAME.fullmatch(cleaned)
        or cleaned.startswith("-")
    ):
        raise UsageError(t("case.bad_name", name=name, max=NAME_MAX))
    return cleaned


def check_private(answers: Sequence[tuple[str, Answer]]) -> None:
    """Refuse answers that hold an ID number or a card number.

    Raises:
        UsageError: Naming the question whose answer looks like one (never the value).
    """
    for key, answer in answers:
        values = answer if isinstance(answer, tuple) else (answer,)
        for value in values:
            if isinstance(value, str) and sensitive(value):
                raise UsageError(t("case.answer_private", key=key))


def default_name(flow_id: str, taken: set[str]) -> str:
    """Suggest a name: the flow id, then ``flow-2``, ``flow-3``… until one is free."""
    if flow_id not in taken:
        return flow_id
    number = 2
    while f"{flow_id}-{number}" in taken:
        number += 1
    return f"{flow_id}-{number}"


def start_of(outcome: Outcome, today: datetime.date) -> datetime.date:
    """The start date of a new case: the flow's start answer, else today."""
    if outcome.start:
        try:
            return datetime.date.fromisoformat(outcome.start)
        except ValueError:
            pass
    return today


def reach(case: Case, catalogue: model.Catalogue) -> tuple[model.Flow, Outcome]:
    """Follow a case's answers through the current flow to its outcome.

    Returns:
        The flow, and the outcome with the case's start date.

    Raises:
        NotFoundError: The flow or its procedure is no longer in the catalogue.
        YibaoError: The answers no longer lead to an outcome (the flow changed).
    """
    flow = catalogue.flow(case.flow)
    proc = catalogue.procedure(case.flow)
    if flow is None or proc is None:
        raise NotFoundError(t("case.flow_gone", name=case.name, id=case.flow))
    done = walk(flow, dict(case.answers), case.asked)
    if done.outcome is None:
        raise YibaoError(
            t("case.stale", name=case.name, id=case.flow),
            details=(t("case.stale_fix", name=case.name),),
        )
    result = assemble(flow, proc, done)
    return flow, dataclasses.replace(result, start=case.started.isoformat())


def expected_dates(case: Case, fitted: Fitted) -> dict[str, Window]:
    """When each step of a case is expected to be done, by step id.

    Counted from the case's start date; the steps after the last one marked done are counted
    again from the day it was done, so a step done late (or early) moves the ones after it.
    """
    if fitted.timeline is None:
        return {}
    dates = {entry.id: entry.ends for entry in fitted.timeline.steps}
    done = dict(case.done)
    marked = [index for index, item in enumerate(fitted.steps) if item.step.id in done]
    if not marked or marked[-1] + 1 == len(fitted.steps):
        return dates
    last = marked[-1]
    day = datetime.date.fromisoformat(done[fitted.steps[last].step.id])
    later = timeline_from(day, fitted.steps[last + 1 :], fitted.view)
    if later is not None:
        dates.update((entry.id, entry.ends) for entry in later.steps)
    return dates


def progress(
    case: Case,
    outcome: Outcome,
    steps: Mapping[str, model.Step],
    expected: Mapping[str, Window],
    today: datetime.date,
) -> Progress:
    """Work out each step's state.

    Args:
        case: The case.
        outcome: The outcome its answers lead to (from :func:`reach`).
        steps: The procedure's steps by id.
        expected: When each step is expected to be done, by step id (empty without dates).
        today: Today, to tell which steps are overdue.

    Returns:
        The progress; done marks of steps the outcome no longer has are ignored.
    """
    done = dict(case.done)
    states = []
    for number, step_id in enumerate(outcome.steps, 1):
        when = expected.get(step_id)
        marked = done.get(step_id)
        late = marked is None and when is not None and today > when.latest.date
        states.append(StepState(number, step_id, steps[step_id].title, marked, when, late))
    return Progress(case, outcome, tuple(states))


def find_step(current: Progress, given: str) -> StepState:
    """Find a step of a case by id or by its number as shown.

    Raises:
        UsageError: No such step, with the steps there are.
    """
    text = given.strip()
    for step in current.steps:
        if text == step.id or text == str(step.number):
            return step
    listed = "、".join(f"{step.number}={step.id}" for step in current.steps)
    raise UsageError(t("case.no_step", name=current.case.name, step=given), (listed,))
