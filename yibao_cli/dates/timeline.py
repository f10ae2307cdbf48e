"""Expected dates of a procedure's steps on China's working-day calendar.

The counting convention, which everything in yibao follows:

1. The start date is the day the application is handed in. If that day is not a working day
   (a weekend or a statutory holiday), the office accepts it on the next working day, and
   counting starts from there (the *day of acceptance*).
2. The day of acceptance does not count: "N working days" ends on the Nth working day after
   it; "0 working days" means the same day.
3. Working days are those of China's official calendar (``chinese-calendar``): statutory
   holidays do not count; make-up working days (调休, usually a Saturday or Sunday) do.
4. Steps follow one another: a step starts on the day the previous one ends, so the earliest
   date adds up every step's shortest duration and the latest every step's longest. When
   sources disagree on a step, its duration runs from the smallest minimum to the largest
   maximum. A step without a duration takes no time.
5. The calendar comes from three sources, the most exact first (:mod:`yibao_cli.dates.workdays`):
   the holiday library, the official arrangements in the catalogue, and for later years the
   statutory holidays by rule, without the yearly make-up working days; every date that
   depends on the rule is marked as an estimate.
6. A step that is not office work (seeing a doctor, buying medicine) is done on the day the
   previous step ends, even on a weekend or holiday, and takes no working days.

This module is pure: it takes dates and durations and returns plain dataclasses.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from yibao_cli.dates import workdays
from yibao_cli.dates.workdays import DayInfo, WorkCalendar, china
from yibao_cli.regions import overlay

YEARS_AHEAD = 5
"""How many years after the current one a start date may lie."""

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class StepDays:
    """What the timeline needs of one step: its id, working-day range and kind.

    ``working_days`` is False for a step done on any day (see the module's rule 6).
    """

    id: str
    days: tuple[int, int] | None = None
    working_days: bool = True


@dataclass(frozen=True)
class Day:
    """A date, and whether it was counted with Monday–Friday instead of the real calendar."""

    date: datetime.date
    estimated: bool = False


@dataclass(frozen=True)
class Window:
    """The earliest and latest expected date of something."""

    earliest: Day
    latest: Day

    @property
    def single(self) -> bool:
        """True when the earliest and latest dates are the same day."""
        return self.earliest.date == self.latest.date

    @property
    def estimated(self) -> bool:
        """True when either end is an estimate."""
        return self.earliest.estimated or self.latest.estimated


@dataclass(frozen=True)
class StepTime:
    """When one step starts and when it is expected to be done.

    ``days`` is the step's own working-day range (None for a step that takes no time, whose
    ``ends`` equals its ``starts``); ``elapsed`` counts the working days from acceptance to
    the step's end, ``(min, max)``.
    """

    id: str
    days: tuple[int, int] | None
    elapsed: tuple[int, int]
    starts: Window
    ends: Window
    working_days: bool = True


@dataclass(frozen=True)
class Closure:
    """A holiday met while counting: days off in a row, or a make-up working day.

    Attributes:
        holidays: The holiday ids (two when a notice joins them, e.g. 中秋节、国庆节).
        first: The first day.
        last: The last day (the same as ``first`` for one day).
        working: True for make-up working days (调休上班), False for days off.
        estimated: True when the days come from the statutory rule, not a published notice.
    """

    holidays: tuple[str, ...]
    first: datetime.date
    last: datetime.date
    working: bool = False
    estimated: bool = False


@dataclass(frozen=True)
class Timeline:
    """Expected dates for a sequence of steps from one start date.

    Attributes:
        start: The start date as given.
        accepted: The day of acceptance (the first working day on or after ``start``).
        steps: One entry per step, in order.
        total: Working days from acceptance to the end of the last step, ``(min, max)``.
        ends: When the last step is expected to be done.
        known_years: The first and last year whose arrangement is known.
        estimated_years: Years counted by the statutory rule because no arrangement is known.
        source: Names the holiday data.
        closures: The holidays and make-up working days met from the start to the last
            possible end, in date order.
    """

    start: datetime.date
    accepted: Day
    steps: tuple[StepTime, ...]
    total: tuple[int, int]
    ends: Window
    known_years: tuple[int, int]
    estimated_years: tuple[int, ...] = ()
    source: str = ""
    closures: tuple[Closure, ...] = ()

    @property
    def estimated(self) -> bool:
        """True when any date of the timeline is an estimate."""
        return bool(self.estimated_years)

    @property
    def deadlines(self) -> tuple[StepTime, ...]:
        """The steps that take time: each one's ``ends`` is a date to wait for."""
        return tuple(step for step in self.steps if step.days is not None)

    def step(self, step_id: str) -> StepTime:
        """Return the entry of one step by id.

        Raises:
            KeyError: No step has this id.
        """
        for item in self.steps:
            if item.id == step_id:
                return item
        raise KeyError(step_id)


