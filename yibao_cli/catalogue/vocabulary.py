"""The words search understands: ``search.yaml`` read and checked (synonyms, things, fillers).

Checked with the rest of the catalogue (``validate``) and read again when the search index is
built; both happen once per catalogue edit, so this module may import YAML.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from yibao_cli.errors import CatalogueError
from yibao_cli.strings import t

if TYPE_CHECKING:  # a search that finds its index cached reads no YAML
    from yibao_cli.catalogue.yamlsource import Problem

FILE = "search.yaml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Search words: each synonym mapped to its group's name, things, and filler words.

    ``concepts`` maps every word (lower case) to the name of its synonym group; ``things``
    maps a word to the thing it names (a card, a document), by the group's first word;
    ``places`` are names of provinces and cities, read as words that no procedure answers.
    """

    concepts: dict[str, str] = field(default_factory=dict)
    things: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    fallback: str = ""
    places: frozenset[str] = frozenset()

    def concept(self, word: str) -> str:
        """Return the name of a word's synonym group (the word itself when it has none)."""
        return self.concepts.get(word, word)


EMPTY = Vocabulary()


def load(root: Path) -> Vocabulary:
    """Read ``search.yaml`` of a catalogue; a catalogue without one searches by its own words.

    Raises:
        CatalogueError: The file is malformed; one line per problem, naming file and line.
    """
    vocabulary, problems = read(root)
    if problems:
        raise CatalogueError(
            t("cat.invalid", path=root, count=len(problems)), tuple(map(str, problems))
        )
    return vocabulary


def read(root: Path, channels: Collection[str] | None = None) -> tuple[Vocabulary, list[Problem]]:
    """Read and check ``search.yaml``: the vocabulary, and every problem with file and line.

    Args:
        root: The catalogue directory.
        channels: The channel ids of ``channels.yaml``, to check ``fallback`` against.
    """
    path = root / FILE
    if not path.exists():
        return EMPTY, []
    from yibao_cli.catalogue.yamlsource import read as read_yaml

    source, problems = read_yaml(path, within=root)
    if source is None or problems:
        return EMPTY, problems
    found: list[Problem] = []

    def report(where: list[str | int], message: str) -> None:
        found.append(source.problem(where, message))

    vocabulary = parse(source.data, report)
    if channels is not None and vocabulary.fallback and vocabulary.fallback not in channels:
        report(["fallback"], t("search.vocab_channel", id=vocabulary.fallback))
    return vocabulary, found


Report = Callable[[list[str | int], str], None]
"""Called with a field path and a message for each problem found."""


def parse(data: object, report: Report) -> Vocabulary:
    """Turn the parsed file into a vocabulary, reporting each problem with its path."""
    if not isinstance(data, dict):
        report([], t("search.vocab_mapping"))
        return EMPTY
    known = {"fallback", "synonyms", "things", "stopwords", "places"}
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
    places = data.get("places", [])
    if not _words(places):
        report(["places"], t("search.vocab_places"))
        places = []
    fallback = data.get("fallback", "")
    if not isinstance(fallback, str):
        report(["fallback"], t("search.vocab_fallback"))
        fallback = ""
    return Vocabulary(
        concepts, things, frozenset(words), fallback, frozenset(str(p).lower() for p in places)
    )


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
