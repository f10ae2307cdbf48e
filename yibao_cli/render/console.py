"""Consoles for stdout and stderr: styled on a terminal, plain text otherwise."""

from __future__ import annotations

import os
import sys

from rich.console import Console


def plain_wanted(stream: object = None) -> bool:
    """Return True when output should be plain: not a terminal, ``NO_COLOR``, or ``TERM=dumb``."""
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    if not (callable(isatty) and isatty()):
        return True
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


def make_console(stderr: bool = False) -> Console:
    """Build a console; catalogue text is never parsed as markup, so ``[`` is always safe."""
    plain = plain_wanted(sys.stderr if stderr else sys.stdout)
    return Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=False if plain else None,
        color_system=None if plain else "auto",
        no_color=plain,
        soft_wrap=False,
    )
