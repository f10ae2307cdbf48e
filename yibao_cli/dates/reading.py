"""The one reader of dates a person types: options, ``--answer``, prompts, answer files, cases.

Forms read: ``2026-09-28``, ``2026/9/28``, ``2026.9.28``, ``2026年9月28日`` (spaces around the
separators allowed), and the words today/今天, yesterday/昨天, tomorrow/明天 (the last only
where a later date makes sense). An error says what is wrong, in the interface language:
"2026-13-01：没有13月", "2026-02-30：2月没有30日".

This module is pure: the caller says which day is today.
"""

from __future__ import annotations

import calendar
import datetime
import re

from yibao_cli.strings import t

_DATE = re.compile(r"(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_WORDS = {
    "today": 0,
    "今天": 0,
    "今日": 0,
    "yesterday": -1,
    "昨天": -1,
    "昨日": -1,
    "tomorrow": 1,
    "明天": 1,
    "明日": 1,
}

FORMS = "YYYY-MM-DD"
"""How help texts and metavars name a date (every form above is read)."""


class DateTextError(ValueError):
    """A typed date that cannot be read; ``message`` says why, in the interface language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read(text: str, today: datetime.date, *, future: bool = True) -> datetime.date:
    """Read a date a person typed.

    Args:
        text: What was typed.
        today: The day ``today``/``今天`` means.
        future: Whether ``tomorrow``/``明天`` may be used (not for a day something was done).

    Returns:
        The date.

    Raises:
        DateTextError: The text is not a date in one of the forms, or names a day that does
            not exist (no month 13, no 30 February).
    """
    cleaned = text.strip()
    offset = _WORDS.get(cleaned.lower())
    if offset is not None and (future or offset <= 0):
        return today + datetime.timedelta(days=offset)
    match = _DATE.fullmatch(_narrow(cleaned))
    if match is None:
        key = "date.bad_form" if future else "date.bad_form_past"
        raise DateTextError(t(key, text=cleaned))
    year, month, day = (int(part) for part in match.groups())
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR or len(match.group(1)) != 4:
        raise DateTextError(t("date.no_year", text=cleaned, year=match.group(1)))
    if not 1 <= month <= 12:
        raise DateTextError(t("date.no_month", text=cleaned, month=month))
    length = calendar.monthrange(year, month)[1]
    if not 1 <= day <= length:
        if month == 2 and day == 29:
            raise DateTextError(t("date.no_leap", text=cleaned, year=year))
        name = t(f"date.month_{month}")
        raise DateTextError(t("date.no_day", text=cleaned, month=month, name=name, day=day))
    return datetime.date(year, month, day)


def _narrow(text: str) -> str:
    # Full-width digits and separators typed with a Chinese input method: ２０２６／９／３０.
    return text.translate(_FULL_WIDTH)


_FULL_WIDTH = str.maketrans(
    {chr(0xFF10 + n): str(n) for n in range(10)} | {"－": "-", "／": "/", "．": ".", "。": "."}
)
