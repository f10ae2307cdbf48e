"""The working-day timeline: pinned 2026 cases, estimates by rule beyond the data, properties."""

from __future__ import annotations

import datetime

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yibao_cli.dates import holidays
from yibao_cli.dates.timeline import (
    Closure,
    Day,
    StepDays,
    plan,
    start_bounds,
)
from yibao_cli.dates.workdays import DayInfo, WorkCalendar, china

D = datetime.date
WAIT = [StepDays("first"), StepDays("wait", (7, 15))]
# The holiday data as published for 2004–2026, whatever later package versions add: the
# pinned estimates below stay estimates.
UP_TO_2026 = WorkCalendar(2004, 2026, lambda day: china().exact(day), "test")


def ends(start: D, days: tuple[int, int], calendar: WorkCalendar | None = None) -> tuple[D, D]:
    window = plan(start, [StepDays("s", days)], calendar).ends
    return window.earliest.date, window.latest.date


def test_calendar_years_come_from_the_package() -> None:
    cal = china()
    assert cal.first_year == 2004
    assert cal.last_year >= 2026
    assert cal.source.startswith("chinese-calendar ")
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(cal.last_year + 1, 6, 1))


def test_the_2026_arrangement_is_what_the_tests_assume() -> None:
    # 国庆+中秋 2026: 10月1日–7日 off, Saturday 10月10日 worked; 春节: 2月15日–23日 off,
    # Saturdays 2月14日 and 2月28日 worked.
    assert all(not chinese_calendar.is_workday(D(2026, 10, d)) for d in range(1, 8))
    assert chinese_calendar.is_workday(D(2026, 10, 10))
    assert all(not chinese_calendar.is_workday(D(2026, 2, d)) for d in range(15, 24))
    assert chinese_calendar.is_workday(D(2026, 2, 14))
    assert chinese_calendar.is_workday(D(2026, 2, 28))


def test_just_before_national_day_2026() -> None:
    # Acceptance Wed 9月30日; the holiday is skipped; day 3 is the make-up Saturday 10月10日.
    assert ends(D(2026, 9, 30), (1, 1)) == (D(2026, 10, 8), D(2026, 10, 8))
    assert ends(D(2026, 9, 30), (3, 3)) == (D(2026, 10, 10), D(2026, 10, 10))
    assert ends(D(2026, 9, 30), (7, 15)) == (D(2026, 10, 15), D(2026, 10, 27))


def test_just_before_spring_festival_2026() -> None:
    # Acceptance Thu 2月12日: 13日 (1), Saturday 14日 (2, make-up), then 24日 (3) after the holiday.
    assert ends(D(2026, 2, 12), (2, 3)) == (D(2026, 2, 14), D(2026, 2, 24))
    # Day 7 is the make-up Saturday 2月28日.
    assert ends(D(2026, 2, 12), (7, 15)) == (D(2026, 2, 28), D(2026, 3, 11))


def test_day_of_acceptance_does_not_count_and_zero_is_same_day() -> None:
    assert ends(D(2026, 11, 23), (0, 1)) == (D(2026, 11, 23), D(2026, 11, 24))


def test_start_on_a_weekend() -> None:
    timeline = plan(D(2026, 11, 21), WAIT)  # Saturday
    assert timeline.accepted.date == D(2026, 11, 23)
    assert timeline.step("first").ends.latest.date == D(2026, 11, 23)
    assert timeline.step("wait").ends.earliest.date == D(2026, 12, 2)


def test_start_on_a_holiday() -> None:
    timeline = plan(D(2026, 10, 1), WAIT)
    assert timeline.accepted.date == D(2026, 10, 8)
    # 10月10日 (Saturday, worked) counts; a Monday–Friday count would give 10月19日.
    assert timeline.step("wait").ends.earliest.date == D(2026, 10, 16)
    assert timeline.step("wait").ends.latest.date == D(2026, 10, 28)


def test_start_on_a_make_up_saturday_is_accepted_that_day() -> None:
    assert plan(D(2026, 10, 10), WAIT).accepted.date == D(2026, 10, 10)


def test_steps_follow_one_another() -> None:
    steps = [
        StepDays("apply"),
        StepDays("out", (10, 15)),
        StepDays("in", (5, 5)),
        StepDays("track"),
    ]
    timeline = plan(D(2026, 9, 30), steps)
    out, into, track = timeline.step("out"), timeline.step("in"), timeline.step("track")
    assert timeline.step("apply").ends.latest.date == D(2026, 9, 30)
    assert (out.ends.earliest.date, out.ends.latest.date) == (D(2026, 10, 20), D(2026, 10, 27))
    assert into.starts == out.ends
    assert (into.ends.earliest.date, into.ends.latest.date) == (D(2026, 10, 27), D(2026, 11, 3))
    assert into.elapsed == (15, 20) and timeline.total == (15, 20)
    assert track.days is None and track.starts == track.ends == into.ends
    assert [step.id for step in timeline.deadlines] == ["out", "in"]
    assert timeline.ends == into.ends


