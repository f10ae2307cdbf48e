"""The waiting period before resident insurance pays, after a late enrolment or a gap. Pure.

The rule's figures come from the flow (``FlowOutcome.waiting``): a fixed period, months added
per year of gap, and a floor after a long gap. The national text does not say whether the
first year of gap already adds a month, so every result is a range of two readings.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from yibao_cli.dates.months import first_day_after

_LAST_DAY = (12, 31)
_ONE_DAY = datetime.timedelta(days=1)
_WINDOW_FOR_NEXT_YEAR = 7
"""A payment in the collection period from this month on is for the next year (from 1 January)."""


@dataclass(frozen=True)
class Rule:
    """The figures of a waiting-period rule (国办发〔2024〕38号 for resident insurance).

    Attributes:
        fixed: Months everyone late or with a gap waits.
        per_year: Months added per further year of gap (and taken off per year paid back).
        floor: Least total after a long gap, paid back or not.
        floor_gap: Years of continuous gap from which ``floor`` holds.
    """

    fixed: int = 3
    per_year: int = 1
    floor: int = 6
    floor_gap: int = 4


@dataclass(frozen=True)
class Reading:
    """One reading of the rule: the months to wait and the first day benefits are paid."""

    months: int
    without_back_pay: int
    benefits_from: datetime.date
    floor_applied: bool
    fewest: int = 0
    """The months left when every year of gap is paid back."""


@dataclass(frozen=True)
class Waiting:
    """The waiting period of one case, under both readings of "each further year of gap".

    Attributes:
        applies: Whether there is a waiting period at all.
        counted_from: The day the period is counted from (not itself counted).
        in_window: The payment was made in the collection period.
        gap: Years of gap.
        back: Years paid back (at most ``gap``).
        back_clamped: More years were given than the gap; ``back`` was cut to it.
        later_years: The reading where only the years after the first add months.
        every_year: The reading where every year of gap adds a month.
    """

    applies: bool
    counted_from: datetime.date
    in_window: bool
    gap: int
    back: int
    back_clamped: bool
    later_years: Reading
    every_year: Reading

    @property
    def least(self) -> int:
        """The fewer months of the two readings."""
        return min(self.later_years.months, self.every_year.months)

    @property
    def most(self) -> int:
        """The more months of the two readings."""
        return max(self.later_years.months, self.every_year.months)


def counted_from(paid: datetime.date, in_window: bool) -> datetime.date:
    """The day a waiting period is counted from (the day itself not counted).

    The pay day, or 31 December before the year paid for when the payment was made in an
    autumn collection period (insured from 1 January).
    """
    if in_window and paid.month >= _WINDOW_FOR_NEXT_YEAR:
        return datetime.date(paid.year, *_LAST_DAY)
    return paid


def waiting(rule: Rule, paid: datetime.date, gap: int, back: int, in_window: bool) -> Waiting:
    """Work out the waiting period of a resident who pays on ``paid``.

    Args:
        rule: The rule's figures.
        paid: The day of payment.
        gap: Years of continuous gap before this payment (0: none).
        back: Years paid back for the gap (cut to ``gap``).
        in_window: Paid in the collection period.

    Returns:
        The waiting period under both readings (0 months when none applies).

    Raises:
        ValueError: ``gap`` or ``back`` is negative.
    """
    if gap < 0 or back < 0:
        raise ValueError("years must not be negative")
    used = min(back, gap)
    start = counted_from(paid, in_window)
    applies = gap > 0 or not in_window

    def reading(added_years: int) -> Reading:
        if not applies:  # insured from 1 January of the year paid for, or from the pay day
            first = start + _ONE_DAY if start != paid else paid
            return Reading(0, 0, first, False)
        plain = rule.fixed + rule.per_year * added_years
        months = rule.fixed + rule.per_year * max(added_years - used, 0)
        least = rule.floor if gap >= rule.floor_gap else 0
        floor = months < least
        months = max(months, least)
        fewest = max(rule.fixed, least)
        return Reading(months, plain, first_day_after(start, months), floor, fewest)

    return Waiting(
        applies=applies,
        counted_from=start,
        in_window=in_window,
        gap=gap,
        back=used,
        back_clamped=back > gap,
        later_years=reading(max(gap - 1, 0)),
        every_year=reading(gap),
    )
