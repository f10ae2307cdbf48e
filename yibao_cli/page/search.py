"""The words of a search answer, the same for ``yibao search`` and the menu's search.

Every matched line is shown in the interface language: a line that matched in English is shown
in Chinese in Chinese mode, and the other way round, with the place it sits in (步骤·立即挂失).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from yibao_cli.catalogue import model
from yibao_cli.page.words import listing, tx
from yibao_cli.search.answer import Answer
from yibao_cli.search.excerpt import cells, excerpt, where
from yibao_cli.search.lines import Entry as Line
from yibao_cli.search.ranking import Hit
from yibao_cli.strings import lang, t

LINE_WIDTH = 76


@dataclass(frozen=True)
class Shown:
    """One matched line as shown: where it sits, the excerpt, and the part that matched."""

    label: str
    text: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Result:
    """One procedure found: its id and title, its matched lines, and why it matched."""

    procedure: str
    title: str
    lines: tuple[Shown, ...]
    why: str


def results(catalogue: model.Catalogue, hits: tuple[Hit, ...], width: int) -> list[Result]:
    """The hits, best first, each line fitted to ``width`` columns (at most ``LINE_WIDTH``)."""
    found = []
    for hit in hits:
        proc = catalogue.procedure(hit.procedure)
        assert proc is not None
        lines = tuple(
            _shown(proc, match.entry, match.start, match.end, width) for match in hit.matches
        )
        found.append(Result(proc.id, tx(proc.title), lines, why(hit) if hit.why else ""))
    return found


def _shown(proc: model.Procedure, entry: Line, start: int, end: int, width: int) -> Shown:
    other = _other_language(proc, entry)
    if other is not None:
        entry = other
    wide = 22 if lang() == "en" else 10  # English words are longer than 汉字
    label = t("search.label", where=where(entry, context_width=wide))
    room = max(20, min(width, LINE_WIDTH) - cells(label))
    if other is not None:  # matched in the other language: show this one's line whole
        return Shown(label, excerpt(entry.text, 0, 0, room)[0])
    line, first, last = excerpt(entry.text, start, end, room)
    return Shown(label, line, first, last)


def _other_language(proc: model.Procedure, entry: Line) -> Line | None:
    """The same catalogue line in the interface language, when it matched in the other one."""
    if entry.field in ("id", "alias"):
        return None
    table = _translations(proc)[0 if lang() == "en" else 1]
    text = table.get(entry.text)
    if text is None:
        return None
    context = table.get(entry.context, entry.context) if entry.context else entry.context
    return replace(entry, text=text, context=context)


def _translations(proc: model.Procedure) -> tuple[dict[str, str], dict[str, str]]:
    """Every bilingual text of a procedure: Chinese to English, and English to Chinese."""
    found = _TRANSLATED.get(proc.id)
    if found is None:
        to_english: dict[str, str] = {}
        _collect(proc, to_english, 0)
        found = _TRANSLATED[proc.id] = (to_english, {en: zh for zh, en in to_english.items()})
    return found


_TRANSLATED: dict[str, tuple[dict[str, str], dict[str, str]]] = {}


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
    words = listing(
        typed if typed == concept else t("search.as", typed=typed, concept=concept)
        for typed, concept in hit.why
    )
    return t("search.why", words=words)


def not_answered(catalogue: model.Catalogue, found: Answer) -> tuple[str, tuple[str, ...]]:
    """What to say when nothing answers a query: the message, then the lines under it.

    Nothing close: where to see every procedure and whom to call. Something close but not an
    answer: the closest procedures, as possibly related, and whom to call.
    """
    line = ask(found.fallback)
    if not found.hits:
        return t("search.none", query=found.query), (t("cat.see_list"), *((line,) if line else ()))
    lines = [t("search.related")]
    width = max(len(hit.procedure) for hit in found.hits)
    for hit in found.hits:
        proc = catalogue.summary(hit.procedure)
        assert proc is not None
        lines.append(f"  {hit.procedure:<{width}}  {tx(proc.title)}")
    if line:
        lines.append(line)
    return t("search.not_covered", query=found.query), tuple(lines)


def ask(fallback: object) -> str:
    """Point to the catalogue's fallback channel (the 12393 hotline), or "" without one."""
    if not isinstance(fallback, model.Platform):
        return ""
    name = tx(fallback.name)
    if fallback.note is None:
        return t("search.ask", name=name)
    return t("search.ask_note", name=name, note=tx(fallback.note))
