"""One reader for every date a person types: each form and each error, through the commands."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import helpers
from helpers import FIXTURE, Run
from yibao_cli import strings
from yibao_cli.app import context
from yibao_cli.dates.reading import DateTextError, read

D = datetime.date
TODAY = D(2026, 9, 1)
FORMS = [
    ("2026-09-28", D(2026, 9, 28)),
    ("2026-9-8", D(2026, 9, 8)),
    ("2026/9/28", D(2026, 9, 28)),
    ("2026/09/28", D(2026, 9, 28)),
    ("2026.9.28", D(2026, 9, 28)),
    ("2026年9月28日", D(2026, 9, 28)),
    ("2026 年 9 月 28 日", D(2026, 9, 28)),
    ("2026年9月28号", D(2026, 9, 28)),
    ("２０２６／９／２８", D(2026, 9, 28)),
    (" 2026-09-28 ", D(2026, 9, 28)),
    ("today", TODAY),
    ("Today", TODAY),
    ("今天", TODAY),
    ("yesterday", D(2026, 8, 31)),
    ("昨天", D(2026, 8, 31)),
    ("tomorrow", D(2026, 9, 2)),
    ("明天", D(2026, 9, 2)),
]
ERRORS = [
    ("2026-13-01", "2026-13-01：没有13月", "2026-13-01: there is no month 13"),
    ("2026-00-10", "2026-00-10：没有0月", "there is no month 0"),
    ("2026-02-30", "2026-02-30：2月没有30日", "2026-02-30: February has no day 30"),
    ("2026-04-31", "2026-04-31：4月没有31日", "April has no day 31"),
    ("2026-01-00", "2026-01-00：1月没有0日", "January has no day 0"),
    ("2025-02-29", "2025-02-29：2025年不是闰年，2月没有29日", "2025 is not a leap year"),
    ("26-09-28", "26-09-28：年份 26 应为四位数", "the year 26 should have four digits"),
    ("20260928", "20260928：看不出是哪一天", "20260928: not a date"),
    ("next week", "next week：看不出是哪一天", "next week: not a date"),
    ("2026-09-28T10:00", "看不出是哪一天", "not a date"),
    ("", "看不出是哪一天", "not a date"),
]


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_each_form(text: str, expected: D) -> None:
    assert read(text, TODAY) == expected


@pytest.mark.parametrize(("text", "chinese", "english"), ERRORS)
def test_each_error_in_both_languages(text: str, chinese: str, english: str) -> None:
    with pytest.raises(DateTextError) as caught:
        read(text, TODAY)
    assert chinese in caught.value.message
    strings.set_lang("en")
    try:
        with pytest.raises(DateTextError) as caught:
            read(text, TODAY)
    finally:
        strings.set_lang("zh")
    assert english in caught.value.message


def test_tomorrow_only_where_it_makes_sense() -> None:
    with pytest.raises(DateTextError) as caught:
        read("明天", TODAY, future=False)
    assert "今天、昨天" in caught.value.message and caught.value.message.count("明天") == 1
    assert read("昨天", TODAY, future=False) == D(2026, 8, 31)


# ---- through the commands -------------------------------------------------------------------


def start_of(run: Run, value: str) -> str:
    result = run("--catalogue", str(FIXTURE), "timeline", "alpha", "--start", value, "--json")
    assert result.code == 0, result.err
    start: str = json.loads(result.out)["start"]
    return start


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_every_form_as_start(run: Run, text: str, expected: D) -> None:
    assert start_of(run, text) == expected.isoformat()


@pytest.mark.parametrize(("text", "chinese", "english"), ERRORS)
def test_every_error_as_start(run: Run, text: str, chinese: str, english: str) -> None:
    result = run("--catalogue", str(FIXTURE), "timeline", "alpha", "--start", text)
    assert result.code == 2 and chinese in result.err and result.out == ""
    result = run("--lang", "en", "--catalogue", str(FIXTURE), "timeline", "alpha", "--start", text)
    assert result.code == 2 and english in result.err


def checklist_answers(run: Run, *args: str) -> dict[str, str]:
    result = run("checklist", "replace-card", "--defaults", "--format", "json", *args)
    assert result.code == 0, result.err
    answers: dict[str, str] = json.loads(result.out)["answers"]
    return answers


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026/9/30", "2026-09-30"), ("2026年9月30日", "2026-09-30"), ("今天", "2026-09-01")],
)
def test_answer_dates_read_like_start_dates(run: Run, text: str, expected: str) -> None:
    assert checklist_answers(run, "--answer", f"apply-date={text}")["apply-date"] == expected
    assert checklist_answers(run, "--start", text)["apply-date"] == expected


def test_the_same_day_written_two_ways_is_one_date(run: Run) -> None:
    answers = checklist_answers(run, "--start", "2026/9/30", "--answer", "apply-date=2026年9月30日")
    assert answers["apply-date"] == "2026-09-30"


@pytest.mark.parametrize(
    ("text", "message"),
    [("2026-13-01", "2026-13-01：没有13月"), ("2026-02-30", "2026-02-30：2月没有30日")],
)
def test_answer_errors_say_what_is_wrong(run: Run, text: str, message: str) -> None:
    result = run("checklist", "replace-card", "--defaults", "--answer", f"apply-date={text}")
    assert result.code == 2 and message in result.err


def test_answer_files_read_every_form(run: Run, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("apply-date: 2026年9月30日\n", encoding="utf-8")
    got = checklist_answers(run, "--answers", str(answers))
    assert got["apply-date"] == "2026-09-30"
    answers.write_text("apply-date: 2026-02-30\n", encoding="utf-8")
    result = run("checklist", "replace-card", "--defaults", "--answers", str(answers))
    assert result.code == 2 and "2026-02-30：2月没有30日" in result.err


def test_case_done_reads_every_form_but_tomorrow(run: Run) -> None:
    pairs = ["kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=2026/8/25"]
    answers = helpers.answers(*pairs)
    result = run("--catalogue", str(FIXTURE), "guide", "alpha", *answers, "--save", "mine")
    assert result.code == 0, result.err
    result = run("--catalogue", str(FIXTURE), "case", "done", "mine", "2", "--on", "昨天")
    assert result.code == 0, result.err
    assert "2026-08-31" in result.out
    result = run("--catalogue", str(FIXTURE), "case", "done", "mine", "2", "--on", "明天")
    assert result.code == 2 and "看不出是哪一天" in result.err
    result = run("--catalogue", str(FIXTURE), "case", "done", "mine", "2", "--on", "2026/8/32")
    assert result.code == 2 and "2026/8/32：8月没有32日" in result.err
