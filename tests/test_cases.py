"""Saved cases through the command line: save, list, show, done, resume, close, delete, purge."""

from __future__ import annotations

import datetime
import json
import os
import re
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import helpers
from helpers import FIXTURE, Run, answers
from helpers.script import Script, enter, pick
from yibao_cli.app import context
from yibao_cli.cases import store as casestore

TODAY = datetime.date(2026, 9, 1)
FULL = ["kind=lost", "reported=no", "age=30", "apps=phone,app", "how=office", "day=2026-09-02"]
ID_NUMBER = "110105199001011234"


pytestmark = pytest.mark.usefixtures("today")
yibao = partial(helpers.yibao, catalogue=FIXTURE)
save = partial(helpers.save, catalogue=FIXTURE)


def as_json(run: Run, *args: str, catalogue: Path = FIXTURE) -> Any:
    code, out, err = yibao(run, *args, "--json", catalogue=catalogue)
    assert code == 0, err
    return json.loads(out)


def later(monkeypatch: pytest.MonkeyPatch, day: datetime.date) -> None:
    monkeypatch.setattr(context, "today", lambda: day)


def test_the_whole_life_cycle(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = save(run, "alpha", "补卡", FULL)
    assert code == 0, err
    assert "已保存为案例 补卡" in err
    assert "甲流程 · 您的清单" in out  # the outcome is shown as usual

    code, out, _ = yibao(run, "cases")
    assert code == 0
    assert "补卡" in out and "1. 第一步" in out and "2026年9月2日（周三）" in out
    assert "进行中" in out

    code, out, _ = yibao(run, "case", "show", "补卡")
    assert code == 0
    for expected in (
        "案例：补卡  甲流程 · 您的清单",
        "递交日期：2026年9月2日（周三）",
        "☐ 1. 第一步  (first)",
        "☐ 2. 等待  (wait)  经办机构办理",
        "等前面的步骤办完：预计 2026年9月11日（周五）至9月22日（周二）",
        "办完后运行：yibao case done 补卡 1",
        f"yibao --catalogue {FIXTURE} guide alpha --answer kind=lost",
    ):
        assert expected in out, expected

    later(monkeypatch, datetime.date(2026, 9, 3))
    code, out, _ = yibao(run, "case", "done", "补卡", "1")  # by number
    assert code == 0
    assert "已标记完成：补卡 第 1 步 第一步" in out
    # Done a day after the start (9月2日): the wait is counted from the day it was done.
    assert "等待中：2. 等待，预计 2026年9月14日（周一）至9月23日（周三）" in out
    code, out, _ = yibao(run, "case", "done", "补卡", "first")  # again, by id
    assert code == 0 and "早已标记完成" in out

    later(monkeypatch, datetime.date(2026, 9, 30))  # past the latest expected date
    code, out, _ = yibao(run, "cases")
    assert "⚠ 已逾期" not in out and "超过预计时间" in out  # the office's step is never overdue
    listed = as_json(run, "cases")["cases"][0]
    assert listed["overdue"] is False and listed["late"] is True
    assert listed["next"] is None
    assert listed["waiting"]["id"] == "wait"
    assert listed["waiting"]["expected"]["latest"]["date"] == "2026-09-23"
    shown = as_json(run, "case", "show", "补卡")
    assert [(s["id"], s["done"]) for s in shown["steps"]] == [
        ("first", "2026-09-03"),
        ("wait", None),
    ]
    assert shown["answers"]["apps"] == ["phone", "app"]

    code, out, _ = yibao(run, "case", "done", "补卡", "wait")
    assert "案例 补卡 的步骤都已完成" in out
    code, out, _ = yibao(run, "case", "close", "补卡")
    assert code == 0 and "案例 补卡 已结束" in out
    code, out, _ = yibao(run, "cases")
    assert "还没有进行中的案例" in out
    code, out, _ = yibao(run, "cases", "--all")
    assert "补卡" in out and "已结束" in out
    assert as_json(run, "cases", "--all")["cases"][0]["closed"] is not None

    code, _, err = yibao(run, "case", "delete", "补卡")
    assert code == 2 and "--yes" in err  # no terminal to confirm: nothing deleted
    assert as_json(run, "cases", "--all")["cases"]
    code, out, _ = yibao(run, "case", "delete", "补卡", "--yes")
    assert code == 0 and "已删除案例 补卡" in out
    assert as_json(run, "cases", "--all")["cases"] == []


def test_save_with_defaults_and_json(run: Run) -> None:
    code, out, err = yibao(
        run, "guide", "alpha", "-a", "kind=broken", "--defaults", "--save", "b1", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["flow"] == "alpha"  # stdout stays pure JSON; the notice is on stderr
    assert "已保存为案例 b1" in err
    assert as_json(run, "case", "show", "b1")["started"] == "2026-09-01"


def test_a_flow_without_a_start_date_starts_on_the_day_saved(run: Run) -> None:
    code, _, err = save(run, "alpha", "no-date", ["kind=other"])
    assert code == 0, err
    shown = as_json(run, "case", "show", "no-date")
    assert shown["started"] == "2026-09-01" and shown["steps"] == [] and shown["next"] is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (ID_NUMBER, "像有身份证号或卡号"),
        ("11010519900101123X", "像有身份证号或卡号"),
        ("110105900101123", "像有身份证号或卡号"),
        ("A12345678", "像有身份证号或卡号"),
        ("卡-1101-0519-9001-0112-34", "像有身份证号或卡号"),
        ("has space", "不能用"),
        ("-x", "不能用"),
        ("x" * 41, "不能用"),
        ("a/b", "不能用"),
    ],
)
def test_bad_names_are_refused_before_anything_is_done(run: Run, name: str, expected: str) -> None:
    code, out, err = save(run, "alpha", name, FULL)
    assert code == 2
    assert expected in err
    assert out == ""
    assert as_json(run, "cases", "--all")["cases"] == []


