"""12393 and 12333 with the right area code for every city the generated data knows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import DATA, ROOT, Run

GENERATED = yaml.safe_load((DATA / "area-codes.yaml").read_text(encoding="utf-8"))

# What a person types -> the division whose code the data file must hold (checked below too).
CITIES = {
    "北京": "110000",
    "上海": "310000",
    "天津": "120000",
    "重庆": "500000",
    "广州": "440100",
    "深圳": "440300",
    "杭州": "330100",
    "成都": "510100",
    "武汉": "420100",
    "西安": "610100",
    "南京": "320100",
    "沈阳": "210100",
    "拉萨": "540100",
    "乌鲁木齐": "650100",
    "海口": "460100",
    "三亚": "460200",
    "石家庄": "130100",
    "郑州": "410100",
    "长沙": "430100",
    "福州": "350100",
    "厦门": "350200",
    "南宁": "450100",
    "昆明": "530100",
    "贵阳": "520100",
    "兰州": "620100",
    "西宁": "630100",
    "银川": "640100",
    "呼和浩特": "150100",
    "哈尔滨": "230100",
    "长春": "220100",
    "济南": "370100",
    "合肥": "340100",
    "南昌": "360100",
    "太原": "140100",
    "大连": "210200",
    "苏州": "320500",
}


def area_of(code: str) -> str:
    return str(GENERATED["codes"][code]["area"])


def test_the_sample_covers_enough_cities() -> None:
    assert len(CITIES) >= 30
    assert all(code in GENERATED["codes"] for code in CITIES.values())


@pytest.mark.parametrize("city", sorted(CITIES))
def test_a_city_shows_both_hotlines_with_its_area_code(run: Run, city: str) -> None:
    area = area_of(CITIES[city])
    result = run("show", "balance", "--region", city)
    assert result.code == 0, result.err
    assert f"{area}-12393" in result.out
    assert f"{area}-12333" in result.out
    assert "12393 医保服务热线" in result.out


def test_well_known_codes() -> None:
    # Codes any resident knows; a generator bug that shifted them would show here first.
    assert area_of("110000") == "010"
    assert area_of("310000") == "021"
    assert area_of("440300") == "0755"
    assert area_of("440100") == "020"
    assert area_of("350100") == "0591"


def test_a_county_uses_its_city_code(run: Run) -> None:
    result = run("show", "balance", "--region", "福州鼓楼")
    assert "0591-12393" in result.out
    result = run("channels", "balance", "--region", "杭州西湖区")
    assert "0571-12393" in result.out


def test_a_county_under_the_province_has_its_own_code(run: Run) -> None:
    result = run("show", "balance", "--region", "仙桃")
    assert "0728-12393" in result.out


def test_a_province_gets_the_rule_without_a_number(run: Run) -> None:
    result = run("show", "balance", "--region", "浙江")
    assert result.code == 0
    assert "先拨参保城市的区号" in result.out
    assert "-12393" not in result.out


def test_a_city_whose_code_is_unknown_gets_the_rule(run: Run) -> None:
    unknown = {item["code"] for item in GENERATED["unknown"] if "code" in item}
    assert "140700" in unknown  # 晋中: the library puts it under two codes
    result = run("show", "balance", "--region", "晋中")
    assert "先拨参保城市的区号" in result.out
    assert "0354-12393" not in result.out and "0358-12393" not in result.out


def test_english_mode(run: Run) -> None:
    result = run("--lang", "en", "show", "balance", "--region", "深圳")
    assert "from elsewhere dial 0755-12393" in result.out


def test_wizard_outcomes_and_checklists_show_the_hotlines(run: Run, tmp_path: Path) -> None:
    result = run("guide", "replace-card", "--defaults", "--region", "深圳")
    assert result.code == 0, result.err
    assert "0755-12393" in result.out
    page = tmp_path / "list.txt"
    result = run(
        "checklist",
        "replace-card",
        "--defaults",
        "--region",
        "深圳",
        "--format",
        "text",
        "-o",
        str(page),
    )
    assert result.code == 0, result.err
    assert "0755-12393" in page.read_text(encoding="utf-8")


def test_json_carries_the_hotline_contacts(run: Run) -> None:
    import json

    result = run("show", "balance", "--region", "深圳", "--json")
    contacts = json.loads(result.out)["contacts"]
    assert any("0755-12393" in contact["phones"] for contact in contacts)


def test_without_a_region_no_hotline_contact_is_added(run: Run) -> None:
    result = run("show", "balance")
    assert "-12393" not in result.out


def test_regions_says_how_many_cities_have_codes(run: Run) -> None:
    result = run("regions")
    shown = "".join(result.out.split())  # lines break between Chinese characters too
    assert f"收录了{len(GENERATED['codes'])}个市级地区的区号" in shown


def test_a_bad_area_code_fails_validation(catalogue_copy: Path, run: Run) -> None:
    (catalogue_copy / "area-codes.yaml").write_text(
        'source: {library: phonenumbers, version: "1"}\n'
        'codes:\n  "3501": {name: 福州, area: "591"}\n',
        encoding="utf-8",
    )
    result = run("validate", str(catalogue_copy))
    assert result.code != 0
    assert "area-codes.yaml" in result.err
    assert "6 位数字" in result.err and "0 开头" in result.err
    assert "Traceback" not in result.err


@pytest.mark.slow
def test_the_data_file_matches_its_generator() -> None:
    pytest.importorskip("phonenumbers", reason="the generator needs the dev dependency")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_area_codes.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_data_file_names_the_library_version() -> None:
    assert GENERATED["source"]["library"] == "phonenumbers"
    pinned = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f"phonenumbers=={GENERATED['source']['version']}" in pinned
