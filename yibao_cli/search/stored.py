"""Read a stored search index (``store``) as queries need it: postings, lines, profiles."""

from __future__ import annotations

import json
import math
import os
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yibao_cli.search.lines import Entry
from yibao_cli.search.query import ALIAS_FUZZY_CUTOFF, FUZZY_CUTOFF, Query
from yibao_cli.search.store import SCHEMA, Head, looked_up, numbers_of
from yibao_cli.search.understand import Place, Using

if TYPE_CHECKING:
    import sqlite3

_CHUNK = 900  # parameters per statement, under the oldest SQLite limit (999)


class Broken(Exception):
    """The database could not be read as written: damaged after its head was checked."""


class StoredIndex:
    """A search index read from its database as queries need it (see the module's notes).

    When the database turns out damaged halfway through a run, the index is built again in
    memory (``rebuild``) and the file removed, so the next run writes a sound one.
    """

    def __init__(
        self, connection: sqlite3.Connection, head: Head, path: Path, rebuild: Callable[[], Any]
    ) -> None:
        self._connection = connection
        self.head = head
        self._path = path
        self._rebuild = rebuild
        self._whole: Any = None
        self._lines: dict[int, tuple[Any, ...]] = {}
        self._entries: dict[int, Entry] = {}
        self.profiles = StoredProfiles(self)

    def candidates(self, query: Query, keep: Callable[[Entry], bool]) -> Iterable[Entry]:
        """Lines that could match ``query``, in catalogue order; ``keep`` says which do.

        ``keep`` is asked once per line text, field and kind, with a stand-in line (no
        procedure, no context); only the lines of the texts it keeps are read.
        """
        if self._whole is None:
            try:
                return self._candidates(query, keep)
            except self.damage():
                self._fall_back()
        found: Iterable[Entry] = self._whole.candidates(query, keep)
        return found

    def entry(self, number: int) -> Entry:
        """Return line ``number`` (as a profile's place names it)."""
        if self._whole is None:
            if number not in self._entries:
                self.prefetch([number])
            if self._whole is None:
                return self._entries[number]
        found: Entry = self._whole.entry(number)
        return found

    def prefetch(self, numbers: Iterable[int]) -> None:
        """Read the lines ``numbers`` in one go, for ``entry``."""
        wanted = sorted(set(numbers) - self._entries.keys())
        if self._whole is not None or not wanted:
            return
        try:
            select = "select number, line, position from entries where number in ({})"
            places = list(self._select(select, wanted))
            self._read_lines(sorted({line for _, line, _ in places}))
            for number, line, position in places:
                self._entries[number] = self._entry(line, position)
            if not self._entries.keys() >= set(wanted):
                raise Broken
        except self.damage():
            self._fall_back()

    def damage(self) -> tuple[type[Exception], ...]:
        """What reading a damaged database raises: from SQLite, or from the values it gave."""
        import sqlite3

        return (Broken, ValueError, IndexError, sqlite3.Error)

    def _fall_back(self) -> None:
        try:
            self._path.unlink(missing_ok=True)
        except OSError:
            pass
        self._whole = self._rebuild()

    def _select(self, sql: str, keys: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            yield from self._connection.execute(sql.format(marks), chunk)

    def _candidates(self, query: Query, keep: Callable[[Entry], bool]) -> list[Entry]:
        plan = _Plan(query, self.head)
        postings = {
            key: numbers_of(blob)
            for key, blob in self._select(
                "select key, lines from postings where key in ({})", plan.keys()
            )
        }
        lines = sorted(plan.lines(postings))
        self._read_lines(lines)
        kept: list[tuple[int, int, int]] = []  # entry number, line, position
        for line in lines:
            _, field, head, text, folded, spell, offsets, numbers, _, _ = self._lines[line]
            if keep(Entry("", field, text, bool(head), "", folded, spell, offsets)):
                kept += [(number, line, position) for position, number in enumerate(numbers)]
        kept.sort()
        found = []
        for number, line, position in kept:
            if number not in self._entries:
                self._entries[number] = self._entry(line, position)
            found.append(self._entries[number])
        return found

    def _read_lines(self, lines: Sequence[int]) -> None:
        wanted = [line for line in lines if line not in self._lines]
        for row in self._select("select * from lines where id in ({})", wanted):
            line, field, head, text, folded, spell, offsets, numbers, procedures, contexts = row
            self._lines[line] = (
                line,
                field,
                head,
                text,
                folded,
                spell,
                tuple(numbers_of(offsets)),
                numbers_of(numbers),
                numbers_of(procedures),
                contexts,
            )
        if len(wanted) and not self._lines.keys() >= set(wanted):
            raise Broken

    def _entry(self, line: int, position: int) -> Entry:
        _, field, head, text, folded, spell, offsets, _, procedures, contexts = self._lines[line]
        if isinstance(contexts, str):  # read when first needed: most lines never are
            contexts = json.loads(contexts)
            self._lines[line] = (*self._lines[line][:9], contexts)
        procedure = self.head.procedures[procedures[position]]
        return Entry(procedure, field, text, bool(head), contexts[position], folded, spell, offsets)

    def collocation_rows(self, present: set[str]) -> list[tuple[str, frozenset[str]]]:
        """The aliases whose telling parts are all ``present``, in dictionary order."""
        select = "select key, lines from postings where key in ({})"
        keys = sorted("c" + part for part in present)
        positions = sorted({p for _, blob in self._select(select, keys) for p in numbers_of(blob)})
        select = "select position, alias, telling from collocations where position in ({})"
        found = []
        for _, alias, telling in sorted(self._select(select, positions)):
            parts = frozenset(json.loads(telling))
            if present.issuperset(parts):
                found.append((alias, parts))
        return found

    def concept_rows(self, concepts: Sequence[str]) -> dict[str, dict[str, list[list[Any]]]]:
        """The stored row of each concept asked for (see ``_concepts``)."""
        select = "select concept, places from concepts where concept in ({})"
        return {concept: json.loads(places) for concept, places in self._select(select, concepts)}


class _Plan:
    """Which postings a query needs, and the lines they give for each kind of match.

    Each set holds every line ``ranking._match`` could find (and maybe more): a substring holds
    each pair of characters of the text found; the pairs of a partial match must be found in
    half of the query's units; initials are a prefix of one syllable (then in the pinyin too)
    or start two neighbouring syllables; a typo is as long as a ratio allows.
    """

    def __init__(self, query: Query, head: Head) -> None:
        self.query = query
        longest = head.longest_head
        phrases = {query.core, query.compact}
        self.named = {
            "h" + phrase[i:j]
            for phrase in phrases
            for i in range(len(phrase))
            for j in range(i + 2, min(len(phrase), i + longest) + 1)
        }
        self.units = query.units if len(query.units) >= 2 else ()
        letters = query.letters
        self.initials: set[str] = set()
        if len(letters) >= 2:
            self.initials = {"i" + letters[0] + letters[p] for p in range(1, min(len(letters), 7))}
        self.typos: set[str] = set()
        typed = (letters or query.compact).replace("-", "")
        if (letters or query.text.isascii()) and len(typed) >= 4:
            self.typos |= {f"fi{size}" for size in _sizes(len(typed), FUZZY_CUTOFF)}
            if letters:
                self.typos |= {f"fa{size}" for size in _sizes(len(typed), ALIAS_FUZZY_CUTOFF)}

    def keys(self) -> list[str]:
        query = self.query
        texts = (*query.variants, *self.units)
        keys = {"t" + gram for text in texts for gram in looked_up(text)}
        keys |= {"p" + gram for gram in looked_up(query.letters)}
        return sorted(keys | self.named | self.initials | self.typos)

    def lines(self, postings: Mapping[str, array[int]]) -> set[int]:
        def having(prefix: str, text: str) -> set[int]:
            found: set[int] | None = None
            for gram in looked_up(text):
                lines = postings.get(prefix + gram, ())
                found = set(lines) if found is None else found.intersection(lines)
                if not found:
                    return set()
            return found or set()

        query = self.query
        found: set[int] = set()
        for variant in query.variants:
            found |= having("t", variant)
        for key in (*self.named, *self.initials, *self.typos):
            found.update(postings.get(key, ()))
        if self.units:
            counts = Counter(line for unit in self.units for line in having("t", unit))
            found.update(line for line, count in counts.items() if 2 * count >= len(self.units))
        if query.letters:
            found |= having("p", query.letters)
        return found


def _sizes(typed: int, cutoff: float) -> range:
    """Lengths of a target whose quickest ratio to a text this long can reach ``cutoff``."""
    low = max(1, math.floor(typed * cutoff / (2 - cutoff)) - 1)
    return range(low, math.ceil(typed * (2 - cutoff) / cutoff) + 2)


class StoredProfiles:
    """The profiles of a stored index: the head's dictionary, the concepts a query asks for."""

    def __init__(self, index: StoredIndex) -> None:
        self._index = index
        head = index.head
        self.words = head.words
        self.things = head.things
        self.fallback = head.fallback
        self._count = len(head.procedures)
        self._ordinal: dict[str, int] | None = None
        self._shown: dict[str, dict[str, dict[str, Place]]] = {}

    def _whole(self) -> Any:
        return self._index._whole.profiles if self._index._whole is not None else None

    def idf(self, concept: str) -> float:
        """How much a concept tells procedures apart (0 when no procedure uses it)."""
        used = self._index.head.frequency.get(concept, 0.0)
        return math.log(1 + self._count / used) if used else 0.0

    def collocations(self, present: set[str]) -> Iterator[tuple[str, frozenset[str]]]:
        """Each alias whose telling parts (two or more) are all ``present``, in dictionary order."""
        if self._index._whole is None:
            try:
                found = self._index.collocation_rows(present)
            except self._index.damage():
                self._index._fall_back()
            else:
                return iter(found)
        whole: Iterator[tuple[str, frozenset[str]]] = self._whole().collocations(present)
        return whole

    def using(self, concepts: Mapping[str, float]) -> Iterator[Using]:
        """Each procedure using one of ``concepts``, in catalogue order, with where it does."""
        if self._index._whole is None:
            try:
                rows = self._index.concept_rows(list(concepts))
            except self._index.damage():
                self._index._fall_back()
            else:
                return self._using(concepts, rows)
        found: Iterator[Using] = self._whole().using(concepts)
        return found

    def _using(
        self, concepts: Mapping[str, float], rows: dict[str, dict[str, list[list[Any]]]]
    ) -> Iterator[Using]:
        places: dict[int, dict[str, Place]] = {}
        topics: dict[int, set[str]] = {}
        self._shown = {}
        for concept in concepts:
            row = rows.get(concept)
            if row is None:
                continue
            for ordinal, weight, number, start, end, in_topic in row["p"]:
                places.setdefault(ordinal, {})[concept] = (weight, number, start, end)
                if in_topic:
                    topics.setdefault(ordinal, set()).add(concept)
            for lang, shown in row.items():
                if lang != "p":
                    by_procedure = self._shown.setdefault(lang, {})
                    for ordinal, weight, number, start, end in shown:
                        procedure = self._index.head.procedures[ordinal]
                        by_procedure.setdefault(procedure, {})[concept] = (
                            weight,
                            number,
                            start,
                            end,
                        )
        for ordinal in sorted(places):
            topic = frozenset(topics.get(ordinal, ()))
            yield self._index.head.procedures[ordinal], places[ordinal], topic

    def topic_things(self, procedure: str) -> frozenset[str]:
        """The things (card, account, ...) a procedure's topic names."""
        if self._ordinal is None:
            self._ordinal = {
                name: number for number, name in enumerate(self._index.head.procedures)
            }
        return self._index.head.topic_things[self._ordinal[procedure]]

    def shown_places(self, lang: str, procedure: str) -> Mapping[str, Place]:
        """The best line of a language for each concept the last ``using`` read."""
        whole = self._whole()
        if whole is not None:
            found: Mapping[str, Place] = whole.shown_places(lang, procedure)
            return found
        return self._shown.get(lang, {}).get(procedure, {})


def open_index(
    path: Path, head: Head, token: str, rebuild: Callable[[], Any]
) -> StoredIndex | None:
    """Open the database a head describes; None when it is missing, damaged or not that one."""
    import sqlite3

    if head.schema != SCHEMA or head.token != token:
        return None
    try:
        if os.path.getsize(path) != head.size:
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        row = connection.execute("select token from meta").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != token:
        connection.close()
        return None
    return StoredIndex(connection, head, path, rebuild)
