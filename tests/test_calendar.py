"""Working days past the holiday library: the statutory rule, published arrangements, names."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import chinese_calendar
import pytest

from helpers import DATA, Run
from yibao_cli.dates import holidays
from yibao_cli.dates.workdays import china

D = datetime.date
CALENDAR_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "calendar"
LIBRARY_KNOWS_2027 = china().last_year >= 2027
needs_2027_unknown = pytest.mark.skipif(
    LIBRARY_KNOWS_2027, reason="chinese-calendar now covers 2027: its arrangement applies"
)


def days(first: D, last: D) -> list[D]:
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.fixture
def with_2027(tmp_path: Path) -> Path:
    """The real catalogue with the test arrangement for 2027 added."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    (target / "calendar").mkdir(exist_ok=True)
    shutil.copy(CALENDAR_FIXTURE / "2027.yaml", target / "calendar" / "2027.yaml")
    return target


# ---- the statutory rule ------------------------------------------------------------------------


def test_the_2027_holidays_by_rule() -> None:
    rest = holidays.rest_days(2027)
    spring = [day for day, item in rest.items() if item.holiday == "spring-festival"]
    # 除夕 2月5日 to 初三 2月8日; 6日 and 7日 are a weekend, so 9日 and 10日 are off in lieu.
    assert spring == days(D(2027, 2, 5), D(2027, 2, 10))
    assert [rest[day].in_lieu for day in spring] == [False] * 4 + [True] * 2
    assert rest[D(2027, 1, 1)].holiday == "new-year"
    assert rest[D(2027, 4, 5)].holiday == "qingming"
    assert rest[D(2027, 6, 9)].holiday == "dragon-boat"
    assert rest[D(2027, 9, 15)].holiday == "mid-autumn"
    assert [rest[D(2027, 10, d)].holiday for d in range(1, 6)] == ["national-day"] * 5


def test_years_without_a_rule_or_lunar_table() -> None:
    assert holidays.statutory(2007) == {}  # before the 2008 regulation: not modelled
    late = holidays.statutory(2101)  # past borax's table: the fixed-date holidays only
    assert set(late.values()) == {"new-year", "labour-day", "national-day"}


@pytest.mark.parametrize("year", range(2025, china().last_year + 1))
def test_amended_rule_matches_the_library(year: int) -> None:
    # 2025–2026: every day off by rule (in lieu too) is a holiday in chinese-calendar.
    for day, rest in holidays.rest_days(year).items():
        off, _ = chinese_calendar.get_holiday_detail(day)
        assert off, (day, rest)


@pytest.mark.parametrize("year", range(2008, 2025))
def test_older_rules_match_the_library(year: int) -> None:
    # 2008–2024 (春节 3 days, 劳动节 1): every statutory day is a holiday in the library.
    for day, holiday in holidays.statutory(year).items():
        off, _ = chinese_calendar.get_holiday_detail(day)
        assert off, (day, holiday)


# ---- the live bug: estimates across New Year ---------------------------------------------------


@needs_2027_unknown
def test_replace_card_across_new_year(run: Run) -> None:
    result = run("timeline", "replace-card", "--start", "2026-12-25")
    assert result.code == 0, result.err
    assert "预计完成：≈2027年1月6日（周三）至≈1月18日（周一）" in result.out
    assert "≈2027年1月1日（周五）元旦放假" in result.out
    assert "2027年的放假安排尚未公布" in result.out.replace("\n", "")


