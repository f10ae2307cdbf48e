"""Styled output on a real terminal, plain text everywhere else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from rich.cells import cell_len

from helpers import FIXTURE, Run

YIBAO = [sys.executable, "-m", "yibao_cli"]


def in_terminal(*args: str, **env: str) -> str:
    child = pexpect.spawn(
        YIBAO[0],
        [*YIBAO[1:], "--catalogue", str(FIXTURE), *args],
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", **env},
        encoding="utf-8",
        dimensions=(40, 80),
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return str(child.before)


@pytest.mark.terminal
def test_terminal_output_is_styled(tmp_path: Path) -> None:
    out = in_terminal("show", "alpha")
    assert "\x1b[" in out
    assert "甲流程" in out


@pytest.mark.terminal
def test_no_color_gives_plain_text_on_a_terminal(tmp_path: Path) -> None:
    out = in_terminal("show", "alpha", NO_COLOR="1")
    assert "\x1b[" not in out
    assert "甲流程" in out


@pytest.mark.slow
def test_pipe_gives_plain_text(tmp_path: Path) -> None:
    done = subprocess.run(
        [*YIBAO, "--catalogue", str(FIXTURE), "list"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    assert done.returncode == 0
    assert "\x1b[" not in done.stdout
    assert "─" not in done.stdout and "│" not in done.stdout  # no box art


def test_plain_table_columns_align_with_chinese(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "list")
    rows = [line for line in result.out.splitlines() if line.strip()]
    starts = set()
    for row in rows:
        first_gap = row.index("  ")
        rest = row[first_gap:]
        second = first_gap + (len(rest) - len(rest.lstrip(" ")))
        starts.add(cell_len(row[:second]))
    assert len(starts) == 1
    assert all(cell_len(row) <= 80 for row in rows)
