"""What commands read of the world: today's date, whether a person is at the terminal, dates typed.

One place for each, so that tests can fix the date or pretend to be a terminal.
"""

import datetime
import sys

from yibao_cli.errors import UsageError
from yibao_cli.strings import t


def today() -> datetime.date:
    """The date that date answers refer to (one place, so tests can fix it)."""
    return datetime.date.today()


def sources_day() -> datetime.date:
    """The day a source's check is judged on (today; one place, so tests can fix it).

    Apart from ``today`` so that tests can pin what has expired without moving every date.
    """
    return today()


def spoken() -> str | None:
    """The interface language when the environment would not choose it by itself, else None.

    A command yibao prints for later (resume, reproduce) then carries ``--lang``.
    """
    import os

    from yibao_cli.strings import lang, lang_from_env

    current = lang()
    return current if current != lang_from_env(os.environ) else None


def interactive() -> bool:
    """Return True when both stdin and stdout are terminals, so questions can be asked."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def read_day(text: str, *, future: bool = True) -> datetime.date:
    """Read a date typed on the command line (every form :mod:`yibao_cli.dates.reading` reads).

    Args:
        text: What was typed.
        future: Whether tomorrow/明天 makes sense for this date.

    Raises:
        UsageError: The text is not such a date, or names a day that does not exist.
    """
    from yibao_cli.dates import reading

    try:
        return reading.read(text, today(), future=future)
    except reading.DateTextError as exc:
        raise UsageError(exc.message) from None


def start_date(text: str | None, today: datetime.date) -> datetime.date:
    """Read ``--start`` and check it lies within the dates worth computing.

    Args:
        text: What the user typed, or None for today.
        today: Today's date.

    Returns:
        The start date.

    Raises:
        UsageError: The text is not a date, or the date is too far in the past or future.
    """
    from yibao_cli.dates import reading, timeline

    try:
        start = today if text is None else reading.read(text, today)
    except reading.DateTextError as exc:
        raise UsageError(exc.message) from None
    first, last = timeline.start_bounds(today)
    if not first <= start <= last:
        raise UsageError(
            t(
                "err.date_range",
                date=start.isoformat(),
                first=first.isoformat(),
                last=last.isoformat(),
                first_year=first.year,
                ahead=timeline.YEARS_AHEAD,
            )
        )
    return start
