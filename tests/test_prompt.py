"""The prompt module with questionary's prompts replaced by a script (no terminal needed)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from helpers.script import Script, Shown, ctrl_c, enter, pick, typed
from yibao_cli.app import prompt
from yibao_cli.catalogue import model
from yibao_cli.wizard.steps import Wizard

TODAY = datetime.date(2026, 9, 1)


@pytest.fixture
def flow(small_catalogue: model.Catalogue) -> model.Flow:
    found = small_catalogue.flow("alpha")
    assert found is not None
    return found


def test_a_whole_run(monkeypatch: pytest.MonkeyPatch, flow: model.Flow) -> None:
    script = Script(
        monkeypatch,
        pick("丢了"),
        pick("否"),
        typed("30"),
        pick("☐ 应用"),  # Enter ticks…
        pick("✓ 选好了"),  # …then done
        enter,  # 怎么办理: the default, 窗口
        enter,  # the date: today
        enter,  # the review: confirm
    )
    done = prompt.run(Wizard(flow, TODAY))
    assert done.outcome is not None and done.outcome.id == "done"
    assert done.known == {
        "kind": "lost",
        "reported": False,
        "age": "30",
        "apps": ("phone", "app"),
        "how": "office",
        "day": "2026-09-01",
    }
    assert script.printed[0].startswith(model.text(flow.task, "zh"))  # the task, then the hint
    assert "按 Ctrl-C 退出时会保存回答" in script.printed[0]
    first = script.shown[0]
    assert first.message == "第 1/6 步 · 哪一种情况？"
    assert first.titles == ["丢了", "坏了", "其他", "↺ 重新开始"]  # nothing to go back to
    assert script.shown[1].titles == ["是", "否", "← 返回上一步", "↺ 重新开始"]
    assert script.shown[1].default is False
    ticks = script.shown[3]
    assert ticks.titles[:4] == ["☑ 电话", "☐ 应用", "☐ 网站", "✓ 选好了（已选 1 项）"]
    assert ticks.default == prompt.FINISHED  # the default answer: Enter accepts it
    assert script.shown[4].titles[:2] == ["☑ 电话", "☑ 应用"]
    assert script.shown[4].default == prompt._TICK + "app"  # the pointer stays put
    assert script.shown[6].titles[0] == "今天（2026-09-01）"
    review = script.shown[7]
    assert review.message == "检查您的回答"
    assert review.titles[0] == "✓ 没问题，查看结果"
    assert "您用哪些方式？  →  电话、应用" in review.titles


def test_text_validates_and_escape_goes_back(
    monkeypatch: pytest.MonkeyPatch, flow: model.Flow
) -> None:
    def check_then_escape(shown: Shown) -> Any:
        validate = shown.extra["validate"]
        assert validate("abc") == "请输入整数"
        assert validate("200") == "应在 16 到 120 之间"
        assert validate("30") is True
        return prompt.BACK

    script = Script(monkeypatch, pick("丢了"), pick("是"), check_then_escape, pick("是"), ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        prompt.run(Wizard(flow, TODAY))
    assert [s.message for s in script.shown][-2:] == [
        "第 2/6 步 · 挂失了吗？",  # back from the age question…
        "第 3/6 步 · 您多少周岁？",
    ]
    assert script.shown[3].default is True  # …with the answer given before


def test_another_date(monkeypatch: pytest.MonkeyPatch, flow: model.Flow) -> None:
    given = {"kind": "broken", "reported": True, "apps": ("app",), "how": "online"}

    def bad_date(shown: Shown) -> Any:
        assert shown.default == ""
        assert "2月没有30日" in shown.extra["validate"]("2026-02-30")
        return "2026-09-30"

    script = Script(monkeypatch, pick("输入其他日期"), bad_date, enter)
    done = prompt.run(Wizard(flow, TODAY, given))
    assert done.known["day"] == "2026-09-30"
    assert script.shown[0].message == "第 5/5 步 · 哪天办理？"


def test_review_change_back_and_restart(monkeypatch: pytest.MonkeyPatch, flow: model.Flow) -> None:
    given = {"kind": "broken", "reported": True, "apps": ("app",), "how": "online", "day": "today"}
    script = Script(
        monkeypatch,
        pick("哪一种情况？"),  # on the review: change the first answer
        pick("丢了"),  # lost adds the age question, and only that is asked
        typed("44"),
        pick("← 返回上一步"),  # back from the review: the last question
        enter,
        pick("↺ 重新开始"),
        pick("是"),  # starting over asks first
        pick("其他"),
        enter,
    )
    done = prompt.run(Wizard(flow, TODAY, given))
    assert done.outcome is not None and done.outcome.id == "refused"
    messages = [s.message for s in script.shown]
    assert messages[:4] == [
        "检查您的回答",
        "第 1/5 步 · 哪一种情况？",  # the path of the answer given: 坏了, five questions
        "第 3/6 步 · 您多少周岁？",
        "检查您的回答",
    ]
    assert messages[4] == "第 6/6 步 · 哪天办理？"


def test_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    script = Script(monkeypatch, pick("  乙"), pick("退出"), pick("搜索…"))
    groups = [("一", [("alpha", "甲")]), ("二", [("beta", "乙")])]
    assert prompt.menu(groups) == "beta"
    assert prompt.menu([("", [("alpha", "甲")])]) is None
    assert prompt.menu(groups) == prompt.SEARCH
    assert script.shown[0].titles == ["  甲", "  乙", "搜索…", "退出"]


def test_restart_asks_first(monkeypatch: pytest.MonkeyPatch, flow: model.Flow) -> None:
    given = {"kind": "broken", "reported": True, "apps": ("app",), "how": "online", "day": "today"}
    Script(monkeypatch, pick("↺ 重新开始"), pick("否"), pick("✓ 没问题"))
    done = prompt.run(Wizard(flow, TODAY, given))
    assert done.known["kind"] == "broken"  # "否" kept every answer


def test_from_the_menu_the_first_question_goes_back_to_it(
    monkeypatch: pytest.MonkeyPatch, flow: model.Flow
) -> None:
    script = Script(monkeypatch, pick("← 返回菜单"))
    with prompt.from_menu(), pytest.raises(prompt.BackToMenu):
        prompt.run(Wizard(flow, TODAY, {}))
    assert "← 返回上一步" not in script.shown[0].titles
    script = Script(monkeypatch, ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        prompt.run(Wizard(flow, TODAY, {}))
    assert "← 返回菜单" not in script.shown[0].titles  # not offered outside the menu