def from_view(view: overlay.ProcedureView, only: Collection[str] | None = None) -> list[StepDays]:
    """Take the steps of a procedure view, with the durations in force for its region.

    Args:
        view: The procedure as one region sees it.
        only: Step ids to keep (e.g. the steps a wizard outcome fitted to the user), in the
            catalogue's order; None keeps every step.

    Returns:
        The steps' ids and working-day ranges, ready for :func:`plan`.

    Raises:
        ValueError: ``only`` names a step the procedure does not have.
    """
    if only is not None:
        unknown = sorted(set(only) - {item.step.id for item in view.steps})
        if unknown:
            raise ValueError(f"{view.procedure.id} has no step {', '.join(unknown)}")
    return [
        StepDays(item.step.id, overlay.span(item.durations), item.step.working_days)
        for item in view.steps
        if only is None or item.step.id in only
    ]


def calendar_of(view: overlay.ProcedureView) -> WorkCalendar:
    """Return the working-day calendar a procedure view is counted with."""
    return workdays.of(view.calendar)


def plan(
    start: datetime.date,
    steps: Sequence[StepDays],
    calendar: WorkCalendar | None = None,
) -> Timeline:
    """Work out when each step is expected to start and end, by the module's convention.

    Args:
        start: The day the application is handed in.
        steps: The steps in order, with their working-day ranges.
        calendar: The working-day calendar; China's official one by default.

    Returns:
        The timeline.

    Raises:
        ValueError: A duration is negative or its minimum exceeds its maximum, or the
            timeline would run past 9999-12-31.
    """
    cal = calendar or china()
    for item in steps:
        if item.days is not None and not 0 <= item.days[0] <= item.days[1]:
            raise ValueError(f"step {item.id}: invalid working-day range {item.days}")
    counter = _Counter(cal, start)
    low = high = 0
    moved = False  # no office step yet: a step done any day is done on the start date itself
    entries = []
    for item in steps:
        if not item.working_days:
            here = Window(counter.after(low), counter.after(high)) if moved else _on(start)
            entries.append(StepTime(item.id, None, (low, high), here, here, False))
            continue
        moved = True
        starts = Window(counter.after(low), counter.after(high))
        if item.days is not None:
            low, high = low + item.days[0], high + item.days[1]
        ends = Window(counter.after(low), counter.after(high))
        entries.append(StepTime(item.id, item.days, (low, high), starts, ends))
    return Timeline(
        start=start,
        accepted=counter.after(0),
        steps=tuple(entries),
        total=(low, high),
        ends=Window(counter.after(low), counter.after(high)) if moved or not steps else _on(start),
        known_years=(cal.first_year, cal.known_until),
        estimated_years=tuple(sorted(counter.estimated_years)),
        source=cal.source,
        closures=counter.closures(),
    )


def _on(day: datetime.date) -> Window:
    return Window(Day(day), Day(day))


class _Counter:
    """Working days after the day of acceptance, found once and remembered.

    ``self.days[n]`` is the nth working day after acceptance (``days[0]`` is acceptance itself);
    a day is an estimate when it, or any day examined before it, was counted by rule.
    """

    def __init__(self, calendar: WorkCalendar, start: datetime.date) -> None:
        self.calendar = calendar
        self.estimated_years: set[int] = set()
        self.cursor = start
        self.estimated = False
        self.days: list[Day] = []
        self.named: dict[datetime.date, DayInfo] = {}
        self._advance(first=True)

    def after(self, count: int) -> Day:
        """Return the ``count``-th working day after the day of acceptance."""
        while len(self.days) <= count:
            self._advance(first=False)
        return self.days[count]

    def _advance(self, first: bool) -> None:
        day = self.cursor
        try:
            if not first:
                day += _ONE_DAY
            while True:
                info = self.calendar.day(day)
                if info.estimated:
                    self.estimated = True
                    self.estimated_years.add(day.year)
                if info.holidays:
                    self.named[day] = info
                if info.working:
                    break
                day += _ONE_DAY
        except OverflowError:
            raise ValueError("the timeline runs past 9999-12-31") from None
        self.cursor = day
        self.days.append(Day(day, self.estimated))

    def closures(self) -> tuple[Closure, ...]:
        """Group the named days met into runs, each widened to the whole holiday."""
        result: list[Closure] = []
        seen: set[datetime.date] = set()
        for day, info in sorted(self.named.items()):
            if day in seen:
                continue
            first = last = day
            while (before := self._same(first, -1, info)) is not None:
                first = before
            while (after := self._same(last, 1, info)) is not None:
                last = after
            seen.update(first + n * _ONE_DAY for n in range((last - first).days + 1))
            result.append(Closure(info.holidays, first, last, info.working, info.estimated))
        return tuple(result)

    def _same(self, day: datetime.date, step: int, info: DayInfo) -> datetime.date | None:
        try:
            other = day + step * _ONE_DAY
        except OverflowError:
            return None
        found = self.calendar.day(other)
        return other if (found.holidays, found.working) == (info.holidays, info.working) else None


def start_bounds(
    today: datetime.date, calendar: WorkCalendar | None = None
) -> tuple[datetime.date, datetime.date]:
    """Return the first and last start date worth computing.

    From the first day of the holiday data (earlier dates would all be guesses) to the end of
    the year :data:`YEARS_AHEAD` years after ``today`` (further plans are guesses too).
    """
    cal = calendar or china()
    last = min(today.year + YEARS_AHEAD, datetime.MAXYEAR - 1)
    return datetime.date(cal.first_year, 1, 1), datetime.date(last, 12, 31)
