"""The code stays lint-clean and type-clean: ruff and mypy as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow
CHECKED = ("yibao_cli", "tests", "bench", "tools", ".ci", "hatch_build.py")


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_clean() -> None:
    done = tool("ruff", "check", *CHECKED)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_clean() -> None:
    done = tool("ruff", "format", "--check", *CHECKED)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_clean() -> None:
    done = tool("mypy")
    assert done.returncode == 0, done.stdout + done.stderr
