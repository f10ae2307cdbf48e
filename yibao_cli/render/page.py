"""Write a page on the terminal (styled) or as plain text: the one terminal writer.

Every answer (``show``, a wizard's outcome, ``timeline``, ``case show``) is a page
(:mod:`yibao_cli.page`); this module only lays it out and styles it by what each part is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich import text as rich_text
from rich.console import Console, Group, RenderableType
from rich.padding import Padding

from yibao_cli.catalogue.citing import Listed
from yibao_cli.page.model import Entry, Line, Page, Section, Tag
from yibao_cli.render.text import Text
from yibao_cli.strings import t

RichText = rich_text.Text

TIER_STYLE = {"全国": "green", "属地": "yellow", "经验": "magenta"}
TONE_STYLE = {"ok": "bold green", "stop": "bold red", "caution": "bold yellow"}
LINE_STYLE = {
    "stale": "yellow",
    "date": "green",
    "estimate": "yellow",
    "condition": "italic",
    "quiet": "dim",
    "late": "yellow",
    "notice": "yellow",
}
COMMAND_HEADING = {"outcome": "out.command", "case": "case.full"}


def render(console: Console, page: Page) -> None:
    """Print a page; its command (if any) is never wrapped, so that it can be copied."""
    # One print of a group lays out the page once; a print per part costs twice as much.
    console.print(Group(*parts(page)))
    if page.command and page.kind in COMMAND_HEADING:
        console.print(heading(t(COMMAND_HEADING[page.kind])))
        console.print("    " + page.command, soft_wrap=True)
    console.print(Group(*closing(page)))


def parts(page: Page) -> Iterator[RenderableType]:
    """The renderables of a page, up to its command."""
    yield _title(page)
    for entry in page.intro:
        yield from _intro(entry)
    if page.kind == "outcome" and page.brief:
        yield from brief(page.brief)
        yield heading(t("brief.details"))
    for section in page.sections:
        yield from _section(section)


def closing(page: Page) -> Iterator[RenderableType]:
    """What ends every page: the tier legend, the review date, the disclaimer, the sources."""
    yield Text("")
    if page.legend:
        yield Text(page.legend, style="dim")
    if page.reviewed:
        yield Text(page.reviewed, style="dim")
    yield Text(page.disclaimer, style="bold")
    yield from sources(page.sources, page.sources_title)


def sources(listed: Sequence[Listed], title: str) -> Iterator[RenderableType]:
    """The numbered list of the sources a page cited, for its end."""
    if not listed:
        return
    yield Text(f"\n{title}", style="bold cyan")
    for item in listed:
        yield Text(f"{item.number}. {item.title}")
        for line in item.lines:
            style = "yellow" if item.expired and line == item.lines[-1] else "dim"
            yield indent(Text(line, style=style))


def brief(sections: tuple[Section, ...]) -> Iterator[RenderableType]:
    """The short block an outcome starts with ("现在就做" …): numbers and bullets, no boxes."""
    for section in sections:
        yield heading(section.title)
        for number, entry in enumerate(section.entries, 1):
            now = section.key == "now"
            mark = f"{number}. " if now else "• " if entry.box else ""
            yield Text(mark + entry.text, style="bold" if now else "")
            for line in entry.lines:
                yield indent(Text(line.text, style="dim"))


def heading(label: str) -> Text:
    """A section heading."""
    return Text(f"\n{label}", style="bold cyan")


def indent(renderable: RenderableType, level: int = 1) -> Padding:
    """Indent by four columns per level."""
    return Padding(renderable, (0, 0, 0, 4 * level), expand=False)


def _title(page: Page) -> RichText:
    if page.subtitle:
        return Text.assemble((page.title, "bold"), "  ", page.subtitle)
    if page.kind in ("timeline", "channels"):
        return Text(page.title, style="bold")
    return Text.assemble((page.title, "bold"), "  ", (f"({page.procedure})", "dim"))


def _intro(entry: Entry) -> Iterator[RenderableType]:
    if entry.kind == "verdict":
        line = Text(entry.text + " ", style=TONE_STYLE.get(entry.tone, ""))
        if entry.tag is not None:
            line.append_text(tag(entry.tag))
        yield line
    elif entry.kind in ("region", "notice"):
        yield Text(entry.text, style="yellow")
    elif entry.kind in ("convention", "closed"):
        yield Text(entry.text, style="dim")
    else:
        yield Text(entry.text)
    yield from _lines(entry)


def _section(section: Section) -> Iterator[RenderableType]:
    if section.title:
        yield heading(section.title)
    elif section.entries:
        yield Text("")
    after_steps = False
    for entry in section.entries:
        if entry.kind != "step" and section.key == "steps" and not after_steps:
            after_steps = True  # the whole time, the holidays and warnings after the steps
            yield Text("")
        yield _line(entry)
        yield from _lines(entry)


def _line(entry: Entry) -> RichText:
    kind = entry.kind
    if kind == "answer":
        return Text.assemble(entry.text, (_after_text(entry), "bold"))
    if kind == "related":
        return (
            Text.assemble(entry.text, "  ", (entry.hint, "dim")) if entry.hint else Text(entry.text)
        )
    if kind == "case-step":
        line = Text.assemble((entry.text, "bold"), f"  {entry.hint.split('  ')[0]}")
        office = entry.hint.partition("  ")[2]
        if office:
            line.append("  " + office, style="dim")
        return line
    if kind in ("total", "waiting"):
        line = Text(entry.text, style="bold")
    elif kind in ("notice",):
        line = Text(entry.text, style="yellow")
    elif kind == "next":
        line = Text(entry.text, style=TONE_STYLE.get(entry.tone, "bold") if entry.tone else "bold")
    elif kind == "hint":
        line = Text(entry.text, style="dim")
    elif kind == "all-done":
        line = Text(entry.text, style="green")
    elif kind == "material":
        line = Text(f"☐ {entry.text}")
    elif kind in ("step", "channel", "contact", "faq"):
        line = Text(entry.text, style="bold")
    else:
        line = Text(entry.text)
    if entry.tag is not None:
        line.append(" ")
        line.append_text(tag(entry.tag))
    for segment in entry.after:
        if isinstance(segment, Tag):
            line.append_text(tag(segment))
        else:
            line.append(segment, style="italic" if kind == "material" else "")
    return line


def _after_text(entry: Entry) -> str:
    return "".join(s if isinstance(s, str) else s.text for s in entry.after)


def _lines(entry: Entry) -> Iterator[RenderableType]:
    for line in entry.lines:
        yield indent(_detail(line))


def _detail(line: Line) -> Text:
    text = Text(line.text, style=LINE_STYLE.get(line.kind, ""))
    if line.tag is not None:
        text.append(" ")
        text.append_text(tag(line.tag))
    return text


def tag(found: Tag) -> Text:
    """A tier tag, styled by its tier."""
    return Text(found.text, style=TIER_STYLE[found.tier])
