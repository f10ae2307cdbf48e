"""Estimates over ranges: every parameter known exactly, bounded by a rule, or unknown.

The fund's payment rises with the bill, the ratio, the used part of the deductible and the
cap, and falls with every other parameter; so over a box of parameter values it is smallest
at one corner and largest at the opposite one, and the two calculations at those corners
bound every point inside. The estimate shows both corners in full.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Literal

from yibao_cli.errors import UsageError
from yibao_cli.estimate.calc import ZERO, Form, Point, Working, compute
from yibao_cli.strings import t

Origin = Literal["given", "unknown", "rule", "unused"]
"""Where a parameter's values come from: the user, nothing (every value possible), a rule
that bounds it (the national cut limits), or nowhere because this case does not use it."""

Elsewhere = Literal["home", "long-term", "referral", "emergency", "other"]
"""Where the care was: at home, or out of area with a long-term or a temporary filing."""

TEMPORARY: tuple[Elsewhere, ...] = ("referral", "emergency", "other")
FormChoice = Literal["cut", "first-pay", "unknown"]
Setting = Literal["inpatient", "outpatient"]
Level = Literal["primary", "secondary", "tertiary", "unknown"]

# Parameters whose larger values make the fund pay more; every other one makes it pay less.
_RAISING = {"bill", "deductible_used", "ratio", "cap"}


class CutLimitError(UsageError):
    """A ratio cut larger than the rules allow for the kind of stay."""


@dataclass(frozen=True)
class Span:
    """The values a parameter may take, from ``low`` to ``high``.

    ``None`` as ``high`` means no upper end (a cap that may be anything); for the cap, ``None``
    as both ends means there is no cap.
    """

    low: Decimal | None
    high: Decimal | None
    origin: Origin = "given"

    @property
    def exact(self) -> bool:
        """True when the parameter has one value."""
        return self.low == self.high


def given(value: Decimal) -> Span:
    """A parameter the user gave exactly."""
    return Span(value, value)


@dataclass(frozen=True)
class Inputs:
    """Every parameter of one estimate, as spans (shares, ratios and cuts as fractions)."""

    bill: Span
    outside: Span
    class_b: Span
    class_b_share: Span
    deductible: Span
    deductible_used: Span
    ratio: Span
    cap: Span
    cap_used: Span
    cut: Span
    first_pay: Span
    elsewhere: Elsewhere = "home"
    form: FormChoice = "unknown"
    setting: Setting = "inpatient"
    level: Level = "unknown"

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Yield ``(name, span)`` for every parameter, in the order they are shown."""
        for field in fields(Point):
            yield field.name, getattr(self, field.name)


@dataclass(frozen=True)
class FormResult:
    """The two corner calculations of one form."""

    form: Form
    low: Working
    high: Working


@dataclass(frozen=True)
class Estimate:
    """An estimate: one form, or the two temporary out-of-area forms side by side.

    Attributes:
        inputs: The parameters as used (unknowns filled with their full spans).
        results: One result per form that may apply.
        cut_limit: The largest cut the rules allow for this kind of stay (None at home).
    """

    inputs: Inputs
    results: tuple[FormResult, ...]
    cut_limit: Decimal | None

    @property
    def fund_low(self) -> Decimal:
        """The least the fund pays."""
        return min(result.low.fund for result in self.results)

    @property
    def fund_high(self) -> Decimal:
        """The most the fund pays."""
        return max(result.high.fund for result in self.results)

    @property
    def bill(self) -> Decimal:
        """The bill (its largest value when a range was given)."""
        high = self.inputs.bill.high
        assert high is not None
        return high

    @property
    def self_low(self) -> Decimal:
        """The least the patient pays."""
        return min(result.high.self_pay for result in self.results)

    @property
    def self_high(self) -> Decimal:
        """The most the patient pays."""
        return max(result.low.self_pay for result in self.results)

    @property
    def unknown(self) -> tuple[str, ...]:
        """The parameters nobody gave (their whole span was used)."""
        return tuple(name for name, span in self.inputs.spans() if span.origin == "unknown")


def corner(inputs: Inputs, high: bool) -> Point:
    """The parameter values at which the fund pays least (``high`` False) or most."""
    values: dict[str, Decimal | None] = {}
    for name, span in inputs.spans():
        up = (name in _RAISING) == high
        values[name] = span.high if up else span.low
    if values["cap_used"] is None:  # no upper end: all of the cap may be used up
        values["cap_used"] = values["cap"] if values["cap"] is not None else ZERO
    for name in ("outside", "class_b", "deductible"):
        if values[name] is None:
            values[name] = values["bill"]
    bill = values.pop("bill")
    assert bill is not None
    return Point(bill=bill, **values)  # type: ignore[arg-type]


