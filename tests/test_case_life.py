"""Real cases through their whole life, on the real catalogue and fixed dates.

A replace-card case and a transfer case: saved, waited on, an office's step running past its
latest date, steps done out of order, undone, resumed with changed answers, closed, reopened.
Every step's status and the ``case next`` line are checked at each point.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import icalendar
import pytest

from helpers import TRANSFER_OK, Run, answers, ok, output_of, save, yibao
from helpers.script import Reply, Script, pick, typed
from yibao_cli.app import context
from yibao_cli.cases import store as casestore

REPLACE = [
    "for-whom=self",
    "situation=lost",
    "reported=not-yet",
    "mode=in-person",
    "photo=unsure",
    "apply-date=2026-09-07",
]
TRANSFER = [*TRANSFER_OK, "apply-date=2026-08-20"]


def on(monkeypatch: pytest.MonkeyPatch, day: datetime.date) -> None:
    """Make it this day, for the wizard's dates and the database's timestamps alike."""
    monkeypatch.setattr(context, "today", lambda: day)
    monkeypatch.setattr(casestore, "now", lambda: f"{day.isoformat()}T09:00:00+00:00")


def states(run: Run, name: str) -> str:
    """Each step's status, in order, separated by spaces."""
    return " ".join(step[2] for step in statuses(run, name))


def statuses(run: Run, name: str) -> list[tuple[str, str, str, str | None]]:
    """Each step as (id, actor, status, day done)."""
    shown = json.loads(ok(run, "case", "show", name, "--json"))
    return [(s["id"], s["actor"], s["status"], s["done"]) for s in shown["steps"]]


def next_line(run: Run) -> str:
    return ok(run, "case", "next").strip()


def listed(run: Run, *flags: str) -> list[Any]:
    data: list[Any] = json.loads(ok(run, "cases", *flags, "--json"))["cases"]
    return data


def resume(run: Run, monkeypatch: pytest.MonkeyPatch, name: str, *replies: Reply) -> str:
    """Change answers with ``case resume`` on a (simulated) terminal; return what it said."""
    monkeypatch.setattr(context, "interactive", lambda: True)
    Script(monkeypatch, *replies, pick("✓ 没问题"))
    code, _, err = yibao(run, "case", "resume", name)
    assert code == 0, err
    return err


def no_office_overdue(run: Run, name: str) -> None:
    for step_id, actor, status, _ in statuses(run, name):
        assert not (actor == "office" and status == "overdue"), step_id


