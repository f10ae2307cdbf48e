"""The search index on disk, read a query's worth at a time: lines, postings and profiles.

A query needs few of a catalogue's lines: those holding its characters, its pinyin or its
initials, the names inside it, the ids and aliases as long as it (for typos); and the profiles
of the concepts it uses. ``write`` keeps each line text once (copies of a click path share
it), with postings from each character and pair of characters, each pinyin letter and pair,
each pair of initials, each whole name and each typo length to the lines that have them;
``stored.StoredIndex`` reads the postings a query needs and then only the lines they name. Ranking
checks every line it is given exactly as before (``WholeIndex`` gives it all), so a posting only
has to hold every line that could match.

SQLite rather than postings in a file of our own (measured with callgrind on the synthetic 50x
catalogue of bench/run.py, 23 thousand posting keys): opening the database and reading one
query's postings costs 42M instructions, the import of ``sqlite3`` included; a file of our own
must first read its table of keys whole, 100M. SQLite also brings lookups by key, a file written
in one piece and a clear error when damaged. FTS5 is compiled in, but its trigram tokenizer
cannot find two-character words (医保, 补办) and its other tokenizers do not cut Chinese.

The database holds only text, numbers and JSON, never a pickle: ``Head``, the small part every
query needs (dictionary, concept frequencies), is a tagged cache file like the others, and names
the database's schema, catalogue and size, so a file that does not belong is rebuilt.
"""

from __future__ import annotations

import json
import os
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yibao_cli.search.lines import GAP, Entry, Field
from yibao_cli.search.segment import Dictionary
from yibao_cli.search.understand import COMMON_IDF, Profiles

if TYPE_CHECKING:
    import sqlite3

SCHEMA = 2
"""Raised whenever the tables or their meaning change: older files are then rebuilt."""
_TABLES = """
create table meta (token text);
create table lines (id integer primary key, field text, head integer, text text, folded text,
                    spell text, offsets blob, numbers blob, procedures blob, contexts text);
create table entries (number integer primary key, line integer, position integer);
create table postings (key text primary key, lines blob) without rowid;
create table concepts (concept text primary key, places text) without rowid;
create table collocations (position integer primary key, alias text, telling text);
"""


@dataclass(frozen=True, slots=True)
class Head:
    """What every query needs, small enough to read whole, and what the database must be."""

    schema: int
    token: str
    size: int
    words: Dictionary
    frequency: dict[str, float]
    procedures: tuple[str, ...]
    topic_things: tuple[frozenset[str], ...]
    things: dict[str, str]
    fallback: str
    longest_head: int


def write(path: Path, entries: Sequence[Entry], profiles: Profiles, token: str) -> Head:
    """Write the database to ``path`` (through a temporary file and a rename); return its head.

    Raises:
        OSError: It cannot be written.
    """
    import sqlite3
    import tempfile

    fd, staging = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=".sqlite")
    os.close(fd)
    try:
        connection = sqlite3.connect(staging)
        try:
            connection.executescript(_TABLES)
            longest = _fill(connection, entries, profiles, token)
            connection.commit()
        finally:
            connection.close()
        size = os.path.getsize(staging)
        os.replace(staging, path)
    except (OSError, sqlite3.Error) as error:
        Path(staging).unlink(missing_ok=True)
        raise OSError(str(error)) from error
    return _head(entries, profiles, token, size, longest)


def _fill(
    connection: sqlite3.Connection, entries: Sequence[Entry], profiles: Profiles, token: str
) -> int:
    """Fill the tables; return the length of the longest name-like line."""
    ordinal = {procedure: number for number, procedure in enumerate(profiles.concepts)}
    groups: dict[tuple[str, Field, bool], list[int]] = {}
    for number, entry in enumerate(entries):
        groups.setdefault((entry.text, entry.field, entry.head), []).append(number)
    postings: dict[str, list[int]] = {}
    line_rows, entry_rows = [], []
    longest = 0
    for line, numbers in enumerate(groups.values()):
        first = entries[numbers[0]]
        line_rows.append(
            (
                line,
                first.field,
                first.head,
                first.text,
                first.folded,
                first.spell,
                _blob(first.offsets),
                _blob(numbers),
                _blob([ordinal[entries[number].procedure] for number in numbers]),
                json.dumps([entries[number].context for number in numbers], ensure_ascii=False),
            )
        )
        entry_rows += [(number, line, position) for position, number in enumerate(numbers)]
        for key in _keys(first):
            postings.setdefault(key, []).append(line)
        if first.head:
            longest = max(longest, len(first.folded))
    connection.execute("insert into meta values (?)", (token,))
    connection.executemany("insert into lines values (?,?,?,?,?,?,?,?,?,?)", line_rows)
    connection.executemany("insert into entries values (?,?,?)", entry_rows)
    connection.executemany(
        "insert into postings values (?,?)", ((k, _blob(v)) for k, v in postings.items())
    )
    connection.executemany("insert into concepts values (?,?)", _concepts(profiles, ordinal))
    connection.executemany("insert into collocations values (?,?,?)", _collocations(profiles))
    by_part: dict[str, list[int]] = {}
    for position, _, telling in _collocations(profiles):
        for part in json.loads(telling):
            by_part.setdefault("c" + part, []).append(position)
    connection.executemany(
        "insert into postings values (?,?)", ((k, _blob(v)) for k, v in by_part.items())
    )
    return longest


