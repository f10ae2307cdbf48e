"""Render ``yibao search`` results: each procedure, then the lines that matched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rich.console import Console

from yibao_cli.catalogue import model
from yibao_cli.page.words import tx
from yibao_cli.render.text import Text
from yibao_cli.search.answer import Answer
from yibao_cli.search.excerpt import cells, excerpt, where
from yibao_cli.search.ranking import Hit
from yibao_cli.strings import lang, t

LINE_WIDTH = 76


def results(console: Console, catalogue: model.Catalogue, hits: Sequence[Hit]) -> None:
    """Print the hits, best first, with the matching part of each line highlighted."""
    for number, hit in enumerate(hits):
        proc = catalogue.procedure(hit.procedure)
        assert proc is not None
        if number:
            console.print("")
        console.print(Text.assemble((proc.id, "bold cyan"), "  ", (tx(proc.title), "bold")))
        for match in hit.matches:
            english = _english(proc, match.entry.field, match.entry.text)
            entry = match.entry
            if english is not None and entry.context:
                entry = replace(
                    entry, context=_translations(proc).get(entry.context, entry.context)
                )
            wide = 22 if english is not None else 10  # English words are longer than 汉字
            label = t("search.label", where=where(entry, context_width=wide))
            room = max(20, min(console.width, LINE_WIDTH) - cells(label))
            if english is not None:  # the line matched in Chinese; its English is what is read
                line = excerpt(english, 0, 0, room)[0]
                text = Text.assemble((label, "dim"), line)
            else:
                line, start, end = excerpt(match.entry.text, match.start, match.end, room)
                text = Text.assemble((label, "dim"), line)
                text.stylize("bold reverse", len(label) + start, len(label) + end)
            console.print(text)
        if hit.why:
            console.print(Text(t("search.why", words=why(hit)), style="dim"))
    console.print("")
    console.print(Text(t("search.hint"), style="dim"))


def _english(proc: model.Procedure, field: str, text: str) -> str | None:
    """In English, the English of a catalogue line that matched in Chinese (None otherwise)."""
    if lang() != "en" or field in ("id", "alias"):
        return None
    return _translations(proc).get(text)


def _translations(proc: model.Procedure) -> dict[str, str]:
    """Every bilingual text of a procedure, Chinese to English (built once per procedure)."""
    found = _TRANSLATED.get(proc.id)
    if found is None:
        found = _TRANSLATED[proc.id] = {}
        _collect(proc, found, 0)
    return found


_TRANSLATED: dict[str, dict[str, str]] = {}


def _collect(value: object, into: dict[str, str], depth: int) -> None:
    if depth > 8:
        return
    if isinstance(value, model.LocalText):
        if value.en and value.en != value.zh:
            into.setdefault(value.zh, value.en)
    elif isinstance(value, tuple | list):
        for item in value:
            _collect(item, into, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, into, depth + 1)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _collect(getattr(value, name, None), into, depth + 1)


def why(hit: Hit) -> str:
    """The query's words that matched, each with what it was understood as: 取出来（提取）."""
    return t("ui.list_sep").join(
        typed if typed == concept else t("search.as", typed=typed, concept=concept)
        for typed, concept in hit.why
    )


def related(catalogue: model.Catalogue, found: Answer) -> tuple[str, ...]:
    """The lines under "nothing answers this": the closest procedures and whom to call."""
    lines = [t("search.related")]
    width = max(len(hit.procedure) for hit in found.hits)
    for hit in found.hits:
        proc = catalogue.summary(hit.procedure)
        assert proc is not None
        lines.append(f"  {hit.procedure:<{width}}  {tx(proc.title)}")
    line = ask(found.fallback)
    if line:
        lines.append(line)
    return tuple(lines)


def ask(fallback: object) -> str:
    """Point to the catalogue's fallback channel (the 12393 hotline), or "" without one."""
    if not isinstance(fallback, model.Platform):
        return ""
    name = tx(fallback.name)
    if fallback.note is None:
        return t("search.ask", name=name)
    return t("search.ask_note", name=name, note=tx(fallback.note))
