"""yibao explain-number: ID numbers checked precisely, other numbers explained, all masked."""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import DATA, FIXTURE, Run
from yibao_cli.numbers import explain as numbers
from yibao_cli.regions import divisions

# The check character as the standard defines it, written out independently of stdnum.
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def check_char(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


def with_check(body: str) -> str:
    return body + check_char(body)


@pytest.fixture
def numbers_catalogue(tmp_path: Path) -> Path:
    """The small test catalogue plus the real numbers.yaml, without its source ids.

    The small catalogue has no source ledger, so the ids the real file cites would be unknown.
    """
    target = tmp_path / "catalogue"
    shutil.copytree(FIXTURE, target)
    text = (DATA / "numbers.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^ *sources: \[[^\]]*\]\n", "", text)
    text = re.sub(r", sources: \[[^\]]*\]", "", text)
    (target / "numbers.yaml").write_text(text, encoding="utf-8")
    return target


def flat(text: str) -> str:
    """The output without line breaks and indents, for prose that wraps."""
    return re.sub(r"\s+", "", text)


def explain(run: Run, catalogue: Path, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(catalogue), "explain-number", *args)
    assert "Traceback" not in result.out + result.err
    return result.code, result.out, result.err


def explain_json(run: Run, catalogue: Path, number: str) -> dict[str, Any]:
    code, out, err = explain(run, catalogue, number, "--json")
    data = json.loads(out)
    assert isinstance(data, dict)
    assert numbers.clean(number) not in out + err or len(numbers.clean(number)) < 3
    return data


def test_checks_the_standard_check_character() -> None:
    assert check_char("11010519491231002") == "X"
    assert check_char("44052418800101001") == "4"


def test_valid_public_sample(run: Run, numbers_catalogue: Path) -> None:
    code, out, err = explain(run, numbers_catalogue, "11010519491231002X")
    assert code == 0
    assert "号码：110105********002X（18 位）" in out
    assert "社会保障号码（公民身份号码） [全国]" in out
    assert "检查结果：格式有效" in out
    assert "✓ 出生日期：1949-12-31" in out
    assert "✓ 地址码：110105 北京市朝阳区" in out
    assert "✓ 校验码：X" in out
    assert "性别：女（第 17 位为偶数）" in out
    assert "第 1–6 位  地址码（行政区划代码） [全国]" in out
    assert "不保存、不缓存、不记录" in out
    assert "11010519491231002X" not in out + err


def test_wrong_last_character_names_the_checksum(run: Run, numbers_catalogue: Path) -> None:
    code, out, err = explain(run, numbers_catalogue, "110105194912310021")
    assert code == 1
    assert "检查结果：号码无效。校验码不符：按前 17 位算出应为 X，号码中是 1" in out
    assert "✓ 出生日期：1949-12-31" in out  # what can still be read is still shown
    assert "110105194912310021" not in out + err
    data = explain_json(run, numbers_catalogue, "110105194912310021")
    assert data["valid"] is False and data["failed"] == "checksum"


def test_former_region_code_is_accepted(run: Run, numbers_catalogue: Path) -> None:
    code, out, _ = explain(run, numbers_catalogue, "440524188001010014")
    assert code == 0
    assert "广东省汕头市潮阳县（历史区划，1983–2021" not in out
    assert "✓ 地址码：440524 广东省汕头市潮阳县（历史区划，1983–1993 年使用）" in out
    assert "✓ 出生日期：1880-01-01" in out
    assert "性别：男（第 17 位为奇数）" in out
    data = explain_json(run, numbers_catalogue, "440524188001010014")
    assert data["region"] == {
        "code": "440524",
        "name": "广东省汕头市潮阳县",
        "level": "county",
        "current": False,
        "period": {"start": 1983, "end": 1993},
    }


@pytest.mark.parametrize(
    "typed",
    ["110105 19491231 002X", "110105-19491231-002x", "１１０１０５１９４９１２３１００２ｘ"],
)
def test_spaces_hyphens_lowercase_and_full_width_are_accepted(
    run: Run, numbers_catalogue: Path, typed: str
) -> None:
    data = explain_json(run, numbers_catalogue, typed)
    assert data["valid"] is True and data["number"] == "110105********002X"


@pytest.mark.parametrize(
    ("body", "failed", "message"),
    [
        ("11010519491331002", "date", "✗ 出生日期：1949-13-31 不是有效日期"),
        ("11010519490229002", "date", "✗ 出生日期：1949-02-29 不是有效日期"),
        ("11010520990101002", "date", "✗ 出生日期：2099-01-01 晚于今天"),
        ("11010517000101002", "date", "✗ 出生日期：1700-01-01 早于 1800 年"),
        ("99999919491231002", "region", "✗ 地址码：999999 不是已知的行政区划代码"),
        ("11000019491231002", "region", "✗ 地址码：110000"),
    ],
)
def test_first_failing_check_is_named(
    run: Run, numbers_catalogue: Path, body: str, failed: str, message: str
) -> None:
    number = with_check(body)
    code, out, err = explain(run, numbers_catalogue, number)
    if body.startswith("110000"):  # a province code is a known code: it passes
        assert code == 0 and "✓ 地址码：110000 北京市" in out
        return
    assert code == 1
    assert message in out
    assert "✓ 校验码" in out  # the check character itself is right
    data = explain_json(run, numbers_catalogue, number)
    assert data["failed"] == failed
    assert number not in out + err


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("11010A19491231002X", "✗ 字符：第 6 位应为数字"),
        ("11010519491231002Y", "✗ 字符：第 18 位应为数字或 X"),
        ("1101051949123100X2", "✗ 字符：第 17 位应为数字"),
    ],
)
def test_bad_characters(run: Run, numbers_catalogue: Path, number: str, message: str) -> None:
    code, out, _ = explain(run, numbers_catalogue, number)
    assert code == 1
    assert message in out
    assert "– 校验码：未检查" in out
    assert explain_json(run, numbers_catalogue, number)["failed"] == "characters"