def test_an_answer_holding_an_id_number_is_never_stored(
    run: Run, catalogue_copy: Path, tmp_path: Path
) -> None:
    # A free-text question, as a content editor might add one.
    flow = catalogue_copy / "flows" / "alpha.yaml"
    text = flow.read_text(encoding="utf-8")
    assert text.count("      - goto: day\n") == 1
    text = text.replace("      - goto: day\n", "      - goto: memo\n").replace(
        "  - id: day\n",
        "  - id: memo\n    kind: text\n    text: 备注\n    next:\n      - goto: day\n\n"
        "  - id: day\n",
    )
    flow.write_text(text, encoding="utf-8")
    given = [*FULL, f"memo=我的身份证 {ID_NUMBER[:6]} {ID_NUMBER[6:]}"]
    code, _, err = save(run, "alpha", "x", given, catalogue=catalogue_copy)
    assert code == 2
    assert "回答 memo 里像有身份证号或卡号" in err
    assert ID_NUMBER not in err  # the number itself is not repeated
    assert as_json(run, "cases", "--all", catalogue=catalogue_copy)["cases"] == []


def test_no_stored_field_holds_an_id_like_number(run: Run) -> None:
    assert save(run, "alpha", "one", FULL)[0] == 0
    assert (
        save(
            run,
            "alpha",
            "two",
            ["kind=broken", "reported=yes", "apps=app", "how=online", "day=today"],
        )[0]
        == 0
    )
    assert yibao(run, "case", "done", "one", "1")[0] == 0
    assert save(run, "alpha", ID_NUMBER, FULL)[0] == 2
    conn = sqlite3.connect(casestore.path())
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert {"cases", "done"} <= set(tables)
    seen = 0
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - names from the schema
            for value in row:
                seen += 1
                assert not re.search(r"\d{17}[\dXx]|\d{15}", str(value)), (table, value)
    conn.close()
    assert seen > 10
    assert ID_NUMBER.encode() not in casestore.path().read_bytes()


def test_names_are_unique(run: Run) -> None:
    assert save(run, "alpha", "dup", FULL)[0] == 0
    code, _, err = save(run, "alpha", "dup", ["kind=other"])
    assert code == 2
    assert "已经有名为 dup 的案例" in err and "yibao case delete dup" in err
    assert as_json(run, "case", "show", "dup")["outcome"]["id"] == "done"  # the old one is kept


def test_unknown_case_and_step(run: Run) -> None:
    assert save(run, "alpha", "known", FULL)[0] == 0
    code, _, err = yibao(run, "case", "show", "nope")
    assert code == 3 and "没有名为 nope 的案例" in err and "已有案例：known" in err
    code, _, err = yibao(run, "case", "done", "known", "9")
    assert code == 2 and "案例 known 没有步骤 9" in err and "1=first、2=wait" in err
    for command in ("close", "delete"):
        code, _, err = yibao(
            run, "case", command, "nope", "--yes" if command == "delete" else "--help"
        )
        if command == "delete":
            assert code == 3 and "没有名为 nope 的案例" in err


def test_catalogue_edits_flow_through(run: Run, catalogue_copy: Path) -> None:
    assert save(run, "alpha", "c", FULL, catalogue=catalogue_copy)[0] == 0
    proc = catalogue_copy / "procedures" / "alpha.yaml"
    text = proc.read_text(encoding="utf-8")
    assert "第一步" in text
    proc.write_text(text.replace("第一步", "先做这一步"), encoding="utf-8")
    code, out, _ = yibao(run, "case", "show", "c", catalogue=catalogue_copy)
    assert code == 0 and "1. 先做这一步" in out


