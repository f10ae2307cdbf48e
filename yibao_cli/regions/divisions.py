"""China's administrative divisions (GB/T 2260), read from the data python-stdnum ships.

``stdnum/cn/loc.dat`` lists every province, prefecture and county code with its names over time
(``[1983-2021]下城区``). It is parsed with ``stdnum.numdb`` once and kept as a pickled index, so
a command that resolves a region pays a few milliseconds, not the ~1 s of importing stdnum and
pypinyin and building the index: a wheel ships the index built from the stdnum its build pins
(``precompile``); with other stdnum data the index is built on first use and kept in the cache.
"""

from __future__ import annotations

import array
import bisect
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from yibao_cli.catalogue.model import RegionLevel
from yibao_cli.errors import YibaoError
from yibao_cli.strings import t

# Bump when Division or Index changes shape, so no index from an older version is ever loaded.
INDEX_VERSION = "2"
SUPPORTED_STDNUM = ">=2.2,<2.3"
"""The python-stdnum releases whose ``loc.dat`` layout ``build`` reads (as in pyproject.toml).

The layout is stdnum's own, not a public interface: 2.2 changed it, and with an older or a newer
layout every region would silently resolve wrongly. ``check_layout`` makes that an error, and
``tests/test_regions.py`` builds the index from the installed data. No public stdnum function
lists the divisions with their former names, so the file is read; a wheel reads it only when it
is built (``precompile``), and an install reads it again only with another stdnum's data.
"""
# Divisions every layout must yield, and how many of each level at least (2.2 has 34 provinces,
# 480 cities and 6,500 counties with their former names).
_LANDMARKS = {"110000": "北京市", "330100": "杭州市", "330106": "西湖区", "440300": "深圳市"}
_AT_LEAST: dict[RegionLevel, int] = {"province": 30, "city": 300, "county": 2500}
LEVEL_RANK: dict[RegionLevel, int] = {"province": 0, "city": 1, "county": 2}

# Names that hold a place in the code tree without naming a place ("市辖区", "省直辖县级行政单位").
_PLACEHOLDERS = {"市辖区", "县", "市", "区"}
# Longest first, so "自治州" is removed before "州" would be considered.
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "矿区",
    "特区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
)
_PERIOD = re.compile(r"^\[(\d*)-(\d*)\](.+)$")


@dataclass(frozen=True, slots=True)
class Division:
    """One name a division code had, for the years it had it.

    ``start``/``end`` are years (inclusive); None means open, so ``end is None`` is current.
    """

    code: str
    name: str
    full_name: str
    level: RegionLevel
    start: int | None = None
    end: int | None = None

    @property
    def current(self) -> bool:
        """Return True when the division is still in use."""
        return self.end is None

    @property
    def placeholder(self) -> bool:
        """Return True for entries such as 市辖区 that do not name a place."""
        return _is_placeholder(self.name)


def _is_placeholder(name: str) -> bool:
    return name in _PLACEHOLDERS or "直辖" in name


