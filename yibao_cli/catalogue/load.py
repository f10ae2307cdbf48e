"""Find and load the catalogue, through the compiled cache."""

from __future__ import annotations

import dataclasses
import os
import pickle
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from yibao_cli import __version__
from yibao_cli.catalogue import model
from yibao_cli.errors import CatalogueError
from yibao_cli.home import cache_directory
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.catalogue.calendar import CalendarYear

T = TypeVar("T")

# Bump when model.py, flowmodel.py or search/index.py change shape, so that no cache from
# an older schema is ever loaded.
SCHEMA_VERSION = "9"
# The files that make up a catalogue: three at the top, then every *.yaml in four folders.
CATALOGUE_FILES = ("channels.yaml", "numbers.yaml", "area-codes.yaml")
CATALOGUE_FOLDERS = ("procedures", "regions", "flows", "calendar")


def default_directory() -> Path:
    """Return the catalogue shipped with the package (wheel) or beside it (source checkout)."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "data"
    return packaged if packaged.is_dir() else package.parent / "data"


def directory(override: str | None = None) -> Path:
    """Return the catalogue directory: ``--catalogue``, then ``YIBAO_DATA``, then the default.

    Raises:
        CatalogueError: The chosen directory does not exist or is not a catalogue.
    """
    chosen = override or os.environ.get("YIBAO_DATA") or None
    root = Path(chosen).expanduser() if chosen else default_directory()
    if not root.is_dir():
        raise CatalogueError(t("cat.no_dir", path=root))
    if not (root / "procedures").is_dir():
        raise CatalogueError(t("cat.not_catalogue", path=root))
    return root


def _listing(root: Path) -> list[tuple[str, os.DirEntry[str] | None]]:
    # Plain strings and one scandir per folder: the manifest is made on every run, and a
    # large catalogue has hundreds of files.
    found: list[tuple[str, os.DirEntry[str] | None]] = []
    for name in CATALOGUE_FILES:
        if os.path.exists(os.path.join(root, name)):
            found.append((name, None))
    for folder in CATALOGUE_FOLDERS:
        try:
            with os.scandir(os.path.join(root, folder)) as entries:
                inside = [(entry.name, entry) for entry in entries if entry.name.endswith(".yaml")]
        except OSError:
            continue
        inside.sort(key=lambda item: item[0])
        found.extend((f"{folder}/{name}", entry) for name, entry in inside)
    return found


def manifest(root: Path) -> list[tuple[str, int, int, int, int]]:
    """Describe every catalogue file by name, size, inode and change times (no reading).

    Any write to a file changes its ctime, which no tool can set back, so an edited,
    replaced, added or removed file always changes the manifest.
    """
    rows = []
    for name, entry in _listing(root):
        try:
            st = entry.stat() if entry is not None else os.stat(os.path.join(root, name))
        except OSError:
            rows.append((name, -1, -1, -1, -1))
            continue
        rows.append((name, st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns))
    return rows


def cache_key(root: Path, rows: list[tuple[str, int, int, int, int]]) -> str:
    """Key a compiled catalogue by tool version, schema, location and file manifest.

    A checksum is enough to name the cache folder: the index keeps the whole manifest and is
    only used when it matches exactly, so two manifests sharing a key cannot be confused.
    """
    text = f"{__version__}/{SCHEMA_VERSION}/{root.resolve()}/{rows!r}".encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


def content_digest(root: Path) -> str:
    """Hash the catalogue's content (names and bytes)."""
    import hashlib

    digest = hashlib.sha256()
    for name, _ in _listing(root):
        digest.update(name.encode() + b"\0")
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            digest.update(b"\1unreadable")  # validation will name the file
        digest.update(b"\0")
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class _Index:
    """The always-loaded part of a compiled catalogue; the rest are separate files."""

    names: dict[str, str]
    flow_ids: tuple[str, ...]
    platforms: tuple[model.Platform, ...]
    regions: tuple[model.Region, ...]
    numbers: tuple[model.NumberFormat, ...]
    calendar: tuple[CalendarYear, ...]
    manifest: list[tuple[str, int, int, int, int]]
    content: str
    newest_change_ns: int
    built_ns: int


# A file changed this close to the build may share its timestamps with a later edit on file
# systems with coarse clocks; such a cache is checked against the content on every load.
_RACY_NS = 3_000_000_000


