"""Find the regions with local data that apply to what a user typed."""

from __future__ import annotations

import difflib

from yibao_cli import model

_SUFFIXES = ("省", "市", "自治区", "自治州", "地区", "盟", "区", "县")


def _keys(region: model.Region) -> set[str]:
    names = {region.code, model.text(region.name), *region.aliases}
    return names | {_strip(name) for name in names}


def _strip(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def find(catalogue: model.Catalogue, query: str) -> model.Region | None:
    """Return the region whose code, name or alias is ``query`` (suffixes 省/市/… optional)."""
    wanted = query.strip()
    for region in catalogue.regions:
        keys = _keys(region)
        if wanted in keys or _strip(wanted) in keys:
            return region
    return None


def chain(catalogue: model.Catalogue, region: model.Region) -> tuple[model.Region, ...]:
    """Return the region and its parents that have data, most specific first.

    GB/T 2260 codes nest: county 330106 lies in city 330100, in province 330000.
    """
    codes = [region.code, region.code[:4] + "00", region.code[:2] + "0000"]
    by_code = {r.code: r for r in catalogue.regions}
    found = [by_code[code] for code in dict.fromkeys(codes) if code in by_code]
    return tuple(found)


def close_names(catalogue: model.Catalogue, query: str) -> list[str]:
    """Return names of regions with data that look like ``query``."""
    names = [model.text(region.name) for region in catalogue.regions]
    aliases = {alias: model.text(r.name) for r in catalogue.regions for alias in r.aliases}
    close = difflib.get_close_matches(query, names + list(aliases), n=5, cutoff=0.5)
    return list(dict.fromkeys(aliases.get(name, name) for name in close))
