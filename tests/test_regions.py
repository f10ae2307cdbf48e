"""--region: names, combined names, codes and pinyin; ambiguity, typos, levels and precedence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURE, ROOT, Run


def show(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(FIXTURE), "show", "alpha", *args)
    assert "Traceback" not in result.out + result.err
    return result.code, result.out, result.err


def region_of(run: Run, query: str) -> dict[str, object]:
    code, out, err = show(run, "--region", query, "--json")
    assert code == 0, err
    region = json.loads(out)["region"]
    assert isinstance(region, dict)
    return region


@pytest.mark.parametrize(
    ("query", "code", "full_name"),
    [
        ("杭州", "330100", "浙江省杭州市"),
        ("杭州市", "330100", "浙江省杭州市"),
        ("浙江杭州", "330100", "浙江省杭州市"),
        ("浙江省 杭州市", "330100", "浙江省杭州市"),
        ("浙江省杭州市西湖区", "330106", "浙江省杭州市西湖区"),
        ("杭州西湖", "330106", "浙江省杭州市西湖区"),
        ("330100", "330100", "浙江省杭州市"),
        ("３３０１００", "330100", "浙江省杭州市"),
        ("浙江", "330000", "浙江省"),
        ("北京朝阳", "110105", "北京市朝阳区"),
        ("福州鼓楼", "350102", "福建省福州市鼓楼区"),
        ("延边州", "222400", "吉林省延边朝鲜族自治州"),
        ("广西", "450000", "广西壮族自治区"),
        ("Hangzhou", "330100", "浙江省杭州市"),
        ("zhejiang hangzhou", "330100", "浙江省杭州市"),
        ("鼓楼测试区", "350102", "福建省福州市鼓楼区"),  # an alias from the catalogue
    ],
)
def test_region_forms(run: Run, query: str, code: str, full_name: str) -> None:
    region = region_of(run, query)
    assert (region["code"], region["full_name"]) == (code, full_name)


def test_region_levels(run: Run) -> None:
    assert region_of(run, "浙江")["level"] == "province"
    assert region_of(run, "杭州")["level"] == "city"
    assert region_of(run, "杭州西湖区")["level"] == "county"


@pytest.mark.parametrize(
    ("query", "candidates"),
    [
        ("朝阳区", ["110105  北京市朝阳区（区县级）", "220104  吉林省长春市朝阳区（区县级）"]),
        ("鼓楼区", ["320106  江苏省南京市鼓楼区", "350102  福建省福州市鼓楼区"]),
        ("西湖", ["330106  浙江省杭州市西湖区", "360103  江西省南昌市西湖区"]),
        ("fuzhou", ["350100  福建省福州市", "361000  江西省抚州市"]),
    ],
)
def test_ambiguous_region_lists_candidates(run: Run, query: str, candidates: list[str]) -> None:
    code, out, err = show(run, "--region", query)
    assert code == 2
    assert out == ""
    assert f"'{query}' 对应多个地区" in err
    for candidate in candidates:
        assert candidate in err
    assert "区划代码" in err


def test_higher_level_wins_and_names_the_others(run: Run) -> None:
    code, out, err = show(run, "--region", "吉林", "--json")
    assert code == 0
    assert json.loads(out)["region"]["code"] == "220000"
    assert "同名的还有：220200  吉林省吉林市（市级）" in err


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("福洲", "350100  福建省福州市（市级）"),
        ("杭洲", "330100  浙江省杭州市（市级）"),
        ("浙江杭洲", "330100  浙江省杭州市（市级）"),
    ],
)
def test_unknown_region_suggests(run: Run, query: str, suggestion: str) -> None:
    code, out, err = show(run, "--region", query)
    assert code == 3
    assert out == ""
    assert f"未找到地区 '{query}'" in err
    assert "您是不是要找" in err
    assert suggestion in err


def test_unknown_region_with_nothing_close(run: Run) -> None:
    code, _, err = show(run, "--region", "zzzzzzzz")
    assert code == 3
    assert "6 位区划代码" in err


@pytest.mark.parametrize(
    ("query", "exit_code", "message"),
    [
        ("", 2, "地区不能为空"),
        ("  ", 2, "地区不能为空"),
        ("12345", 2, "区划代码为 6 位数字"),
        ("330199", 3, "没有区划代码 330199"),
        ("x" * 500, 3, "未找到地区"),
    ],
)
def test_bad_region_values(run: Run, query: str, exit_code: int, message: str) -> None:
    code, out, err = show(run, "--region", query)
    assert code == exit_code
    assert message in err
    assert out == ""


def test_unknown_code_names_its_parents(run: Run) -> None:
    _, _, err = show(run, "--region", "330199")
    assert "330100  浙江省杭州市（市级）" in err


def test_former_division_resolves_with_a_notice(run: Run) -> None:
    code, out, err = show(run, "--region", "崇文区", "--json")
    assert code == 0
    region = json.loads(out)["region"]
    assert region["code"] == "110103" and region["historical"] is True
    assert "已撤销的历史区划" in err and "–2010 年使用" in err


def test_former_name_names_the_current_one(run: Run) -> None:
    code, _, err = show(run, "--region", "天津东郊区")
    assert code == 0
    assert "现为 天津市东丽区" in err


def test_region_without_data_gives_the_national_answer(run: Run) -> None:
    code, out, _ = show(run, "--region", "杭州")
    assert code == 0
    assert "地区：浙江省杭州市（330100）" in out
    assert "未收录浙江省杭州市的地方信息，以下为全国通用说明" in out
    assert "费用：免费 [属地]" in out


def test_region_without_data_json(run: Run) -> None:
    code, out, _ = show(run, "--region", "杭州", "--json")
    data = json.loads(out)
    assert data["local"] is False and data["applied"] == []
    assert data["region"]["code"] == "330100"


@pytest.mark.parametrize(
    ("query", "fee", "origin"),
    [
        (None, "免费", "[属地]"),
        ("福建", "五元", "[属地 · 福建省（省级）]"),
        ("厦门", "五元", "[属地 · 福建省（省级）]"),  # a city without data: its province applies
        ("福州", "十元", "[属地 · 福州市（市级）]"),
        ("福州鼓楼", "二十元", "[属地 · 鼓楼区（区县级）]"),
        ("350102", "二十元", "[属地 · 鼓楼区（区县级）]"),
    ],
)
def test_most_specific_region_wins(run: Run, query: str | None, fee: str, origin: str) -> None:
    code, out, _ = show(run, *(("--region", query) if query else ()))
    assert code == 0
    assert f"费用：{fee} {origin}" in out
    for other in {"免费", "五元", "十元", "二十元"} - {fee}:
        assert f"费用：{other}" not in out


def test_every_level_adds_its_items(run: Run) -> None:
    code, out, _ = show(run, "--region", "福州鼓楼")
    assert code == 0
    assert "已加入地方信息：鼓楼区（区县级）、福州市（市级）、福建省（省级）" in out
    assert "提示：区级提示 [属地 · 鼓楼区（区县级）]" in out
    assert "提示：省级提示 [属地 · 福建省（省级）]" in out
    assert "1–3个工作日 [属地 · 福州市（市级）]" in out  # the county leaves durations alone
    assert "福州测试中心 [属地 · 福州市（市级）]" in out


def test_json_names_the_level_of_every_local_item(run: Run) -> None:
    code, out, _ = show(run, "--region", "福州鼓楼", "--json")
    data = json.loads(out)
    assert [r["level"] for r in data["applied"]] == ["county", "city", "province"]
    assert data["facts"][0]["origin"] == "350102"
    assert data["facts"][0]["origin_level"] == "county"
    levels = {(n["text"], n["origin_level"]) for n in data["notes"]}
    assert {("区级提示", "county"), ("省级提示", "province"), ("不要外借", None)} <= levels
    assert data["steps"][1]["origin_level"] == "city"


@pytest.mark.slow
def test_channels_json_has_the_region(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "channels", "alpha", "-r", "福州", "--json")
    data = json.loads(result.out)
    assert data["region"]["code"] == "350100"
    assert data["contacts"][0]["origin_level"] == "city"


def run_python(code: str, cache: Path, home: Path) -> str:
    env = {**os.environ, "YIBAO_CACHE": str(cache), "YIBAO_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


PROBE = """
import sys
from yibao_cli import cli
try:
    cli.main({args!r})
