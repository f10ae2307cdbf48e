"""Dates, working-day ranges and timeline notices as text in the interface language."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.catalogue.model import Duration
    from yibao_cli.dates.timeline import Closure, Day, Timeline, Window


def days(low: int, high: int, limit: bool = False) -> str:
    """Format a working-day range: 当天, 7 个工作日, 7–15 个工作日; a time limit: 最迟10个工作日."""
    if limit and high > 0:
        return t("days.at_most", n=high)
    if high == 0:
        return t("days.same_day")
    if low == high:
        return t("days.one", n=low)
    return t("days.range", low=low, high=high)


def duration(value: Duration) -> str:
    """Format one source's duration: a range, or a time limit as 最迟N个工作日."""
    return days(value.low, value.max, value.limit)


def date(value: datetime.date, year: bool = True) -> str:
    """Format a date with its weekday: 2026年10月19日（周一）, or 10月19日（周一）."""
    return t(
        "date.full" if year else "date.short",
        y=value.year,
        m=value.month,
        d=value.day,
        wd=t(f"wd.{value.weekday()}"),
        iso=value.isoformat(),
    )


def day(value: Day, year: bool = True) -> str:
    """Format a timeline day, marked ≈ when it is an estimate."""
    text = date(value.date, year)
    return t("date.estimate", date=text) if value.estimated else text


def window(value: Window) -> str:
    """Format a window: one day, or ``first至last`` (the year said once when it is the same)."""
    if value.single:
        return day(value.latest)
    same_year = value.earliest.date.year == value.latest.date.year
    return t("date.range", first=day(value.earliest), last=day(value.latest, not same_year))


def done(value: Window, limit: bool) -> str:
    """Say when a step is done: a window, or for a time limit the latest day."""
    if limit:
        return t("tl.by", when=day(value.latest))
    return t("tl.done", when=window(value))


def total(timeline: Timeline, limit: bool) -> str:
    """Say how long the whole timeline takes; ``limit``: every step with a duration is a limit."""
    if limit:
        return t("tl.total_limit", days=days(*timeline.total, True), when=day(timeline.ends.latest))
    return t("tl.total", days=days(*timeline.total), when=window(timeline.ends))


def acceptance(timeline: Timeline) -> str | None:
    """Say that counting starts later when the start date is not a working day.

    Nothing to say when the first step is done on any day (a doctor's visit).
    """
    if timeline.accepted.date == timeline.start:
        return None
    if timeline.steps and not timeline.steps[0].working_days:
        return None
    start, accepted = date(timeline.start), day(timeline.accepted)
    for item in timeline.closures:
        if not item.working and item.first <= timeline.start <= item.last:
            names = holiday_names(item.holidays)
            return t("tl.accepted_holiday", start=start, names=names, accepted=accepted)
    return t("tl.accepted", start=start, accepted=accepted)


def warnings(timeline: Timeline) -> list[str]:
    """Explain why some dates are estimates (an empty list when none is)."""
    if not timeline.estimated:
        return []
    first, last = timeline.known_years
    years = t("ui.list_sep").join(str(year) for year in timeline.estimated_years)
    return [t("tl.estimate", source=timeline.source, first=first, last=last, years=years)]


def holiday_names(holidays: tuple[str, ...]) -> str:
    """Name holidays in the interface language: 国庆节, or 中秋节、国庆节."""
    return t("ui.list_sep").join(t(f"hol.{name}") for name in holidays)


def closure(item: Closure) -> str:
    """Say why days are skipped or worked: 2026年10月1日（周四）至10月7日（周三）国庆节放假."""
    from yibao_cli.dates.timeline import Day, Window

    span = Window(Day(item.first, item.estimated), Day(item.last, item.estimated))
    key = "tl.makeup" if item.working else "tl.closed"
    return t(key, when=window(span), names=holiday_names(item.holidays))


def closures(timeline: Timeline) -> list[str]:
    """Say why the dates of a timeline skip days or count a weekend day, one line each."""
    return [closure(item) for item in timeline.closures]
