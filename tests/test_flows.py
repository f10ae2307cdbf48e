"""Every wizard of the real catalogue, walked down every path (GOV.UK Smart Answers style).

Every question and every outcome is reachable, every option of every question leads somewhere,
no path dead-ends, every outcome renders, and golden files pin each outcome's text.
Regenerate the golden files with ``YIBAO_UPDATE_GOLDEN=1 pytest tests/test_flows.py``.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from helpers import Run, answer_value, flow_ids, golden, guide_args, scenario_rows, yibao
from walker import explore
from yibao_cli.catalogue import model
from yibao_cli.page import outcome as outcome_page
from yibao_cli.regions import overlay
from yibao_cli.render import jsonout
from yibao_cli.render.page import render
from yibao_cli.wizard.fitting import fit
from yibao_cli.wizard.outcome import assemble, command

TODAY = datetime.date(2026, 9, 1)
GOLDEN = Path(__file__).parent / "golden" / "guide"
FLOWS = flow_ids()
GOLDEN_ROWS = [(flow_id, row) for flow_id, row in scenario_rows() if row.get("golden")]


def flow_of(catalogue: model.Catalogue, flow_id: str) -> model.Flow:
    flow = catalogue.flow(flow_id)
    assert flow is not None, flow_id
    return flow


def test_the_wizards_are_the_ones_in_the_catalogue(catalogue: model.Catalogue) -> None:
    assert {flow.procedure for flow in catalogue.flows} == set(FLOWS)
    assert [flow.procedure for flow in catalogue.flows][:2] == ["replace-card", "transfer"]


@pytest.mark.parametrize("flow_id", FLOWS)
def test_every_question_option_and_outcome_is_reached(
    catalogue: model.Catalogue, flow_id: str
) -> None:
    flow = flow_of(catalogue, flow_id)
    found = explore(flow, TODAY)
    assert found.dead_ends == []
    assert found.asked == {question.id for question in flow.questions}
    assert found.outcomes == {outcome.id for outcome in flow.outcomes}
    every_option = {(q.id, o.value) for q in flow.questions for o in q.options}
    assert every_option - found.chosen == set()


@pytest.mark.parametrize("flow_id", FLOWS)
def test_every_path_renders_and_gives_data(catalogue: model.Catalogue, flow_id: str) -> None:
    flow = flow_of(catalogue, flow_id)
    proc = catalogue.procedure(flow_id)
    assert proc is not None
    view = overlay.view(catalogue, proc)
    seen: set[object] = set()
    for done in explore(flow, TODAY).walks:
        result = assemble(flow, proc, done)
        assert result.steps or result.channels or result.verdicts, result.id
        # Paths that pick the same items render alike: render each selection once.
        picked = (
            result.id,
            result.steps,
            result.materials,
            result.channels,
            result.facts,
            result.notes,
            result.related,
            tuple(v.text for v in result.verdicts),
        )
        if picked in seen:
            continue
        seen.add(picked)
        fitted = fit(view, result, catalogue)
        again = command(flow_id, result.answers)
        page = outcome_page.build(fitted, flow, again)
        buffer = io.StringIO()
        render(Console(file=buffer, width=80, color_system=None), page)
        assert "以当地医保部门规定为准" in buffer.getvalue()
        data = jsonout.outcome(page)
        assert json.loads(jsonout.dumps(data))["outcome"]["id"] == result.id


def test_every_outcome_has_a_golden_case(catalogue: model.Catalogue) -> None:
    from yibao_cli.wizard.engine import walk

    covered = set()
    for flow_id, row in GOLDEN_ROWS:
        done = walk(flow_of(catalogue, flow_id), _given(row), TODAY)
        assert done.outcome is not None, (flow_id, row["name"])
        assert done.outcome.id == row["outcome"], (flow_id, row["name"])
        covered.add((flow_id, done.outcome.id))
    wanted = {(flow.procedure, outcome.id) for flow in catalogue.flows for outcome in flow.outcomes}
    assert wanted - covered == set()


def _given(row: dict[str, Any]) -> dict[str, str]:
    return {key: answer_value(value) for key, value in (row.get("answers") or {}).items()}


@pytest.mark.parametrize(
    ("flow_id", "row"), GOLDEN_ROWS, ids=[row["golden"] for _, row in GOLDEN_ROWS]
)
def test_outcome_golden(run: Run, today: datetime.date, flow_id: str, row: dict[str, Any]) -> None:
    result = yibao(run, *guide_args(flow_id, row))
    assert result.code == 0, result.err
    assert result.err == ""
    golden(GOLDEN / f"{row['golden']}.txt", result.out)
