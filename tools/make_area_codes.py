"""Make data/area-codes.yaml: the landline area code of every prefecture-level division.

The codes come from the geocoding data of ``phonenumbers`` (Google's libphonenumber), never
typed by hand: for each possible Chinese area code the library is asked where a landline
number with that code is, and the place it names is resolved to a GB/T 2260 division with
yibao's own region resolver. A division that the library puts under two codes, or does not
name at all, is listed under ``unknown`` with the reason, for a content editor to fill from a
public source.

Run: ``python tools/make_area_codes.py`` (needs the dev dependency ``phonenumbers``);
``--check`` compares with the committed file instead of writing it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "data" / "area-codes.yaml"
MUNICIPALITIES = ("110000", "120000", "310000", "500000")  # 北京 天津 上海 重庆


def library_codes() -> tuple[str, dict[str, str]]:
    """Return the library's version and {area code without 0: the place it names (zh)}."""
    import phonenumbers
    from phonenumbers import PhoneNumberType, geocoder

    landline = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    found: dict[str, str] = {}
    candidates = ["10", *map(str, range(20, 30)), *map(str, range(300, 1000))]
    for code in candidates:
        for local in ("23456789", "2345678"):
            number = phonenumbers.parse(f"+86{code}{local}")
            if phonenumbers.is_valid_number(number):
                break
        else:
            continue
        if phonenumbers.number_type(number) not in landline:
            continue
        place = geocoder.description_for_number(number, "zh")
        if place:
            found[code] = place
    return phonenumbers.__version__, found


def _target(code: str, level: str) -> str | None:
    """The division an area code belongs to: a city, a municipality, or a 省直辖 county."""
    if code[:2] + "0000" in MUNICIPALITIES:
        return code[:2] + "0000"
    if level == "city":
        return code
    if level == "county" and code[2:4] == "90":  # 省直辖县级行政单位 (仙桃, 济源 …)
        return code
    if level == "county":
        return None  # inside a city that has the code already
    return None


def _current(resolver: Any, division: Any, province: str, part: str) -> Any:
    """The current division for a former name the library still uses (毕节地区 → 毕节市)."""
    from yibao_cli.errors import YibaoError

    if division.current:
        return division
    short = part.removesuffix("地区")
    if short == part:
        return division
    try:
        found = resolver.resolve((province or "") + short)
    except YibaoError:
        return division
    later = found.now or found.division
    return later if later.current and later.level == division.level else division


def build() -> tuple[str, dict[str, dict[str, object]], list[dict[str, object]]]:
    """Return (library version, division code -> entry, unknown divisions)."""
    from yibao_cli.errors import YibaoError
    from yibao_cli.regions import divisions
    from yibao_cli.regions.resolve import Resolver

    version, places = library_codes()
    index = divisions.load()
    resolver = Resolver(index)
    seen: dict[str, set[str]] = {}
    through_county: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    unresolved: list[dict[str, object]] = []
    for area, described in sorted(places.items()):
        parts = described.split("、")
        province = ""
        for n, part in enumerate(parts):
            query = part if n == 0 else province + part
            try:
                place = resolver.resolve(query)
            except YibaoError:
                unresolved.append({"area": "0" + area, "library": described, "part": part})
                continue
            division = _current(resolver, place.now or place.division, province, part)
            if n == 0:
                head = resolver.lookup(division.code[:2] + "0000")
                province = head.name if head is not None else ""
            target = _target(division.code, division.level)
            if target is None:
                # A county named alone (芒市 for 德宏州): its city has that code, unless the
                # library names the city itself under a code too.
                if division.level == "county" and len(parts) == 1:
                    city = division.code[:4] + "00"
                    through_county.setdefault(city, set()).add("0" + area)
                    known = resolver.lookup(city)
                    names[city] = known.full_name if known is not None else city
                continue
            seen.setdefault(target, set()).add("0" + area)
            now = resolver.lookup(target)
            names[target] = now.full_name if now is not None else division.full_name
    for city, areas in through_county.items():
        seen.setdefault(city, areas)
    entries: dict[str, dict[str, object]] = {}
    unknown: list[dict[str, object]] = []
    for code, areas in sorted(seen.items()):
        if len(areas) == 1:
            entries[code] = {"name": names[code], "area": next(iter(areas))}
        else:
            unknown.append(
                {"code": code, "name": names[code], "why": "two-codes", "areas": sorted(areas)}
            )
    # Every current prefecture-level division (and 省直辖 county) the library does not name.
    for number in range(len(index)):
        record = index.record(number)
        if not record.current or record.placeholder:
            continue
        target = _target(record.code, record.level)
        if target != record.code or target in seen:
            continue
        unknown.append({"code": record.code, "name": record.full_name, "why": "not-in-library"})
    for item in unresolved:
        unknown.append({"why": "unresolved", **item})
    return version, entries, unknown


def render(
    version: str, entries: dict[str, dict[str, object]], unknown: list[dict[str, object]]
) -> str:
    """Return the YAML text of the data file (written by hand for a stable, readable diff)."""
    lines = [
        "# yaml-language-server: $schema=schema/area-codes.json",
        "# Landline area codes by GB/T 2260 division: generated by tools/make_area_codes.py from",
        "# the geocoding data of phonenumbers (libphonenumber). Do not edit by hand: run the tool.",
        "# unknown: divisions the library puts under two codes (two-codes), does not name",
        "# (not-in-library), or names in a way that resolves to no division (unresolved).",
        "source:",
        "  library: phonenumbers",
        f'  version: "{version}"',
        "codes:",
    ]
    for code, entry in entries.items():
        lines.append(f'  "{code}": {{name: {entry["name"]}, area: "{entry["area"]}"}}')
    lines.append("unknown:")
    for item in unknown:
        fields = ", ".join(f"{key}: {_scalar(value)}" for key, value in item.items())
        lines.append(f"  - {{{fields}}}")
    return "\n".join(lines) + "\n"


def _scalar(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    text = str(value)
    return f'"{text}"' if text[:1].isdigit() or any(c in text for c in ":,{}[]") else text


def main() -> int:
    """Write the data file, or with ``--check`` report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = render(*build())
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date: run python tools/make_area_codes.py")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