def test_answers_that_no_longer_fit(run: Run, catalogue_copy: Path) -> None:
    assert save(run, "alpha", "c", FULL, catalogue=catalogue_copy)[0] == 0
    flow = catalogue_copy / "flows" / "alpha.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(
        text.replace("{value: lost,", "{value: gone,").replace("kind: lost", "kind: gone")
    )
    code, _, err = yibao(run, "case", "show", "c", catalogue=catalogue_copy)
    assert code == 1
    assert "案例 c 的回答已不适用于 alpha 现在的向导" in err
    assert "yibao case resume c" in err
    code, out, _ = yibao(run, "cases", catalogue=catalogue_copy)
    assert code == 0 and "需要处理" in out  # the list still works
    assert as_json(run, "cases", catalogue=catalogue_copy)["cases"][0]["problem"]


def test_a_flow_that_no_longer_exists(run: Run, catalogue_copy: Path) -> None:
    assert save(run, "alpha", "c", FULL, catalogue=catalogue_copy)[0] == 0
    (catalogue_copy / "flows" / "alpha.yaml").unlink()
    code, _, err = yibao(run, "case", "show", "c", catalogue=catalogue_copy)
    assert code == 3
    assert "案例 c 的办事项目 alpha 已不在数据目录中" in err
    code, _, _ = yibao(run, "case", "delete", "c", "--yes", catalogue=catalogue_copy)
    assert code == 0


def test_purge(run: Run) -> None:
    assert save(run, "alpha", "a", FULL)[0] == 0
    assert save(run, "alpha", "b", ["kind=other"])[0] == 0
    code, _, err = yibao(run, "cases", "--purge")
    assert code == 2 and "--yes" in err
    assert len(as_json(run, "cases")["cases"]) == 2
    code, out, _ = yibao(run, "cases", "--purge", "--yes")
    assert code == 0 and "已删除 2 个案例" in out
    assert as_json(run, "cases", "--all")["cases"] == []
    assert b"kind" not in casestore.path().read_bytes()  # the freed pages are wiped too


def test_resume_needs_a_terminal(run: Run) -> None:
    assert save(run, "alpha", "r", FULL)[0] == 0
    code, out, err = yibao(run, "case", "resume", "r")
    assert code == 2
    assert out == ""
    assert "yibao case resume r 要在终端里运行" in err


