"""Find, load (through the compiled cache) and search the catalogue."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from yibao_cli import __version__, model
from yibao_cli.errors import CatalogueError, NotFoundError
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.ranking import Hit
    from yibao_cli.searchindex import SearchIndex

T = TypeVar("T")

# Bump when model.py or searchindex.py changes shape, so no cache from an older schema is
# ever loaded.
SCHEMA_VERSION = "4"
CATALOGUE_GLOBS = (
    "channels.yaml",
    "numbers.yaml",
    "procedures/*.yaml",
    "regions/*.yaml",
    "flows/*.yaml",
)


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


def catalogue_files(root: Path) -> list[Path]:
    """List every file that makes up the catalogue, in a stable order."""
    files: list[Path] = []
    for pattern in CATALOGUE_GLOBS:
        files.extend(sorted(root.glob(pattern)))
    return files


def fingerprint(root: Path) -> str:
    """Hash the catalogue's content (names and bytes), so any edit gives a new key."""
    digest = hashlib.sha256(f"{__version__}/{SCHEMA_VERSION}".encode())
    for path in catalogue_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\1unreadable")  # validation will name the file
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def cache_directory() -> Path:
    """Return where compiled catalogues are kept (``YIBAO_CACHE`` overrides)."""
    override = os.environ.get("YIBAO_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yibao", appauthor=False))


def load(root: Path) -> model.Catalogue:
    """Load a catalogue, from the compiled cache when its content is unchanged.

    Args:
        root: The catalogue directory.

    Returns:
        The validated catalogue.

    Raises:
        CatalogueError: Any file is malformed or does not match the schema.
    """
    key = fingerprint(root)
    cache_file = cache_directory() / f"catalogue-{key}.pickle"
    cached = _read(cache_file, model.Catalogue)
    if cached is not None:
        return cached
    catalogue = dataclasses.replace(compile_directory(root), key=key)
    _store(cache_file, catalogue)
    return catalogue


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


def _store(cache_file: Path, value: object) -> None:
    # A cache that cannot be written only costs speed; never fail a command for it.
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        kind = cache_file.name.split("-", 1)[0]
        for old in cache_file.parent.glob(f"{kind}-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
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


def names(catalogue: model.Catalogue) -> dict[str, str]:
    """Map every id and alias to its procedure id."""
    table: dict[str, str] = {}
    for proc in catalogue.procedures:
        table[proc.id] = proc.id
        for alias in proc.aliases:
            table.setdefault(alias, proc.id)
    return table


def resolve(catalogue: model.Catalogue, query: str) -> model.Procedure:
    """Find a procedure by id or alias, or else by pinyin or a search that names only one.

    An exact id or alias is looked up directly; only other queries load the search index.

    Raises:
        NotFoundError: Nothing matches, or several procedures do; the message lists them.
    """
    table = names(catalogue)
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
    table = names(catalogue)
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
        proc = catalogue.procedure(proc_id)
        assert proc is not None
        lines.append(f"  {proc_id:<{width}}  {model.text(proc.title, lang(), mark=True)}")
    return (t("cat.did_you_mean"), *lines)
