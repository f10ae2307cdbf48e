"""The search index: every searchable line of the catalogue, with its pinyin worked out ahead.

Building the index is the only place that imports ``pypinyin`` (about 0.4 s to import), and it
runs once per catalogue content: ``search.lookup.search_index`` keeps the result in the cache. This
module's classes import nothing heavy, so a cached index loads without ``pypinyin``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeAlias

from yibao_cli.catalogue import model
from yibao_cli.catalogue.vocabulary import EMPTY, Vocabulary
from yibao_cli.search import dictionary, understand
from yibao_cli.search.lines import GAP, Entry, Field, fold, is_han
from yibao_cli.search.query import Query
from yibao_cli.search.stored import StoredIndex
from yibao_cli.search.understand import Profiles


@dataclass(frozen=True, slots=True)
class WholeIndex:
    """Every searchable line of a catalogue, in catalogue order; what each procedure is about.

    All in memory, as built; ``store`` keeps it on disk for later runs to read a query at a
    time. Ranking reads either through the same methods.
    """

    entries: tuple[Entry, ...]
    profiles: Profiles | None = None

    def candidates(self, query: Query, keep: Callable[[Entry], bool]) -> Iterable[Entry]:
        """Every line, in catalogue order: the reference each narrower reading must agree with."""
        return self.entries

    def entry(self, number: int) -> Entry:
        """Return line ``number`` (as a profile's place names it)."""
        return self.entries[number]

    def prefetch(self, numbers: Iterable[int]) -> None:
        """Nothing to read ahead: every line is in memory."""


SearchIndex: TypeAlias = WholeIndex | StoredIndex
"""A catalogue's search index: all in memory, or read from disk a query's worth at a time."""


Speller = Callable[[str], list[str]]


def spelling(text: str, speller: Speller) -> tuple[str, tuple[int, ...]]:
    """Return the pinyin spelling of ``text`` and where each character starts in it.

    Args:
        text: Any text.
        speller: Turns a text into one pinyin syllable per character (see ``build``).

    Returns:
        ``("", ())`` when the text has no Chinese character.
    """
    if not any(is_han(char) for char in text):
        return "", ()
    syllables = speller(text)
    if len(syllables) != len(text):  # never expected; fall back to one character at a time
        syllables = [speller(char)[0] if is_han(char) else GAP for char in text]
    parts = [
        syl.lower() if is_han(char) and syl.isascii() and syl.isalpha() else GAP
        for char, syl in zip(text, syllables, strict=True)
    ]
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    return "".join(parts), tuple(offsets)


def build(
    catalogue: model.Catalogue,
    speller: Speller | None = None,
    vocabulary: Vocabulary | None = None,
) -> WholeIndex:
    """Build the search index of a catalogue.

    Args:
        catalogue: The validated catalogue.
        speller: Pinyin for a text, one syllable per character; ``pypinyin`` by default.
        vocabulary: The search words (``search.yaml``); none by default.

    Returns:
        The index, ready to be stored (``store.write``).
    """
    spell = speller or pinyin_speller()
    platforms = {platform.id: platform for platform in catalogue.platforms}
    entries = []
    # Lines repeat across procedures (click paths, materials): spell each text once, and
    # share the result, which also keeps the pickled index small.
    spelt_texts: dict[str, tuple[str, tuple[int, ...]]] = {}
    for proc in catalogue.procedures:
        for field, text, head, context in _lines(proc, platforms):
            if not text.strip():
                continue
            if text not in spelt_texts:
                spelt_texts[text] = spelling(text, spell)
            spelt, offsets = spelt_texts[text]
            entries.append(Entry(proc.id, field, text, head, context, fold(text), spelt, offsets))
    words = vocabulary or EMPTY
    made = dictionary.make(catalogue, words, spell, common_readings())
    profiles = understand.build(entries, made, words.things)
    profiles.fallback = words.fallback
    return WholeIndex(tuple(entries), profiles)


def common_readings() -> dict[str, str]:
    """The pinyin of every character of GB 2312 (the common ones), for sound-alike typos."""
    from pypinyin import Style, lazy_pinyin

    chars = []
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        chars.append(char)
    syllables = lazy_pinyin(chars, style=Style.NORMAL)
    return {
        char: syllable
        for char, syllable in zip(chars, syllables, strict=True)
        if syllable.isascii() and syllable.isalpha()
    }


def pinyin_speller() -> Speller:
    """Return a speller backed by ``pypinyin`` (imported here, and only here)."""
    from pypinyin import Style, lazy_pinyin

    # Characters without pinyin come back one by one (pypinyin accepts a list; its stubs
    # only say str), so the result lines up with the text.
    one_by_one: Any = list

    def speller(text: str) -> list[str]:
        # Phrase-aware, so 银行 reads yin hang.
        return list(lazy_pinyin(text, style=Style.NORMAL, errors=one_by_one))

    return speller


Line = tuple[Field, str, bool, str]


def _lines(proc: model.Procedure, platforms: dict[str, model.Platform]) -> Iterator[Line]:
    """Yield every searchable line of a procedure: (field, text, head, context)."""
    yield "id", proc.id, True, ""
    for alias in proc.aliases:
        yield "alias", alias, True, ""
    yield from _texts("title", proc.title, True)
    for question in proc.questions:
        yield from _texts("question", question, True)
    yield from _texts("summary", proc.summary, False)
    for step in proc.steps:
        yield from _texts("step", step.title, True)
        yield from _texts("step", step.detail, False, step.title)
        yield from _texts("step", step.condition, False, step.title)
    for material in proc.materials:
        yield from _texts("material", material.name, True)
        yield from _texts("material", material.detail, False, material.name)
        yield from _texts("material", material.condition, False, material.name)
    for channel in proc.channels:
        name = platforms[channel.via].name if channel.via in platforms else channel.via
        for step_text in channel.steps:
            yield from _texts("channel", step_text, False, name)
        yield from _texts("channel", channel.suits, False, name)
        yield from _texts("channel", channel.note, False, name)
    for fact in proc.facts:
        yield from _texts("fact", fact.label, True)
        yield from _texts("fact", fact.value, False, fact.label)
    for note in proc.notes:
        yield from _texts("note", note.text, False)
    for item in proc.faq:
        yield from _texts("faq", item.q, True)
        yield from _texts("faq", item.a, False, item.q)


def _texts(
    field: Field, value: model.Text | None, head: bool, context: model.Text | None = None
) -> Iterator[Line]:
    """Yield the Chinese line and, when there is one, the English line of a catalogue text."""
    if value is None:
        return
    yield field, model.text(value, "zh"), head, model.text(context, "zh")
    if isinstance(value, model.LocalText) and value.en:
        yield field, value.en, head, model.text(context, "en")
