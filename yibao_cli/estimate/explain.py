"""What goes beside the numbers: which claims apply, and what would change the result.

"What would change it" is worked out, not just said: the same bill under a long-term filing
(no cut) and, for other temporary trips, under a referral (the smaller cut limit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from yibao_cli.estimate.calc import ZERO
from yibao_cli.estimate.ranges import TEMPORARY, Elsewhere, Estimate, estimate, with_stay

Change = Literal["long-term", "referral"]
NoteId = Literal[
    "figures",
    "places",
    "cut",
    "first_pay",
    "first_pay_bound",
    "deductible_year",
    "over_cap",
    "long_term",
    "settlement",
]


@dataclass(frozen=True)
class Alternative:
    """The fund's payment if the stay were of another kind, all else the same."""

    change: Change
    fund_low: Decimal
    fund_high: Decimal


def alternatives(
    result: Estimate, cut_limit: Callable[[Elsewhere], Decimal | None]
) -> tuple[Alternative, ...]:
    """The estimates that a different kind of stay would give.

    Args:
        result: The estimate as asked for.
        cut_limit: The largest cut for a kind of stay (from the rules).

    Returns:
        Under a long-term filing, for any temporary stay; under a referral, for other
        temporary trips. Empty at home.
    """
    stay = result.inputs.elsewhere
    if stay not in TEMPORARY:
        return ()
    changes: list[tuple[Change, Elsewhere]] = [("long-term", "long-term")]
    if stay == "other":
        changes.insert(0, ("referral", "referral"))
    found = []
    for change, other in changes:
        limit = cut_limit(other)
        again = estimate(with_stay(result.inputs, other, limit), limit)
        found.append(Alternative(change, again.fund_low, again.fund_high))
    return tuple(found)


def notes(result: Estimate) -> tuple[NoteId, ...]:
    """The ids of the claims to show with this estimate, in order."""
    inputs = result.inputs
    shown: list[NoteId] = ["figures"]
    if inputs.elsewhere != "home":
        shown.append("places")
    if inputs.elsewhere in TEMPORARY:
        shown.append("cut")
        if any(r.form == "first-pay" for r in result.results):
            shown.append("first_pay")
            if inputs.first_pay.origin == "rule":
                shown.append("first_pay_bound")
        shown.append("long_term")
    elif inputs.elsewhere == "long-term":
        shown.append("long_term")
    if any(r.high.deductible_part > ZERO or r.low.deductible_part > ZERO for r in result.results):
        shown.append("deductible_year")
    if any(r.low.over_cap > ZERO or r.high.over_cap > ZERO for r in result.results):
        shown.append("over_cap")
    shown.append("settlement")
    return tuple(shown)
