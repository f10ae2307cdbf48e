"""The one error type users see, and the exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    BAD_DATA = 4
    INTERRUPTED = 130


class YibaoError(Exception):
    """An error with a message meant for the user.

    Args:
        message: What went wrong and, where possible, what to do about it.
        code: The exit code the process ends with.
        details: Further lines (one problem each), printed after the message.
    """

    def __init__(
        self, message: str, code: ExitCode = ExitCode.ERROR, details: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details


class NotFoundError(YibaoError):
    """An id, alias, region or file that does not exist."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message, ExitCode.NOT_FOUND, details)


class CatalogueError(YibaoError):
    """A catalogue that cannot be read or does not match the schema."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message, ExitCode.BAD_DATA, details)


class UsageError(YibaoError):
    """An option or argument value the user got wrong."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message, ExitCode.USAGE, details)


class Interrupted(YibaoError):
    """The user pressed Ctrl-C; the message says how to carry on."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.INTERRUPTED)


class ConfigError(YibaoError):
    """A settings file that cannot be read or written, or a setting the user got wrong."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message, ExitCode.ERROR, details)
