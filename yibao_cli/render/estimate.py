"""Render ``yibao estimate``: the figures used, each step with its formula, the result, notes.

When a temporary stay's form is unknown, the "ratio cut" and "先自付" calculations are shown
side by side in two columns, never mixed into one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from rich.console import Console, RenderableType
from rich.table import Table

from yibao_cli.estimate.calc import ZERO, Working
from yibao_cli.estimate.explain import Alternative, NoteId
from yibao_cli.estimate.ranges import Estimate, FormResult, Span, money, percent, points
from yibao_cli.estimate.rules import Rules
from yibao_cli.page.words import tier_tag, tx
from yibao_cli.render.page import heading, indent, tag
from yibao_cli.render.text import Text
from yibao_cli.strings import t

_PERCENT = {"class_b_share", "ratio", "first_pay"}


def render(
    console: Console,
    result: Estimate,
    rules: Rules,
    changes: Sequence[Alternative],
    notes: Sequence[NoteId],
) -> None:
    """Print one estimate."""
    for part in parts(result, rules, changes, notes):
        console.print(part)


def parts(
    result: Estimate,
    rules: Rules,
    changes: Sequence[Alternative],
    notes: Sequence[NoteId],
) -> Iterator[RenderableType]:
    """Yield the renderables of ``yibao estimate``, in order."""
    inputs = result.inputs
    title = t(
        "est.title",
        setting=t(f"est.setting.{inputs.setting}"),
        level=t(f"est.level.{inputs.level}"),
    )
    yield Text(title, style="bold")
    yield Text(t(f"est.stay.{result.inputs.elsewhere}"))
    yield from _figures(result)
    yield from _working(result)
    yield Text("")
    yield Text(
        verdict(result.fund_low, result.fund_high, result.self_low, result.self_high),
        style="bold green",
    )
    yield from _changes(result, changes)
    yield heading(t("ui.notes"))
    for note in notes:
        claim = rules.claim(note)
        yield Text.assemble(tx(claim.text), " ", tag(tier_tag(claim.tier)))
        if claim.source:
            yield indent(Text(t("ui.source", source=tx(claim.source)), style="dim"))


def span_text(name: str, span: Span) -> str:
    """Say what one parameter is: its value, its range, or that it has no value."""
    if name == "cap" and span.low is None and span.high is None:
        return t("est.v.no_cap")
    show: Callable[[Decimal], str] = money
    unit = t("est.v.yuan")
    if name in _PERCENT or name == "cut":
        show, unit = points, ("%" if name in _PERCENT else t("est.v.points"))
    low = show(span.low if span.low is not None else ZERO)
    if span.exact:
        return f"{low}{unit}"
    high = t("est.v.any") if span.high is None else show(span.high)
    return t("est.v.range", low=low, high=high, unit=unit if span.high is not None else "")


def _figures(result: Estimate) -> Iterator[RenderableType]:
    yield heading(t("est.h.figures"))
    table = Table.grid(padding=(0, 2))
    table.add_column()
    table.add_column()
    table.add_column()
    for name, span in result.inputs.spans():
        if span.origin == "unused":
            continue
        origin = t(f"est.origin.{span.origin}", option=t(f"est.opt.{name}"))
        table.add_row(t(f"est.p.{name}"), span_text(name, span), Text(origin, style="dim"))
    yield indent(table)


def _working(result: Estimate) -> Iterator[RenderableType]:
    yield heading(t("est.h.working"))
    several = len(result.results) > 1
    if several:
        yield Text(t("est.side_by_side"))
    for form_result in result.results:
        if several:
            yield Text(t(f"est.form.{form_result.form}"), style="bold underline")
        if form_result.low == form_result.high:
            yield indent(Text("\n".join(steps(form_result.low))))
            continue
        for label, corner in ((t("est.low"), form_result.low), (t("est.high"), form_result.high)):
            yield indent(Text(label, style="bold"))
            yield indent(Text("\n".join(steps(corner))), 2)
        if several:
            yield indent(Text(_form_total(form_result), style="bold"))
    if several:
        yield heading(t("est.h.compare"))
        yield _comparison(result.results)


# The rows of the side-by-side table: a label and how to read the figure off a calculation.
_ROWS: tuple[tuple[str, Callable[[Working], str]], ...] = (
    ("est.c.policy", lambda w: money(w.policy)),
    ("est.c.first_pay", lambda w: money(w.first_pay) if w.form == "first-pay" else "—"),
    ("est.c.above", lambda w: money(w.above)),
    ("est.c.ratio", lambda w: percent(w.ratio)),
    ("est.c.fund", lambda w: money(w.fund)),
    ("est.c.self", lambda w: money(w.self_pay)),
)


def _comparison(results: Sequence[FormResult]) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    table.add_column("")
    corners: list[Working] = []
    for form_result in results:
        name = t(f"est.form.{form_result.form}")
        for label, corner in (("est.c.low", form_result.low), ("est.c.high", form_result.high)):
            table.add_column(t(label, form=name), justify="right")
            corners.append(corner)
    for key, read in _ROWS:
        table.add_row(t(key), *(read(corner) for corner in corners))
    return table


def _form_total(result: FormResult) -> str:
    return verdict(result.low.fund, result.high.fund, result.high.self_pay, result.low.self_pay)


def verdict(fund_low: Decimal, fund_high: Decimal, own_low: Decimal, own_high: Decimal) -> str:
    """Say "医保约付 X–Y 元，自己约付 A–B 元" (one figure when the ends are the same)."""
    return t("est.verdict", fund=_amounts(fund_low, fund_high), own=_amounts(own_low, own_high))


def _amounts(low: Decimal, high: Decimal) -> str:
    if low == high:
        return money(low)
    return t("est.v.between", low=money(low), high=money(high))


def steps(w: Working) -> list[str]:
    """The lines of one calculation, each with its formula and numbers."""
    p = w.point
    lines = [t("est.s.outside", amount=money(w.outside))]
    if w.class_b > ZERO:
        lines.append(
            t(
                "est.s.class_b",
                class_b=money(w.class_b),
                share=percent(p.class_b_share),
                amount=money(w.class_b_self),
            )
        )
    lines.append(
        t(
            "est.s.policy",
            bill=money(p.bill),
            outside=money(w.outside),
            class_b=money(w.class_b_self),
            amount=money(w.policy),
        )
    )
    if w.form == "first-pay":
        lines.append(
            t(
                "est.s.first_pay",
                policy=money(w.policy),
                share=percent(p.first_pay),
                amount=money(w.first_pay),
                rest=money(w.after_first),
            )
        )
    lines.append(
        t(
            "est.s.deductible",
            deductible=money(p.deductible),
            used=money(min(p.deductible_used, p.deductible)),
            left=money(w.deductible_left),
            part=money(w.deductible_part),
        )
    )
    lines.append(
        t(
            "est.s.above",
            base=money(w.after_first),
            part=money(w.deductible_part),
            amount=money(w.above),
        )
    )
    if w.form == "cut":
        lines.append(
            t("est.s.cut", ratio=percent(p.ratio), cut=points(p.cut), applied=percent(w.ratio))
        )
    lines.append(
        t("est.s.fund", above=money(w.above), ratio=percent(w.ratio), amount=money(w.uncapped))
    )
    if w.cap_left is None:
        lines.append(t("est.s.no_cap"))
    else:
        cap = p.cap if p.cap is not None else ZERO
        lines.append(
            t(
                "est.s.cap",
                cap=money(cap),
                used=money(min(p.cap_used, cap)),
                left=money(w.cap_left),
            )
        )
        if w.over_cap > ZERO:
            lines.append(t("est.s.over_cap", amount=money(w.over_cap)))
    lines.append(t("est.s.result", fund=money(w.fund), bill=money(p.bill), own=money(w.self_pay)))
    return [f"{number}. {line}" for number, line in enumerate(lines, 1)]


def _changes(result: Estimate, changes: Sequence[Alternative]) -> Iterator[RenderableType]:
    unknown = result.unknown
    if not changes and not unknown:
        return
    yield heading(t("est.h.changes"))
    for change in changes:
        yield Text(
            t(f"est.change.{change.change}", fund=_amounts(change.fund_low, change.fund_high))
        )
    if unknown:
        named = t("ui.list_sep").join(
            t("est.named", name=t(f"est.p.{name}"), option=t(f"est.opt.{name}")) for name in unknown
        )
        yield Text(t("est.change.unknown", names=named))
