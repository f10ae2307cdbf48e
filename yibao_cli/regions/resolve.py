"""Resolve what a user types for a region (杭州, 浙江杭州, 330100, hangzhou) to a division.

Names are matched against every GB/T 2260 division (see ``divisions``), with or without the
省/市/区/县/自治州 suffixes, alone or combined from province down to county. The catalogue's
region names and aliases (呼市, 昌吉州) add to what is understood; they never hide a same-named
division elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.errors import NotFoundError, UsageError
from yibao_cli.regions.divisions import LEVEL_RANK, Division, Index, name_keys, preferred
from yibao_cli.safety import clip
from yibao_cli.strings import t

_SEPARATORS = re.compile(r"[\s·・,，、/\\\-_'’.]+")
_MAX_LENGTH = 40  # longer than any full name; beyond it nothing can match


@dataclass(frozen=True)
class Place:
    """The region a user asked for.

    Attributes:
        division: The division, as named in the records that matched.
        now: The current name of the same code when ``division`` is a former name.
        others: Same-named divisions at lower levels that the user may have meant instead.
        configured: True when the region comes from ``yibao config``, not ``--region``.
    """

    division: Division
    now: Division | None = None
    others: tuple[Division, ...] = ()
    configured: bool = False

    @property
    def code(self) -> str:
        """The 6-digit GB/T 2260 code."""
        return self.division.code

    @property
    def historical(self) -> bool:
        """True when the division or its name is no longer in use."""
        return not self.division.current


def normalize(query: str) -> str:
    """Fold full-width characters and case, and drop spaces and separators."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", query)).lower()


def chain(catalogue: model.Catalogue, code: str) -> tuple[model.Region, ...]:
    """Return the catalogue regions that apply to a code, most specific first.

    GB/T 2260 codes nest: county 330106 lies in city 330100, in province 330000.
    """
    codes = [code, code[:4] + "00", code[:2] + "0000"]
    by_code = {region.code: region for region in catalogue.regions}
    return tuple(by_code[c] for c in dict.fromkeys(codes) if c in by_code)


def describe(division: Division) -> str:
    """One candidate line: ``  330106  浙江省杭州市西湖区（区县级）``, with the years if old."""
    level = t(f"level.{division.level}")
    line = f"  {division.code}  " + t("ui.origin", name=division.full_name, level=level)
    if not division.current:
        line += " " + period(division)
    return line


def period(division: Division) -> str:
    """Say when a division was in use: ``（1983–2021 年使用）``."""
    start = str(division.start) if division.start else "…"
    end = str(division.end) if division.end else ""
    return t("region.period", start=start, end=end)


