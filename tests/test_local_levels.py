"""Local items carry the level of the division they belong to, not the level of their file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from helpers import DATA, Run

DISTRICT_OFFICE = re.compile(r"^(\w{1,6}?[区县])(?:医疗|医保|社保|人社)")


def test_a_district_office_is_labelled_with_its_district(run: Run) -> None:
    result = run("show", "balance", "--region", "福州")
    assert "马尾区医疗保险管理中心 [属地 · 马尾区（区县级）·" in result.out
    assert "闽侯县医疗保险管理中心 [属地 · 闽侯县（区县级）·" in result.out
    assert "福州市医疗保险管理中心 [属地 · 福州市（市级）·" in result.out


def test_json_gives_the_district_as_the_origin(run: Run) -> None:
    contacts = json.loads(run("show", "balance", "--region", "福州", "--json").out)["contacts"]
    mawei = next(item for item in contacts if "马尾区" in item["name"])
    assert (mawei["origin"], mawei["origin_level"]) == ("350105", "county")


def test_every_office_named_after_a_district_says_so() -> None:
    # An office named 某某区… or 某某县… in a city's file must declare the division it is in.
    missing = []
    for path in sorted((DATA / "regions").glob("*.yaml")):
        region = yaml.safe_load(path.read_text(encoding="utf-8"))
        contacts = list(region.get("contacts", []))
        for overlay in region.get("procedures", {}).values():
            contacts += overlay.get("contacts", [])
        for contact in contacts:
            name = contact["name"]["zh"] if isinstance(contact["name"], dict) else contact["name"]
            if (
                region["level"] != "county"
                and DISTRICT_OFFICE.match(name)
                and "within" not in contact
            ):
                missing.append(f"{path.name}: {name}")
    assert missing == []


def test_a_division_outside_the_region_fails_validation(catalogue_copy: Path, run: Run) -> None:
    regions = sorted((catalogue_copy / "regions").glob("*.yaml"))
    assert regions, "the test catalogue has a region"
    path = regions[0]
    region = yaml.safe_load(path.read_text(encoding="utf-8"))
    wrong = "110105" if not region["code"].startswith("11") else "330106"
    region.setdefault("contacts", []).append(
        {"name": "某区医保中心", "tier": "属地", "within": {"code": wrong, "name": "某区"}}
    )
    path.write_text(yaml.safe_dump(region, allow_unicode=True), encoding="utf-8")
    result = run("validate", str(catalogue_copy))
    assert result.code != 0
    assert f"'{wrong}' 不是 {region['code']} 下级的区划" in result.err
    assert "Traceback" not in result.err


def test_a_region_with_data_for_other_procedures_says_what_it_has(run: Run) -> None:
    result = run("show", "replace-card", "--region", "北京")
    assert result.code == 0, result.err
    said = " ".join(result.out.split())
    assert "未收录北京市的地方信息" not in said
    assert "北京市收录的地方信息是关于" in said and "没有与这个办事项目有关的" in said
    assert "查询医保余额和消费记录" in said
