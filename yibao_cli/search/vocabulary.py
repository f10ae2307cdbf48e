"""The words search understands: ``data/search.yaml`` read and checked (synonyms, things, fillers).

Read only when the search index is built (once per catalogue edit), so it may import YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yibao_cli.errors import CatalogueError
from yibao_cli.strings import t

FILE = "search.yaml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Search words: each synonym mapped to its group's name, things, and filler words.

    ``concepts`` maps every word (lower case) to the name of its synonym group; ``things``
    maps a word to the thing it names (a card, a document), by the group's first word.
    """

    concepts: dict[str, str] = field(default_factory=dict)
    things: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    fallback: str = ""

    def concept(self, word: str) -> str:
        """Return the name of a word's synonym group (the word itself when it has none)."""
        return self.concepts.get(word, word)


EMPTY = Vocabulary()


def load(root: Path) -> Vocabulary:
    """Read ``search.yaml`` of a catalogue; a catalogue without one searches by its own words.

    Raises:
        CatalogueError: The file is malformed; one line per problem, naming file and line.
    """
    path = root / FILE
    if not path.exists():
        return EMPTY
    from yibao_cli.catalogue.yamlsource import read

    source, problems = read(path)
    if source is None or problems:
        raise CatalogueError(t("cat.invalid", path=root, count=len(problems)), _lines(problems))
    messages: list[Any] = []
    vocabulary = parse(source.data, lambda where, message: messages.append((where, message)))
    if messages:
        located = [source.problem(where, message) for where, message in messages]
        raise CatalogueError(t("cat.invalid", path=root, count=len(located)), _lines(located))
    return vocabulary


def _lines(problems: list[Any]) -> tuple[str, ...]:
    return tuple(str(problem) for problem in problems)


Report = Any  # a callable taking (path, message)


def parse(data: object, report: Report) -> Vocabulary:
    """Turn the parsed file into a vocabulary, reporting each problem with its path."""
    if not isinstance(data, dict):
        report([], t("search.vocab_mapping"))
        return EMPTY
    known = {"fallback", "synonyms", "things", "stopwords"}
    for key in data:
        if key not in known:
            report([key], t("search.vocab_key", key=key, known=", ".join(sorted(known))))
    concepts = _groups(data.get("synonyms"), "synonyms", report, unique=True)
    things = _groups(data.get("things"), "things", report, unique=True)
    stop = data.get("stopwords", {})
    words: set[str] = set()
    if not isinstance(stop, dict):
        report(["stopwords"], t("search.vocab_stopwords"))
    else:
        for lang, items in stop.items():
            if lang not in ("zh", "en") or not _words(items):
                report(["stopwords", lang], t("search.vocab_stopwords"))
                continue
            words.update(str(item).lower() for item in items)
    fallback = data.get("fallback", "")
    if not isinstance(fallback, str):
        report(["fallback"], t("search.vocab_fallback"))
        fallback = ""
    return Vocabulary(concepts, things, frozenset(words), fallback)


def _words(items: object) -> bool:
    return isinstance(items, list) and all(isinstance(item, str) and item.strip() for item in items)


def _groups(groups: object, name: str, report: Report, *, unique: bool) -> dict[str, str]:
    """Map every word of every group to the group's first word (lower case)."""
    table: dict[str, str] = {}
    if groups is None:
        return table
    if not isinstance(groups, list):
        report([name], t("search.vocab_groups", name=name))
        return table
    for number, group in enumerate(groups):
        if not _words(group) or not group:
            report([name, number], t("search.vocab_group"))
            continue
        head = str(group[0]).strip().lower()
        for word in group:
            key = str(word).strip().lower()
            if unique and table.get(key, head) != head:
                report([name, number], t("search.vocab_twice", word=word, group=table[key]))
                continue
            table[key] = head
    return table
