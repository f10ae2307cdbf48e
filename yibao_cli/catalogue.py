"""Find, load (through the compiled cache) and search the catalogue."""

from __future__ import annotations

import dataclasses
import os
import pickle
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from yibao_cli import __version__, model
from yibao_cli.errors import CatalogueError, NotFoundError
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.ranking import Hit
    from yibao_cli.searchindex import SearchIndex

T = TypeVar("T")

# Bump when model.py or searchindex.py changes shape, so no cache from an older schema is
# ever loaded.
SCHEMA_VERSION = "5"
# The files that make up a catalogue: two at the top, then every *.yaml in three folders.
CATALOGUE_FILES = ("channels.yaml", "numbers.yaml")
CATALOGUE_FOLDERS = ("procedures", "regions", "flows")


def default_directory() -> Path:
    """Return the catalogue shipped with the package (wheel) or beside it (source checkout)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    return packaged if packaged.is_dir() else here.parent / "data"


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


def cache_directory() -> Path:
    """Return where compiled catalogues are kept (``YIBAO_CACHE`` overrides)."""
    override = os.environ.get("YIBAO_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yibao", appauthor=False))


@dataclasses.dataclass(frozen=True)
class _Index:
    """The always-loaded part of a compiled catalogue; the rest are separate files."""

    names: dict[str, str]
    flow_ids: tuple[str, ...]
    platforms: tuple[model.Platform, ...]
    regions: tuple[model.Region, ...]
    numbers: tuple[model.NumberFormat, ...]
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
    index = _read(folder / "index.pickle", _Index)
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

    def part(kind: str, item_id: str) -> model.Procedure | model.Flow | tuple[model.Summary, ...]:
        name = f"{kind}-{item_id}" if item_id else kind
        wanted: type[Any] = (
            model.Procedure if kind == "procedure" else tuple if kind == "summaries" else model.Flow
        )
        loaded = _read(folder / f"{name}.pickle", wanted)
        if loaded is not None:
            return cast("model.Procedure | model.Flow | tuple[model.Summary, ...]", loaded)
        # The cache lost a file: rebuild it and take the part from there.
        fresh = compile_directory(root)
        _store_catalogue(folder, fresh, root, rows)
        if kind == "summaries":
            return fresh.summaries
        found = fresh.procedure(item_id) if kind == "procedure" else fresh.flow(item_id)
        assert found is not None
        return found

    return model.Catalogue.lazy(
        index.names, index.flow_ids, index.platforms, index.regions, index.numbers, key, part
    )


def compile_directory(root: Path) -> model.Catalogue:
    """Validate a catalogue directory from its YAML files, without the cache.

    Raises:
        CatalogueError: With one line per problem, each naming file, line and field.
    """
    from yibao_cli.validate import load_directory

    catalogue, problems = load_directory(root)
    if catalogue is None:
        raise CatalogueError(
            t("cat.invalid", path=root, count=len(problems)),
            tuple(str(problem) for problem in problems),
        )
    return catalogue


def _read(cache_file: Path, kind: type[T]) -> T | None:
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
        parts: list[tuple[str, object]] = [("index", index), ("summaries", catalogue.summaries)]
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


def _store(cache_file: Path, value: object) -> None:
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


_indexes: dict[str, SearchIndex] = {}


def search_index(catalogue: model.Catalogue) -> SearchIndex:
    """Return the catalogue's search index, built once per catalogue content.

    The index (with the pinyin of every line) is kept in the cache beside the compiled
    catalogue, so only the first search after an edit pays for importing ``pypinyin``.
    One-shot commands never build or load it.
    """
    from yibao_cli import searchindex

    if not catalogue.key:  # not loaded through the cache: nowhere to keep the index
        return searchindex.build(catalogue)
    if catalogue.key not in _indexes:
        cache_file = cache_directory() / f"search-{catalogue.key}.pickle"
        index = _read(cache_file, searchindex.SearchIndex)
        if index is None:
            index = searchindex.build(catalogue)
            _store(cache_file, index)
        _indexes.clear()  # one catalogue per run; keeps long test sessions small
        _indexes[catalogue.key] = index
    return _indexes[catalogue.key]


def resolve(catalogue: model.Catalogue, query: str) -> model.Procedure:
    """Find a procedure by id or alias, or else by pinyin or a search that names only one.

    An exact id or alias is looked up directly; only other queries load the search index.

    Raises:
        NotFoundError: Nothing matches, or several procedures do; the message lists them.
    """
    table = catalogue.names
    key = query.strip()
    found = table.get(key) or table.get(key.lower())
    if found is None:
        from yibao_cli import ranking

        hits = ranking.rank(search_index(catalogue), key, limit=5)
        found = ranking.unambiguous(hits)
        if found is None:
            raise _not_found(catalogue, query, hits)
    proc = catalogue.procedure(found)
    assert proc is not None
    return proc


def _not_found(catalogue: model.Catalogue, query: str, hits: list[Hit]) -> NotFoundError:
    from yibao_cli import ranking

    top = hits[0] if hits else None
    if top is not None and not top.fuzzy and top.score >= ranking.CONFIDENT:
        # Several good answers: name the ones that made it a close call.
        close = [hit.procedure for hit in hits if hit.score >= top.score * ranking.MARGIN]
        return NotFoundError(t("cat.ambiguous", query=query), _candidates(catalogue, close))
    if hits:
        return NotFoundError(
            t("cat.unknown_id", query=query),
            _candidates(catalogue, [hit.procedure for hit in hits]),
        )
    return NotFoundError(t("cat.unknown_id", query=query), suggest(catalogue, query.strip()))


def suggest(catalogue: model.Catalogue, query: str, limit: int = 5) -> tuple[str, ...]:
    """Return lines naming the procedures closest to ``query``, best first."""
    table = catalogue.names
    import difflib

    close = difflib.get_close_matches(query, list(table), n=limit, cutoff=0.5)
    close += [name for name in table if query and (query in name or name in query)]
    ids = list(dict.fromkeys(table[name] for name in close))[:limit]
    if not ids:
        return (t("cat.see_list"),)
    return _candidates(catalogue, ids)


def _candidates(catalogue: model.Catalogue, ids: list[str]) -> tuple[str, ...]:
    width = max(len(proc_id) for proc_id in ids)
    lines = []
    for proc_id in ids:
        proc = catalogue.summary(proc_id)
        assert proc is not None
        lines.append(f"  {proc_id:<{width}}  {model.text(proc.title, lang(), mark=True)}")
    return (t("cat.did_you_mean"), *lines)
