"""Find and load the catalogue: compiled into the package, or through the compiled cache."""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from yibao_cli import __version__
from yibao_cli.catalogue import cachefile, model
from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.errors import CatalogueError
from yibao_cli.home import cache_directory
from yibao_cli.safety import read_regular
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.catalogue.calendar import CalendarYear

T = TypeVar("T")

# Bump when model.py, flowmodel.py or search/index.py change shape, so that no cache from
# an older schema is ever loaded.
SCHEMA_VERSION = "21"
# The files that make up a catalogue: six at the top, then every *.yaml in four folders.
CATALOGUE_FILES = (
    "channels.yaml",
    "numbers.yaml",
    "area-codes.yaml",
    "search.yaml",
    "sources.yaml",
    "menu.yaml",
)
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
    try:
        found, procedures = root.is_dir(), (root / "procedures").is_dir()
    except OSError as exc:  # a name too long for the system, and the like
        raise CatalogueError(t("cat.no_dir", path=root), (str(exc.strerror or exc),)) from None
    if not found:
        raise CatalogueError(t("cat.no_dir", path=root))
    if not procedures:
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
    digest = cachefile.blake2b(digest_size=32)
    for name, _ in _listing(root):
        digest.update(name.encode() + b"\0")
        try:
            digest.update(read_regular(root / name))
        except OSError:
            digest.update(b"\1unreadable")  # validation will name the file
        digest.update(b"\0")
    return digest.hexdigest()


@frozen
class _Index(Record):
    """The always-loaded part of a compiled catalogue; the rest are separate files."""

    names: dict[str, str]
    flow_ids: tuple[str, ...]
    platforms: tuple[model.Platform, ...]
    regions: tuple[model.Region, ...]
    numbers: tuple[model.NumberFormat, ...]
    calendar: tuple[CalendarYear, ...]
    menu: tuple[model.MenuGroup, ...]
    sources: tuple[model.Source, ...]
    manifest: list[tuple[str, int, int, int, int]]
    content: str
    newest_change_ns: int
    built_ns: int
    stamp: str = ""


# A file changed this close to the build may share its timestamps with a later edit on file
# systems with coarse clocks; such a cache is checked against the content on every load.
_RACY_NS = 3_000_000_000

PACKAGED = "packaged"
"""The key of the catalogue compiled into an installed package when it was built."""


def _stamp() -> str:
    return f"{__version__}/{SCHEMA_VERSION}"


def compiled_directory() -> Path:
    """Return where an installed package keeps its catalogue, compiled when it was built.

    Only a wheel has it (the build writes it there); a source checkout uses the cache.
    """
    return Path(__file__).resolve().parent.parent / "compiled"


Reader = Callable[[str, type[Any]], Any]


def load(root: Path) -> model.Catalogue:
    """Load a catalogue: compiled into the package, else from the cache when unchanged.

    The catalogue shipped in the package was compiled when the package was built, so no run
    compiles it; any other catalogue (``--catalogue``, ``YIBAO_DATA``, a source checkout) is
    compiled once and kept in the cache until one of its files changes. Only the index is read
    here; each procedure and flow is read when first used.

    Args:
        root: The catalogue directory.

    Returns:
        The validated catalogue.

    Raises:
        CatalogueError: Any file is malformed or does not match the schema.
    """
    compiled = compiled_directory()
    if root == compiled.parent / "data":
        packaged = read_packaged(compiled / "index.pickle", _Index)
        if packaged is not None and packaged.stamp == _stamp():

            def shipped(name: str, kind: type[Any]) -> Any:
                return read_packaged(compiled / f"{name}.pickle", kind)

            return _lazy(packaged, PACKAGED, shipped, lambda: compile_directory(root), root)
    rows = manifest(root)
    key = cache_key(root, rows)
    folder = cache_directory() / f"catalogue-{key}"
    index = cachefile.read(folder / "index.pickle", _Index)
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

    def cached(name: str, kind: type[Any]) -> Any:
        return cachefile.read(folder / f"{name}.pickle", kind)

    def rebuild() -> model.Catalogue:
        # The cache lost a file: rebuild it and take the part from there.
        fresh = compile_directory(root)
        _store_catalogue(folder, fresh, root, rows)
        return fresh

    return _lazy(index, key, cached, rebuild, root)


