"""One searchable line of a procedure, and the character helpers every search module shares."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal, get_args

Field = Literal[
    "id",
    "alias",
    "title",
    "question",
    "summary",
    "step",
    "material",
    "channel",
    "fact",
    "note",
    "faq",
]
FIELDS: tuple[Field, ...] = get_args(Field)

GAP = "|"
"""Stands in the spelling for a character without pinyin, so no match runs across it."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One searchable line of one procedure.

    ``spell`` is the pinyin of ``text``, one syllable per Chinese character and ``GAP`` for
    any other character; ``offsets[i]`` is where character ``i`` starts in ``spell`` (with
    one more offset for the end). Both are empty when the text has no Chinese.
    """

    procedure: str
    field: Field
    text: str
    head: bool = False
    """A name-like line: an id, alias, title, step title, material name, fact label or question."""
    context: str = ""
    """What the line belongs to, e.g. the step title for a step's detail."""
    folded: str = ""
    spell: str = ""
    offsets: tuple[int, ...] = ()

    def __reduce__(self) -> tuple[type[Entry], tuple[object, ...]]:
        # An index holds thousands of lines: rebuilding each from a plain tuple unpickles
        # several times faster than the dataclass default, which looks up the fields each time.
        return Entry, (
            self.procedure,
            self.field,
            self.text,
            self.head,
            self.context,
            self.folded,
            self.spell,
            self.offsets,
        )

    def syllable(self, index: int) -> str:
        """Return the pinyin of character ``index`` (``GAP`` when it has none)."""
        return self.spell[self.offsets[index] : self.offsets[index + 1]]

    def char_at(self, spell_offset: int) -> int | None:
        """Return the character that starts at a spelling offset, or None inside a syllable."""
        index = bisect_left(self.offsets, spell_offset)
        if index < len(self.offsets) and self.offsets[index] == spell_offset:
            return index
        return None


def fold(text: str) -> str:
    """Lower-case a text character by character, so offsets stay those of the original."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def is_han(char: str) -> bool:
    """Return True for a Chinese character (CJK unified ideographs, main and extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