@dataclass
class Index:
    """Every division record, by code and by the names users type for it.

    Kept as flat columns (record ``n`` is ``codes[n]``, ``names[n]``…) because a pickle of plain
    lists and arrays loads several times faster than one of thousands of objects.
    The names users type are kept sorted in one string, ``words`` (each ends with a NUL;
    name ``k`` starts at ``word_starts[k]``), and found by binary search: one string loads in
    microseconds where a dict of 16,000 names took 2 ms, most of what loading the index cost.
    ``word_slots[k]`` is name ``k``'s slot in ``refs`` (offset << 16 | count); each ref is
    ``record * 4 + quality``: quality 0 for the official name (杭州市), 1 for a short form (杭州),
    2 for either in pinyin (hangzhou).
    """

    codes: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    levels: list[RegionLevel] = field(default_factory=list)
    starts: array.array[int] = field(default_factory=lambda: array.array("H"))
    ends: array.array[int] = field(default_factory=lambda: array.array("H"))
    spans: dict[str, int] = field(default_factory=dict)
    words: str = ""
    word_starts: array.array[int] = field(default_factory=lambda: array.array("I"))
    word_slots: array.array[int] = field(default_factory=lambda: array.array("q"))
    refs: array.array[int] = field(default_factory=lambda: array.array("i"))

    def __len__(self) -> int:
        return len(self.codes)

    def record(self, number: int) -> Division:
        """Return record ``number`` with its full name (浙江省杭州市西湖区)."""
        code, name, level = self.codes[number], self.names[number], self.levels[number]
        start, end = self.starts[number] or None, self.ends[number] or None
        bare = Division(code, name, name, level, start, end)
        if level == "province":
            return bare
        parents = [code[:2] + "0000"] + ([code[:4] + "00"] if level == "county" else [])
        full = "".join(self._name_in(parent, bare) for parent in parents) + name
        return Division(code, name, full, level, start, end)

    def _name_in(self, code: str, child: Division) -> str:
        # The parent's name at the time the child had its name (杭州市 for 下城区 until 2021).
        records = self._bare(code)
        parent = preferred([r for r in records if overlaps(r, child)] or records)
        return "" if parent is None or parent.placeholder else parent.name

    def _bare(self, code: str) -> list[Division]:
        return [
            Division(
                code,
                self.names[n],
                self.names[n],
                self.levels[n],
                self.starts[n] or None,
                self.ends[n] or None,
            )
            for n in self._numbers(code)
        ]

    def _numbers(self, code: str) -> range:
        slot = self.spans.get(code)
        return range(0) if slot is None else range(slot >> 16, (slot >> 16) + (slot & 0xFFFF))

    def history(self, code: str) -> list[Division]:
        """Return every name a code has had, oldest first (empty when the code is unknown)."""
        return [self.record(n) for n in self._numbers(code)]

    def lookup(self, code: str) -> Division | None:
        """Return the division a code stands for: its current name, else its last one."""
        return preferred(self.history(code))

    def matches(self, key: str) -> list[tuple[int, int]]:
        """Return ``(record number, quality)`` for every division called ``key``."""
        at = self._first_word(key)
        if at == len(self.word_starts) or self._word(at) != key:
            return []
        slot = self.word_slots[at]
        refs = self.refs[slot >> 16 : (slot >> 16) + (slot & 0xFFFF)]
        return [(ref >> 2, ref & 3) for ref in refs]

    def all_names(self) -> list[str]:
        """Return every name users may type, in sorted order."""
        return self.words.split("\0")[:-1]

    def names_starting(self, prefix: str) -> list[str]:
        """Return every name users may type that starts with ``prefix``, in sorted order."""
        found = []
        for at in range(self._first_word(prefix), len(self.word_starts)):
            word = self._word(at)
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def _word(self, at: int) -> str:
        start = self.word_starts[at]
        return self.words[start : self.words.index("\0", start)]

    def _first_word(self, key: str) -> int:
        # The first name not before ``key`` in sorted order.
        return bisect.bisect_left(range(len(self.word_starts)), key, key=self._word)

    def add(self, division: Division) -> None:
        """Append a record; records of one code must be added one after another."""
        number = len(self.codes)
        self.codes.append(division.code)
        self.names.append(division.name)
        self.levels.append(division.level)
        self.starts.append(division.start or 0)
        self.ends.append(division.end or 0)
        first = self.spans.get(division.code, number << 16) >> 16
        self.spans[division.code] = first << 16 | (number - first + 1)

    def finish(self) -> None:
        """Build the name keys (Chinese and pinyin) once every record is in."""
        from pypinyin import lazy_pinyin

        table: dict[str, list[int]] = {}

        def put(key: str, number: int, quality: int) -> None:
            refs = table.setdefault(key, [])
            if number * 4 + quality not in refs:
                refs.append(number * 4 + quality)

        for number, name in enumerate(self.names):
            if _is_placeholder(name):
                continue
            for key, quality in name_keys(name):
                put(key, number, quality)
                put(spell(key, lazy_pinyin), number, 2)
        words: list[str] = []
        self.word_starts, self.word_slots = array.array("I"), array.array("q")
        self.refs = array.array("i")
        offset = 0
        for key in sorted(table):
            refs = table[key]
            words.append(key + "\0")
            self.word_starts.append(offset)
            self.word_slots.append(len(self.refs) << 16 | len(refs))
            self.refs.extend(refs)
            offset += len(key) + 1
        self.words = "".join(words)


def spell(text: str, lazy_pinyin: Callable[[str], list[str]]) -> str:
    """Write a name in toneless pinyin without spaces: 杭州 → hangzhou."""
    return "".join(lazy_pinyin(text)).lower()


def preferred(records: Iterable[Division]) -> Division | None:
    """Pick the current record if there is one, else the one that ended last."""
    best: Division | None = None
    for record in records:
        if best is None or _recency(record) >= _recency(best):
            best = record
    return best


def _recency(record: Division) -> tuple[int, int]:
    return (1, 0) if record.end is None else (0, record.end)


def level_of(code: str) -> RegionLevel:
    """Return the level a 6-digit GB/T 2260 code stands for."""
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


def name_keys(name: str) -> Iterator[tuple[str, int]]:
    """Yield what users type for a division name, with its quality (0 exact, 1 short form).

    杭州市 → 杭州; 延边朝鲜族自治州 → 延边, 延边州 (and 延边朝鲜…); 广西壮族自治区 → 广西.
    """
    yield name, 0
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            yield name[: -len(suffix)], 1
            break
    if "自治" in name:
        # The place comes before the people's name, whose length varies: offer every prefix.
        base = name[: name.index("自治")]
        for end in range(2, len(base) + 1):
            yield base[:end], 1
            if name.endswith("自治州") and end <= 3:
                yield base[:end] + "州", 1


