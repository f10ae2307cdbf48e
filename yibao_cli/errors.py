"""The one error type users see, its messages, and the exit codes.

The domain packages (wizard, cases, catalogue…) make no words: they raise errors holding a
:class:`Message`, a key of the strings tables with its values, which becomes words in the
current language only when it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Process exit codes, documented in docs/exit-codes.md."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    BAD_DATA = 4
    INTERRUPTED = 130


class Message:
    """Words to show, by their key in the strings tables and the values they are made with.

    Values may be catalogue text (``model.LocalText``), other messages, or sequences of them
    (joined with the list separator): all are made into words in the language in use when the
    message is shown, not when it is made.
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: Any) -> None:
        self.key = key
        self.values: Mapping[str, Any] = values

    def __str__(self) -> str:
        from yibao_cli.strings import t

        return t(self.key, **{name: words(value) for name, value in self.values.items()})

    def __repr__(self) -> str:
        return f"Message({self.key!r}, **{dict(self.values)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self) -> int:
        return hash(self.key)


def words(value: Any) -> Any:
    """Make a message value into words in the language in use.

    Strings and numbers stay as they are; a list is joined with the list separator; anything
    else (a :class:`Message`, catalogue text) is made into words by ``str``.
    """
    if isinstance(value, str | int | float) or value is None:
        return value
    if isinstance(value, list | tuple):
        from yibao_cli.strings import t

        return t("ui.list_sep").join(str(words(item)) for item in value)
    return str(value)


class YibaoError(Exception):
    """An error with a message meant for the user.

    Args:
        message: What went wrong and, where possible, what to do about it (words, or a
            :class:`Message` made into words when shown).
        code: The exit code the process ends with.
        details: Further lines (one problem each), printed after the message.
    """

    def __init__(
        self,
        message: str | Message,
        code: ExitCode = ExitCode.ERROR,
        details: Sequence[str | Message] = (),
    ) -> None:
        super().__init__(message)
        self.said = message
        self.code = code
        self.said_details = tuple(details)

    @property
    def message(self) -> str:
        """The message, in words."""
        return str(self.said)

    @property
    def details(self) -> tuple[str, ...]:
        """The further lines, in words."""
        return tuple(str(line) for line in self.said_details)

    def __str__(self) -> str:
        return self.message


class NotFoundError(YibaoError):
    """An id, alias, region or file that does not exist."""

    def __init__(self, message: str | Message, details: Sequence[str | Message] = ()) -> None:
        super().__init__(message, ExitCode.NOT_FOUND, details)


class CatalogueError(YibaoError):
    """A catalogue that cannot be read or does not match the schema."""

    def __init__(self, message: str | Message, details: Sequence[str | Message] = ()) -> None:
        super().__init__(message, ExitCode.BAD_DATA, details)


class UsageError(YibaoError):
    """An option or argument value the user got wrong."""

    def __init__(self, message: str | Message, details: Sequence[str | Message] = ()) -> None:
        super().__init__(message, ExitCode.USAGE, details)


class Interrupted(YibaoError):
    """The user pressed Ctrl-C; the message says how to carry on."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message, ExitCode.INTERRUPTED)


class ConfigError(YibaoError):
    """A settings file that cannot be read or written, or a setting the user got wrong."""

    def __init__(self, message: str | Message, details: Sequence[str | Message] = ()) -> None:
        super().__init__(message, ExitCode.ERROR, details)
