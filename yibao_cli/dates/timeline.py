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
5. Outside the years the holiday data covers, Monday to Friday are counted as working days,
   and every date that depends on such a year is marked as an estimate.

This module is pure: it takes dates and durations and returns plain dataclasses.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import cache

from yibao_cli.regions import overlay

YEARS_AHEAD = 5
"""How many years after the current one a start date may lie."""

_ONE_DAY = datetime.timedelta(days=1)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: exact within the known years, Monday–Friday outside them.

    Attributes:
        first_year: The first year the holiday data covers.
        last_year: The last year the holiday data covers.
        exact: Tells whether a day of a known year is a working day.
        source: Names the data, e.g. ``chinese-calendar 1.11.0``.
    """

    first_year: int
    last_year: int
    exact: Callable[[datetime.date], bool] = field(repr=False)
    source: str = ""

    def knows(self, day: datetime.date) -> bool:
        """Return True when the holiday data covers this day's year."""
        return self.first_year <= day.year <= self.last_year

    def workday(self, day: datetime.date) -> tuple[bool, bool]:
        """Tell whether a day is a working day, and whether that is only an estimate.

        Args:
            day: Any date.

        Returns:
            ``(is_working_day, estimated)``; estimated days are counted Monday to Friday.
        """
        if self.knows(day):
            try:
                return bool(self.exact(day)), False
            except NotImplementedError:  # the data has a gap after all: estimate, never crash
                pass
        return day.weekday() < 5, True


@cache
def china() -> WorkCalendar:
    """Return China's official working-day calendar from the ``chinese-calendar`` package."""
    import chinese_calendar

    # The package checks a date against the years of its holiday table; use the same years.
    years = [day.year for day in chinese_calendar.holidays]
    version = getattr(chinese_calendar, "__version__", "")
    return WorkCalendar(
        first_year=min(years),
        last_year=max(years),
        exact=chinese_calendar.is_workday,
        source=f"chinese-calendar {version}".strip(),
    )


@dataclass(frozen=True)
class StepDays:
    """What the timeline needs of one step: its id and its working-day range, if any."""

    id: str
    days: tuple[int, int] | None = None


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


@dataclass(frozen=True)
class Timeline:
    """Expected dates for a sequence of steps from one start date.

    Attributes:
        start: The start date as given.
        accepted: The day of acceptance (the first working day on or after ``start``).
        steps: One entry per step, in order.
        total: Working days from acceptance to the end of the last step, ``(min, max)``.
        ends: When the last step is expected to be done.
        known_years: The first and last year of the holiday data.
        estimated_years: Years counted Monday–Friday because the data does not cover them.
        source: Names the holiday data.
    """

    start: datetime.date
    accepted: Day
    steps: tuple[StepTime, ...]
    total: tuple[int, int]
    ends: Window
    known_years: tuple[int, int]
    estimated_years: tuple[int, ...] = ()
    source: str = ""

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
        StepDays(item.step.id, overlay.span(item.durations))
        for item in view.steps
        if only is None or item.step.id in only
    ]


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
    entries = []
    for item in steps:
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
        ends=Window(counter.after(low), counter.after(high)),
        known_years=(cal.first_year, cal.last_year),
        estimated_years=tuple(sorted(counter.estimated_years)),
        source=cal.source,
    )


class _Counter:
    """Working days after the day of acceptance, found once and remembered.

    ``self.days[n]`` is the nth working day after acceptance (``days[0]`` is acceptance itself);
    a day is an estimate when it, or any day examined before it, was counted Monday–Friday.
    """

    def __init__(self, calendar: WorkCalendar, start: datetime.date) -> None:
        self.calendar = calendar
        self.estimated_years: set[int] = set()
        self.cursor = start
        self.estimated = False
        self.days: list[Day] = []
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
                working, estimated = self.calendar.workday(day)
                if estimated:
                    self.estimated = True
                    self.estimated_years.add(day.year)
                if working:
                    break
                day += _ONE_DAY
        except OverflowError:
            raise ValueError("the timeline runs past 9999-12-31") from None
        self.cursor = day
        self.days.append(Day(day, self.estimated))


def parse_day(text: str) -> datetime.date:
    """Read a date such as ``2026-09-28``, ``2026/9/28`` or ``2026年9月28日``.

    Args:
        text: What the user typed.

    Returns:
        The date.

    Raises:
        ValueError: The text is not a date in one of these forms (``args[0]`` is ``"form"``),
            or names a day that does not exist such as 2026-02-30 (``args[0]`` is ``"day"``).
    """
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError("form")
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError("day") from None


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