@pytest.mark.parametrize("number", ["11010519491231002", "11010519491231002X1"])
def test_wrong_length(run: Run, numbers_catalogue: Path, number: str) -> None:
    code, out, err = explain(run, numbers_catalogue, number)
    assert code == 1
    assert f"✗ 长度：有 {len(number)} 位，应为 18 位" in out
    assert "前 6 位 110105：北京市朝阳区" in out
    assert number not in out + err
    assert explain_json(run, numbers_catalogue, number)["failed"] == "length"


def test_old_15_digit_number(run: Run, numbers_catalogue: Path) -> None:
    code, out, err = explain(run, numbers_catalogue, "110105491231002")
    assert code == 0
    assert "号码：110105******002（15 位）" in out
    assert "15位旧公民身份号码" in out
    assert "✓ 出生日期：1949-12-31" in out
    assert "性别：女（第 15 位为偶数）" in out
    assert "在第6位后加上“19”" in flat(out)
    assert "110105491231002" not in out + err
    bad = explain_json(run, numbers_catalogue, "110105491331002")
    assert bad["valid"] is False and bad["failed"] == "date"


def test_card_number(run: Run, numbers_catalogue: Path) -> None:
    code, out, err = explain(run, numbers_catalogue, "a12345678")
    assert code == 0
    assert "号码：A*****678（9 位）" in out
    assert "社会保障卡卡号 [经验]" in out
    assert "补卡、换卡后会变" in flat(out)
    assert "与常见的卡号一致" in out
    assert "yibao show card-number" in out
    assert "A12345678" not in out + err
    data = explain_json(run, numbers_catalogue, "A12345678")
    assert data["kind"] == "card-number" and data["valid"] is None and data["typical"] is True