class Resolver:
    """Look regions up in the division index plus the catalogue's own names.

    Args:
        index: The division index.
        regions: The catalogue's regions (their names and aliases are understood too).
    """

    def __init__(self, index: Index, regions: Sequence[model.Region] = ()) -> None:
        self.index = index
        self.extra: dict[str, list[tuple[Division, int]]] = {}
        # Catalogue regions whose code stdnum's data does not know yet (a newly created county).
        self.codes: dict[str, Division] = {}
        for region in regions:
            name = model.text(region.name)
            division = index.lookup(region.code)
            if division is None:
                division = Division(region.code, name, name, region.level)
                self.codes[region.code] = division
            keys = [*name_keys(name), *((alias, 1) for alias in region.aliases)]
            for key, quality in keys:
                self.extra.setdefault(normalize(key), []).append((division, quality))

    def lookup(self, code: str) -> Division | None:
        """Return the division for a code, from stdnum's data or the catalogue."""
        return self.index.lookup(code) or self.codes.get(code)

    def at(self, code: str) -> Place | None:
        """Return the place for an exact 6-digit code (None when the code is unknown)."""
        division = self.lookup(code)
        return None if division is None else self._place(division)

    def resolve(self, query: str) -> Place:
        """Resolve a region name, combined name or code.

        Args:
            query: What the user typed.

        Returns:
            The place, with same-named lower-level divisions in ``others``.

        Raises:
            UsageError: The query is empty, malformed or ambiguous (candidates in the details).
            NotFoundError: Nothing matches (close names in the details).
        """
        text = normalize(query)
        if not text:
            raise UsageError(t("region.empty"))
        if text.isdigit():
            return self._by_code(query, text)
        if len(text) > _MAX_LENGTH:  # no region has a name this long: nothing to suggest
            raise NotFoundError(t("region.unknown", query=clip(query)), (t("region.see_regions"),))
        candidates = self._candidates(text)
        if not candidates:
            raise NotFoundError(t("region.unknown", query=query), self._suggestions(text))
        best = min(candidates.values())
        pool = _by_code([d for d, score in candidates.items() if score == best])
        top = min(LEVEL_RANK[d.level] for d in pool)
        tops = [d for d in pool if LEVEL_RANK[d.level] == top]
        if len(tops) > 1:
            lines = [describe(d) for d in sorted(pool, key=_order)]
            raise UsageError(
                t("region.ambiguous", query=query), (*lines, t("region.ambiguous_hint"))
            )
        chosen = tops[0]
        others = tuple(sorted((d for d in pool if d is not chosen), key=_order))
        return self._place(chosen, others)

    def _place(self, division: Division, others: tuple[Division, ...] = ()) -> Place:
        now = None
        if not division.current:
            latest = self.index.lookup(division.code)
            if latest is not None and latest.current:
                now = latest
        return Place(division, now, others)

    def _by_code(self, query: str, code: str) -> Place:
        if len(code) != 6:
            raise UsageError(t("region.bad_code", query=query))
        found = self.at(code)
        if found is None:
            parents = (self.lookup(c) for c in dict.fromkeys([code[:4] + "00", code[:2] + "0000"]))
            lines = [describe(p) for p in parents if p is not None]
            details = (t("region.parents"), *lines) if lines else (t("region.see_regions"),)
            raise NotFoundError(t("region.unknown_code", code=code), details)
        return found

    def _lookup(self, token: str) -> list[tuple[Division, int]]:
        found = [(self.index.record(n), q) for n, q in self.index.matches(token)]
        return found + self.extra.get(token, [])

    def _candidates(self, text: str) -> dict[Division, tuple[bool, int]]:
        """Every division the whole text can name, with its best (historical, quality) score."""
        scores: dict[Division, tuple[bool, int]] = {}
        for division, quality in self._parses(text, 0, None):
            score = (not division.current, quality)
            if division not in scores or score < scores[division]:
                scores[division] = score
        return scores

    def _parses(
        self, text: str, start: int, parent: Division | None
    ) -> Iterator[tuple[Division, int]]:
        # Each token must lie inside the one before it: 浙江 › 杭州 › 西湖.
        for end in range(len(text), start, -1):
            for division, quality in self._lookup(text[start:end]):
                if parent is not None and not within(division, parent):
                    continue
                if end == len(text):
                    yield division, quality
                else:
                    for final, rest in self._parses(text, end, division):
                        yield final, max(quality, rest)

    def _suggestions(self, text: str) -> tuple[str, ...]:
        close = self.suggest(text)
        if not close:
            return (t("region.see_regions"),)
        return (t("region.did_you_mean"), *(describe(d) for d in close))

    def suggest(self, text: str, limit: int = 6) -> list[Division]:
        """Return current divisions whose names sound or look like ``text``, best first."""
        parent, rest = self._head(text)
        found: list[Division] = []
        if rest and not rest.isascii():
            found += self._homophones(rest, parent)
        import difflib

        keys = self.index.all_names() + list(self.extra)
        # Pinyin keys are many and alike: a typed Latin name must be closer to count.
        cutoff = 0.75 if rest.isascii() else 0.5
        for key in difflib.get_close_matches(rest, keys, n=limit * 3, cutoff=cutoff):
            found += [d for d, _ in self._lookup(key) if parent is None or within(d, parent)]
        return [d for d in _by_code(found) if d.current][:limit]

    def _head(self, text: str) -> tuple[Division | None, str]:
        # "浙江杭洲": 浙江 is understood, so look for 杭洲 among its cities and counties only.
        for cut in range(len(text) - 1, 1, -1):
            scores = self._candidates(text[:cut])
            if scores:
                best = min(scores.values())
                heads = [d for d, score in scores.items() if score == best]
                if len({d.code for d in heads}) == 1:
                    return heads[0], text[cut:]
        return None, text

    def _homophones(self, text: str, parent: Division | None) -> list[Division]:
        # A wrong character with the right sound (福洲 for 福州) is the commonest typo.
        try:
            from pypinyin import lazy_pinyin
        except ImportError:  # pragma: no cover - pypinyin is a dependency
            return []
        from yibao_cli.regions.divisions import spell

        sound = spell(text, lazy_pinyin)
        return [d for d, _ in self._lookup(sound) if parent is None or within(d, parent)]


def within(child: Division, parent: Division) -> bool:
    """Return True when ``child`` is a division inside ``parent`` (330106 inside 330100)."""
    depth = LEVEL_RANK[parent.level]
    if LEVEL_RANK[child.level] <= depth:
        return False
    prefix = parent.code[:2] if depth == 0 else parent.code[:4]
    return child.code.startswith(prefix)


def _order(division: Division) -> tuple[int, str]:
    return LEVEL_RANK[division.level], division.code


def _by_code(divisions: Sequence[Division]) -> list[Division]:
    """Keep one record per code (its current name when it matched), in first-seen order."""
    groups: dict[str, list[Division]] = {}
    for division in divisions:
        groups.setdefault(division.code, []).append(division)
    return [d for d in (preferred(group) for group in groups.values()) if d is not None]


COUNTED = ("contacts", "channels", "facts", "notes", "faq", "durations")


@dataclass(frozen=True)
class Coverage:
    """What one catalogue region adds: region-wide contacts and, per procedure, item counts.

    Attributes:
        region: The catalogue region.
        parents: Catalogue regions above it, whose data applies too (city, then province).
        procedures: ``(procedure id, {kind: count})`` for each procedure it overlays.
    """

    region: model.Region
    parents: tuple[model.Region, ...]
    procedures: tuple[tuple[str, dict[str, int]], ...]

    def totals(self) -> dict[str, int]:
        """Count every kind of item over the region and all its procedures."""
        totals = dict.fromkeys(COUNTED, 0)
        totals["contacts"] = len(self.region.contacts)
        for _, counts in self.procedures:
            for kind, number in counts.items():
                totals[kind] += number
        return totals


def counts(overlay: model.Overlay) -> dict[str, int]:
    """Count what an overlay adds, by kind (``durations`` counts steps whose time it sets)."""
    return {kind: len(getattr(overlay, kind)) for kind in COUNTED}


def coverage(catalogue: model.Catalogue) -> list[Coverage]:
    """Describe every catalogue region, by code (so provinces come before their cities)."""
    found = []
    for region in sorted(catalogue.regions, key=lambda r: r.code):
        parents = chain(catalogue, region.code)[1:]
        procedures = tuple((pid, counts(overlay)) for pid, overlay in region.procedures.items())
        found.append(Coverage(region, parents, procedures))
    return found
