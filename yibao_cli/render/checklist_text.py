"""Write a checklist as plain text or Markdown for an 80-column printer.

Lines are wrapped by display width (a Chinese character takes two columns), between Chinese
characters or at spaces, never before closing punctuation such as ，。）. The command that
prints the checklist again is split at options with shell line continuations, so that it can
still be copied.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator

from rich.cells import cell_len

from yibao_cli.wizard.checklist import Checklist, Entry, cjk, plain_symbols
from yibao_cli.wizard.outcome import quote

WIDTH = 80
"""The widest line, in display columns."""

_CLOSING = set("，。、；：！？）」』】》〉”’％,.;:!?)]}%")
_OPENING = set("（「『【《〈“‘([{")


def text(doc: Checklist, ascii_only: bool = False, width: int = WIDTH) -> str:
    """Lay a checklist out as plain text.

    Args:
        doc: The checklist.
        ascii_only: Use ``[ ]`` boxes and ASCII symbols only (Chinese text stays).
        width: The widest line, in display columns.

    Returns:
        The text, ending with a newline.
    """
    box = "[ ] " if ascii_only else "☐ "
    out = [*wrap(doc.title, width), "=" * min(width, cell_len(doc.title))]
    for entry in doc.intro:
        out += wrap(_line(entry), width)
    for section in doc.sections:
        out += ["", *wrap(section.title, width), "-" * min(width, cell_len(section.title))]
        for entry in section.entries:
            first = box if entry.box else ""
            out += wrap(_line(entry), width, first, " " * cell_len(first))
            for line in entry.lines:
                out += wrap(line, width, "    ", "    ")
    out += ["", *wrap(doc.legend, width), *(wrap(doc.reviewed, width) if doc.reviewed else [])]
    out += [*wrap(doc.disclaimer, width), "", *wrap(doc.command_label, width)]
    out += command_lines(doc.command, width, "    ")
    if doc.sources:
        out += ["", *wrap(doc.sources_title, width), "-" * min(width, cell_len(doc.sources_title))]
        for item in doc.sources:
            out += wrap(f"{item.number}. {item.title}", width, "", "   ")
            for line in item.lines:
                out += wrap(line, width, "    ", "    ")
    return _finish(out, ascii_only)


def markdown(doc: Checklist, ascii_only: bool = False, width: int = WIDTH) -> str:
    """Lay a checklist out as Markdown: task lists (``- [ ]``) for the steps and materials.

    Args:
        doc: The checklist.
        ascii_only: Use ASCII symbols only (Chinese text stays).
        width: The widest line, in display columns.

    Returns:
        The Markdown, ending with a newline.
    """
    title = wrap(escape(doc.title), width)
    if len(title) == 1 and cell_len(title[0]) + 2 <= width:
        out = ["# " + title[0]]
    else:  # a setext heading may span lines; an ATX one (#) may not
        out = [*title, "=" * max(cell_len(line) for line in title)]
    for entry in doc.intro:
        text = _md_line(entry)
        if entry.tone in ("ok", "stop", "caution"):
            out += ["", *md_wrap(f"**{text}**", width, "> ", "> ")]
        else:
            out += ["", *md_wrap(text, width)]
    for section in doc.sections:
        out += ["", "## " + escape(section.title), ""]
        for entry in section.entries:
            first = "- [ ] " if entry.box else "- "
            out += md_wrap(_md_line(entry), width, first, " " * len(first))
            for line in entry.lines:
                numbered = _MD_NUMBER.match(line)
                if numbered:  # a click path: "1) 打开…" as an ordered list of its own
                    hang = "  " + " " * (len(numbered.group(0)) + 1)
                    out += md_wrap(escape(line), width, "  ", hang, marker=True)
                else:
                    out += md_wrap(escape(line), width, "  - ", "    ")
    out += ["", "---", "", *md_wrap(escape(doc.legend), width)]
    if doc.reviewed:
        out += ["", *md_wrap(escape(doc.reviewed), width)]
    out += ["", *md_wrap(f"**{escape(doc.disclaimer)}**", width)]
    out += ["", *md_wrap(escape(doc.command_label), width), "", "```sh"]
    out += [*command_lines(doc.command, width, ""), "```"]
    if doc.sources:
        out += ["", "## " + escape(doc.sources_title), ""]
        for item in doc.sources:
            first = f"{item.number}. "
            out += md_wrap(escape(f"{first}{item.title}"), width, "", " " * len(first), marker=True)
            for line in item.lines:
                out += md_wrap(escape(line), width, "   - ", "     ")
    return _finish(out, ascii_only)


def _finish(lines: list[str], ascii_only: bool) -> str:
    body = "\n".join(line.rstrip() for line in lines) + "\n"
    return plain_symbols(body) if ascii_only else body


def _line(entry: Entry) -> str:
    return f"{entry.text} {entry.tag}" if entry.tag else entry.text


def _md_line(entry: Entry) -> str:
    return f"{escape(entry.text)} {entry.tag}" if entry.tag else escape(entry.text)


_MD_SPECIAL = re.compile(r"([\\`*_<])")
_MD_NUMBER = re.compile(r"^(\d+)([.)])(?=\s|$)")
_MD_MARK = re.compile(r"^([-+=>]|#+)(?=\s|$)")


def escape(value: str) -> str:
    """Escape the characters Markdown would read as formatting in catalogue text."""
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_wrap(
    value: str, width: int, first: str = "", rest: str = "", marker: bool = False
) -> list[str]:
    """Wrap Markdown text; no line starts like a list item, quote or heading by accident.

    The first line is checked too, except after a task box (``- [ ] 1. …`` is not a list) or
    when ``marker`` says the text starts with a list marker on purpose.
    """
    lines = wrap(value, width - 1, first, rest)
    fixed = []
    for number, line in enumerate(lines):
        prefix = first if number == 0 else rest
        body = line[len(prefix) :]
        if number > 0 or not (marker or prefix.endswith("] ")):
            body = _MD_NUMBER.sub(r"\1\\\2", body, count=1)
            body = _MD_MARK.sub(r"\\\1", body, count=1)
        fixed.append(prefix + body)
    return fixed


def command_lines(command: str, width: int, indent: str) -> list[str]:
    """Split a command line over lines ending in a backslash, each option with its value."""
    try:
        words = shlex.split(command)
    except ValueError:
        return [indent + command]
    groups: list[str] = []
    index = 0
    while index < len(words):
        group = quote(words[index])
        nxt = words[index + 1] if index + 1 < len(words) else None
        if words[index].startswith("-") and nxt is not None and not nxt.startswith("-"):
            group += " " + quote(nxt)
            index += 1
        groups.append(group)
        index += 1
    lines: list[str] = []
    current = indent
    for group in groups:
        joined = group if current.strip() == "" else f"{current} {group}"
        if current.strip() and cell_len(joined) + 2 > width:
            lines.append(current + " \\")
            current = indent + "  " + group
        else:
            current = indent + group if current.strip() == "" else joined
    lines.append(current)
    return lines


def _units(value: str) -> Iterator[tuple[str, bool]]:
    """Split text into unbreakable units, each with whether a space comes before it."""
    units: list[tuple[str, bool]] = []
    word = ""
    space = False
    glue_next = False

    def push(unit: str) -> None:
        nonlocal space, glue_next
        if units and (glue_next or (not space and unit[0] in _CLOSING)):
            last, last_space = units[-1]
            units[-1] = (last + (" " if space else "") + unit, last_space)
        else:
            units.append((unit, space))
        glue_next = unit[-1] in _OPENING
        space = False

    for char in value:
        if char.isspace():
            if word:
                push(word)
                word = ""
            space = True
        elif cjk(char) or cell_len(char) == 2:
            if word:
                push(word)
                word = ""
            push(char)
        else:
            word += char
    if word:
        push(word)
    yield from units


def wrap(value: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap text to ``width`` display columns.

    Args:
        value: The text (one paragraph; line breaks count as spaces).
        width: The widest line, in display columns.
        first: What the first line starts with (e.g. a box).
        rest: What the other lines start with (the hanging indent).

    Returns:
        The lines, none wider than ``width`` unless a prefix alone is.
    """
    lines: list[str] = []
    current = first
    empty = True
    for unit, space in _units(value):
        size = cell_len(unit) + (1 if space and not empty else 0)
        if not empty and cell_len(current) + size > width:
            lines.append(current)
            current, empty = rest, True
        if empty:
            for piece in _split(unit, width - cell_len(current), width - cell_len(rest)):
                if not empty:
                    lines.append(current)
                    current = rest
                current += piece
                empty = False
        else:
            current += (" " if space else "") + unit
    lines.append(current)
    return lines


def _split(unit: str, room: int, full: int) -> Iterator[str]:
    """Cut a unit too long for a line into pieces (a long URL), the first fitting ``room``."""
    piece = ""
    limit = max(room, 1)
    for char in unit:
        if piece and cell_len(piece + char) > limit:
            yield piece
            piece = ""
            limit = max(full, 1)
        piece += char
    yield piece


Writer = Callable[[Checklist, bool], str]
"""A function laying a checklist out as text: ``(doc, ascii_only) -> str``."""
