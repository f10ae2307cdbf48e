"""Printing results: JSON for scripts, Rich for people."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console

from yibao_cli.jsonout import dumps


def print_json(data: Any) -> None:
    """Write JSON to stdout."""
    sys.stdout.write(dumps(data) + "\n")


def stdout() -> Console:
    """A console for results."""
    from yibao_cli.render.console import make_console

    return make_console()


def warn(message: str) -> None:
    """Write a notice to stderr (never mixed into results or JSON)."""
    from yibao_cli.render.console import make_console

    make_console(stderr=True).print(message, style="yellow")