def test_sixteen_digit_number_is_regional(run: Run, numbers_catalogue: Path) -> None:
    code, out, err = explain(run, numbers_catalogue, "3301001234567890")
    assert code == 0
    assert "号码：330100******7890（16 位）" in out
    assert "部分地区的16位医保卡号 [经验]" in out
    assert "不是全国统一标准" in flat(out)
    assert "第 16 位  校验码或特定信息 [经验]" in out
    assert "前 6 位 330100：浙江省杭州市" in out
    assert "本工具不做校验" in out
    assert "3301001234567890" not in out + err
    assert explain_json(run, numbers_catalogue, "3301001234567890")["kind"] == "yibao-16"


@pytest.mark.parametrize("typed", ["hello", "12345", "1234567890", "医保卡号", "!!!!!!!!!!!!"])
def test_anything_else_says_what_it_is_not(run: Run, numbers_catalogue: Path, typed: str) -> None:
    code, out, err = explain(run, numbers_catalogue, typed)
    assert code == 1
    assert "无法识别的号码" in out
    assert "不是18位社会保障号码" in flat(out)
    assert "yibao show card-number" in out
    if len(typed) >= 5:
        assert typed not in out + err


@pytest.mark.parametrize("typed", ["", "   ", " - "])
def test_empty_number(run: Run, numbers_catalogue: Path, typed: str) -> None:
    code, out, err = explain(run, numbers_catalogue, typed)
    assert code == 2
    assert "请给出要解释的号码" in err
    assert out == ""


def test_number_from_standard_input(
    run: Run, numbers_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("11010519491231002X\n"))
    code, out, err = explain(run, numbers_catalogue)
    assert code == 0
    assert "110105********002X" in out
    assert "11010519491231002X" not in out + err


def test_json_shape(run: Run, numbers_catalogue: Path) -> None:
    data = explain_json(run, numbers_catalogue, "11010519491231002X")
    assert data["version"] == 1 and data["lang"] == "zh"
    assert data["number"] == "110105********002X" and data["length"] == 18
    assert data["kind"] == "citizen-id" and data["tier"] == "全国"
    assert data["valid"] is True and data["failed"] is None
    assert [c["name"] for c in data["checks"]] == [
        "length",
        "characters",
        "date",
        "region",
        "checksum",
    ]
    assert all(c["status"] == "pass" and c["message"] for c in data["checks"])
    assert data["birth_date"] == "1949-12-31" and data["sex"] == "female"
    assert data["region"]["name"] == "北京市朝阳区" and data["region"]["current"] is True
    assert data["parts"][0] == {
        "first": 1,
        "last": 6,
        "label": "地址码（行政区划代码）",
        "tier": "全国",
        "detail": data["parts"][0]["detail"],
        "sources": [],
        "quote": None,
        "derived": None,
    }
    assert data["see"] == "yibao show card-number"


def test_nothing_is_stored(run: Run, numbers_catalogue: Path, own_cache: Path) -> None:
    number = "11010519491231002X"
    explain(run, numbers_catalogue, number)
    explain(run, numbers_catalogue, number, "--json")
    for root in (os.environ["YIBAO_CACHE"], os.environ["YIBAO_HOME"]):
        for path in Path(root).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert number.encode() not in data and b"19491231002" not in data, path


def test_catalogue_without_numbers_file_still_explains(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "explain-number", "11010519491231002X")
    assert result.code == 0
    assert "类型：18 位号码" in result.out
    assert "✓ 校验码：X" in result.out


def test_english(run: Run, numbers_catalogue: Path) -> None:
    result = run(
        "--lang",
        "en",
        "--catalogue",
        str(numbers_catalogue),
        "explain-number",
        "110105194912310021",
    )
    assert result.code == 1
    assert "Check character does not match: the first 17 give X, the number has 1" in result.out
    assert "Social security number (citizen ID number)" in result.out


# Property tests on the pure function: fast, and independent of the output.

TODAY = datetime.date(2026, 11, 23)
# Built here rather than loaded, so collecting the tests writes no cache outside the test dirs.
INDEX = divisions.build(divisions.data_file().read_text(encoding="utf-8").splitlines(True))
CODES = sorted(INDEX.spans)