def test_a_replace_card_case_from_start_to_reopening(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on(monkeypatch, datetime.date(2026, 9, 1))
    out = output_of(save(run, "replace-card", "补卡", REPLACE))
    assert "已经办了" not in out  # nothing done yet: the application is for 9月7日
    assert statuses(run, "补卡") == [
        ("report-loss", "you", "due", None),
        ("prepare-materials", "you", "due", None),
        ("apply", "you", "due", None),
        ("pay-fee", "you", "due", None),
        ("wait", "office", "later", None),
        ("collect", "you", "later", None),
        ("activate", "you", "later", None),
    ]
    assert next_line(run) == "补卡：下一步：1. 立即挂失（预计 2026年9月7日（周一） 完成）"
    ics = tmp_path / "补卡.ics"
    ok(run, "case", "ics", "补卡", "-o", str(ics))
    first = icalendar.Calendar.from_ical(ics.read_bytes())

    # The day after the application was planned, nothing done: only the user's steps are late.
    on(monkeypatch, datetime.date(2026, 9, 8))
    assert states(run, "补卡") == "overdue overdue overdue overdue later later later"
    assert "⚠ 已逾期" in ok(run, "cases")
    assert next_line(run) == "补卡：下一步：1. 立即挂失（预计 2026年9月7日（周一） 完成） ⚠ 已逾期"

    # Done out of order: the application marks the steps before it done, on the same day.
    out = ok(run, "case", "done", "补卡", "apply", "--on", "2026-09-07")
    assert "已标记完成：补卡 第 3 步 到窗口提交补办申请（2026-09-07）" in out
    assert "同时标记完成了前面的第 1、2 步（2026-09-07）" in out
    assert "下一步：4. 缴纳工本费（预计 2026年9月7日（周一） 完成） ⚠ 已逾期" in out
    out = ok(run, "case", "done", "补卡", "4", "--on", "2026-09-07")
    assert "同时标记" not in out  # the earlier steps keep their marks
    assert "等待中：5. 等待制卡，预计 2026年9月16日（周三）至9月28日（周一）" in out
    assert statuses(run, "补卡")[3:] == [
        ("pay-fee", "you", "done", "2026-09-07"),
        ("wait", "office", "waiting", None),
        ("collect", "you", "later", None),
        ("activate", "you", "later", None),
    ]
    listing = listed(run)[0]
    assert listing["next"] is None and listing["waiting"]["id"] == "wait"

    # Past the card's latest date: the office is late, never overdue; where to ask is named.
    on(monkeypatch, datetime.date(2026, 9, 29))
    assert [s[2] for s in statuses(run, "补卡")][4:] == ["late", "later", "later"]
    no_office_overdue(run, "补卡")
    line = next_line(run)
    assert line.startswith(
        "补卡：等待中：5. 等待制卡，已超过预计时间（2026年9月28日（周一）），可以打电话问进度（问："
    )
    assert "⚠" not in line
    shown = ok(run, "case", "show", "补卡")
    assert "已超过预计时间（2026年9月28日（周一）），可以打电话问进度" in shown
    assert "办好了（如收到通知）就运行：yibao case done 补卡 5" in shown
    assert "⚠ 已逾期" not in shown
    listing = listed(run)[0]
    assert (listing["overdue"], listing["late"]) == (False, True)

    # The card is collected: the wait is done too, and activating it is due today.
    out = ok(run, "case", "done", "补卡", "collect")
    assert "同时标记完成了前面的第 5 步（2026-09-29）" in out
    assert "下一步：7. 激活新卡（预计 2026年9月29日（周二） 完成）" in out
    assert [s[2] for s in statuses(run, "补卡")] == ["done"] * 6 + ["due"]
    ok(run, "case", "ics", "补卡", "-o", str(ics), "--force")
    second = icalendar.Calendar.from_ical(ics.read_bytes())
    before = {str(e["UID"]): e for e in first.walk("VEVENT")}
    after = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert before.keys() == after.keys() and len(after) == 7  # same events: updated in place
    wait = next(uid for uid in after if ".wait." in uid)
    assert "已完成" in str(after[wait]["SUMMARY"]) and not after[wait].walk("VALARM")
    assert "已完成" not in str(before[wait]["SUMMARY"]) and before[wait].walk("VALARM")
    assert after[wait].decoded("DTSTART") == datetime.date(2026, 9, 29)
    assert after[wait].decoded("SEQUENCE") > before[wait].decoded("SEQUENCE")

    # Undo: the wait was not over after all; the collection after it is undone as well.
    out = ok(run, "case", "undo", "补卡", "wait")
    assert "已撤销完成标记：补卡 第 5、6 步" in out
    assert "等待中：5. 等待制卡，已超过预计时间" in out
    assert [s[2] for s in statuses(run, "补卡")][4:] == ["late", "later", "later"]
    code, _, err = yibao(run, "case", "undo", "补卡", "collect")
    assert code == 2 and "第 6 步 领取新卡 还没有标记完成" in err

    # Resume: applying online instead. Marks of steps still in the plan are kept, the others
    # cleared, and the online application (its date has passed) counts as done.
    err = resume(
        run,
        monkeypatch,
        "补卡",
        pick("您想怎么申请补办？"),
        pick("在网上办"),
        pick("✓ 选好了"),  # the local website, ticked by default
    )
    assert "保留了第 1、3 步的完成标记" in err
    assert "清除了 prepare-materials、apply 的完成标记" in err
    assert "按您的回答，第 2 步已经办了，已标记完成（2026-09-07）" in err
    assert statuses(run, "补卡") == [
        ("report-loss", "you", "done", "2026-09-07"),
        ("online-apply", "you", "done", "2026-09-07"),
        ("pay-fee", "you", "done", "2026-09-07"),
        ("wait", "office", "late", None),
        ("collect", "you", "later", None),
        ("activate", "you", "later", None),
    ]
    assert next_line(run).startswith("补卡：等待中：4. 等待制卡，已超过预计时间")

    # Close once every step is done; a closed case has no next step.
    out = ok(run, "case", "done", "补卡", "activate")
    assert "案例 补卡 的步骤都已完成" in out
    ok(run, "case", "close", "补卡")
    assert listed(run) == []
    assert next_line(run) == "没有进行中的案例"
    closed = listed(run, "--all")[0]
    assert closed["closed"] is not None and closed["next"] is None and closed["waiting"] is None

    # Reopen: listed again; undoing the last step makes it the next one.
    assert "案例 补卡 已重新打开" in ok(run, "case", "reopen", "补卡")
    assert "案例 补卡 没有结束" in ok(run, "case", "reopen", "补卡")
    assert listed(run)[0]["closed"] is None
    ok(run, "case", "undo", "补卡", "activate")
    assert next_line(run) == "补卡：下一步：6. 激活新卡（预计 2026年9月29日（周二） 完成）"


def test_a_transfer_case_from_start_to_reopening(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on(monkeypatch, datetime.date(2026, 9, 1))
    # Applied on 8月20日, before today: the application is done, the offices are at work.
    out = output_of(save(run, "transfer", "转医保", TRANSFER))
    assert "按您的回答，第 1 步已经办了，已标记完成（2026-08-20）" in out
    assert statuses(run, "转医保") == [
        ("apply", "you", "done", "2026-08-20"),
        ("verify", "office", "waiting", None),
        ("transfer-out", "office", "waiting", None),
        ("transfer-in", "office", "waiting", None),
        ("track-progress", "you", "later", None),
    ]
    assert "⚠ 已逾期" not in ok(run, "case", "show", "转医保")
    # The check takes no time of its own: it is expected by the end of the transfer out,
    # which the national rule limits to 10 working days at the latest.
    assert next_line(run) == ("转医保：等待中：2. 两地经办机构校验条件，预计 2026年9月3日（周四）")
    ics = tmp_path / "plan.ics"
    ok(run, "case", "ics", "转医保", "-o", str(ics))
    first = ics.read_bytes()
    events = icalendar.Calendar.from_ical(first).walk("VEVENT")
    summaries = [str(event["SUMMARY"]) for event in events]
    assert len(events) == 5
    assert "已完成" in summaries[0]
    assert all("最晚预计完成" in summary for summary in summaries[1:4])
    assert [event.decoded("DTSTART") for event in events[1:4]] == [
        datetime.date(2026, 9, 3),
        datetime.date(2026, 9, 3),
        datetime.date(2026, 9, 10),
    ]

    # Past the transfer out's latest date: the check and the transfer out are late.
    on(monkeypatch, datetime.date(2026, 9, 4))
    assert states(run, "转医保") == "done late late waiting later"
    # Past the transfer in's latest date too.
    on(monkeypatch, datetime.date(2026, 9, 11))
    assert states(run, "转医保") == "done late late late later"
    no_office_overdue(run, "转医保")
    assert next_line(run) == (
        "转医保：等待中：2. 两地经办机构校验条件，已超过预计时间（2026年9月3日（周四）），"
        "可以打电话问进度（问：国家医保服务平台 APP）"
    )

    # Dates outside the case are refused with the days allowed; nothing changes.
    code, _, err = yibao(run, "case", "done", "转医保", "verify", "--on", "2026-08-19")
    assert code == 2
    assert "完成日期 2026-08-19 在案例开始（2026-08-20）之前" in err
    assert "可以用的日期：2026-08-20 至今天（2026-09-11）" in err
    code, _, err = yibao(run, "case", "done", "转医保", "verify", "--on", "2026-09-12")
    assert code == 2 and "在今天（2026-09-11）之后" in err
    assert statuses(run, "转医保")[1][3] is None

    # The new place has taken it in: the steps before are done that day too.
    out = ok(run, "case", "done", "转医保", "transfer-in")
    assert "同时标记完成了前面的第 2、3 步（2026-09-11）" in out
    assert "下一步：5. 查询办理进度（预计 2026年9月11日（周五） 完成）" in out
    assert [s[2] for s in statuses(run, "转医保")] == ["done"] * 4 + ["due"]
    ok(run, "case", "ics", "转医保", "-o", str(ics), "--force")
    assert ics.read_bytes() != first
    # The user's own step is overdue only from the day after it was due.
    on(monkeypatch, datetime.date(2026, 9, 14))
    assert statuses(run, "转医保")[4][2] == "overdue"

    # Undo the transfer out: the transfer in after it is undone too, and waited for again.
    out = ok(run, "case", "undo", "转医保", "3")
    assert "已撤销完成标记：转医保 第 3、4 步" in out
    assert states(run, "转医保") == "done done waiting waiting later"
    assert next_line(run).startswith("转医保：等待中：3. 转出地办理转出，预计 2026年9月")

    # Resume with a later application date: the mark before the new start is cleared and
    # set again on the new date; the check's mark is kept.
    err = resume(
        run,
        monkeypatch,
        "转医保",
        pick("哪天提交申请？"),
        pick("输入其他日期"),
        typed("2026-08-25"),
    )
    assert "保留了第 2 步的完成标记" in err
    assert "清除了 apply 的完成标记" in err
    assert "按您的回答，第 1 步已经办了，已标记完成（2026-08-25）" in err
    assert statuses(run, "转医保")[:2] == [
        ("apply", "you", "done", "2026-08-25"),
        ("verify", "office", "done", "2026-09-11"),
    ]

    # Close, and reopen.
    out = ok(run, "case", "done", "转医保", "track-progress")
    assert "同时标记完成了前面的第 3、4 步（2026-09-14）" in out
    assert "案例 转医保 的步骤都已完成" in out
    ok(run, "case", "close", "转医保")
    assert next_line(run) == "没有进行中的案例"
    assert listed(run, "--all")[0]["next"] is None
    out = ok(run, "case", "reopen", "转医保")
    assert "案例 转医保 已重新打开" in out and "步骤都已完成" in out
    assert next_line(run).startswith("转医保：案例 转医保 的步骤都已完成")


def test_a_phone_report_counts_as_the_loss_reported(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, datetime.date(2026, 9, 1))
    changed = [a.replace("reported=not-yet", "reported=phone") for a in REPLACE]
    out = output_of(save(run, "replace-card", "补卡", changed))
    assert "按您的回答，第 1 步已经办了，已标记完成（2026-09-01）" in out
    assert statuses(run, "补卡")[:2] == [
        ("report-loss", "you", "done", "2026-09-01"),
        ("prepare-materials", "you", "due", None),
    ]
    assert next_line(run) == "补卡：下一步：2. 准备补办材料（预计 2026年9月7日（周一） 完成）"


def test_a_past_application_date_flags_only_the_users_missed_steps(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, datetime.date(2026, 11, 2))
    output_of(save(run, "replace-card", "旧卡", REPLACE))  # applied in September, saved in November
    assert statuses(run, "旧卡") == [
        ("report-loss", "you", "done", "2026-09-07"),
        ("prepare-materials", "you", "done", "2026-09-07"),
        ("apply", "you", "done", "2026-09-07"),
        ("pay-fee", "you", "done", "2026-09-07"),
        ("wait", "office", "late", None),
        ("collect", "you", "later", None),
        ("activate", "you", "later", None),
    ]
    assert "⚠ 已逾期" not in ok(run, "cases")


def test_guide_writes_the_plan_as_a_calendar(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on(monkeypatch, datetime.date(2026, 9, 1))
    target = tmp_path / "plan.ics"
    pairs = answers(*REPLACE)
    code, out, err = yibao(run, "guide", "replace-card", *pairs, "--ics", str(target))
    assert code == 0, err
    assert "已写入日历文件" in err and "7 个提醒" in err
    assert "到窗口补办的清单" in out  # the checklist is shown as usual
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert uids[0] == "replace-card.report-loss.in-person.2026-09-07.cn@yibao"
    wait = events[4]
    assert "等待制卡 最晚预计完成" in str(wait["SUMMARY"])
    assert wait.decoded("DTSTART") == datetime.date(2026, 9, 28)
    # Again: the same UIDs, so a calendar app updates the events; an existing file is kept.
    code, _, err = yibao(run, "guide", "replace-card", *pairs, "--ics", str(target))
    assert code == 2 and "--force" in err
    code, out, _ = yibao(run, "guide", "replace-card", *pairs, "--ics", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")
    again = icalendar.Calendar.from_ical(out.encode()).walk("VEVENT")
    assert [str(event["UID"]) for event in again] == uids
    # A case's calendar is refused where it cannot be written, and never replaced unforced.
    assert yibao(run, "guide", "replace-card", *pairs, "--save", "补卡")[0] == 0
    code, _, err = yibao(run, "case", "ics", "补卡", "-o", str(target))
    assert code == 2 and "文件已存在" in err
    code, _, err = yibao(run, "case", "ics", "补卡", "-o", str(tmp_path / "no" / "x.ics"))
    assert code == 3
    code, _, err = yibao(run, "case", "ics", "没有这个")
    assert code == 3 and "没有名为 没有这个 的案例" in err
    # A wizard without dates has nothing for a calendar.
    code, _, err = yibao(run, "guide", "balance", "--defaults", "--ics", str(tmp_path / "b.ics"))
    assert code == 2 and "没有带日期的步骤" in err
    assert not (tmp_path / "b.ics").exists()
