"""China's statutory public holidays by rule, for the years no published arrangement covers.

The rule is that of the 《全国年节及纪念日放假办法》 (national regulation on public holidays):
the days every citizen has off, and, when one of them falls on a Saturday or Sunday, a day
off on the next working day instead (补假, article 6). What the rule cannot give are the yearly
swaps (调休) the State Council publishes each November, which move weekend days to bridge a
holiday: none is guessed here, so every date counted this way is an estimate.

The lunar holidays (春节, 端午节, 中秋节) come from the ``borax`` package (years 1900–2100),
清明 from the solar terms of ``chinese-calendar``. Both are imported on first use only.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

HOLIDAYS = (
    "new-year",
    "spring-festival",
    "qingming",
    "labour-day",
    "dragon-boat",
    "mid-autumn",
    "national-day",
)
"""The statutory holidays, in calendar order; names are in the string table (``hol.<id>``)."""

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Rule:
    """The holidays as one version of the regulation sets them.

    Attributes:
        since: The first year this version is in force.
        spring_first: The first day of 春节 off, counted from 正月初一 (-1 is 除夕).
        spring_days: How many days of 春节 are off.
        labour_days: How many days from 1 May are off.
        national_days: How many days from 1 October are off.
    """

    since: int
    spring_first: int
    spring_days: int
    labour_days: int
    national_days: int


RULES = (
    # 国务院令第795号 (2024-11-10), in force from 2025-01-01: 春节 除夕–初三, 劳动节 two days.
    Rule(2025, -1, 4, 2, 3),
    # 国务院令第644号 (2013-12-11), in force from 2014-01-01: 春节 初一–初三.
    Rule(2014, 0, 3, 1, 3),
    # 国务院令第513号 (2007-12-14), in force from 2008-01-01: 清明、端午、中秋 added.
    Rule(2008, -1, 3, 1, 3),
)
"""Newest first. Years before 2008 have no rule here (and are counted Monday to Friday)."""


@dataclass(frozen=True)
class RestDay:
    """A day off by rule: the holiday it belongs to, and whether it is a day off in lieu."""

    holiday: str
    in_lieu: bool = False


def rule(year: int) -> Rule | None:
    """Return the version of the regulation in force in a year, if this module knows it."""
    return next((item for item in RULES if item.since <= year), None)


def statutory(year: int) -> dict[datetime.date, str]:
    """Return the statutory holiday days of a year, each with its holiday id.

    The lunar holidays are left out for years outside ``borax``'s range (1900–2100), and
    清明 outside the solar-term table's; an empty mapping means the year has no known rule.
    """
    found = rule(year)
    if found is None:
        return {}
    days: dict[datetime.date, str] = {datetime.date(year, 1, 1): "new-year"}
    days.update(_run(datetime.date(year, 5, 1), found.labour_days, "labour-day"))
    days.update(_run(datetime.date(year, 10, 1), found.national_days, "national-day"))
    qingming = _qingming(year)
    if qingming is not None:
        days[qingming] = "qingming"
    new_year = _lunar(year, 1, 1)
    if new_year is not None:
        first = new_year + found.spring_first * _ONE_DAY
        days.update(_run(first, found.spring_days, "spring-festival"))
    for (month, day), holiday in (((5, 5), "dragon-boat"), ((8, 15), "mid-autumn")):
        date = _lunar(year, month, day)
        if date is not None:
            days.setdefault(date, holiday)  # 中秋 on 1–3 October stays 国庆节 (rare, e.g. 2020)
    return dict(sorted(days.items()))


@cache
def rest_days(year: int) -> dict[datetime.date, RestDay]:
    """Return every day off by rule in a year: the statutory days and the days in lieu.

    A statutory day on a Saturday or Sunday gives the next Monday-to-Friday day that is not
    already off (article 6 of the regulation).
    """
    days = {date: RestDay(holiday) for date, holiday in statutory(year).items()}
    for date, rest in list(days.items()):
        if date.weekday() < 5:
            continue
        lieu = date + _ONE_DAY
        while lieu.weekday() >= 5 or lieu in days:
            lieu += _ONE_DAY
        days[lieu] = RestDay(rest.holiday, in_lieu=True)
    return dict(sorted(days.items()))


def _run(first: datetime.date, count: int, holiday: str) -> dict[datetime.date, str]:
    return {first + n * _ONE_DAY: holiday for n in range(count)}


def _lunar(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a lunar date (never a leap month), or None outside the table."""
    from borax.calendars.lunardate import LunarDate

    try:
        solar: datetime.date = LunarDate(year, month, day).to_solar_date()
        return solar
    except ValueError:  # outside 1900–2100
        return None


def _qingming(year: int) -> datetime.date | None:
    import chinese_calendar

    try:
        terms = chinese_calendar.get_solar_terms(
            datetime.date(year, 4, 1), datetime.date(year, 4, 30)
        )
    except (KeyError, IndexError, ValueError, NotImplementedError):
        return None
    return next((date for date, name in terms if name == "清明"), None)
