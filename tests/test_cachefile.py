"""The compiled cache runs no code it did not write: tagged files, a key outside the cache."""

from __future__ import annotations

import json
import os
import pickle
import stat
from pathlib import Path

import pytest

from helpers import FIXTURE, Run
from yibao_cli.catalogue import cachefile
from yibao_cli.regions import divisions
from yibao_cli.search import lookup


class Planted:
    """A pickle that, once loaded, creates a file: what an attacker would put in the cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (self.marker,))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("YIBAO_CACHE", str(where))
    return where


def plant(folder: Path, name: str, marker: Path, *, tagged_with: bytes | None = None) -> None:
    path = folder / name
    if tagged_with is None:
        path.write_bytes(pickle.dumps(Planted(marker)))
    else:
        path.write_bytes(cachefile.seal(cachefile.label(path), Planted(marker), tagged_with))


@pytest.mark.parametrize("tag", ["none", "other key", "magic only"])
def test_a_planted_pickle_is_never_loaded(run: Run, cache: Path, tmp_path: Path, tag: str) -> None:
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    (folder,) = cache.glob("catalogue-*")
    marker = tmp_path / "code-ran"
    for name in ("index.pickle", "summaries.pickle", "procedure-alpha.pickle"):
        if tag == "none":
            plant(folder, name, marker)
        elif tag == "other key":
            plant(folder, name, marker, tagged_with=os.urandom(32))
        else:  # the right header, a wrong tag
            payload = pickle.dumps(Planted(marker))
            (folder / name).write_bytes(cachefile.MAGIC + b"\0" * 32 + payload)
    for args in (("list",), ("show", "alpha", "--json")):
        result = run("--catalogue", str(FIXTURE), *args)
        assert result.code == 0, result.err
    assert "甲流程" in result.out
    assert not marker.exists()
    index = cachefile.read(folder / "index.pickle", object)
    assert index is not None  # rebuilt, tagged with this user's key


def test_a_planted_search_index_and_division_index_are_never_loaded(
    run: Run, cache: Path, tmp_path: Path
) -> None:
    # An earlier test may have loaded them in this process.
    divisions.load.cache_clear()
    lookup._indexes.clear()
    assert run("--catalogue", str(FIXTURE), "search", "甲").code == 0
    assert run("show", "replace-card", "--region", "杭州").code == 0
    (search,) = cache.glob("search-*.pickle")
    (regions,) = cache.glob("divisions-*.pickle")
    marker = tmp_path / "code-ran"
    plant(cache, search.name, marker)
    plant(cache, regions.name, marker)
    divisions.load.cache_clear()
    lookup._indexes.clear()
    assert run("--catalogue", str(FIXTURE), "search", "甲").code == 0
    result = run("show", "replace-card", "--region", "杭州", "--json")
    assert result.code == 0, result.err
    assert not marker.exists()
    assert cachefile.read(search, object) is not None
    assert cachefile.read(regions, divisions.Index) is not None


def test_swapped_parts_are_rebuilt_not_shown(run: Run, cache: Path) -> None:
    assert run("--catalogue", str(FIXTURE), "show", "alpha").code == 0
    (folder,) = cache.glob("catalogue-*")
    # Genuine files, each in the other's place: their tags name where they were written.
    alpha, beta = folder / "procedure-alpha.pickle", folder / "procedure-beta.pickle"
    first, second = alpha.read_bytes(), beta.read_bytes()
    alpha.write_bytes(second)
    beta.write_bytes(first)
    result = run("--catalogue", str(FIXTURE), "show", "beta", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["id"] == "beta"
    assert run("--catalogue", str(FIXTURE), "show", "alpha", "--json").code == 0


def test_the_key_is_private_and_outside_the_cache(run: Run, cache: Path) -> None:
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    key = cachefile.key_path()
    assert not key.is_relative_to(cache)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_bytes()) == 32
    assert not list(cache.rglob("*.key"))


def test_a_key_others_can_read_is_replaced(run: Run, cache: Path) -> None:
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    key = cachefile.key_path()
    old = key.read_bytes()
    key.chmod(0o644)
    cachefile._keys.clear()
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes() != old


def test_without_a_key_nothing_is_cached(
    run: Run, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("YIBAO_HOME", str(blocker / "home"))
    for _ in range(2):
        result = run("--catalogue", str(FIXTURE), "show", "alpha")
        assert result.code == 0 and "甲流程" in result.out
    assert not cache.exists() or not list(cache.iterdir())


def test_cache_files_are_private(run: Run, cache: Path) -> None:
    assert run("--catalogue", str(FIXTURE), "search", "甲").code == 0
    files = [path for path in cache.rglob("*") if path.is_file()]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_the_private_blake2_is_hashlibs_own() -> None:
    # cachefile takes blake2b from CPython's private _blake2 to spare hashlib's import; if a
    # Python moved or changed it, every cache tag would silently differ from hashlib's.
    import hashlib

    from yibao_cli.catalogue import cachefile

    assert cachefile.blake2b is hashlib.blake2b, "hashlib.blake2b is no longer _blake2's"
    ours = cachefile.blake2b(b"k" * 32, key=b"k", digest_size=32, person=b"yibao-cache")
    public = hashlib.blake2b(b"k" * 32, key=b"k", digest_size=32, person=b"yibao-cache")
    assert ours.digest() == public.digest()
