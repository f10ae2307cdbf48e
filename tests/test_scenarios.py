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
import yaml

from conftest import DATA, Run
from yibao_cli.app import context
from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue import model

TODAY = datetime.date(2026, 9, 1)
TABLES = Path(__file__).parent / "scenarios"
MIN_ROWS = 8
NEVER = ("Traceback", "领域资料")
"""Texts no outcome may show: a crash, or an internal name given as a source."""


def _tables() -> dict[str, dict[str, Any]]:
    tables = {}
    for path in sorted(TABLES.glob("*.yaml")):
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert table["flow"] == path.stem, f"{path.name}: flow {table['flow']!r}"
        tables[path.stem] = table
    return tables


TABLE = _tables()
ROWS = [
    pytest.param(flow_id, row, id=f"{flow_id}: {row['name']}")
    for flow_id, table in TABLE.items()
    for row in table["scenarios"]
]


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)
    monkeypatch.setenv("COLUMNS", "500")  # one line per paragraph: texts are never wrapped


def _args(flow_id: str, row: dict[str, Any]) -> list[str]:
    args = ["guide", flow_id, "--defaults"]
    if row.get("region"):
        args += ["--region", str(row["region"])]
    for key, value in (row.get("answers") or {}).items():
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = ",".join(value)
        args += ["--answer", f"{key}={value}"]
    return args


@pytest.fixture(scope="module")
def catalogue() -> model.Catalogue:
    return loader.compile_directory(DATA)


@pytest.mark.parametrize(("flow_id", "row"), ROWS)
def test_scenario(run: Run, catalogue: model.Catalogue, flow_id: str, row: dict[str, Any]) -> None:
    name = f"{flow_id} · {row['name']}"
    flow = catalogue.flow(flow_id)
    assert flow is not None
    wanted = flow.outcome(row["outcome"])
    assert wanted is not None, f"{name}: the flow has no outcome {row['outcome']!r}"
    shown = run(*_args(flow_id, row))
    assert shown.code == 0, f"{name}: exit {shown.code}: {shown.err}"
    text = shown.out
    first = text.splitlines()[0]
    assert f" · {model.text(wanted.title, 'zh')}  (" in first, f"{name}: reached {first!r}"
    missing = [item for item in map(str, row.get("must", [])) if item not in text]
    assert not missing, f"{name}: the outcome does not say {missing}"
    wrong = [item for item in map(str, (*row.get("must_not", []), *NEVER)) if item in text]
    assert not wrong, f"{name}: the outcome wrongly says {wrong}"


def test_every_wizard_has_a_table_that_reaches_every_outcome(catalogue: model.Catalogue) -> None:
    assert set(TABLE) == {flow.procedure for flow in catalogue.flows}
    for flow in catalogue.flows:
        rows = TABLE[flow.procedure]["scenarios"]
        assert len(rows) >= MIN_ROWS, f"{flow.procedure}: {len(rows)} scenarios, want {MIN_ROWS}+"
        names = [row["name"] for row in rows]
        assert len(set(names)) == len(names), f"{flow.procedure}: two scenarios share a name"
        reached = {row["outcome"] for row in rows}
        missing = {outcome.id for outcome in flow.outcomes} - reached
        assert not missing, f"{flow.procedure}: no scenario reaches {sorted(missing)}"
        for row in rows:
            assert row.get("must") or row.get("must_not"), f"{row['name']}: checks nothing"
