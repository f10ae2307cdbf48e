"""A break in contributions counted on the calendar: months, the 3-month line, the cap, rules."""

from __future__ import annotations

import datetime
import json

import pytest

from helpers import Run
from yibao_cli.dates.continuity import count_break, month_index, month_start

D = datetime.date
ARGS = ["guide", "contributions", "--defaults", "--answer", "who=switch"]


@pytest.mark.parametrize(
    ("stopped", "paid", "months", "within"),
    [
        (D(2026, 6, 30), D(2026, 7, 1), 0, True),  # paying on in the next month: no break
        (D(2026, 6, 1), D(2026, 6, 20), 0, True),  # the same month
        (D(2026, 9, 30), D(2026, 6, 1), 0, True),  # a payment before the last month paid
        (D(2026, 6, 30), D(2026, 8, 31), 1, True),
        (D(2026, 5, 31), D(2026, 9, 1), 3, True),  # June, July, August: exactly 3
        (D(2026, 5, 31), D(2026, 10, 1), 4, False),
        (D(2026, 11, 30), D(2027, 2, 28), 2, True),  # across the year end
    ],
)
def test_months_are_those_with_no_contribution(
    stopped: datetime.date, paid: datetime.date, months: int, within: bool
) -> None:
    found = count_break(stopped, paid, within=3, cap=6)
    assert found.months == months
    assert found.within is within


def test_a_break_of_exactly_the_limit_is_on_the_border() -> None:
    assert count_break(D(2026, 5, 31), D(2026, 9, 1), 3, 6).border
    assert not count_break(D(2026, 6, 30), D(2026, 9, 1), 3, 6).border
    assert not count_break(D(2026, 6, 30), D(2026, 7, 1), 3, 6).border  # no break at all


def test_cover_runs_from_the_month_of_payment_and_the_latest_month_is_counted() -> None:
    found = count_break(D(2026, 6, 15), D(2026, 9, 20), 3, 6)
    assert (found.first, found.last) == (D(2026, 7, 1), D(2026, 8, 1))
    assert found.cover_from == D(2026, 9, 1)
    assert found.latest_month == D(2026, 10, 1)  # July, August, September unpaid: still 3


def test_after_a_longer_break_the_cap_is_counted_like_the_civil_code() -> None:
    found = count_break(D(2026, 3, 31), D(2026, 8, 31), 3, 6)
    assert not found.within
    assert found.capped_from == D(2027, 3, 1)  # 2027-02-28 is the last day of 6 months


def test_months_count_across_years() -> None:
    assert month_start(month_index(D(2026, 12, 9)) + 1) == D(2027, 1, 1)


def test_negative_figures_are_refused() -> None:
    with pytest.raises(ValueError):
        count_break(D(2026, 1, 1), D(2026, 5, 1), -1, 6)


pytestmark = pytest.mark.usefixtures("today")


def test_json_gives_the_break(run: Run) -> None:
    given = ["two-years=yes", "last-paid=2026-05-31", "pay-date=2026-09-10"]
    result = run(*ARGS, *[arg for pair in given for arg in ("--answer", pair)], "--json")
    assert result.code == 0, result.err
    found = json.loads(result.out)["continuity"]
    assert found["months"] == 3 and found["within"] and found["border"]
    assert found["cover_from"] == "2026-09-01" and found["capped_from"] is None
    assert found["tier"] == "经验" and found["sources"] == ["nhsa-transfer-measures"]
    assert found["lines"][0].startswith("中断 3 个月（2026年6月至2026年8月没有缴费）")


def test_the_checklist_and_english_show_the_break(run: Run) -> None:
    given = ["two-years=yes", "last-paid=2026-03-31", "pay-date=2026-09-15"]
    pairs = [arg for pair in given for arg in ("--answer", pair)]
    result = run("checklist", *ARGS[1:], *pairs)
    assert result.code == 0, result.err
    assert "中断缴费的月数（按自然月算）" in result.out
    assert "中断 5 个月（2026年4月至2026年8月没有缴费），超过了3个月 [全国·" in result.out
    english = run("--lang", "en", *ARGS, *pairs)
    assert "A break of 5 months (nothing paid from April 2026 to August 2026)" in english.out


def test_no_break_is_said_plainly(run: Run) -> None:
    given = ["two-years=yes", "last-paid=2026-08-31", "pay-date=2026-09-01"]
    result = run(*ARGS, *[arg for pair in given for arg in ("--answer", pair)])
    assert "没有中断缴费的月份：2026年9月缴费，接上了上一个缴费月" in result.out
