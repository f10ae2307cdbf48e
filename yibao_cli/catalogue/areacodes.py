"""Landline area codes by division (``data/area-codes.yaml``, generated).

Kept apart from ``model`` so that commands which never show a region do not pay for
defining these classes.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from yibao_cli.catalogue.records import STRICT, Record, frozen


@frozen
class AreaCode(Record):
    """The landline area code of one division (``data/area-codes.yaml``, generated)."""

    __pydantic_config__ = STRICT
    name: str
    area: str


@frozen
class AreaCodeSource(Record):
    """The library (and its version) the area codes were generated from."""

    __pydantic_config__ = STRICT
    library: str
    version: str


@frozen
class UnknownAreaCode(Record):
    """A division with no area code in the data, and why (see tools/make_area_codes.py)."""

    __pydantic_config__ = STRICT
    why: Literal["two-codes", "not-in-library", "unresolved"]
    code: str | None = None
    name: str | None = None
    areas: tuple[str, ...] = ()
    area: str | None = None
    library: str | None = None
    part: str | None = None


@frozen
class AreaCodes(Record):
    """Area codes by GB/T 2260 code: cities, the four municipalities, 省直辖 counties."""

    __pydantic_config__ = STRICT
    source: AreaCodeSource | None = None
    codes: dict[str, AreaCode] = field(default_factory=dict)
    unknown: tuple[UnknownAreaCode, ...] = ()

    def for_division(self, code: str) -> tuple[str, AreaCode] | None:
        """Return (the division that has it, the area code) for a division or its city."""
        for candidate in (code, code[:4] + "00", code[:2] + "0000"):
            found = self.codes.get(candidate)
            if found is not None:
                return candidate, found
        return None
