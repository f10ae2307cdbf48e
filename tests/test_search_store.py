"""The search index on disk answers as the whole index does, and a bad file is rebuilt."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_search_eval import PARTS

from helpers import DATA, FIXTURE, ROOT, Run
from yibao_cli.catalogue import cachefile, model
from yibao_cli.catalogue import load as loader
from yibao_cli.search import lookup, ranking, store, stored
from yibao_cli.search.index import WholeIndex

Pair = tuple[WholeIndex, stored.StoredIndex]


def both(catalogue: model.Catalogue) -> Pair:
    """The whole index, as the first search builds it, and the stored one later runs read."""
    lookup._indexes.clear()
    whole = lookup.search_index(catalogue)
    lookup._indexes.clear()
    on_disk = lookup.search_index(catalogue)
    lookup._indexes.clear()
    assert isinstance(whole, WholeIndex)
    assert isinstance(on_disk, stored.StoredIndex)
    return whole, on_disk


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Pair:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("YIBAO_CACHE", str(tmp_path_factory.mktemp("store-cache")))
        return both(loader.load(DATA))


def same_ranking(pair: Pair, query: str, lang: str = "zh") -> None:
    whole, on_disk = pair
    expected = ranking.rank(whole, query, lang=lang)
    found = ranking.rank(on_disk, query, lang=lang)
    assert [hit.procedure for hit in found] == [hit.procedure for hit in expected], query
    assert found == expected, query  # scores, lines shown, why, coverage too
    named = ranking.literal(on_disk, query)
    assert named == ranking.literal(whole, query), query


@pytest.mark.parametrize("part", PARTS)
def test_the_stored_index_ranks_every_eval_phrasing_as_a_whole_scan(
    indexes: Pair, part: str
) -> None:
    for _, query in PARTS[part]:
        for lang in ("zh", "en"):
            same_ranking(indexes, query, lang)


@pytest.mark.parametrize(
    "query",
    # pinyin, initials, abbreviated pinyin, typos of ids and aliases, one character, Latin words
    ["buban", "bu ban", "bb", "bub", "ydjy", "yibaoka", "y", "replce-card", "tranfser", "卡", "a"]
    + ["lost card", "12333", "replace card", "yue", "kahao", "医保卡鱼额", "see a doctor"],
)
def test_every_kind_of_literal_match_is_found_in_the_stored_index(
    indexes: Pair, query: str
) -> None:
    same_ranking(indexes, query)


def search(run: Run, query: str = "补办") -> str:
    """Search as a new process would: with no index loaded yet."""
    lookup._indexes.clear()
    result = run("search", query, "--json")
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    return result.out


def files(cache: Path) -> tuple[Path, Path]:
    (head,) = cache.glob("search-*.pickle")
    return head, head.with_suffix(".sqlite")


def test_a_truncated_database_is_rebuilt(run: Run, own_cache: Path) -> None:
    expected = search(run)
    head, database = files(own_cache)
    size = database.stat().st_size
    database.write_bytes(database.read_bytes()[: size // 2])
    assert search(run) == expected
    assert database.stat().st_size == size
    assert search(run) == expected


@pytest.mark.parametrize("damage", ["garbage", "another catalogue", "another schema"])
def test_a_database_that_does_not_belong_is_rebuilt(
    run: Run, own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    expected = search(run)
    head_file, database = files(own_cache)
    if damage == "garbage":  # the same size, nothing readable after SQLite's own header
        data = database.read_bytes()
        database.write_bytes(data[:100] + bytes(len(data) - 100))
    elif damage == "another catalogue":
        monkeypatch.setenv("YIBAO_CACHE", str(tmp_path / "other"))
        lookup._indexes.clear()
        assert run("--catalogue", str(FIXTURE), "search", "甲").code == 0
        lookup._indexes.clear()
        _, other = files(tmp_path / "other")
        monkeypatch.setenv("YIBAO_CACHE", str(own_cache))
        database.write_bytes(other.read_bytes())
    else:
        head = cachefile.read(head_file, store.Head)
        assert head is not None
        cachefile.write(head_file, dataclasses.replace(head, schema=store.SCHEMA - 1))
    assert search(run) == expected
    lookup._indexes.clear()
    head = cachefile.read(head_file, store.Head)
    assert head is not None and head.schema == store.SCHEMA
    assert isinstance(lookup.search_index(loader.load(DATA)), stored.StoredIndex)


def test_a_database_damaged_while_open_is_searched_in_memory(own_cache: Path) -> None:
    catalogue = loader.load(DATA)
    whole, on_disk = both(catalogue)
    _, database = files(own_cache)
    data = database.read_bytes()
    with database.open("r+b") as handle:  # the same file, damaged under the open connection
        handle.seek(100)
        handle.write(bytes(len(data) - 100))
    expected = ranking.rank(whole, "医保卡丢了怎么办")
    assert ranking.rank(on_disk, "医保卡丢了怎么办") == expected
    assert not database.exists()  # the next run writes a sound one


@pytest.mark.slow
def test_first_runs_at_the_same_time_leave_a_sound_index(tmp_path: Path) -> None:
    env = {**os.environ, "YIBAO_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "yibao_cli", "search", "余额能取出来吗", "--json"]
    started = [
        subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [child.communicate(timeout=300) for child in started]
    assert [child.returncode for child in started] == [0, 0, 0], outputs
    assert len({out for out, _ in outputs}) == 1
    assert not [err for _, err in outputs if err]
    again = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert (again.returncode, again.stdout) == (0, outputs[0][0])
    head_file, database = files(tmp_path / "cache")
    head = cachefile.read(head_file, store.Head)
    assert head is not None
    assert head.size == database.stat().st_size
    assert not list((tmp_path / "cache").glob(".part-*"))
