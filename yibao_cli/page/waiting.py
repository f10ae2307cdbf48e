"""The words of a worked-out waiting period: the one place they are made, for every page."""

from __future__ import annotations

from yibao_cli.dates import text as datetext
from yibao_cli.dates.waiting import Rule, Waiting
from yibao_cli.strings import t


def lines(result: Waiting, rule: Rule) -> list[str]:
    """What a waiting period means for the user, one line each (empty when none applies)."""
    if not result.applies:
        return []
    later, every = result.later_years, result.every_year
    out: list[str] = []
    if later.months == every.months:
        out.append(t("wait.months", months=later.months))
    else:
        out.append(t("wait.range", least=result.least, most=result.most))
    start = result.counted_from
    if result.in_window and start.month == 12 and start.day == 31:
        out.append(
            t(
                "wait.from_year",
                date=datetext.date(start.replace(year=start.year + 1, month=1, day=1)),
            )
        )
    else:
        out.append(t("wait.from_paid", date=datetext.date(start)))
    first, last = sorted((later.benefits_from, every.benefits_from))
    if first == last:
        out.append(t("wait.earliest", date=datetext.date(first)))
    else:
        out.append(t("wait.earliest_range", first=datetext.date(first), last=datetext.date(last)))
    if result.gap > 0:
        for key, reading in (("wait.later_years", later), ("wait.every_year", every)):
            line = t(key, months=reading.months, date=datetext.date(reading.benefits_from))
            if reading.floor_applied:
                line += t("wait.floor", gap=rule.floor_gap, months=rule.floor)
            out.append(line)
        if result.back_clamped:
            out.append(t("wait.clamped", years=result.gap))
        if result.back > 0:
            before = _span(later.without_back_pay, every.without_back_pay)
            out.append(
                t(
                    "wait.paid_back",
                    years=result.back,
                    before=before,
                    after=_span(later.months, every.months),
                )
            )
        elif max(later.months, every.months) > later.fewest:
            out.append(t("wait.could_pay_back", months=later.fewest))
    out.append(t("wait.no_claims"))
    return out


def _span(low: int, high: int) -> str:
    low, high = sorted((low, high))
    return str(low) if low == high else f"{low}–{high}"
