"""The base of every catalogue class: equality, hashing and repr, tiers and bilingual text.

Kept apart from ``model`` so that ``flowmodel`` (the wizard flows) builds on it without
importing ``model`` back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from typing import Any, Literal, TypeVar, dataclass_transform

Tier = Literal["全国", "属地", "经验"]
"""How far to trust a claim: national policy, varies by city, or user reports."""

TIERS: tuple[Tier, ...] = ("全国", "属地", "经验")


STRICT = {"extra": "forbid"}

_C = TypeVar("_C", bound=type)


def _no_assignment(self: Any, name: str, value: object) -> None:
    # A field is set once, by __init__ (or by pickle and pydantic, which set __dict__).
    if name in self.__dict__ or name not in self.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _no_deletion(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, eq_default=False)
def frozen(cls: _C) -> _C:
    """``@dataclass(frozen=True, repr=False, eq=False)``, defined in a fraction of the time.

    ``dataclass`` compiles three methods for each frozen class (``__init__``, ``__setattr__``,
    ``__delattr__``) at every start, for every class a command imports, although most
    catalogue objects are unpickled and never call them. Here every class shares one
    ``__setattr__`` and ``__delattr__`` that refuse to change a field once it is set, as a
    frozen dataclass does, and its ``__init__`` is compiled the first time one is made (see
    ``_first_init``). Not slotted: frozen slotted dataclasses cost about twice as much to define.
    """
    dataclass(cls, init=False, repr=False, eq=False)  # the class itself, given its fields
    cls.__init__ = _first_init  # type: ignore[misc]
    cls.__setattr__ = _no_assignment  # type: ignore[assignment]
    cls.__delattr__ = _no_deletion  # type: ignore[assignment]
    return cls


def _first_init(self: Any, *args: object, **kwargs: object) -> None:
    made = _init_for(type(self))
    type(self).__init__ = made
    made(self, *args, **kwargs)


def _init_for(cls: type) -> Any:
    """The ``__init__`` ``dataclass(frozen=True)`` writes: each field in order, set once."""
    names: dict[str, object] = {"_set": object.__setattr__, "_none": MISSING}
    params, body = ["self"], []
    for spec in fields(cls):
        name = spec.name
        if spec.default is not MISSING:
            names[f"_d_{name}"] = spec.default
            params.append(f"{name}=_d_{name}")
        elif spec.default_factory is not MISSING:
            names[f"_f_{name}"] = spec.default_factory
            params.append(f"{name}=_none")
            body.append(f" if {name} is _none: {name} = _f_{name}()")
        else:
            params.append(name)
        body.append(f" _set(self, {name!r}, {name})")
    source = f"def __init__({', '.join(params)}):\n" + "\n".join(body or [" pass"])
    exec(source, names)  # noqa: S102 - the source is made of field names only
    made: Any = names["__init__"]
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    return made


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


@frozen
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