def estimate(inputs: Inputs, cut_limit: Decimal | None) -> Estimate:
    """Check the inputs and work out both corners of every form that may apply.

    Args:
        inputs: The parameters; unknown ones span every value they can take.
        cut_limit: The largest ratio cut the rules allow for this stay (None at home or under
            a long-term filing, where no cut applies).

    Returns:
        The estimate.

    Raises:
        UsageError: The inputs contradict each other (see ``check``).
    """
    check(inputs, cut_limit)
    return Estimate(inputs, corners(inputs), cut_limit)


def corners(inputs: Inputs) -> tuple[FormResult, ...]:
    """Both corner calculations of every form that may apply, without checking the inputs.

    At home and under a long-term filing one form applies; for a temporary stay, the form
    given, or both when it is unknown.
    """
    forms: tuple[Form, ...]
    if inputs.elsewhere not in TEMPORARY:
        forms = ("plain",)
    elif inputs.form == "unknown":
        forms = ("cut", "first-pay")
    else:
        forms = (inputs.form,)
    return tuple(
        FormResult(form, compute(corner(inputs, False), form), compute(corner(inputs, True), form))
        for form in forms
    )


def check(inputs: Inputs, cut_limit: Decimal | None) -> None:
    """Refuse parameters that cannot all hold at once.

    Raises:
        UsageError: A part larger than the whole (outside the catalogue or 乙类 costs larger
            than the bill, a used deductible or cap larger than the deductible or cap), a
            range whose ends are the wrong way round, or a cut beyond what the rules allow.
    """
    for name, span in inputs.spans():
        if span.low is not None and span.high is not None and span.low > span.high:
            raise UsageError(t("est.err.backwards", name=t(f"est.p.{name}")))
    bill = inputs.bill.high
    assert bill is not None
    _not_above(inputs.outside.low, bill, "outside", "bill")
    if inputs.outside.low is not None and inputs.class_b.low is not None:
        _not_above(inputs.outside.low + inputs.class_b.low, bill, "outside_class_b", "bill")
    _not_above(inputs.deductible_used.low, inputs.deductible.high, "deductible_used", "deductible")
    _not_above(inputs.cap_used.low, inputs.cap.high, "cap_used", "cap")
    if cut_limit is not None and inputs.cut.low is not None and inputs.cut.low > cut_limit:
        raise CutLimitError(
            t(
                "est.err.cut_limit",
                cut=points(inputs.cut.low),
                limit=points(cut_limit),
                stay=t(f"est.stay.{inputs.elsewhere}"),
            )
        )


def _not_above(part: Decimal | None, whole: Decimal | None, name: str, whole_name: str) -> None:
    if part is None or whole is None or part <= whole:
        return
    raise UsageError(
        t(f"est.err.{name}", part=money(part), whole=money(whole), name=t(f"est.p.{whole_name}"))
    )


def with_stay(inputs: Inputs, elsewhere: Elsewhere, cut_limit: Decimal | None) -> Inputs:
    """The same inputs for another kind of stay, the cut held to that stay's limit.

    Used for "what would change it": the same bill under a referral or a long-term filing.
    """
    changed = replace(inputs, elsewhere=elsewhere)
    if cut_limit is None:
        return changed
    return replace(
        changed,
        cut=_held(inputs.cut, cut_limit),
        first_pay=_held(inputs.first_pay, cut_limit),
    )


def _held(span: Span, limit: Decimal) -> Span:
    low = None if span.low is None else min(span.low, limit)
    high = limit if span.high is None else min(span.high, limit)
    return Span(low, high, span.origin)


def money(amount: Decimal) -> str:
    """Format an amount in yuan with thousands separators and two decimals: 6,375.00."""
    return f"{amount:,.2f}"


def percent(fraction: Decimal) -> str:
    """Format a fraction as a percentage without needless zeros: 0.85 → 85%, 0.055 → 5.5%."""
    value = (fraction * 100).normalize()
    text = f"{value:f}"
    return f"{text}%"


def points(fraction: Decimal) -> str:
    """Format a cut as percentage points: 0.10 → 10."""
    return f"{(fraction * 100).normalize():f}"