@needs_2027_unknown
def test_replace_card_across_spring_festival(run: Run) -> None:
    result = run("timeline", "replace-card", "--start", "2027-02-01", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    wait = next(step for step in data["steps"] if step["id"] == "wait")
    assert wait["ends"]["earliest"] == {"date": "2027-02-16", "estimate": True}
    assert wait["ends"]["latest"] == {"date": "2027-02-26", "estimate": True}
    [spring] = data["holidays"]
    assert spring["holidays"] == ["spring-festival"] and spring["names"] == "春节"
    assert (spring["first"], spring["last"]) == ("2027-02-05", "2027-02-10")
    assert spring["working"] is False and spring["estimate"] is True
    assert spring["text"] == "≈2027年2月5日（周五）至≈2月10日（周三）春节放假"


@needs_2027_unknown
def test_holidays_named_in_english(run: Run) -> None:
    result = run("--lang", "en", "timeline", "replace-card", "--start", "2027-02-01")
    assert result.code == 0, result.err
    assert "≈Fri 2027-02-05 to ≈Wed 2027-02-10: Spring Festival holiday" in result.out
    assert "not published yet" in result.out


def test_a_start_on_a_holiday_says_which(run: Run) -> None:
    result = run("timeline", "replace-card", "--start", "2026-10-03")
    assert result.code == 0, result.err
    assert (
        "2026年10月3日（周六）国庆节放假，按下一个工作日2026年10月8日（周四）受理起算" in result.out
    )
    english = run("--lang", "en", "timeline", "replace-card", "--start", "2026-10-03")
    assert "Sat 2026-10-03 is a National Day holiday: counting starts" in english.out


def test_known_holidays_and_make_up_days_named(run: Run) -> None:
    result = run("timeline", "replace-card", "--start", "2026-09-15")
    assert result.code == 0, result.err
    assert "2026年9月20日（周日）调休上班（国庆节）" in result.out
    assert "2026年9月25日（周五）至9月27日（周日）中秋节放假" in result.out
    assert "2026年10月1日（周四）至10月7日（周三）国庆节放假" in result.out
    assert "≈" not in result.out


def test_a_checklist_names_the_holidays(run: Run) -> None:
    args = ("checklist", "replace-card", "--defaults", "--start", "2026-09-30")
    result = run(*args, "--format", "text")
    assert result.code == 0, result.err
    assert "2026年10月1日（周四）至10月7日（周三）国庆节放假" in result.out
    english = run("--lang", "en", *args, "--format", "markdown")
    assert "Thu 2026-10-01 to Wed 2026-10-07: National Day holiday" in english.out


def test_a_doctors_visit_is_not_moved_past_national_day(run: Run) -> None:
    result = run("timeline", "use-card", "--start", "2026-10-01", "--json")
    assert result.code == 0, result.err
    steps = {step["id"]: step for step in json.loads(result.out)["steps"]}
    for step_id in ("choose-facility", "show-card", "settle", "buy-medicine"):
        assert steps[step_id]["starts"]["earliest"]["date"] == "2026-10-01", step_id
    # Filing for treatment elsewhere is office work: it waits for the first working day.
    assert steps["file-cross-region"]["starts"]["earliest"]["date"] == "2026-10-08"
    text = run("timeline", "use-card", "--start", "2026-10-01").out
    assert "不是工作日" not in text  # the first step is not office work: nothing is moved
    assert "国庆节放假" in text


# ---- a published arrangement as data -----------------------------------------------------------


@needs_2027_unknown
def test_a_published_arrangement_is_followed_exactly(run: Run, with_2027: Path) -> None:
    result = run("--catalogue", str(with_2027), "timeline", "replace-card", "--start", "2027-02-01")
    assert result.code == 0, result.err
    # Off 2月5日–12日; the make-up Saturday 2月20日 is the 9th working day: 15th is 3月1日.
    assert "预计完成：2027年2月18日（周四）至3月1日（周一）" in result.out
    assert "2027年2月5日（周五）至2月12日（周五）春节放假" in result.out
    assert "2027年2月20日（周六）调休上班（春节）" in result.out
    assert "≈" not in result.out and "尚未公布" not in result.out


@needs_2027_unknown
def test_a_published_arrangement_across_new_year(run: Run, with_2027: Path) -> None:
    args = ("--catalogue", str(with_2027), "timeline", "replace-card", "--start", "2026-12-25")
    data = json.loads(run(*args, "--json").out)
    wait = next(step for step in data["steps"] if step["id"] == "wait")
    assert wait["ends"]["earliest"] == {"date": "2027-01-06", "estimate": False}
    assert wait["ends"]["latest"] == {"date": "2027-01-18", "estimate": False}
    assert data["estimate"] is False and data["calendar"]["last_year"] == 2027
    assert [item["names"] for item in data["holidays"]] == ["元旦"]


def test_the_arrangement_file_validates(run: Run, with_2027: Path) -> None:
    result = run("validate", str(with_2027))
    assert result.code == 0, result.out + result.err


def broken(with_2027: Path, old: str, new: str) -> Path:
    path = with_2027 / "calendar" / "2027.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("2027-02-20 周六", "2027-02-20 周日", "holidays[1].work[0]", "是周六，不是周日"),
        ("2027-02-20 周六", "2027-02-08 周一", "holidays[1].work[0]", "本来就是工作日"),
        ("2027-02-20 周六", "2027-02-06 周六", "holidays[1].work[0]", "既是“春节”的放假日"),
        ("2027-09-15 周三", "2028-09-15 周五", "holidays[2].dates[0]", "不在 2027 年内"),
        ("days: 8", "days: 9", "holidays[1].days", "写的是共 9 天"),
        ("name: 中秋节", "name: 中秋", "holidays[2].name", "未知的节日“中秋”"),
        ("2027-09-15 周三", "9月15日", "holidays[2].dates[0]", "日期写成 2027-02-06 周六 的形式"),
        ("year: 2027", "year: 2028", "year", "与文件名 2027.yaml 不一致"),
        ("  date: 2026-11-01", "  date: soon", "source.date", ""),
    ],
)
def test_a_wrong_arrangement_is_reported(
    run: Run, with_2027: Path, old: str, new: str, field: str, message: str
) -> None:
    broken(with_2027, old, new)
    result = run("validate", str(with_2027))
    assert result.code != 0
    assert "Traceback" not in result.out + result.err
    report = result.out + result.err
    line = next(row for row in report.splitlines() if "calendar/2027.yaml:" in row)
    assert f": {field}: " in line, report
    assert message in line, report


def test_a_wrong_arrangement_stops_the_timeline_with_a_clear_message(
    run: Run, with_2027: Path
) -> None:
    broken(with_2027, "2027-02-20 周六", "2027-02-20 周日")
    args = ("--catalogue", str(with_2027), "timeline", "replace-card", "--start", "2027-02-01")
    result = run(*args)
    assert result.code != 0
    assert "calendar/2027.yaml" in result.err and "Traceback" not in result.err


def test_a_step_done_any_day_cannot_have_a_duration(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    path = target / "procedures" / "use-card.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    working_days: false\n"
    path.write_text(
        text.replace(old, old + "    durations: [{min: 1, max: 2, tier: 经验}]\n", 1),
        encoding="utf-8",
    )
    result = run("validate", str(target))
    assert result.code != 0
    assert "steps[0].durations: " in result.out + result.err
    assert "working_days: false" in result.out + result.err
