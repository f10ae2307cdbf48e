"""Read the estimate's parameters as people type them, and fill in what nobody gave.

Amounts: ``1300``, ``1,300``, ``1300.5``, ``1300元``; at most two decimals (fen), at most
``AMOUNT_MAX`` 元; commas only between groups of three digits (a decimal comma, ``85,5``, is
named as such). Shares and
ratios: ``85%`` or ``85`` (per cent). Cuts: percentage points, ``10``. Any of them may be a
range, ``80-90%``, or unknown: ``?``, ``不知道``, ``unknown`` (or simply not given). The cap may
also be ``none`` (no cap, or sure not to be reached). Full-width digits are fine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal, TypeVar

from yibao_cli.errors import UsageError
from yibao_cli.estimate.calc import ONE, ZERO
from yibao_cli.estimate.ranges import (
    TEMPORARY,
    Elsewhere,
    FormChoice,
    Inputs,
    Level,
    Setting,
    Span,
)
from yibao_cli.strings import t

Kind = Literal["amount", "percent", "points", "cap"]
C = TypeVar("C", bound=str)
UNKNOWN_WORDS = {"?", "？", "不知道", "不清楚", "unknown", "u"}
NONE_WORDS = {"none", "无", "没有", "不封顶", "达不到", "no"}
ELSEWHERE: tuple[Elsewhere, ...] = ("home", "long-term", "referral", "emergency", "other")
FORMS: tuple[FormChoice, ...] = ("cut", "first-pay", "unknown")
SETTINGS: tuple[Setting, ...] = ("inpatient", "outpatient")
LEVELS: tuple[Level, ...] = ("primary", "secondary", "tertiary", "unknown")

AMOUNT_MAX = Decimal(100_000_000)
"""The largest amount taken (1亿元): far beyond any one bill, within exact arithmetic."""

_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_WRITTEN = r"[0-9][0-9,]*(?:\.[0-9]+)?"  # as typed: commas are checked by _ungrouped
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")
_RANGE = re.compile(rf"({_WRITTEN})\s*(?:-|~|–|—|至|到)\s*({_WRITTEN})")
_UNITS = {
    "amount": ("元", "yuan", "rmb", "¥", "￥"),
    "cap": ("元", "yuan", "rmb", "¥", "￥"),
    "percent": ("%",),
    "points": ("个百分点", "百分点", "points", "point", "pts", "点", "%"),
}


@dataclass(frozen=True)
class Raw:
    """The parameters as typed (None: not given), with the kind of stay and the cut's form."""

    bill: str | None = None
    outside: str | None = None
    class_b: str | None = None
    class_b_share: str | None = None
    deductible: str | None = None
    deductible_used: str | None = None
    ratio: str | None = None
    cap: str | None = None
    cap_used: str | None = None
    cut: str | None = None
    first_pay: str | None = None
    elsewhere: str = "home"
    form: str | None = None
    setting: str = "inpatient"
    level: str = "unknown"


KINDS: Mapping[str, Kind] = {
    "bill": "amount",
    "outside": "amount",
    "class_b": "amount",
    "class_b_share": "percent",
    "deductible": "amount",
    "deductible_used": "amount",
    "ratio": "percent",
    "cap": "cap",
    "cap_used": "amount",
    "cut": "points",
    "first_pay": "percent",
}


def read(name: str, text: str | None) -> Span | None:
    """Read one parameter; None when it is unknown.

    Args:
        name: The parameter (a key of ``KINDS``), for the messages.
        text: What was typed, or None when nothing was.

    Returns:
        The span given (fractions for shares, ratios and cuts), or None when unknown.

    Raises:
        UsageError: Not a number or a range, negative, more than two decimals for an amount,
            a share over 100%, a ratio written as 0.85, or a range the wrong way round.
    """
    if text is None:
        return None
    kind = KINDS[name]
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if cleaned in UNKNOWN_WORDS or not cleaned:
        return None
    if kind == "cap" and cleaned in NONE_WORDS:
        return Span(None, None)
    marked = False
    for unit in _UNITS[kind]:
        if cleaned.endswith(unit):
            cleaned = cleaned.removesuffix(unit).strip()
            marked = True
            break
    label = t(f"est.p.{name}")
    if cleaned.startswith("-") or cleaned.startswith("−"):
        raise UsageError(t("est.err.negative", name=label, text=text))
    found = _RANGE.fullmatch(cleaned)
    parts = found.groups() if found else (cleaned,)
    values = tuple(_number(name, kind, part, text, marked) for part in parts)
    low, high = values[0], values[-1]
    if low > high:
        raise UsageError(t("est.err.backwards_text", name=label, text=text))
    return Span(low, high)


def _ungrouped(label: str, part: str, text: str) -> str:
    """A number without its thousands commas, which must stand every three digits.

    Raises:
        UsageError: A decimal comma (85,5), or commas elsewhere (1,3,0,0).
    """
    if "," not in part:
        return part
    if _DECIMAL_COMMA.fullmatch(part):
        raise UsageError(
            t("est.err.decimal_comma", name=label, text=text, dot=part.replace(",", "."))
        )
    if not _GROUPED.fullmatch(part):
        raise UsageError(t("est.err.grouping", name=label, text=text))
    return part.replace(",", "")


