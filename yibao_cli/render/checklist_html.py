"""Write a checklist as one self-contained HTML page for printing on A4.

Inline CSS only: no scripts, no external fonts or images, so the file prints the same offline.
Tick boxes are drawn with CSS borders, so they never depend on a font having a ☐ glyph.
"""

from __future__ import annotations

from html import escape

from yibao_cli.catalogue import quoting
from yibao_cli.page.model import Entry, Line, Page
from yibao_cli.regions.overlay import ChannelView, StepView
from yibao_cli.strings import lang, t

FONTS = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", sans-serif'
)
"""Simplified Chinese fonts, most widespread on Linux, macOS and Windows first."""

_CSS = """
@page { size: A4; margin: 15mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  font-family: FONTS;
  font-size: SIZE; line-height: 1.5; color: #111; background: #fff;
  max-width: 180mm; margin: 0 auto; padding: 0;
}
h1 { font-size: 1.6em; margin: 0 0 0.3em; line-height: 1.3; }
h2 {
  font-size: 1.2em; margin: 1.1em 0 0.4em; padding-bottom: 0.15em;
  border-bottom: RULE solid #444; break-after: avoid; page-break-after: avoid;
}
p { margin: 0.2em 0; }
ul { list-style: none; margin: 0; padding: 0; }
li.entry {
  margin: 0 0 0.5em; padding-left: 1.9em; position: relative;
  break-inside: avoid; page-break-inside: avoid;
}
li.entry.plain { padding-left: 0; }
.box {
  position: absolute; left: 0; top: 0.2em; width: 1.1em; height: 1.1em;
  border: BOX solid #000; border-radius: 0.12em; background: #fff;
}
.tag { color: TAG; font-size: 0.85em; font-weight: normal; white-space: nowrap; }
section.steps li.entry > div, section.materials li.entry > div,
section.channels li.entry > div, section.contacts li.entry > div,
section.now li.entry > div, section.where li.entry > div { font-weight: bold; }
section.window li.entry > div { font-size: 1.2em; font-weight: bold; }
ul.lines { margin: 0.1em 0 0 0.2em; color: DETAIL; }
ul.lines li { margin: 0.05em 0; }
.tone-stop, .tone-caution, .tone-ok, .tone-notice {
  border-left: RULE solid #000; padding-left: 0.6em; font-weight: bold;
}
.tone-notice { font-weight: normal; }
footer {
  margin-top: 1.4em; padding-top: 0.5em; border-top: RULE solid #444;
  break-inside: avoid; page-break-inside: avoid; font-size: 0.9em;
}
.disclaimer {
  font-weight: bold; font-size: 1.15em; border: RULE solid #000; padding: 0.3em 0.6em;
  margin: 0.5em 0;
}
.id { color: TAG; font-size: 0.6em; font-weight: normal; white-space: nowrap; }
sup.fn { font-size: 0.7em; font-weight: normal; color: TAG; }
section.quotes ol { margin: 0.2em 0 0; padding-left: 1.6em; font-size: 0.9em; color: DETAIL; }
section.quotes li { margin: 0.1em 0; break-inside: avoid; page-break-inside: avoid; }
"""

_NORMAL = {"SIZE": "11pt", "RULE": "1px", "BOX": "1.5px", "TAG": "#555", "DETAIL": "#222"}
_LARGE = {"SIZE": "20pt", "RULE": "2px", "BOX": "3px", "TAG": "#000", "DETAIL": "#000"}


# The one-page sheet: the same type, less space between its parts, so that it stays one page
# (two in large type).
_COMPACT = """
@page { margin: 12mm 13mm 12mm 13mm; }
body { line-height: 1.35; }
h1 { font-size: 1.45em; }
h2 { margin: 0.6em 0 0.25em; }
li.entry { margin-bottom: 0.25em; }
footer { margin-top: 0.8em; }
"""


def css(large: bool = False, compact: bool = False) -> str:
    """The page's style sheet; ``large`` gives big type, thick lines and black text only."""
    sheet = _CSS.replace("FONTS", FONTS) + (_COMPACT if compact else "")
    for key, value in (_LARGE if large else _NORMAL).items():
        sheet = sheet.replace(key, value)
    return sheet


