"""Every command that takes an id also takes an alias, pinyin or a phrase that names one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import FIXTURE, Run
from yibao_cli.search import lookup


def add_procedure(root: Path, proc_id: str, title: str, aliases: str) -> None:
    (root / "procedures" / f"{proc_id}.yaml").write_text(
        f"id: {proc_id}\ntitle: {title}\nsummary: 测试\nreviewed: 2026-11-01\n"
        f"aliases: [{aliases}]\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("buban", "replace-card"),
        ("bu ban", "replace-card"),
        ("医保卡丢了怎么办", "replace-card"),
        ("kahao", "card-number"),
        ("yue", "balance"),
        ("Replace-Card", "replace-card"),
        ("每月打钱", "monthly-credit"),
    ],
)
def test_show_resolves_pinyin_and_phrases(run: Run, query: str, expected: str) -> None:
    result = run("show", query)
    assert result.code == 0, result.err
    assert f"({expected})" in result.out.splitlines()[0]


def test_channels_resolve_pinyin(run: Run) -> None:
    result = run("channels", "kahao", "--json")
    assert result.code == 0
    assert '"id": "card-number"' in result.out


def test_ambiguous_pinyin_lists_candidates(run: Run, catalogue_copy: Path) -> None:
    add_procedure(catalogue_copy, "gamma", "丙流程", "家")  # 家 and alpha's 甲 both read jia
    result = run("--catalogue", str(catalogue_copy), "show", "jia")
    assert result.code == 3
    assert result.out == ""
    assert "'jia' 对应多个办事项目" in result.err
    assert "alpha  甲流程" in result.err and "gamma  丙流程" in result.err
    assert "beta" not in result.err


def test_ambiguous_pinyin_in_the_real_catalogue(run: Run) -> None:
    result = run("show", "yibaoka")  # 医保卡: in several titles
    assert result.code == 3
    assert "replace-card" in result.err and "card-number" in result.err


def test_unique_pinyin_resolves_in_a_small_catalogue(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "show", "ceshijia")
    assert result.code == 0
    assert "(alpha)" in result.out


def test_typo_is_suggested_not_guessed(run: Run) -> None:
    result = run("show", "replce-card")
    assert result.code == 3
    assert "没有名为 'replce-card' 的办事项目" in result.err
    assert re.search(r"replace-card +医保卡挂失", result.err)


def test_nothing_close_points_to_list(run: Run) -> None:
    result = run("show", "天气预报")
    assert result.code == 3
    assert "yibao list" in result.err


def test_exact_alias_does_not_touch_the_search_index(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_catalogue: object) -> None:
        raise AssertionError("the search index was loaded")

    monkeypatch.setattr(lookup, "search_index", refuse)
    for query in ("replace-card", "补办", "医保卡丢了"):
        result = run("show", query)
        assert result.code == 0, result.err


def test_one_character_in_several_names_lists_the_candidates(run: Run) -> None:
    result = run("show", "补")
    assert result.code == 3
    assert "对应多个办事项目" in result.err
    assert "contributions" in result.err and "replace-card" in result.err
    assert result.out == ""
