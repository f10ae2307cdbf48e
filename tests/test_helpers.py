"""The test suite's own machinery: lists read from the data, reproducible fuzzing, one helper."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import (
    DATA,
    ROOT,
    Run,
    flow_ids,
    procedure_ids,
    region_files,
    scenario_tables,
    yibao,
)


def made_up(tmp_path: Path) -> Path:
    """A copy of the shipped catalogue with one more procedure, with its wizard: ``made-up``."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    for folder in ("procedures", "flows"):
        text = (copy / folder / "balance.yaml").read_text(encoding="utf-8")
        text = re.sub(r"(?m)^(id|procedure): balance$", r"\1: made-up", text, count=1)
        text = re.sub(r"(?m)^aliases: .*$", "aliases: [虚构的办事项目]", text, count=1)
        (copy / folder / "made-up.yaml").write_text(text, encoding="utf-8")
    menu = (copy / "menu.yaml").read_text(encoding="utf-8")
    (copy / "menu.yaml").write_text(menu.replace("balance,", "balance, made-up,", 1), "utf-8")
    return copy


def test_a_new_procedure_is_picked_up_by_the_suites_lists(run: Run, tmp_path: Path) -> None:
    copy = made_up(tmp_path)
    assert "made-up" in procedure_ids(copy) and "made-up" not in procedure_ids()
    assert "made-up" in flow_ids(copy) and "made-up" not in flow_ids()
    assert region_files(copy) == region_files()
    # The catalogue takes it, so the suite's per-procedure tests would run it…
    listed = yibao(run, "list", "--json", catalogue=copy)
    assert listed.code == 0, listed.err
    assert '"made-up"' in listed.out
    # …and the check that every wizard has a scenario table would ask for its table.
    assert set(flow_ids(copy)) - set(scenario_tables()) == {"made-up"}


def test_no_test_types_a_list_of_procedures() -> None:
    ids = procedure_ids()
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        alone = [line for line in lines if line.strip().strip(",").strip('"') in ids]
        assert len(alone) < 4, f"{path.name} types a list of procedures: {alone}"
        for line in lines:
            named = [proc_id for proc_id in ids if f'"{proc_id}",' in line]
            assert len(named) < 3, f"{path.name}: {line.strip()}"


def test_fuzzing_runs_the_same_examples_every_time() -> None:
    profile = settings.default
    assert profile is not None
    assert profile.derandomize, "the default (CI) profile must be derandomized"
    assert profile.database is None
    seen: list[list[str]] = []

    @given(st.text(max_size=20))
    def collect(text: str) -> None:
        seen[-1].append(text)

    for _ in range(2):
        seen.append([])
        collect()
    assert seen[0] == seen[1] and len(seen[0]) > 10
