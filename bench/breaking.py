"""Time line breaking per paragraph against Rich's own wrap, on every catalogue paragraph.

Run: ``python bench/breaking.py`` (``--width N``). Prints microseconds per paragraph for
:func:`yibao_cli.render.breaking.breaks`, for the Rich ``Text`` that routes through it, and for
a plain ``rich.text.Text`` wrapping the same paragraphs (which breaks at spaces only).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml
from rich.console import Console
from rich.text import Text as RichText

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yibao_cli.render import breaking  # noqa: E402
from yibao_cli.render.text import Text  # noqa: E402


def paragraphs(value: object) -> Iterator[str]:
    """Yield every line of text in a loaded YAML document."""
    if isinstance(value, str):
        yield from (line for line in value.splitlines() if line.strip())
    elif isinstance(value, dict):
        for item in value.values():
            yield from paragraphs(item)
    elif isinstance(value, list):
        for item in value:
            yield from paragraphs(item)


def per_paragraph(texts: list[str], work: Callable[[str], object], rounds: int) -> float:
    """Return the best mean microseconds per paragraph over ``rounds`` passes."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts) * 1e6


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--width", type=int, default=76)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = sorted(
        {
            text
            for path in sorted((ROOT / "data").rglob("*.yaml"))
            for text in paragraphs(yaml.safe_load(path.read_text(encoding="utf-8")))
        }
    )
    console = Console(file=io.StringIO(), width=args.width)
    width = args.width
    fits = sum(1 for text in texts if not breaking.breaks(text, width))
    print(f"{len(texts)} paragraphs, {fits} fit a line of {width} cells")
    rows = {
        "breaking.breaks": lambda text: breaking.breaks(text, width),
        "breaking.widest_unit": breaking.widest_unit,
        "render.text.Text.wrap": lambda text: Text(text).wrap(console, width),
        "rich.text.Text.wrap": lambda text: RichText(text).wrap(console, width),
    }
    for name, work in rows.items():
        print(f"{name:24} {per_paragraph(texts, work, args.rounds):8.1f} µs per paragraph")


if __name__ == "__main__":
    main()
