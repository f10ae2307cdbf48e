"""Consoles for stdout and stderr: styled on a terminal, plain text otherwise."""

from __future__ import annotations

import io
import os
import sys
from typing import Any, TextIO, cast

from rich.console import (
    Console,
    ConsoleOptions,
    ConsoleRenderable,
    RenderableType,
    RenderHook,
    RenderResult,
)
from rich.segment import Segment
from rich.text import Text as RichText

from yibao_cli.render.text import adopt
from yibao_cli.safety import safe


class _Safe:
    """A renderable printed as the one inside it, with every text segment made :func:`safe`.

    Styles and Rich's own control codes are separate segments, so they pass; a terminal
    control hidden in catalogue or user text, or an ID number, does not.
    """

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            if segment.control:
                yield segment
            else:
                yield Segment(safe(segment.text), segment.style)


class _SafeHook(RenderHook):
    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [
            _Safe(adopt(_masked(renderable)) if isinstance(renderable, RichText) else renderable)
            for renderable in renderables
        ]


def _masked(text: RichText) -> RichText:
    # Whole, before Rich breaks it into lines and expands tabs: an ID number split by a line
    # break or a tab is still one run here. safe() keeps every character's place, so the
    # styles stay where they were.
    shown = safe(text.plain)
    if shown == text.plain:
        return text
    masked = text.copy()
    masked.plain = shown
    return masked


class _Console(Console):
    """A console that breaks lines by :mod:`render.breaking` and reports a closed pipe.

    Every text, strings included, breaks by yibao's rules. Rich's own answer to a closed pipe
    is ``SystemExit(1)``; the error lets ``main`` end quietly with 0, as other tools do when
    the reader (``head``) goes away.
    """

    def render_str(self, text: str, **settings: Any) -> RichText:
        """Make a string into text, as Rich does, that breaks lines by yibao's rules."""
        return adopt(super().render_str(text, **settings))

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def plain_wanted(stream: object = None) -> bool:
    """Return True when output should be plain: not a terminal, ``NO_COLOR``, or ``TERM=dumb``."""
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    if not (callable(isatty) and isatty()):
        return True
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


class _TrimmedLines(io.TextIOBase):
    """A text stream that drops the trailing spaces Rich pads lines with, for plain output."""

    def __init__(self, target: TextIO) -> None:
        self._target = target
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._target.write("\n".join(line.rstrip(" ") for line in lines) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._target.write(self._pending)
            self._pending = ""
        self._target.flush()

    def isatty(self) -> bool:
        return False


def make_console(stderr: bool = False) -> Console:
    """Build a console; catalogue text is never parsed as markup, so ``[`` is always safe.

    Every text it prints is made safe: no terminal control, no ID number (:mod:`safety`).
    """
    stream = sys.stderr if stderr else sys.stdout
    plain = plain_wanted(stream)
    console = _Console(
        file=cast(TextIO, _TrimmedLines(stream)) if plain else stream,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=False if plain else None,
        color_system=None if plain else "auto",
        no_color=plain,
        soft_wrap=False,
    )
    console.push_render_hook(_SafeHook())
    return console
