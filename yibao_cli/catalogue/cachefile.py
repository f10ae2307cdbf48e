"""Compiled-cache files that only this user's yibao can have written.

A cache file is a pickle, the fastest way to bring back the compiled catalogue, the search
index and the division index. Loading a pickle can run code, so each file carries a keyed
BLAKE2b tag of its name and bytes; the key is kept in the data directory (``cache.key``,
mode 0600), not beside the cache. A file whose tag does not match (written by someone else,
renamed, damaged, from another key) is never unpickled: it is ignored and rebuilt.

Without a usable key (a read-only data directory) nothing is cached; commands are slower but
still answer.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import TypeVar

# CPython's private ``_blake2`` is what ``hashlib.blake2b`` is; importing hashlib itself costs
# 11.8M instructions against 0.7M (callgrind, CPython 3.11+), 1.3% of ``yibao show replace-card``,
# which imports hashlib nowhere else. tests/test_cachefile.py fails when the two part ways.
try:
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as blake2b

T = TypeVar("T")

MAGIC = b"yibao-cache/1\n"
KEY_FILE = "cache.key"
_KEY_BYTES = 32
_TAG_BYTES = 32
_keys: dict[Path, bytes] = {}


def key_path() -> Path:
    """Return where the cache key is kept (in the data directory, outside the cache)."""
    from yibao_cli.home import data_home

    return data_home() / KEY_FILE


def cache_key(create: bool = True) -> bytes | None:
    """Return this user's cache key, creating it on first use; None when there can be none.

    A key that is not a private regular file of this user's, or not the right length, is
    replaced: caches tagged with it are then rebuilt.
    """
    path = key_path()
    found = _keys.get(path) or _read_key(path)
    if found is None and create:
        found = _new_key(path)
    if found is not None:
        _keys[path] = found
    return found


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if (
            not _is_regular(info.st_mode)
            or info.st_mode & 0o077
            or (hasattr(os, "getuid") and info.st_uid != os.getuid())
        ):
            return None
        data = os.read(fd, _KEY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == _KEY_BYTES else None


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _new_key(path: Path) -> bytes | None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, staging = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mode 0600
    except OSError:
        return None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(_KEY_BYTES))
        try:
            os.link(staging, path)  # never replaces a key another process just made
        except FileExistsError:
            if _read_key(path) is None:  # a broken or foreign key: take its place
                os.replace(staging, path)
    except OSError:
        return None
    finally:
        Path(staging).unlink(missing_ok=True)
    return _read_key(path)


def digest(data: bytes) -> str:
    """Return a short hex digest of ``data`` (to name a cache file by its source)."""
    return blake2b(data, digest_size=16).hexdigest()


def _tag(key: bytes, name: str, payload: bytes) -> bytes:
    mac = blake2b(key=key, digest_size=_TAG_BYTES, person=b"yibao-cache")
    mac.update(name.encode("utf-8", "surrogateescape") + b"\0")
    mac.update(payload)
    return mac.digest()


def _same(a: bytes, b: bytes) -> bool:
    # Compares every byte whatever the first difference, as hmac.compare_digest would.
    return len(a) == len(b) and int.from_bytes(a, "big") ^ int.from_bytes(b, "big") == 0


def seal(name: str, value: object, key: bytes) -> bytes:
    """Return the bytes of a cache file named ``name`` holding ``value``."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + _tag(key, name, payload) + payload


def create(path: Path, data: bytes) -> None:
    """Write a new private file (mode 0600); an existing one is an error, never replaced.

    Raises:
        OSError: The file exists or cannot be written.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def label(path: Path) -> str:
    """Return the name a cache file is tagged with: its folder and file name.

    Binding the name means a genuine file moved to another place (one procedure's part in
    place of another's, an index from an older catalogue) fails its check like a forged one.
    """
    return f"{path.parent.name}/{path.name}"


def read(path: Path, kind: type[T]) -> T | None:
    """Return the value kept in a cache file, or None when it is missing or not genuine.

    Nothing is unpickled unless the file's tag matches this user's key.
    """
    key = cache_key(create=False)
    if key is None:
        return None
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError:
        return None
    head = len(MAGIC)
    if data[:head] != MAGIC or len(data) < head + _TAG_BYTES:
        return None
    tag, payload = data[head : head + _TAG_BYTES], data[head + _TAG_BYTES :]
    if not _same(tag, _tag(key, label(path), payload)):
        return None
    try:
        value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - our own file from an incompatible build: rebuild it
        return None
    return value if isinstance(value, kind) else None


def write(path: Path, value: object) -> bool:
    """Write a cache file atomically (mode 0600); return False when it could not be written.

    A cache that cannot be written only costs speed: no error is raised.
    """
    import tempfile

    key = cache_key()
    if key is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, staging = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(seal(label(path), value, key))
        os.replace(staging, path)
    except OSError:
        Path(staging).unlink(missing_ok=True)
        return False
    return True
