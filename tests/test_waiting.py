"""Waiting periods after a gap: calendar-month arithmetic, the rule's two readings, bad answers."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

import helpers
from helpers import DATA, Run
from yibao_cli.dates.months import add_months, first_day_after, period_end
from yibao_cli.dates.waiting import Rule, counted_from, waiting

D = datetime.date
RULE = Rule(fixed=3, per_year=1, floor=6, floor_gap=4)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # no 31 February: the month's last day
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # a leap year
        (D(2026, 1, 31), 3, D(2026, 4, 30)),
        (D(2026, 3, 31), 11, D(2027, 2, 28)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2027, 11, 29), 3, D(2028, 2, 29)),
        (D(2026, 10, 15), 3, D(2027, 1, 15)),  # across the year end
        (D(2026, 5, 20), 0, D(2026, 5, 20)),
        (D(2026, 5, 20), 24, D(2028, 5, 20)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_month_end(
    day: datetime.date, months: int, expected: datetime.date
) -> None:
    assert add_months(day, months) == expected


def test_paying_on_31_january_and_waiting_3_months() -> None:
    # The day of payment is not counted; the period ends on 30 April (no 31 April).
    assert period_end(D(2026, 1, 31), 3) == D(2026, 4, 30)
    assert first_day_after(D(2026, 1, 31), 3) == D(2026, 5, 1)


def test_leap_years_at_the_end_of_february() -> None:
    assert first_day_after(D(2027, 11, 30), 3) == D(2028, 3, 1)  # 2028-02-29 is the last day
    assert first_day_after(D(2025, 11, 30), 3) == D(2026, 3, 1)  # 2026-02-28
    assert first_day_after(D(2023, 11, 29), 3) == D(2024, 3, 1)  # 2024-02-29


def test_no_months_is_no_wait() -> None:
    assert first_day_after(D(2026, 6, 1), 0) == D(2026, 6, 1)


def test_negative_months_are_refused() -> None:
    with pytest.raises(ValueError):
        add_months(D(2026, 1, 1), -1)


def test_collection_period_payment_counts_from_1_january() -> None:
    assert counted_from(D(2026, 11, 10), in_window=True) == D(2026, 12, 31)
    assert counted_from(D(2026, 11, 10), in_window=False) == D(2026, 11, 10)
    assert counted_from(D(2027, 2, 10), in_window=True) == D(2027, 2, 10)  # a late window


@pytest.mark.parametrize(
    ("gap", "back", "least", "most"),
    [
        (0, 0, 3, 3),  # late enrolment only: the fixed 3 months
        (1, 0, 3, 4),  # does the first year of gap add a month? both readings
        (1, 1, 3, 3),
        (2, 0, 4, 5),
        (3, 0, 5, 6),
        (3, 2, 3, 4),
        (3, 3, 3, 3),  # paying back never touches the fixed 3 months
        (4, 0, 6, 7),
        (4, 4, 6, 6),  # 4 years or more: at least 6 in all
        (5, 0, 7, 8),
        (5, 2, 6, 6),
        (5, 5, 6, 6),
        (10, 0, 12, 13),
    ],
)
def test_months_under_both_readings(gap: int, back: int, least: int, most: int) -> None:
    result = waiting(RULE, D(2026, 3, 10), gap, back, in_window=False)
    assert result.applies
    assert (result.least, result.most) == (least, most)


def test_qingdao_example() -> None:
    # Not insured in 2025 and 2026, insured for 2027 in the collection period: 3 + 1 = 4
    # months, benefits from 1 May 2027; paying back a year: 3 months, from 1 April.
    plain = waiting(RULE, D(2026, 11, 10), gap=2, back=0, in_window=True)
    assert plain.later_years.months == 4
    assert plain.later_years.benefits_from == D(2027, 5, 1)
    repaired = waiting(RULE, D(2026, 11, 10), gap=2, back=1, in_window=True)
    assert repaired.later_years.benefits_from == D(2027, 4, 1)


def test_floor_is_marked_and_back_pay_is_cut_to_the_gap() -> None:
    result = waiting(RULE, D(2026, 3, 10), gap=5, back=9, in_window=False)
    assert result.back == 5 and result.back_clamped
    assert result.later_years.floor_applied and result.later_years.months == 6
    assert result.later_years.without_back_pay == 7
    assert result.every_year.without_back_pay == 8
    assert result.later_years.fewest == 6


def test_no_gap_in_the_window_means_no_wait() -> None:
    result = waiting(RULE, D(2026, 11, 10), gap=0, back=0, in_window=True)
    assert not result.applies
    assert result.later_years.benefits_from == D(2027, 1, 1)


def test_negative_years_are_refused() -> None:
    with pytest.raises(ValueError):
        waiting(RULE, D(2026, 1, 1), gap=-1, back=0, in_window=False)


pytestmark = pytest.mark.usefixtures("today")


def test_wizard_with_defaults_exits_0(run: Run) -> None:
    result = run("guide", "contributions", "--defaults")
    assert result.code == 0, result.err
    assert "没有待遇等待期" in result.out


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("gap-years=-1", "请输入0到80之间的整数年数"),
        ("gap-years=three", "请输入整数"),
        ("gap-years=2.5", "请输入整数"),
        ("back-years=-3", "请输入0到80之间的整数年数"),
        ("pay-date=2026-02-30", "2月没有30日"),
        ("pay-date=2026-13-01", "没有13月"),
    ],
)
def test_bad_answers_get_a_clear_message(run: Run, answer: str, message: str) -> None:
    args = ["guide", "contributions", "--defaults", "--answer", "insured-now=no"]
    if answer.startswith("back-years"):
        args += ["--answer", "gap-years=2"]
    result = run(*args, "--answer", answer)
    assert result.code != 0
    assert message in result.err
    assert "Traceback" not in result.err + result.out


def test_json_gives_the_waiting_period(run: Run) -> None:
    import json

    result_args = [
        "guide", "contributions", "--json", "--defaults",
        "--answer", "insured-now=no", "--answer", "gap-years=1", "--answer", "pay-date=2026-03-10",
    ]  # fmt: skip
    result = run(*result_args)
    assert result.code == 0, result.err
    found = json.loads(result.out)["waiting"]
    assert found["months"] == {"least": 3, "most": 4}
    assert found["readings"]["later-years"]["benefits_from"] == "2026-06-11"
    assert found["readings"]["every-year"]["benefits_from"] == "2026-07-11"
    # One of the two readings is only an article's: the range is as firm as that reading.
    assert found["tier"] == "经验"
    assert found["sources"] == ["gov-2024-38", "qingdao-waiting-2026", "news-waiting-2025"]
    paid_back = ["--answer", "back-years=1"]
    result = run(*result_args, *paid_back)
    assert json.loads(result.out)["waiting"]["tier"] == "全国"  # one reading left: national


def test_ics_reminds_of_the_waiting_period_and_the_window(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "wait.ics"
    args = [
        "--answer",
        "insured-now=no",
        "--answer",
        "gap-years=1",
        "--answer",
        "pay-date=2026-03-10",
    ]
    result = run("guide", "contributions", "--defaults", *args, "--ics", str(target))
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8").replace("\r\n ", "")
    # Paid on a day gone by (done, without an alarm), the waiting period, the yearly window.
    assert text.count("BEGIN:VEVENT") == 3
    assert text.count("BEGIN:VALARM") == 2
    assert "contributions.waiting-period." in text
    assert "DTSTART;VALUE=DATE:20260611" in text  # the earlier reading's first day
    assert "DTEND;VALUE=DATE:20260712" in text  # through the later reading's first day
    assert "DTSTART;VALUE=DATE:20261201" in text  # 30 days before the usual 31 December
    assert "DTEND;VALUE=DATE:20270101" in text


def test_ics_of_no_waiting_period_gives_the_window_only(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "window.ics"
    result = run("guide", "contributions", "--defaults", "--ics", str(target))
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1
    assert "contributions.window.2026-12-31.cn@yibao" in text


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "      paid: pay-date\n",
            "      paid: gap-years\n",
            "waiting.paid: waiting 的 'gap-years'",
        ),
        ("      gap: gap-years\n", "      gap: in-window\n", "waiting.gap: waiting 的 'in-window'"),
        ('      end: "12-31"\n', '      end: "02-30"\n', "window.end: window.end '02-30'"),
        ("      stopped: last-paid\n", "      stopped: two-years\n", "continuity 的 'two-years'"),
        ("      cap: 6\n", "      cap: 600\n", "continuity 的月数应在 0 到 120 之间"),
        (  # a national rule needs a policy, a page or a standard behind it, not an article
            "      tier: 全国\n      sources: [nhsa-transfer-measures]\n",
            "      tier: 全国\n      sources: [seed-004]\n",
            "continuity.tier:",
        ),
    ],
)
def test_flow_checks_the_rules_it_works_out_with(
    run: Run, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    path = root / "flows" / "contributions.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run("validate", str(root))
    assert result.code == 4
    assert expected in result.err


def test_the_checklist_shows_the_waiting_period(run: Run) -> None:
    answers = ["insured-now=no", "gap-years=3", "back-years=2", "pay-date=2026-03-10"]
    args = helpers.answers(*answers)
    result = run("checklist", "contributions", "--defaults", *args)
    assert result.code == 0, result.err
    assert "待遇等待期（按自然月算，不按工作日）" in result.out
    assert "补缴 2 年：等待期从 5–6 个月减到 3–4 个月" in result.out