def test_span_into_2027_is_an_estimate_from_the_first_unknown_day() -> None:
    timeline = plan(D(2026, 12, 20), WAIT, UP_TO_2026)
    wait = timeline.step("wait").ends
    assert timeline.accepted.date == D(2026, 12, 21)
    assert (wait.earliest.date, wait.earliest.estimated) == (D(2026, 12, 30), False)
    # 2027 by rule: 1月1日 (a Friday) is 元旦: 31日 (8), 4日–8日 (9–13), 11日, 12日 (15).
    assert (wait.latest.date, wait.latest.estimated) == (D(2027, 1, 12), True)
    assert timeline.estimated and timeline.estimated_years == (2027,)
    assert timeline.known_years == (2004, 2026)
    assert timeline.closures == (Closure(("new-year",), D(2027, 1, 1), D(2027, 1, 1), False, True),)


def test_start_beyond_the_data_is_all_estimate() -> None:
    # 元旦 2028 is a Saturday: by the rule's day in lieu, Monday 3日 is off too.
    timeline = plan(D(2028, 1, 1), WAIT, UP_TO_2026)
    assert timeline.accepted == Day(D(2028, 1, 4), True)
    assert timeline.estimated_years == (2028,)


def test_no_estimate_inside_the_data() -> None:
    timeline = plan(D(2026, 3, 2), WAIT)
    assert not timeline.estimated and timeline.estimated_years == ()
    assert not timeline.step("wait").ends.estimated


def test_no_steps_and_no_durations() -> None:
    timeline = plan(D(2026, 5, 1), [])
    assert timeline.steps == () and timeline.total == (0, 0)
    assert timeline.ends.earliest.date == timeline.accepted.date == D(2026, 5, 6)


def test_invalid_range_is_refused() -> None:
    with pytest.raises(ValueError, match="invalid working-day range"):
        plan(D(2026, 5, 1), [StepDays("x", (5, 2))])


@pytest.mark.parametrize("day", [D(1, 1, 1), D(1999, 12, 31), D(9999, 1, 1)])
def test_any_date_gives_an_answer_or_a_clear_error(day: D) -> None:
    timeline = plan(day, WAIT)
    assert timeline.estimated
    with pytest.raises(ValueError, match="9999-12-31"):
        plan(D(9999, 12, 30), [StepDays("x", (5, 5))])


def test_a_gap_in_the_data_is_estimated_not_raised() -> None:
    def partial(day: D) -> DayInfo:
        if day.month == 12:
            raise NotImplementedError
        return DayInfo(bool(chinese_calendar.is_workday(day)))

    timeline = plan(D(2026, 11, 30), [StepDays("x", (3, 3))], WorkCalendar(2004, 2026, partial))
    assert timeline.ends.latest == Day(D(2026, 12, 3), True)


def test_start_bounds() -> None:
    assert start_bounds(D(2026, 11, 23)) == (D(2004, 1, 1), D(2031, 12, 31))


# ---- property: the timeline agrees with a naive count, day by day, with is_workday ----------


def naive_workday(day: D) -> tuple[bool, bool]:
    """Is it a working day, and is that a guess (outside the package's data)?"""
    try:
        return bool(chinese_calendar.is_workday(day)), False
    except NotImplementedError:
        return day.weekday() < 5 and day not in holidays.rest_days(day.year), True


def days_between(first: D, last: D) -> list[D]:
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


spans = st.one_of(
    st.none(),
    st.tuples(st.integers(0, 25), st.integers(0, 25)).map(lambda p: (p[0], p[0] + p[1])),
)


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(D(2004, 1, 1), D(2031, 12, 31)),
    durations=st.lists(spans, max_size=5),
)
def test_matches_a_naive_count(start: D, durations: list[tuple[int, int] | None]) -> None:
    steps = [StepDays(f"s{n}", days) for n, days in enumerate(durations)]
    timeline = plan(start, steps)
    accepted = timeline.accepted.date
    # Acceptance: the first working day on or after the start.
    assert naive_workday(accepted)[0]
    assert all(not naive_workday(day)[0] for day in days_between(start, accepted)[:-1])
    low = high = 0
    for step, days in zip(timeline.steps, durations, strict=True):
        if days is not None:
            low, high = low + days[0], high + days[1]
        assert step.elapsed == (low, high)
        for count, end in ((low, step.ends.earliest), (high, step.ends.latest)):
            span = days_between(accepted, end.date)
            # The end is a working day, exactly `count` working days after acceptance.
            assert naive_workday(end.date)[0]
            assert sum(naive_workday(day)[0] for day in span[1:]) == count
            # An estimate exactly when a day from the start to the end lies beyond the data.
            guessed = any(naive_workday(day)[1] for day in days_between(start, end.date))
            assert end.estimated == guessed
    if timeline.steps:
        assert timeline.ends == timeline.steps[-1].ends