def load(root: Path) -> model.Catalogue:
    """Load a catalogue, from the compiled cache when its files are unchanged.

    Only the index is read here; each procedure and flow is read when first used.

    Args:
        root: The catalogue directory.

    Returns:
        The validated catalogue.

    Raises:
        CatalogueError: Any file is malformed or does not match the schema.
    """
    rows = manifest(root)
    key = cache_key(root, rows)
    folder = cache_directory() / f"catalogue-{key}"
    index = read_cached(folder / "index.pickle", _Index)
    if index is not None and index.manifest != rows:
        index = None
    if index is not None and index.built_ns - index.newest_change_ns < _RACY_NS:
        if content_digest(root) != index.content:
            index = None
    if index is None:
        catalogue = compile_directory(root)
        catalogue.key = key
        _store_catalogue(folder, catalogue, root, rows)
        return catalogue

    def part(kind: str, item_id: str) -> model.Part:
        name = f"{kind}-{item_id}" if item_id else kind
        wanted: type[Any] = {
            "procedure": model.Procedure,
            "summaries": tuple,
            "area-codes": model.AreaCodes,
        }.get(kind, model.Flow)
        loaded = read_cached(folder / f"{name}.pickle", wanted)
        if loaded is not None:
            return cast("model.Part", loaded)
        # The cache lost a file: rebuild it and take the part from there.
        fresh = compile_directory(root)
        _store_catalogue(folder, fresh, root, rows)
        if kind == "summaries":
            return fresh.summaries
        if kind == "area-codes":
            return fresh.area_codes
        found = fresh.procedure(item_id) if kind == "procedure" else fresh.flow(item_id)
        assert found is not None
        return found

    return model.Catalogue.lazy(
        index.names,
        index.flow_ids,
        index.platforms,
        index.regions,
        index.numbers,
        key,
        part,
        index.calendar,
    )


def compile_directory(root: Path) -> model.Catalogue:
    """Validate a catalogue directory from its YAML files, without the cache.

    Raises:
        CatalogueError: With one line per problem, each naming file, line and field.
    """
    from yibao_cli.catalogue.validate import load_directory

    catalogue, problems = load_directory(root)
    if catalogue is None:
        raise CatalogueError(
            t("cat.invalid", path=root, count=len(problems)),
            tuple(str(problem) for problem in problems),
        )
    return catalogue


def read_cached(cache_file: Path, kind: type[T]) -> T | None:
    """Return the value kept in ``cache_file`` if it is a ``kind``, else None (missing, stale)."""
    try:
        with cache_file.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, kind):
            return cached
    except Exception:  # noqa: BLE001, S110 - any unreadable cache is simply rebuilt
        pass
    return None


def _store_catalogue(
    folder: Path, catalogue: model.Catalogue, root: Path, rows: list[tuple[str, int, int, int, int]]
) -> None:
    # A cache that cannot be written only costs speed; never fail a command for it.
    import shutil
    import tempfile
    import time

    index = _Index(
        names=catalogue.names,
        flow_ids=catalogue.flow_ids,
        platforms=catalogue.platforms,
        regions=catalogue.regions,
        numbers=catalogue.numbers,
        calendar=catalogue.calendar,
        manifest=rows,
        content=content_digest(root),
        newest_change_ns=max((max(row[3], row[4]) for row in rows), default=0),
        built_ns=time.time_ns(),
    )
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".building-"))
    except OSError:
        return
    try:
        parts: list[tuple[str, object]] = [
            ("index", index),
            ("summaries", catalogue.summaries),
            ("area-codes", catalogue.area_codes),
        ]
        parts += [(f"procedure-{proc.id}", proc) for proc in catalogue.procedures]
        parts += [(f"flow-{flow.procedure}", flow) for flow in catalogue.flows]
        for name, value in parts:
            with (staging / f"{name}.pickle").open("wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
        _prune(folder.parent, "catalogue-")
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)


# Several catalogues (another --catalogue, another installed version) may share the cache:
# keep a few recent ones rather than making them evict each other on every run.
_KEEP = 4


def _prune(cache: Path, prefix: str) -> None:
    import shutil

    entries = sorted(cache.glob(f"{prefix}*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[_KEEP:]:
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def store_cached(cache_file: Path, value: object) -> None:
    """Keep ``value`` in ``cache_file`` atomically; a cache that cannot be written is skipped."""
    # A cache that cannot be written only costs speed; never fail a command for it.
    import tempfile

    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
        _prune(cache_file.parent, cache_file.name.split("-", 1)[0] + "-")
    except OSError:
        pass
