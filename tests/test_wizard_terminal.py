"""The wizard in a real pseudo-terminal (pexpect), driven with the arrow keys and Enter only.

Every step waits for the next screen's own text before pressing a key, so keys never reach a
prompt that is not yet listening. Select these tests with ``pytest -m terminal``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers.terminal import BACKSPACE, CTRL_C, DOWN, ENTER, UP, Terminal, spawn

pytestmark = pytest.mark.terminal


def test_replace_card_end_to_end(terminals: list[Terminal], dirs: tuple[Path, Path]) -> None:
    term = spawn(terminals, dirs, "guide", "replace-card")
    term.wait("医保卡丢了或坏了")
    term.prompt("第 1/6 步 · 这张卡是谁的？谁去办？")
    term.press(ENTER)  # 我自己的卡
    term.prompt("第 2/6 步 · 您的医保卡怎么了？")
    term.press(ENTER)  # 丢了
    term.prompt("第 3/6 步 · 挂失了吗？")
    term.press(DOWN, ENTER)  # 只打电话挂失了
    term.prompt("第 4/6 步 · 您想怎么申请补办？")
    term.press(DOWN, DOWN, ENTER)  # past the separator: ← 返回上一步
    term.prompt("第 3/6 步 · 挂失了吗？")
    term.pointer("只打电话挂失了")  # the answer given before is kept
    term.press(ENTER)
    term.prompt("第 4/6 步 · 您想怎么申请补办？")
    term.press(ENTER)  # 到窗口
    term.prompt("第 5/6 步 · 当地补办要交近期免冠照片吗？")
    term.press(ENTER)  # 不清楚
    term.prompt("第 6/6 步 · 哪天申请补办？")
    term.press(ENTER)  # 今天
    term.review()
    term.press(DOWN, DOWN, ENTER)  # change the second answer
    term.prompt("您的医保卡怎么了？")
    term.press(DOWN, ENTER)  # 被偷或被抢了
    term.prompt("当地补办要报警回执吗？")  # the one new question; nothing else is asked again
    between = term.transcript[-2]
    assert "挂失了吗？" not in between and "免冠照片" not in between and "哪天" not in between
    term.press(ENTER)
    term.review()
    term.press(ENTER)  # ✓ 没问题，查看结果
    term.wait("到窗口补办的清单")
    term.wait("☐ 报警回执或相关证明文件")
    term.wait("不用再回答问题，直接得到这个结果：")
    term.prompt("保存为案例，以后跟进进度和日期？")
    term.press(UP, ENTER)  # 保存 (Enter alone would not save)
    term.wait("案例名称")
    term.press(ENTER)  # the name suggested: replace-card
    term.wait("已保存为案例 replace-card")
    term.prompt("保存这份清单？")
    term.press(DOWN, DOWN, DOWN, ENTER)  # HTML（打印用）
    term.wait("保存到：")
    term.wait(".html")
    term.press(ENTER)  # the suggested name, in the home directory
    term.wait("清单已写入：")
    status, _ = term.finish()
    assert status == 0
    shown = "".join(term.transcript)
    assert "--answer situation=stolen --answer reported=phone --answer mode=in-person" in shown
    assert "--answer for-whom=self" in shown
    (saved,) = dirs[0].glob("yibao-replace-card-*.html")
    page = saved.read_text(encoding="utf-8")
    assert "报警回执或相关证明文件" in page and "@page" in page

    again = spawn(terminals, dirs, "case", "resume", "replace-card")
    again.review()  # straight to the review, every answer kept
    again.press(ENTER)
    again.wait("案例：replace-card")
    again.wait("已更新案例 replace-card 的回答")
    status, _ = again.finish()
    assert status == 0


def test_transfer_end_to_end(terminals: list[Terminal], dirs: tuple[Path, Path]) -> None:
    term = spawn(terminals, dirs, "guide", "transfer")
    term.prompt("给谁转？谁去办？")
    term.press(ENTER)  # 我自己的
    term.prompt("原参保地已经停止缴纳医保（中止参保）了吗？")
    term.press(ENTER)  # 是
    term.prompt("在新的城市已经参加医保，并且有缴费记录了吗？")
    term.press(ENTER)  # 是
    term.prompt("是跨省转移吗")
    term.press(UP, ENTER)  # from the default 否 up to 是
    term.prompt("第 5/6 步 · 您想怎么申请？")
    term.press(DOWN, DOWN, DOWN, DOWN, ENTER)  # ← 返回上一步
    term.wait("第 4/6 步 · 是跨省转移吗")
    term.press(ENTER)  # keep the 是 given before
    term.prompt("第 5/6 步 · 您想怎么申请？")
    term.press(ENTER)  # 国家医保服务平台 APP
    term.prompt("第 6/6 步 · 哪天提交申请？")
    term.press(ENTER)
    term.review()
    term.press(DOWN, DOWN, DOWN, DOWN, ENTER)  # the fourth answer: 跨省转移
    term.prompt("是跨省转移吗")
    term.press(DOWN, ENTER)  # 否: the note on the pension's age rule drops out
    term.review()
    term.press(ENTER)
    term.wait("可以申请转移：步骤和预计时间")
    term.wait("最迟完成")  # the national time limits are limits, not durations
    term.prompt("保存为案例")
    term.press(ENTER)  # 不保存
    term.prompt("保存这份清单？")
    term.press(ENTER)  # 不保存
    status, rest = term.finish()
    assert status == 0
    rest = "".join(term.transcript) + rest
    assert "--answer cross-province=no --answer how=app" in rest
    assert "age=" not in rest and "养老保险" not in rest
    assert not list(dirs[0].glob("yibao-*"))


def test_ctrl_c_keeps_the_answers_and_says_how_to_resume(
    terminals: list[Terminal], dirs: tuple[Path, Path]
) -> None:
    term = spawn(terminals, dirs, "guide", "transfer")
    term.prompt("给谁转？谁去办？")
    term.press(ENTER)  # 我自己的
    term.prompt("原参保地已经停止缴纳医保（中止参保）了吗？")
    term.press(ENTER)
    term.prompt("在新的城市已经参加医保，并且有缴费记录了吗？")
    term.press(ENTER)
    term.prompt("是跨省转移吗")
    term.press(CTRL_C)
    term.wait("已中断。回答已保存，继续请运行：yibao guide transfer --resume")
    status, _ = term.finish()
    assert status == 130
    saved = yaml.safe_load((dirs[0] / "resume" / "transfer.yaml").read_text(encoding="utf-8"))
    assert saved == {"for-whom": "self", "old-stopped": "yes", "new-insured": "yes"}

    again = spawn(terminals, dirs, "guide", "transfer", "--resume")
    again.prompt("第 4/6 步 · 是跨省转移吗")  # straight to the first question not answered
    again.press(CTRL_C)
    status, _ = again.finish()
    assert status == 130


@pytest.mark.usefixtures("region_asked")
def test_main_menu(terminals: list[Terminal], dirs: tuple[Path, Path]) -> None:
    term = spawn(terminals, dirs)
    term.prompt("您想办什么事？")
    term.wait("退出")
    term.press(*[DOWN] * 10)  # the eleventh task, under 搬家和外地: transfer
    term.pointer("换了城市：把医保关系转过去")
    term.press(ENTER)
    term.prompt("给谁转？谁去办？")
    term.press(CTRL_C)
    term.wait("已中断。")
    status, _ = term.finish()
    assert status == 130


def test_the_place_of_treatment_is_read_like_a_region(
    terminals: list[Terminal], dirs: tuple[Path, Path]
) -> None:
    term = spawn(terminals, dirs, "guide", "cross-region-filing")
    term.prompt("给谁备案？谁去办？")
    term.press(ENTER)  # 我自己
    term.prompt("在哪里看病？")
    term.press(ENTER)  # 跨省
    term.prompt("在哪个城市看病？")
    term.press(BACKSPACE * 3, *"火星市", ENTER)  # 不清楚 is offered; a place that is not one
    term.wait("未找到地区")
    term.press(BACKSPACE * 3, *"三亚", ENTER)
    term.prompt("您为什么要在参保地以外看病？")
    term.press(CTRL_C)
    term.wait("已中断。")
    status, _ = term.finish()
    assert status == 130
    saved = yaml.safe_load((dirs[0] / "resume" / "cross-region-filing.yaml").read_text("utf-8"))
    assert saved["treated-in"] == "三亚"
