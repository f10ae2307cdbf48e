"""The schema of ``data/calendar/YYYY.yaml``: one year's official holiday arrangement."""

from __future__ import annotations

import datetime
import re

from yibao_cli.catalogue.records import STRICT, Record, frozen

HOLIDAY_NAMES = {
    "元旦": "new-year",
    "春节": "spring-festival",
    "清明节": "qingming",
    "劳动节": "labour-day",
    "端午节": "dragon-boat",
    "中秋节": "mid-autumn",
    "国庆节": "national-day",
}
"""The holidays as the State Council's notices name them, and their ids."""

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_ENTRY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\s*[（(]?\s*(周[一二三四五六日])\s*[）)]?)?")


def parse_day(text: str) -> tuple[datetime.date, str | None]:
    """Read ``2027-02-05 周五`` (the weekday, also in brackets, is optional).

    Returns:
        The date and the weekday as written (None when left out).

    Raises:
        ValueError: The text is not such a date, or names a day that does not exist.
    """
    match = _ENTRY.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    return datetime.date.fromisoformat(match.group(1)), match.group(2)


@frozen
class Notice(Record):
    """The official notice an arrangement comes from."""

    __pydantic_config__ = STRICT
    title: str
    date: datetime.date
    url: str | None = None


@frozen
class Arrangement(Record):
    """One holiday as a notice arranges it: the days off in a row and the make-up working days.

    ``name`` is as the notice writes it (``春节``, or ``中秋节、国庆节`` for two holidays taken
    together); ``dates`` is the first and last day off (one entry for a single day); ``days``
    is the notice's count (共N天), checked against ``dates``; ``work`` the weekend days worked.
    """

    __pydantic_config__ = STRICT
    name: str
    dates: tuple[str, ...]
    days: int | None = None
    work: tuple[str, ...] = ()

    def holidays(self) -> tuple[str, ...]:
        """Return the holiday ids (unknown names are reported by ``yibao validate``)."""
        return tuple(
            HOLIDAY_NAMES.get(part.strip(), part.strip()) for part in self.name.split("、")
        )

    def days_off(self) -> list[datetime.date]:
        """Return every day off, first to last."""
        first = parse_day(self.dates[0])[0]
        last = parse_day(self.dates[-1])[0]
        return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]

    def days_worked(self) -> list[datetime.date]:
        """Return the make-up working days."""
        return [parse_day(text)[0] for text in self.work]


@frozen
class CalendarYear(Record):
    """The arrangement of one year: every holiday, with the notice as its source."""

    __pydantic_config__ = STRICT
    year: int
    source: Notice
    holidays: tuple[Arrangement, ...]

    def days(self) -> dict[datetime.date, tuple[bool, tuple[str, ...]]]:
        """Return each day the notice names: whether it is worked, and for which holidays."""
        found: dict[datetime.date, tuple[bool, tuple[str, ...]]] = {}
        for item in self.holidays:
            names = item.holidays()
            found.update((day, (False, names)) for day in item.days_off())
            found.update((day, (True, names)) for day in item.days_worked())
        return found
