"""The one test-helper module: run yibao, give answers, check outcomes, save cases, list data/.

In the spirit of GOV.UK Smart Answers' flow test helper. Fixtures live in ``conftest.py``; what
a test calls lives here, once. Lists of procedures, wizards and regions are read from a
catalogue directory (``data/`` unless another is given), never typed into a test, so adding a
procedure means adding its YAML files, its scenario table and its search phrasings only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, NamedTuple

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
FIXTURE = ROOT / "tests" / "fixtures" / "catalogue"
SHARED = ROOT.parent / "shared"
TABLES = ROOT / "tests" / "scenarios"
UPDATE_GOLDEN = os.environ.get("YIBAO_UPDATE_GOLDEN") == "1"
PROCESS_LIMIT = 30.0
"""Seconds a yibao process may take before a test calls it a hang."""
TRANSFER_OK = (
    "for-whom=self",
    "old-stopped=yes",
    "new-insured=yes",
    "cross-province=no",
    "how=app",
)
"""Answers to the transfer wizard that reach the eligible outcome (all but the date)."""


class Result(NamedTuple):
    """What a user sees after one command: exit code, stdout, stderr."""

    code: int
    out: str
    err: str


Run = Callable[..., Result]
"""The ``run`` fixture: ``run(*args)`` runs ``yibao ARGS`` in-process."""


# Lists read from a catalogue directory.


def procedure_ids(root: Path = DATA) -> list[str]:
    """Every procedure id of a catalogue, sorted (a procedure's file is named by its id)."""
    return sorted(path.stem for path in (root / "procedures").glob("*.yaml"))


def flow_ids(root: Path = DATA) -> list[str]:
    """Every procedure with a wizard, sorted (a flow's file is named by its procedure)."""
    return sorted(path.stem for path in (root / "flows").glob("*.yaml"))


def region_files(root: Path = DATA) -> list[str]:
    """Every region file of a catalogue, by name without ``.yaml``, sorted."""
    return sorted(path.stem for path in (root / "regions").glob("*.yaml"))


def scenario_tables(where: Path = TABLES) -> dict[str, dict[str, Any]]:
    """Every wizard's scenario table (``tests/scenarios/<flow>.yaml``), by flow id."""
    tables = {}
    for path in sorted(where.glob("*.yaml")):
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert table["flow"] == path.stem, f"{path.name}: flow {table['flow']!r}"
        tables[path.stem] = table
    return tables


def scenario_rows(where: Path = TABLES) -> list[tuple[str, dict[str, Any]]]:
    """Every scenario row, as ``(flow id, row)``, in table order."""
    return [
        (flow_id, row)
        for flow_id, table in scenario_tables(where).items()
        for row in table["scenarios"]
    ]


# Answers and commands.


def answer_value(value: object) -> str:
    """Write one answer the way ``--answer key=value`` takes it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    return str(value)


def answers(*given: str | Mapping[str, object]) -> list[str]:
    """Turn ``"key=value"`` pairs, or mappings of answers, into ``--answer`` arguments."""
    args: list[str] = []
    for item in given:
        pairs = (
            [f"{key}={answer_value(value)}" for key, value in item.items()]
            if isinstance(item, Mapping)
            else [item]
        )
        for pair in pairs:
            args += ["--answer", pair]
    return args


def guide_args(flow_id: str, row: Mapping[str, Any]) -> list[str]:
    """The ``guide`` command of a scenario row: its answers, the rest by their defaults."""
    args = ["guide", flow_id, "--defaults"]
    if row.get("region"):
        args += ["--region", str(row["region"])]
    return args + answers(row.get("answers") or {})


def yibao(run: Run, *args: str, catalogue: Path | None = None) -> Result:
    """Run ``yibao [--catalogue DIR] ARGS`` in-process; a traceback fails the test."""
    prefix = ["--catalogue", str(catalogue)] if catalogue is not None else []
    result = run(*prefix, *args)
    assert "Traceback" not in result.err, result.err
    return result


def output_of(result: Result) -> str:
    """Require exit 0 and return what was printed (stdout, then stderr)."""
    assert result.code == 0, result.err
    return result.out + result.err


def ok(run: Run, *args: str, catalogue: Path | None = None) -> str:
    """Run yibao in-process, require exit 0 and return what it printed (stdout, then stderr)."""
    return output_of(yibao(run, *args, catalogue=catalogue))


def save(
    run: Run,
    flow_id: str,
    name: str,
    given: Iterable[str] | Mapping[str, object] = (),
    *extra: str,
    catalogue: Path | None = None,
) -> Result:
    """Answer a wizard from the command line and save the outcome as case ``name``."""
    pairs = answers(given) if isinstance(given, Mapping) else answers(*given)
    return yibao(run, "guide", flow_id, *pairs, *extra, "--save", name, catalogue=catalogue)


def check_texts(
    name: str, text: str, must: Iterable[object] = (), must_not: Iterable[object] = ()
) -> None:
    """Fail, naming the situation, when a text lacks what it must say or says what it must not."""
    missing = [item for item in map(str, must) if item not in text]
    assert not missing, f"{name}: the output does not say {missing}"
    wrong = [item for item in map(str, must_not) if item in text]
    assert not wrong, f"{name}: the output wrongly says {wrong}"


def golden(path: Path, text: str) -> None:
    """Compare ``text`` with a golden file; ``YIBAO_UPDATE_GOLDEN=1`` writes it instead.

    A missing golden file fails the test: a deleted or misnamed file is never taken as passing.
    """
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"golden file {shown} is missing; YIBAO_UPDATE_GOLDEN=1 writes it"
    assert text == path.read_text(encoding="utf-8"), (
        f"output differs from {shown}; if the change is intended, run with YIBAO_UPDATE_GOLDEN=1"
    )


# Processes.


def process(
    *args: str,
    timeout: float = PROCESS_LIMIT,
    env: Mapping[str, str] | None = None,
    stdout: IO[str] | None = None,
    stdin: IO[str] | int | None = subprocess.DEVNULL,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess[str]:
    """Run ``yibao ARGS`` in a child process; a hang fails the test after ``timeout`` seconds.

    The child inherits the test's environment (its own home, the shared compiled cache) unless
    ``env`` is given.
    """
    try:
        return subprocess.run(
            [sys.executable, "-m", "yibao_cli", *args],
            cwd=cwd,
            text=True,
            timeout=timeout,
            stdin=stdin,
            stdout=subprocess.PIPE if stdout is None else stdout,
            stderr=subprocess.PIPE,
            env=None if env is None else dict(env),
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"yibao {' '.join(a[:40] for a in args)} did not finish in {timeout} s")


def environment(**changes: str | None) -> dict[str, str]:
    """The test's environment with some variables set (or removed, given None)."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, step: float = 0.02) -> None:
    """Poll until ``condition()`` holds; fail after ``timeout`` seconds (never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"still not so after {timeout} s")
        time.sleep(step)


def imports(cache: Path, *args: str) -> set[str]:
    """Run ``yibao ARGS`` in a fresh interpreter and return the modules it imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "yibao_cli", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "YIBAO_CACHE": str(cache)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
