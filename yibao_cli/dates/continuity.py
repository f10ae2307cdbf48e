"""A break in contributions, counted in calendar months between two dates. Pure.

The rule's figures come from the flow (``FlowOutcome.continuity``): a break of at most
``within`` months can be paid back and is covered from the month of payment; after a longer
one a waiting period of at most ``cap`` months may apply. The months of the break are those
with no contribution: after the last month paid for and before the month of payment.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from yibao_cli.dates.months import first_day_after


@dataclass(frozen=True)
class Break:
    """One break between the last month paid for and a payment.

    Attributes:
        months: Months with no contribution between them (0: none).
        first: The first of those months (its first day), when there is a break.
        last: The last of those months (its first day), when there is a break.
        paid: The day of payment.
        within: The break is at most the rule's ``within`` months.
        border: The break is exactly ``within`` months: counting the month of payment too
            would make it longer.
        cover_from: The first day of the month of payment (cover from then, when within).
        latest_month: The first day of the last month a payment keeps the break within.
        capped_from: The day a waiting period of the rule's ``cap`` months from the payment
            is over (after a longer break).
    """

    months: int
    first: datetime.date | None
    last: datetime.date | None
    paid: datetime.date
    within: bool
    border: bool
    cover_from: datetime.date
    latest_month: datetime.date
    capped_from: datetime.date


def month_index(day: datetime.date) -> int:
    """Count months from year 0, so that two months can be subtracted."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> datetime.date:
    """The first day of the month ``month_index`` gives ``index`` for."""
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, 1)


def count_break(stopped: datetime.date, paid: datetime.date, within: int, cap: int) -> Break:
    """Count the break between the month of ``stopped`` and the month of ``paid``.

    Args:
        stopped: A day in the last month contributions were paid for.
        paid: The day contributions are paid again.
        within: The longest break (months) that can be paid back.
        cap: The longest waiting period (months) after a longer break.

    Returns:
        The break; none when the payment is in the month after ``stopped`` or earlier.

    Raises:
        ValueError: ``within`` or ``cap`` is negative.
    """
    if within < 0 or cap < 0:
        raise ValueError("months must not be negative")
    last_paid, paying = month_index(stopped), month_index(paid)
    months = max(paying - last_paid - 1, 0)
    return Break(
        months=months,
        first=month_start(last_paid + 1) if months else None,
        last=month_start(paying - 1) if months else None,
        paid=paid,
        within=months <= within,
        border=months > 0 and months == within,
        cover_from=month_start(paying),
        latest_month=month_start(last_paid + within + 1),
        capped_from=first_day_after(paid, cap),
    )
