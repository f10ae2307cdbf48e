"""The words of a counted break in contributions: plain lines for the outcome, checklist, JSON."""

from __future__ import annotations

import datetime

from yibao_cli.dates import text as datetext
from yibao_cli.dates.continuity import Break
from yibao_cli.strings import t


def month(day: datetime.date) -> str:
    """Format the month of a day: 2026年5月, or May 2026."""
    return t("date.year_month", y=day.year, m=day.month, name=t(f"date.month_{day.month}"))


def lines(found: Break, within: int, cap: int) -> list[str]:
    """What a break means for the user, one line each; the first line carries the tier."""
    if found.months == 0:
        return [t("cont.none", paying=month(found.paid))]
    assert found.first is not None and found.last is not None
    if found.months == 1:
        span = t("cont.span_one", first=month(found.first))
    else:
        first, last = month(found.first), month(found.last)
        span = t("cont.span", months=found.months, first=first, last=last)
    if found.within:
        out = [t("cont.within", span=span, within=within)]
        out.append(t("cont.cover", month=month(found.cover_from)))
        if found.border:
            out.append(t("cont.border", within=within))
        out.append(t("cont.latest", month=month(found.latest_month), within=within))
    else:
        out = [t("cont.beyond", span=span, within=within)]
        out.append(t("cont.cap", cap=cap, date=datetext.date(found.capped_from)))
        out.append(t("cont.local"))
        out.append(t("cont.missed", month=month(found.latest_month), within=within))
    out.append(t("cont.counting"))
    return out
