"""Checks of the holiday arrangements (``calendar/YYYY.yaml``) the schema cannot express."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from yibao_cli.catalogue.calendar import HOLIDAY_NAMES, WEEKDAYS, CalendarYear, parse_day
from yibao_cli.catalogue.yamlsource import Problem, Source
from yibao_cli.strings import t


def check_calendar(years: Sequence[tuple[Source, CalendarYear]]) -> list[Problem]:
    """Return every problem of schema-valid arrangement files, each located."""
    problems: list[Problem] = []
    for source, item in years:
        problems.extend(_year(source, item))
    return problems


def _year(source: Source, item: CalendarYear) -> Iterator[Problem]:
    stem = source.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    if stem != str(item.year):
        yield source.problem(["year"], t("check.cal_year_file", year=item.year, stem=stem))
    if item.source.url is not None and not item.source.url.startswith("https://"):
        yield source.problem(["source", "url"], t("check.https", url=item.source.url))
    if item.source.date.year > item.year:
        yield source.problem(["source", "date"], t("check.cal_notice_late", year=item.year))
    off: dict[datetime.date, str] = {}
    worked: dict[datetime.date, str] = {}
    for index, entry in enumerate(item.holidays):
        base: list[str | int] = ["holidays", index]
        for part in entry.name.split("、"):
            if part.strip() not in HOLIDAY_NAMES:
                names = "、".join(HOLIDAY_NAMES)
                yield source.problem([*base, "name"], t("check.cal_name", name=part, names=names))
        first_year = (
            item.year - 1 if "元旦" in entry.name else item.year
        )  # 元旦 may start in December
        days: list[datetime.date] = []
        if not 1 <= len(entry.dates) <= 2:
            yield source.problem([*base, "dates"], t("check.cal_off_count"))
            continue
        for field, texts in (("dates", entry.dates), ("work", entry.work)):
            for position, text in enumerate(texts):
                path = [*base, field, position]
                try:
                    date, weekday = parse_day(text)
                except ValueError:
                    yield source.problem(path, t("check.cal_day", text=text))
                    continue
                yield from _day(source, path, date, weekday, item.year, first_year)
                if field == "dates":
                    days.append(date)
                elif date.weekday() < 5:
                    yield source.problem(path, t("check.cal_work_weekday", date=date.isoformat()))
                elif date in worked:
                    yield source.problem(path, t("check.cal_twice", date=date.isoformat()))
                else:
                    worked[date] = entry.name
        if len(days) != len(entry.dates):
            continue
        if days[0] > days[-1]:
            yield source.problem([*base, "dates"], t("check.cal_order"))
            continue
        count = (days[-1] - days[0]).days + 1
        if entry.days is not None and entry.days != count:
            yield source.problem(
                [*base, "days"], t("check.cal_count", days=entry.days, count=count)
            )
        for date in entry.days_off():
            if date in off:
                yield source.problem(
                    [*base, "dates"], t("check.cal_overlap", date=date.isoformat(), other=off[date])
                )
            off[date] = entry.name
    for index, entry in enumerate(item.holidays):
        for position, text in enumerate(entry.work):
            try:
                date = parse_day(text)[0]
            except ValueError:
                continue
            if date in off:
                yield source.problem(
                    ["holidays", index, "work", position],
                    t("check.cal_both", date=date.isoformat(), other=off[date]),
                )


def _day(
    source: Source,
    path: list[str | int],
    date: datetime.date,
    weekday: str | None,
    year: int,
    first_year: int,
) -> Iterator[Problem]:
    if not (first_year <= date.year <= year) or (date.year < year and date.month != 12):
        yield source.problem(path, t("check.cal_outside", date=date.isoformat(), year=year))
    if weekday is not None and weekday != WEEKDAYS[date.weekday()]:
        yield source.problem(
            path,
            t(
                "check.cal_weekday",
                date=date.isoformat(),
                written=weekday,
                weekday=WEEKDAYS[date.weekday()],
            ),
        )
