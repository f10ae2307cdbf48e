"""Which days are working days in China, from three sources, the most exact first.

1. ``chinese-calendar``, for the years its holiday table covers;
2. the official arrangements in the catalogue (``data/calendar/YYYY.yaml``), for the years
   after that whose notice is published;
3. the statutory rule (:mod:`yibao_cli.dates.holidays`) for any other year: the holidays and the
   days off in lieu, without the yearly make-up working days, so each such day is an estimate.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yibao_cli.catalogue.calendar import CalendarYear


@dataclass(frozen=True)
class DayInfo:
    """What one day is.

    Attributes:
        working: True on a working day (a make-up working day too).
        holidays: The holidays that make the day off, or that a make-up working day is for;
            empty for an ordinary weekday or weekend.
        estimated: True when the day's year has no published arrangement and the statutory
            rule was used.
    """

    working: bool
    holidays: tuple[str, ...] = ()
    estimated: bool = False


# chinese-calendar's holiday names, as the library spells them.
_LIBRARY_NAMES = {
    "New Year's Day": "new-year",
    "Spring Festival": "spring-festival",
    "Tomb-sweeping Day": "qingming",
    "Labour Day": "labour-day",
    "Dragon Boat Festival": "dragon-boat",
    "Mid-autumn Festival": "mid-autumn",
    "National Day": "national-day",
    "Anti-Fascist 70th Day": "victory-day",
}


@dataclass(frozen=True)
class WorkCalendar:
    """China's working days: exact where an arrangement is known, by rule elsewhere.

    Attributes:
        first_year: The first year the holiday library covers.
        last_year: The last year the holiday library covers.
        exact: Tells what a day of the library's years is (may raise ``NotImplementedError``
            for a gap, which is then counted by rule).
        source: Names the library, e.g. ``chinese-calendar 1.11.0``.
        published: The days the catalogue's arrangements name (layer 2).
        published_years: The years those arrangements cover.
    """

    first_year: int
    last_year: int
    exact: Callable[[datetime.date], DayInfo] = field(repr=False)
    source: str = ""
    published: Mapping[datetime.date, DayInfo] = field(default_factory=dict, repr=False)
    published_years: frozenset[int] = frozenset()

    @property
    def known_until(self) -> int:
        """The last year whose arrangement is known (from the library or the catalogue)."""
        years = [year for year in self.published_years if year > self.last_year]
        return max([self.last_year, *years])

    def knows(self, day: datetime.date) -> bool:
        """Return True when the holiday library covers this day's year."""
        return self.first_year <= day.year <= self.last_year

    def day(self, day: datetime.date) -> DayInfo:
        """Tell what a day is, from the most exact source that covers it."""
        if self.knows(day):
            try:
                return self.exact(day)
            except NotImplementedError:  # the data has a gap after all: estimate, never crash
                pass
        elif day in self.published:
            return self.published[day]
        elif day.year in self.published_years:
            return DayInfo(day.weekday() < 5)
        return by_rule(day)

    def workday(self, day: datetime.date) -> tuple[bool, bool]:
        """Tell whether a day is a working day, and whether that is only an estimate."""
        info = self.day(day)
        return info.working, info.estimated

    def with_arrangements(self, years: Iterable[CalendarYear]) -> WorkCalendar:
        """Return this calendar with the catalogue's published arrangements added."""
        published: dict[datetime.date, DayInfo] = {}
        covered = set()
        for item in years:
            covered.add(item.year)
            for date, (working, names) in item.days().items():
                published[date] = DayInfo(working, names)
        if not covered:
            return self
        return WorkCalendar(
            self.first_year, self.last_year, self.exact, self.source, published, frozenset(covered)
        )


def by_rule(day: datetime.date) -> DayInfo:
    """Tell what a day is by the statutory rule alone (always an estimate)."""
    from yibao_cli.dates import holidays

    try:
        rest = holidays.rest_days(day.year).get(day)
    except OverflowError:  # a day in lieu past 9999-12-31
        rest = None
    if rest is not None:
        return DayInfo(False, (rest.holiday,), True)
    return DayInfo(day.weekday() < 5, (), True)


@cache
def china() -> WorkCalendar:
    """Return China's working-day calendar from ``chinese-calendar`` and the statutory rule."""
    import chinese_calendar

    # The package checks a date against the years of its holiday table; use the same years.
    years = [day.year for day in chinese_calendar.holidays]
    version = getattr(chinese_calendar, "__version__", "")

    def exact(day: datetime.date) -> DayInfo:
        off, name = chinese_calendar.get_holiday_detail(day)
        holiday = _LIBRARY_NAMES.get(name, "") if name else ""
        return DayInfo(not off, (holiday,) if holiday else ())

    return WorkCalendar(
        first_year=min(years),
        last_year=max(years),
        exact=exact,
        source=f"chinese-calendar {version}".strip(),
    )


@cache
def of(years: tuple[CalendarYear, ...]) -> WorkCalendar:
    """Return China's calendar with the catalogue's arrangements (cached per catalogue)."""
    return china().with_arrangements(years)
