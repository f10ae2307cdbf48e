"""Write a checklist as plain text or Markdown for an 80-column printer.

Lines are wrapped by display width (a Chinese character takes two columns) by the rules every
output follows (:func:`yibao_cli.render.breaking.wrap`). Paper shows no commands: they mean
nothing to the person holding the printout.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.cells import cell_len

from yibao_cli.page.model import Entry, Line, Page
from yibao_cli.render.breaking import wrap
from yibao_cli.render.symbols import plain_symbols

WIDTH = 80
"""The widest line, in display columns."""


def text(doc: Page, ascii_only: bool = False, width: int = WIDTH) -> str:
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
            for detail in entry.lines:
                out += wrap(_detail(detail), width, "    ", "    ")
    out += ["", *(wrap(doc.legend, width) if doc.legend else [])]
    out += [*(wrap(doc.reviewed, width) if doc.reviewed else []), *wrap(doc.disclaimer, width)]
    if doc.sources:
        out += ["", *wrap(doc.sources_title, width), "-" * min(width, cell_len(doc.sources_title))]
        for source in doc.sources:
            out += wrap(f"{source.number}. {source.title}", width, "", "   ")
            for about in source.lines:
                out += wrap(about, width, "    ", "    ")
    return _finish(out, ascii_only)


def markdown(doc: Page, ascii_only: bool = False, width: int = WIDTH) -> str:
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
            for item in entry.lines:
                line = _detail(item, escape)
                numbered = _MD_NUMBER.match(item.text)
                if numbered:  # a click path: "1) 打开…" as an ordered list of its own
                    hang = "  " + " " * (len(numbered.group(0)) + 1)
                    out += md_wrap(line, width, "  ", hang, marker=True)
                else:
                    out += md_wrap(line, width, "  - ", "    ")
    out += ["", "---"]
    if doc.legend:
        out += ["", *md_wrap(escape(doc.legend), width)]
    if doc.reviewed:
        out += ["", *md_wrap(escape(doc.reviewed), width)]
    out += ["", *md_wrap(f"**{escape(doc.disclaimer)}**", width)]
    if doc.sources:
        out += ["", "## " + escape(doc.sources_title), ""]
        for source in doc.sources:
            first = f"{source.number}. "
            out += md_wrap(
                escape(f"{first}{source.title}"), width, "", " " * len(first), marker=True
            )
            for about in source.lines:
                out += md_wrap(escape(about), width, "   - ", "     ")
    return _finish(out, ascii_only)


def _finish(lines: list[str], ascii_only: bool) -> str:
    body = "\n".join(line.rstrip() for line in lines) + "\n"
    return plain_symbols(body) if ascii_only else body


def _line(entry: Entry, say: Callable[[str], str] = str) -> str:
    words = say(entry.text)
    if entry.tag is not None:
        words += f" {say(entry.tag.text)}"
    return words + "".join(say(s) if isinstance(s, str) else say(s.text) for s in entry.after)


def _md_line(entry: Entry) -> str:
    return _line(entry, escape)


def _detail(line: Line, say: Callable[[str], str] = str) -> str:
    # A tag names a region too (属地 · 福州市): data, written as the text is.
    return f"{say(line.text)} {say(line.tag.text)}" if line.tag is not None else say(line.text)


# ``<`` and ``&``: no tag, comment or entity of raw HTML from the data reaches a reader.
_MD_SPECIAL = re.compile(r"([\\`*_<&])")
_MD_NUMBER = re.compile(r"^(\d+)([.)])(?=\s|$)")
_MD_MARK = re.compile(r"^([-+=>]|#+)(?=\s|$)")


def escape(value: str) -> str:
    """Escape the characters Markdown would read as formatting or raw HTML in catalogue text."""
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


Writer = Callable[[Page, bool], str]
"""A function laying a page out as text: ``(doc, ascii_only) -> str``."""
