"""``yibao estimate``: worked examples by hand, every intermediate number, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import DATA, Run

# The worked example (docs/estimate.md): 10,000 元 inpatient bill, 1,000 元 outside the catalogue,
# 4,000 元 of 乙类 costs with 5% paid first, a 1,300 元 deductible not yet used, 85%, no cap.
# By hand: 乙类先自付 4,000 × 5% = 200; policy range 10,000 − 1,000 − 200 = 8,800;
# above the deductible 8,800 − 1,300 = 7,500; the fund pays 7,500 × 85% = 6,375.00;
# the patient pays 10,000 − 6,375 = 3,625.00 (= 1,000 + 200 + 1,300 + 7,500 × 15%).
EXAMPLE = (
    "estimate",
    "--bill", "10000",
    "--outside", "1000",
    "--class-b", "4000",
    "--class-b-share", "5%",
    "--deductible", "1300",
    "--deductible-used", "0",
    "--ratio", "85%",
    "--cap", "none",
)  # fmt: skip


def test_worked_example_shows_each_step_and_the_result(run: Run) -> None:
    result = run(*EXAMPLE)
    assert result.code == 0, result.err
    out = result.out
    for line in (
        "乙类先自付 = 乙类 4,000.00 × 5% = 200.00",
        "政策范围内 = 总额 10,000.00 − 1,000.00 − 200.00 = 8,800.00",
        "起付线以上 = 8,800.00 − 1,300.00 = 7,500.00",
        "医保支付 = 7,500.00 × 85% = 6,375.00",
        "医保约付 6,375.00 元，自己约付 3,625.00 元",
    ):
        assert line in out
    assert "最少的情形" not in out  # every figure known: one calculation, not a range
    assert "[属地]" in out  # the figures' own tier is said


def test_all_in_catalogue_counted_as_yi_class(run: Run) -> None:
    # The same bill read as "5% of everything inside the catalogue is paid first":
    # 9,000 × 5% = 450; 10,000 − 1,000 − 450 = 8,550; − 1,300 = 7,250; × 85% = 6,162.50.
    args = [*EXAMPLE]
    args[args.index("4000")] = "9000"
    result = run(*args, "--json")
    data = json.loads(result.out)
    low = data["results"][0]["low"]
    assert low["class_b_self"] == "450.00"
    assert low["policy"] == "8550.00"
    assert low["above"] == "7250.00"
    assert low["fund"] == "6162.50"
    assert low["self_pay"] == "3837.50"
    assert data["fund"] == {"min": "6162.50", "max": "6162.50"}


def test_json_gives_every_intermediate_number(run: Run) -> None:
    data = json.loads(run(*EXAMPLE, "--json").out)
    assert data["version"] == 1
    assert data["elsewhere"] == "home"
    assert data["unknown"] == []
    assert data["inputs"]["ratio"] == {"min": "0.85", "max": "0.85", "origin": "given"}
    assert data["inputs"]["cap"] == {"min": None, "max": None, "origin": "given"}
    (only,) = data["results"]
    assert only["form"] == "plain"
    low = only["low"]
    assert low["params"]["bill"] == "10000"
    expected = {
        "outside": "1000",
        "class_b": "4000",
        "class_b_self": "200.00",
        "policy": "8800.00",
        "first_pay": "0",
        "after_first": "8800.00",
        "deductible_left": "1300",
        "deductible_part": "1300",
        "above": "7500.00",
        "ratio": "0.85",
        "uncapped": "6375.0000",
        "cap_left": None,
        "over_cap": "0.0000",
        "fund": "6375.00",
        "self_pay": "3625.00",
    }
    assert {key: low[key] for key in expected} == expected
    assert only["high"] == low
    assert data["self"] == {"min": "3625.00", "max": "3625.00"}
    assert {note["id"] for note in data["notes"]} >= {"figures", "settlement"}
    assert all(note["tier"] in ("全国", "属地", "经验") for note in data["notes"])


def test_cap_limits_the_fund_and_the_rest_is_said(run: Run) -> None:
    args = ["estimate", "--bill", "100000", "--outside", "0", "--class-b", "0"]
    args += ["--deductible", "1000", "--deductible-used", "0", "--ratio", "90%"]
    result = run(*args, "--cap", "50000", "--cap-used", "20000")
    assert result.code == 0, result.err
    # 99,000 × 90% = 89,100, but only 50,000 − 20,000 = 30,000 is left under the cap.
    assert "封顶线还剩 = 50,000.00 − 今年已付 20,000.00 = 30,000.00" in result.out
    assert "超过封顶线 59,100.00" in result.out
    assert "医保约付 30,000.00 元，自己约付 70,000.00 元" in result.out
    assert "大病保险" in result.out


def test_unknown_figures_give_a_range_with_both_ends_worked(run: Run) -> None:
    result = run("estimate", "--bill", "10000", "--outside", "1000", "--class-b", "0",
                 "--deductible", "1300", "--ratio", "80-90%", "--cap", "none")  # fmt: skip
    assert result.code == 0, result.err
    out = result.out
    assert "医保付得最少的情形" in out and "医保付得最多的情形" in out
    # Least: deductible not used at all, 80%: (9,000 − 1,300) × 80% = 6,160.
    # Most: the deductible already used up, 90%: 9,000 × 90% = 8,100.
    assert "医保约付 6,160.00–8,100.00 元，自己约付 1,900.00–3,840.00 元" in out
    assert "今年已用掉的起付线（--deductible-used）" in out


def test_bill_alone_is_an_honest_wide_range(run: Run) -> None:
    data = json.loads(run("estimate", "--bill", "500", "--json").out)
    assert data["fund"] == {"min": "0.00", "max": "500.00"}
    assert set(data["unknown"]) >= {"outside", "deductible", "ratio", "cap"}


def test_deductible_above_the_bill_is_no_error(run: Run) -> None:
    # A small bill under the deductible is paid by the patient; the fund pays nothing.
    result = run("estimate", "--bill", "300", "--outside", "0", "--class-b", "0",
                 "--deductible", "1300", "--deductible-used", "0", "--ratio", "85%",
                 "--cap", "none")  # fmt: skip
    assert result.code == 0
    assert "这次自己付其中 300.00" in result.out
    assert "医保约付 0.00 元，自己约付 300.00 元" in result.out


def test_temporary_stay_shows_both_forms_side_by_side(run: Run) -> None:
    result = run(*EXAMPLE, "--elsewhere", "other")
    assert result.code == 0, result.err
    out = result.out
    assert "降比例" in out and "先自付" in out
    assert "两种分别算出，最后并排列出" in out
    assert "医保发〔2022〕22号" in out
    # Ratio cut, 0–20 points: 7,500 × 65% = 4,875 … 7,500 × 85% = 6,375.
    assert "7,500.00 × 65% = 4,875.00" in out
    # 先自付 20%: 8,800 × 20% = 1,760; (7,040 − 1,300) × 85% = 4,879.
    assert "8,800.00 × 20% = 1,760.00" in out
    assert "4,879.00" in out
    assert "医保约付 4,875.00–6,375.00 元" in out
    # What would change it, worked out: a referral (at most 10 points), a long-term filing.
    assert "若是转诊转院或急诊抢救（降幅最多 10 个百分点）：医保约付 5,625.00–6,375.00 元" in out
    assert "办的若是长期备案（不降比例）：医保约付 6,375.00 元" in out
    data = json.loads(run(*EXAMPLE, "--elsewhere", "other", "--json").out)
    assert [r["form"] for r in data["results"]] == ["cut", "first-pay"]
    assert data["cut_limit"] == "0.2"
    assert data["results"][0]["low"]["ratio"] == "0.65"
    assert data["results"][1]["low"]["first_pay"] == "1760.000"


def test_known_form_shows_only_that_calculation(run: Run) -> None:
    result = run(*EXAMPLE, "--elsewhere", "referral", "--cut", "10")
    assert result.code == 0, result.err
    assert "支付比例 = 85% − 10 个百分点 = 75%" in result.out
    assert "× 20% =" not in result.out and "再按规定结算" not in result.out
    assert "医保约付 5,625.00 元，自己约付 4,375.00 元" in result.out
    result = run(*EXAMPLE, "--elsewhere", "other", "--first-pay", "20%")
    assert "8,800.00 × 20% = 1,760.00" in result.out
    assert "个百分点 =" not in result.out
    assert "医保约付 4,879.00 元，自己约付 5,121.00 元" in result.out


def test_long_term_filing_uses_home_rules(run: Run) -> None:
    result = run(*EXAMPLE, "--elsewhere", "long-term")
    assert "医保约付 6,375.00 元" in result.out
    assert "不降比例" in result.out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("--bill -100", "账单总额 不能是负数"),
        ("--bill 100 --outside -1", "目录外（全自费） 不能是负数"),
        ("--bill abc", "账单总额 应为金额"),
        ("--bill 100.123", "最多精确到分"),
        ("--bill 100 --ratio 120%", "支付比例 不能超过 100%"),
        ("--bill 100 --ratio 0.85", "0.85 是指 85% 吗"),
        ("--bill 100 --ratio 90-80%", "范围前面的数比后面的大"),
        ("--bill 100 --outside 200", "目录外费用 200.00 元比账单总额 100.00 元还多"),
        ("--bill 100 --outside 60 --class-b 50", "目录外和乙类费用合计"),
        (
            "--bill 100 --deductible 500 --deductible-used 800",
            "今年已用掉的起付线 800.00 元比起付线",
        ),
        ("--bill 100 --cap 500 --cap-used 800", "今年已计入封顶线的 800.00 元比封顶线"),
        ("--bill 100 --elsewhere referral --cut 15", "降幅最多 10 个百分点，给的是 15"),
        ("--bill 100 --elsewhere other --cut 25", "降幅最多 20 个百分点，给的是 25"),
        ("--bill 100 --cut 10", "只用于跨省临时外出就医"),
        ("--bill 100 --elsewhere other --cut 10 --first-pay 20%", "两种算法"),
        ("--bill 100 --elsewhere abroad", "--elsewhere 不能是 'abroad'"),
        ("--bill 100 --setting daycare", "--setting 不能是 'daycare'"),
        ("", "请用 --bill 给出"),
    ],
)
def test_bad_figures_are_usage_errors(run: Run, extra: str, message: str) -> None:
    result = run("estimate", *extra.split())
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert result.out == ""


def test_cut_beyond_the_limit_cites_the_rule(run: Run) -> None:
    result = run("estimate", "--bill", "100", "--elsewhere", "emergency", "--cut", "12")
    assert result.code == 2
    assert "医保发〔2022〕22号" in result.err


def test_typing_variants_are_read_alike(run: Run) -> None:
    plain = json.loads(run(*EXAMPLE, "--json").out)
    args = list(EXAMPLE)
    args[args.index("10000")] = "１０,０００元"  # full-width digits, a comma, the unit
    args[args.index("85%")] = "85"
    assert json.loads(run(*args, "--json").out)["fund"] == plain["fund"]


def test_english(run: Run) -> None:
    result = run(*EXAMPLE, "--lang", "en")
    assert "The insurance pays about 6,375.00 yuan, you pay about 3,625.00 yuan" in result.out
    assert "〔中文〕" not in result.out


def test_broken_rules_file_is_located(run: Run, tmp_path: Path) -> None:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    text = (target / "estimate.yaml").read_text(encoding="utf-8")
    assert run("--catalogue", str(target), *EXAMPLE).code == 0  # checked and kept
    (target / "estimate.yaml").write_text(text.replace("referral: 10", "referral: ten"), "utf-8")
    result = run("--catalogue", str(target), *EXAMPLE)
    assert result.code == 4
    assert "estimate.yaml:" in result.err and "cut_limits.referral" in result.err
    (target / "estimate.yaml").unlink()
    result = run("--catalogue", str(target), *EXAMPLE)
    assert result.code == 3
    assert "estimate.yaml" in result.err


@pytest.mark.parametrize("page", ["docs/estimate.md", "README.md"])
def test_docs_worked_example_is_what_the_tool_prints(run: Run, page: str) -> None:
    doc = (DATA.parent / page).read_text(encoding="utf-8")
    block = doc.split("$ yibao estimate --bill 10000", 1)[1].split("```", 1)[0]
    command, _, shown = block.partition("\n    --deductible")
    args = ("--bill 10000" + command + " --deductible" + shown.split("\n", 1)[0]).split()
    args = [arg for arg in args if arg != "\\"]
    result = run("estimate", *args)
    assert result.code == 0, result.err
    printed = [line.strip() for line in result.out.splitlines()]
    for line in shown.split("\n", 1)[1].splitlines():
        if line.strip() and line.strip() != "…":
            assert line.strip() in printed, line


def test_json_top_level_is_as_documented(run: Run) -> None:
    data = json.loads(run(*EXAMPLE, "--json").out)
    assert list(data) == [
        "version", "lang", "setting", "level", "elsewhere", "form", "cut_limit", "inputs",
        "unknown", "results", "fund", "self", "changes", "notes", "reviewed",
    ]  # fmt: skip


@pytest.mark.slow
def test_a_warm_estimate_loads_neither_pydantic_nor_yaml(tmp_path: Path) -> None:
    from helpers import imports

    imports(tmp_path, *EXAMPLE)  # checks data/estimate.yaml once and keeps the checked copy
    assert len(list(tmp_path.glob("estimate-*.pickle"))) == 1
    loaded = imports(tmp_path, *EXAMPLE)
    assert not {"pydantic", "yaml", "questionary", "yibao_cli.validate"} & loaded


def test_every_estimate_text_has_english() -> None:
    import yaml

    texts = {"text", "source", "task", "intro", "help", "label", "title", "message"}
    lacking: list[str] = []

    def visit(node: object, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in texts and not (isinstance(value, dict) and value.get("en")):
                    lacking.append(f"{where}.{key}")
                visit(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, f"{where}[{index}]")

    visit(yaml.safe_load((DATA / "estimate.yaml").read_text(encoding="utf-8")), "")
    assert lacking == []
