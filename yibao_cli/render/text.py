"""Rich text that breaks lines by :mod:`yibao_cli.render.breaking`, the rules of every output.

Rich breaks lines at spaces only and folds a Chinese run anywhere, so that a line may start
with ，or split a phone number. Every renderer builds its text with :class:`Text` from here (a
``rich.text.Text`` in all else), and the console turns every other text into one
(:func:`adopt`), so that all terminal output breaks the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import text as rich_text
from rich.cells import cell_len
from rich.containers import Lines
from rich.measure import Measurement

from yibao_cli.render.breaking import breaks, widest_unit

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod


class Text(rich_text.Text):
    """A ``rich.text.Text`` whose lines break where :func:`breaking.breaks` says."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        """Break the text into lines no wider than ``width`` cells."""
        chosen = no_wrap if no_wrap is not None else self.no_wrap
        if chosen or overflow == "ignore":
            return super().wrap(
                console,
                width,
                justify=justify,
                overflow=overflow,
                tab_size=tab_size,
                no_wrap=no_wrap,
            )
        wrap_justify = justify or self.justify or "default"
        wrap_overflow = overflow or self.overflow or "fold"
        lines = Lines()
        for line in self.split(allow_blank=True):
            if "\t" in line:
                line.expand_tabs(tab_size)
            pieces = line.divide(breaks(line.plain, width))
            for piece in pieces:
                piece.rstrip()
            if wrap_justify:
                pieces.justify(console, width, justify=wrap_justify, overflow=wrap_overflow)
            for piece in pieces:
                piece.truncate(width, overflow=wrap_overflow)
            lines.extend(pieces)
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """The narrowest width keeps every unit whole; the widest is the longest line."""
        lines = self.plain.splitlines()
        if not lines:
            return Measurement(0, 0)
        widest = max(cell_len(line) for line in lines)
        return Measurement(min(widest_unit(self.plain), widest), widest)


def adopt(value: rich_text.Text) -> Text:
    """The same text, styles and settings as a :class:`Text` (itself when it is one)."""
    if isinstance(value, Text):
        return value
    made = Text(
        value.plain,
        style=value.style,
        justify=value.justify,
        overflow=value.overflow,
        no_wrap=value.no_wrap,
        end=value.end,
        tab_size=value.tab_size,
    )
    made.spans = list(value.spans)
    return made