def test_resume_opens_at_the_review_and_saves_changes(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert save(run, "alpha", "r", FULL)[0] == 0
    assert yibao(run, "case", "done", "r", "1")[0] == 0
    monkeypatch.setattr(context, "interactive", lambda: True)
    script = Script(monkeypatch, pick("怎么办理？"), pick("网上"), pick("✓ 没问题"))
    code, out, err = yibao(run, "case", "resume", "r")
    assert code == 0, err
    assert script.shown[0].message == "检查您的回答"  # straight to the review
    assert "已更新案例 r 的回答" in err
    assert "案例：r" in out
    shown = as_json(run, "case", "show", "r")
    assert shown["answers"]["how"] == "online"
    assert [(s["id"], s["done"]) for s in shown["steps"]] == [("first", "2026-09-01")]


def test_resume_interrupted_changes_nothing(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "r", FULL)[0] == 0
    monkeypatch.setattr(context, "interactive", lambda: True)
    Script(monkeypatch, pick("怎么办理？"), pick("网上"), lambda shown: KeyboardInterrupt())
    code, _, err = yibao(run, "case", "resume", "r")
    assert code == 130 and "案例 r 没有改动" in err
    assert as_json(run, "case", "show", "r")["answers"]["how"] == "office"


def test_the_wizard_offers_to_save(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "interactive", lambda: True)
    # The last Enter: the printable checklist offered next is not saved.
    script = Script(monkeypatch, enter, pick("✓ 没问题"), pick("保存"), enter, enter)
    code, out, err = yibao(run, "guide", "alpha", *answers(*FULL[:-1]))
    assert code == 0, err
    assert script.shown[4].message == "保存这份清单？"
    assert script.shown[2].message == "保存为案例，以后跟进进度和日期？"
    assert script.shown[2].default is False  # Enter does not save
    assert script.shown[3].default == "alpha"
    validate = script.shown[3].extra["validate"]
    assert "像有身份证号" in validate(ID_NUMBER)
    assert validate("ok") is True
    assert "已保存为案例 alpha" in err
    assert as_json(run, "cases")["cases"][0]["name"] == "alpha"

    script = Script(monkeypatch, enter, pick("✓ 没问题"), pick("保存"), enter, enter)
    assert yibao(run, "guide", "alpha", *answers(*FULL[:-1]))[0] == 0
    assert script.shown[3].default == "alpha-2"  # the next free name
    assert "已经有名为 alpha 的案例" in script.shown[3].extra["validate"]("alpha")

    Script(monkeypatch, enter, pick("✓ 没问题"), enter, enter)  # Enter: not saved
    assert yibao(run, "guide", "alpha", *answers(*FULL[:-1]))[0] == 0
    assert len(as_json(run, "cases")["cases"]) == 2


def test_delete_asks_on_a_terminal(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "d", FULL)[0] == 0
    monkeypatch.setattr(context, "interactive", lambda: True)
    script = Script(monkeypatch, enter)  # No is highlighted
    code, _, err = yibao(run, "case", "delete", "d")
    assert code == 130 and "没有删除任何内容" in err
    assert script.shown[0].message == "删除案例 d 及其全部记录？"
    Script(monkeypatch, pick("是"))
    assert yibao(run, "case", "delete", "d")[0] == 0
    assert as_json(run, "cases", "--all")["cases"] == []


@pytest.mark.slow
def test_one_shot_commands_do_not_import_sqlite() -> None:
    import subprocess
    import sys

    from conftest import ROOT

    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "yibao_cli", "list"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert " sqlite3\n" not in done.stderr and "_sqlite3" not in done.stderr


def test_listing_with_no_cases_creates_nothing(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["YIBAO_HOME"]) / "fresh"
    monkeypatch.setenv("YIBAO_HOME", str(home))
    code, out, _ = yibao(run, "cases")
    assert code == 0 and "还没有进行中的案例" in out
    assert as_json(run, "cases", "--all")["cases"] == []
    assert not home.exists()


def test_a_step_done_on_an_earlier_day(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "补卡", FULL)[0] == 0
    later(monkeypatch, datetime.date(2026, 9, 20))
    code, out, _ = yibao(run, "case", "done", "补卡", "1", "--on", "2026-09-18")
    assert code == 0 and "已标记完成：补卡 第 1 步 第一步（2026-09-18）" in out
    shown = as_json(run, "case", "show", "补卡")
    assert shown["steps"][0]["done"] == "2026-09-18"
    code, out, _ = yibao(run, "case", "done", "补卡", "1", "--on", "2026-09-19")
    assert code == 0 and "早已标记完成" in out
    assert as_json(run, "case", "show", "补卡")["steps"][0]["done"] == "2026-09-18"


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("2026-09-21", "完成日期 2026-09-21 在今天（2026-09-20）之后"),
        ("2026-02-30", "2026-02-30：2月没有30日"),
        ("明天", "明天：看不出是哪一天"),  # a step is marked done on a day that has come
    ],
)
def test_a_wrong_day_done_is_refused_and_changes_nothing(
    run: Run, monkeypatch: pytest.MonkeyPatch, day: str, message: str
) -> None:
    assert save(run, "alpha", "补卡", FULL)[0] == 0
    later(monkeypatch, datetime.date(2026, 9, 20))
    before = casestore.path().read_bytes()
    code, _, err = yibao(run, "case", "done", "补卡", "1", "--on", day)
    assert code == 2 and message in err
    assert casestore.path().read_bytes() == before
    assert as_json(run, "case", "show", "补卡")["steps"][0]["done"] is None


def test_a_step_done_late_or_early_moves_the_steps_after_it(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert save(run, "alpha", "补卡", FULL)[0] == 0  # starts 2026-09-02
    planned = as_json(run, "case", "show", "补卡")["steps"][1]["expected"]
    assert (planned["earliest"]["date"], planned["latest"]["date"]) == ("2026-09-11", "2026-09-22")
    later(monkeypatch, datetime.date(2026, 10, 12))
    # Done only after the National Day holiday: the wait counts from then (Saturday 10月10日
    # is a make-up working day), as `yibao timeline alpha --start 2026-10-09` shows.
    assert yibao(run, "case", "done", "补卡", "1", "--on", "2026-10-09")[0] == 0
    listed = as_json(run, "cases")["cases"][0]
    assert listed["overdue"] is False
    moved = listed["waiting"]["expected"]
    assert (moved["earliest"]["date"], moved["latest"]["date"]) == ("2026-10-19", "2026-10-29")


def test_case_next_takes_a_name(run: Run) -> None:
    assert save(run, "alpha", "a1", FULL).code == 0
    assert save(run, "alpha", "a2", ["kind=other"]).code == 0
    code, out, err = yibao(run, "case", "next", "a1")
    assert code == 0, err
    assert out.startswith("a1：") and "a2" not in out
    code, _, err = yibao(run, "case", "next", "none-such")
    assert code == 3 and "none-such" in err


def test_the_list_never_cuts_a_name_or_an_id(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "a-long-case-name", FULL).code == 0
    monkeypatch.setenv("COLUMNS", "50")
    code, out, _ = yibao(run, "cases")
    assert code == 0
    assert "a-long-case-name" in out and "alpha" in out
