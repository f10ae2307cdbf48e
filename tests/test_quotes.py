"""Numbers you can check: every claim that states a number quotes the sentence it comes from."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_sources import LEDGER, _cite, _line_of

from helpers import FIXTURE, Run, flow_ids, guide_args, procedure_ids, scenario_rows
from yibao_cli.catalogue import numerals


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("补办常见 10–25 元", ["10", "25"]),
        ("7-15个工作日", ["7", "15"]),
        ("三个月", ["3"]),
        ("十五个工作日内办结", ["15"]),
        ("不超过百分之二十", ["20"]),
        ("20%", ["20"]),
        ("0.5元", ["0.5"]),
        ("１２３３３", ["12333"]),
        ("１０．５", ["10.5"]),
        ("二〇二六年", ["2026"]),
        ("三四天", ["3", "4"]),
        ("一百二十元", ["120"]),
        ("两万元", ["20000"]),
        ("1.5万元", ["15000"]),
        ("六位数字地址码", ["6"]),
        ("统一办理，一般要一张照片", []),
        ("一篇文章说上一年度清零", []),
        ("国办发〔2024〕38号和 GB 11643 规定3个月", ["3"]),
        ("人力资源和社会保障部令第16号：30日内登记", ["30"]),
        ("0591-87276370", ["591", "87276370"]),
        ("降幅不超过10个百分点", ["10"]),
        ("出示二维码扫码结算", []),
        ("两边的经办机构窗口都可以申请", []),
        ("可提取情形二（跨地区流动）", []),
        ("情形三：恶性肿瘤等74种大病", ["74"]),
        ("情形二之外还有两种", ["2"]),
    ],
)
def test_the_numbers_a_text_states(text: str, values: list[str]) -> None:
    assert numerals.numbers(text) == [Decimal(value) for value in values]


def test_a_number_is_found_by_its_value() -> None:
    assert numerals.missing("最高不超过20%", "奖励额度不超过百分之二十。") == []
    assert numerals.missing("等待三个月", "设置3个月的固定待遇等待期") == []
    assert numerals.missing("10–25 元", "工本费10元") == [Decimal(25)]


QUOTE_OK = "测试政策规定：7至15个工作日内办结。"


def _write(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _read(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@pytest.fixture
def quoted(tmp_path: Path) -> Path:
    """The test catalogue with a ledger, and every claim that states a number quoted.

    The FAQ and the second duration of ``alpha`` quote ``QUOTE_OK``; the first duration says
    how it is derived; the hotline quotes its number and the channel its key.
    """
    target = tmp_path / "quoted"
    shutil.copytree(FIXTURE, target)
    for path in sorted(target.rglob("*.yaml")):
        data = _read(path)
        if path.parent.name == "procedures":
            data.pop("reviewed", None)
        _cite(data)
        _write(path, data)
    (target / "sources.yaml").write_text(LEDGER + "require_quotes: true\n", encoding="utf-8")
    alpha = target / "procedures" / "alpha.yaml"
    data = _read(alpha)
    first, second = data["steps"][1]["durations"]
    first["derived"] = "文章一说一周到两周，按工作日算是7到10个"
    second["quote"] = QUOTE_OK
    data["faq"][0]["quote"] = QUOTE_OK
    data["faq"][0]["sources"] = ["art-1"]
    data["channels"][0]["quote"] = "按1号键转人工。"
    _write(alpha, data)
    channels = target / "channels.yaml"
    platforms = _read(channels)
    platforms[0]["quote"] = "全国统一的热线号码是12333。"
    _write(channels, platforms)
    for folder in ("regions", "flows"):
        for path in sorted((target / folder).glob("*.yaml")):
            _derive_all(path)
    return target


def _derive_all(path: Path) -> None:
    """Give every claim of a file that states a number a derivation."""
    data = _read(path)

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "tier" in value and any(
                ch.isdigit() for ch in json.dumps(value, ensure_ascii=False)
            ):
                value.setdefault("derived", "测试：抄自测试页面")
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    _write(path, data)


def test_a_quoted_catalogue_is_valid(run: Run, quoted: Path) -> None:
    result = run("validate", str(quoted))
    assert result.code == 0, result.err
    assert "这条说了数字" not in result.err and "quote 里" not in result.err


def test_a_number_missing_from_its_quote_fails_with_its_line(run: Run, quoted: Path) -> None:
    path = quoted / "procedures" / "alpha.yaml"
    text = path.read_text(encoding="utf-8").replace(QUOTE_OK, "测试政策规定：7至20个工作日内办结。")
    path.write_text(text, encoding="utf-8")
    result = run("validate", str(quoted))
    assert result.code != 0
    line = _line_of(path, "7至20个工作日")
    assert f"alpha.yaml:{line}: steps[1].durations[1].quote: quote 里找不到这条说的数字：15" in (
        result.err
    )
    assert "Traceback" not in result.err


def test_chinese_numerals_in_a_quote_count_by_value(run: Run, quoted: Path) -> None:
    path = quoted / "procedures" / "alpha.yaml"
    text = path.read_text(encoding="utf-8").replace(
        QUOTE_OK, "测试政策规定：七至十五个工作日内办结。"
    )
    path.write_text(text, encoding="utf-8")
    assert run("validate", str(quoted)).code == 0


def test_an_unquoted_number_fails_when_quotes_are_required(run: Run, quoted: Path) -> None:
    path = quoted / "procedures" / "alpha.yaml"
    data = _read(path)
    del data["faq"][0]["quote"]
    _write(path, data)
    result = run("validate", str(quoted))
    assert result.code != 0
    line = _line_of(path, "q: 要多久？")
    assert f"alpha.yaml:{line}: faq[0]: 这条说了数字（7、15），但没有 quote" in result.err


def test_without_require_quotes_unquoted_numbers_are_warnings(run: Run, quoted: Path) -> None:
    ledger = quoted / "sources.yaml"
    ledger.write_text(ledger.read_text(encoding="utf-8").replace("require_quotes: true", ""))
    path = quoted / "procedures" / "alpha.yaml"
    data = _read(path)
    del data["faq"][0]["quote"]
    _write(path, data)
    result = run("validate", str(quoted))
    assert result.code == 0, result.err
    assert "警告：" in result.err and "faq[0]: 这条说了数字（7、15），但没有 quote" in result.err


def test_a_national_quote_must_come_from_an_official_source(run: Run, quoted: Path) -> None:
    path = quoted / "procedures" / "alpha.yaml"
    data = _read(path)
    data["faq"][0]["tier"] = "全国"
    data["faq"][0]["sources"] = ["art-1", "law-1"]
    _write(path, data)
    result = run("validate", str(quoted))
    assert result.code != 0
    said = "faq[0].quote: 标为全国的条目，quote 要出自政策文件、官方网页或标准；第一个来源 art-1"
    assert said in result.err


def test_an_empty_quote_fails(run: Run, quoted: Path) -> None:
    path = quoted / "procedures" / "alpha.yaml"
    text = path.read_text(encoding="utf-8").replace(QUOTE_OK, "' '", 1)
    path.write_text(text, encoding="utf-8")
    result = run("validate", str(quoted))
    assert result.code != 0 and "quote: 不能为空" in result.err


def test_show_json_carries_the_quote_and_derivation(run: Run, quoted: Path) -> None:
    data = json.loads(run("--catalogue", str(quoted), "show", "alpha", "--json").out)
    first, second = data["steps"][1]["durations"]
    assert first["quote"] is None and first["derived"].startswith("文章一说")
    assert second["quote"] == QUOTE_OK
    assert data["faq"][0]["quote"] == QUOTE_OK
    hotline = data["channels"][0]
    assert hotline["quote"] == "按1号键转人工。"
    assert hotline["platform_quote"] == "全国统一的热线号码是12333。"


def test_sources_of_a_procedure_lists_each_quote_under_its_source(run: Run, quoted: Path) -> None:
    result = run("--catalogue", str(quoted), "sources", "alpha")
    assert result.code == 0, result.err
    out = result.out
    assert out.index("引用：要多久？") > out.index("art-1")
    assert f"“{QUOTE_OK}”" in out
    assert "推算：文章一说一周到两周" in out
    data = json.loads(run("--catalogue", str(quoted), "sources", "alpha", "--json").out)
    by_id = {item["id"]: item["quotes"] for item in data["sources"]}
    assert {"label": "要多久？", "quote": QUOTE_OK, "derived": None} in by_id["art-1"]


ANSWERS = ["-a", "kind=broken", "-a", "reported=yes", "-a", "apps=phone", "-a", "how=office"]


def test_the_html_checklist_gives_each_quote_as_a_footnote(run: Run, quoted: Path) -> None:
    args = ["--catalogue", str(quoted), "checklist", "alpha", *ANSWERS, "-a", "day=today"]
    page = run(*args, "-F", "html")
    assert page.code == 0, page.err
    html = page.out
    assert '<section class="quotes">' in html and "原文摘录" in html
    assert '<sup class="fn">' in html
    assert html.index("原文摘录") < html.rindex("测试政策")  # before the source list
    sheet = run(*args, "-F", "html", "--brief")
    assert sheet.code == 0, sheet.err
    assert "原文摘录" not in sheet.out and '<sup class="fn">' not in sheet.out


# What a reader of the shipped catalogue sees: every numbered claim that `show --json` and the
# wizards' outcome JSON carry has its quote or its derivation, or cites a 未找到出处 entry first.

SHOWN_NOT_STATED = frozenset(
    {
        "id",
        "sources",
        "tier",
        "quote",
        "derived",
        "url",
        "kind",
        "via",
        "actor",
        "condition",
        "materials",
        "channels",
        "durations",
        "range",
        "origin",
        "origin_level",
        "working_days",
        "when",
        "tone",
    }
)


def _numbered_unquoted(value: object, where: str, found: list[str]) -> None:
    """Collect the items under ``value`` that state a number and carry nothing to check it by."""
    if isinstance(value, list):
        for index, part in enumerate(value):
            _numbered_unquoted(part, f"{where}[{index}]", found)
        return
    if not isinstance(value, dict):
        return
    if "quote" in value and "sources" in value:
        texts: list[str] = []
        for key, part in value.items():
            if key in SHOWN_NOT_STATED or key.startswith("platform_"):
                continue
            pieces = part if isinstance(part, list) else [part]
            texts += [piece for piece in pieces if isinstance(piece, str)]
        stated = [number for text in texts for number in numerals.numbers(text)]
        sources = value.get("sources") or [""]
        unlocated = str(sources[0]).startswith("unlocated-")
        checkable = value.get("quote") or value.get("derived") or value.get("platform_quote")
        if stated and not checkable and not unlocated:
            found.append(f"{where}: {[str(number) for number in stated]}")
    for key, part in value.items():
        _numbered_unquoted(part, f"{where}.{key}", found)


@pytest.mark.parametrize("procedure", procedure_ids())
def test_every_numbered_claim_show_prints_can_be_checked(run: Run, procedure: str) -> None:
    result = run("show", procedure, "--json")
    assert result.code == 0, result.err
    found: list[str] = []
    _numbered_unquoted(json.loads(result.out), procedure, found)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("flow", flow_ids())
def test_every_numbered_verdict_and_rule_a_wizard_gives_can_be_checked(run: Run, flow: str) -> None:
    found: list[str] = []
    rows = [row for name, row in scenario_rows() if name == flow]
    assert rows, f"{flow} has no scenario table"
    for number, row in enumerate(rows):
        result = run(*guide_args(flow, row), "--json")
        if result.code == 0:  # rows that end in an error are the scenario tests' to check
            _numbered_unquoted(json.loads(result.out), f"{flow} row {number}", found)
    assert not found, "\n".join(dict.fromkeys(found))
