"""Printing results: JSON for scripts, Rich for people; writing files without clobbering."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yibao_cli.errors import NotFoundError, UsageError, YibaoError
from yibao_cli.safety import hide_private, private_kind, safe, safe_data
from yibao_cli.strings import t

if TYPE_CHECKING:
    from rich.console import Console

STDOUT = "-"
"""The file name that means standard output."""


def print_json(data: Any) -> None:
    """Write JSON to stdout, with every ID number masked and no character that steers a terminal."""
    from yibao_cli.render.jsonout import dumps

    sys.stdout.write(safe(dumps(safe_data(data))) + "\n")


def stdout() -> Console:
    """A console for results."""
    from yibao_cli.render.console import make_console

    return make_console()


def warn(message: str) -> None:
    """Write a notice to stderr (never mixed into results or JSON)."""
    from yibao_cli.render.console import make_console

    make_console(stderr=True).print(message, style="yellow")


def note(message: str) -> None:
    """Write a plain progress message to stderr (e.g. which file was written)."""
    from yibao_cli.render.console import make_console

    make_console(stderr=True).print(message, soft_wrap=True)


def check_writable(target: str, force: bool = False) -> Path | None:
    """Check, before any work is done, that a file can be written where the user asked.

    Args:
        target: The path the user gave, or ``-`` for stdout.
        force: Whether an existing file may be replaced.

    Returns:
        The path, or None for stdout.

    Raises:
        UsageError: The file name holds an ID or card number; the path is a directory;
            something exists there and ``force`` is off; or
            it is not a regular file (a device, a pipe, a symbolic link), which even ``force``
            never replaces.
        NotFoundError: The directory does not exist.
        YibaoError: The directory cannot be written to, or the name is unusable.
    """
    if target == STDOUT:
        return None
    path = Path(target).expanduser()
    if private_kind(path.name):
        raise UsageError(t("file.name_private", path=hide_private(target)))
    try:
        return _writable(path, force)
    except OSError as exc:  # a name too long for the system, a loop of links…
        raise YibaoError(t("file.failed", path=path, reason=exc.strerror or exc)) from None


def _writable(path: Path, force: bool) -> Path:
    if path.is_dir():
        raise UsageError(t("file.is_dir", path=path))
    parent = path.parent
    if not parent.is_dir():
        raise NotFoundError(t("file.no_dir", path=parent))
    existing = _existing(path)
    if existing is not None and not force:
        raise UsageError(t("file.exists", path=path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise UsageError(t("file.not_replaced", path=path))
    if not os.access(parent, os.W_OK | os.X_OK) or (
        existing is not None and not os.access(path, os.W_OK)
    ):
        raise YibaoError(t("file.denied", path=path))
    return path


def _existing(path: Path) -> os.stat_result | None:
    # lstat: a symbolic link is itself what would be replaced, whatever it points to.
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def write_file(target: str, data: bytes, force: bool = False) -> Path | None:
    """Write a file, or stdout for ``-``; never replace an existing file unless forced.

    A replaced file is swapped in only once the new content is fully written, so a failed
    write leaves it as it was.

    Args:
        target: The path the user gave, or ``-`` for stdout.
        data: The bytes to write.
        force: Whether an existing file may be replaced.

    Returns:
        The path written, or None for stdout.

    Raises:
        UsageError: The path is a directory, or the file exists and ``force`` is off.
        NotFoundError: The directory does not exist.
        YibaoError: The file cannot be written (permission, disk full, …).
    """
    path = check_writable(target, force)
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    try:
        if force:
            _replace(path, data)
        else:
            _create(path, data)
    except FileExistsError:
        raise UsageError(t("file.exists", path=path)) from None
    except PermissionError:
        raise YibaoError(t("file.denied", path=path)) from None
    except OSError as exc:
        raise YibaoError(t("file.failed", path=path, reason=exc.strerror or exc)) from None
    return path


def _create(path: Path, data: bytes) -> None:
    # "x" fails if the file appeared since the check: never clobber without --force.
    with open(path, "xb") as stream:
        try:
            stream.write(data)
        except OSError:
            stream.close()
            path.unlink()
            raise


def _replace(path: Path, data: bytes) -> None:
    # Write next to the target, then swap: a failed write leaves the old file as it was. Only
    # a regular file is ever replaced, and it keeps its permissions (a private file stays so).
    existing = _existing(path)
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise UsageError(t("file.not_replaced", path=path))
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else None
    import tempfile

    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
            else:  # a new file: the usual permissions, as open() would give it
                umask = os.umask(0)
                os.umask(umask)
                os.fchmod(stream.fileno(), 0o666 & ~umask)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
