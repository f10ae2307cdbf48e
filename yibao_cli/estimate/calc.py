"""One reimbursement calculation with every parameter known: each step kept, money exact.

The order of the steps (each one a line the estimate shows):

1. costs outside the catalogue (目录外, 全自费) are paid by the patient in full;
2. of the 乙类 costs, the patient first pays the 乙类 self-pay share (乙类先自付);
3. the rest is the policy-range amount (政策范围内费用);
4. under the "先自付 N%" form of temporary out-of-area care, the patient first pays N% of it;
5. what is left of this year's deductible (起付线) is paid by the patient;
6. the fund pays the payment ratio of the amount above it, the ratio lowered by the cut
   (percentage points) under the "ratio cut" form of temporary out-of-area care;
7. the fund pays at most what is left of the annual cap (封顶线) this year.

Amounts are ``Decimal`` throughout and only the fund's payment is rounded, to the fen
(half up), at the very end; the patient's part is the bill less that payment, so the two
always add up to the bill.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Form = Literal["plain", "cut", "first-pay"]
"""How a temporary out-of-area stay lowers the payment: not at all, a ratio cut, 先自付 N%."""

ZERO = Decimal(0)
ONE = Decimal(1)
FEN = Decimal("0.01")


@dataclass(frozen=True)
class Point:
    """One value for every parameter (fractions for shares, ratios and the cut).

    Attributes:
        bill: The total bill.
        outside: The part outside the catalogue (目录外, paid in full by the patient).
        class_b: The 乙类 costs (inside the catalogue).
        class_b_share: The share of the 乙类 costs the patient pays first (0.05 = 5%).
        deductible: This year's deductible (起付线).
        deductible_used: How much of the deductible earlier bills this year already used.
        ratio: The payment ratio (0.85 = 85%).
        cap: The annual cap (封顶线); None when there is none or it cannot be reached.
        cap_used: How much the fund already paid this year towards the cap.
        cut: The ratio cut in percentage points, as a fraction (0.10 = 10 points).
        first_pay: The 先自付 share (0.20 = 20%).
    """

    bill: Decimal
    outside: Decimal = ZERO
    class_b: Decimal = ZERO
    class_b_share: Decimal = ZERO
    deductible: Decimal = ZERO
    deductible_used: Decimal = ZERO
    ratio: Decimal = ONE
    cap: Decimal | None = None
    cap_used: Decimal = ZERO
    cut: Decimal = ZERO
    first_pay: Decimal = ZERO


@dataclass(frozen=True)
class Working:
    """Every intermediate number of one calculation (exact, unrounded unless said).

    Attributes:
        point: The parameter values used.
        form: Which out-of-area form was applied.
        outside: The part outside the catalogue (at most the bill).
        class_b: The 乙类 costs (at most what is left of the bill).
        class_b_self: 乙类先自付: ``class_b × class_b_share``.
        policy: 政策范围内: ``bill − outside − class_b_self``.
        first_pay: 先自付 under that form: ``policy × first_pay`` (else 0).
        after_first: ``policy − first_pay``.
        deductible_left: ``max(0, deductible − deductible_used)``.
        deductible_part: The part of this bill under the deductible: ``min(after_first, left)``.
        above: ``after_first − deductible_part``.
        ratio: The ratio applied: ``max(0, ratio − cut)`` under the cut form, else the ratio.
        uncapped: ``above × ratio``.
        cap_left: ``max(0, cap − cap_used)``; None without a cap.
        over_cap: What the cap keeps the fund from paying: ``uncapped − min(uncapped, cap_left)``.
        fund: What the fund pays, rounded to the fen.
        self_pay: What the patient pays: ``bill − fund``.
    """

    point: Point
    form: Form
    outside: Decimal
    class_b: Decimal
    class_b_self: Decimal
    policy: Decimal
    first_pay: Decimal
    after_first: Decimal
    deductible_left: Decimal
    deductible_part: Decimal
    above: Decimal
    ratio: Decimal
    uncapped: Decimal
    cap_left: Decimal | None
    over_cap: Decimal
    fund: Decimal
    self_pay: Decimal


def fen(amount: Decimal) -> Decimal:
    """Round an amount to the fen, half up (the way a counter rounds)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def compute(point: Point, form: Form = "plain") -> Working:
    """Work out what the fund and the patient pay, step by step.

    Parts larger than what they are part of (the 乙类 costs beyond the bill, a used part beyond
    the deductible or cap) are held to it, so that every point of a range has an answer; the
    inputs are checked for such mistakes before (see ``ranges.check``).

    Args:
        point: The parameter values.
        form: ``cut`` applies ``point.cut``, ``first-pay`` applies ``point.first_pay``;
            ``plain`` applies neither.

    Returns:
        The calculation with every intermediate number.
    """
    outside = min(point.outside, point.bill)
    class_b = min(point.class_b, point.bill - outside)
    class_b_self = class_b * point.class_b_share
    policy = point.bill - outside - class_b_self
    first_pay = policy * point.first_pay if form == "first-pay" else ZERO
    after_first = policy - first_pay
    deductible_left = max(ZERO, point.deductible - point.deductible_used)
    deductible_part = min(after_first, deductible_left)
    above = after_first - deductible_part
    ratio = max(ZERO, point.ratio - point.cut) if form == "cut" else point.ratio
    uncapped = above * ratio
    cap_left = None if point.cap is None else max(ZERO, point.cap - point.cap_used)
    paid = uncapped if cap_left is None else min(uncapped, cap_left)
    fund = fen(paid)
    return Working(
        point=point,
        form=form,
        outside=outside,
        class_b=class_b,
        class_b_self=class_b_self,
        policy=policy,
        first_pay=first_pay,
        after_first=after_first,
        deductible_left=deductible_left,
        deductible_part=deductible_part,
        above=above,
        ratio=ratio,
        uncapped=uncapped,
        cap_left=cap_left,
        over_cap=uncapped - paid,
        fund=fund,
        self_pay=point.bill - fund,
    )
