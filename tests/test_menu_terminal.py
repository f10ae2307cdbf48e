"""The main menu in a real 80×24 pseudo-terminal (pexpect): every task at once, into a wizard
and back, search, a finished wizard and back to the menu.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flow_ids
from helpers.terminal import DOWN, ENTER, UP, Terminal, spawn
from yibao_cli.catalogue import model

pytestmark = [pytest.mark.terminal, pytest.mark.slow, pytest.mark.usefixtures("region_asked")]


def answer_balance(term: Terminal) -> None:
    """Answer the balance wizard: my own, no app ticked, the first way to look, and confirm."""
    term.prompt("给谁查？")
    term.press(ENTER)
    term.prompt("您平时用哪些？")
    term.press(DOWN, DOWN, DOWN, DOWN)
    term.pointer("✓ 选好了")
    term.press(ENTER)
    term.prompt("您更喜欢怎么查？")
    term.press(ENTER)
    term.review()
    term.press(ENTER)


def quit_menu(term: Terminal) -> None:
    """Leave the menu by its 退出 entry; yibao ends well."""
    term.prompt("您想办什么事？")
    term.wait("退出")
    term.press(UP)
    term.pointer("退出")
    term.press(ENTER)
    status, _ = term.finish()
    assert status == 0


def first_use(terminals: list[Terminal], dirs: tuple[Path, Path]) -> tuple[Path, Terminal]:
    """Start the menu with no settings at all: it asks where you are insured."""
    settings = dirs[0] / "config" / "config.json"
    settings.unlink()
    term = small(spawn(terminals, dirs))
    term.prompt("您的医保是在哪个城市参保的？")
    return settings, term


def small(term: Terminal) -> Terminal:
    term.child.setwinsize(24, 80)
    return term


def test_menu_wizard_back_search_finish_and_back(
    terminals: list[Terminal],
    dirs: tuple[Path, Path],
    catalogue: model.Catalogue,
) -> None:
    cat = catalogue
    term = small(spawn(terminals, dirs))
    term.prompt("您想办什么事？")
    term.wait("退出")
    first = term.transcript[-1]
    for heading in ("丢卡/换卡", "查询", "看病和报销", "搬家和外地", "缴费和家人"):
        assert f"── {heading} ──" in first
    for group in cat.menu:  # every task on the one screen
        for item in group.items:
            flow = cat.flow(item)
            summary = cat.summary(item)
            label = flow.task if flow is not None else summary.title if summary else None
            if label is not None:
                assert str(getattr(label, "zh", label)) in first.replace("\n", ""), item
    assert "搜索…" in first
    # Into the first wizard, and back out from its first question.
    term.press(ENTER)
    term.prompt("这张卡是谁的？谁去办？")
    term.press(DOWN, DOWN, DOWN)
    term.pointer("← 返回菜单")
    term.press(ENTER)
    term.prompt("您想办什么事？")
    term.wait("退出")
    # Search from the menu.
    term.press(UP, UP)
    term.pointer("搜索…")
    term.press(ENTER)
    term.prompt("您想查什么？")
    term.press(*"查余额", ENTER)
    term.prompt("找到这些，打开哪一个？")
    term.pointer("查医保余额和消费记录")
    term.press(ENTER)
    # Finish that wizard.
    answer_balance(term)
    term.wait("现在就做")
    term.prompt("保存为案例")
    term.press(ENTER)
    term.prompt("保存这份清单？")
    term.press(ENTER)
    term.prompt("接下来？")
    term.pointer("回到菜单")
    term.press(ENTER)
    term.prompt("您想办什么事？")
    term.pointer("查医保余额和消费记录")  # the menu opens where the user left it
    term.wait("退出")
    term.press(UP, UP, UP, UP)  # up past the first task to the last choice
    term.pointer("退出")
    term.press(ENTER)
    status, _ = term.finish()
    assert status == 0


def test_guide_without_an_id_opens_the_menu(
    terminals: list[Terminal],
    dirs: tuple[Path, Path],
) -> None:
    term = small(spawn(terminals, dirs, "guide"))
    quit_menu(term)


def test_checklist_without_answers_asks_on_a_terminal(
    terminals: list[Terminal],
    dirs: tuple[Path, Path],
) -> None:
    term = spawn(terminals, dirs, "checklist", "replace-card")
    term.prompt("这张卡是谁的？谁去办？")
    assert "← 返回菜单" not in term.transcript[-1]
    term.press(ENTER)  # my own
    term.prompt("您的医保卡怎么了？")
    term.press(ENTER)  # lost
    term.prompt("挂失了吗？")
    term.press(ENTER)
    term.prompt("您想怎么申请补办？")
    term.press(ENTER)
    term.prompt("当地补办要交近期免冠照片吗？")
    term.press(ENTER)
    term.prompt("哪天申请补办？")
    term.press(ENTER)
    term.review()
    term.press(ENTER)
    term.wait("到窗口补办的清单")
    term.wait("☐")
    status, rest = term.finish()
    assert status == 0
    assert "通用清单" not in rest


@pytest.mark.parametrize("flow_id", flow_ids())
def test_checklist_on_a_terminal_asks_the_first_question(
    terminals: list[Terminal],
    dirs: tuple[Path, Path],
    catalogue: model.Catalogue,
    flow_id: str,
) -> None:
    flow = catalogue.flow(flow_id)
    assert flow is not None
    term = spawn(terminals, dirs, "checklist", flow_id)
    term.prompt(model.text(flow.questions[0].text))
    term.press("\x03")
    status, _ = term.finish()
    assert status == 130


def test_first_use_asks_where_one_is_insured_and_remembers_it(
    terminals: list[Terminal], dirs: tuple[Path, Path]
) -> None:
    settings = dirs[0] / "config" / "config.json"
    settings.unlink()  # a first use: nothing asked, no default region
    term = small(spawn(terminals, dirs))
    term.prompt("您的医保是在哪个城市参保的？")
    term.press(*"朝阳区", ENTER)  # two of that name: asked again, with the candidates
    term.wait("多个")
    term.press(*"\x08\x08\x08", *"哈尔滨", ENTER)
    term.wait("参保地：黑龙江省哈尔滨市（230100）")
    term.prompt("记住黑龙江省哈尔滨市")
    term.press(ENTER)  # yes
    quit_menu(term)
    saved = json.loads(settings.read_text(encoding="utf-8"))
    assert saved["region"]["code"] == "230100" and saved["region_asked"] is True


def test_first_use_skip_is_remembered_and_answers_carry_the_city(
    terminals: list[Terminal], dirs: tuple[Path, Path]
) -> None:
    settings, term = first_use(terminals, dirs)
    term.press(ENTER)  # skip
    quit_menu(term)
    assert json.loads(settings.read_text(encoding="utf-8")) == {"region_asked": True}
    quit_menu(small(spawn(terminals, dirs)))  # the menu comes first: not asked again


def test_the_city_given_once_reaches_the_answer_without_remembering(
    terminals: list[Terminal], dirs: tuple[Path, Path]
) -> None:
    settings, term = first_use(terminals, dirs)
    term.press(*"哈尔滨", ENTER)
    term.prompt("记住黑龙江省哈尔滨市")
    term.press(DOWN, ENTER)  # no
    term.prompt("您想办什么事？")
    term.wait("退出")
    term.press(DOWN, DOWN, DOWN)  # past the three of 丢卡/换卡
    term.pointer("查医保余额")
    term.press(ENTER)
    answer_balance(term)
    term.wait("0451-12393")  # the region's hotline, with the area code
    term.prompt("保存为案例")  # all printed: Ctrl-C now reaches the question, not the output
    term.child.sendintr()
    term.finish()
    assert not settings.exists()  # not remembered: asked again next time
