"""When each step of a fitted outcome is expected. Pure.

The one place every page, case and calendar takes its dates from.

A step's date comes, in this order of precedence, from

1. the waiting period the outcome worked out, for the step the flow names as the waiting
   itself (``waiting.step``): the days benefits start under the two readings of the rule;
2. the timeline of the outcome's start date, counted again from the last step marked done
   when a saved case has marks (a step done late or early moves the ones after it);
3. for an office's step that takes no time of its own (校验 before 转出), the end of the
   office's steps that follow it without a step of the user's in between.

A step of the user's that can only be done once an office's step before it is finished (领取
新卡 after 等待制卡) carries that office step's window as ``after``: a reminder for it belongs on
the office's latest expected day, with a word that it may be ready from the earliest.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yibao_cli.dates.timeline import Day, Timeline, Window
from yibao_cli.regions.overlay import StepView, at_most

if TYPE_CHECKING:
    from yibao_cli.wizard.fitting import Fitted


@dataclass(frozen=True)
class StepDate:
    """When one step is expected.

    Attributes:
        window: The earliest and latest day it is expected done (for ``at``: the day it
            happens; for ``waiting``: the days the waiting period may end).
        at: The step takes no time: it happens on the day in ``window``.
        limit: The step's durations are time limits (最迟N个工作日): only the latest day counts.
        waiting: The step is a waiting period: nobody acts, time passes.
        after: For a step of the user's that waits on an office's step before it: that
            office step's window (the step may be done from its earliest day, surely by its
            latest). None otherwise, or once the office's step is marked done.
    """

    window: Window
    at: bool = False
    limit: bool = False
    waiting: bool = False
    after: Window | None = None


def schedule(
    fitted: Fitted,
    done: Mapping[str, datetime.date] | None = None,
    started: datetime.date | None = None,
) -> dict[str, StepDate]:
    """Work out when each step of a fitted outcome is expected, by step id.

    Args:
        fitted: The outcome, fitted to the region (its timeline, if the flow asks a start date).
        done: For a saved case, the day each step was marked done.
        started: For a saved case, its start date (a user's step done before it, ahead of the
            office's first step, does not move the plan earlier).

    Returns:
        The steps that have a date; a step without one is left out.
    """
    done = done or {}
    dates: dict[str, StepDate] = {}
    if fitted.timeline is not None:
        dates = of_timeline(fitted.timeline, fitted.steps)
        _moved_by_marks(fitted, dates, done, started)
    _office_runs(fitted, dates)
    _waiting(fitted, dates)
    _after_office(fitted, dates, done)
    return dates


def of_timeline(timeline: Timeline, steps: Sequence[StepView]) -> dict[str, StepDate]:
    """The dates a timeline gives each step, by step id (a procedure counted from a start)."""
    durations = {item.step.id: item.durations for item in steps}
    found = {}
    for entry in timeline.steps:
        spans = durations.get(entry.id, ())
        found[entry.id] = StepDate(entry.ends, at=entry.days is None, limit=at_most(spans))
    return found


def _moved_by_marks(
    fitted: Fitted,
    dates: dict[str, StepDate],
    done: Mapping[str, datetime.date],
    started: datetime.date | None,
) -> None:
    steps = fitted.steps
    marked = [index for index, item in enumerate(steps) if item.step.id in done]
    if not marked or marked[-1] + 1 >= len(steps):
        return
    last = marked[-1]
    day = done[steps[last].step.id]
    if started is not None and day < started:
        if all(item.step.actor == "you" for item in steps[: last + 2]):
            day = started  # done early, but the application is still planned for then
    from yibao_cli.wizard.fitting import timeline_from

    later = timeline_from(day, steps[last + 1 :], fitted.view)
    if later is None:
        return
    for entry in later.steps:
        old = dates.get(entry.id)
        dates[entry.id] = StepDate(
            entry.ends, at=entry.days is None, limit=old.limit if old is not None else False
        )


def _office_runs(fitted: Fitted, dates: dict[str, StepDate]) -> None:
    # An office step without a duration of its own ends with the office steps after it.
    run_end: StepDate | None = None
    for item in reversed(fitted.steps):
        step_id = item.step.id
        if item.step.actor != "office":
            run_end = None
        elif item.durations:
            run_end = dates.get(step_id)
        elif run_end is not None and step_id in dates:
            dates[step_id] = StepDate(run_end.window, limit=run_end.limit)


def _waiting(fitted: Fitted, dates: dict[str, StepDate]) -> None:
    outcome = fitted.outcome
    found, rule = outcome.waiting, outcome.waiting_rule
    if found is None or rule is None or rule.step is None or not found.applies:
        return
    if rule.step not in {item.step.id for item in fitted.steps}:
        return
    first, last = sorted((found.later_years.benefits_from, found.every_year.benefits_from))
    dates[rule.step] = StepDate(Window(Day(first), Day(last)), waiting=True)


def _after_office(
    fitted: Fitted, dates: dict[str, StepDate], done: Mapping[str, datetime.date]
) -> None:
    office: StepDate | None = None
    for item in fitted.steps:
        step_id = item.step.id
        if item.step.actor == "office":
            found = dates.get(step_id)
            office = None if step_id in done or found is None else found
            continue
        if office is None or step_id not in dates or step_id in done:
            continue
        own = dates[step_id]
        if own.waiting:
            continue
        dates[step_id] = StepDate(own.window, own.at, own.limit, own.waiting, office.window)
