"""A damaged cases database moved aside: under a lock, to a name no file has, never deleted."""

from __future__ import annotations

import datetime
import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def lock(where: Path) -> Iterator[None]:
    """Hold the lock that lets one process at a time move a damaged database aside."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: the unique link below still never clobbers
        yield
        return
    fd = os.open(where.with_name(where.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # held for milliseconds; Ctrl-C interrupts the wait
        yield
    finally:
        os.close(fd)


def reserve(source: Path, stem: str) -> Path:
    """Give ``source`` a second name that no file has (a hard link); never replaces a file.

    Where hard links are not supported the file is renamed instead, which the lock makes safe.
    """
    for number in itertools.count(1):
        target = source.with_name(stem if number == 1 else f"{stem}-{number}")
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:
            if os.path.lexists(target):
                continue
            source.rename(target)
        return target
    raise AssertionError("unreachable")  # pragma: no cover


def move(where: Path) -> Path:
    """Move a damaged database (and its journal) aside; return where it went.

    Hold :func:`lock` meanwhile. The journal goes first, so that no new database ever meets
    the old one's journal.
    """
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = reserve(where, f"{where.name}.corrupt-{stamp}")
    journal = where.with_name(where.name + "-journal")
    if journal.exists():
        kept = reserve(journal, target.name + "-journal")
        if journal.exists() and os.path.samefile(journal, kept):
            journal.unlink()
    if where.exists() and os.path.samefile(where, target):
        where.unlink()
    return target


def leftovers(where: Path) -> list[Path]:
    """Return the copies of a corrupted database moved aside earlier."""
    if not where.parent.is_dir():
        return []
    return sorted(where.parent.glob(f"{where.name}.corrupt-*"))
