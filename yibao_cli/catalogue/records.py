"""The base of every catalogue class: equality, hashing and repr, tiers and bilingual text.

Kept apart from ``model`` so that ``flowmodel`` (the wizard flows) builds on it without
importing ``model`` back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Tier = Literal["全国", "属地", "经验"]
"""How far to trust a claim: national policy, varies by city, or user reports."""

TIERS: tuple[Tier, ...] = ("全国", "属地", "经验")


# Classes are frozen but not slotted: frozen slotted dataclasses cost about twice as much to
# define, paid at every start.
STRICT = {"extra": "forbid"}


class Record:
    """Equality, hashing and repr shared by every catalogue class.

    Written once here rather than generated per class by ``dataclass``: generating them costs
    more at every start than all the catalogue reading a one-shot command does.
    """

    __slots__ = ()

    def _names(self) -> Iterable[str]:
        names: dict[str, object] = getattr(self, "__dataclass_fields__", {})
        return names.keys()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._names())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names())
        return f"{self.__class__.__name__}({fields})"


@dataclass(frozen=True, repr=False, eq=False)
class LocalText(Record):
    """A text in Chinese with an optional English version."""

    __pydantic_config__ = STRICT
    zh: str
    en: str | None = None

    def __str__(self) -> str:
        """The text in the interface language in use (Chinese, marked, where English is missing)."""
        from yibao_cli.strings import lang

        return text(self, lang(), mark=True)


Text = str | LocalText
"""Catalogue text: a plain (Chinese) string or a ``{zh: …, en: …}`` mapping."""


FALLBACK_MARK = "〔中文〕"
"""Put before a Chinese text shown in English output because the text has no English yet."""


def has_english(value: Text | None) -> bool:
    """Return whether a catalogue text has an English version (an absent text needs none)."""
    return value is None or (isinstance(value, LocalText) and bool(value.en and value.en.strip()))


def text(value: Text | None, lang: str = "zh", *, mark: bool = False) -> str:
    """Return a catalogue text in the wanted language, falling back to Chinese.

    Args:
        value: A plain string, a ``LocalText`` or ``None``.
        lang: ``"zh"`` or ``"en"``.
        mark: Put ``FALLBACK_MARK`` before Chinese given in place of missing English; what
            people read is marked, JSON for scripts is not.

    Returns:
        The text, or an empty string for ``None``.
    """
    if value is None:
        return ""
    if lang == "en" and has_english(value):
        assert isinstance(value, LocalText) and value.en
        return value.en
    chinese = value if isinstance(value, str) else value.zh
    return f"{FALLBACK_MARK}{chinese}" if lang == "en" and mark else chinese
