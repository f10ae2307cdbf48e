"""Every surface of an outcome says the same thing: steps, dates, materials and contacts.

For one scenario row per outcome of every wizard (the rows with a whole-page golden file), the
outcome's JSON (written from its page) is the reference; the terminal outcome, the text
checklist, the one-page sheet and a case saved from the same answers must agree with it.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from helpers import Run, answers, guide_args, save, scenario_rows, yibao
from yibao_cli.dates import text as datetext
from yibao_cli.dates.timeline import Day, Window

TODAY = datetime.date(2026, 9, 1)
ROWS = [(flow_id, row) for flow_id, row in scenario_rows() if row.get("golden")]
pytestmark = pytest.mark.usefixtures("today")


@pytest.fixture(autouse=True)
def unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "500")  # one line per paragraph


def _json(run: Run, *args: str) -> Any:
    result = yibao(run, *args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _text(run: Run, *args: str) -> str:
    result = yibao(run, *args)
    assert result.code == 0, result.err
    return result.out


def _days(window: dict[str, Any] | None, kind: str | None = None) -> list[str]:
    """The dates of a step as every page writes them: one day, two with 至 between, or for a
    time limit only the latest."""
    if window is None:
        return []
    ends = [
        Day(datetime.date.fromisoformat(window[end]["date"]), window[end]["estimate"])
        for end in ("earliest", "latest")
    ]
    return [datetext.day(ends[1]) if kind == "limit" else datetext.window(Window(*ends))]


@pytest.mark.parametrize(("flow_id", "row"), ROWS, ids=[row["golden"] for _, row in ROWS])
def test_every_surface_agrees(run: Run, flow_id: str, row: dict[str, Any]) -> None:
    args = guide_args(flow_id, row)
    given = args[2:]  # --defaults, --region, the answers
    reference = _json(run, *args)
    steps = [(step["id"], step["title"], step["expected"]) for step in reference["steps"]]
    kinds = {step["id"]: step["expected_kind"] for step in reference["steps"]}
    materials = [material["name"] for material in reference["materials"]]
    contacts = [contact["name"] for contact in reference["contacts"]]

    # The terminal outcome and the text checklist show each step with its dates, each material,
    # each contact.
    for label, text in (
        ("terminal", _text(run, *args)),
        ("checklist", _text(run, "checklist", flow_id, *given, "--format", "text")),
    ):
        for step_id, title, expected in steps:
            assert title in text, (label, step_id)
            for day in _days(expected, kinds[step_id]):
                assert day in text, (label, step_id, day)
        for name in materials + contacts:
            assert name in text, (label, name)

    # The checklist's JSON is the same outcome.
    same = _json(run, "checklist", flow_id, *given, "--format", "json")
    assert [s["expected"] for s in same["steps"]] == [s[2] for s in steps]

    # The one-page sheet's next actions carry the same dates as the steps they are.
    sheet = _json(run, "checklist", flow_id, *given, "--brief")
    dates = {step_id: expected for step_id, _, expected in steps}
    for action in sheet["now"]:
        assert action["expected"] == dates[action["step"]], action["step"]
    assert {item["material"] for item in sheet["bring"]} <= {
        material["id"] for material in reference["materials"]
    }

    # A case saved from the same answers today: the same steps, dates, materials and contacts.
    saved = save(run, flow_id, "same", [], *given)
    assert saved.code == 0, saved.err
    case = _json(run, "case", "show", "same")
    assert [step["id"] for step in case["steps"]] == [step_id for step_id, _, _ in steps]
    for step in case["steps"]:
        if step["done"] is None:
            assert step["expected"] == dates[step["id"]], step["id"]
    assert [m["name"] for m in case["materials"]] == materials
    assert [c["name"] for c in case["contacts"]] == contacts
    shown = _text(run, "case", "show", "same")
    for step in case["steps"]:
        if step["done"] is None:
            for day in _days(step["expected"], step["expected_kind"]):
                assert day in shown, ("case show", step["id"], day)


def test_the_contributions_case_keeps_the_day_benefits_start(run: Run, tmp_path: Any) -> None:
    given = [
        "scheme=resident",
        "who=ordinary",
        "insured-now=no",
        "gap-years=2",
        "back-years=0",
        "in-window=yes",
        "pay-date=2026-08-10",
    ]
    pairs = answers(*given)
    assert save(run, "contributions", "交费", given, "--defaults").code == 0
    first, last = "2027年5月1日", "6月1日"
    shown = _text(run, "case", "show", "交费")
    assert first in shown and last in shown
    assert "按时缴费" in shown and "✓" in shown  # paid on a day gone by: done
    line = _text(run, "case", "next", "交费")
    assert first in line
    target = tmp_path / "c.ics"
    assert yibao(run, "case", "ics", "交费", "-o", str(target)).code == 0
    assert "DTSTART;VALUE=DATE:20270501" in target.read_text(encoding="utf-8")
    sheet = _text(run, "checklist", "contributions", *pairs, "--defaults", "--brief")
    assert first in sheet


def test_replace_card_reminders_wait_for_the_office(run: Run, tmp_path: Any) -> None:
    given = ["situation=lost", "reported=not-yet", "mode=in-person", "apply-date=2026-09-07"]
    assert save(run, "replace-card", "补卡", given, "--defaults").code == 0
    case = _json(run, "case", "show", "补卡")
    office = next(step for step in case["steps"] if step["id"] == "wait")
    latest = office["expected"]["latest"]["date"].replace("-", "")
    target = tmp_path / "r.ics"
    assert yibao(run, "case", "ics", "补卡", "-o", str(target)).code == 0
    import icalendar

    events = {
        str(event["UID"]).split(".")[1]: event
        for event in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    for step_id in ("collect", "activate"):
        event = events[step_id]
        assert event.decoded("DTSTART").strftime("%Y%m%d") == latest, step_id
        assert "先打电话问" in str(event["DESCRIPTION"])
