"""The "估算能报多少" wizard: every route, a scenario table, and a run in a real terminal.

The scenario table reads: the answers given, then the texts the estimate must and must not
show. Answers off the route (a cap after "没有封顶线") never reach the estimate.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Mapping
from pathlib import Path

import pytest
from rich.console import Console

from helpers import DATA, Run
from helpers.terminal import DOWN, ENTER, UP, Terminal
from yibao_cli import session
from yibao_cli.app import estimate as estimation
from yibao_cli.estimate import explain
from yibao_cli.estimate.inputs import Raw, build
from yibao_cli.estimate.ranges import estimate
from yibao_cli.estimate.rules import Rules, load
from yibao_cli.render.estimate import render
from yibao_cli.wizard.engine import walk

TODAY = datetime.date(2026, 12, 1)
HOME = {
    "setting": "inpatient",
    "level": "tertiary",
    "bill": "10000",
    "outside": "1000",
    "class-b": "4000",
    "class-b-share": "5%",
    "deductible": "1300",
    "deductible-used": "0",
    "ratio": "85%",
    "cap-known": "none",
    "elsewhere": "home",
}

# name: (answers, texts that must appear, texts that must not appear)
SCENARIOS: dict[str, tuple[Mapping[str, str], tuple[str, ...], tuple[str, ...]]] = {
    "worked example at home": (
        HOME,
        (
            "住院 · 三级医院",
            "医保约付 6,375.00 元，自己约付 3,625.00 元",
            "乙类先自付 = 乙类 4,000.00",
        ),
        ("最少的情形", "降比例", "22号"),
    ),
    "no 乙类 costs: the share is not asked": (
        {**HOME, "class-b": "0"},
        ("医保约付 6,545.00 元",),
        ("乙类先自付比例",),
    ),
    "unknown figures give a range": (
        {**HOME, "outside": "?", "ratio": "不知道", "cap-known": "unknown"},
        ("医保付得最少的情形", "医保约付 0.00–", "目录外（全自费）（--outside）"),
        ("医保约付 6,375.00 元，",),
    ),
    "a known cap that is reached": (
        {**HOME, "cap-known": "known", "cap": "5000", "cap-used": "1000"},
        (
            "封顶线还剩 = 5,000.00 − 今年已付 1,000.00 = 4,000.00",
            "医保约付 4,000.00 元",
            "大病保险",
        ),
        ("没有或达不到",),
    ),
    "long-term filing": (
        {**HOME, "elsewhere": "long-term"},
        ("长期备案", "医保约付 6,375.00 元", "就医地"),
        ("降比例·最少",),
    ),
    "referral with a known cut": (
        {**HOME, "elsewhere": "referral", "form": "cut", "cut": "10"},
        ("85% − 10 个百分点 = 75%", "医保约付 5,625.00 元", "办的若是长期备案"),
        ("再按规定结算", "若是转诊转院"),
    ),
    "other trip, 先自付 20%": (
        {**HOME, "elsewhere": "other", "form": "first-pay", "first-pay": "20%"},
        ("8,800.00 × 20% = 1,760.00", "医保约付 4,879.00 元", "若是转诊转院", "杭州"),
        ("个百分点 =",),
    ),
    "emergency, cut not known": (
        {**HOME, "elsewhere": "emergency", "form": "cut", "cut": "?"},
        ("85% − 10 个百分点 = 75%", "85% − 0 个百分点 = 85%", "医保约付 5,625.00–6,375.00 元"),
        ("再按规定结算",),
    ),
    "other trip, form not known: both side by side": (
        {**HOME, "elsewhere": "other", "form": "unknown"},
        ("两种算法并排对比", "降比例·最少", "先自付·最多", "医保约付 4,875.00–6,375.00 元"),
        (),
    ),
    "outpatient at a community hospital": (
        {
            **HOME,
            "setting": "outpatient",
            "level": "primary",
            "bill": "300",
            "outside": "0",
            "class-b": "0",
        },
        ("门诊 · 一级或社区医院", "医保约付 0.00 元，自己约付 300.00 元"),
        (),
    ),
}


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load(DATA)


def shown(rules: Rules, answers: Mapping[str, str]) -> str:
    done = walk(rules.wizard, dict(answers), TODAY)
    assert done.outcome is not None and done.outcome.id == "estimate", done.pending
    raw = estimation.raw_from(done.known)
    limit = rules.cut_limit(raw.elsewhere)
    result = estimate(build(raw, limit), limit)
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None)
    render(
        console, result, rules, explain.alternatives(result, rules.cut_limit), explain.notes(result)
    )
    return buffer.getvalue()


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario(rules: Rules, name: str) -> None:
    answers, present, absent = SCENARIOS[name]
    text = shown(rules, answers)
    for item in present:
        assert item in text, item
    for item in absent:
        assert item not in text, item


def test_every_question_is_on_some_scenario(rules: Rules) -> None:
    asked: set[str] = set()
    for answers, _, _ in SCENARIOS.values():
        asked |= set(walk(rules.wizard, dict(answers), TODAY).known)
    assert {question.id for question in rules.wizard.questions} - asked == set()


def test_answers_off_the_route_are_not_used(rules: Rules) -> None:
    done = walk(rules.wizard, {**HOME, "cap": "10", "cut": "15"}, TODAY)
    raw = estimation.raw_from(done.known)
    assert raw.cap == "none" and raw.cut is None


def test_options_given_become_answers_and_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session.SETTINGS, "catalogue_dir", None)
    raw = Raw(bill="10000", ratio="85%", cap="none", elsewhere="other", form="cut", cut="10")
    answers = estimation.answers_from(raw)
    assert answers == {
        "bill": "10000",
        "ratio": "85%",
        "cap-known": "none",
        "elsewhere": "other",
        "form": "cut",
        "cut": "10",
    }
    again = estimation.command(raw)
    assert again == (
        "yibao estimate --bill 10000 --ratio 85% --cap none --cut 10 --elsewhere other --form cut"
    )


def test_the_wizard_validates_amounts_as_typed(rules: Rules) -> None:
    from yibao_cli.wizard.engine import AnswerError, parse

    bill = rules.wizard.question("bill")
    ratio = rules.wizard.question("ratio")
    assert bill is not None and ratio is not None
    assert parse(bill, "10000", {}, TODAY) == "10000"
    for wrong in ("-5", "abc", "?", "1.234"):
        with pytest.raises(AnswerError):
            parse(bill, wrong, {}, TODAY)
    for right in ("85%", "85", "80-90%", "?", "不知道"):
        parse(ratio, right, {}, TODAY)


@pytest.mark.terminal
def test_estimate_wizard_in_a_terminal(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()
    term = Terminal(home, cache, "estimate")
    try:
        term.wait("估算能报多少")
        term.prompt("是住院还是门诊？")
        term.press(ENTER)  # 住院
        term.prompt("在哪一级医院？")
        term.press(UP, ENTER)  # from 不知道 up to 三级医院
        for question, typed in (
            ("这次的费用一共多少元？", "10000"),
            ("目录外（全自费）的部分多少元？", "1000"),
            ("乙类药品和项目一共多少元？", "4000"),
            ("乙类要先自付百分之几？", "5%"),
            ("起付线是多少元？", "1300"),
            ("已经用掉起付线多少元？", "0"),
            ("医保报百分之几？", "85%"),
        ):
            term.prompt(question)
            term.press(typed, ENTER)
        term.prompt("封顶线（最高支付限额）呢？")
        term.press(UP, ENTER)  # from 不知道 up to 没有封顶线，或肯定达不到
        term.prompt("是在参保地看的病吗？")
        term.press(ENTER)  # 是，在参保地
        term.review()
        term.press(ENTER)
        term.wait("医保约付 6,375.00 元，自己约付 3,625.00 元")
        term.wait("yibao estimate --bill 10000")
        status, rest = term.finish()
        assert status == 0
        assert "--cap none" in rest
    finally:
        if term.child.isalive():
            term.child.terminate(force=True)


@pytest.mark.terminal
@pytest.mark.usefixtures("region_asked")
def test_menu_offers_the_estimate(dirs: tuple[Path, Path]) -> None:
    term = Terminal(*dirs)
    try:
        term.wait("估算能报多少")
        term.child.sendcontrol("c")
        status, _ = term.finish()
        assert status == 130
    finally:
        if term.child.isalive():
            term.child.terminate(force=True)


@pytest.mark.terminal
def test_figures_that_do_not_fit_reopen_the_review(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()
    # Everything but the bill and the part outside the catalogue is given as options.
    term = Terminal(home, cache, "estimate", "--class-b", "0", "--deductible", "0",
                    "--deductible-used", "0", "--ratio", "50%", "--cap", "none")  # fmt: skip
    try:
        term.prompt("是住院还是门诊？")
        term.press(ENTER)
        term.prompt("在哪一级医院？")
        term.press(ENTER)
        term.prompt("这次的费用一共多少元？")
        term.press("100", ENTER)
        term.prompt("目录外（全自费）的部分多少元？")
        term.press("200", ENTER)
        term.prompt("是在参保地看的病吗？")
        term.press(ENTER)
        term.review()
        term.press(ENTER)
        term.wait("目录外费用 200.00 元比账单总额 100.00 元还多")
        term.review()  # nothing is lost: change the one answer
        term.press(DOWN, DOWN, DOWN, DOWN, ENTER)
        term.prompt("目录外（全自费）的部分多少元？")
        term.press("\x7f" * 5, "20", ENTER)
        term.review()
        term.press(ENTER)
        term.wait("医保约付 40.00 元，自己约付 60.00 元")
        status, _ = term.finish()
        assert status == 0
    finally:
        if term.child.isalive():
            term.child.terminate(force=True)


def test_guide_estimate_takes_the_wizard_answers(run: Run) -> None:
    args = [f"--answer={key}={value}" for key, value in HOME.items()]
    result = run("guide", "estimate", *args)
    assert result.code == 0, result.err
    assert "医保约付 6,375.00 元，自己约付 3,625.00 元" in result.out
    result = run("guide", "estimate", "--answer", "bil=10000")
    assert result.code == 2
    assert "没有叫 'bil' 的问题" in result.err and "deductible-used" in result.err
    result = run("guide", "estimate", "--answer", "ratio=85%")
    assert result.code == 2
    assert "--answer bill=" in result.err
