"""Where a line of mixed Chinese and Latin text may break: one rule set for every output.

Widths are display cells (a Chinese character takes two, :func:`rich.cells.cell_len`). The
text is cut into units that are never split, and lines break between units only:

- a Chinese character (or other double-width one) is a unit of its own; in mostly Latin text
  (English with Chinese names in it) a run of them is one unit;
- a run of other characters without a space is one unit: a Latin word, a number, a phone
  number, an id, a date, a URL;
- closing punctuation (，。、；：！？）」】》” …) joins the unit before it: no line starts with it;
- opening punctuation (（「【《“ …) joins the unit after it: no line ends with it;
- a bracketed tag (``[全国]``, ``[属地 · 福州市（市级）]``) is one unit and joins the text before
  it, even across a space (when the two do not fit a line, the tag takes the next one); at the
  start of a paragraph it joins the text after it;
- a mark (☐ ⚠ ☎ • · ✓ ✗ –) or a list number (``1.``, ``2)``) joins the word after it.

A unit wider than the whole line (a long URL) is cut where it must. The functions here are
pure: text in, offsets or lines out; :mod:`yibao_cli.render.text` routes Rich through them.

Every terminal page passes each of its paragraphs through here, so the work is done by the
``re`` module, not by a Python loop per character: each character is first mapped to a one-letter
class (:data:`_CLASSES`, filled as characters are met), and one pattern over that class string
finds the units. A paragraph that fits its line is returned at once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

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
_TAG = re.compile(r"\[[^\[\]\n]*\]")


class _Widths(dict[str, int]):
    """The cells of each character met so far: a table, so a text's widths are one ``map``."""

    def __missing__(self, char: str) -> int:
        found = self[char] = 1 if char.isascii() else cell_len(char)
        return found


_WIDTHS = _Widths()


def _wide(char: str) -> bool:
    code = ord(char)
    return not char.isascii() and (
        _WIDTHS[char] == 2
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
    )


_KINDS = (("c", CLOSING), ("o", OPENING), ("m", MARKS))


