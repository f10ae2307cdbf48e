"""The line-breaking rules as first written, a loop per character: what the fast module must match.

:mod:`yibao_cli.render.breaking` finds the same units with one pattern over a class string;
``tests/test_breaking_equivalence.py`` holds the two to the same units and breaks (``wrap``,
``fit`` and ``widest_unit`` are built on those two alone). The rules:

Widths are display cells (a Chinese character takes two, :func:`rich.cells.cell_len`). The
text is cut into units that are never split, and lines break between units only:

- a Chinese character (or other double-width one) is a unit of its own; in mostly Latin text
  (English with Chinese names in it) a run of them is one unit;
- a run of other characters without a space is one unit: a Latin word, a number, a phone
  number, an id, a date, a URL;
- closing punctuation (，。、；：！？）」】》” …) joins the unit before it: no line starts with it;
- opening punctuation (（「【《“ …) joins the unit after it: no line ends with it;
- a bracketed tag (``[全国]``, ``[属地 · 福州市（市级）]``) is one unit and joins the text before
  it, even across a space; at the start of a paragraph it joins the text after it;
- a mark (☐ ⚠ ☎ • · ✓ ✗ –) or a list number (``1.``, ``2)``) joins the word after it.

A unit wider than the whole line (a long URL) is cut where it must. The functions here are
pure: text in, offsets or lines out; :mod:`yibao_cli.render.text` routes Rich through them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len

CLOSING = frozenset("，。、；：！？）］｝」』】》〉〕”’％…—,.;:!?)]}%")
"""Characters that never start a line."""
OPENING = frozenset("（［｛「『【《〈〔“‘￥([{$¥")
"""Characters that never end a line."""
MARKS = frozenset("☐☑☒⚠☎•·✓✗–→*-#>")
"""Characters that, alone, mark what follows: they stay with its first word."""
TAG_MAX = 40
"""The widest bracketed text kept as one unit, in cells."""

_NUMBERING = re.compile(r"\d{1,3}[.)]|[(（]\d{1,3}[)）]")


def _wide(char: str) -> bool:
    if char.isascii():
        return False
    code = ord(char)
    return (
        _width(char) == 2
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
    )


def _latin(value: str) -> bool:
    """Tell whether text is mostly Latin (English with Chinese names in it)."""
    letters = sum(1 for char in value if char.isascii() and char.isalpha())
    return letters > sum(1 for char in value if _wide(char))


def _atoms(value: str) -> Iterator[tuple[int, int]]:
    """The smallest pieces: a wide character, a run of other non-space characters, a tag.

    In mostly Latin text a run of Chinese is one piece too: a name (“国家医保服务平台”) is
    not broken inside English prose.
    """
    latin = _latin(value)
    index, size = 0, len(value)
    while index < size:
        char = value[index]
        if char.isspace():
            index += 1
            continue
        if char == "[":
            end = value.find("]", index + 1)
            if end != -1 and "\n" not in value[index:end]:
                if (
                    cell_len(value[index : end + 1]) <= TAG_MAX
                    and "[" not in value[index + 1 : end]
                ):
                    yield index, end + 1
                    index = end + 1
                    continue
        if _wide(char):
            start = index
            index += 1
            while latin and index < size and _wide(value[index]):
                index += 1
            yield start, index
            continue
        start = index
        while index < size:
            char = value[index]
            if char.isspace() or _wide(char) or (char == "[" and index > start):
                break
            index += 1
        yield start, index


def units(value: str) -> list[tuple[int, int]]:
    """Cut text into the pieces a line never breaks inside, as ``(start, end)`` offsets.

    What lies between two units is white space (a break) or nothing (a break between Chinese
    characters, or between Chinese and a Latin word).
    """
    found: list[tuple[int, int]] = []
    glue_next = False
    for start, end in _atoms(value):
        atom = value[start:end]
        tag = atom.startswith("[") and atom.endswith("]") and len(atom) > 1
        join = bool(found) and (glue_next or atom[0] in CLOSING or tag)
        if join:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
        whole = value[found[-1][0] : found[-1][1]]
        glue_next = (
            atom[-1] in OPENING
            or (not join and tag)  # a box or tag opening a paragraph
            or all(char in MARKS for char in atom)
            or (len(found) == 1 and _NUMBERING.fullmatch(whole) is not None)
        )
    return found


def breaks(value: str, width: int, first: int = 0, rest: int = 0) -> list[int]:
    """Return the offsets at which the lines after the first one start.

    Args:
        value: One paragraph (a line break in it counts as a space).
        width: The widest line, in display cells.
        first: Cells taken before the first line (a prefix printed before it).
        rest: Cells taken before every other line (a hanging indent).

    Returns:
        The offsets, ascending; the white space before each belongs to the line it ends.
    """
    cells = _cells(value)  # cells[i]: the width of value[:i]
    offsets: list[int] = []
    line_start = 0
    taken = first  # cells before the line's text
    for start, end in units(value):
        if cells[end] - cells[line_start] + taken > width and start > line_start:
            if value[line_start:start].strip():  # something on the line: a new line
                offsets.append(start)
                line_start, taken = start, rest
        if cells[end] - cells[line_start] + taken > width:  # too wide for any line: cut
            # A tag joined to the text before it across a space goes to a line of its own first.
            tag = value.rfind(" [", max(start, line_start), end)
            if (
                tag > line_start
                and value[line_start:tag].strip()
                and cells[tag] - cells[line_start] + taken <= width
            ):
                offsets.append(tag + 1)
                line_start, taken = tag + 1, rest
            for index in range(max(start, line_start + 1), end):
                if cells[index + 1] - cells[line_start] + taken > width:
                    offsets.append(index)
                    line_start, taken = index, rest
    return offsets


def _cells(value: str) -> list[int]:
    total = 0
    found = [0]
    for char in value:
        total += _width(char)
        found.append(total)
    return found


_WIDTHS: dict[str, int] = {}


def _width(char: str) -> int:
    found = _WIDTHS.get(char)
    if found is None:
        found = _WIDTHS[char] = 1 if char.isascii() else cell_len(char)
    return found