except SystemExit:
    pass
print("LOADED", "stdnum" in sys.modules, "pypinyin" in sys.modules)
"""


@pytest.mark.slow
def test_no_region_loads_no_division_data(tmp_path: Path) -> None:
    out = run_python(
        PROBE.format(args=["--catalogue", str(FIXTURE), "show", "alpha"]),
        tmp_path / "cache",
        tmp_path / "home",
    )
    assert "LOADED False False" in out
    assert not list((tmp_path / "cache").glob("divisions-*.pickle"))


@pytest.mark.slow
def test_division_index_is_cached_and_a_bad_cache_is_rebuilt(tmp_path: Path) -> None:
    probe = PROBE.format(args=["--catalogue", str(FIXTURE), "show", "alpha", "-r", "杭州"])
    first = run_python(probe, tmp_path / "cache", tmp_path / "home")
    assert "浙江省杭州市" in first
    caches = list((tmp_path / "cache").glob("divisions-*.pickle"))
    assert len(caches) == 1
    second = run_python(probe, tmp_path / "cache", tmp_path / "home")
    assert "LOADED False False" in second  # served from the cache: stdnum is not even imported
    caches[0].write_bytes(b"garbage")
    third = run_python(probe, tmp_path / "cache", tmp_path / "home")
    assert "浙江省杭州市" in third


def test_regions_lists_what_each_region_adds(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "regions")
    assert result.code == 0
    out = result.out
    assert "收录了以下 3 个地区的地方信息" in out
    assert "350000  福建省  省级" in out
    assert "350100  福州市  市级  同时适用：福建省" in out
    assert "350102  鼓楼区  区县级  同时适用：福州市、福建省" in out
    assert "全地区联系方式 1 个" in out
    assert "alpha 甲流程：要点 1、办理时长 1" in out
    assert out.index("350000") < out.index("350100") < out.index("350102")


def test_regions_json(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "regions", "--json")
    assert result.code == 0
    items = json.loads(result.out)
    assert [item["code"] for item in items] == ["350000", "350100", "350102"]
    city = items[1]
    assert city["name"] == "福州市" and city["level"] == "city"
    assert city["parents"] == ["350000"] and city["contacts"] == 1
    assert city["aliases"] == ["福州"] and city["reviewed"] == "2026-11-01"
    assert city["procedures"] == [
        {
            "id": "alpha",
            "title": "甲流程",
            "contacts": 0,
            "channels": 0,
            "facts": 1,
            "notes": 0,
            "faq": 0,
            "durations": 1,
        }
    ]
    assert city["totals"]["contacts"] == 1 and city["totals"]["facts"] == 1


def test_regions_with_none(run: Run, catalogue_copy: Path) -> None:
    for path in (catalogue_copy / "regions").glob("*.yaml"):
        path.unlink()
    result = run("--catalogue", str(catalogue_copy), "regions")
    assert result.code == 0
    assert "没有地方信息" in result.out
    assert json.loads(run("--catalogue", str(catalogue_copy), "regions", "--json").out) == []


# stdnum's loc.dat layout is stdnum's own: a layout this version cannot read is an error.
OLD_LAYOUT = """\
# the layout of python-stdnum 2.1 and older: one line per county, names as attributes
110101 county="东城区" prefecture="市辖区" province="北京市"
330106 county="西湖区" prefecture="杭州市" province="浙江省"
"""


def test_a_data_layout_it_cannot_read_is_a_clear_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_cache: Path
) -> None:
    from yibao_cli.regions import divisions

    data = tmp_path / "loc.dat"
    data.write_text(OLD_LAYOUT, encoding="utf-8")
    monkeypatch.setattr(divisions, "data_file", lambda: data)
    divisions.load.cache_clear()
    try:
        code, out, err = show(run, "--region", "杭州")
    finally:
        divisions.load.cache_clear()
    assert code == 1
    assert out == ""
    assert f"行政区划数据 {data} 的格式无法识别" in err
    assert f"python-stdnum{divisions.SUPPORTED_STDNUM}" in err
    assert not list(Path(os.environ["YIBAO_CACHE"]).glob("divisions-*"))  # nothing cached


def test_the_supported_stdnum_releases_are_the_declared_ones() -> None:
    import tomllib

    from yibao_cli.regions import divisions

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f"python-stdnum{divisions.SUPPORTED_STDNUM}" in project["dependencies"]


def test_the_real_data_passes_the_layout_check() -> None:
    from yibao_cli.regions import divisions

    index = divisions.build(divisions.data_file().read_text(encoding="utf-8").splitlines(True))
    divisions.check_layout(index, divisions.data_file())


def test_a_shipped_division_index_serves_only_the_data_it_was_built_from(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_cache: Path
) -> None:
    from yibao_cli.catalogue import load as loader
    from yibao_cli.regions import divisions

    compiled = tmp_path / "compiled"
    shipped = divisions.precompile(compiled)
    monkeypatch.setattr(loader, "compiled_directory", lambda: compiled)
    divisions.load.cache_clear()
    try:
        assert "北京市（110000）" in show(run, "--region", "北京")[1]
        assert not list(own_cache.glob("divisions-*"))  # served from the package
        # Another stdnum release: other data, so the shipped index is not used but rebuilt.
        other = tmp_path / "loc.dat"
        other.write_bytes(divisions.data_file().read_bytes() + b"# another release\n")
        monkeypatch.setattr(divisions, "data_file", lambda: other)
        shipped.write_bytes(b"not read: built from other data")
        divisions.load.cache_clear()
        assert "北京市（110000）" in show(run, "--region", "北京")[1]
        assert len(list(own_cache.glob("divisions-*.pickle"))) == 1
    finally:
        divisions.load.cache_clear()


def test_the_names_users_type_are_found_by_exact_name_and_by_prefix() -> None:
    # The index keeps its names sorted in one string: the first and last, a name before or
    # after every other, and a prefix that ends between two names all behave.
    from yibao_cli.regions import divisions

    index = divisions.load()
    names = index.all_names()
    assert names == sorted(names) and len(names) == len(set(names)) > 10_000
    for name in (names[0], names[-1], "杭州", "hangzhou"):
        assert index.matches(name), name
    assert index.matches("") == [] and index.matches("\uffff") == []
    assert "hangzho" not in names and index.matches("hangzho") == []  # a prefix is no name
    assert {n for n, _ in index.matches("杭州")} & {n for n, _ in index.matches("hangzhou")}
    found = index.names_starting("hangzh")
    assert "hangzhou" in found and found == sorted(found)
    assert all(name.startswith("hangzh") for name in found)
    assert index.names_starting("\uffff") == [] and index.names_starting("") == names
