"""Every procedure in ``yibao list`` has a wizard and a sentence to say at the office window."""

from __future__ import annotations

import json

from helpers import Run, procedure_ids
from yibao_cli.catalogue import model


def listed(run: Run) -> list[str]:
    result = run("list", "--json")
    assert result.code == 0, result.err
    return [item["id"] for item in json.loads(result.out)]


def test_every_listed_procedure_has_a_wizard(run: Run, catalogue: model.Catalogue) -> None:
    ids = listed(run)
    assert ids == procedure_ids()
    guided = {flow.procedure for flow in catalogue.flows}
    assert set(ids) - guided == set(), "every procedure needs a wizard"


def test_every_wizard_runs_with_its_defaults(run: Run, catalogue: model.Catalogue) -> None:
    for procedure in sorted({flow.procedure for flow in catalogue.flows}):
        result = run("guide", procedure, "--defaults")
        assert result.code == 0, f"{procedure}: exit {result.code}: {result.err}"
        assert "Traceback" not in result.out + result.err


def test_every_procedure_says_what_to_say_at_the_window(catalogue: model.Catalogue) -> None:
    for proc in catalogue.procedures:
        assert proc.at_window is not None, proc.id
        zh, en = model.text(proc.at_window, "zh"), model.text(proc.at_window, "en")
        assert zh.endswith("。") and len(zh) <= 60, f"{proc.id}: one short sentence, {zh!r}"
        assert "yibao" not in zh + en, proc.id
        assert en and en != zh, f"{proc.id}: the English gloss is missing"