def lookup(code: str) -> list[divisions.Division]:
    return INDEX.history(code)


valid_ids = st.builds(
    lambda code, born, sequence: with_check(f"{code}{born:%Y%m%d}{sequence:03d}"),
    st.sampled_from(CODES),
    st.dates(datetime.date(1800, 1, 1), TODAY),
    st.integers(0, 999),
)


@settings(max_examples=300, deadline=None)
@given(valid_ids)
def test_every_generated_valid_id_passes(number: str) -> None:
    result = numbers.explain(number, lookup, TODAY)
    assert result.valid is True, [c for c in result.checks if not c.passed]
    assert result.masked == number[:6] + "*" * 8 + number[14:]


@settings(max_examples=300, deadline=None)
@given(valid_ids, st.integers(0, 17), st.sampled_from("0123456789XA"))
def test_every_single_character_change_fails(number: str, position: int, new: str) -> None:
    if number[position] == new:
        new = "0" if new != "0" else "1"
    changed = number[:position] + new + number[position + 1 :]
    result = numbers.explain(changed, lookup, TODAY)
    assert result.valid is False
    assert result.failed is not None


@given(st.text(max_size=40))
def test_no_input_leaks_or_crashes(text: str) -> None:
    result = numbers.explain(text, lookup, TODAY)
    cleaned = numbers.clean(text)
    if len(cleaned) >= 8:
        assert cleaned not in result.masked
    assert len(result.masked) == len(cleaned)


# numbers.yaml is part of the catalogue and is validated like the rest of it.


def test_real_numbers_file_is_valid_and_complete(run: Run, numbers_catalogue: Path) -> None:
    result = run("validate", str(numbers_catalogue))
    assert result.code == 0, result.err
    from yibao_cli.catalogue import load as loader
    from yibao_cli.catalogue import model

    described = loader.compile_directory(numbers_catalogue).numbers
    assert {item.id for item in described} == set(model.NUMBER_KINDS)


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ("- id: card-number", "- id: passport", "[2].id: 取值必须是"),
        ("- id: card-number", "- id: citizen-id", "[2].id: id 'citizen-id' 重复"),
        ("    - first: 7\n      last: 14", "    - first: 5\n      last: 14", "位置 5–14 无效"),
        ("    - first: 16\n      last: 16", "    - first: 16\n      last: 17", "位置 16–17 无效"),
        ("  length: 9\n", "", "[2].length: 列出了 parts 时必须给出 length"),
        ("  tier: 经验\n  length: 16", "  tier: 国家\n  length: 16", "[3].tier: 取值必须是"),
        ("  length: 15\n", "  length: 15\n  lenght: 15\n", "[1].lenght: 未知字段"),
    ],
)
def test_numbers_file_mistakes(
    run: Run, numbers_catalogue: Path, replace: str, by: str, expected: str
) -> None:
    path = numbers_catalogue / "numbers.yaml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by, 1), encoding="utf-8")
    result = run("validate", str(numbers_catalogue))
    assert result.code == 4
    assert "numbers.yaml:" in result.err
    assert expected in result.err


@pytest.mark.terminal
def test_number_typed_at_a_prompt_is_not_echoed(numbers_catalogue: Path, tmp_path: Path) -> None:
    import sys

    import pexpect

    child = pexpect.spawn(
        sys.executable,
        ["-m", "yibao_cli", "--catalogue", str(numbers_catalogue), "explain-number"],
        env={**os.environ, "YIBAO_CACHE": str(tmp_path), "COLUMNS": "80", "NO_COLOR": "1"},
        encoding="utf-8",
        timeout=30,
    )
    child.expect("请输入号码")
    child.sendline("11010519491231002X")
    child.expect(pexpect.EOF)
    child.close()
    shown = str(child.before)
    assert child.exitstatus == 0
    assert "110105********002X" in shown
    assert "11010519491231002X" not in shown
