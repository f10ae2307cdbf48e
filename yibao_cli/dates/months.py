"""Periods counted in calendar months, the way the Civil Code counts them (articles 201, 202).

The day a period starts from is not counted; the period ends on the same day of the month
``months`` later, or on the last day of that month when it has no such day. Pure.
"""

from __future__ import annotations

import calendar
import datetime

_ONE_DAY = datetime.timedelta(days=1)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day of the month ``months`` later, or that month's last day when it is shorter.

    Args:
        day: The day to count from.
        months: How many calendar months (0 or more).

    Returns:
        The day ``months`` later (2026-01-31 + 1 month is 2026-02-28).

    Raises:
        ValueError: ``months`` is negative, or the result is past the year 9999.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def period_end(start_event: datetime.date, months: int) -> datetime.date:
    """The last day of a period of ``months`` months counted from the day after ``start_event``.

    Paying on 2026-01-31 and waiting 3 months: the period ends on 2026-04-30.
    """
    return add_months(start_event, months)


def first_day_after(start_event: datetime.date, months: int) -> datetime.date:
    """The day a waiting period of ``months`` months from ``start_event`` is over.

    That is the day after the period's last day, or ``start_event`` itself for 0 months.
    """
    if months == 0:
        return start_event
    return period_end(start_event, months) + _ONE_DAY
