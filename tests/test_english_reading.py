"""English output read as an English speaker reads it: plurals, one label per field, no doubled
glosses, English level words and separators, ``lang="en"``, English lines in search results."""

from __future__ import annotations

import datetime
import re

import pytest

import helpers
from helpers import FIXTURE, Run
from yibao_cli import strings
from yibao_cli.app import context
from yibao_cli.strings import t

TODAY = datetime.date(2026, 9, 1)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)


def en(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--lang", "en", *args)
    assert "Traceback" not in result.err
    return result.code, result.out, result.err


def test_plurals() -> None:
    strings.set_lang("en")
    try:
        assert t("tl.written", path="x.ics", count=1).endswith("(1 reminder)")
        assert t("tl.written", path="x.ics", count=2).endswith("(2 reminders)")
        assert t("case.purged", count=1, copies=0).startswith("Deleted 1 case ")
    finally:
        strings.set_lang("zh")


def test_deleting_one_case_says_one_case(run: Run) -> None:
    answers = ["kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=today"]
    pairs = helpers.answers(*answers)
    assert run("--catalogue", str(FIXTURE), "guide", "alpha", *pairs, "--save", "one").code == 0
    code, out, _ = en(run, "--catalogue", str(FIXTURE), "cases", "--purge", "--yes")
    assert code == 0 and "Deleted 1 case " in out and "1 cases" not in out


def test_one_label_per_field(run: Run) -> None:
    code, out, _ = en(run, "timeline", "replace-card", "--start", "2026-09-28")
    assert code == 0
    labels = re.findall(r"^\s+When: (.*)$", out, re.M)
    assert labels and all(re.match(r"(≈)?[A-Z][a-z]{2} \d{4}-\d\d-\d\d", when) for when in labels)
    assert "Condition: " in out


def test_answer_lists_gloss_only_what_needs_it(run: Run) -> None:
    code, _, err = en(run, "guide", "transfer", "--answer", "old-stopped=maybe")
    assert code == 2
    assert "yes（yes）" not in err and "yes (yes)" not in err and "（" not in err
    assert re.search(r"choose: yes \| no\b", err)
    code, _, err = en(run, "guide", "replace-card", "--answer", "situation=xx")
    assert "lost | stolen" in err or "lost (" in err
    assert "（" not in err


def test_region_candidates_in_english(run: Run) -> None:
    code, _, err = en(run, "show", "replace-card", "-r", "朝阳")
    assert code == 0
    assert "(county)" in err and "（county）" not in err and "（" not in err
    assert "、" not in err and "; " in err
    err = run("show", "replace-card", "-r", "朝阳").err.replace("\n", "")
    assert "（区县级）、" in err  # Chinese as it was


def test_html_checklist_language(run: Run) -> None:
    code, out, _ = en(run, "checklist", "replace-card", "--defaults", "--format", "html")
    assert code == 0 and '<html lang="en">' in out
    result = run("checklist", "replace-card", "--defaults", "--format", "html")
    assert '<html lang="zh-CN">' in result.out


def test_search_results_in_english(run: Run) -> None:
    code, out, _ = en(run, "search", "余额")
    assert code == 0
    assert "Summary: The balance you can see" in out
    assert "个人账户余额" not in out  # facts, steps and questions have English too
    assert "Fact · 转出时限" not in out
    result = run("search", "余额")
    assert "简介：" in result.out and "个人账户" in result.out
