"""Interface strings in Chinese and English, one table per area. Catalogue facts live in data/.

``t("area-prefix.name", **values)`` returns a string in the current language. The first part
of a key says which table holds it (``case.saved`` is in ``cases.py``); a table is imported the
first time one of its strings is wanted, so a command loads only the areas it speaks of.

An English entry may be a pair ``(singular, plural)``: the value named ``count`` (or ``n``)
chooses, so that English reads "1 reminder" and "2 reminders".
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping

Entry = tuple[str, str | tuple[str, str]]
"""One interface string: (Chinese, English or English (singular, plural))."""

LANGS = ("zh", "en")
"""The interface languages, as ``--lang`` and ``YIBAO_LANG`` spell them."""

AREAS: dict[str, str] = {
    "app": "cli",
    "help": "errors",
    "usage": "errors",
    "cmd": "cli",
    "opt": "cli",
    "arg": "cli",
    "ui": "cli",
    "col": "cli",
    "count": "cli",
    "out": "cli",
    "kind": "cli",
    "note": "cli",
    "tier": "cli",
    "field": "cli",
    "man": "cli",
    "wiz": "wizard",
    "answer": "wizard",
    "wait": "wizard",
    "cont": "wizard",
    "case": "cases",
    "tl": "dates",
    "days": "dates",
    "date": "dates",
    "wd": "dates",
    "hol": "dates",
    "ics": "dates",
    "region": "regions",
    "level": "regions",
    "config": "regions",
    "num": "numbers",
    "est": "estimate",
    "search": "search",
    "cl": "checklist",
    "gen": "checklist",
    "brief": "checklist",
    "menu": "wizard",
    "guide": "wizard",
    "err": "errors",
    "file": "errors",
    "yaml": "errors",
    "cat": "errors",
    "schema": "catalogue",
    "check": "catalogue",
    "flow": "catalogue",
    "val": "catalogue",
    "src": "sources",
}
"""Key prefix -> the module of this package whose ``STRINGS`` table holds it."""

_lang = "zh"  # set from the environment below, before any command builds its help
_tables: dict[str, dict[str, Entry]] = {}


class Made(str):
    """A string made by ``t``: it remembers its key and values, so it can be made again."""

    key: str
    values: dict[str, object]


def table(area: str) -> dict[str, Entry]:
    """Return one area's table (``cli``, ``wizard`` …), importing it on first use."""
    found = _tables.get(area)
    if found is None:
        module = importlib.import_module(f"{__name__}.{area}")
        found = _tables[area] = module.STRINGS
    return found


def entry(name: str) -> Entry:
    """Return the (Chinese, English) entry of one key.

    Raises:
        KeyError: No table has that key.
    """
    area = AREAS.get(name.partition(".")[0])
    if area is None:
        raise KeyError(name)
    return table(area)[name]


def every_string() -> dict[str, Entry]:
    """Return all the tables as one mapping (for checks over every string)."""
    merged: dict[str, Entry] = {}
    for area in dict.fromkeys(AREAS.values()):
        merged.update(table(area))
    return merged


def lang_from_env(environ: Mapping[str, str]) -> str:
    """Choose the language from the environment, as when ``--lang`` is not given.

    ``YIBAO_LANG`` (``zh`` or ``en``) wins; then, as gettext reads them, ``LANGUAGE`` (a
    colon-separated list of preferences: the first Chinese or English one counts), then the
    first set of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``: ``en`` or ``en_*`` means English,
    anything else Chinese.

    Args:
        environ: The environment, e.g. ``os.environ``.

    Returns:
        ``"zh"`` or ``"en"``.
    """
    chosen = environ.get("YIBAO_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for preference in environ.get("LANGUAGE", "").split(":"):
        spoken = preference.strip().lower()[:2]
        if spoken in LANGS:
            return spoken
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value == "en" or value.startswith(("en_", "en.", "en@")) else "zh"
    return "zh"


def set_lang(lang: str) -> None:
    """Choose the interface language (``zh`` or ``en``)."""
    global _lang
    _lang = "en" if lang == "en" else "zh"


def lang() -> str:
    """Return the interface language in use."""
    return _lang


def _quantity(values: Mapping[str, object]) -> object:
    return values.get("count", values.get("n"))


class _Quoting(string.Formatter):
    """Formats ``{x!r}`` as the text in quotes, with no escapes.

    ``repr`` would write a control character as letters (a backslash, ``n``; ``x08``), which
    split an ID number so that no mask recognises it; left as it is, the console shows it as
    ``?`` and masks the number.
    """

    def convert_field(self, value: object, conversion: str | None) -> object:
        if conversion == "r" and isinstance(value, str):
            return f"'{value}'"
        return super().convert_field(value, conversion)


_QUOTING = _Quoting()


def t(name: str, /, **values: object) -> str:
    """Return the interface string ``name`` in the current language, filled with ``values``."""
    zh, en = entry(name)
    template = en if _lang == "en" else zh
    if isinstance(template, tuple):
        singular, plural = template
        template = singular if _quantity(values) == 1 else plural
    if not values:
        filled = template
    elif "!r}" in template:
        filled = _QUOTING.vformat(template, (), values)
    else:
        filled = template.format(**values)
    made = Made(filled)
    made.key = name
    made.values = values
    return made


def retranslate(made: str) -> str:
    """Return an interface string made earlier by ``t``, again in the current language.

    Help texts are made when the command tree is built; ``--lang`` uses this to redo them.
    Text that ``t`` did not make is returned unchanged.
    """
    if not isinstance(made, Made):
        return made
    return t(made.key, **made.values)


def _initial() -> str:
    import os

    return lang_from_env(os.environ)


_lang = _initial()
