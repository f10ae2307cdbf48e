"""Find, load (through the compiled cache) and search the catalogue."""

from __future__ import annotations

import difflib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from yibao_cli import __version__, model
from yibao_cli.errors import CatalogueError, NotFoundError
from yibao_cli.strings import t

# Bump when model.py changes shape, so no cache from an older schema is ever loaded.
SCHEMA_VERSION = "3"
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
    try:
        with cache_file.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, model.Catalogue):
            return cached
    except Exception:  # noqa: BLE001, S110 - any unreadable cache is simply rebuilt
        pass
    catalogue = compile_directory(root)
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


def _store(cache_file: Path, catalogue: model.Catalogue) -> None:
    # A cache that cannot be written only costs speed; never fail a command for it.
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for old in cache_file.parent.glob("catalogue-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(catalogue, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError:
        pass


def names(catalogue: model.Catalogue) -> dict[str, str]:
    """Map every id and alias to its procedure id."""
    table: dict[str, str] = {}
    for proc in catalogue.procedures:
        table[proc.id] = proc.id
        for alias in proc.aliases:
            table.setdefault(alias, proc.id)
    return table


def resolve(catalogue: model.Catalogue, query: str) -> model.Procedure:
    """Find a procedure by id or alias.

    Raises:
        NotFoundError: Nothing matches; the message suggests the closest ids and aliases.
    """
    table = names(catalogue)
    key = query.strip()
    found = table.get(key) or table.get(key.lower())
    if found is not None:
        proc = catalogue.procedure(found)
        assert proc is not None
        return proc
    raise NotFoundError(t("cat.unknown_id", query=query), suggest(catalogue, key))


def suggest(catalogue: model.Catalogue, query: str, limit: int = 5) -> tuple[str, ...]:
    """Return lines naming the procedures closest to ``query``, best first."""
    table = names(catalogue)
    close = difflib.get_close_matches(query, list(table), n=limit, cutoff=0.5)
    close += [name for name in table if query and (query in name or name in query)]
    ids = list(dict.fromkeys(table[name] for name in close))[:limit]
    if not ids:
        return (t("cat.see_list"),)
    width = max(len(proc_id) for proc_id in ids)
    lines = []
    for proc_id in ids:
        proc = catalogue.procedure(proc_id)
        assert proc is not None
        lines.append(f"  {proc_id:<{width}}  {model.text(proc.title)}")
    return (t("cat.did_you_mean"), *lines)
