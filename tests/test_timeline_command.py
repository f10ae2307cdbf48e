"""``yibao timeline`` as a user runs it: dates, estimates, JSON, .ics files and every error."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from helpers import FIXTURE, Run
from yibao_cli.app import output
from yibao_cli.dates.workdays import china

D = datetime.date
LAST = china().last_year  # the last year of the holiday data (2026 for chinesecalendar 1.11)


def alpha(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(FIXTURE), "timeline", "alpha", *args)
    assert "Traceback" not in result.out + result.err
    return result.code, result.out, result.err


def events(data: bytes) -> list[tuple[str, D, D, str]]:
    cal = Calendar.from_ical(data)
    return [
        (str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND"), str(e["UID"]))
        for e in cal.walk("VEVENT")
    ]


# ---- dates -----------------------------------------------------------------------------------


def test_real_catalogue_replace_card_before_national_day(run: Run) -> None:
    result = run("timeline", "replace-card", "--start", "2026-09-30")
    assert result.code == 0, result.err
    # 等待制卡 7–15 working days: the holiday is skipped and Saturday 10月10日 counts.
    assert "等待制卡" in result.out
    assert "预计完成：2026年10月15日（周四）至10月27日（周二）" in result.out
    assert "≈" not in result.out
    assert "受理当天不计" in result.out


def test_real_catalogue_transfer_adds_up_steps(run: Run) -> None:
    result = run("timeline", "transfer", "--start", "2026-09-30", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    steps = {step["id"]: step for step in data["steps"]}
    out, into = steps["transfer-out"], steps["transfer-in"]
    # Time limits: done at the latest 10, then 5 working days on (the National Day week off).
    assert out["days"] == {"min": 0, "max": 10}
    assert out["ends"]["latest"]["date"] == "2026-10-20"
    assert into["starts"] == out["ends"]
    assert into["elapsed"] == {"min": 0, "max": 15}
    assert data["ends"]["latest"] == {"date": "2026-10-27", "estimate": False}


def test_just_before_spring_festival(run: Run) -> None:
    code, out, _ = alpha(run, "--start", "2026-02-12")
    assert code == 0
    assert "预计完成：2026年2月28日（周六）至3月11日（周三）" in out


def test_start_on_a_weekend(run: Run) -> None:
    code, out, _ = alpha(run, "--start", "2026-11-21")
    assert code == 0
    assert "2026年11月21日（周六）不是工作日" in out
    assert "2026年11月23日（周一）受理起算" in out


def test_start_on_a_holiday(run: Run) -> None:
    code, out, _ = alpha(run, "--start", "2026-10-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["start"] == "2026-10-01"
    assert data["accepted"] == {"date": "2026-10-08", "estimate": False}
    assert data["steps"][1]["ends"]["earliest"]["date"] == "2026-10-16"


def test_start_is_today_by_default(run: Run) -> None:
    code, out, _ = alpha(run, "--json")
    assert code == 0
    assert json.loads(out)["start"] == D.today().isoformat()


def test_region_overlay_changes_durations(run: Run) -> None:
    code, out, _ = alpha(run, "--start", "2026-09-30", "--region", "福州")
    assert code == 0
    assert "1–3个工作日" in out
    assert "预计完成：2026年10月8日（周四）至10月10日（周六）" in out


def test_dates_in_english() -> None:
    from yibao_cli import strings
    from yibao_cli.dates import text as datetext
    from yibao_cli.dates import timeline

    strings.set_lang("en")
    try:
        plan = timeline.plan(D(2026, 9, 30), [timeline.StepDays("w", (7, 15))])
        text = datetext.window(plan.ends)
    finally:
        strings.set_lang("zh")
    assert text == "Thu 2026-10-15 to Tue 2026-10-27"


# ---- beyond the holiday data -----------------------------------------------------------------


def test_span_into_the_next_year_is_marked_and_explained(run: Run) -> None:
    code, out, _ = alpha(run, "--start", f"{LAST}-12-20")
    assert code == 0
    assert f"≈{LAST + 1}年" in out
    assert "≈为估算日期" in out
    assert f"{LAST + 1}年的放假安排尚未公布" in out.replace("\n", "")
    assert f"≈{LAST + 1}年1月1日（周{'一二三四五六日'[D(LAST + 1, 1, 1).weekday()]}）" in out
    assert "元旦放假" in out


def test_span_into_the_next_year_in_json(run: Run) -> None:
    code, out, _ = alpha(run, "--start", f"{LAST}-12-20", "--json")
    assert code == 0
    data = json.loads(out)
    wait = data["steps"][1]
    assert wait["ends"]["earliest"]["estimate"] is False
    assert wait["ends"]["latest"]["estimate"] is True
    assert data["estimate"] is True
    assert data["estimated_years"] == [LAST + 1]
    assert data["calendar"]["first_year"] == 2004
    assert data["calendar"]["last_year"] == LAST
    assert len(data["warnings"]) == 1 and f"{LAST + 1}" in data["warnings"][0]


def test_no_warning_inside_the_data(run: Run) -> None:
    code, out, _ = alpha(run, "--start", "2026-03-02", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["estimate"] is False and data["warnings"] == [] and data["estimated_years"] == []


def test_procedure_without_steps(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "timeline", "beta", "--start", "2026-03-02")
    assert result.code == 0
    assert "没有列出步骤" in result.out


# ---- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-02-30", "2026-02-30：2月没有30日"),
        ("2026-13-01", "2026-13-01：没有13月"),
        ("next week", "next week：看不出是哪一天"),
        ("", "看不出是哪一天"),
        ("2003-12-31", "请用 2004-01-01 至"),
        ("1900-01-01", "节假日数据从 2004 年开始"),
        ("2100-01-01", "最多提前 5 年计划"),
        (f"{D.today().year + 6}-01-01", "超出可推算范围"),
    ],
)
def test_bad_start_dates(run: Run, value: str, message: str) -> None:
    code, out, err = alpha(run, "--start", value)
    assert code == 2
    assert message in err
    assert out == ""


def test_last_allowed_start_works(run: Run) -> None:
    code, out, _ = alpha(run, "--start", f"{D.today().year + 5}-12-31")
    assert code == 0
    assert "≈" in out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=20))
def test_any_start_text_gives_dates_or_a_usage_error(run: Run, text: str) -> None:
    code, out, err = alpha(run, "--start", text, "--json")
    assert code in (0, 2)
    assert "Traceback" not in err and "意外错误" not in err
    if code == 0:
        json.loads(out)


def test_unknown_procedure(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "timeline", "gamma")
    assert result.code == 3
    assert "没有名为 'gamma' 的办事项目" in result.err


# ---- calendar files --------------------------------------------------------------------------


def test_ics_file_parses_back_with_the_dates(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "alpha.ics"
    code, out, err = alpha(run, "--start", "2026-09-30", "--ics", str(target))
    assert code == 0
    assert f"已写入日历文件：{target}（1 个提醒）" in err
    assert "预计完成" in out  # the timeline is still printed
    data = target.read_bytes()
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//yibao//")
    [event] = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "【甲流程】等待 预计完成"
    # An all-day event over the window; DTEND is the day after the last day.
    assert event.decoded("DTSTART") == D(2026, 10, 15)
    assert event.decoded("DTEND") == D(2026, 10, 28)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert str(event["UID"]).endswith("@yibao") and "DTSTAMP" in event
    assert "7–15个工作日" in str(event["DESCRIPTION"])
    assert [c.name for c in event.subcomponents] == ["VALARM"]
    assert b"\r\n" in data


def test_real_catalogue_transfer_ics(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "transfer.ics"
    result = run("timeline", "transfer", "--start", "2026-09-30", "--ics", str(target))
    assert result.code == 0, result.err
    found = events(target.read_bytes())
    # Time limits: one reminder each, on the last day the rule allows.
    assert [(first, end) for _, first, end, _ in found] == [
        (D(2026, 10, 20), D(2026, 10, 21)),
        (D(2026, 10, 27), D(2026, 10, 28)),
    ]
    assert len({uid for *_, uid in found}) == 2
    assert all(summary.startswith("【医保关系转移接续】") for summary, *_ in found)
    assert all(summary.endswith("最迟完成") for summary, *_ in found)


def test_ics_estimate_is_said_in_the_summary(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "late.ics"
    code, _, _ = alpha(run, "--start", f"{LAST}-12-20", "--ics", str(target))
    assert code == 0
    [(summary, _, end, _)] = events(target.read_bytes())
    assert summary.endswith("（估算）")
    assert end.year == LAST + 1
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert "放假安排尚未公布" in str(event["DESCRIPTION"])
    assert "元旦放假" in str(event["DESCRIPTION"])


def test_ics_to_stdout(run: Run) -> None:
    code, out, err = alpha(run, "--start", "2026-09-30", "--ics", "-")
    assert code == 0
    assert out.startswith("BEGIN:VCALENDAR") and out.rstrip().endswith("END:VCALENDAR")
    assert events(out.encode())[0][1] == D(2026, 10, 15)
    assert err == ""


def test_ics_stdout_and_json_conflict(run: Run) -> None:
    code, out, err = alpha(run, "--ics", "-", "--json")
    assert code == 2
    assert "只能选一个" in err and out == ""


def test_ics_with_json_to_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "a.ics"
    code, out, _ = alpha(run, "--start", "2026-09-30", "--ics", str(target), "--json")
    assert code == 0
    assert json.loads(out)["id"] == "alpha"
    assert target.exists()


def test_ics_never_overwrites_without_force(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "keep.ics"
    target.write_text("my own calendar", encoding="utf-8")
    code, out, err = alpha(run, "--start", "2026-09-30", "--ics", str(target))
    assert code == 2
    assert "文件已存在" in err and "--force" in err
    assert out == ""
    assert target.read_text(encoding="utf-8") == "my own calendar"
    code, _, _ = alpha(run, "--start", "2026-09-30", "--ics", str(target), "--force")
    assert code == 0
    assert events(target.read_bytes())[0][1] == D(2026, 10, 15)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ics"]  # no temporary file left


def test_ics_missing_directory(run: Run, tmp_path: Path) -> None:
    code, out, err = alpha(run, "--ics", str(tmp_path / "nowhere" / "a.ics"))
    assert code == 3
    assert f"目录不存在：{tmp_path / 'nowhere'}" in err
    assert out == ""


def test_ics_path_is_a_directory(run: Run, tmp_path: Path) -> None:
    code, _, err = alpha(run, "--ics", str(tmp_path))
    assert code == 2
    assert "是一个目录" in err


def test_ics_unwritable_directory(run: Run, unwritable_dir: Path) -> None:
    code, _, err = alpha(run, "--ics", str(unwritable_dir / "a.ics"))
    assert code == 1
    assert "没有权限写入" in err
    assert list(unwritable_dir.iterdir()) == []


def test_ics_permission_denied_when_writing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Permissions the access check cannot see (read-only mounts, ACLs, running as root…).
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output, "open", refuse, raising=False)
    target = tmp_path / "a.ics"
    code, out, err = alpha(run, "--ics", str(target))
    assert code == 1
    assert f"没有权限写入 {target}" in err
    assert out == "" and not target.exists()


def test_ics_without_deadlines(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "beta.ics"
    result = run("--catalogue", str(FIXTURE), "timeline", "beta", "--ics", str(target))
    assert result.code == 2
    assert "没有可写入日历的期限" in result.err
    assert not target.exists()


def test_bad_date_with_ics_writes_nothing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "a.ics"
    code, _, _ = alpha(run, "--start", "2026-02-30", "--ics", str(target))
    assert code == 2
    assert not target.exists()