def page(doc: Page, large: bool = False) -> str:
    """Lay a checklist out as an HTML page.

    Args:
        doc: The checklist.
        large: Big type and high contrast, for elderly readers.

    Returns:
        The complete HTML document.
    """
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang() == "en" else "zh-CN"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(t('cl.page_title', title=doc.title))}</title>",
        f"<style>{css(large, doc.compact)}</style>",
        "</head>",
        f'<body class="{"large" if large else "normal"}">',
        "<header>",
        f'<h1>{escape(doc.title)} <span class="id">({escape(doc.procedure)})</span></h1>',
    ]
    notes = Footnotes(enabled=not doc.compact)
    parts += [_paragraph(entry, notes) for entry in doc.intro]
    parts.append("</header>")
    for section in doc.sections:
        parts.append(f'<section class="{escape(section.key)}">')
        parts.append(f"<h2>{escape(section.title)}</h2>")
        parts.append("<ul>")
        parts += [_item(entry, notes) for entry in section.entries]
        parts.append("</ul>")
        parts.append("</section>")
    parts.append("<footer>")
    if doc.legend:
        parts.append(f"<p>{escape(doc.legend)}</p>")
    parts += [
        *([f"<p>{escape(doc.reviewed)}</p>"] if doc.reviewed else []),
        f'<p class="disclaimer">{escape(doc.disclaimer)}</p>',
        *notes.section(),
        *_sources(doc),
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _sources(doc: Page) -> list[str]:
    """The numbered source list, last in the page."""
    if not doc.sources:
        return []
    parts = ['<section class="sources">', f"<h2>{escape(doc.sources_title)}</h2>", "<ol>"]
    for item in doc.sources:
        lines = "".join(f"<br>{escape(line)}" for line in item.lines)
        parts.append(f'<li value="{item.number}">{escape(item.title)}{lines}</li>')
    parts += ["</ol>", "</section>"]
    return parts


def _tag(text: str) -> str:
    return f' <span class="tag">{escape(text)}</span>'


class Footnotes:
    """The source sentences a page's claims quote, numbered in the order the page shows them.

    Each entry whose claim (a step and its durations, a channel and its platform, a fact…)
    quotes its source gets a superscript number; the sentences are listed before the sources.
    The one-page sheet has none: it must stay one page.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.notes: list[str] = []

    def marks(self, entry: Entry) -> str:
        """The superscript numbers of an entry's quotes (empty when it quotes nothing)."""
        if not self.enabled:
            return ""
        found = []
        for item in _claims(entry.data):
            for name, value in quoting.quoted(item):
                note = f"“{value}”" if name == "quote" else t("src.derived_line", text=value)
                if note not in self.notes:
                    self.notes.append(note)
                number = self.notes.index(note) + 1
                if number not in found:
                    found.append(number)
        return "".join(f'<sup class="fn">{number}</sup>' for number in found)

    def section(self) -> list[str]:
        """The numbered sentences, or nothing when no entry quotes one."""
        if not self.notes:
            return []
        heading = f"<h2>{escape(t('src.quotes_heading'))}</h2>"
        items = [f'<li value="{i}">{escape(note)}</li>' for i, note in enumerate(self.notes, 1)]
        return ['<section class="quotes">', heading, "<ol>", *items, "</ol>", "</section>"]


def _claims(data: object) -> list[object]:
    """The catalogue claims behind an entry.

    A step and its durations, a channel and its platform, or the one item (with its origin,
    for facts, notes and contacts).
    """
    if isinstance(data, StepView):
        return [data.step, *data.durations]
    if isinstance(data, ChannelView):
        return [data.channel, data.platform]
    if isinstance(data, tuple) and data:
        return [data[0]]
    return [data] if hasattr(data, "quote") else []


def _text(entry: Entry, notes: Footnotes | None = None) -> str:
    body = escape(entry.text)
    if entry.tag is not None:
        body += _tag(entry.tag.text)
    for segment in entry.after:
        body += escape(segment) if isinstance(segment, str) else _tag(segment.text)
    return body + (notes.marks(entry) if notes is not None else "")


def _detail(line: Line) -> str:
    return escape(line.text) + (_tag(line.tag.text) if line.tag is not None else "")


def _paragraph(entry: Entry, notes: Footnotes | None = None) -> str:
    tone = f' class="tone-{entry.tone}"' if entry.tone else ""
    lines = "".join(f"<br>{_detail(line)}" for line in entry.lines)
    return f"<p{tone}>{_text(entry, notes)}{lines}</p>"


def _item(entry: Entry, notes: Footnotes | None = None) -> str:
    classes = ["entry"] if entry.box else ["entry", "plain"]
    if entry.tone:
        classes.append(f"tone-{entry.tone}")
    box = '<span class="box"></span>' if entry.box else ""
    lines = ""
    if entry.lines:
        items = "".join(f"<li>{_detail(line)}</li>" for line in entry.lines)
        lines = f'<ul class="lines">{items}</ul>'
    return f'<li class="{" ".join(classes)}">{box}<div>{_text(entry, notes)}</div>{lines}</li>'
