"""Properties of the estimate that must hold for every bill, not just the worked examples."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from yibao_cli.errors import UsageError
from yibao_cli.estimate.calc import Form, Point, compute
from yibao_cli.estimate.inputs import Raw, build
from yibao_cli.estimate.ranges import Estimate, Inputs, Span, corners, estimate

FORMS: tuple[Form, ...] = ("plain", "cut", "first-pay")
money = st.integers(0, 2_000_000_00).map(lambda fen: Decimal(fen) / 100)
share = st.integers(0, 10_000).map(lambda basis: Decimal(basis) / 10_000)
cap = st.one_of(st.none(), money)


@st.composite
def points(draw: st.DrawFn) -> Point:
    return Point(
        bill=draw(money),
        outside=draw(money),
        class_b=draw(money),
        class_b_share=draw(share),
        deductible=draw(money),
        deductible_used=draw(money),
        ratio=draw(share),
        cap=draw(cap),
        cap_used=draw(money),
        cut=draw(st.integers(0, 20).map(lambda p: Decimal(p) / 100)),
        first_pay=draw(st.integers(0, 20).map(lambda p: Decimal(p) / 100)),
    )


@settings(max_examples=300)
@given(points(), st.sampled_from(FORMS))
def test_never_more_than_the_bill_or_the_cap(point: Point, form: Form) -> None:
    working = compute(point, form)
    assert Decimal(0) <= working.fund <= point.bill
    assert working.fund + working.self_pay == point.bill
    assert working.fund == working.fund.quantize(Decimal("0.01"))
    if point.cap is not None:
        assert working.fund <= max(Decimal(0), point.cap - point.cap_used)


@settings(max_examples=300)
@given(points(), money, st.sampled_from(FORMS))
def test_a_larger_bill_never_gets_less(point: Point, more: Decimal, form: Form) -> None:
    larger = replace(point, bill=point.bill + more)
    assert compute(larger, form).fund >= compute(point, form).fund


@settings(max_examples=300)
@given(points(), share, st.sampled_from(FORMS))
def test_a_higher_ratio_never_gets_less(point: Point, ratio: Decimal, form: Form) -> None:
    low, high = sorted((point.ratio, ratio))
    assert (
        compute(replace(point, ratio=high), form).fund
        >= compute(replace(point, ratio=low), form).fund
    )


def _span(draw: st.DrawFn, values: st.SearchStrategy[Decimal]) -> Span:
    low, high = sorted((draw(values), draw(values)))
    return Span(low, high)


@st.composite
def boxes(draw: st.DrawFn) -> Inputs:
    bill = _span(draw, money)
    caps = draw(st.sampled_from(["none", "range", "open"]))
    cap_span = {
        "none": Span(None, None),
        "range": _span(draw, money),
        "open": Span(draw(money), None, "unknown"),
    }[caps]
    return Inputs(
        bill=bill,
        outside=_span(draw, money),
        class_b=_span(draw, money),
        class_b_share=_span(draw, share),
        deductible=_span(draw, money),
        deductible_used=_span(draw, money),
        ratio=_span(draw, share),
        cap=cap_span,
        cap_used=_span(draw, money),
        cut=_span(draw, st.integers(0, 20).map(lambda p: Decimal(p) / 100)),
        first_pay=_span(draw, st.integers(0, 20).map(lambda p: Decimal(p) / 100)),
        elsewhere=draw(st.sampled_from(["home", "other"])),
        form="unknown",
    )


def _inside(data: st.DataObject, span: Span) -> Decimal | None:
    if span.low is None:
        return None
    high = span.high if span.high is not None else span.low + 10_000_000
    fen = data.draw(st.integers(int(span.low * 10_000), int(high * 10_000)))
    return Decimal(fen) / 10_000


@settings(max_examples=300)
@given(boxes(), st.data())
def test_the_range_holds_every_point_inside_it(inputs: Inputs, data: st.DataObject) -> None:
    # Parts larger than their whole are refused by ``check``; the calculation holds them to
    # the whole, so the bound must hold over the whole box, refused corners included.
    result = Estimate(inputs, corners(inputs), None)
    values = {name: _inside(data, span) for name, span in inputs.spans()}
    if inputs.cap.low is not None and inputs.cap.high is None:
        values["cap"] = data.draw(st.one_of(st.none(), st.just(values["cap"])))
    point = Point(**values)  # type: ignore[arg-type]
    for form_result in result.results:
        fund = compute(point, form_result.form).fund
        assert form_result.low.fund <= fund <= form_result.high.fund
        assert result.fund_low <= fund <= result.fund_high


figure = st.one_of(st.none(), money.map(str))
percent_text = st.one_of(st.none(), st.integers(0, 100).map(lambda p: f"{p}%"))


@settings(max_examples=200)
@given(
    st.integers(0, 1_000_000).map(str),
    figure,
    figure,
    percent_text,
    figure,
    percent_text,
    st.sampled_from(["home", "long-term", "referral", "emergency", "other"]),
)
def test_unknown_figures_span_every_value_they_can_take(
    bill: str,
    outside: str | None,
    deductible: str | None,
    ratio: str | None,
    cap_text: str | None,
    class_b_share: str | None,
    elsewhere: str,
) -> None:
    raw = Raw(
        bill=bill,
        outside=outside,
        class_b="0",
        class_b_share=class_b_share,
        deductible=deductible,
        deductible_used="0",
        ratio=ratio,
        cap=cap_text,
        cap_used="0",
        elsewhere=elsewhere,
    )
    limit = Decimal("0.1") if elsewhere in ("referral", "emergency") else Decimal("0.2")
    limit_or_none = limit if elsewhere in ("referral", "emergency", "other") else None
    try:
        inputs = build(raw, limit_or_none)
        result = estimate(inputs, limit_or_none)
    except UsageError:  # a refusal users are told about (a part larger than the bill …)
        return
    # Every exact choice of the unknown ratio lies inside the range.
    for exact in ("0%", "50%", "100%") if ratio is None else (ratio,):
        pinned = estimate(build(replace(raw, ratio=exact), limit_or_none), limit_or_none)
        assert result.fund_low <= pinned.fund_low <= pinned.fund_high <= result.fund_high
    assert Decimal(0) <= result.fund_low <= result.fund_high <= Decimal(bill)
