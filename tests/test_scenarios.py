"""Scenario tables: for every wizard, answers in, the texts that must and must not appear out.

One table per wizard in ``tests/scenarios/<flow>.yaml`` (GOV.UK Smart Answers' regression
answers): each row names a situation in words, gives the answers that matter (the rest take
their defaults, as ``--defaults`` does), the outcome it must reach, and the texts the printed
outcome must and must not contain. A failing row names its situation.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from helpers import Run, check_texts, flow_ids, guide_args, scenario_rows, scenario_tables, yibao
from yibao_cli.catalogue import model

TODAY = datetime.date(2026, 9, 1)
GOLDEN = Path(__file__).parent / "golden" / "guide"
MIN_ROWS = 8
NEVER = ("Traceback", "领域资料")
"""Texts no outcome may show: a crash, or an internal name given as a source."""

TABLE = scenario_tables()
ROWS = [
    pytest.param(flow_id, row, id=f"{flow_id}: {row['name']}") for flow_id, row in scenario_rows()
]
pytestmark = pytest.mark.usefixtures("today")


@pytest.fixture(autouse=True)
def unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "500")  # one line per paragraph: texts are never wrapped


@pytest.mark.parametrize(("flow_id", "row"), ROWS)
def test_scenario(run: Run, catalogue: model.Catalogue, flow_id: str, row: dict[str, Any]) -> None:
    name = f"{flow_id} · {row['name']}"
    flow = catalogue.flow(flow_id)
    assert flow is not None
    wanted = flow.outcome(row["outcome"])
    assert wanted is not None, f"{name}: the flow has no outcome {row['outcome']!r}"
    shown = yibao(run, *guide_args(flow_id, row))
    assert shown.code == 0, f"{name}: exit {shown.code}: {shown.err}"
    text = shown.out
    first = text.splitlines()[0]
    assert f" · {model.text(wanted.title, 'zh')}  (" in first, f"{name}: reached {first!r}"
    check_texts(name, text, row.get("must", []), (*row.get("must_not", []), *NEVER))


def test_every_wizard_has_a_table(catalogue: model.Catalogue) -> None:
    assert set(TABLE) == set(flow_ids()) == {flow.procedure for flow in catalogue.flows}


def test_every_wizard_has_a_table_that_reaches_every_outcome(catalogue: model.Catalogue) -> None:
    for flow in catalogue.flows:
        rows = TABLE[flow.procedure]["scenarios"]
        assert len(rows) >= MIN_ROWS, f"{flow.procedure}: {len(rows)} scenarios, want {MIN_ROWS}+"
        names = [row["name"] for row in rows]
        assert len(set(names)) == len(names), f"{flow.procedure}: two scenarios share a name"
        reached = {row["outcome"] for row in rows}
        missing = {outcome.id for outcome in flow.outcomes} - reached
        assert not missing, f"{flow.procedure}: no scenario reaches {sorted(missing)}"
        for row in rows:
            checks = row.get("must") or row.get("must_not") or row.get("golden")
            assert checks, f"{row['name']}: checks nothing"
            if row.get("golden"):
                assert (GOLDEN / f"{row['golden']}.txt").is_file(), f"{row['name']}: no golden file"
