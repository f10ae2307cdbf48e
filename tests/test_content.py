"""The real catalogue: complete, tiered, and holding the facts users look for first."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

from helpers import DATA, Run, procedure_ids
from yibao_cli.catalogue import model

PROCEDURES = procedure_ids()
OFFICIAL = re.compile(r"^https://([a-z0-9-]+\.)*(gov\.cn|nhsa\.gov\.cn)(/|$)")


def shown(run: Run, procedure: str, *args: str) -> dict[str, Any]:
    result = run("show", procedure, "--json", *args)
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


def flat(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def has(data: dict[str, Any], *facts: str) -> None:
    text = flat(data)
    missing = [fact for fact in facts if fact not in text]
    assert not missing, f"{data['id']} lacks {missing}"


def test_validate_is_clean(run: Run) -> None:
    result = run("validate")
    assert result.code == 0, result.err
    assert f"{len(PROCEDURES)} 个办事项目" in result.out


def test_list_shows_every_procedure(run: Run) -> None:
    result = run("list", "--json")
    assert [item["id"] for item in json.loads(result.out)] == sorted(PROCEDURES)


def test_every_claim_has_a_tier_and_every_procedure_a_review_date(
    catalogue: model.Catalogue,
) -> None:
    for proc in catalogue.procedures:
        assert isinstance(proc.reviewed, datetime.date)
        assert proc.reviewed <= datetime.date.today()
        items: list[Any] = [
            *proc.steps,
            *proc.materials,
            *proc.channels,
            *proc.facts,
            *proc.notes,
            *proc.faq,
        ]
        items += [d for step in proc.steps for d in step.durations]
        assert items, proc.id
        for item in items:
            assert item.tier in model.TIERS, (proc.id, item)
    for region in catalogue.regions:
        for overlay in region.procedures.values():
            overlay_items: list[Any] = [
                *overlay.contacts,
                *overlay.channels,
                *overlay.facts,
                *overlay.notes,
                *overlay.faq,
            ]
            for overlay_item in overlay_items:
                assert overlay_item.tier in model.TIERS, (region.code, overlay_item)


def test_every_url_is_https_on_an_official_domain(catalogue: model.Catalogue) -> None:
    urls = [p.url for p in catalogue.platforms if p.url]
    for region in catalogue.regions:
        urls += [c.url for c in region.contacts if c.url]
        urls += [c.url for o in region.procedures.values() for c in o.contacts if c.url]
    text = "\n".join(path.read_text(encoding="utf-8") for path in DATA.rglob("*.yaml"))
    urls += re.findall(r"https?://[^\s\"'，。）)]+", text)
    assert urls
    for url in urls:
        assert OFFICIAL.match(url), url


@pytest.mark.parametrize("procedure", PROCEDURES)
def test_show_renders_every_procedure(run: Run, procedure: str) -> None:
    result = run("show", procedure)
    assert result.code == 0, result.err
    assert "办理步骤" in result.out and "以当地医保部门规定为准。" in result.out


def test_card_number(run: Run) -> None:
    data = shown(run, "card-number")
    has(data, "12333", "9", "16", "社会保障号码", "fuwu.nhsa.gov.cn", "市民中心", "社保卡")
    tiers = {f["id"]: f["tier"] for f in data["facts"]}
    sixteen = [f for f in data["facts"] if "16" in f["value"] and "位" in f["value"]]
    assert sixteen and all(f["tier"] != "全国" for f in sixteen), "16-digit layout is regional"
    assert "全国" in tiers.values()


def test_balance(run: Run) -> None:
    data = shown(run, "balance")
    has(data, "12333", "市民中心", "电子社保卡", "国家医保服务平台", "自助", "定点")
    assert any(n["kind"] == "safety" for n in data["notes"])


def test_monthly_credit_shows_both_rules(run: Run) -> None:
    data = shown(run, "monthly-credit")
    has(data, "2%", "2.5%", "3%", "4%", "6%")
    tiers = {f["value"]: f["tier"] for f in data["facts"]}
    assert any("2.5%" in value and tier != "全国" for value, tier in tiers.items())


def test_insured_location(run: Run) -> None:
    data = shown(run, "insured-location")
    has(data, "个人参保信息", "市民中心", "电子社保卡", "城市服务", "12333")


def test_replace_card_keeps_both_waiting_times(run: Run) -> None:
    data = shown(run, "replace-card")
    steps = {s["id"]: s for s in data["steps"]}
    assert list(steps)[0] == "report-loss"
    spans = {(d["min"], d["max"]) for d in steps["wait"]["durations"]}
    assert {(7, 10), (7, 15)} <= spans
    assert steps["wait"]["range"] == {"min": 7, "max": 15}
    has(data, "12333", "免冠照片", "报警回执", "10–25", "医保电子凭证", "激活", "申请表")


def test_transfer(run: Run) -> None:
    data = shown(run, "transfer")
    has(data, "中止参保", "缴费记录", "50", "40", "国家医保服务平台")
    # The national rule is a time limit ("within 10 / 5 working days"), not a duration; the
    # local 15 days or more is about the whole process, a fact of its own.
    spans = {
        (d["min"], d["max"], d["tier"], d["limit"]) for s in data["steps"] for d in s["durations"]
    }
    assert spans == {(None, 10, "全国", True), (None, 5, "全国", True)}
    local = {fact["id"]: fact for fact in data["facts"]}["local-time"]
    assert "15个工作日或更长" in local["value"] and local["tier"] == "属地"


def test_reimburse(run: Run) -> None:
    data = shown(run, "reimburse")
    has(data, "发票", "费用明细", "诊断证明", "转诊证明", "起付线", "定点")


def test_withdraw(run: Run) -> None:
    data = shown(run, "withdraw")
    has(data, "异地", "移民", "去世", "注销", "继承")


def test_use_card(run: Run) -> None:
    data = shown(run, "use-card")
    has(data, "转借", "定点", "甲类", "乙类", "密码")


def test_e_voucher(run: Run) -> None:
    data = shown(run, "e-voucher")
    has(data, "医疗健康", "医保电子凭证", "国家医保服务平台", "支付宝", "人脸")


def test_cross_region_filing(run: Run) -> None:
    data = shown(run, "cross-region-filing")
    has(
        data,
        "异地安置退休",
        "异地长期居住",
        "常驻异地工作",
        "转诊转院",
        "急诊抢救",
        "其他临时外出",
        "10",
        "20",
        "6",
    )


def test_family_binding(run: Run) -> None:
    data = shown(run, "family-binding")
    has(data, "配偶", "父母", "子女", "16", "亲情账户")


def test_contributions(run: Run) -> None:
    data = shown(run, "contributions")
    has(data, "灵活就业", "断缴", "补缴", "3个月", "25", "20")


def test_safety_notes_where_they_belong(run: Run) -> None:
    for procedure in ("replace-card", "use-card", "balance"):
        text = flat(shown(run, procedure)["notes"])
        assert "密码" in text and ("转借" in text or "外借" in text), procedure
    assert "12393" in flat(shown(run, "balance")) + flat(shown(run, "replace-card"))


def test_beijing_balance_number(run: Run) -> None:
    data = shown(run, "balance", "--region", "北京")
    assert data["region"]["code"] == "110000"
    assert "010-63167779" in flat(data)


def test_region_without_overlay_is_national(run: Run) -> None:
    result = run("show", "balance", "--region", "湖南")
    assert result.code == 0
    said = "".join(result.out.split())
    assert "湖南省收录的地方信息是关于" in said and "以下为全国通用说明" in said
    assert json.loads(run("show", "balance", "--region", "湖南", "--json").out)["local"] is False


def test_every_overlay_shows_up_with_its_region(run: Run, catalogue: model.Catalogue) -> None:
    for region in catalogue.regions:
        name = model.text(region.name)
        for procedure in region.procedures:
            data = shown(run, procedure, "--region", name)
            origins = {
                item.get("origin")
                for key in ("steps", "channels", "facts", "notes", "faq", "contacts")
                for item in data[key]
            }
            assert region.code in origins, (name, procedure)


@pytest.mark.parametrize(
    "path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.relative_to(DATA).as_posix()
)
def test_catalogue_files_read_the_same_with_or_without_libyaml(path: Path) -> None:
    # yibao reads YAML with libyaml when PyYAML has it, else with PyYAML's own parser, which
    # is stricter in places (e.g. "check?}" in a flow mapping): the catalogue must suit both.
    import yaml

    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)