def _number(name: str, kind: Kind, part: str, text: str, marked: bool) -> Decimal:
    label = t(f"est.p.{name}")
    part = _ungrouped(label, part, text)
    if not re.fullmatch(_NUMBER, part):
        key = "amount" if kind in ("amount", "cap") else kind
        raise UsageError(t(f"est.err.{key}", name=label, text=text))
    try:
        value = Decimal(part)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise UsageError(t("est.err.amount", name=label, text=text)) from None
    if kind in ("amount", "cap"):
        if value > AMOUNT_MAX:
            raise UsageError(t("est.err.too_large", name=label, text=text, most=f"{AMOUNT_MAX:,}"))
        if value != value.quantize(Decimal("0.01")):
            raise UsageError(t("est.err.fen", name=label, text=text))
        return value
    if kind == "percent" and not marked and ZERO < value < ONE:
        shown = f"{(value * 100).normalize():f}"
        raise UsageError(t("est.err.fraction", name=label, text=text, percent=shown))
    if value > 100:
        raise UsageError(t("est.err.over_100", name=label, text=text))
    # (at most 100: quantize below cannot overflow)
    if value != value.quantize(Decimal("0.01")):
        raise UsageError(t("est.err.percent_decimals", name=label, text=text))
    return value / 100


def build(raw: Raw, cut_limit: Decimal | None) -> Inputs:
    """Turn typed parameters into an estimate's inputs, filling in the unknown ones.

    An unknown amount may be anything from 0 to the bill, an unknown share or ratio anything
    from 0 to 100%, an unknown cap anything at all; an unknown cut anything up to the rule's
    limit. A parameter the case does not use (a cut at home) must not be given.

    Args:
        raw: What was typed.
        cut_limit: The largest cut the rules allow for the stay (None where none applies).

    Raises:
        UsageError: A parameter cannot be read, the bill is missing or not exact, a cut or
            先自付 share is given for care at home or under a long-term filing, both are given,
            or a kind of stay or form is not one of the choices.
    """
    elsewhere: Elsewhere = _choice("--elsewhere", raw.elsewhere, ELSEWHERE)
    form: FormChoice = _choice("--form", raw.form or "unknown", FORMS)
    setting: Setting = _choice("--setting", raw.setting, SETTINGS)
    level: Level = _choice("--level", raw.level, LEVELS)
    spans = {name: read(name, getattr(raw, name)) for name in KINDS}
    bill = spans["bill"]
    if bill is None:
        raise UsageError(t("est.err.no_bill"))
    temporary = elsewhere in TEMPORARY
    for name in ("cut", "first_pay"):
        if spans[name] is not None and not temporary:
            raise UsageError(t("est.err.not_temporary", name=t(f"est.p.{name}")))
    if raw.form is not None and not temporary:
        raise UsageError(t("est.err.not_temporary", name="--form"))
    if spans["cut"] is not None:
        form = _agree(form, "cut")
    if spans["first_pay"] is not None:
        form = _agree(form, "first-pay")
    top = bill.high
    assert top is not None
    unused = Span(ZERO, ZERO, "unused")

    def known(name: str, low: Decimal | None, high: Decimal | None) -> Span:
        return spans[name] or Span(low, high, "unknown")

    class_b = known("class_b", ZERO, top)
    deductible = known("deductible", ZERO, top)
    cap = known("cap", ZERO, None)
    no_cap = cap.low is None and cap.high is None
    no_class_b = class_b.high == ZERO and spans["class_b_share"] is None
    limit = Span(ZERO, cut_limit if cut_limit is not None else ONE, "rule")
    return Inputs(
        bill=bill,
        outside=known("outside", ZERO, top),
        class_b=class_b,
        class_b_share=unused if no_class_b else known("class_b_share", ZERO, ONE),
        deductible=deductible,
        deductible_used=known("deductible_used", ZERO, deductible.high),
        ratio=known("ratio", ZERO, ONE),
        cap=cap,
        cap_used=unused if no_cap else known("cap_used", ZERO, cap.high),
        cut=spans["cut"] or (limit if temporary and form != "first-pay" else unused),
        first_pay=spans["first_pay"] or (limit if temporary and form != "cut" else unused),
        elsewhere=elsewhere,
        form=form,
        setting=setting,
        level=level,
    )


def _choice(option: str, text: str, choices: tuple[C, ...]) -> C:
    for choice in choices:
        if choice == text:
            return choice
    raise UsageError(t("est.err.choice", option=option, text=text, values=" | ".join(choices)))


def _agree(form: FormChoice, implied: FormChoice) -> FormChoice:
    if form not in ("unknown", implied):
        raise UsageError(t("est.err.both_forms"))
    return implied