def overlaps(a: Division, b: Division) -> bool:
    """Return True when two records were in use in at least one common year."""
    a_start, a_end = a.start or 0, a.end or 9999
    b_start, b_end = b.start or 0, b.end or 9999
    return a_start <= b_end and b_start <= a_end


def _periods(value: str) -> Iterator[tuple[int | None, int | None, str]]:
    for part in value.split(","):
        match = _PERIOD.match(part)
        if match is None:
            yield None, None, part
        else:
            start, end, name = match.groups()
            yield int(start) if start else None, int(end) if end else None, name


def build(lines: Iterable[str]) -> Index:
    """Build the index from the text of ``stdnum/cn/loc.dat``.

    Args:
        lines: The file's lines.

    Returns:
        Every division record, with full names such as 浙江省杭州市西湖区.
    """
    from stdnum import numdb

    database = numdb.read(lines)
    index = Index()
    for _, province_code, _, props, children in database.prefixes:
        entries = [(province_code + low, value["county"]) for _, low, _, value, _ in children]
        if not any(code.endswith("0000") for code, _ in entries):
            entries.insert(0, (province_code + "0000", props.get("province", province_code)))
        entries.sort()
        for code, value in entries:
            level = level_of(code)
            for start, end, name in _periods(value):
                index.add(Division(code, name, name, level, start, end))
    index.finish()
    return index


def check_layout(index: Index, path: Path) -> None:
    """Fail loudly when stdnum's data did not give the divisions it always has.

    Raises:
        YibaoError: The data file's layout is not the one ``build`` reads.
    """
    counts = dict.fromkeys(_AT_LEAST, 0)
    for level in index.levels:
        counts[level] += 1
    named = all(
        (found := index.lookup(code)) is not None and found.name == name
        for code, name in _LANDMARKS.items()
    )
    if named and all(counts[level] >= least for level, least in _AT_LEAST.items()):
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("python-stdnum")
    except PackageNotFoundError:
        installed = "?"
    raise YibaoError(
        t("region.bad_layout", path=path, version=installed, supported=SUPPORTED_STDNUM)
    )


def data_file() -> Path:
    """Return the path of stdnum's division data, without importing stdnum.

    Raises:
        YibaoError: python-stdnum is not installed.
    """
    spec = importlib.util.find_spec("stdnum")
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not locations:
        raise YibaoError(t("region.no_stdnum"))
    return Path(locations[0]) / "cn" / "loc.dat"


def _key(raw: bytes) -> str:
    # Names the index by the data it was built from: a packaged index built from other data
    # (another stdnum release) is never used, and the cache keeps one per data file.
    from yibao_cli.catalogue import cachefile

    return cachefile.digest(INDEX_VERSION.encode() + b"\0" + raw)


def _read_data(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise YibaoError(t("region.no_data", path=path, reason=exc.strerror or exc)) from exc


def _built(raw: bytes, path: Path) -> Index:
    index = build(raw.decode("utf-8").splitlines(keepends=True))
    check_layout(index, path)
    return index


def precompile(target: Path) -> Path:
    """Build the index from the installed stdnum's data into ``target``, as a wheel ships it.

    ``hatch_build.py`` runs this with the stdnum release the build pins; at run time ``load``
    uses the file only when the installed stdnum's data is byte for byte the data it was built
    from, so another stdnum release still builds its own index into the cache.

    Returns:
        The file written (``divisions-<key>.pickle``).

    Raises:
        YibaoError: python-stdnum is missing, or its data has a layout ``build`` cannot read.
    """
    from yibao_cli.catalogue import load as loader

    path = data_file()
    raw = _read_data(path)
    target.mkdir(parents=True, exist_ok=True)
    out = target / f"divisions-{_key(raw)}.pickle"
    loader.write_packaged(out, _built(raw, path))
    return out


@cache
def load() -> Index:
    """Load the division index: the one the package shipped, else from the cache.

    Raises:
        YibaoError: python-stdnum is not installed, or its data cannot be read or has a
            layout this version does not know.
    """
    from yibao_cli.catalogue import cachefile
    from yibao_cli.catalogue import load as loader
    from yibao_cli.home import cache_directory

    path = data_file()
    raw = _read_data(path)
    name = f"divisions-{_key(raw)}.pickle"
    shipped = loader.read_packaged(loader.compiled_directory() / name, Index)
    if shipped is not None:
        return shipped
    cache_file = cache_directory() / name
    cached = cachefile.read(cache_file, Index)
    if cached is not None:
        return cached
    index = _built(raw, path)
    if cachefile.write(cache_file, index):
        for old in cache_file.parent.glob("divisions-*.pickle"):
            if old != cache_file:
                old.unlink(missing_ok=True)
    return index