def _collocations(profiles: Profiles) -> Iterator[tuple[int, str, str]]:
    """Aliases with two or more telling parts, numbered in dictionary order.

    See ``Profiles.collocations``; the postings ``c`` + a part list the aliases with it.
    """
    position = 0
    for alias, parts in profiles.words.parts.items():
        telling = sorted({part for part in parts if profiles.idf(part) > COMMON_IDF})
        if len(telling) > 1:
            yield position, alias, json.dumps(telling, ensure_ascii=False)
            position += 1


def _keys(entry: Entry) -> set[str]:
    """Every posting a line belongs to (see ``_Plan`` for how a query uses them)."""
    keys = {"t" + gram for gram in grams(entry.folded)}
    if entry.spell:
        keys.update("p" + gram for gram in grams(entry.spell))
    if entry.head and len(entry.folded) >= 2:
        keys.add("h" + entry.folded)
    if entry.head and entry.spell:
        initials = [entry.spell[offset] for offset in entry.offsets[:-1]]
        keys.update(
            "i" + first + second
            for first, second in zip(initials, initials[1:], strict=False)
            if GAP not in (first, second)
        )
    if entry.field == "id":
        keys.add(f"fi{len(entry.folded.replace('-', ''))}")
    elif entry.field == "alias" and entry.spell:
        keys.add(f"fa{len(entry.spell.replace(GAP, ''))}")
    return keys


def grams(text: str) -> set[str]:
    """Each character and each pair of neighbours."""
    return {*text, *(text[i : i + 2] for i in range(len(text) - 1))}


def looked_up(text: str) -> set[str]:
    """The grams that find a text: its pairs, or itself when one character long."""
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text} if text else set()


def _concepts(profiles: Profiles, ordinal: dict[str, int]) -> Iterator[tuple[str, str]]:
    """One row per concept: where each procedure uses it, and its best line in each language.

    ``p`` lists (procedure, weight, line, start, end, in its topic); ``zh`` and ``en`` list
    (procedure, weight, line, start, end).
    """
    rows: dict[str, dict[str, list[list[Any]]]] = {}
    for procedure, concepts in profiles.concepts.items():
        topic = profiles.topics.get(procedure, frozenset())
        for concept, place in concepts.items():
            row = rows.setdefault(concept, {"p": []})
            row["p"].append([ordinal[procedure], *place, concept in topic])
    for lang, by_procedure in profiles.shown.items():
        for procedure, shown in by_procedure.items():
            for concept, place in shown.items():
                row = rows.setdefault(concept, {"p": []})
                row.setdefault(lang, []).append([ordinal[procedure], *place])
    for concept, row in rows.items():
        yield concept, json.dumps(row, ensure_ascii=False)


def _head(
    entries: Sequence[Entry], profiles: Profiles, token: str, size: int, longest: int
) -> Head:
    procedures = tuple(profiles.concepts)
    return Head(
        schema=SCHEMA,
        token=token,
        size=size,
        words=profiles.words,
        frequency=profiles.frequency,
        procedures=procedures,
        topic_things=tuple(profiles.topic_things(procedure) for procedure in procedures),
        things=profiles.things,
        fallback=profiles.fallback,
        longest_head=longest,
    )


def _blob(numbers: Iterable[int]) -> bytes:
    values = array("i", numbers)
    if sys.byteorder == "big":  # files are little-endian wherever they were written
        values.byteswap()
    return values.tobytes()


def numbers_of(blob: bytes) -> array[int]:
    """Read numbers written by ``write`` (little-endian 32-bit integers)."""
    values = array("i")
    values.frombytes(blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values