def _lazy(
    index: _Index, key: str, read: Reader, rebuild: Callable[[], model.Catalogue], root: Path
) -> model.Catalogue:
    def part(kind: str, item_id: str) -> model.Part:
        name = f"{kind}-{item_id}" if item_id else kind
        wanted: type[Any]
        if kind == "procedure":
            wanted = model.Procedure
        elif kind == "summaries":
            wanted = tuple
        elif kind == "area-codes":
            from yibao_cli.catalogue.areacodes import AreaCodes

            wanted = AreaCodes
        else:
            wanted = model.Flow  # the flow classes are defined only when a flow is read
        loaded = read(name, wanted)
        if loaded is not None and _is_part(loaded, kind, item_id):
            return cast("model.Part", loaded)
        # The cache lost a file (or holds another part under its name): rebuild it.
        fresh = rebuild()
        if kind == "summaries":
            return fresh.summaries
        if kind == "area-codes":
            return fresh.area_codes
        found = fresh.procedure(item_id) if kind == "procedure" else fresh.flow(item_id)
        assert found is not None
        return found

    catalogue = model.Catalogue.lazy(
        index.names,
        index.flow_ids,
        index.platforms,
        index.regions,
        index.numbers,
        key,
        part,
        index.calendar,
        menu=index.menu,
        sources=index.sources,
    )
    catalogue.root = str(root)
    return catalogue


def _is_part(loaded: object, kind: str, item_id: str) -> bool:
    """Tell whether a cached part is the one asked for (not another one moved in its place)."""
    if kind == "procedure":
        return isinstance(loaded, model.Procedure) and loaded.id == item_id
    if kind == "flow":
        return isinstance(loaded, model.Flow) and loaded.procedure == item_id
    return True


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
    catalogue.root = str(root)
    return catalogue


def read_packaged(path: Path, kind: type[T]) -> T | None:
    """Return a value from a file installed with the package, or None when missing or stale.

    Such a file is as trusted as the package's code beside it, so it has no tag to check.
    """
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing or unreadable: compile instead
        return None
    return value if isinstance(value, kind) else None


def _parts(catalogue: model.Catalogue, index: _Index) -> Iterator[tuple[str, object]]:
    yield "index", index
    yield "summaries", catalogue.summaries
    yield "area-codes", catalogue.area_codes
    for proc in catalogue.procedures:
        yield f"procedure-{proc.id}", proc
    for flow in catalogue.flows:
        yield f"flow-{flow.procedure}", flow


def _index(catalogue: model.Catalogue, **stored: Any) -> _Index:
    return _Index(
        names=catalogue.names,
        flow_ids=catalogue.flow_ids,
        platforms=catalogue.platforms,
        regions=catalogue.regions,
        numbers=catalogue.numbers,
        calendar=catalogue.calendar,
        menu=catalogue.menu,
        sources=catalogue.sources,
        stamp=_stamp(),
        **stored,
    )


def precompile(root: Path, target: Path) -> model.Catalogue:
    """Compile a catalogue into ``target``, as a package ships it (see ``hatch_build.py``).

    The files hold no timestamps, so a build is repeatable.

    Returns:
        The compiled catalogue.

    Raises:
        CatalogueError: The catalogue is not valid.
    """
    catalogue = compile_directory(root)
    index = _index(
        catalogue, manifest=[], content=content_digest(root), newest_change_ns=0, built_ns=0
    )
    target.mkdir(parents=True, exist_ok=True)
    for name, value in _parts(catalogue, index):
        write_packaged(target / f"{name}.pickle", value)
    return catalogue


def write_packaged(path: Path, value: object) -> None:
    """Write one file of a catalogue compiled into a package (untagged: see ``read_packaged``)."""
    path.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _store_catalogue(
    folder: Path, catalogue: model.Catalogue, root: Path, rows: list[tuple[str, int, int, int, int]]
) -> None:
    # A cache that cannot be written only costs speed; never fail a command for it.
    import shutil
    import tempfile
    import time

    key = cachefile.cache_key()
    if key is None:
        return
    index = _index(
        catalogue,
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
        for name, value in _parts(catalogue, index):
            # Tagged with the folder's final name, which the staging folder takes below.
            sealed = cachefile.seal(f"{folder.name}/{name}.pickle", value, key)
            cachefile.create(staging / f"{name}.pickle", sealed)
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


def read_cached(cache_file: Path, kind: type[T]) -> T | None:
    """Return the value kept in ``cache_file`` if genuine and a ``kind``, else None."""
    return cachefile.read(cache_file, kind)


def store_cached(cache_file: Path, value: object) -> None:
    """Keep ``value`` in ``cache_file`` atomically; a cache that cannot be written is skipped."""
    if cachefile.write(cache_file, value):
        _prune(cache_file.parent, cache_file.name.split("-", 1)[0] + "-")