class _Classes(dict[int, str]):
    """The class letter of each code point met so far, for ``str.translate``.

    ``s`` white space (``n`` a line break, ``S`` a wide space); ``[`` and ``]`` themselves;
    narrow characters ``l``
    (an ASCII letter), ``c`` closing, ``o`` opening, ``m`` a mark, ``a`` any other; wide ones
    ``C``, ``O``, ``M`` and ``W`` likewise.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        found: str
        if char == "\n":
            found = "n"
        elif char.isspace():
            found = "S" if _wide(char) else "s"
        elif char in "[]":
            found = char
        else:
            kind = next((k for k, chars in _KINDS if char in chars), "")
            if _wide(char):
                found = kind.upper() or "W"
            else:
                found = kind or ("l" if char.isascii() and char.isalpha() else "a")
        self[code] = found
        return found


_CLASSES = _Classes()

# Atoms, over the class string. A ``[`` that opens no tag is rewritten to ``{`` first, so ``[``
# always opens a tag, and a run of narrow characters only starts with ``{``.
_NARROW = r"[lacom\]{][lacom\]]*"
_NARROW_GLUE = r"(?:(?:[lacom\]{][lacom\]]*)?o|\{|m+)(?![lacom\]])"  # ends opening, or all marks
_TAG_ATOM = r"\[[^\]]*\]"
# A bracketed run too wide for a tag still counts as one where it ends the atom with its ].
_WIDE_TAG = r"\{[lacom\]]*\](?![lacom\]])"
_JOINS = f"(?=[c\\]C\\[]|{_WIDE_TAG})"  # an atom that joins the one before: closing first, or a tag
_LEAD = re.compile(f"{_TAG_ATOM}|{_WIDE_TAG}")


def _unit_pattern(wide: str, wide_glue: str) -> re.Pattern[str]:
    atom = f"(?:{_TAG_ATOM}|{wide}|{_NARROW})"
    glue = f"(?:{wide_glue}|{_NARROW_GLUE})"
    chain = f"(?:{glue}[snS]*)*{atom}"  # atoms that glue to the next, then the last
    return re.compile(f"{chain}(?:[snS]*{_JOINS}{chain})*")


_UNITS = _unit_pattern("[WCOM]", "[OM]")
# In mostly Latin text a run of Chinese is one atom, so a name is not broken inside English
# prose; the run takes in a wide space (U+3000) after it, as the character loop it replaces did.
_LATIN_UNITS = _unit_pattern("[WCOM][WCOMS]*", "(?:(?:[WCOM][WCOMS]*)?O|M+)(?![WCOMS])")


def _classes(value: str) -> str:
    classes = value.translate(_CLASSES)
    start = classes.find("[")
    if start != -1:
        tags = {
            found.start()
            for found in _TAG.finditer(value, start)
            if cell_len(found.group()) <= TAG_MAX
        }
        while start != -1:  # a [ that opens no tag starts a plain run
            if start not in tags:
                classes = f"{classes[:start]}{{{classes[start + 1 :]}"
            start = classes.find("[", start + 1)
    return classes


def units(value: str) -> list[tuple[int, int]]:
    """Cut text into the pieces a line never breaks inside, as ``(start, end)`` offsets.

    What lies between two units is white space (a break) or nothing (a break between Chinese
    characters, or between Chinese and a Latin word).
    """
    classes = _classes(value)
    wide = len(classes) - sum(map(classes.count, "slcoma[]n{"))
    latin = classes.count("l") > wide
    found = [match.span() for match in (_LATIN_UNITS if latin else _UNITS).finditer(classes)]
    if len(found) > 1:
        # A tag opening a paragraph, or a list number, joins the next unit, once.
        start, end = found[0]
        if _LEAD.fullmatch(classes, start, end) or _NUMBERING.fullmatch(value, start, end):
            found[:2] = [(start, found[1][1])]
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
    if 2 * len(value) + first <= width:  # no character is wider than two cells
        return []
    cells = [0, *accumulate(map(_WIDTHS.__getitem__, value))]  # cells[i]: value[:i]'s width
    if cells[-1] + first <= width:
        return []
    pieces = units(value)
    ends = [end for _, end in pieces]
    offsets: list[int] = []
    line_start = 0
    taken = first  # cells before the line's text
    number = 0
    while True:
        # The first unit that ends past the line's last cell; those before it all fit.
        limit = bisect_right(cells, width - taken + cells[line_start]) - 1
        number = bisect_right(ends, limit, number)
        if number == len(pieces):
            return offsets
        start, end = pieces[number]
        if start > line_start and value[line_start:start].strip():  # a new line
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
        number += 1


def wrap(value: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap one paragraph to ``width`` display cells; runs of white space become one space.

    Args:
        value: The text (line breaks count as spaces).
        width: The widest line, in display cells.
        first: What the first line starts with (e.g. a box).
        rest: What the other lines start with (the hanging indent).

    Returns:
        The lines, none wider than ``width`` unless a prefix alone is.
    """
    value = " ".join(value.split())
    cuts = [0, *breaks(value, width, cell_len(first), cell_len(rest)), len(value)]
    return [
        (first if number == 0 else rest) + value[cuts[number] : cuts[number + 1]].rstrip()
        for number in range(len(cuts) - 1)
    ]


def widest_unit(value: str) -> int:
    """The cells of the widest unit: the narrowest a column can be without cutting a word."""
    return max((cell_len(value[start:end]) for start, end in units(value)), default=0)


def fit(value: str, width: int, ellipsis: str = "…") -> str:
    """Shorten text to one line of ``width`` cells, cut between units, with ``ellipsis``.

    Args:
        value: The text (runs of white space become one space).
        width: The widest the line may be, in display cells.
        ellipsis: What marks that text was left out.

    Returns:
        The text itself when it fits, else its longest start that fits with the ellipsis.
    """
    value = " ".join(value.split())
    if cell_len(value) <= width:
        return value
    room = width - cell_len(ellipsis)
    kept = ""
    for _start, end in units(value):
        candidate = value[:end]
        if cell_len(candidate) > room:
            break
        kept = candidate
    return kept.rstrip() + ellipsis if kept else ellipsis[: max(width, 0)]
