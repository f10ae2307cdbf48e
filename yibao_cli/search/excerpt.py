"""Show a matched line: where it sits in its procedure, trimmed around the match."""

from __future__ import annotations

import unicodedata

from yibao_cli.search.lines import Entry
from yibao_cli.strings import t


def where(entry: Entry, context_width: int | None = None) -> str:
    """Name where a line sits in its procedure, such as 别名 or 步骤·立即挂失.

    Args:
        entry: The line.
        context_width: Shorten the context (a step title, a channel's name) to this many
            characters; None keeps it whole.
    """
    label = t(f"field.{entry.field}")
    context = entry.context
    if not context:
        return label
    if context_width is not None and len(context) > context_width:
        context = context[: context_width - 1] + "…"
    return t("search.where", field=label, context=context)


def cells(text: str) -> int:
    """Return how many terminal columns a text takes (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _inside_word(text: str, index: int) -> bool:
    """Tell whether ``index`` falls between two letters or digits of one Latin word."""
    before, after = text[index - 1], text[index]
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


def excerpt(text: str, start: int, end: int, width: int = 60) -> tuple[str, int, int]:
    """Trim a line to about ``width`` columns around ``text[start:end]``, marking cuts with ….

    Returns:
        The excerpt and where the match now is in it.
    """
    if cells(text) <= width:
        return text, start, end
    # Keep some text before the match, about a third of what is left over.
    budget = max(0, (width - cells(text[start:end])) // 3)
    first, used = start, 0
    while first > 0 and used + cells(text[first - 1]) <= budget:
        first -= 1
        used += cells(text[first])
    last, used = first, 0
    while last < len(text) and used + cells(text[last]) <= width - 2:
        used += cells(text[last])
        last += 1
    # Never cut a Latin word or a number in two: move each cut to the edge of the word.
    while 0 < first < start and _inside_word(text, first):
        first += 1
    while end < last < len(text) and _inside_word(text, last):
        last -= 1
    prefix = "…" if first > 0 else ""
    suffix = "…" if last < len(text) else ""
    shift = len(prefix) - first
    return prefix + text[first:last] + suffix, start + shift, min(end, last) + shift
