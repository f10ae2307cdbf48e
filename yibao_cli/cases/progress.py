"""Saved cases: what one is, what may be stored in it, and where it stands today. Pure.

A case keeps only the wizard's answers, the region code, the start date and the steps marked
done. Everything shown about it (the next step, expected dates) is worked out again each time
from the answers and the current catalogue, so catalogue edits flow through.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from yibao_cli.catalogue import model
from yibao_cli.dates.timeline import Window
from yibao_cli.errors import Message, NotFoundError, UsageError, YibaoError
from yibao_cli.safety import hide_private, private_kind
from yibao_cli.wizard.engine import Answer, walk
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import Outcome, assemble
from yibao_cli.wizard.schedule import StepDate, schedule

NAME_MAX = 40
_NAME = re.compile(r"[\w\-.·]+")


@dataclass(frozen=True)
class Case:
    """One saved case, as stored.

    Attributes:
        name: The short name the user gave it (unique), as shown: a name stored before names
            were checked as strictly has its ID or card number hidden (see ``key``).
        flow: The flow's (and procedure's) id.
        region: The region code the outcome was fitted to, if any.
        answers: ``(question id, answer)`` pairs on the path, in order.
        started: The day the procedure starts (the flow's start answer, else the day saved).
        asked: The day the answers were given (date answers are checked against it).
        created: When the case was saved (ISO timestamp, UTC).
        updated: When it last changed (ISO timestamp, UTC).
        closed: When it was closed (ISO timestamp, UTC), or None while open.
        done: ``(step id, YYYY-MM-DD)`` for each step marked done, in the order marked.
        stored: The name as stored, when it differs from ``name`` (an ID number hidden).
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
    stored: str | None = None

    @property
    def key(self) -> str:
        """The name the database knows the case by (what every change is made with)."""
        return self.name if self.stored is None else self.stored

    @property
    def hidden(self) -> bool:
        """True when the stored name holds an ID or card number, so it is shown hidden."""
        return self.stored is not None

    @property
    def open(self) -> bool:
        """True until the case is closed."""
        return self.closed is None

    @property
    def begins(self) -> datetime.date:
        """The first day a step can have been done: the start date, or the day saved if earlier.

        The day saved is the earlier of when it was created and when the answers were given.
        """
        try:
            saved = datetime.datetime.fromisoformat(self.created).astimezone().date()
        except ValueError:
            saved = self.asked
        return min(self.started, self.asked, saved)


Status = Literal["done", "due", "overdue", "waiting", "late", "later"]
"""Where one step stands.

``done``: marked done. ``due``: the user's move (``overdue`` once its latest date has passed).
``waiting``: an office's work, within its expected time (``late`` once past it; never overdue).
``later``: it waits for an earlier step of the other side (an office step waits for the user's
steps before it, and the user's steps wait for the office's).
"""

STATUSES: tuple[Status, ...] = ("done", "due", "overdue", "waiting", "late", "later")


@dataclass(frozen=True)
class StepState:
    """One step of a case: its number as shown, who acts, where it stands, when it is expected.

    Attributes:
        number: Its place in the outcome's steps (1-based).
        id: The step id.
        title: The step's title.
        actor: ``you`` (the user acts) or ``office`` (the user waits for an office).
        done: The day it was marked done, or None.
        when: When the step is expected (None without a date): see :mod:`wizard.schedule`.
        status: Where it stands (see :data:`Status`).
    """

    number: int
    id: str
    title: model.Text
    actor: model.Actor
    done: str | None
    when: StepDate | None
    status: Status

    @property
    def expected(self) -> Window | None:
        """When the step is expected to be done (None without a date)."""
        return self.when.window if self.when is not None else None

    @property
    def waiting_period(self) -> bool:
        """True for a waiting period: nobody acts, time passes."""
        return self.when is not None and self.when.waiting

    @property
    def overdue(self) -> bool:
        """True for the user's own step past its latest date (an office's step never is)."""
        return self.status == "overdue"


@dataclass(frozen=True)
class Progress:
    """Where a case stands: the outcome its answers lead to today, and each step's state."""

    case: Case
    outcome: Outcome
    steps: tuple[StepState, ...]

    @property
    def current(self) -> StepState | None:
        """The first step not done yet, whoever acts (None when every step is done)."""
        return next((step for step in self.steps if step.done is None), None)

    @property
    def next(self) -> StepState | None:
        """The user's own next step: the first of theirs due or overdue (None once closed)."""
        if not self.case.open:
            return None
        return next((step for step in self.steps if step.status in ("due", "overdue")), None)

    @property
    def waiting(self) -> StepState | None:
        """The step the user waits for now: an office's, or a waiting period (None: their move)."""
        current = self.current
        if current is None or not self.case.open or current.status not in ("waiting", "late"):
            return None
        return current

    @property
    def overdue(self) -> bool:
        """True when one of the user's own steps is overdue."""
        return any(step.overdue for step in self.steps)

    @property
    def late(self) -> bool:
        """True when an office's step has run past its latest expected date."""
        return any(step.status == "late" for step in self.steps)


def check_name(name: str) -> str:
    """Return a valid case name, stripped.

    Raises:
        UsageError: Empty, too long, with characters other than letters, digits, ``-`` ``_``
            ``.``, starting with ``-``, or looking like an ID or card number.
    """
    cleaned = name.strip()
    if private_kind(cleaned):
        raise UsageError(Message("case.name_private"))
    if (
        not cleaned
        or len(cleaned) > NAME_MAX
        or not _NAME.fullmatch(cleaned)
        or cleaned.startswith("-")
    ):
        raise UsageError(Message("case.bad_name", name=name, max=NAME_MAX))
    return cleaned


def shown_name(stored: str) -> str:
    """A stored case name as it may be shown: an ID or card number in it hidden."""
    return hide_private(stored)


def check_private(answers: Sequence[tuple[str, Answer]]) -> None:
    """Refuse answers that hold an ID number or a card number.

    Raises:
        UsageError: Naming the question whose answer looks like one (never the value).
    """
    for key, answer in answers:
        values = answer if isinstance(answer, tuple) else (answer,)
        for value in values:
            if isinstance(value, str) and private_kind(value):
                raise UsageError(Message("case.answer_private", key=key))


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
        raise NotFoundError(Message("case.flow_gone", name=case.name, id=case.flow))
    done = walk(flow, dict(case.answers), case.asked)
    if done.outcome is None:
        raise YibaoError(
            Message("case.stale", name=case.name, id=case.flow),
            details=(Message("case.stale_fix", name=case.name),),
        )
    result = assemble(flow, proc, done)
    if result.start is None:  # no start date asked on this path: its steps have no dates
        return flow, result
    return flow, dataclasses.replace(result, start=case.started.isoformat())


def expected_dates(case: Case, fitted: Fitted) -> dict[str, StepDate]:
    """When each step of a case is expected, by step id (see :mod:`wizard.schedule`).

    Counted from the case's start date, and again from the last step marked done.
    """
    done = {step_id: datetime.date.fromisoformat(day) for step_id, day in case.done}
    return schedule(fitted, done, case.started)


def progress(
    case: Case,
    outcome: Outcome,
    steps: Mapping[str, model.Step],
    expected: Mapping[str, StepDate],
    today: datetime.date,
) -> Progress:
    """Work out each step's state.

    A step not done waits (``later``) while an earlier step of the other side is not done;
    otherwise it is the user's move (``due``, ``overdue`` from the day after its latest date) or
    the office's work (``waiting``, ``late`` from the day after its latest date). A waiting
    period is ``waiting`` until its latest day has passed, then the user's to confirm
    (``due``); it is never late nor overdue.

    Args:
        case: The case.
        outcome: The outcome its answers lead to (from :func:`reach`).
        steps: The procedure's steps by id.
        expected: When each step is expected, by step id (empty without dates).
        today: Today, to tell which steps are overdue or late.

    Returns:
        The progress; done marks of steps the outcome no longer has are ignored.
    """
    done = dict(case.done)
    pending: set[str] = set()  # the sides with a step not done so far
    states = []
    for number, step_id in enumerate(outcome.steps, 1):
        step = steps[step_id]
        when = expected.get(step_id)
        marked = done.get(step_id)
        status: Status = "done"
        if marked is None:
            past = when is not None and today > when.window.latest.date
            if pending - {step.actor}:
                status = "later"
            elif when is not None and when.waiting:
                status = "due" if past else "waiting"
            elif step.actor == "you":
                status = "overdue" if past and case.open else "due"
            else:
                status = "late" if past and case.open else "waiting"
            pending.add(step.actor)
        states.append(StepState(number, step_id, step.title, step.actor, marked, when, status))
    return Progress(case, outcome, tuple(states))


def up_to(order: Sequence[str], step_id: str) -> list[str]:
    """The steps up to and including one, in order: marking it done marks them all done."""
    return list(order[: order.index(step_id) + 1])


def from_on(order: Sequence[str], step_id: str) -> list[str]:
    """The step and every one after it: undoing it undoes them all, so the order holds."""
    return list(order[order.index(step_id) :])


def implied_done(
    outcome: Outcome, steps: Mapping[str, model.Step], started: datetime.date, today: datetime.date
) -> list[str]:
    """The steps a new case starts with done, from its answers alone.

    Steps the flow marks ``done`` for these answers (a loss already reported) are done, and so
    is everything before them. A start date before today means the application was handed in
    that day: the user's steps before the office's first one are done too.

    Args:
        outcome: The outcome the answers lead to.
        steps: The procedure's steps by id.
        started: The case's start date.
        today: The day the answers were given.

    Returns:
        Step ids in the outcome's order (the earlier steps of each implied one included).
    """
    order = list(outcome.steps)
    last = max((order.index(step_id) for step_id in outcome.done if step_id in order), default=-1)
    office = [i for i, step_id in enumerate(order) if steps[step_id].actor == "office"]
    if started < today and office:
        last = max(last, office[0] - 1)
    return order[: last + 1]


def check_day(case: Case, day: datetime.date, today: datetime.date) -> None:
    """Refuse a done date after today or before the case began.

    Raises:
        UsageError: Saying which dates are allowed.
    """
    if day > today:
        raise UsageError(Message("err.done_future", date=day.isoformat(), today=today.isoformat()))
    if day < case.begins:
        raise UsageError(
            Message("err.done_before", date=day.isoformat(), begins=case.begins.isoformat()),
            (Message("err.done_range", begins=case.begins.isoformat(), today=today.isoformat()),),
        )


def kept_marks(
    case: Case, order: Collection[str], begins: datetime.date
) -> tuple[list[str], list[str]]:
    """Split a case's done marks for a new plan: those kept and those cleared.

    A mark is cleared when the new plan no longer has the step, or when it lies before the
    (new) start of the case.
    """
    kept: list[str] = []
    cleared: list[str] = []
    for step_id, day in case.done:
        fits = step_id in order and datetime.date.fromisoformat(day) >= begins
        (kept if fits else cleared).append(step_id)
    return kept, cleared


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
    raise UsageError(Message("case.no_step", name=current.case.name, step=given), (listed,))


def ask_channels(fitted: Fitted, step_id: str) -> tuple[model.Platform, ...]:
    """Where to ask how an office's step is going.

    The step's own channels if it has any, else those of the user's step that handed the work
    over (where the application went), as far as the outcome recommends them.
    """
    order = [item.step for item in fitted.steps]
    index = next(i for i, step in enumerate(order) if step.id == step_id)
    candidates = [order[index], *(s for s in reversed(order[:index]) if s.actor == "you")]
    for step in candidates:
        chosen = {
            item.platform.id: item.platform
            for item in fitted.channels
            if item.channel.via in step.channels
        }
        if chosen:
            return tuple(chosen.values())
        if step.actor == "you" and step.channels:
            break
    return ()
